/**
 * The career plan of one person: current and next level, readiness, potential, mentor, development plan and
 * target date. Updates the person's Careers row, or adds one; checked before anything is written.
 */
import { useState } from "react";
import type { MessageKey } from "../../../i18n";
import type { CareerRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { ChoiceField, TextAreaField, TextField } from "../../components/FormFields";
import { enumChoices } from "../../components/Options";
import { useSaveForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  careerDraft,
  checkCareer,
  type CareerDraft,
  type CareerField,
} from "../../../domain/people/development";
import { usePersonFormFrame } from "./formFrame";
import { usePeopleStyles } from "./people.styles";

/** The label of each field: also the `{field}` of its messages. */
export const CAREER_FIELD_LABELS: Record<CareerField, MessageKey> = {
  currentLevel: "people.career.currentLevel",
  nextLevel: "people.career.nextLevel",
  readiness: "people.career.readiness",
  potential: "people.career.potential",
  mentor: "people.career.mentor",
  plan: "people.career.plan",
  targetDate: "people.career.targetDate",
};

const READINESS = ["now", "1y", "2y"] as const;

/** Props of {@link CareerForm}. */
export type CareerFormProps = {
  personId: string;
  name: string;
  /** The person's Careers row, or null to add one. */
  career: CareerRow | null;
  /** Managers.Level: the current level a new plan starts from. */
  level: string | null;
  onSaved: () => void;
};

/**
 * @param props - the person, their row and what to do once saved.
 * @returns the form (inside a dialog surface).
 */
export function CareerForm({ personId, name, career, level, onSaved }: CareerFormProps) {
  const { t, port, locale } = useKpiDesk();
  const styles = usePeopleStyles();
  const frame = usePersonFormFrame();
  // The row as the form opened on it: the base of the save, however often the screen reloads meanwhile.
  const [read] = useState(career);
  const form = useSaveForm({
    initial: () => careerDraft(career, level),
    check: (d: CareerDraft) => checkCareer(d, personId),
    labels: CAREER_FIELD_LABELS,
    save: async (row: CareerRow) => {
      if (read) await port.updateRows("Careers", [row], [read]);
      else await port.appendRows("Careers", [row]);
      return row;
    },
    onSaved: () => onSaved(),
  });

  return (
    <FormDialog
      {...frame}
      form={form}
      title={t("people.career.formTitle", { name })}
      submitLabel={t("people.career.save")}
    >
      <div className={styles.row2}>
        <TextField form={form} name="currentLevel" />
        <TextField form={form} name="nextLevel" />
      </div>
      <div className={styles.row2}>
        <ChoiceField
          form={form}
          name="readiness"
          choices={enumChoices(READINESS, locale)}
          none={t("people.none")}
        />
        <TextField form={form} name="potential" hint={t("people.career.potentialHint")} inputMode="numeric" />
      </div>
      <TextField form={form} name="mentor" />
      <TextAreaField form={form} name="plan" />
      <TextField form={form} name="targetDate" type="date" />
    </FormDialog>
  );
}
