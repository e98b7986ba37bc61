import fc from "fast-check";
import { bandScore, score, stepScore } from "../../src/core/score";
import { errorOf } from "./helpers";

describe("KPI.SCORE", () => {
  it.each([
    [
      "cap below threshold",
      () => score(80, 100, { threshold: 0.8, cap: 0.5 }),
      "num",
      "err.capBelowThreshold",
    ],
    ["target 0", () => score(80, 0), "div0", "err.zero"],
    ["negative full score", () => score(80, 100, { fullScore: -1 }), "num", "err.negative"],
    ["threshold NaN", () => score(80, 100, { threshold: NaN }), "value", "err.notNumber"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it.each([
    [800, 1000, {}, 80],
    [1300, 1000, { cap: 1.2 }, 120],
    [1300, 1000, {}, 100],
    [790, 1000, { threshold: 0.8 }, 0],
    [800, 1000, { threshold: 0.8 }, 80],
    [-100, 1000, {}, 0],
    [3, 5, { direction: "lower" as const, cap: 1.5 }, 140],
    [800, 1000, { fullScore: 10 }, 8],
  ])("(%p, %p, %j) → %p", (actual, target, opts, expected) => {
    expect(score(actual, target, opts)).toBeCloseTo(expected, 9);
  });

  it("is never below 0 nor above cap × fullScore", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        (a, t) => {
          const s = score(a, t, { cap: 1.2 });
          return s >= 0 && s <= 120;
        },
      ),
    );
  });
});

describe("KPI.STEPSCORE", () => {
  it.each([
    ["step 0", () => stepScore(530, 500, 0, 1), "num", "err.notPositive"],
    ["step < 0", () => stepScore(530, 500, -10, 1), "num", "err.notPositive"],
    ["min above max", () => stepScore(530, 500, 10, 1, { minPoints: 5, maxPoints: 3 }), "num", "err.order"],
    [
      "unknown rounding",
      () => stepScore(530, 500, 10, 1, { rounding: "ceil" as "floor" }),
      "value",
      "err.option",
    ],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it.each([
    ["spec: 3 whole steps above", 530, 500, 10, 1, {}, 3],
    [
      "spec: lower, floor",
      0.0225,
      0.02,
      0.001,
      0,
      { pointsBelow: 3, minPoints: -15, direction: "lower" as const },
      -6,
    ],
    [
      "spec: lower, prorata",
      0.0225,
      0.02,
      0.001,
      0,
      { pointsBelow: 3, minPoints: -15, direction: "lower" as const, rounding: "prorata" as const },
      -7.5,
    ],
    ["0.3 / 0.1 counts 3 steps", 0.3, 0, 0.1, 1, {}, 3],
    ["0.7 / 0.1 counts 7 steps", 0.7, 0, 0.1, 2, {}, 14],
    ["a partial step below counts nothing", 495, 500, 10, 1, {}, -0],
    ["whole steps below, default pointsBelow", 470, 500, 10, 1, {}, -3],
    ["clamped to maxPoints", 1000, 500, 10, 1, { maxPoints: 10 }, 10],
    ["clamped to minPoints", 0, 500, 10, 1, { minPoints: -15 }, -15],
    ["exactly on target", 500, 500, 10, 1, {}, 0],
    ["lower direction above target loses points", 0.025, 0.02, 0.001, 1, { direction: "lower" as const }, -5],
  ])("%s", (_name, actual, target, step, above, opts, expected) => {
    expect(stepScore(actual, target, step, above, opts)).toBeCloseTo(expected, 9);
  });

  it("is non-decreasing in actual for non-negative points ('higher', floor)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (a, delta) => {
          return (
            stepScore(a + delta, 0, 7, 2, { pointsBelow: 1 }) >= stepScore(a, 0, 7, 2, { pointsBelow: 1 })
          );
        },
      ),
    );
  });
});

describe("KPI.BANDSCORE", () => {
  it.each([
    ["band 0", () => bandScore(1, 1, 0), "num", "err.notPositive"],
    ["negative full score", () => bandScore(1, 1, 1, { fullScore: -5 }), "num", "err.negative"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it.each([
    [0.04, 0.02, 0.02, {}, 100],
    [0.05, 0.02, 0.02, {}, 100],
    [0.0, 0.02, 0.02, {}, 0],
    [0.02, 0.02, 0.02, {}, 50],
    [0.03, 0.02, 0.02, {}, 75],
    // "低于目标2个百分点得满分, 高于2个百分点得0分": a lower-is-better rate.
    [0.0, 0.02, 0.02, { direction: "lower" as const }, 100],
    [0.04, 0.02, 0.02, { direction: "lower" as const }, 0],
    [0.01, 0.02, 0.02, { direction: "lower" as const }, 75],
    [0.03, 0.02, 0.02, { direction: "lower" as const, fullScore: 10 }, 2.5],
  ])("(%p, %p, %p, %j) → %p", (actual, target, band, opts, expected) => {
    expect(bandScore(actual, target, band, opts)).toBeCloseTo(expected, 9);
  });

  it("stays within [0, fullScore], also for huge bands", () => {
    expect(bandScore(0, 0, 1.7e308)).toBe(50);
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 1e-9, max: 1e300, noNaN: true }),
        (a, b) => {
          const s = bandScore(a, 0, b);
          return s >= 0 && s <= 100;
        },
      ),
    );
  });
});

describe("scorecard scenario", () => {
  it("scores an account manager's quarter", () => {
    // Deposits 1.15M of 1.2M target; complaints 2 against a ceiling of 4; 3 new customers per 10 over 20 target.
    const deposits = score(1_150_000, 1_200_000, { threshold: 0.8 });
    const complaints = score(2, 4, { direction: "lower", cap: 1.2 });
    const newCustomers = stepScore(43, 20, 10, 5, { maxPoints: 20 });
    expect(deposits).toBeCloseTo(95.8333, 3);
    expect(complaints).toBeCloseTo(120, 9);
    expect(newCustomers).toBe(10);
  });
});
