/**
 * Goals & plans: pick team, person and period (the current quarter by the fiscal calendar first, then every period
 * found in Goals), then either the person's goals — weight total, activation, goal form with the SMART checklist,
 * cascade — or their work plan.
 */
import { Button, Select, Spinner, Tab, TabList, Text, useId } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { ErrorBar } from "../../components/ErrorBar";
import { useTables } from "../../hooks/useTables";
import { useKpiDesk } from "../../shell/KpiDeskContext";
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
  const teamId = useId("goals-team");
  const personId = useId("goals-person");
  const periodId = useId("goals-period");
  const { data, error, loading, refresh } = useTables(GOALS_TABLES);
  const [team, setTeam] = useState(ALL_TEAMS);
  const [chosenPerson, setPerson] = useState<string | null>(null);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const [section, setSection] = useState<Section>("goals");

  const book = useMemo(() => (data ? new GoalsBook(data) : null), [data]);
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
      <div className={styles.filters}>
        <div className={styles.filter}>
          <label htmlFor={teamId}>{t("goals.filter.team")}</label>
          <Select id={teamId} size="small" value={team} onChange={(_, d) => setTeam(d.value)}>
            <option value={ALL_TEAMS}>{t("goals.filter.allTeams")}</option>
            {teams.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            {hasNoTeam && <option value={NO_TEAM}>{t("goals.filter.noTeam")}</option>}
          </Select>
        </div>
        <div className={styles.filter}>
          <label htmlFor={personId}>{t("goals.filter.person")}</label>
          <Select id={personId} size="small" value={person?.id ?? ""} onChange={(_, d) => setPerson(d.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </div>
        <div className={styles.filter}>
          <label htmlFor={periodId}>{t("goals.filter.period")}</label>
          <Select id={periodId} size="small" value={periodText ?? ""} onChange={(_, d) => setPeriod(d.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </div>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowClockwiseRegular />}
          aria-label={t("tp.refresh")}
          title={t("tp.refresh")}
          disabled={loading}
          onClick={refresh}
        />
      </div>
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
