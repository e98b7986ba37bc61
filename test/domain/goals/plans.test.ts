import { parsePeriod, serialFromYMD } from "../../../src/core";
import { defaultDue, markDone, planTasks, reviewQuickTask, taskState } from "../../../src/domain/goals/plans";
import {
  DUE_SOON_DAYS,
  computeReminders,
  reminderCount,
  reminderKind,
} from "../../../src/domain/goals/reminders";
import { TODAY, rowsOf, taskRow as task } from "../../taskpane/screens/goals/fixture";

describe("reminderKind (due soon = today … today + 3 days)", () => {
  it.each([
    [TODAY - 1, "todo", "overdue"],
    [TODAY, "doing", "dueSoon"],
    [TODAY + DUE_SOON_DAYS, null, "dueSoon"],
    [TODAY + DUE_SOON_DAYS + 1, "todo", null],
    [TODAY - 5, "done", null],
    [TODAY - 5, "cancelled", null],
    [null, "todo", null],
  ] as const)("due %s, status %s → %s", (Due, Status, expected) => {
    expect(reminderKind(task({ Due, Status }), TODAY)).toBe(expected);
  });
});

describe("computeReminders", () => {
  it("lists the team's overdue and due-soon tasks, leaving out people who left", () => {
    const reminders = computeReminders(rowsOf("Tasks"), rowsOf("Managers"), TODAY);
    expect(reminders.overdue.map((r) => [r.taskId, r.name])).toEqual([["T000001", "Ada Lin"]]);
    expect(reminders.dueSoon.map((r) => r.taskId)).toEqual(["T000005", "T000002"]);
    expect(reminderCount(reminders)).toBe(3);
  });

  it("names a person missing from Managers by their id, oldest overdue first", () => {
    const tasks = [
      task({ TaskID: "A", ManagerID: "M9", Due: TODAY - 1 }),
      task({ TaskID: "B", Due: TODAY - 9 }),
    ];
    const reminders = computeReminders(tasks, rowsOf("Managers"), TODAY);
    expect(reminders.overdue.map((r) => [r.taskId, r.name])).toEqual([
      ["B", "Ada Lin"],
      ["A", "M9"],
    ]);
  });
});

describe("planTasks", () => {
  const q3 = parsePeriod("2026-Q3");

  it("shows the person's tasks of the horizon, open ones by due date, then done ones", () => {
    const shown = planTasks(rowsOf("Tasks"), "M1", "day", q3, TODAY);
    expect(shown.map((t) => [t.row.TaskID, t.state])).toEqual([
      ["T000001", "overdue"],
      ["T000002", "dueSoon"],
      ["T000003", "open"],
      ["T000004", "done"],
    ]);
    expect(planTasks(rowsOf("Tasks"), "M1", "week", q3, TODAY).map((t) => t.row.TaskID)).toEqual(["T000005"]);
  });

  it("carries open tasks from before the period into the current one, not into a past one", () => {
    const old = task({ TaskID: "OLD", Horizon: "day", Due: serialFromYMD(2026, 6, 20) });
    const undated = task({ TaskID: "NODATE", Horizon: null, Due: null });
    expect(planTasks([old, undated], "M1", "day", q3, TODAY).map((t) => t.row.TaskID)).toEqual([
      "OLD",
      "NODATE",
    ]);
    expect(
      planTasks([old, undated], "M1", "day", parsePeriod("2026-Q2"), TODAY).map((t) => t.row.TaskID),
    ).toEqual(["OLD"]);
  });

  it("gives done and cancelled their own state", () => {
    expect(taskState(task({ Status: "cancelled", Due: TODAY - 1 }), TODAY)).toBe("cancelled");
    expect(taskState(task({ Due: TODAY + 10 }), TODAY)).toBe("open");
  });
});

describe("quick add", () => {
  it.each([
    ["day", TODAY],
    ["week", serialFromYMD(2026, 8, 16)],
    ["month", serialFromYMD(2026, 8, 31)],
  ] as const)("proposes a due date for a %s task", (horizon, due) => {
    expect(defaultDue(horizon, TODAY)).toBe(due);
  });

  it.each([
    ["no title", { title: "  ", due: "2026-08-20" }, { title: { key: "goals.err.titleRequired" } }],
    ["a bad date", { title: "Call", due: "2026-13-01" }, { due: { key: "goals.err.taskDueInvalid" } }],
  ])("refuses %s, naming the field", (_, draft, errors) => {
    expect(reviewQuickTask(draft, "M1", "day", rowsOf("Tasks"))).toEqual({ errors, row: null });
  });

  it("makes a todo task with the next id", () => {
    expect(
      reviewQuickTask({ title: " Call Acme ", due: "2026-08-20" }, "M1", "week", rowsOf("Tasks")).row,
    ).toEqual({
      TaskID: "T000007",
      ManagerID: "M1",
      Horizon: "week",
      Title: "Call Acme",
      Customer: null,
      Due: serialFromYMD(2026, 8, 20),
      Status: "todo",
      DoneOn: null,
      Priority: "normal",
      GoalID: null,
    });
  });

  it("marks done today, and reopens", () => {
    const done = markDone(task({ Due: TODAY }), true, TODAY);
    expect([done.Status, done.DoneOn]).toEqual(["done", TODAY]);
    const open = markDone(done, false, TODAY);
    expect([open.Status, open.DoneOn]).toEqual(["todo", null]);
  });
});
