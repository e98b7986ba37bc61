/**
 * The period picture (domain, pure): `buildPeriod` turns the workbook's tables into a `PeriodPicture` — people and
 * teams of the period, goals with their actuals and scores, bonus and commission, payout status, reviews,
 * development, pulse under the anonymity rule and the flags. The team book (src/book) computes it once per data
 * version from its screened tables; the period report (src/report) lays it out; the what-if and the period close
 * read it too.
 *
 * Decisions where the spec leaves room (each is also stated where it is implemented):
 * - People: every Managers row whose HireDate–LeaveDate overlaps the period (blank = open), in table order,
 *   filtered by Team when a scope is given. Status is not used: dates say who was there.
 * - Goals: the person's goals of the period except cancelled ones. Manual KPIs take the latest Actuals row
 *   (by AsOf); other Sources are derived from the CRM tables (see goals.ts).
 * - Rating: KPI.RATING of the projected composite on the Ratings scale (MinScore) — the composite itself once
 *   the period is over, and mid-period the score the person is heading for rather than a to-date score that
 *   would rate everyone low; the distribution is checked with KPI.DISTCHECK against GuideShare (best rating
 *   first, Settings distributionTolerance).
 * - Nine-box: KPI.NINEBOX(projected composite, Careers.Potential, (80, 100), (3, 4)): performance is low below
 *   80 points, high at 100 (on target) and above; potential 1–2 low, 3 medium, 4–5 high.
 * - Bonus and commission are what was earned to date (attainment to date); beside them, mid-period, what they
 *   are heading for at the period end (incentives.ts). The model's `basis` says which figures rate and rank:
 *   "projected" while the period runs, "final" after. A bonus whose gate cannot be evaluated is held (no amount,
 *   out of the totals, counted in `heldPayouts`, a high data flag); every payout of 0 carries a reason.
 * - Team comparison: per team, people, Σ bonus (held left out), Σ commission, held count, mean composite and
 *   goals met on the basis; the sums over the teams equal the key figures.
 * - Trend: per KPI, the mean attainment of the report's people (on the basis) against the previous period of the
 *   same kind (final); ranking: composite on the basis, best first.
 * - Work plan: tasks due in the period, not cancelled; overdue = not done and due before the report date.
 * - Customers: a customer is neglected when its last interaction (by anyone) on or before the report date is
 *   Settings neglectDays (30) or more days old — or, never contacted, when it became a customer that long ago.
 *   Customers whose Status is closed, inactive, lost, dormant (or 流失, 关闭, 休眠, 停用) are left out. Key
 *   customers are those whose Segment is one of Settings keySegments.
 * - Pace uses Settings paceTolerance, the distribution check distributionTolerance, review calibration the
 *   calibration method.
 * - Development: training hours dated in the period; open one-on-one actions = one-on-one meetings of the person
 *   up to the report date with Actions written and a Due date not yet passed (or none).
 * - Pulse: eNPS of Kind enps and favourability (4–5 of 5) of Kind satisfaction answers dated in the period, of the
 *   scope's Team (all teams for the whole team); below Settings anonymityMin answers a figure is hidden entirely.
 *   Low pulse: eNPS below 0 or favourability below 60%.
 * - Score down: the projected composite (running totals projected to the period end at their pace so far, so a
 *   report in mid-quarter compares like for like) 10 points or more below the previous period's composite.
 * - Flags: off-track goals (KPI.PACE level 3) and composite down 10 points or more are high; missing reviews,
 *   overdue tasks, neglected key customers, payouts not computable, distribution and pulse are medium; drafts,
 *   failed gates and capped bonuses are low; a recorded payout above its plan's cap is high; data problems are
 *   high and name the table, row and column.
 */
import {
  dayOf,
  distCheck,
  groupResponses,
  KpiError,
  LOW_PULSE,
  makeBands,
  makeGuide,
  nineBox,
  overlapsDays,
  parsePeriod,
  previousPeriod,
  pulseFigure,
  pulseRoundKey,
  rating,
  requireSerial,
  withinDays,
  type Band,
  type DistRow,
  type GuideEntry,
  type Period,
  type PulseKind,
} from "../../core";
import {
  REVIEW_DIMENSIONS,
  screenTables,
  type ColumnKey,
  type DataProblem,
  type ReviewDimension,
  type TableRows,
} from "../../model";
import { formatNumber, formatPercent } from "../../format";
import {
  composite,
  CrmIndex,
  GoalIndex,
  scoreGoals,
  type GoalContext,
  type IndexesOf,
} from "../goals/scoring";
import { computeBonus, computeCommission, plansOf } from "../incentives/incentives";
import {
  CRM_TABLES,
  CurveBook,
  GOAL_TABLES,
  groupRows,
  idOf,
  IssueLog,
  readReportSettings,
  type ReportInput,
  type ReportTableKey,
  type ReportTables,
} from "../input";
import { isClosedStatus } from "../crm/status";
import { summarizeReviews } from "../reviews/summary";
import type {
  KeyFigures,
  KpiTrend,
  PayoutStatusReport,
  ReviewDimensionRow,
  NineBoxCuts,
  PersonReport,
  PulseReport,
  RatingBand,
  PeriodPicture,
  TeamPayout,
} from "./types";
import type { Flag, FlagKind, Message, Severity } from "../types";
import type { GoalReport } from "../goals/types";

