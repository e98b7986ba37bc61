/**
 * "Add training": course, topic (the standard topics and the ones already logged are suggested), date, hours,
 * score and certificate — checked before anything is written; Enter adds, Escape closes the dialog.
 */
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  Spinner,
  useId,
} from "@fluentui/react-components";
import { useMemo, useRef, useState, type FormEvent } from "react";
import type { MessageKey } from "../../../i18n";
import type { TrainingRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  TRAINING_TOPIC_KEYS,
  checkTraining,
  emptyTraining,
  type TrainingDraft,
  type TrainingField,
} from "../../../domain/people/development";
import { fieldStates } from "../../../domain/people/formText";
import { usePeopleStyles } from "./people.styles";
import type { FieldErrors } from "./peopleView";

/** The label of each field: also the `{field}` of its messages. */
export const TRAINING_FIELD_LABELS: Record<TrainingField, MessageKey> = {
  course: "people.field.course",
  topic: "people.field.topic",
  date: "people.field.date",
  hours: "people.field.hours",
  score: "people.field.score",
  certificate: "people.field.certificate",
};

/** Props of {@link TrainingForm}. */
export type TrainingFormProps = {
  personId: string;
  name: string;
  existing: readonly TrainingRow[];
  onSaved: (row: TrainingRow) => void;
};

/**
 * @param props - the person, the Training rows and what to do once saved.
 * @returns the form (inside a dialog surface).
 */
export function TrainingForm({ personId, name, existing, onSaved }: TrainingFormProps) {
  const { t, port, today, locale } = useKpiDesk();
  const styles = usePeopleStyles();
  const topicsId = useId("people-topics");
  const [draft, setDraft] = useState<TrainingDraft>(() => emptyTraining(today));
  const [errors, setErrors] = useState<FieldErrors<TrainingField> | null>(null);
  const inputs = useRef<Partial<Record<TrainingField, HTMLInputElement | null>>>({});
  const save = useAction(async (_progress, row: TrainingRow) => {
    await port.appendRows("Training", [row]);
    return row;
  });
  const suggestions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const topic of [...TRAINING_TOPIC_KEYS.map((k) => t(k)), ...existing.map((r) => r.Topic ?? "")]) {
      const text = topic.trim();
      if (text !== "" && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
    }
    return [...seen.values()].sort((a, b) => a.localeCompare(b, locale));
  }, [existing, t, locale]);

  const set = (field: TrainingField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (errors) {
      const checked = checkTraining(next, personId, existing);
      setErrors(checked.ok ? {} : checked.errors);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkTraining(draft, personId, existing);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (Object.keys(TRAINING_FIELD_LABELS) as TrainingField[]).find((f) => checked.errors[f]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setErrors({});
    const row = await save.run(checked.value);
    if (row) onSaved(row);
  };
  const state = fieldStates(t, errors, TRAINING_FIELD_LABELS);
  const bind = (field: TrainingField) => ({
    ref: (el: HTMLInputElement | null) => {
      inputs.current[field] = el;
    },
    value: draft[field],
    onChange: (_: unknown, d: { value: string }) => set(field, d.value),
  });
  const running = save.status === "running";

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{t("people.training.formTitle", { name })}</DialogTitle>
        <DialogContent className={styles.form}>
          <Field label={t("people.field.course")} required {...state("course")}>
            <Input {...bind("course")} />
          </Field>
          <Field label={t("people.field.topic")} hint={t("people.training.topicHint")} {...state("topic")}>
            <Input {...bind("topic")} list={topicsId} />
          </Field>
          <datalist id={topicsId}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <div className={styles.row2}>
            <Field label={t("people.field.date")} required {...state("date")}>
              <Input type="date" {...bind("date")} />
            </Field>
            <Field label={t("people.field.hours")} required {...state("hours")}>
              <Input inputMode="decimal" {...bind("hours")} />
            </Field>
          </div>
          <div className={styles.row2}>
            <Field label={t("people.field.score")} {...state("score")}>
              <Input inputMode="decimal" {...bind("score")} />
            </Field>
            <Field label={t("people.field.certificate")} {...state("certificate")}>
              <Input {...bind("certificate")} />
            </Field>
          </div>
          {save.status === "failed" && <ErrorBar error={save.error} titleKey="people.notSaved" />}
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabled={running}
            icon={running ? <Spinner size="tiny" /> : undefined}
          >
            {t("people.training.save")}
          </Button>
          <DialogTrigger disableButtonEnhancement>
            <Button type="button">{t("people.cancel")}</Button>
          </DialogTrigger>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
