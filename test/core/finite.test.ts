/**
 * The contract every core function shares: for any finite input it returns finite numbers (or labels/null where
 * documented) or throws a KpiError — never NaN, never Infinity, never a bare JavaScript exception.
 */
import fc from "fast-check";
import * as core from "../../src/core";

const num = fc.double({ noNaN: true, noDefaultInfinity: true });
const curve = fc
  .uniqueArray(num, { minLength: 1, maxLength: 4 })
  .map((p) => [...p].sort((a, b) => a - b))
  .chain((points) =>
    fc
      .array(num, { minLength: points.length, maxLength: points.length })
      .map((values) => ({ points, values })),
  );
const tiers = curve.map((c) => ({ bounds: c.points.map(Math.abs).sort((a, b) => a - b), rates: c.values }));

function finiteOrKpiError(fn: () => unknown): boolean {
  try {
    const out = fn();
    const flat = JSON.stringify(out, (_k, v) =>
      typeof v === "number" && !Number.isFinite(v) ? "NON-FINITE" : v,
    );
    return !flat.includes("NON-FINITE");
  } catch (e) {
    return e instanceof core.KpiError;
  }
}

describe("core never returns NaN or Infinity", () => {
  it.each<[string, fc.Arbitrary<() => unknown>]>([
    [
      "attainment",
      fc.tuple(num, num, fc.constantFrom("higher" as const, "lower" as const)).map(
        ([a, t, d]) =>
          () =>
            core.attainment(a, t, d),
      ),
    ],
    [
      "score",
      fc.tuple(num, num, num, num, num).map(
        ([a, t, th, cap, full]) =>
          () =>
            core.score(a, t, { threshold: th, cap, fullScore: full }),
      ),
    ],
    [
      "stepScore",
      fc.tuple(num, num, num, num, fc.constantFrom("floor" as const, "prorata" as const)).map(
        ([a, t, s, p, r]) =>
          () =>
            core.stepScore(a, t, s, p, { rounding: r }),
      ),
    ],
    [
      "bandScore",
      fc.tuple(num, num, num, num).map(
        ([a, t, b, f]) =>
          () =>
            core.bandScore(a, t, b, { fullScore: f }),
      ),
    ],
    [
      "curveValue",
      fc.tuple(num, curve, fc.constantFrom("linear" as const, "step" as const)).map(
        ([x, c, m]) =>
          () =>
            core.curveValue(x, c, m),
      ),
    ],
    [
      "tiered",
      fc.tuple(num, tiers, num, fc.option(num)).map(
        ([a, t, p, q]) =>
          () =>
            core.tiered(a, t, { prior: p, quota: q }),
      ),
    ],
    [
      "tiered retro",
      fc.tuple(num, tiers, num, fc.option(num)).map(
        ([a, t, p, q]) =>
          () =>
            core.tiered(a, t, { method: "retro", prior: p, quota: q }),
      ),
    ],
    [
      "explainTiered",
      fc.tuple(num, tiers, num).map(
        ([a, t, p]) =>
          () =>
            core.explainTiered(a, t, { prior: p }),
      ),
    ],
    [
      "nextTier",
      fc.tuple(num, tiers, fc.option(num)).map(
        ([a, t, q]) =>
          () =>
            core.nextTier(a, t, q),
      ),
    ],
    [
      "weighted",
      fc.array(fc.tuple(fc.option(num), num)).map(
        (pairs) => () =>
          core.weighted(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          ),
      ),
    ],
    [
      "bonus",
      fc.tuple(num, num, curve, num, num, fc.option(num)).map(
        ([b, a, c, m, p, cap]) =>
          () =>
            core.bonus(b, a, c, { multiplier: m, proration: p, cap }),
      ),
    ],
    [
      "prorate",
      fc.tuple(num, fc.option(num), fc.option(num), num, num).map(
        ([v, s, e, ps, pe]) =>
          () =>
            core.prorate(v, s, e, ps, pe),
      ),
    ],
    [
      "pace",
      fc.tuple(num, num, num, num, num).map(
        ([a, t, e, n, tol]) =>
          () =>
            core.pace(a, t, e, n, tol),
      ),
    ],
    [
      "calibrate",
      fc.array(fc.tuple(fc.option(num), fc.constantFrom("A", "B"))).map(
        (pairs) => () =>
          core.calibrate(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
            "z",
          ),
      ),
    ],
    [
      "draws",
      fc.tuple(fc.array(num), num).map(
        ([e, g]) =>
          () =>
            core.draws(e, [g], "recoverable"),
      ),
    ],
    ["enps", fc.array(num).map((s) => () => core.enps(s))],
    [
      "nineBox",
      fc.tuple(num, num, num, num).map(
        ([p, q, a, b]) =>
          () =>
            core.nineBox(p, q, [a, b]),
      ),
    ],
    [
      "periodOf",
      fc.tuple(num, fc.integer({ min: 1, max: 12 })).map(
        ([s, f]) =>
          () =>
            core.periodOf("week", s, f),
      ),
    ],
  ])("%s", (_name, call) => {
    fc.assert(
      fc.property(call, (fn) => finiteOrKpiError(fn)),
      { numRuns: 300 },
    );
  });
});