/** The nine-box cuts the report uses. */
export const NINE_BOX_CUTS: NineBoxCuts = { performance: [80, 100], potential: [3, 4] };
/** A composite this many points below the previous period's is flagged. */
export const SCORE_DROP = 10;

/** Scope words meaning the whole team (compared in lower case). */
export const SCOPE_ALL: ReadonlySet<string> = new Set(["", "all", "全部", "全部团队"]);
const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const KIND_ORDER: FlagKind[] = [
  "data",
  "payoutAboveCap",
  "goalOffTrack",
  "scoreDown",
  "noGoals",
  "reviewMissing",
  "overdueTasks",
  "neglectedCustomers",
  "payoutNotComputed",
  "distribution",
  "lowPulse",
  "reviewDraft",
  "gateFailed",
  "bonusCapped",
];

type Row<K extends keyof TableRows> = { row: TableRows[K]; n: number };

/** What {@link buildPeriod} needs. */
export interface PeriodInput extends ReportInput {
  /**
   * The data problems of `tables` when they were screened already (the team book's tables: later duplicate ids
   * left out, merged cells found); absent, the tables are screened here.
   */
  problems?: readonly DataProblem[];
  /**
   * The goal and CRM indexes of `tables`, built once and shared (the team book's); absent, they are built here.
   * Either way the picture is the same, and the unusable deal rows the CRM index found are among its issues.
   */
  indexes?: IndexesOf;
}

/**
 * The people of a period: every Managers row with an id (the first row of an id; a later one is logged), on the
 * team at some day of the period and in scope, with its id trimmed.
 */
function populationOf(
  rows: readonly TableRows["Managers"][],
  period: Period,
  scope: string | null,
  log: IssueLog,
): Row<"Managers">[] {
  const seen = new Set<string>();
  const managers: Row<"Managers">[] = [];
  rows.forEach((row, i) => {
    const id = idOf(row.ManagerID);
    if (id === null) return;
    if (seen.has(id)) {
      log.add("Managers", i + 1, "ManagerID", "report.issue.duplicateManager", { id });
      return;
    }
    seen.add(id);
    const active = overlapsDays(row.HireDate, row.LeaveDate, period);
    const inScope = scope === null || (row.Team ?? "").trim().toLowerCase() === scope.toLowerCase();
    if (active && inScope) managers.push({ row: { ...row, ManagerID: id }, n: i + 1 });
  });
  return managers;
}

/** A person's tasks of the period: due in it and not cancelled, done, and overdue (not done, due before asOf). */
function workOf(
  tasks: readonly Row<"Tasks">[] | undefined,
  period: Period,
  asOf: number,
): { due: number; done: number; overdue: number } {
  let due = 0;
  let done = 0;
  let overdue = 0;
  for (const { row } of tasks ?? []) {
    if (row.Status === "cancelled" || !withinDays(row.Due, period)) continue;
    due++;
    if (row.Status === "done") done++;
    else if (dayOf(row.Due as number) < asOf) overdue++;
  }
  return { due, done, overdue };
}

/** What the roster shows of a person for a period (`buildRosterFigures`). */
export interface RosterFigure {
  /** As the period picture's `composite`. */
  composite: number | null;
  /** As the period picture's `work.overdue`. */
  overdue: number;
}

/**
 * The tables `buildRosterFigures` reads: the people, their goals and actuals (entered, or derived from the CRM
 * tables: KPI Sources `deals.*`, `customers.new`, `interactions.*`), the scoring curves, the tasks and the
 * settings — not the reviews, plans, ratings, payouts, development, meetings or pulse tables the rest of the period
 * picture reads. The pane reads these first, so that the roster's first rows wait for no other table.
 */
export const ROSTER_FIGURE_TABLES = [
  ...GOAL_TABLES,
  "Curves",
  "Tasks",
  ...CRM_TABLES,
  "Settings",
] as const satisfies readonly ReportTableKey[];

/**
 * Of the large tables, the only columns {@link buildRosterFigures} reads (with the ids that screen duplicates out):
 * goals are scored by person, period, KPI, target, weight and status (their descriptions only name them in data
 * problems); interactions are counted by person, day and type; deals summed by person, stage, close date, amount and
 * credit; customers counted by person and start (their names only name deals in data problems). The roster's figures
 * keep no data problem, so the pane's first read takes only these (`WorkbookPort.readColumns`: at 2,000 people 1.4
 * of Goals' 3.1 MB, 5.6 of Interactions' 18.3 MB, 3.0 of Deals' 5.5 MB, 1.0 of Customers' 3.7 MB).
 */
export const ROSTER_FIGURE_COLUMNS = {
  Goals: ["GoalID", "ManagerID", "Period", "KPI", "Target", "Weight", "Status"],
  Interactions: ["InteractionID", "ManagerID", "Date", "Type"],
  Deals: ["DealID", "ManagerID", "Amount", "Stage", "CloseDate", "Credit"],
  Customers: ["CustomerID", "ManagerID", "Since"],
} as const satisfies { [K in RosterFigureTableKey]?: readonly ColumnKey<K>[] };

/** A table {@link buildRosterFigures} reads. */
export type RosterFigureTableKey = (typeof ROSTER_FIGURE_TABLES)[number];

