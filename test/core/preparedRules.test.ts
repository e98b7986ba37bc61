/**
 * The prepared forms of src/core/prepared.ts and prepareNextTier against the plain rules: the same value and the
 * same error (kind, key, message) for every input, valid or not, options included; and their column forms give
 * the same values with NaN exactly where a call throws.
 */
import fc from "fast-check";
import { attainment } from "../../src/core/attainment";
import { bonus, type BonusOptions } from "../../src/core/bonus";
import type { Curve } from "../../src/core/curve";
import type { Direction } from "../../src/core/direction";
import { nineBox } from "../../src/core/ninebox";
import { pace } from "../../src/core/pace";
import {
  prepareAttainment,
  prepareBandScore,
  prepareBonus,
  prepareNineBox,
  preparePace,
  prepareProrate,
  prepareStepScore,
  type PreparedRule2,
} from "../../src/core/prepared";
import { prorate } from "../../src/core/prorate";
import { bandScore, stepScore, type StepScoreOptions } from "../../src/core/score";
import { nextTier, prepareNextTier, type Tiers } from "../../src/core/tiers";
import { curveOf, outcome, tiersOf } from "./helpers";

/** Any double, with the edges that matter weighted up. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 1, -1, 0.5, 1e308, -1e308, 5e-324, Infinity, -Infinity, NaN),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const direction = fc.constantFrom(undefined, "higher", "lower", "sideways" as Direction);
/** Also a text where a number belongs, as a cell could hold: the rule names it. */
const cell = fc.oneof(anyNumber, fc.constant("x" as unknown as number));

/** The column form agrees with the rule: same finite values, NaN where it throws. */
function columnAgrees(rule: PreparedRule2, a: number[], b: number[]): void {
  const out = new Float64Array(a.length);
  rule.column(a, b, out);
  a.forEach((x, i) => {
    const o = outcome(() => rule(x, b[i]));
    if ("value" in o) expect(out[i]).toBe(o.value);
    else expect(out[i]).toBeNaN();
  });
}

const RUNS = { numRuns: 2000 };
/** Runs of each column property (each run checks whole arrays). */
const COLUMN_RUNS = { numRuns: 300 };

