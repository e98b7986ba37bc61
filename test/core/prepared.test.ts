/**
 * The prepared forms (prepareTiered, prepareScore, prepareCurve, prepareWeighted) against the plain functions:
 * same value and same error (kind, key, message) for every input, valid or not, and their column forms (WEIGHTED's:
 * its rows form) give the same values with NaN exactly where a call throws.
 */
import fc from "fast-check";
import { curveValue, prepareCurve, type Curve } from "../../src/core/curve";
import {
  explainTiered,
  nextTier,
  prepareNextTier,
  prepareTiered,
  tiered,
  type TierOptions,
  type Tiers,
} from "../../src/core/tiers";
import { pace, paceColumn, paceOptions } from "../../src/core/pace";
import { makeBands, rating, ratingColumn } from "../../src/core/rating";
import { prepareScore, score, type ScoreOptions } from "../../src/core/score";
import { prepareWeighted, weighted } from "../../src/core/weighted";
import { outcome, tiersOf, curveOf } from "./helpers";

/** Any double, with the edges that matter weighted up: zeros of both signs, the float limits, non-finite. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.constantFrom(0, -0, 1, -1, 0.8, 1.2, 1e308, -1e308, 5e-324, Infinity, -Infinity, NaN),
);
const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 1e308, 5e-324),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Tiers as makeTiers builds them, plus hand-built broken ones (no rows, lengths differ). */
const anyTiers: fc.Arbitrary<Tiers> = fc.oneof(
  fc
    .uniqueArray(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 5 })
    .chain((bounds) =>
      fc
        .array(fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constantFrom(1e308)), {
          minLength: bounds.length,
          maxLength: bounds.length,
        })
        .map((rates) => ({ bounds: [...bounds].sort((a, b) => a - b), rates })),
    ),
  fc.constantFrom<Tiers>({ bounds: [], rates: [] }, { bounds: [0, 10], rates: [0.1] }),
);
const tierOptions: fc.Arbitrary<TierOptions> = fc.record(
  {
    method: fc.constantFrom(undefined, "marginal", "retro", "flat" as "retro"),
    quota: fc.oneof(fc.constant(null), maybe(anyNumber), fc.double({ min: 0.5, max: 1e6, noNaN: true })),
    prior: maybe(fc.oneof(anyNumber, fc.double({ min: 0, max: 1e7, noNaN: true }))),
  },
  { requiredKeys: [] },
);

const anyCurve: fc.Arbitrary<Curve> = fc.oneof(
  fc
    .uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 5 })
    .chain((points) =>
      fc
        .array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
          minLength: points.length,
          maxLength: points.length,
        })
        .map((values) => ({ points: [...points].sort((a, b) => a - b), values })),
    ),
  fc.constantFrom<Curve>(
    { points: [], values: [] },
    { points: [1e308, -1e308].sort(), values: [-1e308, 1e308] },
  ),
);

