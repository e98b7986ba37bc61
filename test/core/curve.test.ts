import fc from "fast-check";
import { curveValue, makeCurve, type Curve } from "../../src/core/curve";
import { numericRows, tableRows } from "../../src/core/table";
import { curveOf, errorOf, rowsOf, thrown } from "./helpers";

const spec = curveOf([0.9, 0.5], [1, 1], [1.2, 2]);

describe("KPI.CURVE", () => {
  it.each([
    ["no rows", () => makeCurve([]), "value", "err.table.empty"],
    ["points not ascending", () => makeCurve(rowsOf([1, 1], [0.9, 0.5])), "value", "err.table.notAscending"],
    ["repeated point", () => makeCurve(rowsOf([1, 1], [1, 2])), "value", "err.table.notAscending"],
    ["value not a number", () => makeCurve(rowsOf([1, NaN])), "value", "err.table.notNumber"],
    ["x not a number", () => curveValue(NaN, spec), "value", "err.notNumber"],
    ["unknown mode", () => curveValue(1, spec, "smooth" as "step"), "value", "err.option"],
    ["hand-built empty curve", () => curveValue(1, { points: [], values: [] }), "value", "err.table.empty"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("names the argument and the user's row", () => {
    const rows = [
      { row: 2, key: 0.9, value: 0.5 },
      { row: 3, key: 1.2, value: 1 },
      { row: 5, key: 1, value: 2 },
    ];
    expect(thrown(() => makeCurve(rows)).message).toBe("curve: row 5 is not in ascending order");
    expect(thrown(() => makeCurve(rows, "payout")).localized("zh-CN")).toBe("payout：第 5 行未按升序排列");
  });

  it.each([
    [0.95, "linear", 0.75],
    [1.1, "linear", 1.5],
    [0.85, "linear", 0],
    [0.9, "linear", 0.5],
    [1.3, "linear", 2],
    [1.2, "linear", 2],
    [1, "linear", 1],
    [0.95, "step", 0.5],
    [1.1, "step", 1],
    [1.2, "step", 2],
    [0.89, "step", 0],
  ] as const)("spec curve at %p (%s) → %p", (x, mode, expected) => {
    expect(curveValue(x, spec, mode)).toBeCloseTo(expected, 12);
  });

  it("returns `below` under the first point", () => {
    expect(curveValue(0.5, spec, "linear", 0.25)).toBe(0.25);
    expect(curveValue(0.5, spec, "step", -1)).toBe(-1);
  });

  it("reads a single-point curve as a step: below, then the value", () => {
    const one = curveOf([1, 1.5]);
    expect([curveValue(0.99, one), curveValue(1, one), curveValue(7, one, "step")]).toEqual([0, 1.5, 1.5]);
  });

  it("interpolates between points at the edge of the float range", () => {
    const wide = curveOf([-1.5e308, -1e308], [1.5e308, 1e308]);
    expect(curveValue(0, wide)).toBeCloseTo(0, 0);
    expect(Number.isFinite(curveValue(1e308, wide))).toBe(true);
  });

  it("reads raw ranges: header and blank rows skipped, user's row numbers kept", () => {
    const range = [
      ["Attainment", "Payout"],
      [0.9, 0.5],
      ["", null],
      [1, "1"],
      [1.2, 2],
    ];
    expect(tableRows(range).map((r) => r.row)).toEqual([2, 4, 5]);
    expect(makeCurve(numericRows(range, "curve"))).toEqual({ points: [0.9, 1, 1.2], values: [0.5, 1, 2] });
    expect(
      thrown(() =>
        numericRows(
          [
            [0.9, 0.5],
            [1, "high"],
          ],
          "curve",
        ),
      ).message,
    ).toBe("curve: row 2, column 2 is not a number");
    // A first row of numbers written as text is data, not a header.
    expect(tableRows([["0.9", "0.5"]])).toHaveLength(1);
  });

  it("is monotone for a monotone curve", () => {
    const monotoneCurve = fc
      .uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 })
      .chain((points) =>
        fc
          .array(fc.double({ min: 0, max: 1e6, noNaN: true }), {
            minLength: points.length,
            maxLength: points.length,
          })
          .map((steps): Curve => {
            const sorted = [...points].sort((a, b) => a - b);
            let acc = 0;
            return { points: sorted, values: steps.map((s) => (acc += s)) };
          }),
      );
    fc.assert(
      fc.property(
        monotoneCurve,
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom("linear" as const, "step" as const),
        (curve, x, dx, mode) => curveValue(x + dx, curve, mode) >= curveValue(x, curve, mode),
      ),
    );
  });

  it("never returns NaN or Infinity for finite input", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 5 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (pts, x) => {
          const points = [...pts].sort((a, b) => a - b).filter((p, i, all) => i === 0 || p > all[i - 1]);
          const curve = { points, values: points.map((p) => -p) };
          return Number.isFinite(curveValue(x, curve));
        },
      ),
    );
  });
});
