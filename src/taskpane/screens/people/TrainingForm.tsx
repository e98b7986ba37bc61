/**
 * "Add training": course, topic (the standard topics and the ones already logged are suggested), date, hours,
 * score and certificate — checked before anything is written; Enter adds, Escape closes the dialog.
 */
import { Field, Input, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import type { MessageKey } from "../../../i18n";
import type { TrainingRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { useAction } from "../../hooks/useAction";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  TRAINING_TOPIC_KEYS,
  checkTraining,
  emptyTraining,
  type TrainingDraft,
  type TrainingField,
} from "../../../domain/people/development";
import { usePeopleStyles } from "./people.styles";

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

  const form = useForm({
    initial: () => emptyTraining(today),
    check: (d: TrainingDraft) => checkTraining(d, personId, existing),
    order: Object.keys(TRAINING_FIELD_LABELS) as TrainingField[],
    labelOf: (field) => TRAINING_FIELD_LABELS[field],
    onSubmit: async (value) => {
      const row = await save.run(value);
      if (row) onSaved(row);
    },
  });

  return (
    <FormDialog
      form={form}
      frame="body"
      title={t("people.training.formTitle", { name })}
      submitLabel={t("people.training.save")}
      cancelLabel={t("people.cancel")}
      error={save.error}
      errorTitle="people.notSaved"
    >
      <Field label={t("people.field.course")} required {...form.field("course")}>
        <Input {...form.bind("course")} />
      </Field>
      <Field label={t("people.field.topic")} hint={t("people.training.topicHint")} {...form.field("topic")}>
        <Input {...form.bind("topic")} list={topicsId} />
      </Field>
      <datalist id={topicsId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <div className={styles.row2}>
        <Field label={t("people.field.date")} required {...form.field("date")}>
          <Input type="date" {...form.bind("date")} />
        </Field>
        <Field label={t("people.field.hours")} required {...form.field("hours")}>
          <Input inputMode="decimal" {...form.bind("hours")} />
        </Field>
      </div>
      <div className={styles.row2}>
        <Field label={t("people.field.score")} {...form.field("score")}>
          <Input inputMode="decimal" {...form.bind("score")} />
        </Field>
        <Field label={t("people.field.certificate")} {...form.field("certificate")}>
          <Input {...form.bind("certificate")} />
        </Field>
      </div>
    </FormDialog>
  );
}
