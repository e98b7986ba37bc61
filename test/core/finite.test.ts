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

/** An arbitrary call of `fn` on arguments drawn from `args`. */
function call<T extends unknown[]>(
  args: fc.Arbitrary<T>,
  fn: (...a: T) => unknown,
): fc.Arbitrary<() => unknown> {
  return args.map((a) => () => fn(...a));
}

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
      call(fc.tuple(num, num, fc.constantFrom("higher" as const, "lower" as const)), (a, t, d) =>
        core.attainment(a, t, d),
      ),
    ],
    [
      "score",
      call(fc.tuple(num, num, num, num, num), (a, t, th, cap, full) =>
        core.score(a, t, { threshold: th, cap, fullScore: full }),
      ),
    ],
    [
      "stepScore",
      call(
        fc.tuple(num, num, num, num, fc.constantFrom("floor" as const, "prorata" as const)),
        (a, t, s, p, r) => core.stepScore(a, t, s, p, { rounding: r }),
      ),
    ],
    [
      "bandScore",
      call(fc.tuple(num, num, num, num), (a, t, b, f) => core.bandScore(a, t, b, { fullScore: f })),
    ],
    [
      "curveValue",
      call(fc.tuple(num, curve, fc.constantFrom("linear" as const, "step" as const)), (x, c, m) =>
        core.curveValue(x, c, m),
      ),
    ],
    [
      "tiered",
      call(fc.tuple(num, tiers, num, fc.option(num)), (a, t, p, q) =>
        core.tiered(a, t, { prior: p, quota: q }),
      ),
    ],
    [
      "tiered retro",
      call(fc.tuple(num, tiers, num, fc.option(num)), (a, t, p, q) =>
        core.tiered(a, t, { method: "retro", prior: p, quota: q }),
      ),
    ],
    ["explainTiered", call(fc.tuple(num, tiers, num), (a, t, p) => core.explainTiered(a, t, { prior: p }))],
    ["nextTier", call(fc.tuple(num, tiers, fc.option(num)), (a, t, q) => core.nextTier(a, t, q))],
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
      call(fc.tuple(num, num, curve, num, num, fc.option(num)), (b, a, c, m, p, cap) =>
        core.bonus(b, a, c, { multiplier: m, proration: p, cap }),
      ),
    ],
    [
      "prorate",
      call(fc.tuple(num, fc.option(num), fc.option(num), num, num), (v, s, e, ps, pe) =>
        core.prorate(v, s, e, ps, pe),
      ),
    ],
    ["pace", call(fc.tuple(num, num, num, num, num), (a, t, e, n, tol) => core.pace(a, t, e, n, tol))],
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
    ["draws", call(fc.tuple(fc.array(num), num), (e, g) => core.draws(e, [g], "recoverable"))],
    ["enps", fc.array(num).map((s) => () => core.enps(s))],
    ["nineBox", call(fc.tuple(num, num, num, num), (p, q, a, b) => core.nineBox(p, q, [a, b]))],
    ["periodOf", call(fc.tuple(num, fc.integer({ min: 1, max: 12 })), (s, f) => core.periodOf("week", s, f))],
  ])("%s", (_name, call) => {
    fc.assert(
      fc.property(call, (fn) => finiteOrKpiError(fn)),
      { numRuns: 300 },
    );
  });
});