/** What {@link buildRosterFigures} needs: as for `buildPeriod`, with only the roster's tables. */
export interface RosterFiguresInput extends Omit<PeriodInput, "tables"> {
  tables: Pick<ReportTables, RosterFigureTableKey>;
}

/**
 * The roster's figures of a period — each person's composite score and overdue tasks, exactly as `buildPeriod`
 * computes them (the same population, indexes and scoring) — without the rest of the picture (the previous
 * period's scores, bonus, commission, reviews, customers, development, pulse, flags): what the Team screen's first
 * rows wait for. The data problems it meets are not kept (the period picture lists them).
 * @param input - as for `buildPeriod`, with the tables of {@link ROSTER_FIGURE_TABLES} (others are not read).
 * @returns per person of the period's population (by id), the figures.
 * @throws as `buildPeriod`.
 */
export function buildRosterFigures(input: RosterFiguresInput): ReadonlyMap<string, RosterFigure> {
  const asOf = Math.floor(requireSerial("asOf", input.asOf));
  const tables = input.problems ? input.tables : screenTables(input.tables, input.locale).tables;
  const log = new IssueLog(tables);
  const settings = readReportSettings(tables.Settings, log);
  const period = parsePeriod(input.period, settings.fiscalYearStart);
  const scopeText = (input.scope ?? "").trim();
  const scope = SCOPE_ALL.has(scopeText.toLowerCase()) ? null : scopeText;
  const managers = populationOf(tables.Managers, period, scope, log);
  const curves = new CurveBook(tables.Curves, log);
  const shared = input.indexes?.(settings.fiscalYearStart);
  const goals = shared?.goals ?? new GoalIndex(tables, settings.fiscalYearStart);
  const crm = shared?.crm ?? new CrmIndex(tables, log);
  const tasks = groupRows(tables.Tasks, (r) => idOf(r.ManagerID));
  const ctx: GoalContext = { goals, crm, curves, log, period, asOf, paceTolerance: settings.paceTolerance };
  const window = { start: period.start, end: Math.min(period.end, asOf) };
  const figures = new Map<string, RosterFigure>();
  for (const { row } of managers) {
    const id = row.ManagerID;
    const score = composite(scoreGoals(id, ctx, crm.totals(id, window)));
    figures.set(id, { composite: score, overdue: workOf(tasks.get(id), period, asOf).overdue });
  }
  return figures;
}

/**
 * Builds the period picture from the workbook's tables.
 * @param input - tables (raw, or screened with their problems), period, scope, report date and locale.
 * @returns the period picture.
 * @throws KpiError "value" for a period that cannot be read, "num" for a report date Excel cannot show. Bad rows
 *   never throw: they become flags naming table, row and column.
 * @example
 * const model = buildPeriod({ tables, period: "2026-Q3", asOf: 46250, locale: "en-US" });
 * model.figures.totalBonus; // Σ bonus of the people in the report
 */
