/**
 * What every section of the People screen shares, pure: the tables it reads, the team and period filters, the
 * people of a team, field errors, date text and fresh ids.
 *
 * Decisions:
 * - Periods offered: this month, last month, this quarter, last quarter, this year, last year (fiscal calendar);
 *   this quarter first. Lists (training log, meetings, survey results) show what is dated in the period.
 * - The team filter matches Managers.Team trimmed and case-insensitively; survey rows carry their own Team.
 */
import { periodOf, previousPeriod, type Period } from "../../../core";
import type { ManagerRow, TableKey, TableRows } from "../../../model";
import { ALL_TEAMS, NO_TEAM, inTeam } from "../../../domain/teams";

// The domain's team filter and form primitives, re-exported for the People screen's components.
export { ALL_TEAMS, NO_TEAM, inTeam };
export {
  nextIds,
  parseDateText,
  type Checked,
  type FieldError,
  type FieldErrors,
} from "../../../domain/fields";

/** The tables the People screen reads, in one round trip. */
export const PEOPLE_TABLES = [
  "Managers",
  "Training",
  "Careers",
  "Recognition",
  "Meetings",
  "Tasks",
  "Surveys",
  "Settings",
] as const satisfies readonly TableKey[];

/** The rows the People screen works on. */
export type PeopleData = { [K in (typeof PEOPLE_TABLES)[number]]: TableRows[K][] };

/** One person of the team. */
export interface Person {
  id: string;
  name: string;
  team: string | null;
}

/**
 * The people a picker offers: of the team, not left before `asOf`, each id once, in table order.
 * @param managers - Managers rows.
 * @param team - the team filter.
 * @param asOf - today (Excel serial).
 * @returns the people.
 */
export function peopleOf(managers: readonly ManagerRow[], team: string, asOf: number): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const m of managers) {
    const id = m.ManagerID.trim();
    if (id === "" || seen.has(id) || !inTeam(m.Team, team)) continue;
    if (m.LeaveDate !== null && m.LeaveDate < asOf) continue;
    seen.add(id);
    people.push({ id, name: m.Name, team: m.Team === null || m.Team.trim() === "" ? null : m.Team.trim() });
  }
  return people;
}

/**
 * @param people - the people a select offers.
 * @returns its choices: each person's id, shown by name, the team as the hint a searchable picker shows and matches.
 */
export function personChoices(people: readonly Person[]): { value: string; text: string; hint?: string }[] {
  return people.map((p) =>
    p.team === null ? { value: p.id, text: p.name } : { value: p.id, text: p.name, hint: p.team },
  );
}

/**
 * @param managers - Managers rows.
 * @returns every ManagerID → name (ids trimmed).
 */
export function namesById(managers: readonly ManagerRow[]): Map<string, string> {
  return new Map(managers.map((m) => [m.ManagerID.trim(), m.Name]));
}

/**
 * Teams named in Managers and in Surveys, sorted, each once (compared case-insensitively).
 * @param managers - Managers rows.
 * @param surveyTeams - Surveys.Team values.
 * @param locale - for sorting.
 * @returns the teams and whether someone has no team.
 */
export function teamsOf(
  managers: readonly ManagerRow[],
  surveyTeams: readonly string[],
  locale: string,
): { teams: string[]; hasNoTeam: boolean } {
  const teams = new Map<string, string>();
  for (const name of [...managers.map((m) => m.Team), ...surveyTeams]) {
    const t = (name ?? "").trim();
    if (t !== "" && !teams.has(t.toLowerCase())) teams.set(t.toLowerCase(), t);
  }
  const hasNoTeam = managers.some((m) => m.ManagerID.trim() !== "" && (m.Team ?? "").trim() === "");
  return { teams: [...teams.values()].sort((a, b) => a.localeCompare(b, locale)), hasNoTeam };
}

/**
 * @param asOf - today (Excel serial).
 * @param fiscalYearStart - first month of the fiscal year.
 * @returns the periods the screen offers, this quarter first.
 */
export function peoplePeriods(asOf: number, fiscalYearStart: number): Period[] {
  const quarter = periodOf("quarter", asOf, fiscalYearStart);
  const month = periodOf("month", asOf);
  const year = periodOf("year", asOf, fiscalYearStart);
  return [quarter, previousPeriod(quarter), month, previousPeriod(month), year, previousPeriod(year)];
}
