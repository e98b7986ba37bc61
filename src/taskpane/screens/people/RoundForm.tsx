/**
 * "Enter a pulse round": kind, team, date, question and the answers (typed or pasted), written as one row per
 * answer with no respondent. Says before saving when the round is below the anonymity threshold (its result will
 * stay hidden). Enter in a single-line field saves, Escape closes the dialog.
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
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Textarea,
  useId,
} from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import type { PulseKind } from "../../../core";
import type { MessageKey } from "../../../i18n";
import { enumLabel, type SurveyRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { fieldStates } from "../../../domain/people/formText";
import { usePeopleStyles } from "./people.styles";
import type { FieldErrors } from "./peopleView";
import {
  PULSE_KINDS,
  checkRound,
  emptyRound,
  parseResponses,
  scaleOf,
  type RoundDraft,
  type RoundField,
} from "../../../domain/people/pulse";

/** The label of each field: also the `{field}` of its messages. */
export const ROUND_FIELD_LABELS: Record<RoundField, MessageKey> = {
  kind: "people.field.surveyKind",
  team: "people.field.team",
  date: "people.field.date",
  question: "people.field.question",
  responses: "people.field.responses",
};

/** The standard question of each kind. */
export const QUESTION_KEYS: Record<PulseKind, MessageKey> = {
  enps: "people.question.enps",
  satisfaction: "people.question.satisfaction",
  wellbeing: "people.question.wellbeing",
};

/** Props of {@link RoundForm}. */
export type RoundFormProps = {
  teams: readonly string[];
  team: string;
  threshold: number;
  existing: readonly SurveyRow[];
  onSaved: (rows: SurveyRow[]) => void;
};

/**
 * @param props - the teams, the team to preselect, the threshold, Surveys rows and what to do once saved.
 * @returns the form (inside a dialog surface).
 */
export function RoundForm({ teams, team, threshold, existing, onSaved }: RoundFormProps) {
  const { t, port, today, locale } = useKpiDesk();
  const styles = usePeopleStyles();
  const teamsId = useId("people-round-teams");
  const [draft, setDraft] = useState<RoundDraft>(() => emptyRound(today, team, t(QUESTION_KEYS.enps)));
  const [errors, setErrors] = useState<FieldErrors<RoundField> | null>(null);
  const inputs = useRef<Partial<Record<RoundField, HTMLElement | null>>>({});
  const save = useAction(async (_progress, rows: SurveyRow[]) => {
    await port.appendRows("Surveys", rows);
    return rows;
  });

  const update = (next: RoundDraft) => {
    setDraft(next);
    if (errors) {
      const checked = checkRound(next, existing);
      setErrors(checked.ok ? {} : checked.errors);
    }
  };
  const set = (field: RoundField, value: string) => {
    const next = { ...draft, [field]: value } as RoundDraft;
    // Changing the kind swaps a standard question for the new kind's; a question the user wrote stays.
    if (field === "kind" && draft.question === t(QUESTION_KEYS[draft.kind]))
      next.question = t(QUESTION_KEYS[value as PulseKind]);
    update(next);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkRound(draft, existing);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (Object.keys(ROUND_FIELD_LABELS) as RoundField[]).find((f) => checked.errors[f]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setErrors({});
    const rows = await save.run(checked.value);
    if (rows) onSaved(rows);
  };
  const state = fieldStates(t, errors, ROUND_FIELD_LABELS);
  const bind = (field: RoundField) => ({
    ref: (el: HTMLElement | null) => {
      inputs.current[field] = el;
    },
    value: draft[field],
    onChange: (_: unknown, d: { value: string }) => set(field, d.value),
  });
  const parsed = parseResponses(draft.responses, draft.kind);
  const count = parsed.responses.length;
  const { min, max } = scaleOf(draft.kind);
  const running = save.status === "running";

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{t("people.round.formTitle")}</DialogTitle>
        <DialogContent className={styles.form}>
          <div className={styles.row2}>
            <Field label={t("people.field.surveyKind")} required {...state("kind")}>
              <Select {...bind("kind")}>
                {PULSE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {enumLabel(k, locale)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("people.field.date")} required {...state("date")}>
              <Input type="date" {...bind("date")} />
            </Field>
          </div>
          <Field label={t("people.field.team")} required {...state("team")}>
            <Input {...bind("team")} list={teamsId} />
          </Field>
          <datalist id={teamsId}>
            {teams.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <Field label={t("people.field.question")} {...state("question")}>
            <Input {...bind("question")} />
          </Field>
          <Field
            label={t("people.field.responses")}
            required
            hint={t("people.round.responsesHint", { min, max })}
            {...state("responses")}
          >
            <Textarea resize="vertical" rows={4} {...bind("responses")} />
          </Field>
          <MessageBar intent={count > 0 && count < threshold ? "warning" : "info"} layout="multiline">
            <MessageBarBody>
              {count > 0 && count < threshold
                ? t("people.round.belowThreshold", { count, threshold })
                : t("people.round.anonymous", { count, threshold })}
            </MessageBarBody>
          </MessageBar>
          {save.status === "failed" && <ErrorBar error={save.error} titleKey="people.notSaved" />}
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabled={running}
            icon={running ? <Spinner size="tiny" /> : undefined}
          >
            {t("people.round.save")}
          </Button>
          <DialogTrigger disableButtonEnhancement>
            <Button type="button">{t("people.cancel")}</Button>
          </DialogTrigger>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
