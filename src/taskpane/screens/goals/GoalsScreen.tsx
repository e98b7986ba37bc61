/**
 * Goals & plans: pick team, person and period (the current quarter by the fiscal calendar first, the quarters to the
 * end of next fiscal year, then every other period found in Goals), then either the person's goals — weight total,
 * activation, goal form with the SMART checklist, copy of last period, KPI templates, cascade — or their work plan.
 */
import { Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { FilterBar, PeriodFilter, PersonFilter, TeamFilter } from "../../components/FilterBar";
import { Screen, ScreenTabs } from "../../components/Screen";
import { useTables } from "../../hooks/useTables";
import { useDerived } from "../../hooks/useBook";
import { useTeamChoices } from "../../hooks/useTeamChoices";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useFocusOn } from "../../shell/PaneNavigation";
import { GoalsPanel } from "./GoalsPanel";
import { useGoalsStyles } from "./goals.styles";
import { ALL_TEAMS, GOALS_TABLES, GoalsBook, NO_TEAM, goalPeriods, peopleOf } from "./goalsView";
import { WorkPlan } from "./WorkPlan";

type Section = "goals" | "plans";

/**
 * @returns the Goals & plans screen.
 */
export function GoalsScreen() {
  const { t, locale, today } = useKpiDesk();
  const styles = useGoalsStyles();
  const { data, error, loading, refresh } = useTables(GOALS_TABLES);
  const [team, setTeam] = useState(ALL_TEAMS);
  // Opened from the Team cockpit on a person (an off-track goal, overdue tasks): that person, that part.
  const focus = useFocusOn("goals");
  const [chosenPerson, setPerson] = useState<string | null>(focus?.person ?? null);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const [section, setSection] = useState<Section>(focus?.section === "plans" ? "plans" : "goals");

  // The goals' book lives in the pane's team book: built once per data version, found again next visit.
  // The goal and CRM indexes are the team book's own, shared with the other screens.
  const book = useDerived(
    data,
    GOALS_TABLES,
    "goals:book",
    (rows, shared) => new GoalsBook(rows, (fys) => shared.indexes(fys)),
    locale,
  );
  const periods = useMemo(
    () => (book ? goalPeriods(book.tables.Goals, today, book.fiscalYearStart) : []),
    [book, today],
  );
  const { teams, hasNoTeam } = useTeamChoices(data, GOALS_TABLES);
  const people = useMemo(() => (book ? peopleOf(book.tables.Managers, team) : []), [book, team]);
  const person = people.find((p) => p.id === chosenPerson) ?? people[0] ?? null;
  const periodText = chosenPeriod ?? periods[0] ?? null;
  const period = book && periodText ? book.period(periodText) : null;
  // A period just saved in is shown even before the re-read goals list it.
  const offered = periodText !== null && !periods.includes(periodText) ? [...periods, periodText] : periods;

  const teamLabel =
    team === ALL_TEAMS ? t("tp.filter.allTeams") : team === NO_TEAM ? t("tp.filter.noTeam") : team;

  return (
    <Screen label={t("goals.screen")} loading={!data && loading} error={error} onRetry={refresh}>
      <FilterBar onRefresh={refresh} loading={loading}>
        <TeamFilter value={team} teams={{ teams, hasNoTeam }} onChange={setTeam} />
        <PersonFilter
          label={t("goals.filter.person")}
          value={person?.id ?? ""}
          people={people}
          onChange={setPerson}
        />
        <PeriodFilter value={periodText ?? ""} periods={offered} onChange={setPeriod} />
      </FilterBar>
      <ScreenTabs<Section>
        label={t("goals.sections")}
        value={section}
        tabs={[
          { value: "goals", text: t("goals.tab.goals") },
          { value: "plans", text: t("goals.tab.plans") },
        ]}
        onChange={setSection}
      />
      {!book || !person || !period || periodText === null ? (
        <Text className={styles.notice}>{t("goals.noPeople")}</Text>
      ) : section === "goals" ? (
        <GoalsPanel
          book={book}
          person={person}
          period={periodText}
          teams={teams}
          team={team === ALL_TEAMS || team === NO_TEAM ? (person.team ?? "") : team}
          teamPeople={people}
          teamLabel={teamLabel}
          onPeriod={setPeriod}
        />
      ) : (
        <WorkPlan key={person.id} book={book} person={person} period={period} />
      )}
    </Screen>
  );
}
