/**
 * The Goals & plans screen's view of the workbook: which periods, teams and people to offer, a person's goals of
 * a period, the running weight total and which goals "Activate goals" turns on, and the person's last comparable
 * actual. Actuals come from the report's own indexes (src/domain/goals/scoring.ts) — entered for "manual" KPIs, derived
 * from Deals / Customers / Interactions by the KPI's Source otherwise — so the pane and the report never disagree.
 */
import { parsePeriod, periodOf, previousPeriod, serialFromYMD, type Period } from "../../../core";
import type { Locale } from "../../../i18n";
import { readSettings, type GoalRow, type KpiRow, type ManagerRow, type TableRows } from "../../../model";
import { formatDate, formatNumber, formatPercent } from "../../../format";
import { CrmIndex, GoalIndex, derivedActual } from "../../../domain/goals/scoring";
import { IssueLog, idOf, type ReportTables } from "../../../domain/input";

/** The tables the screen reads. */
export const GOALS_TABLES = [
  "Managers",
  "KPIs",
  "Goals",
  "Actuals",
  "Tasks",
  "Customers",
  "Interactions",
  "Deals",
  "Settings",
] as const;

/** A table the screen reads. */
export type GoalsTableKey = (typeof GOALS_TABLES)[number];

/** The rows the screen reads. */
export type GoalsTables = { readonly [K in GoalsTableKey]: readonly TableRows[K][] };

/** Weights count as adding up to 100% within this tolerance (binary fractions such as 0.1 + 0.2). */
export const WEIGHT_TOLERANCE = 0.0001;

/** The team filter's value for "everyone". */
export const ALL_TEAMS = "";
/** The team filter's value for people whose Team is blank (no one types a NUL into a team name). */
export const NO_TEAM = "\u0000";

/** Report tables the screen does not read: the report's indexes only look at the ones above. */
const UNREAD: Omit<ReportTables, GoalsTableKey> = {
  Reviews: [],
  Plans: [],
  Curves: [],
  Ratings: [],
  Careers: [],
  Training: [],
  Meetings: [],
  Surveys: [],
};

/** The last comparable actual of a goal: the previous period of the same kind, and the value found there. */
export interface LastActual {
  /** The previous period's text (`2026-Q2` before `2026-Q3`). */
  period: string;
  /** Entered (manual KPIs) or derived (CRM KPIs) actual; null when there is none. */
  value: number | null;
}

/** The workbook's goals, KPIs and actuals, indexed once per read. */
export class GoalsBook {
  /** First month of the fiscal year (Settings fiscalYearStart). */
  readonly fiscalYearStart: number;
  /** The KPI library by code, first row winning (as in the report). */
  readonly kpis = new Map<string, KpiRow>();
  private readonly goalIndex: GoalIndex;
  private readonly crm: CrmIndex;

  /**
   * @param tables - the rows of `GOALS_TABLES`.
   */
  constructor(readonly tables: GoalsTables) {
    this.fiscalYearStart = readSettings(tables.Settings).settings.fiscalYearStart;
    const report: ReportTables = { ...UNREAD, ...tables };
    this.goalIndex = new GoalIndex(report, this.fiscalYearStart);
    // The CRM index reports unusable deal rows to a log; those are the report's business, not this screen's.
    this.crm = new CrmIndex(report, new IssueLog());
    for (const kpi of tables.KPIs) {
      const code = idOf(kpi.KPI);
      if (code !== null && !this.kpis.has(code)) this.kpis.set(code, kpi);
    }
  }

  /**
   * @param text - a period as typed.
   * @returns the period by the workbook's fiscal calendar, or null when it is not one.
   */
  period(text: string | null): Period | null {
    if (text === null || text.trim() === "") return null;
    try {
      return parsePeriod(text, this.fiscalYearStart);
    } catch {
      // Not a period: the caller shows it as a validation message, not an error.
      return null;
    }
  }

