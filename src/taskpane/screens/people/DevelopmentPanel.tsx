/**
 * Development of one person: training hours this year against the requirement, topics and the training log of
 * the period (with "Add training"), the career card with promotion criteria (editable), and recognition awards.
 */
import { Field, ProgressBar, Text, useId } from "@fluentui/react-components";
import { AddRegular, CheckmarkCircleRegular, CircleRegular, EditRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Period } from "../../../core";
import type { Locale, MessageKey } from "../../../i18n";
import { enumLabel, type Settings } from "../../../model";
import { formatDate } from "../../../format";
import { DialogButton } from "../../components/DialogButton";
import { NoticeBar } from "../../components/NoticeBar";
import { ChoicePicker } from "../../components/ChoicePicker";
import { ErrorBar } from "../../components/ErrorBar";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { CareerForm } from "./CareerForm";
import {
  awardsOf,
  careerOf,
  promotionCriteria,
  trainingSummary,
  type Criterion,
  type TrainingSummary,
} from "../../../domain/people/development";
import { isTopOfLadder } from "../../../domain/people/ladder";
import { usePeopleStyles } from "./people.styles";
import { peopleOf, personChoices, type PeopleData } from "./peopleView";
import { TrainingForm } from "./TrainingForm";

const CRITERION_LABELS: Record<Criterion["key"], MessageKey> = {
  training: "people.criterion.training",
  readiness: "people.criterion.readiness",
  potential: "people.criterion.potential",
  plan: "people.criterion.plan",
};

/**
 * @param value - hours.
 * @param locale - the pane's language.
 * @returns the hours as text (up to one decimal).
 */
