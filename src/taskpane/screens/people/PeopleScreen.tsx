/**
 * People: development (training, career, recognition), meetings with action items, and pulse surveys — filtered
 * by team and period, in three sub-tabs so that each fits a 320 px pane.
 */
import { useMemo, useState } from "react";
import type { MessageKey } from "../../../i18n";
import { readSettings } from "../../../model";
import { FilterBar, PeriodFilter, TeamFilter } from "../../components/FilterBar";
import { Screen, ScreenTabs } from "../../components/Screen";
import { useDerived } from "../../hooks/useBook";
import { useTables } from "../../hooks/useTables";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { DevelopmentPanel } from "./DevelopmentPanel";
import { MeetingsPanel } from "./MeetingsPanel";
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

  return (
    <Screen label={t("people.screen")} loading={!data && loading} error={error} onRetry={refresh}>
      <FilterBar onRefresh={refresh} loading={loading}>
        <TeamFilter value={team} teams={{ teams, hasNoTeam }} onChange={setTeam} />
        <PeriodFilter value={period?.text ?? ""} periods={periods.map((p) => p.text)} onChange={setPeriod} />
      </FilterBar>
      <ScreenTabs
        label={t("people.view.label")}
        value={view}
        tabs={PEOPLE_VIEWS.map((v) => ({ value: v, text: t(VIEW_LABELS[v]) }))}
        onChange={setView}
      />
      {data && settings && period && view === "development" && (
        <DevelopmentPanel data={data} settings={settings} period={period} team={team} />
      )}
      {data && settings && period && view === "meetings" && (
        <MeetingsPanel data={data} period={period} team={team} />
      )}
      {data && settings && period && view === "surveys" && (
        <SurveysPanel data={data} settings={settings} period={period} team={team} />
      )}
    </Screen>
  );
}
