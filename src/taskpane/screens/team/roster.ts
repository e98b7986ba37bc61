/**
 * The Team screen's view of the workbook: one entry per person, with the figures the report computes for the
 * chosen period. No scoring happens here — composite and overdue come from the team book's period picture
 * (src/book, the report model), so the pane and the report can never disagree.
 */
import { periodOf, previousPeriod, type Period } from "../../../core";
import type { ManagerRow } from "../../../model";
import { readSettings } from "../../../model";
import type { Book } from "../../../book";
import type { ReportTables } from "../../../domain/input";
import { ROSTER_FIGURE_TABLES, type RosterFigureTableKey } from "../../../domain/period";
import type { Locale } from "../../../i18n";
import { ALL_TEAMS, NO_TEAM, teamChoices, type TeamChoices } from "../../../domain/teams";

/**
 * The tables the roster reads: those its figures are computed from (the period picture's people, goals, actuals
 * with the CRM tables they derive from, curves, tasks and settings) — the pane's first read (useBook).
 */
export const ROSTER_TABLES: readonly RosterFigureTableKey[] = ROSTER_FIGURE_TABLES;

/** One person as the roster shows them. */
export interface RosterEntry {
  id: string;
  name: string;
  team: string | null;
  level: string | null;
  status: string | null;
  /** Composite score of the period (points, 100 = on target); null without scored goals or outside the period. */
  composite: number | null;
  /** Tasks due in the period, before today, not done; null when the person was not on the team in the period. */
  overdue: number | null;
}

/** The team filter's values (one definition for every surface). */
export { ALL_TEAMS, NO_TEAM };

/**
 * Periods the roster offers, current quarter first (the report's default period), by the fiscal calendar.
 * @param asOf - today (Excel serial).
 * @param fiscalYearStart - first month of the fiscal year.
 * @returns this quarter, last quarter, this month, this year.
 */
export function rosterPeriods(asOf: number, fiscalYearStart: number): Period[] {
  const quarter = periodOf("quarter", asOf, fiscalYearStart);
  return [quarter, previousPeriod(quarter), periodOf("month", asOf), periodOf("year", asOf, fiscalYearStart)];
}

/**
 * @param tables - the rows of `ROSTER_TABLES`.
 * @returns the fiscal year's first month from Settings (default when unreadable).
 */
export function fiscalYearStartOf(tables: Pick<ReportTables, "Settings">): number {
  return readSettings(tables.Settings).settings.fiscalYearStart;
}

/**
 * Builds the roster: every row of Managers in table order, with the report's figures for `period`.
 * @param book - the team book holding `ROSTER_TABLES`.
 * @param period - the period text (`2026-Q3`, …).
 * @param asOf - today (Excel serial): overdue is judged as of this day.
 * @returns one entry per person with an id.
 * @throws KpiError when the period cannot be read.
 */
export function buildRoster(book: Book, period: string, asOf: number): RosterEntry[] {
  // The roster's two figures alone when the period picture is not computed yet: the first rows do not wait for it.
  const figures = book.rosterFigures(period, asOf);
  const entries: RosterEntry[] = [];
  const seen = new Set<string>();
  for (const row of book.rows("Managers") as readonly ManagerRow[]) {
    const id = row.ManagerID.trim();
    if (id === "" || seen.has(id)) continue;
    seen.add(id);
    const person = figures.get(id);
    entries.push({
      id,
      name: row.Name,
      team: blankToNull(row.Team),
      level: blankToNull(row.Level),
      status: blankToNull(row.Status),
      composite: person?.composite ?? null,
      overdue: person ? person.overdue : null,
    });
  }
  return entries;
}

/**
 * @param entries - the roster.
 * @param locale - for sorting.
 * @returns the distinct teams, sorted, and whether someone has no team.
 */
export function teamsOf(entries: readonly RosterEntry[], locale: Locale): TeamChoices {
  return teamChoices(
    entries.map((entry) => entry.team),
    locale,
  );
}

/**
 * @param entries - the roster.
 * @param team - `ALL_TEAMS`, `NO_TEAM` or a team name.
 * @returns the entries of that team.
 */
export function filterByTeam(entries: readonly RosterEntry[], team: string): readonly RosterEntry[] {
  if (team === ALL_TEAMS) return entries;
  const wanted = team === NO_TEAM ? null : team;
  return entries.filter((entry) => entry.team === wanted);
}

function blankToNull(text: string | null): string | null {
  return text === null || text.trim() === "" ? null : text.trim();
}
