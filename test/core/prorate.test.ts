import fc from "fast-check";
import { serialFromYMD as S } from "../../src/core/dates";
import { prorate } from "../../src/core/prorate";
import { errorOf, thrown } from "./helpers";

const Y0 = S(2026, 1, 1);
const Y1 = S(2026, 12, 31);

describe("KPI.PRORATE", () => {
  it.each([
    ["period end before start", () => prorate(1000, null, null, Y1, Y0), "num", "err.order"],
    ["date outside Excel's range", () => prorate(1000, -5, null, Y0, Y1), "num", "err.date.range"],
    ["value not a number", () => prorate(NaN, null, null, Y0, Y1), "value", "err.notNumber"],
    ["unknown basis", () => prorate(1000, null, null, Y0, Y1, "weeks" as "days"), "value", "err.option"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("names the date argument", () => {
    expect(thrown(() => prorate(1000, 3e6, null, Y0, Y1)).message).toBe(
      "start: 3000000 is not a date Excel can show (serial 0 to 2958465)",
    );
  });

  it.each([
    ["spec: Jan–Aug by days", 1000, null, S(2026, 8, 31), "days", 665.75],
    ["spec: from Sep by days", 1500, S(2026, 9, 1), null, "days", 501.37],
    ["spec: Jan–Aug by months", 1000, null, S(2026, 8, 31), "months", 666.67],
    ["spec: from Sep by months", 1500, S(2026, 9, 1), null, "months", 500],
    ["whole period", 1000, null, null, "days", 1000],
    ["employment spanning the period", 1000, S(2020, 1, 1), S(2030, 1, 1), "months", 1000],
    ["no overlap: left before", 1000, S(2025, 1, 1), S(2025, 12, 31), "days", 0],
    ["no overlap: joined after", 1000, S(2027, 1, 1), null, "days", 0],
    ["start after end covers nothing", 1000, S(2026, 6, 1), S(2026, 5, 1), "days", 0],
    ["one day", 365, S(2026, 3, 3), S(2026, 3, 3), "days", 1],
    ["half of February by months", 1200, S(2026, 2, 15), S(2026, 2, 28), "months", (1200 * (14 / 28)) / 12],
    ["time of day ignored", 1500, S(2026, 9, 1) + 0.6, null, "days", 501.37],
  ] as const)("%s", (_name, value, start, end, basis, expected) => {
    expect(prorate(value, start, end, Y0, Y1, basis)).toBeCloseTo(expected, 2);
  });

  it("splits a plan change exactly: the two parts add up to the whole", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Y0, max: Y1 - 1 }),
        fc.constantFrom("days" as const, "months" as const),
        (cut, basis) => {
          const before = prorate(1000, null, cut, Y0, Y1, basis);
          const after = prorate(1000, cut + 1, null, Y0, Y1, basis);
          return Math.abs(before + after - 1000) < 1e-9 && before >= 0 && after >= 0;
        },
      ),
    );
  });

  it("scenario: a quarterly target for someone who joined mid-quarter", () => {
    // Q3 2026 (92 days); joined 15 August: 17 + 30 = 47 days.
    expect(prorate(300000, S(2026, 8, 15), null, S(2026, 7, 1), S(2026, 9, 30))).toBeCloseTo(
      (300000 * 47) / 92,
      6,
    );
    expect(prorate(300000, S(2026, 8, 15), null, S(2026, 7, 1), S(2026, 9, 30), "months")).toBeCloseTo(
      (300000 * (17 / 31 + 1)) / 3,
      6,
    );
  });
});
