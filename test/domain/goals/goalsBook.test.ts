/** The goals workflows' index: a person's goals of a period and the last comparable actual. */
import { serialFromYMD } from "../../../src/core";
import { goalsOf } from "../../../src/domain/goals/goalsBook";
import { TEAM, bookOf, row, rowsOf } from "../../taskpane/screens/goals/fixture";

const goal = (fields: Parameters<typeof row<"Goals">>[1]) =>
  row("Goals", { GoalID: "G", ManagerID: "M1", Period: "2026-Q3", KPI: "REV", ...fields });

describe("goalsOf", () => {
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
