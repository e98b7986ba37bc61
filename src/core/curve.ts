/** KPI.CURVE: payout or scoring curves read linearly or as steps. */
import { KpiError } from "./errors";
import { checkNumericRows, type NumericRow } from "./table";
import {
  cellForm,
  columnOf,
  finiteResult,
  requireFinite,
  requireOption,
  uncomputed,
  type CellForm,
} from "./numeric";

/** Accepted modes, default first (one array for every call: these checks run once per element). */
const MODES = ["linear", "step"] as const;

/** A curve: points strictly ascending, one value per point. */
export interface Curve {
  points: number[];
  values: number[];
}

/**
 * Builds a curve from (point, value) rows.
 * @param rows - at least one row; points strictly ascending.
 * @param arg - argument name used in messages (default "curve"), so an error reads "curve: row 3 …".
 * @returns the curve.
 * @throws KpiError "value" naming the argument and row: empty table, non-number, point not ascending.
 * @example makeCurve([{ row: 1, key: 0.9, value: 0.5 }, { row: 2, key: 1, value: 1 }])
 *   // { points: [0.9, 1], values: [0.5, 1] }
 */
export function makeCurve(rows: readonly NumericRow[], arg = "curve"): Curve {
  checkNumericRows(rows, arg);
  return { points: rows.map((r) => r.key), values: rows.map((r) => r.value) };
}

/** Index of the last point ≤ x, or −1 when x is below the first point. */
export function lastIndexAtOrBelow(points: readonly number[], x: number): number {
  let lo = 0;
  let hi = points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid] <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function checkCurve(curve: Curve): void {
  if (!curve || curve.points.length === 0 || curve.points.length !== curve.values.length) {
    throw new KpiError("value", "err.table.empty", { arg: "curve" });
  }
}

/**
 * Reads a curve at x. Below the first point → `below` (the threshold); at or above the last point → the last
 * value (the cap); in between "linear" interpolates neighbouring points and "step" takes the value of the last
 * point ≤ x.
 * @param x - where to read.
 * @param curve - from {@link makeCurve}.
 * @param mode - "linear" (default) or "step".
 * @param below - value below the first point (default 0).
 * @returns the curve value.
 * @throws KpiError "value" for a non-number x/below or unknown mode; "num" on overflow.
 * @example curveValue(0.95, makeCurve([{ row: 1, key: 0.9, value: 0.5 }, { row: 2, key: 1, value: 1 }])) // 0.75
 */
export function curveValue(x: number, curve: Curve, mode?: "linear" | "step", below?: number): number {
  const v = requireFinite("x", x);
  const m = requireOption("mode", mode, MODES);
  const belowValue = below == null ? 0 : requireFinite("below", below);
  checkCurve(curve);
  return readCurve(v, curve.points, curve.values, m === "step", belowValue);
}

/** The reading of {@link curveValue} on validated arguments. */
function readCurve(
  v: number,
  points: readonly number[],
  values: readonly number[],
  step: boolean,
  belowValue: number,
): number {
  return finiteResult(rawCurve(v, points, values, step, belowValue));
}

/** {@link readCurve} before its finiteness check. */
function rawCurve(
  v: number,
  points: readonly number[],
  values: readonly number[],
  step: boolean,
  belowValue: number,
): number {
  const i = lastIndexAtOrBelow(points, v);
  if (i < 0) return belowValue;
  if (i === points.length - 1 || step || points[i] === v) return values[i];
  const p0 = points[i];
  const p1 = points[i + 1];
  const span = p1 - p0;
  // Halving keeps the span finite for points near ±1.8e308; t lies in [0, 1].
  const t = Number.isFinite(span) ? (v - p0) / span : (v / 2 - p0 / 2) / (p1 / 2 - p0 / 2);
  const v0 = values[i];
  const v1 = values[i + 1];
  const rise = v1 - v0;
  // v0 + t·rise is monotone in t; the weighted form only serves values of opposite sign near the float limit.
  const y = Number.isFinite(rise) ? v0 + t * rise : v0 * (1 - t) + v1 * t;
  // Clamping to the segment keeps the curve monotone across points despite rounding in the last bit.
  return Math.min(Math.max(v0, v1), Math.max(Math.min(v0, v1), y));
}