export function buildPeriod(input: PeriodInput): PeriodPicture {
  const { locale } = input;
  const asOf = Math.floor(requireSerial("asOf", input.asOf));
  // Data problems are found before any figure: a later row with an id already used is left out of everything
  // below, and every problem (duplicates, merged cells) is listed by sheet, Excel row and header.
  const screened: { tables: ReportTables; problems: readonly DataProblem[] } = input.problems
    ? { tables: input.tables, problems: input.problems }
    : screenTables(input.tables, locale);
  const tables = screened.tables;
  const log = new IssueLog(tables);
  for (const problem of screened.problems) log.addProblem(problem);
  const settings = readReportSettings(tables.Settings, log);
  const keySegments = new Set(settings.keySegments.map((s) => s.trim().toLowerCase()));
  const period = parsePeriod(input.period, settings.fiscalYearStart);
  const prior = previousPeriod(period);
  const scopeText = (input.scope ?? "").trim();
  const scope = SCOPE_ALL.has(scopeText.toLowerCase()) ? null : scopeText;

  const managers = populationOf(tables.Managers, period, scope, log);
  const ids = managers.map((m) => m.row.ManagerID);

  // Indexes, built once.
  const curves = new CurveBook(tables.Curves, log);
  const shared = input.indexes?.(settings.fiscalYearStart);
  const goals = shared?.goals ?? new GoalIndex(tables, settings.fiscalYearStart);
  if (shared) log.replay(shared.crmLog);
  const crm = shared?.crm ?? new CrmIndex(tables, log);
  const plans = new Map<string, Row<"Plans">>();
  tables.Plans.forEach((row, i) => {
    const id = idOf(row.PlanID);
    if (id !== null && !plans.has(id)) plans.set(id, { row, n: i + 1 });
  });
  const scale = ratingScale(tables.Ratings, log);
  const reviews = summarizeReviews(
    tables.Reviews,
    ids,
    period,
    goals,
    settings.reviewWeights,
    settings.calibration,
  );
  const tasks = groupRows(tables.Tasks, (r) => idOf(r.ManagerID));
  const training = groupRows(tables.Training, (r) => idOf(r.ManagerID));
  const meetings = groupRows(tables.Meetings, (r) => (r.Kind === "one-on-one" ? idOf(r.ManagerID) : null));
  const careers = new Map<string, TableRows["Careers"]>();
  for (const row of tables.Careers) {
    const id = idOf(row.ManagerID);
    if (id !== null && !careers.has(id)) careers.set(id, row);
  }
  const lastContact = new Map<string, number>();
  for (const row of tables.Interactions) {
    const id = idOf(row.CustomerID);
    // By calendar day: a contact at 14:24 on the report date counts, and "days since" counts whole days.
    if (id === null || dayOf(row.Date) > asOf) continue;
    if ((lastContact.get(id) ?? -Infinity) < dayOf(row.Date)) lastContact.set(id, dayOf(row.Date));
  }
  const payouts = groupRows(tables.Payouts ?? [], (r) => idOf(r.ManagerID));
  // Status and Segment words repeat across thousands of customers: normalize each distinct word once.
  const closed = memoWord(isClosedStatus);
  const isKey = memoWord((w) => keySegments.has(w));

  const ctx: GoalContext = { goals, crm, curves, log, period, asOf, paceTolerance: settings.paceTolerance };
  // Earlier periods' data problems are not this report's business: score them with a log that is thrown away.
  const priorCtx: GoalContext = { ...ctx, log: new IssueLog(), period: prior, asOf: prior.end };
  // Figures are as of the report date: rows dated after it do not count yet.
  const window = { start: period.start, end: Math.min(period.end, asOf) };
  const priorWindow = { start: prior.start, end: prior.end };

  const priorGoals = new Map<string, GoalReport[]>();
  const people: PersonReport[] = managers.map((manager) => {
    const m = manager.row;
    const id = m.ManagerID;
    const totals = crm.totals(id, window);
    const personGoals = scoreGoals(id, ctx, totals);
    const score = composite(personGoals);
    const projected = composite(personGoals, "projectedScore");
    const previousGoals = scoreGoals(id, priorCtx, crm.totals(id, priorWindow));
    priorGoals.set(id, previousGoals);
    const previous = composite(previousGoals);
    const ratingLabel = projected === null ? null : rateScore(projected, scale.bands);
    const band = scale.ratings.find((r) => r.label === ratingLabel);
    const career = careers.get(id) ?? null;
    const potential = career?.Potential ?? null;
    const personPlans = plansOf(manager, plans, period, log);
    const bonus = personPlans.bonus
      ? computeBonus(personPlans.bonus, {
          manager,
          period,
          asOf,
          goals: personGoals,
          composite: score,
          projectedComposite: projected,
          rating: ratingLabel,
          multiplier: band?.multiplier ?? 1,
          crm,
          curves,
          log,
          kpiName: (code) => goals.kpis.get(code)?.row.Name || code,
        })
      : null;
    const commission = personPlans.commission
      ? computeCommission(personPlans.commission, manager, period, asOf, crm, curves, log)
      : null;

    const { due, done, overdue } = workOf(tasks.get(id), period, asOf);

    const owned = crm
      .customersOf(id)
      .filter(({ row }) => !closed(row.Status) && (row.Since === null || dayOf(row.Since) <= asOf));
    const neglected: PersonReport["customers"]["neglected"] = [];
    for (const { row } of owned) {
      const contact = lastContact.get(row.CustomerID) ?? null;
      const last = contact ?? row.Since;
      if (last === null || asOf - dayOf(last) >= settings.neglectDays) {
        neglected.push({ id: row.CustomerID, name: row.Name, key: isKey(row.Segment), lastContact: contact });
      }
    }

    const trainingHours = (training.get(id) ?? [])
      .filter(({ row }) => withinDays(row.Date, period))
      .reduce((s, { row }) => s + (row.Hours ?? 0), 0);
    const openActions = (meetings.get(id) ?? []).filter(
      ({ row }) =>
        dayOf(row.Date) <= asOf &&
        (row.Actions ?? "").trim() !== "" &&
        (row.Due === null || dayOf(row.Due) >= asOf),
    ).length;

    const person: PersonReport = {
      id,
      name: m.Name,
      team: m.Team,
      row: manager.n,
      hireDate: m.HireDate,
      leaveDate: m.LeaveDate,
      goals: personGoals,
      composite: score,
      projectedComposite: projected,
      previousComposite: previous,
      change: projected !== null && previous !== null ? projected - previous : null,
      review: reviews.get(id)!,
      rating: ratingLabel,
      potential,
      nineBox:
        projected !== null && potential !== null
          ? nineBox(projected, potential, NINE_BOX_CUTS.performance, NINE_BOX_CUTS.potential)
          : null,
      bonus,
      commission,
      payoutStatus: payoutStatusOf(payouts.get(id) ?? [], period, goals, plans),
      work: { due, done, overdue, completion: due > 0 ? done / due : null },
      customers: {
        owned: owned.length,
        interactions: totals.interactions,
        visits: totals.visits,
        newCustomers: totals.newCustomers,
        neglected,
        won: totals.won,
        lost: totals.lost,
        winRate: totals.winRate,
      },
      development: {
        trainingHours,
        readiness: career?.Readiness ?? null,
        nextLevel: career?.NextLevel ?? null,
        openActions,
      },
      flags: [],
    };
    person.flags = personFlags(person, period, asOf, payouts.get(id) ?? [], goals, settings.neglectDays);
    return person;
  });

  // Team-wide figures.
  const distribution = scale.guide
    ? distCheck(
        people.map((p) => p.rating),
        scale.guide,
        settings.distributionTolerance,
      )
    : null;
  const pulse = pulseOf(tables.Surveys, period, scope, settings.anonymityMin);
  const basis = asOf < period.end ? "projected" : "final";
  const teams = teamPayouts(people, basis);
  const figures = keyFigures(people, pulse);

  const teamFlags: Flag[] = [];
  const outside = (distribution ?? []).filter((d) => d.within === false);
  if (outside.length > 0) {
    teamFlags.push({
      severity: "medium",
      kind: "distribution",
      person: null,
      reason: { key: "report.flag.distribution", params: { labels: outside.map(distGapText).join(", ") } },
    });
  }
  if (
    (pulse.enps !== null && pulse.enps < LOW_PULSE.enps) ||
    (pulse.favorable !== null && pulse.favorable < LOW_PULSE.favorable)
  ) {
    teamFlags.push({
      severity: "medium",
      kind: "lowPulse",
      person: null,
      reason: {
        key: "report.flag.lowPulse",
        params: {
          enps: pulse.enps === null ? "—" : formatNumber(pulse.enps, 0),
          favorable: pulse.favorable === null ? "—" : formatPercent(pulse.favorable),
        },
      },
    });
  }
  // Data problems: attached to the person whose row it is when there is one in the report.
  const byId = new Map(people.map((p) => [p.id, p]));
  const dataFlags = new Map<string, Flag[]>();
  for (const issue of log.issues) {
    const owner = issue.person === null ? undefined : byId.get(issue.person);
    // A row of someone outside the report (another team, a leaver) is not this report's problem.
    if (issue.person !== null && !owner) continue;
    const flag: Flag = {
      severity: "high",
      kind: "data",
      person: owner ? { id: owner.id, name: owner.name } : null,
      reason: { key: "report.flag.data", params: {} },
      cause: issue.cause,
      issue,
    };
    // A held bonus puts its whole ungated amount at stake (mid-period, what it is heading for).
    const held = owner?.bonus;
    const stake = held ? (basis === "projected" ? held.ungatedProjected : held.ungated) : null;
    if (issue.cause.key === "report.issue.gateNoGoal" && stake !== null) flag.atStake = stake;
    if (owner) dataFlags.set(owner.id, [...(dataFlags.get(owner.id) ?? []), flag]);
    else teamFlags.push(flag);
  }
  for (const [id, list] of dataFlags) {
    const owner = byId.get(id) as PersonReport;
    owner.flags = [...list, ...owner.flags];
  }
  const flags = sortFlags([...teamFlags, ...people.flatMap((p) => p.flags)], people);

  return {
    locale,
    period: {
      text: period.text,
      start: period.start,
      end: period.end,
      days: period.end - period.start + 1,
      elapsed: Math.min(period.end - period.start + 1, Math.max(0, asOf - period.start + 1)),
    },
    previousPeriod: prior.text,
    scope,
    asOf,
    basis,
    people,
    ratings: scale.ratings,
    distribution,
    pulse,
    teams,
    figures,
    flags,
    ranking: rankPeople(people, basis),
    trend: kpiTrend(people, priorGoals, goals, basis),
    reviewDimensions: reviewDimensionRows(people),
    curves: curves.usedTables(),
    nineBoxCuts: NINE_BOX_CUTS,
  };
}

