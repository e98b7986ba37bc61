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

/**
 * A prepared rule's arithmetic on one element, with its options checked once and passed as numbers: `x` (and `y`,
 * the second leading number of a two-number rule; 0 for a one-number rule) to the element's result, NaN where the
 * rule itself must answer (an input it does not accept, an overflow: call the rule again for its error). A label
 * rule (RATING, PACE) gives the index of the element's label; NEXTTIER gives Infinity in the top tier. A
 * module-level function of numbers and arrays only, so the KPI. functions' element loop (src/functions/args.ts)
 * reads each input cell, computes and writes its result row in one pass, and the loop's optimized code holds
 * nothing of one call.
 *
 * A cell calls, for every element, only functions of its own module, or imported ones bound once to a module
 * constant (`const stepsOf = wholeSteps`). Under tsx (the bench, Jest, the CLI) each module is compiled to
 * CommonJS, and every use of an imported function reads it through a getter (`() => from[key]`) that all of the
 * exporting module's exports share; once a call of a KPI. function had called other imported functions (preparing
 * its options does), V8 compiled that getter generically inside the element loop. STEPSCORE's call, whose cell
 * called `wholeSteps` so, took 1.67–1.93× its floor; with the binding 1.29–1.38× (interleaved, 100,000 rows).
 * The production bundle (webpack, modules concatenated) calls them directly either way.
 * @param x - the first leading number (finite when the element loop calls it).
 * @param y - the second, or 0.
 * @param p - the rule's checked options as numbers.
 * @param u - the rule's first table column (curve points, tier bounds, band minimums), or empty.
 * @param v - its second (curve values, tier rates), or empty.
 */
export type Cell = (
  x: number,
  y: number,
  p: Float64Array,
  u: readonly number[],
  v: readonly number[],
) => number;

/** Holds the NaN {@link uncomputed} reads. */
const UNCOMPUTED = Float64Array.of(NaN);

/**
 * The NaN a {@link Cell} returns where the rule itself must answer, read from an array instead of written as the
 * constant `NaN`: V8 (11.3, Node 20) compiled a cell whose returns mixed a computed double with the constant NaN
 * (or Infinity) into slower code for every element, not only the rare one that returns it. PRORATE's element
 * loop took 0.3–0.5× of its floor more with `return NaN` than with this (interleaved CPU medians, 100,000 rows).
 * An overflow's NaN is computed as `r - r` of the non-finite result instead, for the same reason.
 * @returns NaN.
 * @example uncomputed() // NaN
 */
export function uncomputed(): number {
  return UNCOMPUTED[0];
}

/** A prepared rule's element form: {@link Cell} with the options and tables it reads. */
export interface CellForm {
  readonly cell: Cell;
  readonly p: Float64Array;
  readonly u: readonly number[];
  readonly v: readonly number[];
}

/** The empty table of a {@link CellForm} that reads none. */
const NO_TABLE: readonly number[] = [];

/**
 * @param cell - the rule's element arithmetic.
 * @param p - its options as numbers.
 * @param u - its first table column (default none).
 * @param v - its second (default none).
 * @returns the element form.
 * @example cellForm((x, y) => x / y, Float64Array.of())
 */
export function cellForm(
  cell: Cell,
  p: Float64Array,
  u: readonly number[] = NO_TABLE,
  v: readonly number[] = NO_TABLE,
): CellForm {
  return { cell, p, u, v };
}
