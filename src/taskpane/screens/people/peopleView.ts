/**
 * What every section of the People screen shares, pure: the tables it reads, the team and period filters, the
 * people of a team, field errors, date text and fresh ids.
 *
 * Decisions:
 * - Periods offered: this month, last month, this quarter, last quarter, this year, last year (fiscal calendar);
 *   this quarter first. Lists (training log, meetings, survey results) show what is dated in the period.
 * - The team filter matches Managers.Team trimmed and case-insensitively; survey rows carry their own Team.
 */
import { daysInMonth, periodOf, previousPeriod, serialFromYMD, type Period } from "../../../core";
import type { MessageKey, MessageParams } from "../../../i18n";
import type { ManagerRow, TableKey, TableRows } from "../../../model";
import { ALL_TEAMS, NO_TEAM } from "../team/roster";

export { ALL_TEAMS, NO_TEAM };

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

/** A message for one form field; `{field}` in it is filled with the field's label. */
export interface FieldError {
  key: MessageKey;
  params?: MessageParams;
}

/** Field errors of a form, by field. */
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

/** The outcome of checking a form: the row(s) to write, or the errors. */
export type Checked<F extends string, R> = { ok: true; value: R } | { ok: false; errors: FieldErrors<F> };

/** One person of the team. */
export interface Person {
  id: string;
  name: string;
  team: string | null;
}

/**
 * @param team - a Managers.Team value.
 * @param filter - `ALL_TEAMS`, `NO_TEAM` or a team name.
 * @returns whether the team passes the filter.
 */
export function inTeam(team: string | null, filter: string): boolean {
  if (filter === ALL_TEAMS) return true;
  const name = (team ?? "").trim();
  return filter === NO_TEAM ? name === "" : name.toLowerCase() === filter.trim().toLowerCase();
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

/**
 * @param text - `YYYY-MM-DD` as a date input gives it.
 * @returns the Excel serial, null when blank, NaN when not a real date.
 * @example parseDateText("2026-02-30") // NaN
 */
export function parseDateText(text: string): number | null {
  const value = text.trim();
  if (value === "") return null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!match) return NaN;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return serialFromYMD(y, m, d);
}

/**
 * @param text - a number as typed (`.` or `,` as decimal mark).
 * @returns the number, null when blank, NaN when not a number.
 */
export function parseNumberText(text: string): number | null {
  const value = text.trim().replace(",", ".");
  if (value === "") return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : NaN;
}

/**
 * Fresh ids after the highest numbered id with the prefix (the sample's `T000123` style).
 * @param prefix - e.g. "T".
 * @param existing - ids in the table.
 * @param count - how many.
 * @returns the new ids.
 * @example nextIds("T", ["T000007", "X9"], 2) // ["T000008", "T000009"]
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
