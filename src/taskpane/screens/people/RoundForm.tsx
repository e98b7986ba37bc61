/**
 * "Enter a pulse round": kind, team, date, question and the answers (typed or pasted), written as one row per
 * answer with no respondent. Says before saving when the round is below the anonymity threshold (its result will
 * stay hidden). Enter in a single-line field saves, Escape closes the dialog.
 */
import { Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import type { PulseKind } from "../../../core";
import type { MessageKey } from "../../../i18n";
import type { SurveyRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { TextAreaField, TextField } from "../../components/FormFields";
import { Options, enumChoices } from "../../components/Options";
import { useSaveForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { usePersonFormFrame } from "./formFrame";
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
  const frame = usePersonFormFrame();
  const form = useSaveForm({
    initial: () => emptyRound(today, team, t(QUESTION_KEYS.enps)),
    check: (d: RoundDraft) => checkRound(d, existing),
    labels: ROUND_FIELD_LABELS,
    save: (rows: SurveyRow[]) => port.appendRows("Surveys", rows).then(() => rows),
    onSaved,
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
      {...frame}
      form={form}
      title={t("people.round.formTitle")}
      submitLabel={t("people.round.save")}
    >
      <div className={styles.row2}>
        <Field label={t("people.field.surveyKind")} required {...form.field("kind")}>
          <Select {...kind}>
            <Options choices={enumChoices(PULSE_KINDS, locale)} />
          </Select>
        </Field>
        <TextField form={form} name="date" type="date" required />
      </div>
      <TextField form={form} name="team" required suggestions={teams} />
      <TextField form={form} name="question" />
      <TextAreaField
        form={form}
        name="responses"
        required
        hint={t("people.round.responsesHint", { min, max })}
        rows={4}
      />
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
