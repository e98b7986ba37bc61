/**
 * Meetings, pure: the list of one-on-ones and team meetings, and the meeting form whose action items also become
 * tasks in their owners' work plans.
 *
 * Decisions:
 * - A meeting has any number of action items, each with an owner (a person of the team) and an optional due
 *   date. The Meetings table has one Actions, Owner and Due per meeting, so the meeting's row holds every action
 *   on its own line in Actions, the owners' names (each once, comma separated) in Owner, and the *latest* due
 *   date in Due — the meeting's actions are open until the last of them is due (how the report counts open
 *   one-on-one actions).
 * - Every action with a due date is also a task of its owner: Title = the action, Status todo, Priority normal,
 *   Due = its due date, Horizon by the distance from today to the due date (≤ 1 day: day, ≤ 7 days: week,
 *   later: month). Actions without a due date stay in the meeting only.
 * - Both the Meetings row and the Tasks rows are checked before the first write (see `saveMeeting`).
 * - A team meeting has no person; it is listed for a team when an owner of it is in the team, or its topic or
 *   notes name the team (with "all teams", every meeting is listed).
 */
import { KpiError, withinDays, type Period } from "../../core";
import {
  rowId,
  validateRows,
  validationErrorOf,
  type ManagerRow,
  type MeetingRow,
  type TaskRow,
} from "../../model";
import { formatDate } from "../../format";
import type { WorkbookPort } from "../../workbook/port";
import { nextIds, parseDateText, type FieldErrors } from "../fields";
import { ALL_TEAMS, inTeam } from "../teams";
import { openTask } from "../goals/plans";
import { REQUIRED, requiredDate, requiredText } from "./checks";

/** Meeting kinds (Meetings.Kind). */
export type MeetingKind = MeetingRow["Kind"];

/** Which meetings the list shows. */
export type KindFilter = "all" | MeetingKind;

/** One meeting as the list shows it. */
export interface MeetingEntry {
  id: string;
  row: MeetingRow;
  /** The person of a one-on-one (name, or id when unknown). */
  person: string | null;
  /** Action items, one per line of Actions. */
  actions: string[];
}

/**
 * @param text - an Actions cell.
 * @returns its action items, one per non-blank line.
 */
export function actionLines(text: string | null): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/**
 * Meetings dated in the period, of the team, kind and person chosen, newest first.
 * @param rows - Meetings rows.
 * @param managers - Managers rows.
 * @param filters - period, team, kind and person ("" for everyone).
 * @returns the entries.
 */
export function meetingsOf(
  rows: readonly MeetingRow[],
  managers: readonly ManagerRow[],
  filters: { period: Period; team: string; kind: KindFilter; person: string },
): MeetingEntry[] {
  const { period, team, kind, person } = filters;
  const byId = new Map(managers.map((m) => [m.ManagerID.trim(), m]));
  const members = managers.filter((m) => inTeam(m.Team, team));
  const memberNames = new Set(members.map((m) => m.Name.trim().toLowerCase()));
  const teamName = team === ALL_TEAMS ? "" : team.trim().toLowerCase();
  const inScope = (row: MeetingRow): boolean => {
    if (team === ALL_TEAMS) return true;
    if (row.Kind === "one-on-one") return inTeam(byId.get((row.ManagerID ?? "").trim())?.Team ?? null, team);
    const owners = (row.Owner ?? "").split(",").map((o) => o.trim().toLowerCase());
    if (owners.some((o) => memberNames.has(o))) return true;
    const text = `${row.Topic} ${row.Notes ?? ""}`.toLowerCase();
    return teamName !== "" && text.includes(teamName);
  };
  return rows
    .map((row, i) => ({ row, i }))
    .filter(
      ({ row }) =>
        withinDays(row.Date, period) &&
        (kind === "all" || row.Kind === kind) &&
        (person === "" || (row.ManagerID ?? "").trim() === person) &&
        inScope(row),
    )
    .sort((a, b) => b.row.Date - a.row.Date || a.i - b.i)
    .map(({ row }) => {
      const id = (row.ManagerID ?? "").trim();
      return {
        id: rowId("Meetings", row) as string,
        row,
        person: id === "" ? null : (byId.get(id)?.Name ?? id),
        actions: actionLines(row.Actions),
      };
    });
}