  /**
   * The person's actual for the same KPI in the period before `periodText` (same kind: the quarter before a
   * quarter, the month before a month).
   * @param person - ManagerID.
   * @param kpi - KPI code.
   * @param periodText - the goal's period.
   * @returns the previous period and its actual, or null when `periodText` is not a period.
   */
  lastComparable(person: string, kpi: string, periodText: string): LastActual | null {
    const period = this.period(periodText);
    if (!period) return null;
    let prior: Period;
    try {
      prior = previousPeriod(period);
    } catch {
      // Before Excel's first date: there is nothing earlier to compare with.
      return null;
    }
    const code = kpi.trim();
    const source = this.kpis.get(code)?.Source ?? "manual";
    const value =
      source === "manual"
        ? this.goalIndex.actualOf(person, prior.text, code)
        : derivedActual(source, this.crm.totals(person, { start: prior.start, end: prior.end }));
    return { period: prior.text, value };
  }
}

/**
 * Periods the screen offers: the current quarter (by the fiscal calendar) first, then every other period found in
 * Goals, latest first.
 * @param goals - Goals rows.
 * @param today - Excel serial.
 * @param fiscalYearStart - first month of the fiscal year.
 * @returns canonical period texts, without repeats.
 * @example goalPeriods([], 46249, 1) // ["2026-Q3"]
 */
export function goalPeriods(goals: readonly GoalRow[], today: number, fiscalYearStart: number): string[] {
  const current = periodOf("quarter", today, fiscalYearStart);
  const found = new Map<string, Period>();
  for (const goal of goals) {
    if (goal.Period === null || found.has(goal.Period)) continue;
    try {
      const p = parsePeriod(goal.Period, fiscalYearStart);
      if (p.text !== current.text) found.set(p.text, p);
    } catch {
      // A bad period cell: the row can only be fixed in the sheet; the model's validation names it.
    }
  }
  const others = [...new Map([...found.values()].map((p) => [p.text, p])).values()].sort(
    (a, b) => b.start - a.start || a.end - b.end,
  );
  return [current.text, ...others.map((p) => p.text)];
}

/** A person the screen can pick. */
export interface PersonOption {
  id: string;
  name: string;
  team: string | null;
}

/**
 * @param managers - Managers rows.
 * @param locale - for sorting team names.
 * @returns the distinct teams, sorted, and whether someone has no team.
 */
export function teamsOf(
  managers: readonly ManagerRow[],
  locale: Locale,
): { teams: string[]; hasNoTeam: boolean } {
  const teams = new Set<string>();
  let hasNoTeam = false;
  for (const m of managers) {
    const team = idOf(m.Team);
    if (team === null) hasNoTeam = true;
    else teams.add(team);
  }
  return { teams: [...teams].sort((a, b) => a.localeCompare(b, locale)), hasNoTeam };
}

/**
 * @param managers - Managers rows.
 * @param team - `ALL_TEAMS`, `NO_TEAM` or a team name.
 * @returns the people of that team in table order (blank and repeated ids left out).
 */
export function peopleOf(managers: readonly ManagerRow[], team: string): PersonOption[] {
  const seen = new Set<string>();
  const people: PersonOption[] = [];
  for (const m of managers) {
    const id = idOf(m.ManagerID);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    const own = idOf(m.Team);
    if (team === ALL_TEAMS || (team === NO_TEAM ? own === null : own === team)) {
      people.push({ id, name: m.Name, team: own });
    }
  }
  return people;
}

/**
 * @param goals - Goals rows.
 * @param person - ManagerID.
 * @param period - canonical period text.
 * @param book - for reading period cells by the fiscal calendar.
 * @returns the person's goals of the period (every status), in table order.
 */
export function goalsOf(
  goals: readonly GoalRow[],
  person: string,
  period: string,
  book: GoalsBook,
): GoalRow[] {
  return goals.filter((g) => idOf(g.ManagerID) === person && book.period(g.Period)?.text === period);
}

/**
 * The running weight total: cancelled goals weigh nothing, a blank weight counts 0.
 * @param goals - one person's goals of one period.
 * @returns the sum of weights (1 = 100%).
 */
export function weightTotal(goals: readonly GoalRow[]): number {
  return goals.reduce((sum, g) => (g.Status === "cancelled" ? sum : sum + (g.Weight ?? 0)), 0);
}

/**
 * @param total - a weight total.
 * @returns true when it is 100% within `WEIGHT_TOLERANCE`.
 */
export function isFullWeight(total: number): boolean {
  return Math.abs(total - 1) <= WEIGHT_TOLERANCE;
}