export function formatHours(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** Props of {@link DevelopmentPanel}. */
export type DevelopmentPanelProps = {
  data: PeopleData;
  settings: Settings;
  period: Period;
  team: string;
};

/**
 * @param props - the rows, settings, period and team filter.
 * @returns the development section.
 */
export function DevelopmentPanel({ data, settings, period, team }: DevelopmentPanelProps) {
  const { t, locale, today } = useKpiDesk();
  const styles = usePeopleStyles();
  const personId = useId("people-person");
  const people = useMemo(() => peopleOf(data.Managers, team, today), [data.Managers, team, today]);
  const [chosen, setChosen] = useState("");
  const person = people.find((p) => p.id === chosen) ?? people[0] ?? null;
  const choices = useMemo(() => personChoices(people), [people]);
  const [notice, setNotice] = useState<string | null>(null);

  const summary = useMemo(() => {
    if (!person) return { value: null, error: null };
    try {
      const value = trainingSummary(
        data.Training,
        person.id,
        period,
        today,
        settings.fiscalYearStart,
        settings.trainingHours,
      );
      return { value, error: null };
    } catch (error) {
      return { value: null, error };
    }
  }, [data.Training, person, period, today, settings]);

  if (!person) return <Text className={styles.notice}>{t("people.dev.noPeople")}</Text>;
  const career = careerOf(data.Careers, person.id);
  const top = career !== null && isTopOfLadder(career.CurrentLevel, career.NextLevel);
  const awards = awardsOf(data.Recognition, person.id);
  const level = data.Managers.find((m) => m.ManagerID.trim() === person.id)?.Level ?? null;

  return (
    <div className={styles.section}>
      <div className={styles.picker}>
        <label htmlFor={personId}>{t("people.field.person")}</label>
        <ChoicePicker
          id={personId}
          value={person.id}
          choices={choices}
          onChange={(id) => {
            setChosen(id);
            setNotice(null);
          }}
        />
      </div>
      {notice !== null && <NoticeBar layout="multiline">{notice}</NoticeBar>}
      {summary.error != null && <ErrorBar error={summary.error} />}
      {summary.value && (
        <TrainingCard
          summary={summary.value}
          period={period}
          personId={person.id}
          name={person.name}
          onSaved={setNotice}
          data={data}
        />
      )}
      {summary.value && (
        <section className={styles.panel} aria-labelledby={`${personId}-career`}>
          <div className={styles.bar}>
            <h3 id={`${personId}-career`} className={styles.subheading}>
              {t("people.career.title")}
            </h3>
            <CareerButton
              personId={person.id}
              name={person.name}
              career={career}
              level={level}
              onSaved={setNotice}
            />
          </div>
          {career === null ? (
            <Text className={styles.muted}>{t("people.career.none", { name: person.name })}</Text>
          ) : (
            <dl className={styles.facts}>
              {(
                [
                  ["people.career.currentLevel", career.CurrentLevel],
                  ["people.career.nextLevel", top ? t("people.career.top") : career.NextLevel],
                  // At the top of the ladder there is no promotion to be ready for: the row is left out.
                  ...(top
                    ? []
                    : [["people.career.readiness", career.Readiness && enumLabel(career.Readiness, locale)]]),
                  ["people.career.potential", career.Potential === null ? null : `${career.Potential} / 5`],
                  ["people.career.mentor", career.Mentor],
                  ["people.career.plan", career.Plan],
                  [
                    "people.career.targetDate",
                    career.TargetDate === null ? null : formatDate(career.TargetDate),
                  ],
                ] as [MessageKey, string | null][]
              ).map(([key, value]) => (
                <div key={key} className={styles.contents}>
                  <dt className={styles.factTerm}>{t(key)}</dt>
                  <dd className={styles.factValue}>{value ?? t("people.none")}</dd>
                </div>
              ))}
            </dl>
          )}
          <h4 className={styles.subheading}>{t("people.criteria.title")}</h4>
          {top ? (
            <Text className={styles.muted}>{t("people.criteria.top", { name: person.name })}</Text>
          ) : (
            <ul className={styles.list} aria-label={t("people.criteria.title")}>
              {promotionCriteria(career, summary.value.progress, today).map((c) => (
                <li key={c.key} className={styles.criterion}>
                  {c.met ? (
                    <CheckmarkCircleRegular className={styles.met} aria-hidden />
                  ) : (
                    <CircleRegular className={styles.notMet} aria-hidden />
                  )}
                  <Text size={200}>
                    {t(CRITERION_LABELS[c.key], {
                      hours: formatHours(settings.trainingHours, locale),
                      count: settings.trainingHours,
                    })}
                    {" — "}
                    {t(c.met ? "people.criteria.met" : "people.criteria.notMet")}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className={styles.panel} aria-labelledby={`${personId}-awards`}>
        <h3 id={`${personId}-awards`} className={styles.subheading}>
          {t("people.awards.title")}
        </h3>
        {awards.length === 0 ? (
          <Text className={styles.muted}>{t("people.awards.none", { name: person.name })}</Text>
        ) : (
          <ul className={styles.list} aria-label={t("people.awards.title")}>
            {awards.map((a, i) => (
              <li key={`${a.Date}-${a.Award}-${i}`} className={styles.card}>
                <span className={styles.cardTitle}>{a.Award}</span>
                <Text className={styles.muted}>{formatDate(a.Date)}</Text>
                {a.Reason !== null && <span className={styles.cardText}>{a.Reason}</span>}
                {a.By !== null && (
                  <span className={styles.cardMeta}>{t("people.awards.by", { by: a.By })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Hours this year, topics and log of one person, with "Add training". */
function TrainingCard(props: {
  summary: TrainingSummary;
  period: Period;
  personId: string;
  name: string;
  data: PeopleData;
  onSaved: (notice: string) => void;
}) {
  const { summary, period, personId, name, data, onSaved } = props;
  const { t, locale } = useKpiDesk();
  const styles = usePeopleStyles();
  const headingId = useId("people-training");
  const { progress, year, topics, log } = summary;
  const hours = formatHours(progress.hours, locale);
  const required = formatHours(progress.required, locale);
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <div className={styles.bar}>
        <h3 id={headingId} className={styles.subheading}>
          {t("people.training.title")}
        </h3>
        <DialogButton appearance="primary" icon={<AddRegular />} label={t("people.training.add")}>
          {(close) => (
            <TrainingForm
              personId={personId}
              name={name}
              existing={data.Training}
              onSaved={(row) => {
                close();
                onSaved(t("people.training.saved", { course: row.Course, name }));
              }}
            />
          )}
        </DialogButton>
      </div>
      <Field
        label={t("people.training.progressLabel", { year: year.text })}
        validationState={progress.met ? "success" : "none"}
        validationMessage={
          progress.met
            ? t("people.training.met", { hours, required })
            : t("people.training.remaining", {
                hours,
                required,
                remaining: formatHours(progress.remaining, locale),
              })
        }
      >
        <ProgressBar
          value={Math.min(1, progress.share)}
          max={1}
          thickness="large"
          color={progress.met ? "success" : "brand"}
        />
      </Field>
      <h4 className={styles.subheading}>{t("people.training.topics", { period: period.text })}</h4>
      {topics.length === 0 ? (
        <Text className={styles.muted}>{t("people.training.empty", { period: period.text })}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("people.training.topics", { period: period.text })}>
          {topics.map((topic) => (
            <li key={topic.topic} className={styles.suggestion}>
              <span>{topic.topic === "" ? t("people.training.noTopic") : topic.topic}</span>
              <Text className={styles.muted}>
                {t("people.training.topicHours", {
                  hours: formatHours(topic.hours, locale),
                  courses: topic.courses,
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {log.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t("people.training.log", { period: period.text })}</h4>
          <ul className={styles.list} aria-label={t("people.training.log", { period: period.text })}>
            {log.map((row) => (
              <li key={`${row.Course}-${row.Date}`} className={styles.card}>
                <span className={styles.cardTitle}>{row.Course}</span>
                <Text className={styles.muted}>
                  {t("people.training.hours", { hours: formatHours(row.Hours ?? 0, locale) })}
                </Text>
                <span className={styles.cardMeta}>
                  <span>{formatDate(row.Date)}</span>
                  {row.Topic !== null && <span>{row.Topic}</span>}
                  {row.Score !== null && <span>{t("people.training.score", { score: row.Score })}</span>}
                  {row.Certificate !== null && <span>{row.Certificate}</span>}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** "Edit career plan" (or "Add career plan") and its dialog. */
function CareerButton(props: {
  personId: string;
  name: string;
  career: ReturnType<typeof careerOf>;
  level: string | null;
  onSaved: (notice: string) => void;
}) {
  const { personId, name, career, level, onSaved } = props;
  const { t } = useKpiDesk();
  return (
    <DialogButton
      icon={career ? <EditRegular /> : <AddRegular />}
      label={t(career ? "people.career.edit" : "people.career.add")}
    >
      {(close) => (
        <CareerForm
          personId={personId}
          name={name}
          career={career}
          level={level}
          onSaved={() => {
            close();
            onSaved(t("people.career.saved", { name }));
          }}
        />
      )}
    </DialogButton>
  );
}
