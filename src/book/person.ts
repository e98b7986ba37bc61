/**
 * The person page's picture: everything the pane shows about one person for one period, shaped from the team
 * book's period picture (the report model, so the page and the report cannot disagree) and the person's own rows
 * (tasks, deals, meetings, training, recognition). Pure: no React, no Office.
 *
 * Decisions where the spec leaves room (each also stated where it is implemented):
 * - Score breakdown: points = weight × score of each scored goal; the composite is Σ points ÷ Σ weight of the
 *   scored goals (KPI.WEIGHTED, normalized), so when the scored weights add up to 100% the points add up to it.
 * - Goal progress: the attainment to date, drawn capped at 100% (the figure itself is shown uncapped).
 * - Work plan: tasks due in the period, not cancelled, overdue first (oldest first), then open ones by due date,
 *   then done ones.
 * - Open deals: every deal of the person not won or lost (whatever its close date), largest first.
 * - Review change: each dimension's mean against the previous period's (the report model of that period as of
 *   its end).
 * - Recent one-on-ones: the last three up to the day, newest first; open actions as the report counts them.
 * - Recognition: awards dated in the period, newest first.
 * - Pay: the report's bonus and commission; each 0 or held payout carries the statement's own reason (a catalogue
 *   message: `report.zero.*`, `report.held.why`, `report.stmt.notComputed`).
 */
import { dayOf, parsePeriod, previousPeriod, withinDays } from "../core";
import type { BonusReport, CommissionReport } from "../domain/incentives/types";
import type { Message } from "../domain/types";
import {
  readSettings,
  REVIEW_DIMENSIONS,
  type ReviewDimension,
  type TableKey,
  type TableRows,
} from "../model";
import type { PersonReport, PeriodPicture } from "../domain/period";
import type { Book } from "./book";

/** One scored goal's part of the composite. */
export interface ScorePart {
  goalId: string;
  kpiName: string;
  weight: number;
  score: number;
  /** weight × score. */
  points: number;
}

/** One goal as the person page shows it. */
export interface PersonGoal {
  goalId: string;
  kpiName: string;
  description: string | null;
  unit: string | null;
  target: number | null;
  actual: number | null;
  /** Where the actual came from: entered (Actuals), derived from the CRM tables (the KPI's Source), or none. */
  actualSource: "actuals" | "crm" | "none";
  /** The KPI's Source column (manual, deals, visits, …). */
  source: string;
  attainment: number | null;
  /** The attainment drawn on the bar: 0–1 (capped), null without one. */
  progress: number | null;
  pace: 1 | 2 | 3 | null;
  projectedAttainment: number | null;
  score: number | null;
}

/** One task of the work plan. */
export interface PersonTask {
  id: string;
  title: string;
  due: number | null;
  status: TableRows["Tasks"]["Status"];
  overdue: boolean;
}

/** One open deal. */
export interface PersonDeal {
  id: string;
  customer: string | null;
  product: string | null;
  stage: TableRows["Deals"]["Stage"];
  amount: number | null;
  closeDate: number | null;
}

/** A payout line: the amount and, when 0 or held or not computed, the plain reason. */
export interface PayLine<R> {
  report: R;
  /** Why the payout is 0, held or not computed; null when it pays an amount. */
  reason: Reason | null;
}

/** The person page. */
export interface PersonPage {
  id: string;
  name: string;
  team: string | null;
  level: string | null;
  status: string | null;
  period: string;
  basis: PeriodPicture["basis"];
  /** False when the person was not on the team during the period: only the header shows. */
  inPeriod: boolean;
  composite: number | null;
  projectedComposite: number | null;
  previousComposite: number | null;
  change: number | null;
  rating: string | null;
  parts: ScorePart[];
  /** Σ weight of the scored goals (the composite's divisor). */
  scoredWeight: number;
  goals: PersonGoal[];
  tasks: PersonTask[];
  overdue: number;
  neglected: PersonReport["customers"]["neglected"];
  neglectDays: number;
  deals: PersonDeal[];
  review: {
    status: PersonReport["review"]["status"];
    overall: number | null;
    dimensions: { dimension: ReviewDimension; score: number | null; change: number | null }[];
  };
  training: { hours: number; required: number };
  career: {
    level: string | null;
    nextLevel: string | null;
    readiness: string | null;
    potential: number | null;
  };
  meetings: { date: number; topic: string; actions: string | null; due: number | null }[];
  openActions: number;
  recognition: { date: number; award: string; reason: string | null }[];
  /** The bonus, with its basis KPI by name (a KPI-based bonus; null otherwise). */
  bonus: (PayLine<BonusReport> & { basisKpiName: string | null }) | null;
  commission: PayLine<CommissionReport> | null;
  payoutStatus: PersonReport["payoutStatus"]["status"];
  flags: PersonReport["flags"];
}

/** Tables the page reads beside the period picture (when the workbook has them). */
export const PERSON_TABLES: readonly TableKey[] = [
  "Managers",
  "KPIs",
  "Tasks",
  "Deals",
  "Customers",
  "Meetings",
  "Recognition",
  "Careers",
  "Settings",
];

