/**
 * The Goals & plans screen's view of the workbook: which periods, teams and people to offer. The goals themselves
 * (the index, weights, activation, typed figures) are domain modules (src/domain/goals/{goalsBook,figures}.ts),
 * re-exported here for the screen's components.
 */
import { nextPeriod, parsePeriod, periodOf, type Period } from "../../../core";
import type { GoalRow, KpiRow, ManagerRow } from "../../../model";
import { idOf } from "../../../domain/input";
import { ALL_TEAMS, NO_TEAM } from "../../../domain/teams";

export { ALL_TEAMS, NO_TEAM };
export { nextIds } from "../../../domain/fields";
export {
  GOALS_TABLES,
  GoalsBook,
  goalsOf,
  type GoalsTableKey,
  type GoalsTables,
  type LastActual,
} from "../../../domain/goals/goalsBook";
export {
  WEIGHT_TOLERANCE,
  activationRows,
  dateText,
  formatFigure,
  formatWeight,
  isFullWeight,
  isPercentUnit,
  parseDateText,
  parseNumberText,
  storedFigure,
  typedFigure,
  weightTotal,
} from "../../../domain/goals/figures";

/**
 * Periods the screen offers: the current quarter (by the fiscal calendar) first, then the quarters ahead to the end
 * of next fiscal year (so next year's goals can be set), then every other period found in Goals, latest first.
 * @param goals - Goals rows.
 * @param today - Excel serial.
 * @param fiscalYearStart - first month of the fiscal year.
 * @returns canonical period texts, without repeats.
 * @example goalPeriods([], 46249, 1) // ["2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"]
 */
export function goalPeriods(goals: readonly GoalRow[], today: number, fiscalYearStart: number): string[] {
  const current = periodOf("quarter", today, fiscalYearStart);
  const nextYearEnd = periodOf("year", periodOf("year", today, fiscalYearStart).end + 1, fiscalYearStart).end;
  const ahead: string[] = [];
  for (let p = nextPeriod(current); p.start <= nextYearEnd; p = nextPeriod(p)) ahead.push(p.text);
  const offered = new Set([current.text, ...ahead]);
  const found = new Map<string, Period>();
  for (const goal of goals) {
    if (goal.Period === null || found.has(goal.Period)) continue;
    try {
      const p = parsePeriod(goal.Period, fiscalYearStart);
      if (!offered.has(p.text)) found.set(p.text, p);
    } catch {
      // A bad period cell: the row can only be fixed in the sheet; the model's validation names it.
    }
  }
  const others = [...new Map([...found.values()].map((p) => [p.text, p])).values()].sort(
    (a, b) => b.start - a.start || a.end - b.end,
  );
  return [current.text, ...ahead, ...others.map((p) => p.text)];
}

/** A person the screen can pick. */
export interface PersonOption {
  id: string;
  name: string;
  team: string | null;
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
 * How a goal's parent reads on its card: by names, never by id. A cascade writes `team/period/KPI code`
 * (src/domain/goals/cascade.ts), shown as the team, the period and the KPI's name; a parent typed as another goal's
 * id is shown as that goal's KPI name and period; anything else is shown as typed.
 * @param parent - the goal's ParentGoal.
 * @param goals - the Goals rows (a parent given by id).
 * @param kpis - the KPI library by code.
 * @returns the parent in words.
 * @example parentGoalText("SME Banking/2026-Q3/REVENUE", [], kpis) // "SME Banking · 2026-Q3 · Revenue won"
 */
export function parentGoalText(
  parent: string,
  goals: readonly GoalRow[],
  kpis: ReadonlyMap<string, KpiRow>,
): string {
  const kpiName = (code: string) => kpis.get(code.trim())?.Name?.trim() || code.trim();
  const cascaded = /^(.*)\/([^/]+)\/([^/]+)$/.exec(parent.trim());
  if (cascaded)
    return [cascaded[1].trim(), cascaded[2].trim(), kpiName(cascaded[3])].filter(Boolean).join(" · ");
  const goal = goals.find((g) => g.GoalID.trim() === parent.trim());
  return goal ? [kpiName(goal.KPI), goal.Period].join(" · ") : parent;
}
