/**
 * Task reminders, pure: which open tasks are overdue and which are due soon, for the reminder list at the top of
 * the pane and the count on the Team screen.
 *
 * Decisions:
 * - Open = status todo, doing or blank; done and cancelled tasks never remind.
 * - Overdue = due before today. Due soon = due today or within the next `DUE_SOON_DAYS` (3) calendar days —
 *   today counts, so a task due on Friday reminds from Tuesday on; calendar days, because account managers' tasks
 *   (visits, calls) fall on weekends too.
 * - Tasks without a due date, and tasks of people who have left (LeaveDate before today), do not remind.
 * - Overdue tasks come oldest first (the longest late first); due-soon tasks earliest first.
 */
import type { ManagerRow, TaskRow } from "../../model";
import { idOf } from "../input";

/** Days ahead (after today) in which an open task counts as due soon. */
export const DUE_SOON_DAYS = 3;

/** One reminder. */
export interface Reminder {
  taskId: string;
  /** ManagerID. */
  person: string;
  /** The person's name (the id when the person is not on the Managers table). */
  name: string;
  title: string;
  due: number;
  kind: "overdue" | "dueSoon";
}

/** The reminders of the whole team. */
export interface Reminders {
  overdue: Reminder[];
  dueSoon: Reminder[];
}

/**
 * @param task - a task.
 * @returns true while the task is still to be done.
 */
export function isOpenTask(task: TaskRow): boolean {
  return task.Status === "todo" || task.Status === "doing" || task.Status === null;
}

/**
 * How an open task stands today.
 * @param task - a task.
 * @param today - Excel serial.
 * @param days - days ahead that count as soon.
 * @returns "overdue", "dueSoon", or null (done, cancelled, no due date, or later).
 */
export function reminderKind(task: TaskRow, today: number, days = DUE_SOON_DAYS): Reminder["kind"] | null {
  if (!isOpenTask(task) || task.Due === null) return null;
  const due = Math.floor(task.Due);
  if (due < today) return "overdue";
  if (due <= today + days) return "dueSoon";
  return null;
}

/**
 * The team's reminders.
 * @param tasks - Tasks rows.
 * @param managers - Managers rows (for names, and to leave out people who have left).
 * @param today - Excel serial.
 * @param days - days ahead that count as soon (default `DUE_SOON_DAYS`).
 * @returns overdue and due-soon reminders, sorted.
 * @example computeReminders(tasks, managers, 46249).overdue.length // 3
 */
export function computeReminders(
  tasks: readonly TaskRow[],
  managers: readonly ManagerRow[],
  today: number,
  days = DUE_SOON_DAYS,
): Reminders {
  const people = new Map<string, ManagerRow>();
  for (const m of managers) {
    const id = idOf(m.ManagerID);
    if (id !== null && !people.has(id)) people.set(id, m);
  }
  const overdue: Reminder[] = [];
  const dueSoon: Reminder[] = [];
  for (const task of tasks) {
    const kind = reminderKind(task, today, days);
    if (kind === null) continue;
    const person = idOf(task.ManagerID) ?? "";
    const manager = people.get(person);
    if (manager?.LeaveDate != null && manager.LeaveDate < today) continue;
    const reminder: Reminder = {
      taskId: task.TaskID,
      person,
      name: manager?.Name ?? person,
      title: task.Title,
      due: Math.floor(task.Due as number),
      kind,
    };
    (kind === "overdue" ? overdue : dueSoon).push(reminder);
  }
  const byDue = (a: Reminder, b: Reminder) => a.due - b.due || a.name.localeCompare(b.name);
  return { overdue: overdue.sort(byDue), dueSoon: dueSoon.sort(byDue) };
}

/**
 * @param reminders - the team's reminders.
 * @returns how many there are in all.
 */
export function reminderCount(reminders: Reminders): number {
  return reminders.overdue.length + reminders.dueSoon.length;
}
