/**
 * The meeting form: a one-on-one or team meeting with its notes and action items (owner, due date). Each action
 * with a due date also becomes a task in its owner's work plan. Nothing is written until the meeting and every
 * task are valid; Enter saves, Escape closes the dialog.
 */
import { Button, Field, Input, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { MessageKey } from "../../../i18n";
import { enumLabel, type MeetingRow, type TaskRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { TextField } from "../../components/FormFields";
import { ChoicePicker } from "../../components/ChoicePicker";
import { useSaveForm, type FieldMessage } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  checkMeeting,
  emptyAction,
  saveMeeting,
  type ActionField,
  type MeetingDraft,
  type MeetingField,
  type MeetingWrite,
} from "../../../domain/people/meetings";
import { usePersonFormFrame } from "./formFrame";
import { usePeopleStyles } from "./people.styles";
import { personChoices, type Person } from "./peopleView";

/** The label of each meeting field: also the `{field}` of its messages. */
export const MEETING_FIELD_LABELS: Record<MeetingField, MessageKey> = {
  kind: "people.field.kind",
  person: "people.field.person",
  date: "people.field.date",
  topic: "people.field.topic",
};

/** The label of each action field. */
export const ACTION_FIELD_LABELS: Record<ActionField, MessageKey> = {
  text: "people.field.action",
  owner: "people.field.owner",
  due: "people.field.due",
};

/** A field of the form: a meeting field, or an action's field and its index (`text0`, `owner1`, …). */
type FormField = MeetingField | `${ActionField}${number}`;

const MEETING_FIELDS = Object.keys(MEETING_FIELD_LABELS) as MeetingField[];
const ACTION_FIELDS = Object.keys(ACTION_FIELD_LABELS) as ActionField[];

/**
 * @param field - a form field.
 * @returns its label: the meeting field's, or the action field's.
 */
function labelOf(field: FormField): MessageKey {
  const action = /^(text|owner|due)\d+$/.exec(field);
  return action ? ACTION_FIELD_LABELS[action[1] as ActionField] : MEETING_FIELD_LABELS[field as MeetingField];
}

/** Props of {@link MeetingForm}. */
export type MeetingFormProps = {
  /** The form's starting values. */
  initial: MeetingDraft;
  /** The people a one-on-one can be with and an action can be owned by. */
  people: readonly Person[];
  /** Every ManagerID → name (owners are written by name). */
  names: ReadonlyMap<string, string>;
  meetings: readonly MeetingRow[];
  tasks: readonly TaskRow[];
  /** Called with the rows written. */
  onSaved: (write: MeetingWrite) => void;
};

/**
 * @param props - the starting values, people, existing rows and what to do once saved.
 * @returns the form (inside a dialog surface).
 */
export function MeetingForm({ initial, people, names, meetings, tasks, onSaved }: MeetingFormProps) {
  const { t, port, today, locale } = useKpiDesk();
  const styles = usePeopleStyles();
  const frame = usePersonFormFrame();
  const ctx = useMemo(() => ({ people: names, meetings, tasks, today }), [names, meetings, tasks, today]);
  const choices = useMemo(() => personChoices(people), [people]);
  const form = useSaveForm({
    initial,
    check: (d: MeetingDraft) => {
      const checked = checkMeeting(d, ctx);
      if (checked.ok) return checked;
      // One flat list in the order the fields stand (the first takes the focus): the meeting's, then each action's.
      const errors: Partial<Record<FormField, FieldMessage>> = {};
      for (const f of MEETING_FIELDS) if (checked.errors.fields[f]) errors[f] = checked.errors.fields[f];
      checked.errors.actions.forEach((e, i) => {
        for (const f of ACTION_FIELDS) if (e[f]) errors[`${f}${i}`] = e[f];
      });
      return { ok: false, errors };
    },
    labelOf,
    save: (write: MeetingWrite) => saveMeeting(port, write, { meetings, tasks }).then(() => write),
    onSaved,
  });
  const { draft, update } = form;
  const setField = (field: "person" | "date" | "topic" | "notes", value: string) => {
    const next = { ...draft, [field]: value };
    // The person of a one-on-one owns its actions unless someone else was chosen.
    if (field === "person" && draft.kind === "one-on-one")
      next.actions = draft.actions.map((a) =>
        a.owner === "" || a.owner === draft.person ? { ...a, owner: value } : a,
      );
    update(next);
  };
  const setAction = (index: number, field: ActionField, value: string) =>
    update({ ...draft, actions: draft.actions.map((a, i) => (i === index ? { ...a, [field]: value } : a)) });

  return (
    <FormDialog
      {...frame}
      form={form}
      title={t(draft.kind === "team" ? "people.meeting.formTeam" : "people.meeting.formOne")}
      submitLabel={t("people.meeting.save")}
    >
      <Field label={t("people.field.kind")} {...form.field("kind")}>
        <RadioGroup
          layout="horizontal"
          value={draft.kind}
          onChange={(_, d) => {
            const kind = d.value as MeetingDraft["kind"];
            update({ ...draft, kind, person: kind === "team" ? "" : draft.person });
          }}
        >
          <Radio value="one-on-one" label={enumLabel("one-on-one", locale)} />
          <Radio value="team" label={enumLabel("team", locale)} />
        </RadioGroup>
      </Field>
      <div className={styles.row2}>
        {draft.kind === "one-on-one" && (
          <Field label={t("people.field.person")} required {...form.field("person")}>
            <ChoicePicker
              inputRef={form.ref("person")}
              value={draft.person}
              choices={choices}
              none={t("people.field.choosePerson")}
              onChange={(value) => setField("person", value)}
            />
          </Field>
        )}
        <TextField form={form} name="date" type="date" required />
      </div>
      <TextField form={form} name="topic" required />
      <Field label={t("people.field.notes")}>
        <Textarea resize="vertical" {...form.bind("notes")} />
      </Field>
      <Text weight="semibold">{t("people.meeting.actions")}</Text>
      <Text className={styles.muted}>{t("people.meeting.actionsHint")}</Text>
      {draft.actions.map((action, i) => {
        const n = i + 1;
        return (
          <fieldset key={i} className={styles.action} aria-label={t("people.meeting.actionN", { n })}>
            <Field label={t("people.meeting.actionLabel", { n })} {...form.field(`text${i}`)}>
              <Input
                ref={form.ref(`text${i}`)}
                value={action.text}
                onChange={(_, d) => setAction(i, "text", d.value)}
              />
            </Field>
            <div className={styles.row2}>
              <Field label={t("people.meeting.ownerLabel", { n })} {...form.field(`owner${i}`)}>
                <ChoicePicker
                  inputRef={form.ref(`owner${i}`)}
                  value={action.owner}
                  choices={choices}
                  none={t("people.field.choosePerson")}
                  onChange={(value) => setAction(i, "owner", value)}
                />
              </Field>
              <Field label={t("people.meeting.dueLabel", { n })} {...form.field(`due${i}`)}>
                <Input
                  ref={form.ref(`due${i}`)}
                  type="date"
                  value={action.due}
                  onChange={(_, d) => setAction(i, "due", d.value)}
                />
              </Field>
            </div>
            {draft.actions.length > 1 && (
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                onClick={() => update({ ...draft, actions: draft.actions.filter((_, j) => j !== i) })}
              >
                {t("people.meeting.removeAction", { n })}
              </Button>
            )}
          </fieldset>
        );
      })}
      <Button
        size="small"
        icon={<AddRegular />}
        onClick={() =>
          update({
            ...draft,
            actions: [...draft.actions, emptyAction(draft.kind === "one-on-one" ? draft.person : "")],
          })
        }
      >
        {t("people.meeting.addAction")}
      </Button>
    </FormDialog>
  );
}
