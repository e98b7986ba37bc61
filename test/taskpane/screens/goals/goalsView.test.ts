import { serialFromYMD } from "../../../../src/core";
import {
  ALL_TEAMS,
  NO_TEAM,
  goalPeriods,
  parentGoalText,
  peopleOf,
} from "../../../../src/taskpane/screens/goals/goalsView";
import { teamChoices } from "../../../../src/domain/teams";
import type { GoalRow, KpiRow } from "../../../../src/model";
import { TODAY, row, rowsOf, goalRow as goal } from "./fixture";

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
    expect(
      teamChoices(
        managers.map((m) => m.Team),
        "en-US",
      ),
    ).toEqual({ teams: ["North", "South"], hasNoTeam: true });
  });

  it.each([
    [ALL_TEAMS, ["M1", "M2", "M3", "M4", "M5"]],
    ["North", ["M1", "M2", "M4"]],
    [NO_TEAM, ["M5"]],
  ])("people of team %j (repeated ids once)", (team, ids) => {
    expect(peopleOf(managers, team).map((p) => p.id)).toEqual(ids);
  });
});

describe("parentGoalText", () => {
  const kpis = new Map([["WEALTH_SALES", { KPI: "WEALTH_SALES", Name: "财富产品销售" } as KpiRow]]);
  const goals = [{ GoalID: "G000145", KPI: "WEALTH_SALES", Period: "2027-Q1" } as GoalRow];

  it("names a cascaded parent by team, period and KPI name, never by its id", () => {
    expect(parentGoalText("公司金融部/2027-Q1/WEALTH_SALES", goals, kpis)).toBe(
      "公司金融部 · 2027-Q1 · 财富产品销售",
    );
    // A team name may itself hold a slash; the period and KPI are the last two parts.
    expect(parentGoalText("North/East/2027-Q1/WEALTH_SALES", goals, kpis)).toBe(
      "North/East · 2027-Q1 · 财富产品销售",
    );
  });

  it("names a parent given as a goal id by that goal's KPI and period; an unknown KPI keeps its code", () => {
    expect(parentGoalText(" G000145 ", goals, kpis)).toBe("财富产品销售 · 2027-Q1");
    expect(parentGoalText("SME/2027-Q1/NEW_KPI", goals, kpis)).toBe("SME · 2027-Q1 · NEW_KPI");
    expect(parentGoalText("a note", goals, kpis)).toBe("a note");
  });
});
