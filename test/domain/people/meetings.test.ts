import { serialFromYMD, parsePeriod, ValidationError } from "../../../src/core";
import { type MeetingRow, type TaskRow } from "../../../src/model";
import {
  checkMeeting,
  emptyMeeting,
  horizonFor,
  meetingsOf,
  saveMeeting,
  type MeetingDraft,
} from "../../../src/domain/people/meetings";
import { SEED, TODAY, row } from "../../taskpane/screens/people/fixture";
import { seededWorkbook } from "../../fixtures/rows";

const people = new Map([
  ["M1", "Ada"],
  ["M2", "Bo"],
]);
const meetings = SEED.Meetings as MeetingRow[];
const tasks = SEED.Tasks as TaskRow[];
const ctx = { people, meetings, tasks, today: TODAY };
const draft = (over: Partial<MeetingDraft>): MeetingDraft => ({
  ...emptyMeeting(TODAY, "one-on-one", "M2"),
  topic: "Pipeline",
  ...over,
});

describe("the meeting form", () => {
  it.each<[string, Partial<MeetingDraft>, Record<string, string>, Record<string, string>[]]>([
    ["a one-on-one needs a person", { person: "" }, { person: "people.err.required" }, [{}]],
    ["an unknown person", { person: "M9" }, { person: "people.err.unknownPerson" }, [{}]],
    [
      "topic and date",
      { topic: " ", date: "2026-02-30" },
      { topic: "people.err.required", date: "people.err.date" },
      [{}],
    ],
    [
      "the same meeting again",
      { kind: "one-on-one", person: "M1", topic: "Q3 goals", date: "2026-07-10" },
      { topic: "people.err.meetingExists" },
      [{}],
    ],
    [
      "an action needs text and owner; due not before the meeting",
      {
        actions: [
          { text: "", owner: "", due: "2026-08-20" },
          { text: "Call", owner: "M1", due: "2026-08-01" },
        ],
      },
      {},
      [{ text: "people.err.required", owner: "people.err.required" }, { due: "people.err.dueBeforeMeeting" }],
    ],
  ])("%s", (_name, over, fields, actions) => {
    const checked = checkMeeting(draft(over), ctx);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.fromEntries(Object.entries(checked.errors.fields).map(([k, v]) => [k, v?.key]))).toEqual(
      fields,
    );
    expect(
      checked.errors.actions.map((e) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v?.key]))),
    ).toEqual(actions);
  });

  it("writes every action on its own line, owners once, the latest due; a task per dated action", () => {
    const checked = checkMeeting(
      draft({
        kind: "team",
        person: "",
        notes: "  ",
        actions: [
          { text: "Send proposal", owner: "M2", due: "2026-08-16" },
          { text: "Book workshop", owner: "M1", due: "2026-09-30" },
          { text: "Share notes", owner: "M2", due: "" },
          { text: "", owner: "M1", due: "" },
        ],
      }),
      ctx,
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.meeting).toEqual({
      Date: TODAY,
      Kind: "team",
      ManagerID: null,
      Topic: "Pipeline",
      Notes: null,
      Actions: "Send proposal\nBook workshop\nShare notes",
      Owner: "Bo, Ada",
      Due: serialFromYMD(2026, 9, 30),
    });
    expect(checked.value.tasks.map((t) => [t.TaskID, t.ManagerID, t.Title, t.Horizon, t.Status])).toEqual([
      ["T000002", "M2", "Send proposal", "day", "todo"],
      ["T000003", "M1", "Book workshop", "month", "todo"],
    ]);
  });

  it.each([
    [0, "day"],
    [1, "day"],
    [2, "week"],
    [7, "week"],
    [8, "month"],
  ])("an action due in %d days goes in the %s plan", (days, horizon) => {
    expect(horizonFor(TODAY + days, TODAY)).toBe(horizon);
  });
});

describe("the meetings list", () => {
  const rows = [
    ...meetings,
    row("Meetings", { Date: serialFromYMD(2026, 7, 1), Kind: "team", Topic: "Weekly · South", Owner: "Lee" }),
    row("Meetings", { Date: serialFromYMD(2026, 7, 8), Kind: "team", Topic: "Weekly", Owner: "Bo" }),
  ];
  const list = (team: string, kind: "all" | "team" | "one-on-one" = "all", person = "") =>
    meetingsOf(rows, SEED.Managers as never, { period: parsePeriod("2026-Q3"), team, kind, person }).map(
      (m) => m.row.Topic,
    );

  it.each<[string, string, "all" | "team" | "one-on-one", string, string[]]>([
    ["all teams, newest first", "", "all", "", ["Q3 goals", "Weekly", "Weekly · South"]],
    ["North: Ada's one-on-one and the meeting Bo owns", "North", "all", "", ["Q3 goals", "Weekly"]],
    ["South: the meeting naming the team", "South", "all", "", ["Weekly · South"]],
    ["one-on-ones only", "", "one-on-one", "", ["Q3 goals"]],
    ["one person", "", "all", "M1", ["Q3 goals"]],
  ])("%s", (_name, team, kind, person, topics) => {
    expect(list(team, kind, person)).toEqual(topics);
  });
});

describe("saving a meeting", () => {
  async function workbook() {
    const port = await seededWorkbook(SEED);
    return port;
  }

  it("checks Meetings and Tasks rows before the first write: a bad task writes nothing", async () => {
    const port = await workbook();
    const append = jest.spyOn(port, "appendRows");
    const checked = checkMeeting(draft({ actions: [{ text: "Call", owner: "M2", due: "2026-08-20" }] }), ctx);
    if (!checked.ok) throw new Error("expected a valid draft");
    const badTask = { ...checked.value.tasks[0], TaskID: "T000001" }; // already taken
    await expect(
      saveMeeting(port, { ...checked.value, tasks: [badTask] }, { meetings, tasks }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(append).not.toHaveBeenCalled();
  });

  it("takes the meeting back when the tasks cannot be appended", async () => {
    const port = await workbook();
    const checked = checkMeeting(draft({ actions: [{ text: "Call", owner: "M2", due: "2026-08-20" }] }), ctx);
    if (!checked.ok) throw new Error("expected a valid draft");
    const original = port.appendRows.bind(port);
    jest.spyOn(port, "appendRows").mockImplementation(async (key, rows) => {
      if (key === "Tasks") throw new Error("workbook busy");
      return original(key, rows as never);
    });
    await expect(saveMeeting(port, checked.value, { meetings, tasks })).rejects.toThrow("workbook busy");
    const after = await port.readTables(["Meetings", "Tasks"]);
    expect(after.Meetings).toHaveLength(meetings.length);
    expect(after.Tasks).toHaveLength(tasks.length);
  });
});