/** One action item as typed. */
export interface ActionDraft {
  text: string;
  /** ManagerID of the owner. */
  owner: string;
  /** `YYYY-MM-DD` or blank. */
  due: string;
}

/** The meeting form as typed. */
export interface MeetingDraft {
  kind: MeetingKind;
  /** ManagerID of a one-on-one's person. */
  person: string;
  date: string;
  topic: string;
  notes: string;
  actions: ActionDraft[];
}

/** Fields of the meeting itself. */
export type MeetingField = "kind" | "person" | "date" | "topic";
/** Fields of one action. */
export type ActionField = keyof ActionDraft;

/** What checking the meeting form found. */
export interface MeetingErrors {
  fields: FieldErrors<MeetingField>;
  /** One entry per action (empty objects for actions without problems). */
  actions: FieldErrors<ActionField>[];
}

/** What a valid meeting form writes. */
export interface MeetingWrite {
  meeting: MeetingRow;
  tasks: TaskRow[];
}

/**
 * @param today - Excel serial.
 * @param kind - the kind.
 * @param person - a one-on-one's person ("" for none).
 * @returns an empty form with one empty action (owned by the person of a one-on-one).
 */
export function emptyMeeting(today: number, kind: MeetingKind, person = ""): MeetingDraft {
  return {
    kind,
    person,
    date: formatDate(today),
    topic: "",
    notes: "",
    actions: [emptyAction(kind === "one-on-one" ? person : "")],
  };
}

/**
 * @param owner - the owner to preselect.
 * @returns an empty action.
 */
export function emptyAction(owner = ""): ActionDraft {
  return { text: "", owner, due: "" };
}

/**
 * The work-plan horizon of an action: by the days from today to its due date.
 * @param due - Excel serial.
 * @param today - Excel serial.
 * @returns day (≤ 1 day), week (≤ 7 days) or month.
 */
export function horizonFor(due: number, today: number): NonNullable<TaskRow["Horizon"]> {
  const days = due - today;
  return days <= 1 ? "day" : days <= 7 ? "week" : "month";
}

/** What checking a meeting needs besides the form. */
export interface MeetingContext {
  /** Everyone who can own an action or have a one-on-one (id → name). */
  people: ReadonlyMap<string, string>;
  meetings: readonly MeetingRow[];
  tasks: readonly TaskRow[];
  today: number;
}

/**
 * Checks the meeting form and builds the rows to write: the Meetings row, and a Tasks row per action with a due
 * date.
 * @param draft - the form.
 * @param ctx - people, existing rows and today.
 * @returns the rows, or the errors of the meeting and of each action.
 */