/** A test on a trimmed, lower-cased word, computed once per distinct cell text. */
function memoWord(test: (word: string) => boolean): (cell: string | null) => boolean {
  const known = new Map<string, boolean>();
  return (cell) => {
    const text = cell ?? "";
    let result = known.get(text);
    if (result === undefined) {
      result = test(text.trim().toLowerCase());
      known.set(text, result);
    }
    return result;
  };
}

/** The rating scale (ascending bands) and the distribution guide (best first) from the Ratings table. */
function ratingScale(
  rows: readonly TableRows["Ratings"][],
  log: IssueLog,
): { ratings: RatingBand[]; bands: Band[] | null; guide: GuideEntry[] | null } {
  const numbered = rows.map((row, i) => ({ row, n: i + 1 })).sort((a, b) => a.row.MinScore - b.row.MinScore);
  const ratings: RatingBand[] = numbered.map(({ row }) => ({
    label: row.Label.trim(),
    minScore: row.MinScore,
    share: row.GuideShare,
    multiplier: row.BonusMultiplier,
  }));
  if (rows.length === 0) return { ratings, bands: null, guide: null };
  let bands: Band[] | null = null;
  try {
    bands = makeBands(numbered.map(({ row, n }) => ({ row: n, min: row.MinScore, label: row.Label })));
  } catch (error) {
    log.fromError(
      "Ratings",
      typeof (error as KpiError).params?.row === "number" ? ((error as KpiError).params.row as number) : null,
      "MinScore",
      error,
    );
  }
  let guide: GuideEntry[] | null = null;
  const shared = numbered.filter(({ row }) => row.GuideShare !== null);
  if (shared.length > 0) {
    const blank = numbered.find(({ row }) => row.GuideShare === null);
    if (blank)
      log.add("Ratings", blank.n, "GuideShare", "report.issue.guideBlank", { label: blank.row.Label });
    else {
      try {
        guide = makeGuide(
          [...numbered]
            .reverse()
            .map(({ row, n }) => ({ row: n, label: row.Label, share: row.GuideShare as number })),
        );
      } catch (error) {
        const row =
          error instanceof KpiError && typeof error.params.row === "number" ? error.params.row : null;
        log.fromError("Ratings", row, "GuideShare", error);
      }
    }
  }
  return { ratings, bands, guide };
}

