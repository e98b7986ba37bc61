/**
 * The meeting form: a one-on-one or team meeting with its notes and action items (owner, due date). Each action
 * with a due date also becomes a task in its owner's work plan. Nothing is written until the meeting and every
 * task are valid; Enter saves, Escape closes the dialog.
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
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useMemo, useRef, useState, type FormEvent } from "react";
import type { MessageKey } from "../../../i18n";
import { enumLabel, type MeetingRow, type TaskRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { fieldStates } from "../../../domain/people/formText";
import {
  checkMeeting,
  emptyAction,
  saveMeeting,
  type ActionField,
  type MeetingDraft,
  type MeetingErrors,
  type MeetingField,
  type MeetingWrite,
} from "../../../domain/people/meetings";
import { usePeopleStyles } from "./people.styles";
import type { Person } from "./peopleView";

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
  const [draft, setDraft] = useState<MeetingDraft>(initial);
  const [errors, setErrors] = useState<MeetingErrors | null>(null);
  const fields = useRef<Record<string, HTMLElement | null>>({});
  const ctx = useMemo(() => ({ people: names, meetings, tasks, today }), [names, meetings, tasks, today]);
  const save = useAction(async (_progress, write: MeetingWrite) => {
    await saveMeeting(port, write, { meetings, tasks });
    return write;
  });

  const update = (next: MeetingDraft) => {
    setDraft(next);
    if (errors) {
      const checked = checkMeeting(next, ctx);
      setErrors(checked.ok ? null : checked.errors);
    }
  };
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkMeeting(draft, ctx);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first =
        (Object.keys(MEETING_FIELD_LABELS) as MeetingField[]).find((f) => checked.errors.fields[f]) ??
        checked.errors.actions
          .map((e, i) => {
            const f = (Object.keys(ACTION_FIELD_LABELS) as ActionField[]).find((k) => e[k]);
            return f ? `${f}${i}` : null;
          })
          .find((k) => k !== null);
      if (first) fields.current[first]?.focus();
      return;
    }
    setErrors(null);
    const written = await save.run(checked.value);
    if (written) onSaved(written);
  };
  const state = fieldStates(t, errors?.fields ?? null, MEETING_FIELD_LABELS);
  const bind = (key: string) => (el: HTMLElement | null) => {
    fields.current[key] = el;
  };
  const running = save.status === "running";

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>
          {t(draft.kind === "team" ? "people.meeting.formTeam" : "people.meeting.formOne")}
        </DialogTitle>
        <DialogContent className={styles.form}>
          <Field label={t("people.field.kind")} {...state("kind")}>
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
              <Field label={t("people.field.person")} required {...state("person")}>
                <Select
                  ref={bind("person")}
                  value={draft.person}
                  onChange={(_, d) => setField("person", d.value)}
                >
                  <option value="">{t("people.field.choosePerson")}</option>
                  {people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Field label={t("people.field.date")} required {...state("date")}>
              <Input
                ref={bind("date")}
                type="date"
                value={draft.date}
                onChange={(_, d) => setField("date", d.value)}
              />
            </Field>
          </div>
          <Field label={t("people.field.topic")} required {...state("topic")}>
            <Input ref={bind("topic")} value={draft.topic} onChange={(_, d) => setField("topic", d.value)} />
          </Field>
          <Field label={t("people.field.notes")}>
            <Textarea resize="vertical" value={draft.notes} onChange={(_, d) => setField("notes", d.value)} />
          </Field>
          <Text weight="semibold">{t("people.meeting.actions")}</Text>
          <Text className={styles.muted}>{t("people.meeting.actionsHint")}</Text>
          {draft.actions.map((action, i) => {
            const actionState = fieldStates(t, errors?.actions[i] ?? null, ACTION_FIELD_LABELS);
            const n = i + 1;
            return (
              <fieldset key={i} className={styles.action} aria-label={t("people.meeting.actionN", { n })}>
                <Field label={t("people.meeting.actionLabel", { n })} {...actionState("text")}>
                  <Input
                    ref={bind(`text${i}`)}
                    value={action.text}
                    onChange={(_, d) => setAction(i, "text", d.value)}
                  />
                </Field>
                <div className={styles.row2}>
                  <Field label={t("people.meeting.ownerLabel", { n })} {...actionState("owner")}>
                    <Select
                      ref={bind(`owner${i}`)}
                      value={action.owner}
                      onChange={(_, d) => setAction(i, "owner", d.value)}
                    >
                      <option value="">{t("people.field.choosePerson")}</option>
                      {people.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={t("people.meeting.dueLabel", { n })} {...actionState("due")}>
                    <Input
                      ref={bind(`due${i}`)}
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
          {save.status === "failed" && <ErrorBar error={save.error} titleKey="people.notSaved" />}
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabled={running}
            icon={running ? <Spinner size="tiny" /> : undefined}
          >
            {t("people.meeting.save")}
          </Button>
          <DialogTrigger disableButtonEnhancement>
            <Button type="button">{t("people.cancel")}</Button>
          </DialogTrigger>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