/**
 * What "Activate goals" writes: every draft (or blank-status) goal turned active — only when the set's weights add
 * up to 100%.
 * @param goals - one person's goals of one period.
 * @returns the rows to update (empty when the total is not 100% or nothing is a draft).
 */
export function activationRows(goals: readonly GoalRow[]): GoalRow[] {
  if (!isFullWeight(weightTotal(goals))) return [];
  return goals
    .filter((g) => g.Status === "draft" || g.Status === null)
    .map((g) => ({ ...g, Status: "active" }));
}

/**
 * Fresh ids after the highest numbered one: `G000042` follows `G000041`; ids of another shape are ignored.
 * @param prefix - `G` for goals, `T` for tasks.
 * @param existing - ids already in the table.
 * @param count - how many to make.
 * @returns `count` ids, ascending, none of them in `existing`.
 * @example nextIds("G", ["G000007", "X1"], 2) // ["G000008", "G000009"]
 */
export function nextIds(prefix: string, existing: readonly (string | null)[], count: number): string[] {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let max = 0;
  let width = 6;
  for (const id of existing) {
    const match = pattern.exec((id ?? "").trim());
    if (!match) continue;
    max = Math.max(max, Number(match[1]));
    width = Math.max(width, match[1].length);
  }
  return Array.from({ length: count }, (_, i) => `${prefix}${String(max + i + 1).padStart(width, "0")}`);
}

/**
 * @param unit - a KPI's Unit.
 * @returns true for "%": such targets and actuals are stored as fractions (0.35) and typed as percentages (35).
 */
export function isPercentUnit(unit: string | null | undefined): boolean {
  return (unit ?? "").trim() === "%";
}

/**
 * A KPI figure for display, with its unit.
 * @param value - target or actual as stored.
 * @param unit - the KPI's unit.
 * @returns e.g. "35%" or "1,200,000 CNY".
 */
export function formatFigure(value: number, unit: string | null | undefined): string {
  if (isPercentUnit(unit)) return formatPercent(value, 1);
  const text = formatNumber(value);
  const u = (unit ?? "").trim();
  return u === "" ? text : `${text} ${u}`;
}

/**
 * @param weight - a fraction.
 * @returns e.g. "30%" (at most one decimal).
 */
export function formatWeight(weight: number): string {
  return formatPercent(weight, 1);
}

/**
 * @param serial - an Excel date.
 * @returns ISO text `2026-09-30`: what a date input shows and takes.
 */
export function dateText(serial: number): string {
  return formatDate(serial);
}

/**
 * Reads the text of a date input.
 * @param text - `yyyy-mm-dd`.
 * @returns the Excel serial; null for blank; "invalid" for anything else (including 2026-02-30).
 */
export function parseDateText(text: string): number | null | "invalid" {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (!match) return "invalid";
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  try {
    return serialFromYMD(y, m, d);
  } catch {
    // 2026-02-30 and the like: core refuses them, the form says so next to the field.
    return "invalid";
  }
}

/**
 * Reads a number as typed: spaces, thousands separators and a trailing % are ignored; full-width digits are
 * accepted (Chinese input methods type them).
 * @param text - the field's text.
 * @returns the number; null for blank; "invalid" for anything else.
 * @example parseNumberText("1,200,000") // 1200000
 */
export function parseNumberText(text: string): number | null | "invalid" {
  const normal = text
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E/g, ".")
    .replace(/[\s,，%％]/g, "");
  if (normal === "") return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return "invalid";
  const value = Number(normal);
  return Number.isFinite(value) ? value : "invalid";
}

/**
 * Turns a figure typed in the form into the stored value (percent units are stored as fractions).
 * @param value - as typed.
 * @param unit - the KPI's unit.
 * @returns the stored value.
 */
export function storedFigure(value: number, unit: string | null | undefined): number {
  return isPercentUnit(unit) ? value / 100 : value;
}

/**
 * The stored value as the form shows it for editing.
 * @param value - stored.
 * @param unit - the KPI's unit.
 * @returns the text to put in the field.
 */
export function typedFigure(value: number | null, unit: string | null | undefined): string {
  if (value === null) return "";
  // Round away binary noise (0.35 × 100 = 35.00000000000001).
  const shown = isPercentUnit(unit) ? Math.round(value * 100 * 1e9) / 1e9 : value;
  return String(shown);
}
