/**
 * People: development (training, career, recognition), meetings with action items, and pulse surveys — filtered
 * by team and period, in three sub-tabs so that each fits a 320 px pane.
 */
import { Spinner, Tab, TabList } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { MessageKey } from "../../../i18n";
import { readSettings } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { Filter, FilterBar, TeamFilter, plainChoices } from "../../components/FilterBar";
import { useDerived } from "../../hooks/useBook";
import { useTables } from "../../hooks/useTables";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { DevelopmentPanel } from "./DevelopmentPanel";
import { MeetingsPanel } from "./MeetingsPanel";
import { usePeopleStyles } from "./people.styles";
import { ALL_TEAMS, PEOPLE_TABLES, peoplePeriods, teamsOf } from "./peopleView";
import { SurveysPanel } from "./SurveysPanel";

/** The screen's sections. */
export const PEOPLE_VIEWS = ["development", "meetings", "surveys"] as const;
/** One section. */
export type PeopleView = (typeof PEOPLE_VIEWS)[number];

const NO_TEAMS: string[] = [];

const VIEW_LABELS: Record<PeopleView, MessageKey> = {
  development: "people.view.development",
  meetings: "people.view.meetings",
  surveys: "people.view.surveys",
};

/**
 * @returns the People screen.
 */
export function PeopleScreen() {
  const { t, locale, today } = useKpiDesk();
  const styles = usePeopleStyles();
  const { data, error, loading, refresh } = useTables(PEOPLE_TABLES);
  const [view, setView] = useState<PeopleView>("development");
  const [team, setTeam] = useState(ALL_TEAMS);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);

  const settings = useMemo(() => (data ? readSettings(data.Settings).settings : null), [data]);
  const periods = useMemo(
    () => (settings ? peoplePeriods(today, settings.fiscalYearStart) : []),
    [settings, today],
  );
  const period = periods.find((p) => p.text === chosenPeriod) ?? periods[0] ?? null;
  // Kept in the pane's team book: a visit back finds the teams listed.
  const { teams, hasNoTeam } = useDerived(
    data,
    PEOPLE_TABLES,
    `people:teams:${locale}`,
    (rows) =>
      teamsOf(
        rows.Managers,
        rows.Surveys.map((s) => s.Team),
        locale,
      ),
    locale,
  ) ?? { teams: NO_TEAMS, hasNoTeam: false };

  if (!data && loading) return <Spinner className={styles.notice} label={t("tp.loading")} />;
  return (
    <section className={styles.screen} aria-label={t("people.screen")}>
      {error != null && (
        <div className={styles.notice}>
          <ErrorBar error={error} onRetry={refresh} />
        </div>
      )}
      <FilterBar onRefresh={refresh} loading={loading}>
        <TeamFilter
          label={t("people.filter.team")}
          value={team}
          teams={{ teams, hasNoTeam }}
          onChange={setTeam}
        />
        <Filter
          label={t("people.filter.period")}
          value={period?.text ?? ""}
          choices={plainChoices(periods.map((p) => p.text))}
          onChange={setPeriod}
        />
      </FilterBar>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as PeopleView)}
        aria-label={t("people.view.label")}
      >
        {PEOPLE_VIEWS.map((v) => (
          <Tab key={v} value={v}>
            {t(VIEW_LABELS[v])}
          </Tab>
        ))}
      </TabList>
      {data && settings && period && view === "development" && (
        <DevelopmentPanel data={data} settings={settings} period={period} team={team} />
      )}
      {data && settings && period && view === "meetings" && (
        <MeetingsPanel data={data} period={period} team={team} />
      )}
      {data && settings && period && view === "surveys" && (
        <SurveysPanel data={data} settings={settings} period={period} team={team} />
      )}
    </section>
  );
}
