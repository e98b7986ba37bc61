/**
 * The team filter's choices for a screen's rows — the teams named in Managers, sorted, and whether someone has
 * none — kept in the pane's team book: built once per data version, found again when the screen is visited again.
 */
import { teamChoices, type TeamChoices } from "../../domain/teams";
import type { TableKey, TableRows } from "../../model";
import { useKpiDesk } from "../shell/KpiDeskContext";
import { useDerived } from "./useBook";

const NO_TEAMS: TeamChoices = { teams: [], hasNoTeam: false };

/**
 * @param data - what `useTables(keys)` returned (its tables include Managers).
 * @param keys - the same keys.
 * @returns the teams, sorted, and whether someone has no team (none before the rows arrive).
 */
export function useTeamChoices<K extends TableKey>(
  data: { [P in K | "Managers"]: TableRows[P][] } | null,
  keys: readonly K[],
): TeamChoices {
  const { locale } = useKpiDesk();
  return (
    useDerived<K | "Managers", TeamChoices>(
      data,
      keys,
      `teams:${locale}`,
      (rows) =>
        teamChoices(
          rows.Managers.map((m) => m.Team),
          locale,
        ),
      locale,
    ) ?? NO_TEAMS
  );
}