/** KPI.RATING, with "below the lowest band" meaning no rating. */
function rateScore(score: number, bands: Band[] | null): string | null {
  if (!bands) return null;
  try {
    return rating(score, bands);
  } catch (error) {
    if (error instanceof KpiError && error.kind === "na") return null;
    throw error;
  }
}

function distGapText(d: DistRow): string {
  const gap = d.gap ?? 0;
  return `${d.label} (${gap >= 0 ? "+" : ""}${formatPercent(gap)})`;
}

/**
 * eNPS and favourability, by the one suppression rule the pane also follows (core `pulseFigure`): each pulse round
 * (date, kind, team, question) counts only when it alone reaches the threshold, so no total here can be compared
 * with the pane's figures to recover a hidden round.
 */
function pulseOf(
  rows: readonly TableRows["Surveys"][],
  period: Period,
  scope: string | null,
  minResponses: number,
): PulseReport {
  const mine = rows.filter(
    (r) =>
      withinDays(r.Date, period) && (scope === null || r.Team.trim().toLowerCase() === scope.toLowerCase()),
  );
  const read = (kind: PulseKind) => {
    const answers = mine
      .filter((r) => r.Kind === kind)
      .map((r) => ({ date: r.Date, kind, team: r.Team, question: r.Question, score: r.Score }));
    const figure = pulseFigure(kind, groupResponses(answers, pulseRoundKey), minResponses);
    return figure.shown
      ? { value: figure.value, hidden: false }
      : { value: null, hidden: figure.reason === "belowThreshold" };
  };
  const e = read("enps");
  const f = read("satisfaction");
  return { minResponses, enps: e.value, enpsHidden: e.hidden, favorable: f.value, favorableHidden: f.hidden };
}

/** The composite a ranking or comparison uses: projected mid-period, final after the end. */
function basisScore(p: PersonReport, basis: PeriodPicture["basis"]): number | null {
  return basis === "projected" ? p.projectedComposite : p.composite;
}

/** Goals at or above target on the basis, and goals with an attainment on it. */
function goalsMetOn(
  goals: readonly GoalReport[],
  basis: PeriodPicture["basis"],
): { met: number; scored: number } {
  let met = 0;
  let scored = 0;
  for (const g of goals) {
    const att = basis === "projected" ? g.projectedAttainment : g.attainment;
    if (att === null) continue;
    scored += 1;
    if (att >= 1) met += 1;
  }
  return { met, scored };
}

/**
 * Payouts, score and goals met by team, in order of first appearance. Sums reconcile with the key figures: Σ
 * people, bonus (held ones left out), commission and held over the teams equal the report's totals.
 */
function teamPayouts(people: readonly PersonReport[], basis: PeriodPicture["basis"]): TeamPayout[] {
  const teams = new Map<string, TeamPayout & { scores: number[]; met: number; scored: number }>();
  for (const p of people) {
    const team = p.team ?? "";
    let t = teams.get(team);
    if (!t) {
      t = {
        team,
        people: 0,
        bonus: 0,
        commission: 0,
        held: 0,
        averageScore: null,
        attainment: null,
        scores: [],
        met: 0,
        scored: 0,
      };
      teams.set(team, t);
    }
    t.people += 1;
    t.bonus += p.bonus?.amount ?? 0;
    t.commission += p.commission?.amount ?? 0;
    if (p.bonus?.held) t.held += 1;
    const score = basisScore(p, basis);
    if (score !== null) t.scores.push(score);
    const goals = goalsMetOn(p.goals, basis);
    t.met += goals.met;
    t.scored += goals.scored;
  }
  return [...teams.values()].map(({ scores, met, scored, ...t }) => ({
    ...t,
    averageScore: scores.length > 0 ? scores.reduce((a, c) => a + c, 0) / scores.length : null,
    attainment: scored > 0 ? met / scored : null,
  }));
}

function keyFigures(people: readonly PersonReport[], pulse: PulseReport): KeyFigures {
  const composites = people.map((p) => p.composite).filter((c): c is number => c !== null);
  const goals = people.flatMap((p) => p.goals);
  const due = people.reduce((s, p) => s + p.work.due, 0);
  const done = people.reduce((s, p) => s + p.work.done, 0);
  return {
    people: people.length,
    averageComposite:
      composites.length > 0 ? composites.reduce((a, c) => a + c, 0) / composites.length : null,
    totalBonus: people.reduce((s, p) => s + (p.bonus?.amount ?? 0), 0),
    totalCommission: people.reduce((s, p) => s + (p.commission?.amount ?? 0), 0),
    heldPayouts: people.filter((p) => p.bonus?.held).length,
    projectedBonus: people.reduce((s, p) => s + (p.bonus?.projected ?? 0), 0),
    projectedCommission: people.reduce((s, p) => s + (p.commission?.projected ?? 0), 0),
    goalsMet: goals.filter((g) => g.attainment !== null && g.attainment >= 1).length,
    goalsTotal: goals.length,
    taskCompletion: due > 0 ? done / due : null,
    enps: pulse.enps,
  };
}

/** People with a score on the basis, best first; ties keep report order. */
function rankPeople(people: readonly PersonReport[], basis: PeriodPicture["basis"]): string[] {
  return people
    .map((p, i) => ({ id: p.id, score: basisScore(p, basis), i }))
    .filter((x): x is { id: string; score: number; i: number } => x.score !== null)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.id);
}