describe("prepareTiered", () => {
  it("gives what tiered gives, value or error, and tiered equals explainTiered's total", () => {
    fc.assert(
      fc.property(anyTiers, anyNumber, tierOptions, (tiers, amount, opts) => {
        const expected = outcome(() => tiered(amount, tiers, opts));
        expect(outcome(() => prepareTiered(tiers, opts)(amount))).toEqual(expected);
        expect(
          outcome(() => prepareTiered(tiers, { ...opts, prior: undefined })(amount, opts.prior)),
        ).toEqual(expected);
        const explained = outcome(() => explainTiered(amount, tiers, opts).at(-1)?.commission);
        expect(explained).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("a prior passed to the call replaces the prepared one", () => {
    const tiers = tiersOf([0, 0.04], [150000, 0.06], [250000, 0.08]);
    const commissionOf = prepareTiered(tiers, { prior: 145000 });
    expect(commissionOf(20000)).toBe(tiered(20000, tiers, { prior: 145000 }));
    expect(commissionOf(20000, 0)).toBe(tiered(20000, tiers));
    expect(outcome(() => commissionOf(-1, -1))).toEqual(outcome(() => tiered(-1, tiers, { prior: -1 })));
  });

  it("column: each amount's commission, NaN exactly where the call throws", () => {
    fc.assert(
      fc.property(anyTiers, fc.array(finite, { maxLength: 6 }), tierOptions, (tiers, amounts, opts) => {
        const rule = prepareTiered(tiers, opts);
        const out = new Float64Array(amounts.length);
        rule.column(amounts, out);
        amounts.forEach((amount, i) => {
          const expected = outcome(() => tiered(amount, tiers, opts));
          expect("value" in expected ? expected.value : NaN).toBe(out[i]);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps its own copy of the tiers", () => {
    const tiers = tiersOf([0, 0.04], [150000, 0.06]);
    const commissionOf = prepareTiered(tiers);
    tiers.rates[0] = 0.5;
    expect(commissionOf(1000)).toBe(40);
  });
});

describe("prepareScore", () => {
  const scoreOptions: fc.Arbitrary<ScoreOptions> = fc.record(
    {
      direction: fc.constantFrom(undefined, "higher", "lower", "up" as "lower"),
      threshold: maybe(fc.oneof(anyNumber, fc.constantFrom(0.8, 0))),
      cap: maybe(fc.oneof(anyNumber, fc.constantFrom(1.2, 1, 2))),
      fullScore: maybe(fc.oneof(anyNumber, fc.constantFrom(100, 5))),
    },
    { requiredKeys: [] },
  );

  it("gives what score gives, value or error", () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, scoreOptions, (actual, target, opts) => {
        expect(outcome(() => prepareScore(opts)(actual, target))).toEqual(
          outcome(() => score(actual, target, opts)),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it.each<[string, number, number, ScoreOptions]>([
    ["exactly at the threshold", 800, 1000, { threshold: 0.8 }],
    ["just below the threshold", 799.99, 1000, { threshold: 0.8 }],
    ["above the cap", 1300, 1000, { cap: 1.2, fullScore: 5 }],
    ["lower is better", 3, 5, { direction: "lower" }],
    ["−0 actual scores +0", -0, 1000, {}],
    ["−0 actual with a −0 cap", -0, 1000, { cap: -0, threshold: -1 }],
    ["overflowing ratio, lower is better", 1e308, 1e-10, { direction: "lower" }],
    ["overflowing ratio", 1e308, 1e-10, { cap: 1e308 }],
    ["target +Infinity", 1, Infinity, {}],
    ["target −0", 1, -0, {}],
  ])("%s", (_name, actual, target, opts) => {
    const prepared = outcome(() => prepareScore(opts)(actual, target));
    expect(prepared).toEqual(outcome(() => score(actual, target, opts)));
    if ("value" in prepared) expect(Object.is(prepared.value, -0)).toBe(false);
  });

  it("column: each row's score, NaN exactly where the call throws", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finite, finite), { maxLength: 6 }), scoreOptions, (rows, opts) => {
        const out = new Float64Array(rows.length);
        prepareScore(opts).column(
          rows.map((r) => r[0]),
          rows.map((r) => r[1]),
          out,
        );
        rows.forEach(([actual, target], i) => {
          const expected = outcome(() => score(actual, target, opts));
          expect("value" in expected ? expected.value : NaN).toBe(out[i]);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("prepareCurve", () => {
  const mode = fc.constantFrom(undefined, "linear", "step", "smooth" as "step");

  it("gives what curveValue gives, value or error", () => {
    fc.assert(
      fc.property(anyCurve, anyNumber, mode, maybe(anyNumber), (curve, x, m, below) => {
        expect(outcome(() => prepareCurve(curve, m, below)(x))).toEqual(
          outcome(() => curveValue(x, curve, m, below)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("column: each x's value, NaN exactly where the call throws; the curve is copied", () => {
    fc.assert(
      fc.property(anyCurve, fc.array(finite, { maxLength: 6 }), mode, (curve, xs, m) => {
        const out = new Float64Array(xs.length);
        prepareCurve(curve, m).column(xs, out);
        xs.forEach((x, i) => {
          const expected = outcome(() => curveValue(x, curve, m));
          expect("value" in expected ? expected.value : NaN).toBe(out[i]);
        });
      }),
      { numRuns: 1000 },
    );
    const curve = curveOf([0.9, 0.5], [1, 1]);
    const read = prepareCurve(curve);
    curve.values[1] = 9;
    expect(read(1)).toBe(1);
  });
});

describe("prepareWeighted", () => {
  const sets = fc.integer({ min: 0, max: 4 }).chain((n) =>
    fc.tuple(
      fc.array(fc.oneof(anyNumber, fc.constantFrom(0, 0.5, 1)), { minLength: n, maxLength: n }),
      fc.array(fc.array(fc.oneof(finite, fc.constant(null)), { minLength: n, maxLength: n }), {
        maxLength: 5,
      }),
    ),
  );

  it("gives what weighted gives, value or error", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anyNumber, fc.constant(null)), { maxLength: 4 }),
        fc.array(fc.oneof(anyNumber, fc.constantFrom(0, 0.5)), { maxLength: 4 }),
        fc.boolean(),
        (scores, weights, normalize) => {
          expect(outcome(() => prepareWeighted(weights, normalize)(scores))).toEqual(
            outcome(() => weighted(scores, weights, normalize)),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("rows: each set's composite; NaN for blanks-only sets and errors, never a different value", () => {
    fc.assert(
      fc.property(sets, fc.boolean(), ([weights, rows], normalize) => {
        const out = new Float64Array(rows.length);
        prepareWeighted(weights, normalize).rows(rows, (cell) => cell === null, out);
        rows.forEach((scores, i) => {
          const expected = outcome(() => weighted(scores, weights, normalize));
          if (!("value" in expected) || expected.value === null) expect(out[i]).toBeNaN();
          // NaN is also allowed where `weighted` takes its overflow-safe path: the caller calls again.
          else if (!Number.isNaN(out[i])) expect(out[i]).toBe(expected.value);
        });
      }),
      { numRuns: 2000 },
    );
    const out = new Float64Array(2);
    prepareWeighted([0.5, 0.3, 0.2]).rows(
      [
        [80, null, 90],
        [null, null, null],
      ],
      (cell) => cell === null,
      out,
    );
    expect([out[0], out[1]]).toEqual([58 / 0.7, NaN]);
  });

  it("rows: NaN for a row of another length or a cell that is neither a finite number nor blank", () => {
    const blank = (cell: unknown) => cell === "" || cell === null;
    const rows = [
      [80, "", 90],
      [80, 90],
      [80, 90, 70, 60],
      [80, "x", 90],
      [80, Infinity, 90],
      [80, "90", 70],
      ["", null, 70],
    ];
    const out = new Float64Array(rows.length + 1);
    out[rows.length] = 123;
    prepareWeighted([0.5, 0.3, 0.2]).rows([...rows, [1, 2, 3]], blank, out.subarray(0, rows.length));
    expect(Array.from(out)).toEqual([58 / 0.7, NaN, NaN, NaN, NaN, NaN, 70, 123]);
  });

  it("rows: every set NaN when a weight is invalid", () => {
    const out = new Float64Array(1);
    prepareWeighted([0.5, -1, 0.2]).rows([[80, 70, 90]], (cell) => cell === null, out);
    expect(out[0]).toBeNaN();
  });
});

describe("column forms on edge cells", () => {
  /** Every edge a cell can bring: non-finite, signed zeros, the float limits, and the rules' own boundaries. */
  const EDGES = [NaN, Infinity, -Infinity, 0, -0, 5e-324, -1, 1e308, -1e308, 0.8, 1, 1.2, 1.5];
  const BOUNDS = [100000, 250000, 99999.99, 100000.01, 249999.99, 250000.01, 350000];
  const AMOUNTS = [...EDGES, ...BOUNDS];

  /** `column(xs)` against the call on each x: the same value (+0 for −0), NaN exactly where the call throws. */
  function agrees(
    call: (x: number, i: number) => unknown,
    column: (out: Float64Array) => void,
    size: number,
  ): void {
    const out = new Float64Array(size);
    column(out);
    for (let i = 0; i < size; i++) {
      const expected = outcome(() => call(AMOUNTS[i % AMOUNTS.length], i));
      expect(["value" in expected ? expected.value : NaN, i]).toEqual([out[i], i]);
      expect(Object.is(out[i], -0)).toBe(false);
    }
  }

  const ABSOLUTE = tiersOf([0, 0.03], [100000, 0.05], [250000, 0.08]);
  const OF_QUOTA = tiersOf([0, 0.03], [0.5, 0.05], [1.25, 0.08]);
  it.each<[string, Tiers, TierOptions]>([
    ["marginal", ABSOLUTE, {}],
    ["retro after a prior", ABSOLUTE, { method: "retro", prior: 50000 }],
    ["quota, prior at a boundary", OF_QUOTA, { quota: 200000, prior: 100000 }],
    ["prior of −0", ABSOLUTE, { prior: -0 }],
    ["a prior that is not a number", ABSOLUTE, { prior: NaN }],
    ["overflowing rates", tiersOf([0, 0.03], [0.5, 1e308], [1.25, 0.08]), { quota: 1e300 }],
  ])("TIERED, %s", (_name, tiers, opts) => {
    const rule = prepareTiered(tiers, opts);
    agrees(
      (x) => tiered(x, tiers, opts),
      (out) => rule.column(AMOUNTS, out),
      AMOUNTS.length,
    );
  });

  it.each<[string, ScoreOptions]>([
    ["defaults", {}],
    ["threshold and cap", { threshold: 0.8, cap: 1.2 }],
    ["lower is better", { direction: "lower", cap: 1.5 }],
    ["huge full score", { fullScore: 1e308, cap: 2 }],
  ])("SCORE, %s", (_name, opts) => {
    // Each actual against every target, the edges included on both sides.
    const actual = AMOUNTS.flatMap((a) => AMOUNTS.map(() => a));
    const target = AMOUNTS.flatMap(() => AMOUNTS);
    const out = new Float64Array(actual.length);
    prepareScore(opts).column(actual, target, out);
    actual.forEach((a, i) => {
      const expected = outcome(() => score(a, target[i], opts));
      expect(["value" in expected ? expected.value : NaN, a, target[i]]).toEqual([out[i], a, target[i]]);
      expect(Object.is(out[i], -0)).toBe(false);
    });
  });

  it.each<[string, "linear" | "step" | undefined, number | undefined]>([
    ["linear", undefined, undefined],
    ["step with a below value", "step", 0.25],
    ["linear with a −0 below value", "linear", -0],
  ])("CURVE, %s", (_name, mode, below) => {
    const curve = curveOf([0.8, 0.5], [1, 1], [1.2, 1.8], [1.5, 2.5]);
    const rule = prepareCurve(curve, mode, below);
    agrees(
      (x) => curveValue(x, curve, mode, below),
      (out) => rule.column(AMOUNTS, out),
      AMOUNTS.length,
    );
  });

  it.each([true, false])("WEIGHTED, normalize %s", (normalize) => {
    // Sets of three from the edges that a range can hold (NaN is a blank), then an all-blank set, a set whose
    // present weights add up to 0, and two whose sums overflow.
    const weights = [2, 0, 1];
    const cells = AMOUNTS.filter((v) => Number.isNaN(v) || Number.isFinite(v));
    const at = (i: number) => cells[i % cells.length];
    const sets = cells.map((v, i) => [v, at(i + 3), at(i + 7)]);
    sets.push([NaN, NaN, NaN], [NaN, 5, NaN], [1e308, 5, 1e308], [-1e308, 0, -1e308]);
    const out = new Float64Array(sets.length);
    prepareWeighted(weights, normalize).rows(
      sets.map((set) => set.map((v) => (Number.isNaN(v) ? null : v))),
      (cell) => cell === null,
      out,
    );
    sets.forEach((set, i) => {
      const expected = outcome(() =>
        weighted(
          set.map((v) => (Number.isNaN(v) ? null : v)),
          weights,
          normalize,
        ),
      );
      const value = "value" in expected ? expected.value : null;
      const sum = set.reduce((acc, v, j) => (Number.isNaN(v) ? acc : acc + weights[j] * v), 0);
      // NaN: a blanks-only set or an error, or an overflowing sum (`weighted`'s own average): computed again.
      if (Number.isNaN(out[i])) expect([value === null || !Number.isFinite(sum), set]).toEqual([true, set]);
      else expect([out[i], set]).toEqual([value, set]);
    });
    expect(Array.from(out.slice(-4))).toEqual([NaN, normalize ? NaN : 0, NaN, NaN]);
  });

  it("RATING: the band's index where the rule gives its label, NaN where it throws", () => {
    const bands = makeBands([
      { row: 1, min: 0, label: "D" },
      { row: 2, min: 0.8, label: "C" },
      { row: 3, min: 1.2, label: "B" },
      { row: 4, min: 100000, label: "A" },
    ]);
    const mins = Float64Array.from(bands, (b) => b.min);
    agrees(
      (x) => bands.findIndex((b) => b.label === rating(x, bands)),
      (out) => ratingColumn(AMOUNTS, mins, out),
      AMOUNTS.length,
    );
  });

  it.each([
    [10, 30, undefined],
    [0, 30, 0.1],
    [1e308, 1e-308, 0],
  ])("PACE, elapsed %s of %s, tolerance %s", (elapsed, total, tolerance) => {
    const targets = AMOUNTS.flatMap(() => AMOUNTS);
    const actuals = AMOUNTS.flatMap((a) => AMOUNTS.map(() => a));
    const [e, n, tol] = paceOptions(elapsed, total, tolerance) as [number, number, number];
    const out = new Float64Array(actuals.length);
    paceColumn(actuals, targets, e, n, tol, out);
    actuals.forEach((a, i) => {
      const expected = outcome(() => pace(a, targets[i], elapsed, total, tolerance) - 1);
      expect(["value" in expected ? expected.value : NaN, a, targets[i]]).toEqual([out[i], a, targets[i]]);
    });
    expect(paceOptions(1, 0)).toBeNull();
  });

  it.each<[string, number | null]>([
    ["absolute bounds", null],
    ["bounds of a quota", 1],
    ["bounds past the largest number", 1e304],
  ])("NEXTTIER, %s", (_name, quota) => {
    const tiers = tiersOf([0, 0.03], [100000, 0.05], [250000, 0.08]);
    const next = prepareNextTier(tiers, quota);
    const out = new Float64Array(AMOUNTS.length);
    next.column(AMOUNTS, out);
    AMOUNTS.forEach((x, i) => {
      const expected = outcome(() => nextTier(x, tiers, quota));
      const topTier = "error" in expected && expected.error[1] === "err.tier.top";
      expect([topTier ? Infinity : "value" in expected ? expected.value : NaN, x]).toEqual([out[i], x]);
    });
  });
});
