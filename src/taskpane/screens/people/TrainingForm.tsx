/**
 * "Add training": course, topic (the standard topics and the ones already logged are suggested), date, hours,
 * score and certificate — checked before anything is written; Enter adds, Escape closes the dialog.
 */
import { useMemo } from "react";
import type { MessageKey } from "../../../i18n";
import type { TrainingRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { TextField } from "../../components/FormFields";
import { useSaveForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  TRAINING_TOPIC_KEYS,
  checkTraining,
  emptyTraining,
  type TrainingDraft,
  type TrainingField,
} from "../../../domain/people/development";
import { usePersonFormFrame } from "./formFrame";
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
  const frame = usePersonFormFrame();
  const suggestions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const topic of [...TRAINING_TOPIC_KEYS.map((k) => t(k)), ...existing.map((r) => r.Topic ?? "")]) {
      const text = topic.trim();
      if (text !== "" && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
    }
    return [...seen.values()].sort((a, b) => a.localeCompare(b, locale));
  }, [existing, t, locale]);

  const form = useSaveForm({
    initial: () => emptyTraining(today),
    check: (d: TrainingDraft) => checkTraining(d, personId, existing),
    labels: TRAINING_FIELD_LABELS,
    save: (row: TrainingRow) => port.appendRows("Training", [row]).then(() => row),
    onSaved,
  });

  return (
    <FormDialog
      {...frame}
      form={form}
      title={t("people.training.formTitle", { name })}
      submitLabel={t("people.training.save")}
    >
      <TextField form={form} name="course" required />
      <TextField form={form} name="topic" hint={t("people.training.topicHint")} suggestions={suggestions} />
      <div className={styles.row2}>
        <TextField form={form} name="date" type="date" required />
        <TextField form={form} name="hours" inputMode="decimal" required />
      </div>
      <div className={styles.row2}>
        <TextField form={form} name="score" inputMode="decimal" />
        <TextField form={form} name="certificate" />
      </div>
    </FormDialog>
  );
}