/**
 * Mean attainment per KPI this period (on the basis) against the previous period of the same kind (final), over
 * the report's people; KPIs in library order, then any not in the library.
 */
function kpiTrend(
  people: readonly PersonReport[],
  prior: ReadonlyMap<string, readonly GoalReport[]>,
  index: GoalIndex,
  basis: PeriodPicture["basis"],
): KpiTrend[] {
  const acc = new Map<string, { name: string; now: number[]; before: number[] }>();
  const entry = (g: GoalReport) => {
    let e = acc.get(g.kpi);
    if (!e) acc.set(g.kpi, (e = { name: g.kpiName, now: [], before: [] }));
    return e;
  };
  for (const p of people) {
    for (const g of p.goals) {
      const e = entry(g);
      const att = basis === "projected" ? g.projectedAttainment : g.attainment;
      if (att !== null) e.now.push(att);
    }
    for (const g of prior.get(p.id) ?? []) {
      if (g.attainment !== null) entry(g).before.push(g.attainment);
    }
  }
  const order = [...index.kpis.keys()];
  const rank = (k: string) => (order.indexOf(k) === -1 ? order.length : order.indexOf(k));
  const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, c) => a + c, 0) / xs.length : null);
  return [...acc.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([kpi, e]) => {
      const attainment = mean(e.now);
      const previous = mean(e.before);
      return {
        kpi,
        kpiName: e.name,
        goals: e.now.length,
        previousGoals: e.before.length,
        attainment,
        previous,
        change: attainment !== null && previous !== null ? attainment - previous : null,
      };
    });
}

/** Mean review score per dimension by team (people with a counted review), then over the whole scope. */
function reviewDimensionRows(people: readonly PersonReport[]): ReviewDimensionRow[] {
  const rowOf = (team: string | null, members: readonly PersonReport[]): ReviewDimensionRow => {
    const reviewed = members.filter((p) => p.review.count > 0);
    const dimensions = Object.fromEntries(
      REVIEW_DIMENSIONS.map((d) => {
        const xs = reviewed.map((p) => p.review.dimensions[d]).filter((x): x is number => x !== null);
        return [d, xs.length > 0 ? xs.reduce((a, c) => a + c, 0) / xs.length : null];
      }),
    ) as Record<ReviewDimension, number | null>;
    return { team, reviewed: reviewed.length, dimensions };
  };
  const byTeam = new Map<string, PersonReport[]>();
  for (const p of people) {
    const members = byTeam.get(p.team ?? "");
    if (members) members.push(p);
    else byTeam.set(p.team ?? "", [p]);
  }
  return [...[...byTeam].map(([team, members]) => rowOf(team, members)), rowOf(null, people)];
}

/** Where the period's payouts of one person stand: the least advanced status over the rows. */
function payoutStatusOf(
  payouts: readonly { row: TableRows["Payouts"]; n: number }[],
  period: Period,
  goals: GoalIndex,
  plans: ReadonlyMap<string, Row<"Plans">>,
): PayoutStatusReport {
  const rows = payouts
    .filter(({ row }) => goals.periodText(row.Period) === period.text)
    .map(({ row }) => ({
      payoutId: row.PayoutID,
      planId: row.PlanID,
      planName: (plans.get(idOf(row.PlanID) ?? "")?.row.Name ?? "").trim(),
      planKind: plans.get(idOf(row.PlanID) ?? "")?.row.Kind ?? null,
      status: row.Status,
      lockedOn: row.LockedOn,
    }));
  if (rows.length === 0) return { status: "none", rows };
  // A row without a status is not approved yet: it counts as a draft.
  const order = ["draft", "approved", "locked"] as const;
  const least = Math.min(...rows.map((r) => order.indexOf(r.status ?? "draft")));
  return { status: order[least], rows };
}

/**
 * @param value - a figure.
 * @returns how many decimals `formatNumber` writes it with (0 for 8,500,000; 2 for 0.35).
 */
function decimalsOf(value: number): number {
  return formatNumber(value).split(".")[1]?.length ?? 0;
}

