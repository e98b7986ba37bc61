/**
 * Surveys: pulse results of the period by team (eNPS, satisfaction and wellbeing favourability), hidden below the
 * anonymity threshold with an explanation; the trend against previous periods; follow-up suggestions for low
 * results, each of which can become a team action; and "Enter a pulse round".
 */
import { Badge, Text, useId } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { DialogButton } from "../../components/DialogButton";
import { useMemo, useState } from "react";
import {
  effectiveThreshold,
  type FollowUpCategory,
  type Period,
  type Pooled,
  type PulseKind,
} from "../../../core";
import { formatChange } from "../../../format";
import type { Locale, MessageKey, Translate } from "../../../i18n";
import { enumLabel, type Settings, type SurveyRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { NoticeBar } from "../../components/NoticeBar";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { MeetingButton } from "./MeetingsPanel";
import { usePeopleStyles } from "./people.styles";
import { ALL_TEAMS, peopleOf, teamsOf, type PeopleData } from "./peopleView";
import {
  PULSE_KINDS,
  followUpDraft,
  pulseResults,
  pulseTrend,
  type FollowUp,
  type TeamResult,
} from "../../../domain/people/pulse";
import { RoundForm } from "./RoundForm";
import { ImportButton } from "../import/ImportButton";

const CATEGORY_KEYS: Record<FollowUpCategory, MessageKey> = {
  workload: "people.followup.workload",
  recognition: "people.followup.recognition",
  development: "people.followup.development",
  environment: "people.followup.environment",
};

/**
 * @param kind - the survey kind.
 * @param value - eNPS or favourability.
 * @param locale - the pane's language.
 * @returns the figure as text: eNPS signed and whole, favourability as a whole percent.
 */
export function formatPulse(kind: PulseKind, value: number, locale: Locale): string {
  if (kind !== "enps")
    return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
  // Signed as the pane signs a change (a true minus; Intl writes a hyphen), but a score of 0 is "0", not "±0".
  const text = formatChange(value, 0);
  return text === "±0" ? "0" : text;
}

/**
 * @param kind - the survey kind.
 * @param change - the change against the earlier period (now − before), not 0.
 * @param locale - the pane's language.
 * @param t - the translator.
 * @returns the change after its arrow: "▼50" for eNPS +100 → +50, "▲12 pts" for favourability 40% → 52%.
 */
export function formatPulseChange(kind: PulseKind, change: number, locale: Locale, t: Translate): string {
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return `${change > 0 ? "▲" : "▼"}${
    kind === "enps"
      ? size.format(Math.abs(change))
      : t("people.pulse.points", { points: size.format(Math.abs(change) * 100) })
  }`;
}

function hiddenText(t: Translate, figure: Pooled<number>): string {
  if (figure.shown) return "";
  return figure.reason === "noResponses"
    ? t("people.pulse.noResponses")
    : t("people.pulse.hidden", { threshold: figure.threshold });
}

/** Props of {@link SurveysPanel}. */
export type SurveysPanelProps = {
  data: PeopleData;
  settings: Settings;
  period: Period;
  team: string;
};

/**
 * @param props - the rows, settings, period and team filter.
 * @returns the surveys section.
 */
export function SurveysPanel({ data, settings, period, team }: SurveysPanelProps) {
  const { t, locale } = useKpiDesk();
  const styles = usePeopleStyles();
  const trendId = useId("people-trend");
  const [notice, setNotice] = useState<string | null>(null);
  const threshold = effectiveThreshold(settings.anonymityMin);
  const teams = useMemo(
    () =>
      teamsOf(
        data.Managers,
        data.Surveys.map((s) => s.Team),
        locale,
      ).teams,
    [data.Managers, data.Surveys, locale],
  );
  const computed = useMemo(() => {
    try {
      return {
        results: pulseResults(data.Surveys, period, team, threshold, locale),
        trend: pulseTrend(data.Surveys, period, team, threshold),
        error: null,
      };
    } catch (error) {
      return { results: null, trend: null, error };
    }
  }, [data.Surveys, period, team, threshold, locale]);

  const saved = (rows: SurveyRow[]) => {
    const [first] = rows;
    setNotice(
      t(rows.length < threshold ? "people.round.savedHidden" : "people.round.saved", {
        count: rows.length,
        team: first.Team,
        kind: enumLabel(first.Kind, locale),
        threshold,
      }),
    );
  };
  const results = computed.results;
  const all = results ? [...results.teams, ...(results.total ? [results.total] : [])] : [];

  return (
    <div className={styles.section}>
      <div className={styles.bar}>
        <Text className={styles.muted}>{t("people.pulse.rule", { threshold })}</Text>
        <DialogButton appearance="primary" icon={<AddRegular />} label={t("people.round.add")}>
          {(close) => (
            <RoundForm
              teams={teams}
              team={team === ALL_TEAMS ? "" : team}
              threshold={threshold}
              existing={data.Surveys}
              onSaved={(rows) => {
                close();
                saved(rows);
              }}
            />
          )}
        </DialogButton>
        <ImportButton kind="survey" />
      </div>
      {notice !== null && <NoticeBar layout="multiline">{notice}</NoticeBar>}
      {computed.error != null && <ErrorBar error={computed.error} />}
      <h3 className={styles.subheading}>{t("people.pulse.results", { period: period.text })}</h3>
      {all.length === 0 && <Text>{t("people.pulse.empty", { period: period.text })}</Text>}
      {all.map((result) => (
        <ResultCard key={result.team ?? "\u0000all"} result={result} data={data} period={period} />
      ))}
      {computed.trend && (
        <section className={styles.panel} aria-labelledby={trendId}>
          <h3 id={trendId} className={styles.subheading}>
            {t("people.pulse.trend", { team: team === ALL_TEAMS ? t("people.filter.allTeams") : team })}
          </h3>
          <div className={styles.trend} role="table" aria-labelledby={trendId}>
            <div role="row" className={styles.contents}>
              <span role="columnheader" className={styles.trendHead}>
                {t("people.pulse.period")}
              </span>
              {PULSE_KINDS.map((k) => (
                <span key={k} role="columnheader" className={styles.trendHead}>
                  {enumLabel(k, locale)}
                </span>
              ))}
            </div>
            {computed.trend.map((point) => (
              <div key={point.period.text} role="row" className={styles.contents}>
                <span role="rowheader">{point.period.text}</span>
                {PULSE_KINDS.map((k) => {
                  const figure = point.figures[k];
                  const change = point.change[k];
                  return (
                    <span key={k} role="cell">
                      {figure.shown ? (
                        <>
                          {formatPulse(k, figure.value, locale)}
                          {change !== null && change !== 0 && (
                            <span className={styles.muted}> {formatPulseChange(k, change, locale, t)}</span>
                          )}
                        </>
                      ) : (
                        <span className={styles.hidden} title={hiddenText(t, figure)}>
                          {figure.reason === "noResponses" ? "—" : t("people.pulse.hiddenShort")}
                        </span>
                      )}
                    </span>
                  );
                })}
              </div>
            ))}
          </div>
          <Text className={styles.muted}>{t("people.pulse.trendNote", { threshold })}</Text>
        </section>
      )}
    </div>
  );
}

/** One team's (or all teams') figures, comments and follow-up suggestions. */
function ResultCard({ result, data, period }: { result: TeamResult; data: PeopleData; period: Period }) {
  const { t, locale, today } = useKpiDesk();
  const styles = usePeopleStyles();
  const headingId = useId("people-result");
  const [notice, setNotice] = useState<string | null>(null);
  const teamName = result.team ?? t("people.filter.allTeams");
  const people = useMemo(
    () => peopleOf(data.Managers, result.team ?? ALL_TEAMS, today),
    [data.Managers, result.team, today],
  );
  // Only worth saying next to a figure that is shown: a hidden figure already says why.
  const hiddenGroups = PULSE_KINDS.reduce(
    (s, k) => s + (result.figures[k].shown ? result.figures[k].hiddenGroups : 0),
    0,
  );
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.subheading}>
        {teamName}
      </h4>
      <dl className={styles.figures}>
        {PULSE_KINDS.map((kind) => {
          const figure = result.figures[kind];
          return (
            <div key={kind} className={styles.figure}>
              <dt className={styles.muted}>{enumLabel(kind, locale)}</dt>
              {figure.shown ? (
                <dd className={styles.factValue}>
                  <span className={styles.figureValue}>{formatPulse(kind, figure.value, locale)}</span>
                  <span className={`${styles.muted} ${styles.block}`}>
                    {t("people.pulse.answers", { count: figure.count })}
                  </span>
                </dd>
              ) : (
                <dd className={`${styles.factValue} ${styles.hidden}`}>{hiddenText(t, figure)}</dd>
              )}
            </div>
          );
        })}
      </dl>
      {hiddenGroups > 0 && (
        <Text className={styles.muted}>{t("people.pulse.leftOut", { count: hiddenGroups })}</Text>
      )}
      {result.followUps.map((f) => (
        <FollowUpList
          key={f.kind}
          followUp={f}
          teamName={teamName}
          period={period}
          data={data}
          people={people}
          onSaved={setNotice}
        />
      ))}
      {notice !== null && <NoticeBar layout="multiline">{notice}</NoticeBar>}
      {result.comments.length > 0 && (
        <>
          <Text weight="semibold" size={200}>
            {t("people.pulse.comments", { count: result.comments.length })}
          </Text>
          <ul className={styles.bullets} aria-label={t("people.pulse.commentsOf", { team: teamName })}>
            {result.comments.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The suggestions for one low result, each with "Add as team action". */
function FollowUpList(props: {
  followUp: FollowUp;
  teamName: string;
  period: Period;
  data: PeopleData;
  people: ReturnType<typeof peopleOf>;
  onSaved: (notice: string) => void;
}) {
  const { followUp, teamName, period, data, people, onSaved } = props;
  const { t, locale, today } = useKpiDesk();
  const styles = usePeopleStyles();
  const kind = enumLabel(followUp.kind, locale);
  const value = formatPulse(followUp.kind, followUp.value, locale);
  return (
    <div className={styles.grid}>
      <div className={styles.suggestion}>
        <Text weight="semibold" size={200}>
          {t("people.followup.low", { kind, value })}
        </Text>
        <Badge appearance="tint" color={followUp.level === "serious" ? "danger" : "warning"}>
          {t(followUp.level === "serious" ? "people.followup.serious" : "people.followup.lowBadge")}
        </Badge>
      </div>
      <ul className={styles.list} aria-label={t("people.followup.list", { kind, team: teamName })}>
        {followUp.categories.map((category) => {
          const action = t(CATEGORY_KEYS[category]);
          return (
            <li key={category} className={styles.suggestion}>
              <span>{action}</span>
              <MeetingButton
                data={data}
                people={people}
                appearance="secondary"
                label={t("people.followup.add")}
                ariaLabel={t("people.followup.addNamed", { action })}
                initial={followUpDraft(
                  today,
                  t("people.followup.topic", { kind, team: teamName, period: period.text }),
                  t("people.followup.notes", { kind, value, team: teamName, period: period.text }),
                  action,
                )}
                onSaved={(write) =>
                  onSaved(
                    t("people.followup.saved", { topic: write.meeting.Topic, tasks: write.tasks.length }),
                  )
                }
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
