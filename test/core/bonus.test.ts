import fc from "fast-check";
import { bonus } from "../../src/core/bonus";
import { curveOf, errorOf } from "./helpers";

const spec = curveOf([0, 0], [1, 1], [1.3, 1.45]);
const threshold = curveOf([0.8, 0.5], [1, 1], [1.5, 2]);

describe("KPI.BONUS", () => {
  it.each([
    ["negative target bonus", () => bonus(-1, 1, spec), "num", "err.negative"],
    ["negative multiplier", () => bonus(1000, 1, spec, { multiplier: -1 }), "num", "err.negative"],
    ["negative proration", () => bonus(1000, 1, spec, { proration: -0.5 }), "num", "err.negative"],
    ["negative cap", () => bonus(1000, 1, spec, { cap: -1 }), "num", "err.negative"],
    ["attainment not a number", () => bonus(1000, NaN, spec), "value", "err.notNumber"],
    ["gate NaN", () => bonus(1000, 1, spec, { gate: NaN }), "value", "err.notNumber"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it.each([
    ["spec: capped curve at 130%", 100000, 1.3, spec, {}, 145000],
    ["curve beyond its last point stays at the cap", 100000, 2, spec, {}, 145000],
    ["linear between points", 100000, 1.15, spec, {}, 122500],
    ["below the threshold point pays 0", 100000, 0.79, threshold, {}, 0],
    ["at the threshold point", 100000, 0.8, threshold, {}, 50000],
    ["multiplier and proration", 100000, 1, spec, { multiplier: 1.2, proration: 0.5 }, 60000],
    ["cap as an amount", 100000, 1.3, spec, { cap: 120000 }, 120000],
    ["gate TRUE", 100000, 1, spec, { gate: true }, 100000],
    ["gate FALSE", 100000, 1, spec, { gate: false }, 0],
    ["gate 0 fails", 100000, 1, spec, { gate: 0 }, 0],
    ["gate 1 passes", 100000, 1, spec, { gate: 1 }, 100000],
    ["blank gate means no gate", 100000, 1, spec, { gate: null }, 100000],
    ["zero target bonus", 0, 1.3, spec, {}, 0],
  ])("%s", (_name, target, att, curve, opts, expected) => {
    expect(bonus(target, att, curve, opts)).toBeCloseTo(expected, 6);
  });

  it("is non-decreasing in attainment on a non-decreasing curve and never above the cap", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, d) => {
          const low = bonus(100000, a, spec, { cap: 140000 });
          const high = bonus(100000, a + d, spec, { cap: 140000 });
          return high >= low && high <= 140000 && low >= 0;
        },
      ),
    );
  });

  it("scenario: a new hire's first-year bonus", () => {
    // Target bonus 80,000; attainment 112%; company multiplier 0.9; joined on 1 April (9 of 12 months).
    const amount = bonus(80000, 1.12, spec, { multiplier: 0.9, proration: 0.75 });
    expect(amount).toBeCloseTo(80000 * (1 + 0.12 * (0.45 / 0.3)) * 0.9 * 0.75, 6);
  });
});
