/** Goal figures: weights and their 100% rule, activation, typed numbers and dates, percent units. */
import { serialFromYMD } from "../../../src/core";
import {
  activationRows,
  formatFigure,
  isFullWeight,
  parseDateText,
  parseNumberText,
  typedFigure,
  weightTotal,
} from "../../../src/domain/goals/figures";
import { goalRow as goal } from "../../taskpane/screens/goals/fixture";

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
    // The goal form has always taken Excel's own first days, and nothing before them.
    ["1899-12-30", 0],
    ["1899-12-31", 1],
    ["1899-12-29", "invalid"],
    ["1899-02-01", "invalid"],
    ["1898-12-31", "invalid"],
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
