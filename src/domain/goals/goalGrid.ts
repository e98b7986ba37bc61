/**
 * Setting many goals at once, pure: copying last period's goals (one person or a whole team) and applying a KPI
 * template to a person both make a grid — one line per goal to create, its target adjustable — which is read into
 * the Goals rows of one write.
 *
 * Decisions where the spec is silent:
 * - "Last period" is the period of the same kind just before the chosen one (2026-Q2 before 2026-Q3). Its goals are
 *   copied unless cancelled; a person who already has a (not cancelled) goal on the KPI in the chosen period keeps
 *   it and the copy is skipped (and counted), so a goal is never doubled. People who left before the chosen period
 *   starts get no copies.
 * - A copy keeps KPI, weight, SetBy and the text (its target and period rewritten, ./goalText.ts); it is a draft,
 *   due on the new period's last day, with no parent goal (a cascade's team goal belongs to its own period) and no
 *   note. A copied target starts as last period's.
 * - A template's goal starts with the person's target on that KPI last period, or else last period's actual when
 *   above 0 (a CRM KPI reads 0 for someone with no deals yet: no target to suggest), or else an empty target the
 *   grid asks for. Its text names the KPI, the target and the period, in the pane's
 *   language.
 * - Weights are not asked again: a copy keeps its weight, a template gives its own. When a person's weights for
 *   the period would pass 100% with the new goals, the grid says so before anything is written (a warning, not a
 *   refusal: the weight bar and "Activate goals" still hold the 100% rule).
 * - A copy is written together with one Audit line (Action "copy": the period copied from and to, and how many
 *   goals), both or neither.
 */
import { periodBefore, type Period } from "../../core";
import { t, type Locale } from "../../i18n";
import { formatInUnit } from "../../format";
import type { GoalRow, MoneyStyle } from "../../model";
import type { NewAuditRow } from "../../workbook/audit";
import { nextIds, type FieldError } from "../fields";
import { idOf } from "../input";
import { WEIGHT_TOLERANCE, parseNumberText, storedFigure, typedFigure, weightTotal } from "./figures";
import { retargetText } from "./goalText";
import { goalsOf, type GoalsBook } from "./goalsBook";
import { matchTemplate, type TemplateRole } from "./templates";

/** A person goals are made for. */
export interface GridPerson {
  id: string;
  name: string;
}

/** One goal to create. */
export interface GridLine {
  /** Unique in the grid: the copied goal's GoalID, or the KPI code of a template's goal. */
  key: string;
  person: GridPerson;
  kpi: string;
  kpiName: string;
  unit: string | null;
  /** A fraction. */
  weight: number;
  /** The target the line starts with (stored), or null when there is none to suggest. */
  target: number | null;
  /** The goal copied (null for a template's goal). */
  source: GoalRow | null;
}

/** A goal not created because the person already has one on the KPI in the period. */
export interface SkippedGoal {
  name: string;
  kpi: string;
}

/** The goals a copy or a template would create. */
export interface GoalGrid {
  kind: "copy" | "template";
  /** The period copied from (null for a template). */
  from: string | null;
  to: Period;
  lines: GridLine[];
  skipped: SkippedGoal[];
  /** Codes of a template's KPIs the library lacks (always empty for a copy). */
  missing: string[];
}

/** A person whose weights for the period would pass 100%. */
export interface WeightOver {
  name: string;
  /** The total with the new goals (a fraction). */
  total: number;
}

/** The grid's verdict on the targets as typed. */
export interface GridReview {
  /** A message per line key whose target does not read. */
  errors: Record<string, FieldError>;
  /** People whose weights would pass 100% (a warning). */
  over: WeightOver[];
  /** The goals to write; empty while any target is in error. */
  rows: GoalRow[];
}

/** KPIs a person already has (not cancelled) in a period. */
function takenKpis(book: GoalsBook, person: string, period: string): Set<string> {
  return new Set(
    goalsOf(book.tables.Goals, person, period, book)
      .filter((g) => g.Status !== "cancelled")
      .map((g) => g.KPI.trim()),
  );
}

