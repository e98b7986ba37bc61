/**
 * Goals & plans: pick team, person and period (the current quarter by the fiscal calendar first, then every period
 * found in Goals), then either the person's goals — weight total, activation, goal form with the SMART checklist,
 * cascade — or their work plan.
 */
import { Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { ErrorBar } from "../../components/ErrorBar";
import { Filter, FilterBar, TeamFilter, plainChoices } from "../../components/FilterBar";
import { useTables } from "../../hooks/useTables";
import { useDerived } from "../../hooks/useBook";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useFocusOn } from "../../shell/PaneNavigation";
import { GoalsPanel } from "./GoalsPanel";
import { useGoalsStyles } from "./goals.styles";
import { ALL_TEAMS, GOALS_TABLES, GoalsBook, NO_TEAM, goalPeriods, peopleOf, teamsOf } from "./goalsView";
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
  const book = useDerived(data, GOALS_TABLES, "goals:book", (rows) => new GoalsBook(rows), locale);
  const periods = useMemo(
    () => (book ? goalPeriods(book.tables.Goals, today, book.fiscalYearStart) : []),
    [book, today],
  );
  const { teams, hasNoTeam } = useMemo(
    () => (book ? teamsOf(book.tables.Managers, locale) : { teams: [], hasNoTeam: false }),
    [book, locale],
  );
  const people = useMemo(() => (book ? peopleOf(book.tables.Managers, team) : []), [book, team]);
  const person = people.find((p) => p.id === chosenPerson) ?? people[0] ?? null;
  const periodText = chosenPeriod ?? periods[0] ?? null;
  const period = book && periodText ? book.period(periodText) : null;

  if (!data && loading) return <Spinner className={styles.notice} label={t("tp.loading")} />;
  return (
    <section className={styles.screen} aria-label={t("goals.screen")}>
      {error != null && (
        <div className={styles.notice}>
          <ErrorBar error={error} onRetry={refresh} />
        </div>
      )}
      <FilterBar onRefresh={refresh} loading={loading}>
        <TeamFilter
          label={t("goals.filter.team")}
          value={team}
          teams={{ teams, hasNoTeam }}
          onChange={setTeam}
        />
        <Filter
          label={t("goals.filter.person")}
          value={person?.id ?? ""}
          choices={people.map((p) => ({ value: p.id, text: p.name }))}
          onChange={setPerson}
        />
        <Filter
          label={t("goals.filter.period")}
          value={periodText ?? ""}
          choices={plainChoices(periods)}
          onChange={setPeriod}
        />
      </FilterBar>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t("goals.sections")}
        selectedValue={section}
        onTabSelect={(_, d) => setSection(d.value as Section)}
      >
        <Tab value="goals">{t("goals.tab.goals")}</Tab>
        <Tab value="plans">{t("goals.tab.plans")}</Tab>
      </TabList>
      {!book || !person || !period || periodText === null ? (
        <Text className={styles.notice}>{t("goals.noPeople")}</Text>
      ) : section === "goals" ? (
        <GoalsPanel
          book={book}
          person={person}
          period={periodText}
          teams={teams}
          team={team === ALL_TEAMS || team === NO_TEAM ? (person.team ?? "") : team}
        />
      ) : (
        <WorkPlan key={person.id} book={book} person={person} period={period} />
      )}
    </section>
  );
}
