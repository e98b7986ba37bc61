/**
 * The career plan of one person: current and next level, readiness, potential, mentor, development plan and
 * target date. Updates the person's Careers row, or adds one; checked before anything is written.
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
  Select,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import type { MessageKey } from "../../../i18n";
import { enumLabel, type CareerRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  careerDraft,
  checkCareer,
  type CareerDraft,
  type CareerField,
} from "../../../domain/people/development";
import { fieldStates } from "../../../domain/people/formText";
import { usePeopleStyles } from "./people.styles";
import type { FieldErrors } from "./peopleView";

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
  const [draft, setDraft] = useState<CareerDraft>(() => careerDraft(career, level));
  const [errors, setErrors] = useState<FieldErrors<CareerField> | null>(null);
  const inputs = useRef<Partial<Record<CareerField, HTMLElement | null>>>({});
  // The row as the form opened on it: the base of the save, however often the screen reloads meanwhile.
  const [read] = useState(career);
  const save = useAction(async (_progress, row: CareerRow) => {
    if (read) await port.updateRows("Careers", [row], [read]);
    else await port.appendRows("Careers", [row]);
    return true;
  });

  const set = (field: CareerField, value: string) => {
    const next = { ...draft, [field]: value } as CareerDraft;
    setDraft(next);
    if (errors) {
      const checked = checkCareer(next, personId);
      setErrors(checked.ok ? {} : checked.errors);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCareer(draft, personId);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (Object.keys(CAREER_FIELD_LABELS) as CareerField[]).find((f) => checked.errors[f]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setErrors({});
    if ((await save.run(checked.value)) === true) onSaved();
  };
  const state = fieldStates(t, errors, CAREER_FIELD_LABELS);
  const bind = (field: CareerField) => ({
    ref: (el: HTMLElement | null) => {
      inputs.current[field] = el;
    },
    value: draft[field],
    onChange: (_: unknown, d: { value: string }) => set(field, d.value),
  });
  const running = save.status === "running";

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{t("people.career.formTitle", { name })}</DialogTitle>
        <DialogContent className={styles.form}>
          <div className={styles.row2}>
            <Field label={t("people.career.currentLevel")} {...state("currentLevel")}>
              <Input {...bind("currentLevel")} />
            </Field>
            <Field label={t("people.career.nextLevel")} {...state("nextLevel")}>
              <Input {...bind("nextLevel")} />
            </Field>
          </div>
          <div className={styles.row2}>
            <Field label={t("people.career.readiness")} {...state("readiness")}>
              <Select {...bind("readiness")}>
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
              {...state("potential")}
            >
              <Input inputMode="numeric" {...bind("potential")} />
            </Field>
          </div>
          <Field label={t("people.career.mentor")} {...state("mentor")}>
            <Input {...bind("mentor")} />
          </Field>
          <Field label={t("people.career.plan")} {...state("plan")}>
            <Textarea resize="vertical" {...bind("plan")} />
          </Field>
          <Field label={t("people.career.targetDate")} {...state("targetDate")}>
            <Input type="date" {...bind("targetDate")} />
          </Field>
          {save.status === "failed" && <ErrorBar error={save.error} titleKey="people.notSaved" />}
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabled={running}
            icon={running ? <Spinner size="tiny" /> : undefined}
          >
            {t("people.career.save")}
          </Button>
          <DialogTrigger disableButtonEnhancement>
            <Button type="button">{t("people.cancel")}</Button>
          </DialogTrigger>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