/** {@link curveValue} with curve, mode and below fixed: the curve value at one x. */
export interface PreparedCurve {
  /**
   * @param x - where to read.
   * @returns the curve value.
   * @throws KpiError as {@link curveValue}.
   */
  (x: number): number;
  /**
   * Many x at once: `out[i]` is the curve value at `xs[i]`, or NaN where that call throws (no curve value is
   * ever NaN, so NaN means "call again for the error"). One loop per prepared curve keeps the per-x call cheap
   * whichever other rules run in the same process.
   * @param xs - where to read.
   * @param out - receives one value per x.
   */
  column(xs: ArrayLike<number>, out: Float64Array): void;
  /** The element form of `column` ({@link curveCell}; absent for an invalid curve or option). */
  readonly cells?: CellForm;
}

/**
 * Prepares {@link curveValue} for many x on one curve: the curve, mode and below value are checked once.
 * Every result and every error is exactly what `curveValue(x, curve, mode, below)` gives.
 * The curve is copied: changing the object afterwards does not affect the prepared function.
 * @param curve - from {@link makeCurve}.
 * @param mode - "linear" (default) or "step".
 * @param below - value below the first point (default 0).
 * @returns the prepared function.
 * @throws never itself: an invalid curve, mode or below value makes every call throw what `curveValue` throws.
 * @example prepareCurve(makeCurve([{ row: 1, key: 0.9, value: 0.5 }, { row: 2, key: 1, value: 1 }]))(0.95) // 0.75
 */
export function prepareCurve(curve: Curve, mode?: "linear" | "step", below?: number): PreparedCurve {
  try {
    const step = requireOption("mode", mode, MODES) === "step";
    const belowValue = below == null ? 0 : requireFinite("below", below);
    checkCurve(curve);
    const points = curve.points.slice();
    const values = curve.values.slice();
    const one = (x: number) => {
      const v = typeof x === "number" && x - x === 0 ? x : requireFinite("x", x);
      return readCurve(v, points, values, step, belowValue);
    };
    const p = Float64Array.of(step ? 1 : 0, belowValue);
    const column = (xs: ArrayLike<number>, out: Float64Array): void =>
      curveColumn(xs, points, values, p, out);
    return Object.assign(one, { column, cells: cellForm(curveCell, p, points, values) });
  } catch {
    const slow = (x: number) => curveValue(x, curve, mode, below);
    return Object.assign(slow, { column: columnOf(slow) });
  }
}

/**
 * The column form of {@link prepareCurve}: `out[k]` is the curve value at `xs[k]`, NaN where the call throws (an x
 * that is not a finite number, an overflow). A module-level loop of arrays and numbers only: one loop shared by
 * every rule calls a different closure per rule (a call site never inlined), and a closure made per call carries
 * its optimized code with it, lost when the collector frees that call's objects. The curve comes as its two arrays,
 * not as an object of the call: optimized code holds an object's map only weakly, and once the calls' curve objects
 * were collected V8 threw this loop's code away ("weak objects") and ran it unoptimized until compiled again — BONUS
 * at 1.4–2.1× its floor from one run to the next, CURVE beside it.
 * @param xs - where to read.
 * @param points - the prepared copy of the curve's points.
 * @param values - its values.
 * @param p - "step" mode (1/0), the value below the first point.
 * @param out - receives one value per x.
 */
function curveColumn(
  xs: ArrayLike<number>,
  points: readonly number[],
  values: readonly number[],
  p: Float64Array,
  out: Float64Array,
): void {
  for (let k = 0; k < xs.length; k++) out[k] = curveCell(xs[k], 0, p, points, values);
}

/**
 * The element form of {@link prepareCurve} (a `Cell`): the curve value at x, NaN where the call throws.
 * @param x - where to read.
 * @param _ - unused (a one-number rule).
 * @param p - "step" mode (1/0), the value below the first point.
 * @param points - the prepared copy of the curve's points.
 * @param values - its values.
 * @returns the value, or NaN.
 */
export function curveCell(
  x: number,
  _: number,
  p: Float64Array,
  points: readonly number[],
  values: readonly number[],
): number {
  if (x - x !== 0) return uncomputed();
  const y = rawCurve(x, points, values, p[0] === 1, p[1]);
  // `finiteResult`'s answer without throwing: -0 reads 0, an overflow NaN (the call gives its error).
  return y - y === 0 ? y + 0 : y - y;
}