const RECENT_MEETINGS = 3;

/** A plain reason: a catalogue message, with the nested cause of a payout that could not be computed. */
export interface Reason extends Message {
  /** Rendered into the message's `{cause}` placeholder. */
  cause?: Message;
}

/**
 * The plain reason a bonus pays nothing: held, not computed, or 0 — the statement's own texts.
 * @param bonus - the report's bonus.
 * @returns the reason, or null when it pays an amount.
 */
export function bonusReason(bonus: BonusReport): Reason | null {
  if (bonus.error) return { key: "report.stmt.notComputed", params: {}, cause: bonus.error };
  if (bonus.held) return { key: "report.held.why", params: { kpi: bonus.gate?.kpiName ?? "—" } };
  if (bonus.zeroReason) return { key: `report.zero.${bonus.zeroReason}`, params: {} };
  return null;
}

/**
 * The plain reason a commission pays nothing: not computed, or 0 — the statement's own texts.
 * @param commission - the report's commission.
 * @returns the reason, or null when it pays an amount.
 */
export function commissionReason(commission: CommissionReport): Reason | null {
  if (commission.error) return { key: "report.stmt.notComputed", params: {}, cause: commission.error };
  if (commission.zeroReason) return { key: `report.zero.${commission.zeroReason}`, params: {} };
  return null;
}

/**
 * Builds the person page.
 * @param book - the team book (the report's tables, and any of {@link PERSON_TABLES} it holds).
 * @param id - the ManagerID.
 * @param period - the period text (`2026-Q2`, …).
 * @param asOf - today (Excel serial).
 * @returns the page, or null when nobody has that id.
 * @throws KpiError when the period cannot be read.
 */
export function personPage(book: Book, id: string, period: string, asOf: number): PersonPage | null {
  const row = book.people.get(id);
  if (!row) return null;
  const model = book.period(period, asOf);
  const person = model.people.find((p) => p.id === id) ?? null;
  const { settings } = readSettings(book.has("Settings") ? book.rows("Settings") : []);
  const span = parsePeriod(model.period.text, settings.fiscalYearStart);
  const header = {
    id,
    name: row.Name,
    team: blankToNull(row.Team),
    level: blankToNull(row.Level),
    status: blankToNull(row.Status),
    period: model.period.text,
    basis: model.basis,
  };
  if (!person) return { ...header, ...emptyPage(settings) };

  const parts: ScorePart[] = person.goals
    .filter((g) => g.score !== null)
    .map((g) => ({
      goalId: g.goalId,
      kpiName: g.kpiName,
      weight: g.weight,
      score: g.score as number,
      points: g.weight * (g.score as number),
    }));

  const goals: PersonGoal[] = person.goals.map((g) => ({
    goalId: g.goalId,
    kpiName: g.kpiName,
    description: g.description,
    unit: g.unit,
    target: g.target,
    actual: g.actual,
    actualSource: g.actualSource,
    source: g.source,
    attainment: g.attainment,
    progress: g.attainment === null ? null : Math.min(1, Math.max(0, g.attainment)),
    pace: g.pace,
    projectedAttainment: g.projectedAttainment,
    score: g.score,
  }));

  // Work plan: the same tasks the report counts (due in the period, not cancelled), overdue first.
  const tasks: PersonTask[] = (book.byPerson("Tasks").get(id) ?? [])
    .filter((t) => t.Status !== "cancelled" && withinDays(t.Due, span))
    .map((t) => ({
      id: t.TaskID,
      title: t.Title,
      due: t.Due === null ? null : dayOf(t.Due),
      status: t.Status,
      overdue: t.Status !== "done" && t.Due !== null && dayOf(t.Due) < asOf,
    }))
    .sort((a, b) => taskRank(a) - taskRank(b) || (a.due ?? Infinity) - (b.due ?? Infinity));

  const customerNames = new Map<string, string>();
  for (const c of book.has("Customers") ? book.rows("Customers") : [])
    customerNames.set(c.CustomerID.trim(), c.Name);
  const deals: PersonDeal[] = (book.byPerson("Deals").get(id) ?? [])
    .filter((d) => d.Stage !== "won" && d.Stage !== "lost")
    .map((d) => ({
      id: d.DealID,
      customer: d.CustomerID === null ? null : (customerNames.get(d.CustomerID.trim()) ?? d.CustomerID),
      product: blankToNull(d.Product),
      stage: d.Stage,
      amount: d.Amount,
      closeDate: d.CloseDate,
    }))
    .sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0));

  // The review's change: each dimension against the previous period's picture (as of its end).
  const prior = previousPeriod(span);
  const before = book.period(prior.text, prior.end).people.find((p) => p.id === id)?.review ?? null;
  const dimensions = REVIEW_DIMENSIONS.map((dimension) => {
    const score = person.review.dimensions[dimension];
    const was = before?.dimensions[dimension] ?? null;
    return { dimension, score, change: score !== null && was !== null ? score - was : null };
  });

  const career = book.has("Careers") ? (book.byPerson("Careers").get(id)?.[0] ?? null) : null;
  const meetings = (book.byPerson("Meetings").get(id) ?? [])
    .filter((m) => m.Kind === "one-on-one" && dayOf(m.Date) <= asOf)
    .sort((a, b) => b.Date - a.Date)
    .slice(0, RECENT_MEETINGS)
    .map((m) => ({ date: dayOf(m.Date), topic: m.Topic, actions: blankToNull(m.Actions), due: m.Due }));
  const recognition = (book.byPerson("Recognition").get(id) ?? [])
    .filter((r) => withinDays(r.Date, span))
    .sort((a, b) => b.Date - a.Date)
    .map((r) => ({ date: dayOf(r.Date), award: r.Award, reason: blankToNull(r.Reason) }));

  return {
    ...header,
    inPeriod: true,
    composite: person.composite,
    projectedComposite: person.projectedComposite,
    previousComposite: person.previousComposite,
    change: person.change,
    rating: person.rating,
    parts,
    scoredWeight: parts.reduce((s, p) => s + p.weight, 0),
    goals,
    tasks,
    overdue: person.work.overdue,
    neglected: person.customers.neglected,
    neglectDays: settings.neglectDays,
    deals,
    review: { status: person.review.status, overall: person.review.overall, dimensions },
    training: { hours: person.development.trainingHours, required: requiredHours(settings, span) },
    career: {
      level: blankToNull(career?.CurrentLevel ?? row.Level),
      nextLevel: person.development.nextLevel,
      readiness: person.development.readiness,
      potential: person.potential,
    },
    meetings,
    openActions: person.development.openActions,
    recognition,
    bonus: person.bonus
      ? {
          report: person.bonus,
          reason: bonusReason(person.bonus),
          basisKpiName: kpiName(book, person.goals, person.bonus.basisKpi),
        }
      : null,
    commission: person.commission
      ? { report: person.commission, reason: commissionReason(person.commission) }
      : null,
    payoutStatus: person.payoutStatus.status,
    flags: person.flags,
  };
}

