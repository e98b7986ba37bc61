import fc from "fast-check";
import { calibrate } from "../../src/core/calibrate";
import { errorOf } from "./helpers";

describe("KPI.CALIBRATE", () => {
  it.each([
    ["sizes differ", () => calibrate([1, 2], ["Li"]), "value", "err.sizeMismatch"],
    ["unknown method", () => calibrate([1], ["Li"], "median" as "z"), "value", "err.option"],
    ["score not a number", () => calibrate([NaN], ["Li"]), "value", "err.notNumber"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  const sd = Math.sqrt(4.75 / 4);

  it.each<[string, (number | null)[], (string | null)[], "mean" | "z" | undefined, (number | null)[]]>([
    [
      "mean: a lenient and a severe rater",
      [4, 5, 2, 3],
      ["Li", "Li", "Wang", "Wang"],
      undefined,
      [3, 4, 3, 4],
    ],
    [
      "z: spreads rescaled to the overall spread",
      [2, 4, 4, 5],
      ["Li", "Li", "Wang", "Wang"],
      "z",
      [3.75 - sd, 3.75 + sd, 3.75 - sd, 3.75 + sd],
    ],
    [
      "z: a rater with no spread falls back to mean",
      [3, 3, 1, 5],
      ["Zhao", "Zhao", "Li", "Li"],
      "z",
      [3, 3, 3 - Math.SQRT2, 3 + Math.SQRT2],
    ],
    [
      "a rater with one score is left unchanged",
      [4, 5, 1],
      ["Li", "Li", "Wang"],
      undefined,
      [4 - 4.5 + 10 / 3, 5 - 4.5 + 10 / 3, 1],
    ],
    [
      "scores without a rater are left unchanged",
      [4, 5, 2],
      ["Li", "Li", null],
      undefined,
      [3.166666666666667, 4.166666666666667, 2],
    ],
    ["raters match trimmed and case-insensitively", [4, 2], ["Li", " li "], undefined, [4, 2]],
    ["blank scores stay blank", [null, 4, 2], ["Li", "Li", "Li"], undefined, [null, 4, 2]],
    ["all blank", [null, null], ["Li", "Li"], "z", [null, null]],
    ["empty", [], [], undefined, []],
  ])("%s", (_name, scores, raters, method, expected) => {
    const result = calibrate(scores, raters, method);
    expect(result).toHaveLength(expected.length);
    result.forEach((v, i) => {
      if (expected[i] === null) expect(v).toBeNull();
      else expect(v).toBeCloseTo(expected[i] as number, 9);
    });
  });

  it("treats a spread of rounding noise as no spread", () => {
    expect(calibrate([0.1, 0.1, 0.1, 1, 2], ["A", "A", "A", "B", "B"], "z").slice(0, 3)).toEqual([
      expect.closeTo(0.66, 9),
      expect.closeTo(0.66, 9),
      expect.closeTo(0.66, 9),
    ]);
  });

  it("'mean' preserves the overall mean when every rater has at least 2 scores", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 1, max: 5, noNaN: true }),
            fc.double({ min: 1, max: 5, noNaN: true }),
            fc.constantFrom("A", "B", "C", "D"),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        (pairs) => {
          const scores = pairs.flatMap(([s, t]) => [s, t]);
          const raters = pairs.flatMap(([, , r]) => [r, r]);
          const out = calibrate(scores, raters) as number[];
          const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
          return Math.abs(mean(out) - mean(scores)) < 1e-9;
        },
      ),
    );
  });

  it("never returns NaN or Infinity for finite scores", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.double({ min: -1e150, max: 1e150, noNaN: true }), { nil: null }),
            fc.constantFrom("A", "B", null),
          ),
          { maxLength: 12 },
        ),
        fc.constantFrom("mean" as const, "z" as const),
        (pairs, method) =>
          calibrate(
            pairs.map(([s]) => s),
            pairs.map(([, r]) => r),
            method,
          ).every((v) => v === null || Number.isFinite(v)),
      ),
    );
  });

  it("scenario: two supervisors rating their teams on the 1–5 scale", () => {
    const scores = [4.5, 4.0, 4.8, 4.2, 3.0, 2.6, 3.4, 3.2];
    const raters = ["Chen", "Chen", "Chen", "Chen", "Zhou", "Zhou", "Zhou", "Zhou"];
    const calibrated = calibrate(scores, raters) as number[];
    // Chen is 1.325 points more lenient than Zhou; after calibration both teams average the overall 3.7125.
    const teamMean = (from: number) => calibrated.slice(from, from + 4).reduce((a, x) => a + x, 0) / 4;
    expect(teamMean(0)).toBeCloseTo(3.7125, 9);
    expect(teamMean(4)).toBeCloseTo(3.7125, 9);
    expect(calibrated[2] - calibrated[1]).toBeCloseTo(0.8, 9);
  });
});