describe("prepared element-wise rules", () => {
  it("prepareAttainment gives what attainment gives", () => {
    fc.assert(
      fc.property(cell, cell, direction, (a, t, d) => {
        expect(outcome(() => prepareAttainment(d)(a, t))).toEqual(outcome(() => attainment(a, t, d)));
      }),
      RUNS,
    );
  });

  it("prepareStepScore gives what stepScore gives", () => {
    const opts: fc.Arbitrary<StepScoreOptions> = fc.record(
      {
        pointsBelow: maybe(anyNumber),
        minPoints: maybe(anyNumber),
        maxPoints: maybe(anyNumber),
        direction,
        rounding: fc.constantFrom(undefined, "floor", "prorata", "ceil" as "floor"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(cell, cell, anyNumber, anyNumber, opts, (a, t, s, above, o) => {
        expect(outcome(() => prepareStepScore(s, above, o)(a, t))).toEqual(
          outcome(() => stepScore(a, t, s, above, o)),
        );
      }),
      RUNS,
    );
  });

  it("prepareBandScore gives what bandScore gives", () => {
    fc.assert(
      fc.property(cell, cell, anyNumber, maybe(anyNumber), direction, (a, t, b, f, d) => {
        const o = { fullScore: f, direction: d };
        expect(outcome(() => prepareBandScore(b, o)(a, t))).toEqual(outcome(() => bandScore(a, t, b, o)));
      }),
      RUNS,
    );
  });

  it("prepareBonus gives what bonus gives", () => {
    const curves: fc.Arbitrary<Curve> = fc.constantFrom(
      curveOf([0.8, 0.5], [1, 1], [1.5, 2]),
      curveOf([0, 0], [2, 1e308]),
      { points: [], values: [] },
    );
    const opts: fc.Arbitrary<BonusOptions> = fc.record(
      {
        gate: fc.constantFrom(undefined, null, true, false, 0, 1, NaN),
        multiplier: maybe(anyNumber),
        proration: maybe(anyNumber),
        cap: fc.oneof(fc.constant(null), maybe(anyNumber)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(cell, cell, curves, opts, (base, att, curve, o) => {
        expect(outcome(() => prepareBonus(curve, o)(base, att))).toEqual(
          outcome(() => bonus(base, att, curve, o)),
        );
      }),
      RUNS,
    );
  });

  it("prepareProrate gives what prorate gives", () => {
    const serial = fc.oneof(fc.integer({ min: 45000, max: 47000 }), anyNumber);
    const day = fc.oneof(fc.constant(null), serial);
    fc.assert(
      fc.property(
        cell,
        day,
        day,
        serial,
        serial,
        fc.constantFrom(undefined, "days", "months", "weeks" as "days"),
        (v, s, e, ps, pe, b) => {
          expect(outcome(() => prepareProrate(e, ps, pe, b)(v, s))).toEqual(
            outcome(() => prorate(v, s, e, ps, pe, b)),
          );
        },
      ),
      RUNS,
    );
  });

  it("prepareNineBox gives what nineBox gives", () => {
    const cuts = fc.oneof(
      fc.tuple(anyNumber, anyNumber),
      fc.constantFrom<[number, number]>([60, 80], [80, 60], [1] as unknown as [number, number]),
    );
    fc.assert(
      fc.property(cell, cell, cuts, maybe(cuts), (perf, pot, pc, qc) => {
        expect(outcome(() => prepareNineBox(pc, qc)(perf, pot))).toEqual(
          outcome(() => nineBox(perf, pot, pc, qc)),
        );
      }),
      RUNS,
    );
  });

  it("preparePace gives what pace gives", () => {
    fc.assert(
      fc.property(cell, cell, anyNumber, anyNumber, maybe(anyNumber), (a, t, e, n, tol) => {
        expect(outcome(() => preparePace(e, n, tol)(a, t))).toEqual(outcome(() => pace(a, t, e, n, tol)));
      }),
      RUNS,
    );
  });

  it("preparePace's column: the level less 1, NaN where pace throws; none when the options always throw", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyNumber, anyNumber), { maxLength: 8 }),
        anyNumber,
        anyNumber,
        maybe(anyNumber),
        (pairs, e, n, tol) => {
          const rule = preparePace(e, n, tol);
          if (rule.column === undefined) {
            expect(outcome(() => pace(1, 1, e, n, tol))).toHaveProperty("error");
            return;
          }
          const out = new Float64Array(pairs.length);
          rule.column(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
            out,
          );
          pairs.forEach(([a, t], i) => {
            const o = outcome(() => pace(a, t, e, n, tol) - 1);
            if ("value" in o) expect(out[i]).toBe(o.value);
            else expect(out[i]).toBeNaN();
          });
        },
      ),
      COLUMN_RUNS,
    );
  });

  it("prepareNextTier gives what nextTier gives", () => {
    const tiers: fc.Arbitrary<Tiers> = fc.constantFrom(
      tiersOf([0, 0.03], [100000, 0.05], [250000, 0.08]),
      tiersOf([1000, 0.1]),
      { bounds: [], rates: [] },
    );
    fc.assert(
      fc.property(cell, tiers, fc.oneof(fc.constant(null), maybe(anyNumber)), (a, t, q) => {
        expect(outcome(() => prepareNextTier(t, q)(a))).toEqual(outcome(() => nextTier(a, t, q)));
      }),
      RUNS,
    );
  });

  it("column forms give the values, and NaN exactly where a call throws", () => {
    const a = [80, 0, -5, 1e308, NaN, 120];
    const b = [100, 0, 100, 1e-308, 100, -1];
    columnAgrees(prepareAttainment(), a, b);
    columnAgrees(prepareStepScore(10, 1, { minPoints: -3 }), a, b);
    columnAgrees(prepareBandScore(20), a, b);
    columnAgrees(prepareBonus(curveOf([0.8, 0.5], [1, 1])), a, b);
    columnAgrees(prepareNineBox([50, 100]), a, b);
    nextTierColumnAgrees(prepareNextTier(tiersOf([0, 0.03], [100, 0.05])), a);
  });

  it("each rule's own column loop gives what its rule gives, for any options, on edge cells", () => {
    const cells = fc.array(cell, { maxLength: 8 });
    const pairs = fc.tuple(cells, cells).map(([a, b]) => {
      const n = Math.min(a.length, b.length);
      return [a.slice(0, n), b.slice(0, n)] as const;
    });
    const edges: [number[], number[]] = [
      [80, 0, -0, -5, 1e308, NaN, Infinity, -Infinity, 120, "x" as unknown as number, 7],
      [100, 0, 100, 0, 1e-308, 100, 100, 100, -1, 100, "x" as unknown as number],
    ];
    const check = (make: () => PreparedRule2) =>
      fc.property(pairs, ([a, b]) => {
        columnAgrees(make(), [...a], [...b]);
        columnAgrees(make(), ...edges);
      });
    fc.assert(
      fc.property(direction, (d) => columnAgrees(prepareAttainment(d), ...edges)),
      { numRuns: 20 },
    );
    fc.assert(
      check(() => prepareAttainment("lower")),
      COLUMN_RUNS,
    );
    fc.assert(
      check(() => prepareAttainment()),
      COLUMN_RUNS,
    );
    fc.assert(
      fc.property(pairs, anyNumber, anyNumber, maybe(anyNumber), direction, (ab, s, above, min, d) => {
        const rule = prepareStepScore(s, above, { minPoints: min, direction: d, rounding: "prorata" });
        columnAgrees(rule, [...ab[0]], [...ab[1]]);
        columnAgrees(prepareStepScore(s, above, { maxPoints: min, direction: d }), [...ab[0]], [...ab[1]]);
        columnAgrees(prepareStepScore(10, 1, { pointsBelow: above }), ...edges);
      }),
      COLUMN_RUNS,
    );
    fc.assert(
      fc.property(pairs, anyNumber, maybe(anyNumber), direction, (ab, band, full, d) => {
        columnAgrees(prepareBandScore(band, { fullScore: full, direction: d }), [...ab[0]], [...ab[1]]);
        columnAgrees(prepareBandScore(20, { fullScore: full, direction: d }), ...edges);
      }),
      COLUMN_RUNS,
    );
    const curves = fc.constantFrom(curveOf([0.8, 0.5], [1, 1], [1.5, 2]), curveOf([0, 0], [2, 1e308]), {
      points: [],
      values: [],
    });
    fc.assert(
      fc.property(
        pairs,
        curves,
        fc.constantFrom(undefined, null, true, false, 0, 1, NaN),
        maybe(anyNumber),
        fc.oneof(fc.constant(null), maybe(anyNumber)),
        (ab, curve, gate, multiplier, cap) => {
          const rule = prepareBonus(curve, { gate, multiplier, cap });
          columnAgrees(rule, [...ab[0]], [...ab[1]]);
          columnAgrees(rule, ...edges);
        },
      ),
      COLUMN_RUNS,
    );
    const serial = fc.oneof(fc.integer({ min: 45000, max: 47000 }), anyNumber);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, fc.oneof(serial, cell)), { maxLength: 8 }),
        fc.oneof(fc.constant(null), serial),
        serial,
        serial,
        (rows, e, ps, pe) => {
          const rule = prepareProrate(e, ps, pe);
          const value = rows.map((r) => r[0]);
          const start = rows.map((r) => r[1]);
          const out = new Float64Array(rows.length);
          rule.column(value, start, out);
          rows.forEach(([v, s], i) => {
            const o = outcome(() => rule(v, s));
            if ("value" in o) expect(out[i]).toBe(o.value);
            else expect(out[i]).toBeNaN();
          });
        },
      ),
      COLUMN_RUNS,
    );
    const cuts = fc.tuple(anyNumber, anyNumber);
    fc.assert(
      fc.property(pairs, cuts, maybe(cuts), (ab, pc, qc) => {
        columnAgrees(prepareNineBox(pc, qc), [...ab[0]], [...ab[1]]);
        columnAgrees(prepareNineBox([50, 100], qc), ...edges);
      }),
      COLUMN_RUNS,
    );
  });

  it("prepareNextTier's column: the value, Infinity exactly where the top tier's #N/A is thrown, else NaN", () => {
    const tiers: fc.Arbitrary<Tiers> = fc.constantFrom(
      tiersOf([0, 0.03], [100000, 0.05], [250000, 0.08]),
      tiersOf([1000, 0.1]),
      tiersOf([0, 0.03], [1e300, 0.05], [1.5e300, 0.08]),
      { bounds: [], rates: [] },
    );
    const quota = fc.oneof(fc.constant(null), maybe(anyNumber), fc.constantFrom(1e10, 1e300));
    fc.assert(
      fc.property(fc.array(anyNumber, { maxLength: 8 }), tiers, quota, (amounts, t, q) => {
        nextTierColumnAgrees(prepareNextTier(t, q), amounts);
      }),
      RUNS,
    );
    // Tiers that make no plan throw their own error, never the top tier's: the column answers NaN.
    expect(prepareNextTier({ bounds: [], rates: [] }).atInfinity).toBeUndefined();
  });
});

/** NEXTTIER's column form against its calls: Infinity for the shared top-tier error, NaN for any other. */
function nextTierColumnAgrees(next: ReturnType<typeof prepareNextTier>, amounts: number[]): void {
  const out = new Float64Array(amounts.length);
  next.column(amounts, out);
  amounts.forEach((x, i) => {
    let thrown: unknown = undefined;
    let value: number | undefined;
    try {
      value = next(x);
    } catch (error) {
      thrown = error;
    }
    if (value !== undefined) expect(out[i]).toBe(value);
    else if (thrown === next.atInfinity) expect(out[i]).toBe(Infinity);
    else expect(out[i]).toBeNaN();
  });
}
