import fc from "fast-check";
import {
  explainTiered,
  makeTiers,
  nextTier,
  tiered,
  type Tiers,
  type TierOptions,
} from "../../src/core/tiers";
import { close, errorOf, rowsOf, thrown, tiersOf } from "./helpers";

const spec = tiersOf([0, 0.04], [150000, 0.06], [250000, 0.08]);
const relative = tiersOf([0, 0.02], [1, 0.05], [1.5, 0.08]);
const withFloor = tiersOf([10000, 0.05], [20000, 0.1]);

describe("KPI.TIERED", () => {
  it.each([
    ["amount < 0", () => tiered(-1, spec), "num", "err.negative"],
    ["prior < 0", () => tiered(1, spec, { prior: -1 }), "num", "err.negative"],
    ["quota 0", () => tiered(1, spec, { quota: 0 }), "num", "err.notPositive"],
    ["quota < 0", () => tiered(1, spec, { quota: -5 }), "num", "err.notPositive"],
    ["amount NaN", () => tiered(NaN, spec), "value", "err.notNumber"],
    ["unknown method", () => tiered(1, spec, { method: "flat" as "retro" }), "value", "err.option"],
    ["no tiers", () => makeTiers([]), "value", "err.table.empty"],
    ["bounds not ascending", () => makeTiers(rowsOf([5, 0.1], [5, 0.2])), "value", "err.table.notAscending"],
    ["negative bound", () => makeTiers(rowsOf([-5, 0.1])), "num", "err.table.negative"],
    ["rate not a number", () => makeTiers(rowsOf([0, Infinity])), "value", "err.table.notNumber"],
    ["hand-built empty tiers", () => tiered(1, { bounds: [], rates: [] }), "value", "err.table.empty"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("names the argument and the user's row", () => {
    const rows = rowsOf([0, 0.04], [250000, 0.08], [150000, 0.06]);
    expect(thrown(() => makeTiers(rows)).message).toBe("tiers: row 4 is not in ascending order");
    expect(thrown(() => tiered(10, spec, { quota: 0 })).message).toBe("quota must be greater than 0 (got 0)");
  });

  it.each<[string, number, Tiers, TierOptions, number]>([
    ["spec: marginal slice across a bound", 20000, spec, { prior: 145000 }, 1100],
    ["marginal, all three tiers", 300000, spec, {}, 16000],
    ["marginal, exactly at a bound", 150000, spec, {}, 6000],
    ["retro, whole amount at the reached rate", 300000, spec, { method: "retro" }, 24000],
    ["retro, a value equal to a bound belongs to that tier", 150000, spec, { method: "retro" }, 9000],
    ["retro, just below a bound", 149999.99, spec, { method: "retro" }, 5999.9996],
    ["retro true-up F(prior + amount) − F(prior)", 20000, spec, { method: "retro", prior: 145000 }, 4100],
    ["retro true-up within one tier", 10000, spec, { method: "retro", prior: 160000 }, 600],
    ["quota-relative marginal", 120000, relative, { quota: 100000 }, 3000],
    ["quota-relative retro", 120000, relative, { quota: 100000, method: "retro" }, 6000],
    [
      "quota-relative bound 1.1 × 100 reached at exactly 110",
      110,
      tiersOf([0, 0.01], [1.1, 0.02]),
      { quota: 100, method: "retro" },
      2.2,
    ],
    [
      "quota-relative just below 1.1 × 100",
      109.99,
      tiersOf([0, 0.01], [1.1, 0.02]),
      { quota: 100, method: "retro" },
      1.0999,
    ],
    ["below the first bound earns nothing", 5000, withFloor, {}, 0],
    ["below the first bound earns nothing (retro)", 5000, withFloor, { method: "retro" }, 0],
    ["marginal above a floor", 12000, withFloor, {}, 100],
    ["retro above a floor", 12000, withFloor, { method: "retro" }, 600],
    ["zero amount", 0, spec, { prior: 200000 }, 0],
    ["null quota means absolute bounds", 20000, spec, { quota: null, prior: 145000 }, 1100],
    ["tiny amounts", 1e-9, spec, {}, 4e-11],
    ["huge amounts", 1e15, spec, {}, 1e15 * 0.08 - 250000 * 0.08 + 100000 * 0.06 + 150000 * 0.04],
  ])("%s", (_name, amount, tiers, opts, expected) => {
    expect(close(tiered(amount, tiers, opts), expected, 1e-12)).toBe(true);
  });

  const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
  const ratesTiers = fc
    .uniqueArray(fc.double({ min: 0, max: 1e8, noNaN: true }), { minLength: 1, maxLength: 6 })
    .chain((bounds) =>
      fc
        .array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: bounds.length,
          maxLength: bounds.length,
        })
        .map((rates): Tiers => ({ bounds: [...bounds].sort((a, b) => a - b), rates })),
    );

  it("marginal is non-decreasing in amount and continuous at every bound", () => {
    fc.assert(
      fc.property(
        ratesTiers,
        amount,
        amount,
        (tiers, a, d) => tiered(a + d, tiers) >= tiered(a, tiers) - 1e-9 * tiered(a, tiers),
      ),
    );
    fc.assert(
      fc.property(ratesTiers, (tiers) =>
        tiers.bounds.every((b) => {
          // Rates are at most 1, so crossing a bound by ±eps may change the commission by at most 2·eps.
          const eps = Math.max(1e-6, b * 1e-12);
          const jump = Math.abs(tiered(b + eps, tiers) - tiered(Math.max(0, b - eps), tiers));
          return jump <= 2 * eps + 1e-12 * tiered(b, tiers);
        }),
      ),
    );
  });

  it("marginal: tiered(a) + tiered(b, prior a) = tiered(a + b)", () => {
    fc.assert(
      fc.property(ratesTiers, amount, amount, (tiers, a, b) =>
        close(tiered(a, tiers) + tiered(b, tiers, { prior: a }), tiered(a + b, tiers), 1e-9),
      ),
    );
  });

  it("retro with no prior is the amount times the reached rate", () => {
    fc.assert(
      fc.property(ratesTiers, amount, (tiers, a) => {
        const reached = tiers.bounds.filter((b) => b <= a).length - 1;
        const rate = reached < 0 ? 0 : tiers.rates[reached];
        return tiered(a, tiers, { method: "retro" }) === a * rate;
      }),
    );
  });

  it("retro true-ups add up to the retro commission on the total", () => {
    fc.assert(
      fc.property(ratesTiers, fc.array(amount, { maxLength: 6 }), (tiers, deals) => {
        let prior = 0;
        let paid = 0;
        for (const d of deals) {
          paid += tiered(d, tiers, { method: "retro", prior });
          prior += d;
        }
        // Rates are at most 1, so no term exceeds the running total: rounding is relative to it.
        return Math.abs(paid - tiered(prior, tiers, { method: "retro" })) <= 1e-9 * Math.max(1, prior);
      }),
    );
  });

  it("never returns NaN or Infinity for finite input", () => {
    fc.assert(
      fc.property(
        ratesTiers,
        fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom("marginal" as const, "retro" as const),
        fc.option(fc.double({ min: 1e-300, noNaN: true, noDefaultInfinity: true })),
        (tiers, a, prior, method, quota) => {
          try {
            return Number.isFinite(tiered(a, tiers, { method, prior, quota }));
          } catch (e) {
            return (e as { key?: string }).key === "err.overflow";
          }
        },
      ),
    );
  });

  it("scenario: a quarter of won deals credited one by one", () => {
    // Deals credited in order; each commission is computed on top of what was already credited.
    const deals = [60000, 85000, 20000, 90000, 45000];
    let prior = 0;
    const marginal = deals.map((d) => {
      const c = tiered(d, spec, { prior });
      prior += d;
      return c;
    });
    expect(marginal.map((c) => Math.round(c * 100) / 100)).toEqual([2400, 3400, 1100, 5500, 3600]);
    expect(marginal.reduce((a, c) => a + c, 0)).toBeCloseTo(tiered(300000, spec), 9);
    expect(nextTier(165000, spec)).toBe(85000);
    expect(errorOf(() => nextTier(prior, spec))).toEqual(["na", "err.tier.top"]);
  });
});

describe("KPI.EXPLAIN", () => {
  it("shows the spec example slice by slice", () => {
    expect(explainTiered(20000, spec, { prior: 145000 })).toEqual([
      { kind: "tier", tier: 1, from: 0, to: 150000, amount: 5000, rate: 0.04, commission: 200 },
      { kind: "tier", tier: 2, from: 150000, to: 250000, amount: 15000, rate: 0.06, commission: 900 },
      { kind: "total", tier: null, from: null, to: null, amount: 20000, rate: null, commission: 1100 },
    ]);
  });

  it("shows retro as the tier reached minus what was already paid", () => {
    const lines = explainTiered(20000, spec, { method: "retro", prior: 145000 });
    expect(lines).toEqual([
      { kind: "tier", tier: 2, from: 150000, to: 250000, amount: 165000, rate: 0.06, commission: 9900 },
      { kind: "prior", tier: 1, from: 0, to: 150000, amount: 145000, rate: 0.04, commission: -5800 },
      { kind: "total", tier: null, from: null, to: null, amount: 20000, rate: null, commission: 4100 },
    ]);
  });

  it("marks the top tier open-ended and uses absolute bounds with a quota", () => {
    expect(
      explainTiered(160000, relative, { quota: 100000 }).map((l) => [l.tier, l.from, l.to, l.amount]),
    ).toEqual([
      [1, 0, 100000, 100000],
      [2, 100000, 150000, 50000],
      [3, 150000, null, 10000],
      [null, null, null, 160000],
    ]);
  });

  it("shows only the total when nothing is earned", () => {
    expect(explainTiered(5000, withFloor)).toEqual([
      { kind: "total", tier: null, from: null, to: null, amount: 5000, rate: null, commission: 0 },
    ]);
    expect(explainTiered(0, spec, { method: "retro" })).toHaveLength(2);
  });

  it("has a total equal to TIERED and lines adding up to it", () => {
    const tiersArb = fc
      .uniqueArray(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 5 })
      .map((b): Tiers => ({ bounds: [...b].sort((x, y) => x - y), rates: b.map((_, i) => 0.01 * (i + 1)) }));
    fc.assert(
      fc.property(
        tiersArb,
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.constantFrom("marginal" as const, "retro" as const),
        (tiers, a, prior, method) => {
          const lines = explainTiered(a, tiers, { method, prior });
          const total = lines[lines.length - 1];
          const parts = lines.slice(0, -1).reduce((acc, l) => acc + l.commission, 0);
          return (
            total.commission === tiered(a, tiers, { method, prior }) && close(parts, total.commission, 1e-9)
          );
        },
      ),
    );
  });
});

describe("KPI.NEXTTIER", () => {
  it.each([
    ["top tier", () => nextTier(300000, spec), "na", "err.tier.top"],
    ["negative amount", () => nextTier(-1, spec), "num", "err.negative"],
    ["quota 0", () => nextTier(1, relative, 0), "num", "err.notPositive"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("says 'already in the top tier'", () => {
    expect(thrown(() => nextTier(250000, spec)).message).toBe("already in the top tier");
    expect(thrown(() => nextTier(250000, spec)).localized("zh-CN")).toBe("已处于最高档");
  });

  it.each<[number, Tiers, number | null, number]>([
    [145000, spec, null, 5000],
    [150000, spec, null, 100000],
    [0, spec, null, 150000],
    [5000, withFloor, null, 5000],
    [120000, relative, 100000, 30000],
    [99999, relative, 100000, 1],
  ])("from %p the next bound is %p away", (amount, tiers, quota, expected) => {
    expect(nextTier(amount, tiers, quota)).toBeCloseTo(expected, 6);
  });
});
