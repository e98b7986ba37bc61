/** KPI.PACE: is a goal on track for the time gone by? */
import { requireFinite, requireNonNegative, requirePositive, uncomputed } from "./numeric";

/** 1 = on track, 2 = at risk, 3 = off track. */
export type PaceLevel = 1 | 2 | 3;

/**
 * `expected = target × elapsed / total`. `actual ≥ expected` → 1; else `lag = (expected − actual) / expected`,
 * `lag ≥ tolerance` → 3, otherwise 2. `elapsed ≤ 0` → 1 (nothing was expected yet). The formula is applied as
 * written when elapsed > total (the goal is then expected beyond its target). With a target of 0 nothing is
 * expected: any actual ≥ 0 is on track and a negative actual is off track.
 * @param actual - the result so far.
 * @param target - the target for the whole period, ≥ 0.
 * @param elapsed - time gone by (days, weeks… or a share), in the unit of total.
 * @param total - length of the period, > 0.
 * @param tolerance - lag still "at risk" rather than "off track" (default 0.1, ≥ 0).
 * @returns the pace level.
 * @throws KpiError "num" when total ≤ 0, target < 0 or tolerance < 0.
 * @example pace(95, 300, 10, 30) // 2 (expected 100, 5% behind)
 */
export function pace(
  actual: number,
  target: number,
  elapsed: number,
  total: number,
  tolerance?: number,
): PaceLevel {
  const a = requireFinite("actual", actual);
  const t = requireNonNegative("target", target);
  const e = requireFinite("elapsed", elapsed);
  const n = requirePositive("total", total);
  const tol = tolerance == null ? 0.1 : requireNonNegative("tolerance", tolerance);
  return paceLevel(a, t, e, n, tol);
}

/**
 * The options of {@link pace} checked once: [elapsed, total, tolerance] as {@link paceLevel} takes them.
 * @returns null when {@link pace} would throw on them (every element then gives that error).
 */
export function paceOptions(
  elapsed: number,
  total: number,
  tolerance?: number,
): [e: number, n: number, tol: number] | null {
  try {
    const e = requireFinite("elapsed", elapsed);
    const n = requirePositive("total", total);
    return [e, n, tolerance == null ? 0.1 : requireNonNegative("tolerance", tolerance)];
  } catch {
    return null;
  }
}

/**
 * The column form of {@link pace} on checked options ({@link paceOptions}): `out[k]` is the level of
 * (actuals[k], targets[k]) less 1 (0 on track, 1 at risk, 2 off track), NaN where {@link pace} throws (an actual
 * that is not finite, a target that is not a finite number ≥ 0), for the caller to call the rule again.
 * Module-level, so a range runs as one loop.
 */
export function paceColumn(
  actuals: ArrayLike<number>,
  targets: ArrayLike<number>,
  e: number,
  n: number,
  tol: number,
  out: Float64Array,
): void {
  const p = Float64Array.of(e, n, tol);
  for (let k = 0; k < actuals.length; k++) out[k] = paceCell(actuals[k], targets[k], p);
}

/**
 * The element form of {@link paceColumn} (a `Cell`): the level of (a, t) less 1, NaN where {@link pace} throws.
 * @param a - the actual.
 * @param t - the target.
 * @param p - the checked options: elapsed, total, tolerance.
 * @returns 0 on track, 1 at risk, 2 off track, or NaN.
 */
export function paceCell(a: number, t: number, p: Float64Array): number {
  return a - a === 0 && t - t === 0 && t >= 0 ? paceLevel(a, t, p[0], p[1], p[2]) - 1 : uncomputed();
}

/**
 * {@link pace} on checked inputs (finite actual and elapsed, target ≥ 0, total > 0, tolerance ≥ 0): the rule
 * itself, shared with `preparePace`.
 * @returns the pace level.
 */
export function paceLevel(a: number, t: number, e: number, n: number, tol: number): PaceLevel {
  if (e <= 0) return 1;
  // Divide first when the product would overflow; the ratio is what matters.
  const product = t * e;
  const expected = Number.isFinite(product) ? product / n : t * (e / n);
  if (a >= expected) return 1;
  if (!(expected > 0)) return 3;
  const lag = (expected - a) / expected;
  return lag >= tol ? 3 : 2;
}
