/**
 * "Enter a pulse round": kind, team, date, question and the answers (typed or pasted), written as one row per
 * answer with no respondent. Says before saving when the round is below the anonymity threshold (its result will
 * stay hidden). Enter in a single-line field saves, Escape closes the dialog.
 */
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  useId,
} from "@fluentui/react-components";
import type { PulseKind } from "../../../core";
import type { MessageKey } from "../../../i18n";
import { enumLabel, type SurveyRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { useAction } from "../../hooks/useAction";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { usePeopleStyles } from "./people.styles";
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
  const save = useAction(async (_progress, rows: SurveyRow[]) => {
    await port.appendRows("Surveys", rows);
    return rows;
  });
  const form = useForm({
    initial: () => emptyRound(today, team, t(QUESTION_KEYS.enps)),
    check: (d: RoundDraft) => checkRound(d, existing),
    order: Object.keys(ROUND_FIELD_LABELS) as RoundField[],
    labelOf: (field) => ROUND_FIELD_LABELS[field],
    onSubmit: async (rows) => {
      const saved = await save.run(rows);
      if (saved) onSaved(saved);
    },
  });
  const { draft } = form;
  // Changing the kind swaps a standard question for the new kind's; a question the user wrote stays.
  const kind = {
    ...form.bind("kind"),
    onChange: (_: unknown, d: { value: string }) => {
      const next = d.value as PulseKind;
      form.update((current) => ({
        ...current,
        kind: next,
        question:
          current.question === t(QUESTION_KEYS[current.kind]) ? t(QUESTION_KEYS[next]) : current.question,
      }));
    },
  };
  const parsed = parseResponses(draft.responses, draft.kind);
  const count = parsed.responses.length;
  const { min, max } = scaleOf(draft.kind);

  return (
    <FormDialog
      form={form}
      frame="body"
      title={t("people.round.formTitle")}
      submitLabel={t("people.round.save")}
      cancelLabel={t("people.cancel")}
      error={save.error}
      errorTitle="people.notSaved"
    >
      <div className={styles.row2}>
        <Field label={t("people.field.surveyKind")} required {...form.field("kind")}>
          <Select {...kind}>
            {PULSE_KINDS.map((k) => (
              <option key={k} value={k}>
                {enumLabel(k, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("people.field.date")} required {...form.field("date")}>
          <Input type="date" {...form.bind("date")} />
        </Field>
      </div>
      <Field label={t("people.field.team")} required {...form.field("team")}>
        <Input {...form.bind("team")} list={teamsId} />
      </Field>
      <datalist id={teamsId}>
        {teams.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Field label={t("people.field.question")} {...form.field("question")}>
        <Input {...form.bind("question")} />
      </Field>
      <Field
        label={t("people.field.responses")}
        required
        hint={t("people.round.responsesHint", { min, max })}
        {...form.field("responses")}
      >
        <Textarea resize="vertical" rows={4} {...form.bind("responses")} />
      </Field>
      <MessageBar intent={count > 0 && count < threshold ? "warning" : "info"} layout="multiline">
        <MessageBarBody>
          {count > 0 && count < threshold
            ? t("people.round.belowThreshold", { count, threshold })
            : t("people.round.anonymous", { count, threshold })}
        </MessageBarBody>
      </MessageBar>
    </FormDialog>
  );
}
