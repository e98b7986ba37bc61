import { serialFromYMD } from "../../../../src/core";
import {
  ALL_TEAMS,
  NO_TEAM,
  goalPeriods,
  peopleOf,
  teamsOf,
} from "../../../../src/taskpane/screens/goals/goalsView";
import { TODAY, row, rowsOf } from "./fixture";

const goal = (fields: Parameters<typeof row<"Goals">>[1]) =>
  row("Goals", { GoalID: "G", ManagerID: "M1", Period: "2026-Q3", KPI: "REV", ...fields });

describe("goalPeriods", () => {
  it.each([
    [
      "calendar year: the current quarter, the quarters to the end of next year, then periods from Goals, latest first",
      1,
      ["2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2026-09", "2026-Q2", "2025"],
    ],
    [
      "fiscal year from April: August is in Q2, next fiscal year ends with 2027-Q4",
      4,
      ["2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2026-09", "2025"],
    ],
  ])("%s", (_, fiscalStart, expected) => {
    const goals = ["2026-Q2", "2025", "2026-9", "not a period", "2026-Q3", "2026-q2"].map((Period) =>
      goal({ Period }),
    );
    expect(goalPeriods(goals, TODAY, fiscalStart)).toEqual(expected);
  });

  it("offers the current quarter and next year's quarters even without goals", () => {
    expect(goalPeriods([], serialFromYMD(2027, 1, 5), 1)).toEqual([
      "2027-Q1",
      "2027-Q2",
      "2027-Q3",
      "2027-Q4",
      "2028-Q1",
      "2028-Q2",
      "2028-Q3",
      "2028-Q4",
    ]);
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
