import fc from "fast-check";
import { pace } from "../../src/core/pace";
import { errorOf } from "./helpers";

describe("KPI.PACE", () => {
  it.each([
    ["total 0", () => pace(100, 300, 10, 0), "num", "err.notPositive"],
    ["negative target", () => pace(100, -300, 10, 30), "num", "err.negative"],
    ["negative tolerance", () => pace(100, 300, 10, 30, -0.1), "num", "err.negative"],
    ["actual not a number", () => pace(NaN, 300, 10, 30), "value", "err.notNumber"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it.each<[string, number, number, number, number, number | undefined, number]>([
    ["spec: on track", 100, 300, 10, 30, undefined, 1],
    ["spec: at risk", 95, 300, 10, 30, undefined, 2],
    ["spec: off track", 89, 300, 10, 30, undefined, 3],
    ["a lag equal to the tolerance is off track", 90, 300, 10, 30, undefined, 3],
    ["nothing elapsed yet", 0, 300, 0, 30, undefined, 1],
    ["negative elapsed counts as nothing elapsed", -5, 300, -1, 30, undefined, 1],
    ["a wider tolerance", 89, 300, 10, 30, 0.2, 2],
    ["zero tolerance: any lag is off track", 99.9, 300, 10, 30, 0, 3],
    ["target 0: nothing expected", 0, 0, 10, 30, undefined, 1],
    ["target 0 with a negative actual", -1, 0, 10, 30, undefined, 3],
    ["elapsed as a share", 0.45, 1, 0.5, 1, undefined, 2],
    ["past the end the formula still applies", 300, 300, 33, 30, undefined, 2],
    ["huge numbers", 1e308, 1e308, 1e308, 1e308, undefined, 1],
  ])("%s", (_name, actual, target, elapsed, total, tolerance, level) => {
    expect(pace(actual, target, elapsed, total, tolerance)).toBe(level);
  });

  it("never gets worse as the actual rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: -10, max: 40, noNaN: true }),
        (actual, more, target, elapsed) =>
          pace(actual + more, target, elapsed, 30) <= pace(actual, target, elapsed, 30),
      ),
    );
  });
});
