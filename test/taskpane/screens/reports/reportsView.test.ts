import { serialFromYMD } from "../../../../src/core";
import { reportPeriods } from "../../../../src/taskpane/screens/reports/reportsView";
import { teamsOf } from "../../../../src/workbook/generateReport";

const AUG_15 = serialFromYMD(2026, 8, 15);
const settings = (fiscalYearStart: number) => [{ Key: "fiscalYearStart", Value: String(fiscalYearStart) }];

describe("reportPeriods", () => {
  it.each([
    {
      name: "this quarter first, then the periods with goals, latest first, each once",
      goals: ["2026-Q2", "2026-q2", "2026-Q1", "2026-09", "2026", "not a period", null],
      fiscal: 1,
      expected: { periods: ["2026", "2026-Q3", "2026-09", "2026-Q2", "2026-Q1"], current: "2026-Q3" },
    },
    {
      name: "the current quarter by a fiscal year starting in April",
      goals: [],
      fiscal: 4,
      expected: { periods: ["2026-Q2"], current: "2026-Q2" },
    },
  ])("$name", ({ goals, fiscal, expected }) => {
    // A blank Period cell reads as "" here (the column is required; the function skips blanks all the same).
    const rows = goals.map((Period) => ({ Period: Period ?? "" }));
    expect(reportPeriods(rows, settings(fiscal), AUG_15)).toEqual(expected);
  });
});

describe("teamsOf (the scopes the screen offers)", () => {
  it("lists each team once, trimmed, sorted, without blanks", () => {
    const rows = ["South", " north ", "North", null, "", "East"].map((Team) => ({ Team }));
    expect(teamsOf(rows)).toEqual(["East", "north", "South"]);
  });
});
