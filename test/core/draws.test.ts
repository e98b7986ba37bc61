import fc from "fast-check";
import { draws } from "../../src/core/draws";
import { errorOf } from "./helpers";

describe("KPI.DRAWS", () => {
  it.each([
    ["guarantee of another size", () => draws([1, 2, 3], [1, 2]), "value", "err.sizeMismatch"],
    ["negative guarantee", () => draws([1], [-1]), "num", "err.negative"],
    ["unknown type", () => draws([1], [1], "partial" as "recoverable"), "value", "err.option"],
    ["earned not a number", () => draws([NaN], [1]), "value", "err.notNumber"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it.each<[string, number[], number[], "nonrecoverable" | "recoverable" | undefined, number[], number[]]>([
    ["spec: non-recoverable", [600, 1300], [1000], undefined, [1000, 1300], [0, 0]],
    ["spec: recoverable", [600, 1300], [1000], "recoverable", [1000, 900], [400, 0]],
    [
      "recovery can take a whole period's earnings",
      [0, 1500, 2000],
      [1000],
      "recoverable",
      [1000, 500, 2000],
      [1000, 0, 0],
    ],
    [
      "balance builds up over a slow start",
      [200, 300, 1200, 2500],
      [1000],
      "recoverable",
      [1000, 1000, 0, 2200],
      [800, 1500, 300, 0],
    ],
    [
      "per-period guarantees (a ramp)",
      [500, 500, 500],
      [1000, 500, 0],
      "recoverable",
      [1000, 0, 500],
      [500, 0, 0],
    ],
    ["negative earnings (a clawback) under a guarantee", [-200], [1000], "recoverable", [1000], [1200]],
    ["nothing to pay", [], [1000], undefined, [], []],
  ])("%s", (_name, earned, guarantee, type, paid, balance) => {
    expect(draws(earned, guarantee, type)).toEqual({ paid, balance });
  });

  const periods = fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { maxLength: 24 });

  it("recoverable: paid so far = earned so far + balance, the balance never negative", () => {
    fc.assert(
      fc.property(periods, fc.double({ min: 0, max: 1e7, noNaN: true }), (earned, g) => {
        const { paid, balance } = draws(earned, [g], "recoverable");
        let paidSum = 0;
        let earnedSum = 0;
        return earned.every((e, i) => {
          paidSum += paid[i];
          earnedSum += e;
          const ok =
            Math.abs(paidSum - (earnedSum + balance[i])) <= 1e-6 * Math.max(1, paidSum) &&
            balance[i] >= 0 &&
            paid[i] >= 0;
          return ok && (e < g ? paid[i] === g : paid[i] <= e);
        });
      }),
    );
  });

  it("non-recoverable pays at least the guarantee and the earnings, and never more than both", () => {
    fc.assert(
      fc.property(periods, fc.double({ min: 0, max: 1e7, noNaN: true }), (earned, g) => {
        const { paid, balance } = draws(earned, [g]);
        return earned.every((e, i) => paid[i] === Math.max(e, g) && balance[i] === 0);
      }),
    );
  });

  it("over a year, recoverable pays no more than non-recoverable", () => {
    fc.assert(
      fc.property(periods, fc.double({ min: 0, max: 1e7, noNaN: true }), (earned, g) => {
        const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
        return (
          sum(draws(earned, [g], "recoverable").paid) <= sum(draws(earned, [g]).paid) * (1 + 1e-12) + 1e-6
        );
      }),
    );
  });
});
