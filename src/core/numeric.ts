/**
 * Input checks and float care shared by every core rule. Each check names the argument (`arg`) as the spec spells
 * it, so the message a user sees points at what to fix; callers never have to re-word core errors.
 */
import { KpiError } from "./errors";

/** Tolerance used when counting whole steps or whole items (0.3 / 0.1 counts 3, not 2). */
export const WHOLE_TOLERANCE = 1e-9;

/**
 * Checks that a value is a finite number.
 * @param arg - the argument name shown in the message.
 * @param value - the value to check.
 * @returns the value, typed as a number.
 * @throws KpiError "value" when it is not a number (or NaN); "num" when it is ±Infinity.
 * @example requireFinite("amount", 12) // 12
 */
export function requireFinite(arg: string, value: unknown): number {
  if (typeof value !== "number" || Number.isNaN(value)) throw new KpiError("value", "err.notNumber", { arg });
  if (!Number.isFinite(value)) throw new KpiError("num", "err.notFinite", { arg, value: String(value) });
  return value;
}

/**
 * Checks that a value is a finite number ≥ 0.
 * @param arg - the argument name shown in the message.
 * @param value - the value to check.
 * @returns the value.
 * @throws KpiError "num" when negative (and as {@link requireFinite}).
 * @example requireNonNegative("prior", 0) // 0
 */
export function requireNonNegative(arg: string, value: unknown): number {
  const v = requireFinite(arg, value);
  if (v < 0) throw new KpiError("num", "err.negative", { arg, value: v });
  return v;
}

/**
 * Checks that a value is a finite number > 0.
 * @param arg - the argument name shown in the message.
 * @param value - the value to check.
 * @returns the value.
 * @throws KpiError "num" when ≤ 0 (and as {@link requireFinite}).
 * @example requirePositive("step", 10) // 10
 */
export function requirePositive(arg: string, value: unknown): number {
  const v = requireFinite(arg, value);
  if (v <= 0) throw new KpiError("num", "err.notPositive", { arg, value: v });
  return v;
}

/**
 * Checks that a value is a whole number within [min, max].
 * @param arg - the argument name shown in the message.
 * @param value - the value to check.
 * @param min - smallest accepted value.
 * @param max - largest accepted value.
 * @returns the value.
 * @throws KpiError "num" when fractional or out of range (and as {@link requireFinite}).
 * @example requireWhole("minResponses", 3, 0, 1e6) // 3
 */
export function requireWhole(arg: string, value: unknown, min: number, max: number): number {
  const v = requireFinite(arg, value);
  if (!Number.isInteger(v)) throw new KpiError("num", "err.notWhole", { arg, value: v });
  if (v < min || v > max) throw new KpiError("num", "err.outOfRange", { arg, value: v, min, max });
  return v;
}

/**
 * Checks that a word is one of the accepted options (core receives already-parsed words; this guards JavaScript
 * callers that pass something else).
 * @param arg - the argument name shown in the message.
 * @param value - the word, or undefined/null for the default.
 * @param options - accepted words; the first is the default.
 * @returns the accepted word.
 * @throws KpiError "value" listing the accepted words.
 * @example requireOption("method", undefined, ["marginal", "retro"] as const) // "marginal"
 */
export function requireOption<T extends string>(arg: string, value: unknown, options: readonly T[]): T {
  if (value === undefined || value === null) return options[0];
  if (typeof value === "string" && (options as readonly string[]).includes(value)) return value as T;
  throw new KpiError("value", "err.option", { arg, value: String(value), options: options.join(", ") });
}

/**
 * Guards a computed result: finite inputs can still overflow (1e308 × 10), and a cell must never show Infinity.
 * @param value - the computed result.
 * @returns the value, when finite.
 * @throws KpiError "num" "err.overflow" otherwise.
 * @example finiteResult(3) // 3
 */
export function finiteResult(value: number): number {
  if (!Number.isFinite(value)) throw new KpiError("num", "err.overflow");
  // -0 reads as "0" in Excel but as -0 in tests and JSON; normalise it.
  return value === 0 ? 0 : value;
}

/**
 * Whole number of times a ratio holds, forgiving binary rounding: a ratio within 1e-9 below an integer counts as
 * that integer, so 0.3 / 0.1 = 2.9999999999999996 counts 3 steps. Past about a million, where 1e-9 is finer than
 * the float spacing, the tolerance becomes a few units in the last place (never a whole step).
 * @param ratio - a finite ratio.
 * @returns floor(ratio), or the nearby integer when ratio is within tolerance of it.
 * @example wholeSteps(0.3 / 0.1) // 3
 */
export function wholeSteps(ratio: number): number {
  const nearest = Math.round(ratio);
  const tolerance = Math.max(WHOLE_TOLERANCE, 2 * Number.EPSILON * Math.abs(ratio));
  if (nearest > ratio && nearest - ratio <= tolerance) return nearest;
  return Math.floor(ratio);
}

/**
 * The column loop of a prepared one-number rule (`prepareNextTier`…): `out[i]` is `one(xs[i])`, or NaN where
 * that call throws (no rule returns NaN, so NaN means "call again for the error").
 * @param one - the rule.
 * @returns the loop.
 * @example columnOf((x) => x * 2)([1, 2], out) // out = [2, 4]
 */
export function columnOf(one: (x: number) => number): (xs: ArrayLike<number>, out: Float64Array) => void {
  return (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      try {
        out[i] = one(xs[i]);
      } catch {
        out[i] = NaN;
      }
    }
  };
}

/**
 * The column loop of a prepared two-number rule (`prepareAttainment`…): `out[i]` is `one(a[i], b[i])`, or NaN
 * where that call throws.
 * @param one - the rule.
 * @returns the loop.
 * @example columnOf2((a, b) => a / b)([1], [2], out) // out = [0.5]
 */
export function columnOf2(
  one: (a: number, b: number) => number,
): (a: ArrayLike<number>, b: ArrayLike<number>, out: Float64Array) => void {
  return (a, b, out) => {
    for (let i = 0; i < a.length; i++) {
      try {
        out[i] = one(a[i], b[i]);
      } catch {
        out[i] = NaN;
      }
    }
  };
}
