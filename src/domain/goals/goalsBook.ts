/**
 * The goals workflows' index of the workbook: goals, KPIs and actuals indexed once per read, a goal period read by
 * the fiscal calendar, and a person's last comparable actual. Actuals come from the report's own indexes
 * (./scoring.ts) — entered for "manual" KPIs, derived from Deals / Customers / Interactions by the KPI's Source
 * otherwise — so the pane and the report never disagree. Pure.
 */
import { parsePeriod, periodBefore, type Period } from "../../core";
import { readSettings, type GoalRow, type KpiRow, type TablesOf } from "../../model";
import { CrmIndex, GoalIndex, derivedActual, type IndexesOf } from "./scoring";
import { CRM_TABLES, GOAL_TABLES, IssueLog, idOf, type ReportTables } from "../input";

/** The tables the goals workflows read. */
export const GOALS_TABLES = [...GOAL_TABLES, "Tasks", ...CRM_TABLES, "Settings"] as const;

/** A table the goals workflows read. */
export type GoalsTableKey = (typeof GOALS_TABLES)[number];

/** The rows the goals workflows read. */
export type GoalsTables = TablesOf<typeof GOALS_TABLES>;

/** Report tables the goals workflows do not read: the report's indexes only look at the ones above. */
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
   * @param indexes - the goal and CRM indexes of these rows when they are shared (the team book's); absent, they
   *   are built here.
   */
  constructor(
    readonly tables: GoalsTables,
    indexes?: IndexesOf,
  ) {
    this.fiscalYearStart = readSettings(tables.Settings).settings.fiscalYearStart;
    const shared = indexes?.(this.fiscalYearStart);
    const report: ReportTables = { ...UNREAD, ...tables };
    this.goalIndex = shared?.goals ?? new GoalIndex(report, this.fiscalYearStart);
    // The CRM index reports unusable deal rows to a log; those are the report's business, not the goals workflows'.
    this.crm = shared?.crm ?? new CrmIndex(report, new IssueLog());
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
    const prior = periodBefore(period);
    if (!prior) return null;
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
