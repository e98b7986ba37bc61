/**
 * The team filter every surface shares: its two special values and the match used by the People and Incentives
 * workflows (names compared trimmed and case-insensitively). Pure.
 */

/** The team filter's value for "everyone". */
export const ALL_TEAMS = "";
/** The team filter's value for people whose Team is blank (no one types a NUL into a team name). */
export const NO_TEAM = "\u0000";

/**
 * @param team - a Managers.Team (or a survey row's Team) cell.
 * @param filter - `ALL_TEAMS`, `NO_TEAM` or a team name.
 * @returns whether the team passes the filter (names compared trimmed, case-insensitively).
 * @example inTeam(" Sales ", "sales") // true
 */
export function inTeam(team: string | null, filter: string): boolean {
  if (filter === ALL_TEAMS) return true;
  const name = (team ?? "").trim();
  return filter === NO_TEAM ? name === "" : name.toLowerCase() === filter.trim().toLowerCase();
}

/** The team filter's choices: the teams named, sorted, and whether someone has none. */
export interface TeamChoices {
  teams: string[];
  hasNoTeam: boolean;
}

/**
 * @param teams - each person's team cell (blank or null when they have none).
 * @param locale - for sorting.
 * @returns the distinct team names (trimmed), sorted, and whether a team was blank.
 * @example teamChoices(["North ", null, "East", "North"], "en-US") // { teams: ["East", "North"], hasNoTeam: true }
 */
export function teamChoices(teams: Iterable<string | null>, locale: string): TeamChoices {
  const names = new Set<string>();
  let hasNoTeam = false;
  for (const team of teams) {
    const name = (team ?? "").trim();
    if (name === "") hasNoTeam = true;
    else names.add(name);
  }
  return { teams: [...names].sort((a, b) => a.localeCompare(b, locale)), hasNoTeam };
}
