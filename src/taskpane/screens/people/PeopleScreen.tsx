/**
 * People: development (training, career, recognition), meetings with action items, and pulse surveys — filtered
 * by team and period, in three sub-tabs so that each fits a 320 px pane.
 */
import { Button, Select, Spinner, Tab, TabList, makeStyles, useId } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { MessageKey } from "../../../i18n";
import { readSettings } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useTables } from "../../hooks/useTables";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { DevelopmentPanel } from "./DevelopmentPanel";
import { MeetingsPanel } from "./MeetingsPanel";
import { usePeopleStyles } from "./people.styles";
import { ALL_TEAMS, NO_TEAM, PEOPLE_TABLES, peoplePeriods, teamsOf } from "./peopleView";
import { SurveysPanel } from "./SurveysPanel";

/** The screen's sections. */
export const PEOPLE_VIEWS = ["development", "meetings", "surveys"] as const;
/** One section. */
export type PeopleView = (typeof PEOPLE_VIEWS)[number];

const VIEW_LABELS: Record<PeopleView, MessageKey> = {
  development: "people.view.development",
  meetings: "people.view.meetings",
  surveys: "people.view.surveys",
};

const useLocalStyles = makeStyles({ refresh: { alignSelf: "flex-end" } });

/**
 * @returns the People screen.
 */
export function PeopleScreen() {
  const { t, locale, today } = useKpiDesk();
  const styles = usePeopleStyles();
  const local = useLocalStyles();
  const teamId = useId("people-team");
  const periodId = useId("people-period");
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
  const { teams, hasNoTeam } = useMemo(
    () =>
      data
        ? teamsOf(
            data.Managers,
            data.Surveys.map((s) => s.Team),
            locale,
          )
        : { teams: [], hasNoTeam: false },
    [data, locale],
  );

  if (!data && loading) return <Spinner className={styles.notice} label={t("tp.loading")} />;
  return (
    <section className={styles.screen} aria-label={t("people.screen")}>
      {error != null && (
        <div className={styles.notice}>
          <ErrorBar error={error} onRetry={refresh} />
        </div>
      )}
      <div className={styles.filters}>
        <div className={styles.filter}>
          <label htmlFor={teamId}>{t("people.filter.team")}</label>
          <Select id={teamId} size="small" value={team} onChange={(_, d) => setTeam(d.value)}>
            <option value={ALL_TEAMS}>{t("people.filter.allTeams")}</option>
            {teams.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            {hasNoTeam && <option value={NO_TEAM}>{t("people.filter.noTeam")}</option>}
          </Select>
        </div>
        <div className={styles.filter}>
          <label htmlFor={periodId}>{t("people.filter.period")}</label>
          <Select
            id={periodId}
            size="small"
            value={period?.text ?? ""}
            onChange={(_, d) => setPeriod(d.value)}
          >
            {periods.map((p) => (
              <option key={p.text} value={p.text}>
                {p.text}
              </option>
            ))}
          </Select>
        </div>
        <span className={local.refresh}>
          <Button
            size="small"
            appearance="subtle"
            icon={loading ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
            aria-label={t("tp.refresh")}
            title={t("tp.refresh")}
            onClick={refresh}
          />
        </span>
      </div>
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