/** The flags of one person (data flags are added by the caller). */
function personFlags(
  p: PersonReport,
  period: Period,
  asOf: number,
  payouts: readonly { row: TableRows["Payouts"]; n: number }[],
  goals: GoalIndex,
  neglectDays: number,
): Flag[] {
  const flags: Flag[] = [];
  const who = { id: p.id, name: p.name };
  const add = (
    severity: Severity,
    kind: FlagKind,
    key: Flag["reason"]["key"],
    params: Flag["reason"]["params"] = {},
  ) => flags.push({ severity, kind, person: who, reason: { key, params } });

  if (p.goals.length === 0) add("medium", "noGoals", "report.flag.noGoals", { period: period.text });
  const share = Math.min(1, Math.max(0, (asOf - period.start + 1) / (period.end - period.start + 1)));
  for (const g of p.goals) {
    if (g.pace === 3 && g.actual !== null && g.target !== null) {
      add("high", "goalOffTrack", "report.flag.goalOffTrack", {
        kpi: g.kpiName,
        actual: formatNumber(g.actual),
        // As precise as the figures it stands between: "890,110", not "890,109.89"; "7 visits", not "6.85".
        expected: formatNumber(g.target * share, Math.max(decimalsOf(g.actual), decimalsOf(g.target))),
        target: formatNumber(g.target),
        // The unit and the figures themselves: a money KPI reads as money where the flag is shown (flagText).
        unit: g.unit ?? "",
        actualValue: g.actual,
        expectedValue: g.target * share,
        targetValue: g.target,
      });
    }
  }
  if (p.change !== null && p.change <= -SCORE_DROP) {
    add("high", "scoreDown", "report.flag.scoreDown", {
      now: formatNumber(p.projectedComposite as number, 1),
      before: formatNumber(p.previousComposite as number, 1),
      drop: formatNumber(-p.change, 1),
    });
  }
  if (p.review.status === "missing")
    add("medium", "reviewMissing", "report.flag.reviewMissing", { period: period.text });
  if (p.review.status === "draft")
    add("low", "reviewDraft", "report.flag.reviewDraft", { period: period.text });
  if (p.work.overdue > 0)
    add("medium", "overdueTasks", "report.flag.overdueTasks", { count: p.work.overdue });
  const keyNeglected = p.customers.neglected.filter((c) => c.key);
  if (keyNeglected.length > 0) {
    add("medium", "neglectedCustomers", "report.flag.neglectedCustomers", {
      count: keyNeglected.length,
      days: neglectDays,
      names:
        keyNeglected
          .slice(0, 3)
          .map((c) => c.name)
          .join(", ") + (keyNeglected.length > 3 ? ", …" : ""),
    });
  }
  const b = p.bonus;
  if (b) {
    if (b.error) flags.push(payoutFlag(who, "bonus", b.planName.trim() || b.planId, b.error, b.targetBonus));
    // A held gate is a data problem (high, raised from the issue log), not a failed gate.
    if (b.gate && !b.gate.passed && !b.held) {
      add("low", "gateFailed", "report.flag.gateFailed", {
        kpi: b.gate.kpiName,
        min: formatPercent(b.gate.min),
        attainment: b.gate.attainment === null ? "—" : formatPercent(b.gate.attainment),
      });
      const stake = asOf < period.end ? b.ungatedProjected : b.ungated;
      if (stake !== null) flags[flags.length - 1].atStake = stake;
    }
    if (b.cap !== null && b.uncapped !== null && b.uncapped > b.cap) {
      add("low", "bonusCapped", "report.flag.bonusCapped", {
        uncapped: formatNumber(b.uncapped),
        cap: formatNumber(b.cap),
      });
      flags[flags.length - 1].atStake = b.uncapped - b.cap;
    }
  }
  const c = p.commission;
  if (c?.error) flags.push(payoutFlag(who, "commission", c.planName.trim() || c.planId, c.error, null));
  if (c && c.cap !== null && c.uncapped !== null && c.uncapped > c.cap) {
    add("low", "bonusCapped", "report.flag.commissionCapped", {
      uncapped: formatNumber(c.uncapped),
      cap: formatNumber(c.cap),
    });
    flags[flags.length - 1].atStake = c.uncapped - c.cap;
  }
  // Recorded payouts of the period above their plan's cap.
  for (const { row, n } of payouts) {
    if (goals.periodText(row.Period) !== period.text) continue;
    const cap = row.PlanID === b?.planId ? b.cap : row.PlanID === c?.planId ? c.cap : null;
    const recorded = (row.Amount ?? 0) + (row.Adjustment ?? 0);
    if (cap !== null && recorded > cap + 1e-9) {
      // The payout by its plan's name (the person is the flag's); the Payouts row leads to its id.
      const plan = row.PlanID === b?.planId ? b.planName : (c?.planName ?? "");
      add("high", "payoutAboveCap", "report.flag.payoutAboveCap", {
        plan: plan.trim() || row.PlanID,
        row: n,
        amount: formatNumber(recorded),
        cap: formatNumber(cap),
      });
      flags[flags.length - 1].atStake = recorded - cap;
    }
  }
  return flags;
}

function payoutFlag(
  who: Flag["person"],
  kind: "bonus" | "commission",
  plan: string,
  cause: Message,
  atStake: number | null,
): Flag {
  return {
    ...(atStake === null ? {} : { atStake }),
    severity: "medium",
    kind: "payoutNotComputed",
    person: who,
    reason: {
      key: kind === "bonus" ? "report.flag.bonusNotComputed" : "report.flag.commissionNotComputed",
      params: { plan },
    },
    cause,
  };
}

/**
 * Sorts flags: severity (high first), then team-wide before personal, then person (in the order of `people`,
 * else by name), then kind.
 * @param flags - flags in any order.
 * @param people - the report's people, in report order (optional).
 * @returns a new sorted array (stable within equal keys).
 */
export function sortFlags(flags: readonly Flag[], people: readonly { id: string }[] = []): Flag[] {
  const order = new Map(people.map((p, i) => [p.id, i]));
  const kind = new Map(KIND_ORDER.map((k, i) => [k, i]));
  const personKey = (f: Flag) => (f.person === null ? -1 : (order.get(f.person.id) ?? people.length));
  const name = (f: Flag) => f.person?.name ?? "";
  return [...flags].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      personKey(a) - personKey(b) ||
      (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0) ||
      (kind.get(a.kind) ?? 0) - (kind.get(b.kind) ?? 0),
  );
}
