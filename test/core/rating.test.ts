import { makeBands, rating, type Band } from "../../src/core/rating";
import { errorOf, thrown } from "./helpers";

const bands = makeBands([
  { row: 2, min: 0, label: "D" },
  { row: 3, min: 60, label: "C" },
  { row: 4, min: 75, label: " B " },
  { row: 5, min: 90, label: "A" },
]);

describe("KPI.RATING", () => {
  it.each<[string, () => unknown, string, string]>([
    ["no bands", () => makeBands([]), "value", "err.table.empty"],
    [
      "minimums not ascending",
      () =>
        makeBands([
          { row: 2, min: 60, label: "C" },
          { row: 3, min: 0, label: "D" },
        ]),
      "value",
      "err.table.notAscending",
    ],
    ["blank label", () => makeBands([{ row: 2, min: 0, label: "  " }]), "value", "err.table.noLabel"],
    [
      "minimum not a number",
      () => makeBands([{ row: 2, min: NaN, label: "D" }] as Band[]),
      "value",
      "err.table.notNumber",
    ],
    ["below the lowest band", () => rating(-1, bands), "na", "err.rating.below"],
    ["score not a number", () => rating(NaN, bands), "value", "err.notNumber"],
    ["hand-built empty bands", () => rating(1, []), "value", "err.table.empty"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("names the argument and row, and says 'below the lowest band'", () => {
    expect(
      thrown(() =>
        makeBands(
          [
            { row: 2, min: 0, label: "D" },
            { row: 3, min: 0, label: "C" },
          ],
          "scale",
        ),
      ).message,
    ).toBe("scale: row 3 is not in ascending order");
    expect(thrown(() => rating(-1, bands)).message).toBe("below the lowest band");
  });

  it.each([
    [90, "A"],
    [89.99, "B"],
    [75, "B"],
    [74.999, "C"],
    [60, "C"],
    [0, "D"],
    [1e300, "A"],
  ])("%p → %p", (score, label) => {
    expect(rating(score, bands)).toBe(label);
  });

  it("reads a single band", () => {
    expect(rating(5, makeBands([{ row: 1, min: 5, label: "Pass" }]))).toBe("Pass");
  });
});