/** People still on the books when the period starts. */
function stillHere(book: GoalsBook, people: readonly GridPerson[], start: number): GridPerson[] {
  const left = new Set(
    book.tables.Managers.filter((m) => m.LeaveDate !== null && m.LeaveDate < start).map((m) =>
      idOf(m.ManagerID),
    ),
  );
  return people.filter((p) => !left.has(p.id));
}

/**
 * The grid of copying last period's goals into a period.
 * @param book - the workbook's goals and KPIs.
 * @param people - whose goals to copy (one person, or everyone of a team).
 * @param periodText - the period to copy into.
 * @returns the grid, or null when the period does not read or has no period before it.
 * @example planCopy(book, [{ id: "M1", name: "Ada" }], "2026-Q3")?.from // "2026-Q2"
 */
export function planCopy(
  book: GoalsBook,
  people: readonly GridPerson[],
  periodText: string,
): GoalGrid | null {
  const to = book.period(periodText);
  if (!to) return null;
  const from = periodBefore(to);
  if (!from) return null;
  const lines: GridLine[] = [];
  const skipped: SkippedGoal[] = [];
  for (const person of stillHere(book, people, to.start)) {
    const taken = takenKpis(book, person.id, to.text);
    for (const goal of goalsOf(book.tables.Goals, person.id, from.text, book)) {
      if (goal.Status === "cancelled") continue;
      const code = goal.KPI.trim();
      const kpi = book.kpis.get(code);
      const kpiName = kpi?.Name ?? code;
      if (taken.has(code)) {
        skipped.push({ name: person.name, kpi: kpiName });
        continue;
      }
      taken.add(code);
      lines.push({
        key: goal.GoalID.trim(),
        person,
        kpi: code,
        kpiName,
        unit: kpi?.Unit ?? null,
        weight: goal.Weight ?? 0,
        target: goal.Target,
        source: goal,
      });
    }
  }
  return { kind: "copy", from: from.text, to, lines, skipped, missing: [] };
}

/**
 * The grid of applying a KPI template to a person.
 * @param book - the workbook's goals, KPIs and actuals.
 * @param role - the template.
 * @param person - who gets the goals.
 * @param periodText - the period.
 * @returns the grid, or null when the period does not read.
 */
export function planTemplate(
  book: GoalsBook,
  role: TemplateRole,
  person: GridPerson,
  periodText: string,
): GoalGrid | null {
  const to = book.period(periodText);
  if (!to) return null;
  const { found, missing } = matchTemplate(role, book.kpis);
  const taken = takenKpis(book, person.id, to.text);
  const prior = periodBefore(to);
  const lastGoals = prior ? goalsOf(book.tables.Goals, person.id, prior.text, book) : [];
  const lines: GridLine[] = [];
  const skipped: SkippedGoal[] = [];
  for (const { kpi, weight } of found) {
    const code = kpi.KPI.trim();
    if (taken.has(code)) {
      skipped.push({ name: person.name, kpi: kpi.Name });
      continue;
    }
    const lastGoal = lastGoals.find(
      (g) => g.Status !== "cancelled" && g.KPI.trim() === code && g.Target !== null,
    );
    const actual = book.lastComparable(person.id, code, to.text)?.value ?? null;
    const target = lastGoal?.Target ?? (actual !== null && actual > 0 ? actual : null);
    lines.push({
      key: code,
      person,
      kpi: code,
      kpiName: kpi.Name,
      unit: kpi.Unit,
      weight,
      target,
      source: null,
    });
  }
  return { kind: "template", from: null, to, lines, skipped, missing };
}

/**
 * @param grid - a grid.
 * @returns each line's target as the grid's field starts (percent KPIs in %, as the goal form types them).
 */
export function gridTargets(grid: GoalGrid): Record<string, string> {
  return Object.fromEntries(grid.lines.map((l) => [l.key, typedFigure(l.target, l.unit)]));
}

