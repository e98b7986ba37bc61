import { serialFromYMD } from "../../../../src/core";
import {
  ALL_TEAMS,
  NO_TEAM,
  activationRows,
  formatFigure,
  goalPeriods,
  goalsOf,
  isFullWeight,
  nextIds,
  parseDateText,
  parseNumberText,
  peopleOf,
  teamsOf,
  typedFigure,
  weightTotal,
} from "../../../../src/taskpane/screens/goals/goalsView";
import { TEAM, TODAY, bookOf, row, rowsOf } from "./fixture";

const goal = (fields: Parameters<typeof row<"Goals">>[1]) =>
  row("Goals", { GoalID: "G", ManagerID: "M1", Period: "2026-Q3", KPI: "REV", ...fields });

describe("goalPeriods", () => {
  it.each([
    [
      "calendar year: the current quarter, then periods from Goals, latest first",
      1,
      ["2026-Q3", "2026-09", "2026-Q2", "2025"],
    ],
    ["fiscal year from April: August is in Q2", 4, ["2026-Q2", "2026-Q3", "2026-09", "2025"]],
  ])("%s", (_, fiscalStart, expected) => {
    const goals = ["2026-Q2", "2025", "2026-9", "not a period", "2026-Q3", "2026-q2"].map((Period) =>
      goal({ Period }),
    );
    expect(goalPeriods(goals, TODAY, fiscalStart)).toEqual(expected);
  });

  it("offers the current quarter even without goals", () => {
    expect(goalPeriods([], serialFromYMD(2027, 1, 5), 1)).toEqual(["2027-Q1"]);
  });
});

describe("teams and people", () => {
  const managers = [
    ...rowsOf("Managers"),
    row("Managers", { ManagerID: "M5", Name: "Eve", Team: null }),
    row("Managers", { ManagerID: "M1", Name: "Ada again", Team: "North" }),
  ];

  it("lists the teams sorted, and notes people without a team", () => {
    expect(teamsOf(managers, "en-US")).toEqual({ teams: ["North", "South"], hasNoTeam: true });
  });

  it.each([
    [ALL_TEAMS, ["M1", "M2", "M3", "M4", "M5"]],
    ["North", ["M1", "M2", "M4"]],
    [NO_TEAM, ["M5"]],
  ])("people of team %j (repeated ids once)", (team, ids) => {
    expect(peopleOf(managers, team).map((p) => p.id)).toEqual(ids);
  });
});

describe("weights and activation", () => {
  it("sums weights, leaving out cancelled goals and counting blanks as 0", () => {
    const goals = [goal({ Weight: 0.5 }), goal({ Weight: null }), goal({ Weight: 0.4, Status: "cancelled" })];
    expect(weightTotal(goals)).toBe(0.5);
  });

  it.each([
    [[0.1, 0.2, 0.7], true],
    [[0.3, 0.3, 0.3, 0.1], true],
    [[0.5, 0.49995], true],
    [[0.5, 0.4998], false],
    [[0.6, 0.5], false],
  ])("weights %j add up to 100%%: %s", (weights, full) => {
    expect(isFullWeight(weightTotal(weights.map((Weight) => goal({ Weight }))))).toBe(full);
  });

  it("activates the drafts (and blank statuses) only when the set is at 100%", () => {
    const set = [
      goal({ GoalID: "A", Weight: 0.5, Status: "draft" }),
      goal({ GoalID: "B", Weight: 0.3, Status: null }),
      goal({ GoalID: "C", Weight: 0.2, Status: "active" }),
      goal({ GoalID: "D", Weight: 0.4, Status: "cancelled" }),
    ];
    expect(activationRows(set).map((g) => [g.GoalID, g.Status])).toEqual([
      ["A", "active"],
      ["B", "active"],
    ]);
    expect(activationRows(set.slice(1))).toEqual([]);
  });

  it("reads a person's goals of a period by the canonical period text", () => {
    const book = bookOf();
    const goals = [
      ...rowsOf("Goals"),
      goal({ GoalID: "X", Period: "2026-q3" }),
      goal({ GoalID: "Y", ManagerID: "M2" }),
    ];
    expect(goalsOf(goals, "M1", "2026-Q3", book).map((g) => g.GoalID)).toEqual(["G000001", "G000002", "X"]);
  });
});

describe("nextIds", () => {
  it.each([
    [[], 2, ["G000001", "G000002"]],
    [["G000007", "G12", "X99", null, " G000009 "], 1, ["G000013"]],
    [["G1234567"], 1, ["G1234568"]],
  ])("after %j", (existing, count, expected) => {
    expect(nextIds("G", existing, count)).toEqual(expected);
  });
});

describe("typed numbers and dates", () => {
  it.each([
    ["1,200,000", 1200000],
    [" 35% ", 35],
    ["１２.５", 12.5],
    ["-3", -3],
    ["", null],
    ["  ", null],
    ["12a", "invalid"],
    ["1.2.3", "invalid"],
  ])("number %j → %j", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each([
    ["2026-09-30", serialFromYMD(2026, 9, 30)],
    ["2026-2-3", serialFromYMD(2026, 2, 3)],
    ["", null],
    ["2026-02-30", "invalid"],
    ["30/09/2026", "invalid"],
  ])("date %j → %j", (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it("shows percent KPIs as percentages and others with their unit", () => {
    expect(formatFigure(0.35, "%")).toBe("35%");
    expect(formatFigure(1200000, "CNY")).toBe("1,200,000 CNY");
    expect(formatFigure(3, null)).toBe("3");
    expect(typedFigure(0.35, "%")).toBe("35");
    expect(typedFigure(null, "CNY")).toBe("");
  });
});

describe("GoalsBook.lastComparable", () => {
  const book = bookOf();

  it.each([
    ["an entered actual for a manual KPI", "M1", "REV", "2026-Q3", { period: "2026-Q2", value: 100 }],
    ["a derived count of won deals", "M1", "DEALS", "2026-Q3", { period: "2026-Q2", value: 2 }],
    ["a derived win rate", "M2", "WIN", "2026-Q3", { period: "2026-Q2", value: 0.5 }],
    ["nothing entered: null", "M3", "REV", "2026-Q3", { period: "2026-Q2", value: null }],
    ["the month before a month", "M1", "REV", "2026-07", { period: "2026-06", value: null }],
  ])("%s", (_, person, kpi, period, expected) => {
    expect(book.lastComparable(person, kpi, period)).toEqual(expected);
  });

  it("is null for an unreadable period", () => {
    expect(book.lastComparable("M1", "REV", "Q3")).toBeNull();
  });

  it("reads the fiscal year start from Settings", () => {
    const fiscal = bookOf({ ...TEAM, Settings: [row("Settings", { Key: "fiscalYearStart", Value: "4" })] });
    expect(fiscal.fiscalYearStart).toBe(4);
    expect(fiscal.period("2026-Q1")?.start).toBe(serialFromYMD(2026, 4, 1));
  });
});