export function checkMeeting(
  draft: MeetingDraft,
  ctx: MeetingContext,
): { ok: true; value: MeetingWrite } | { ok: false; errors: MeetingErrors } {
  const fields: FieldErrors<MeetingField> = {};
  const person = draft.kind === "one-on-one" ? draft.person.trim() : "";
  if (draft.kind === "one-on-one" && person === "") fields.person = REQUIRED;
  else if (person !== "" && !ctx.people.has(person)) fields.person = { key: "people.err.unknownPerson" };
  const date = requiredDate(fields, "date", draft.date);
  const topic = requiredText(fields, "topic", draft.topic);

  // Blank action lines (no text, owner or due) are dropped; the form always offers one.
  const actions = draft.actions.filter((a) => a.text.trim() !== "" || a.due.trim() !== "");
  const actionErrors = draft.actions.map((a): FieldErrors<ActionField> => {
    const errors: FieldErrors<ActionField> = {};
    if (a.text.trim() === "" && a.due.trim() === "") return errors;
    if (a.text.trim() === "") errors.text = REQUIRED;
    if (a.owner.trim() === "") errors.owner = REQUIRED;
    else if (!ctx.people.has(a.owner.trim())) errors.owner = { key: "people.err.unknownPerson" };
    const due = parseDateText(a.due);
    if (due !== null && Number.isNaN(due)) errors.due = { key: "people.err.date" };
    else if (due !== null && date !== null && !Number.isNaN(date) && due < date)
      errors.due = { key: "people.err.dueBeforeMeeting" };
    return errors;
  });
  if (date !== null && !Number.isNaN(date) && topic !== "") {
    const candidate = rowId("Meetings", {
      Date: date,
      Kind: draft.kind,
      ManagerID: person === "" ? null : person,
      Topic: topic,
    } as MeetingRow);
    if (ctx.meetings.some((m) => rowId("Meetings", m) === candidate))
      fields.topic = { key: "people.err.meetingExists" };
  }
  if (Object.keys(fields).length > 0 || actionErrors.some((e) => Object.keys(e).length > 0))
    return { ok: false, errors: { fields, actions: actionErrors } };

  const dues = actions.map((a) => parseDateText(a.due));
  const owners = [...new Set(actions.map((a) => ctx.people.get(a.owner.trim()) as string))];
  const latest = dues.reduce<number | null>(
    (m, d) => (d === null ? m : m === null ? d : Math.max(m, d)),
    null,
  );
  const meeting: MeetingRow = {
    Date: date as number,
    Kind: draft.kind,
    ManagerID: person === "" ? null : person,
    Topic: topic,
    Notes: draft.notes.trim() === "" ? null : draft.notes.trim(),
    Actions: actions.length === 0 ? null : actions.map((a) => a.text.trim()).join("\n"),
    Owner: owners.length === 0 ? null : owners.join(", "),
    Due: latest,
  };
  const withDue = actions.map((a, i) => ({ a, due: dues[i] })).filter((x) => x.due !== null);
  const ids = nextIds(
    "T",
    ctx.tasks.map((t) => t.TaskID),
    withDue.length,
  );
  const tasks: TaskRow[] = withDue.map(({ a, due }, i) =>
    openTask({
      TaskID: ids[i],
      ManagerID: a.owner.trim(),
      Horizon: horizonFor(due as number, ctx.today),
      Title: a.text.trim(),
      Due: due,
    }),
  );
  return { ok: true, value: { meeting, tasks } };
}

/**
 * Writes a meeting and its tasks. Both tables' rows are validated (schema and identity) before the first write;
 * if appending the tasks still fails (the workbook changed underneath, say), the meeting just written is
 * deleted again, so the workbook is left as it was.
 * @param port - the workbook.
 * @param write - the rows from {@link checkMeeting}.
 * @param existing - the Meetings and Tasks rows read (for identity checks).
 * @returns the number of tasks written.
 * @throws ValidationError naming the table, row and column when a row is refused; the port's error otherwise;
 *   KpiError `people.err.meetingWithoutTasks` when the tasks failed and the meeting could not be taken back.
 */
export async function saveMeeting(
  port: WorkbookPort,
  write: MeetingWrite,
  existing: { meetings: readonly MeetingRow[]; tasks: readonly TaskRow[] },
): Promise<number> {
  const meetingIssues = validateRows("Meetings", [write.meeting], {
    existingIds: new Set(existing.meetings.map((m) => rowId("Meetings", m) as string)),
  });
  const taskIssues = validateRows("Tasks", write.tasks, {
    existingIds: new Set(existing.tasks.map((t) => t.TaskID.trim())),
  });
  const issues = [...meetingIssues, ...taskIssues];
  if (issues.length > 0) throw validationErrorOf(issues);
  await port.appendRows("Meetings", [write.meeting]);
  if (write.tasks.length === 0) return 0;
  try {
    await port.appendRows("Tasks", write.tasks);
  } catch (error) {
    try {
      await port.deleteRows("Meetings", [rowId("Meetings", write.meeting) as string], [write.meeting]);
    } catch {
      // The meeting could not be taken back either: say so, rather than let the user believe nothing was written.
      const detail = error instanceof Error ? error.message : String(error);
      throw new KpiError("value", "people.err.meetingWithoutTasks", { topic: write.meeting.Topic, detail });
    }
    throw error;
  }
  return write.tasks.length;
}
