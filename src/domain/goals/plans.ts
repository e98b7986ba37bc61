/**
 * Work plans, pure: a person's tasks of one horizon (day / week / month) for the chosen period, quick add and
 * marking done.
 *
 * Decisions:
 * - A horizon shows the person's tasks of that Horizon due in the period; while the period holds today, open tasks
 *   from before it (overdue, carried over) and open tasks without a due date are shown too, so nothing slips out of
 *   view at a period boundary. A blank Horizon counts as a day task.
 * - Order: open tasks by due date (overdue first, undated last), then done and cancelled ones.
 * - Quick add defaults the due date to today (day), the Sunday ending this ISO week (week) or the month's last day
 *   (month); new tasks are "todo", priority "normal".
 * - Done sets Status done and DoneOn today; un-ticking a done task reopens it (todo, DoneOn cleared).
 */
import { periodContains, periodOf, type Period } from "../../core";
import type { TaskRow } from "../../model";
import { idOf } from "../input";
import type { FieldErrors } from "./goalForm";
import { nextIds } from "../fields";
import { parseDateText } from "./figures";
import { isOpenTask, reminderKind } from "./reminders";

/** A plan horizon. */
export type Horizon = NonNullable<TaskRow["Horizon"]>;

/** The horizons, shortest first. */
export const HORIZONS: readonly Horizon[] = ["day", "week", "month"];

/** How a task is shown. */
export type TaskState = "overdue" | "dueSoon" | "open" | "done" | "cancelled";

/** A task with its state today. */
export interface PlanTask {
  row: TaskRow;
  state: TaskState;
}

/**
 * @param task - a task.
 * @param today - Excel serial.
 * @returns the task's state today.
 */
export function taskState(task: TaskRow, today: number): TaskState {
  if (task.Status === "done") return "done";
  if (task.Status === "cancelled") return "cancelled";
  return reminderKind(task, today) ?? "open";
}

/**
 * @param tasks - Tasks rows.
 * @param person - ManagerID.
 * @param horizon - the plan horizon.
 * @param period - the period chosen on the screen.
 * @param today - Excel serial.
 * @returns the tasks to show, in display order.
 */
export function planTasks(
  tasks: readonly TaskRow[],
  person: string,
  horizon: Horizon,
  period: Period,
  today: number,
): PlanTask[] {
  const current = periodContains(period, today);
  const shown = tasks.filter((task) => {
    if (idOf(task.ManagerID) !== person || (task.Horizon ?? "day") !== horizon) return false;
    if (task.Due !== null && periodContains(period, task.Due)) return true;
    return current && isOpenTask(task) && (task.Due === null || task.Due < period.start);
  });
  const rank = (t: PlanTask) => (t.state === "done" || t.state === "cancelled" ? 1 : 0);
  return shown
    .map((row) => ({ row, state: taskState(row, today) }))
    .sort((a, b) => rank(a) - rank(b) || (a.row.Due ?? Infinity) - (b.row.Due ?? Infinity));
}

/**
 * @param horizon - the plan horizon.
 * @param today - Excel serial.
 * @returns the due date quick add proposes.
 */
export function defaultDue(horizon: Horizon, today: number): number {
  if (horizon === "week") return periodOf("week", today).end;
  if (horizon === "month") return periodOf("month", today).end;
  return today;
}

/** Quick add's fields, as typed. */
export interface QuickTask {
  title: string;
  /** `yyyy-mm-dd` or blank. */
  due: string;
}

/**
 * Reads quick add.
 * @param draft - title and due date as typed.
 * @param person - ManagerID.
 * @param horizon - the horizon being shown.
 * @param existing - Tasks rows (for a fresh TaskID).
 * @returns field messages, and the row to append when all is well.
 */
export function reviewQuickTask(
  draft: QuickTask,
  person: string,
  horizon: Horizon,
  existing: readonly TaskRow[],
): { errors: FieldErrors<keyof QuickTask>; row: TaskRow | null } {
  const errors: FieldErrors<keyof QuickTask> = {};
  if (draft.title.trim() === "") errors.title = { key: "goals.err.titleRequired" };
  const due = parseDateText(draft.due);
  if (due === "invalid") errors.due = { key: "goals.err.taskDueInvalid" };
  if (Object.keys(errors).length > 0 || due === "invalid") return { errors, row: null };
  const [id] = nextIds(
    "T",
    existing.map((t) => t.TaskID),
    1,
  );
  return {
    errors,
    row: openTask({ TaskID: id, ManagerID: person, Horizon: horizon, Title: draft.title.trim(), Due: due }),
  };
}

/**
 * A new task as every workflow that adds one writes it (a quick task, a meeting's action): open, normal
 * priority, tied to no customer or goal.
 * @param task - its id, owner, horizon, title and due date.
 * @returns the Tasks row.
 */
export function openTask(task: Pick<TaskRow, "TaskID" | "ManagerID" | "Horizon" | "Title" | "Due">): TaskRow {
  return { ...task, Customer: null, Status: "todo", DoneOn: null, Priority: "normal", GoalID: null };
}

/**
 * @param task - a task.
 * @param done - ticked or not.
 * @param today - Excel serial.
 * @returns the updated row: done today, or reopened.
 */
export function markDone(task: TaskRow, done: boolean, today: number): TaskRow {
  return done ? { ...task, Status: "done", DoneOn: today } : { ...task, Status: "todo", DoneOn: null };
}
