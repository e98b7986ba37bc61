/**
 * The Incentives screen's view of the workbook: which tables it reads, the periods and teams it offers, and the
 * plans list (who is on each plan comes from Managers.Plan, split by the model's `planIdsOf`; whether a plan is in
 * effect from the report's own `planOverlaps`). Pure.
 */
import { overlapsDays, periodOf, previousPeriod, type Period } from "../../../core";
import { planIdsOf, type ManagerRow, type PlanRow, type TableRows } from "../../../model";
import { planOverlaps } from "../../../domain/incentives/incentives";
import { REPORT_TABLES, type ReportTables } from "../../../domain/input";
import { ALL_TEAMS, NO_TEAM, inTeam } from "../../../domain/teams";

// The domain's team filter, re-exported for the Incentives screen's components.
export { ALL_TEAMS, NO_TEAM, inTeam };

/** The tables the screen reads: what the report needs (for the what-if), and Recognition. */
export const INCENTIVES_TABLES = [...REPORT_TABLES, "Recognition"] as const;

/** The rows the screen reads. */
export type IncentivesTables = ReportTables & { readonly Recognition: readonly TableRows["Recognition"][] };

/**
 * Periods the screen offers, current quarter first (the report's default period), by the fiscal calendar.
 * @param asOf - today (Excel serial).
 * @param fiscalYearStart - first month of the fiscal year.
 * @returns this quarter, last quarter, this month, this year.
 */
export function incentivePeriods(asOf: number, fiscalYearStart: number): Period[] {
  const quarter = periodOf("quarter", asOf, fiscalYearStart);
  return [quarter, previousPeriod(quarter), periodOf("month", asOf), periodOf("year", asOf, fiscalYearStart)];
}

/**
 * @param manager - a Managers row.
 * @param period - the period.
 * @returns whether HireDate–LeaveDate (blank = open) overlaps the period, the report's rule for who is on the team.
 */
export function employedIn(manager: ManagerRow, period: Period): boolean {
  return overlapsDays(manager.HireDate, manager.LeaveDate, period);
}

/** One plan of the list. */
export interface PlanEntry {
  plan: PlanRow;
  /** People of the team, employed in the period, whose Managers.Plan lists the plan. */
  people: number;
  /** The plan's From–To overlaps the period. */
  inEffect: boolean;
}

/**
 * The plans list for a period and team, in table order.
 * @param plans - Plans rows.
 * @param managers - Managers rows.
 * @param period - the chosen period.
 * @param team - the team filter.
 * @returns one entry per plan with an id.
 */
export function planEntries(
  plans: readonly PlanRow[],
  managers: readonly ManagerRow[],
  period: Period,
  team: string,
): PlanEntry[] {
  const counts = new Map<string, number>();
  for (const m of managers) {
    if (!inTeam(m.Team, team) || !employedIn(m, period)) continue;
    // A person listing the same plan twice is one person on it.
    for (const id of new Set(planIdsOf(m.Plan))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return plans
    .filter((p) => p.PlanID.trim() !== "")
    .map((plan) => ({
      plan,
      people: counts.get(plan.PlanID.trim()) ?? 0,
      inEffect: planOverlaps(plan, period),
    }));
}