/**
 * A KPI's name by its code: from KPIs, else from one of the person's goals on it, else the code itself.
 * @returns null for no code.
 */
function kpiName(
  book: Book,
  goals: readonly { kpi: string; kpiName: string }[],
  code: string | null,
): string | null {
  if (code === null) return null;
  const key = code.trim();
  const row = book.has("KPIs") ? book.rows("KPIs").find((k) => k.KPI.trim() === key) : undefined;
  return blankToNull(row?.Name) ?? goals.find((g) => g.kpi === key && g.kpiName)?.kpiName ?? code;
}

/**
 * The composite as the formula a cell would hold: KPI.WEIGHTED (normalized) written with Excel's own functions.
 * @param parts - the scored goals' parts.
 * @returns e.g. `=SUMPRODUCT({0.6,0.4},{90,110})/SUM({0.6,0.4})`, or null without a scored goal.
 * @example compositeFormula([{ weight: 0.6, score: 90 }, { weight: 0.4, score: 110 }])
 */
export function compositeFormula(parts: readonly Pick<ScorePart, "weight" | "score">[]): string | null {
  if (parts.length === 0) return null;
  const literal = (x: number, decimals: number) => String(Math.round(x * 10 ** decimals) / 10 ** decimals);
  const weights = `{${parts.map((p) => literal(p.weight, 4)).join(",")}}`;
  const scores = `{${parts.map((p) => literal(p.score, 2)).join(",")}}`;
  return `=SUMPRODUCT(${weights},${scores})/SUM(${weights})`;
}

/** Overdue first, then open, then done. */
function taskRank(task: PersonTask): number {
  return task.overdue ? 0 : task.status === "done" ? 2 : 1;
}

/**
 * The training requirement for the period: Settings trainingHours is yearly, so a shorter period requires its
 * share by days (a quarter about a quarter of the year's hours).
 */
function requiredHours(settings: { trainingHours: number }, span: { start: number; end: number }): number {
  const days = span.end - span.start + 1;
  return days >= 365 ? settings.trainingHours : (settings.trainingHours * days) / 365;
}

function emptyPage(settings: { trainingHours: number; neglectDays: number }) {
  return {
    inPeriod: false,
    composite: null,
    projectedComposite: null,
    previousComposite: null,
    change: null,
    rating: null,
    parts: [],
    scoredWeight: 0,
    goals: [],
    tasks: [],
    overdue: 0,
    neglected: [],
    neglectDays: settings.neglectDays,
    deals: [],
    review: { status: "missing" as const, overall: null, dimensions: [] },
    training: { hours: 0, required: settings.trainingHours },
    career: { level: null, nextLevel: null, readiness: null, potential: null },
    meetings: [],
    openActions: 0,
    recognition: [],
    bonus: null,
    commission: null,
    payoutStatus: "none" as const,
    flags: [],
  };
}

function blankToNull(text: string | null | undefined): string | null {
  return text === null || text === undefined || text.trim() === "" ? null : text.trim();
}