/**
 * Reads the grid's targets as typed into the goals to write.
 * @param grid - the grid.
 * @param typed - each line's target as typed, by line key.
 * @param book - the workbook's goals (for fresh ids and the weights already set).
 * @param locale - the language a template's goal text is written in.
 * @param money - how its amounts are written (Settings moneyFormat as resolved; default: 万 in Chinese, yuan in
 *   English), as the pane shows them: "2027-Q1 达到 200万", "reach 2,000,000 CNY in 2027-Q1".
 * @returns messages for targets that do not read, the weight warnings, and the rows when every target reads.
 */
export function reviewGrid(
  grid: GoalGrid,
  typed: Readonly<Record<string, string>>,
  book: GoalsBook,
  locale: Locale,
  money?: MoneyStyle,
): GridReview {
  const errors: Record<string, FieldError> = {};
  const targets = new Map<string, number>();
  for (const line of grid.lines) {
    const text = typed[line.key] ?? "";
    const value = parseNumberText(text);
    const params = { name: line.person.name, kpi: line.kpiName };
    if (value === null) errors[line.key] = { key: "goals.err.gridTargetRequired", params };
    else if (value === "invalid")
      errors[line.key] = { key: "goals.err.gridTargetNotNumber", params: { ...params, text: text.trim() } };
    else targets.set(line.key, storedFigure(value, line.unit));
  }

  const added = new Map<string, { name: string; weight: number }>();
  for (const line of grid.lines) {
    const entry = added.get(line.person.id) ?? { name: line.person.name, weight: 0 };
    entry.weight += line.weight;
    added.set(line.person.id, entry);
  }
  const over: WeightOver[] = [];
  for (const [id, { name, weight }] of added) {
    const total = weightTotal(goalsOf(book.tables.Goals, id, grid.to.text, book)) + weight;
    if (total > 1 + WEIGHT_TOLERANCE) over.push({ name, total });
  }

  if (Object.keys(errors).length > 0 || grid.lines.length === 0) return { errors, over, rows: [] };
  const ids = nextIds(
    "G",
    book.tables.Goals.map((g) => g.GoalID),
    grid.lines.length,
  );
  const rows = grid.lines.map((line, i): GoalRow => {
    const target = targets.get(line.key) as number;
    const source = line.source;
    const description =
      source && (source.Description ?? "").trim() !== ""
        ? retargetText(
            (source.Description ?? "").trim(),
            { from: source.Target, to: target, fromPeriod: grid.from ?? "", toPeriod: grid.to.text },
            line.unit,
          )
        : t(locale, "goals.template.text", {
            kpi: line.kpiName,
            target: formatInUnit(target, line.unit, locale, money),
            period: grid.to.text,
          });
    return {
      GoalID: ids[i],
      ManagerID: line.person.id,
      Period: grid.to.text,
      KPI: line.kpi,
      Description: description,
      Target: target,
      Weight: line.weight,
      Due: grid.to.end,
      Status: "draft",
      ParentGoal: null,
      SetBy: source?.SetBy ?? null,
      Note: null,
    };
  });
  return { errors, over, rows };
}

/**
 * The Audit line of a copy.
 * @param grid - the copy's grid.
 * @param count - goals written.
 * @param subject - whose goals: the person's ManagerID, or the team.
 * @param by - the approver's name (blank when none is set).
 * @param date - today (Excel serial).
 * @returns the line (Prev and Hash are added when it is written).
 * @example copyAuditRow(grid, 6, "M001", "Wang", 46157).Reason // "2026-Q2 → 2026-Q3 · 6"
 */
export function copyAuditRow(
  grid: GoalGrid,
  count: number,
  subject: string,
  by: string,
  date: number,
): NewAuditRow {
  return {
    Date: Math.floor(date),
    Action: "copy",
    PayoutID: null,
    Period: grid.to.text,
    By: by.trim() === "" ? null : by.trim(),
    Reason: `${grid.from ?? ""} → ${grid.to.text} · ${count}`,
    Subject: subject,
  };
}
