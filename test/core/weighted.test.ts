import fc from "fast-check";
import { weighted } from "../../src/core/weighted";
import { errorOf } from "./helpers";

describe("KPI.WEIGHTED", () => {
  it.each([
    ["sizes differ", () => weighted([1, 2, 3], [1, 1]), "value", "err.sizeMismatch"],
    ["negative weight", () => weighted([1, 2], [1, -1]), "num", "err.negative"],
    ["weights of present scores add up to 0", () => weighted([1, null], [0, 1]), "div0", "err.zero"],
    ["score not a number", () => weighted([NaN], [1]), "value", "err.notNumber"],
    ["weight Infinity", () => weighted([1], [Infinity]), "num", "err.notFinite"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it.each<[string, (number | null)[], number[], boolean | undefined, number | null]>([
    ["spec: equal weights", [1, 0, 0], [1, 1, 1], undefined, 1 / 3],
    ["spec: zero weight on the only non-zero score", [1, 0, 0], [0, 0.5, 0.5], undefined, 0],
    ["weights need not add up to 1", [80, 90], [2, 1], true, 250 / 3],
    ["blanks skipped and weights renormalised", [80, null, 90], [0.5, 0.3, 0.2], true, 58 / 0.7],
    ["not normalised: Σ w·s, blanks as 0", [80, null, 90], [0.5, 0.3, 0.2], false, 58],
    ["all blank", [null, null], [1, 1], true, null],
    ["all blank, not normalised", [null], [1], false, null],
    ["empty", [], [], true, null],
    ["not normalised with zero weights", [5], [0], false, 0],
    ["huge scores averaged without overflow", [1e308, 1e308], [1e10, 1e10], true, 1e308],
  ])("%s", (_name, scores, weights, normalize, expected) => {
    const result = weighted(scores, weights, normalize);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 9);
  });

  it("normalised result lies between the smallest and largest present score", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true })),
            fc.double({ min: 0.001, max: 100, noNaN: true }),
          ),
          {
            minLength: 1,
          },
        ),
        (pairs) => {
          const scores = pairs.map(([s]) => s);
          const present = scores.filter((s): s is number => s !== null);
          const result = weighted(
            scores,
            pairs.map(([, w]) => w),
          );
          if (present.length === 0) return result === null;
          const slack = 1e-9 * Math.max(1, ...present.map(Math.abs));
          return (
            result !== null &&
            result >= Math.min(...present) - slack &&
            result <= Math.max(...present) + slack
          );
        },
      ),
    );
  });

  it("scenario: a four-KPI scorecard with one KPI not yet measured", () => {
    // Deposits 40%, loans 30%, new customers 20%, satisfaction 10% (survey not run yet).
    expect(weighted([95, 110, 80, null], [0.4, 0.3, 0.2, 0.1])).toBeCloseTo((38 + 33 + 16) / 0.9, 9);
  });
});
