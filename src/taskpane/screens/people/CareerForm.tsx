/**
 * The career plan of one person: current and next level, readiness, potential, mentor, development plan and
 * target date. Updates the person's Careers row, or adds one; checked before anything is written.
 */
import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { MessageKey } from "../../../i18n";
import { enumLabel, type CareerRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { useAction } from "../../hooks/useAction";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  careerDraft,
  checkCareer,
  type CareerDraft,
  type CareerField,
} from "../../../domain/people/development";
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
  // The row as the form opened on it: the base of the save, however often the screen reloads meanwhile.
  const [read] = useState(career);
  const save = useAction(async (_progress, row: CareerRow) => {
    if (read) await port.updateRows("Careers", [row], [read]);
    else await port.appendRows("Careers", [row]);
    return true;
  });

  const form = useForm({
    initial: () => careerDraft(career, level),
    check: (d: CareerDraft) => checkCareer(d, personId),
    order: Object.keys(CAREER_FIELD_LABELS) as CareerField[],
    labelOf: (field) => CAREER_FIELD_LABELS[field],
    onSubmit: async (row) => {
      if ((await save.run(row)) === true) onSaved();
    },
  });

  return (
    <FormDialog
      form={form}
      frame="body"
      title={t("people.career.formTitle", { name })}
      submitLabel={t("people.career.save")}
      cancelLabel={t("people.cancel")}
      error={save.error}
      errorTitle="people.notSaved"
    >
      <div className={styles.row2}>
        <Field label={t("people.career.currentLevel")} {...form.field("currentLevel")}>
          <Input {...form.bind("currentLevel")} />
        </Field>
        <Field label={t("people.career.nextLevel")} {...form.field("nextLevel")}>
          <Input {...form.bind("nextLevel")} />
        </Field>
      </div>
      <div className={styles.row2}>
        <Field label={t("people.career.readiness")} {...form.field("readiness")}>
          <Select {...form.bind("readiness")}>
            <option value="">{t("people.none")}</option>
            {READINESS.map((r) => (
              <option key={r} value={r}>
                {enumLabel(r, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t("people.career.potential")}
          hint={t("people.career.potentialHint")}
          {...form.field("potential")}
        >
          <Input inputMode="numeric" {...form.bind("potential")} />
        </Field>
      </div>
      <Field label={t("people.career.mentor")} {...form.field("mentor")}>
        <Input {...form.bind("mentor")} />
      </Field>
      <Field label={t("people.career.plan")} {...form.field("plan")}>
        <Textarea resize="vertical" {...form.bind("plan")} />
      </Field>
      <Field label={t("people.career.targetDate")} {...form.field("targetDate")}>
        <Input type="date" {...form.bind("targetDate")} />
      </Field>
    </FormDialog>
  );
}
