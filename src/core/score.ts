/** Scorecard rules: KPI.SCORE, KPI.STEPSCORE and KPI.BANDSCORE. */
import { KpiError } from "./errors";
import { attainment } from "./attainment";
import { toDirection, type Direction } from "./direction";
import {
  cellForm,
  columnOf2,
  finiteResult,
  requireFinite,
  requireNonNegative,
  requireOption,
  requirePositive,
  uncomputed,
  wholeSteps,
  type CellForm,
} from "./numeric";

/** Accepted roundings, default first (one array for every call: these checks run once per element). */
const ROUNDINGS = ["floor", "prorata"] as const;

/** Options of {@link score}. */
export interface ScoreOptions {
  /** "higher" (default) or "lower". */
  direction?: Direction;
  /** Attainment below this scores 0 (default 0). */
  threshold?: number;
  /** Attainment counted at most up to this (default 1). */
  cap?: number;
  /** Points for 100% attainment (default 100, must be ≥ 0). */
  fullScore?: number;
}

/**
 * The standard scorecard rule ("完成率100%得满分, 80%得80分"): `a = attainment`; `a < threshold` → 0, else
 * `min(a, cap) × fullScore`, never below 0.
 * @param actual - the result achieved.
 * @param target - the target, > 0.
 * @param opts - direction, threshold, cap, fullScore.
 * @returns the score.
 * @throws KpiError "num" when cap < threshold or fullScore < 0; as {@link attainment} for actual/target.
 * @example score(800, 1000) // 80
 * @example score(1300, 1000, { cap: 1.2 }) // 120
 */
export function score(actual: number, target: number, opts: ScoreOptions = {}): number {
  const threshold = opts.threshold == null ? 0 : requireFinite("threshold", opts.threshold);
  const cap = opts.cap == null ? 1 : requireFinite("cap", opts.cap);
  const fullScore = opts.fullScore == null ? 100 : requireNonNegative("fullScore", opts.fullScore);
  if (cap < threshold) throw new KpiError("num", "err.capBelowThreshold", { cap, threshold });
  const a = attainment(actual, target, opts.direction);
  if (a < threshold) return 0;
  return finiteResult(Math.max(0, Math.min(a, cap) * fullScore));
}

/** {@link score} with its options fixed: the score of one actual against one target. */
export interface PreparedScore {
  /**
   * @param actual - the result achieved.
   * @param target - the target, > 0.
   * @returns the score.
   * @throws KpiError as {@link score}.
   */
  (actual: number, target: number): number;
  /**
   * Many rows at once: `out[i]` is the score of `actual[i]` against `target[i]`, or NaN where that call throws (no
   * score is ever NaN, so NaN means "call again for the error"). One loop per prepared rule keeps the per-row
   * call cheap whichever other rules run in the same process.
   * @param actual - the results achieved.
   * @param target - the targets, one per result.
   * @param out - receives one score per row.
   */
  column(actual: ArrayLike<number>, target: ArrayLike<number>, out: Float64Array): void;
  /** The element form of `column` (absent when the options are invalid: every row goes to `score`). */
  readonly cells?: CellForm;
}

/**
 * Prepares {@link score} for many rows under one rule: direction, threshold, cap and fullScore are checked once.
 * Every result and every error is exactly what `score(actual, target, opts)` gives for the same arguments
 * (unusual input — a non-number, a target ≤ 0, an overflow — is handed to `score` itself, so errors and the
 * order in which arguments are checked cannot drift apart).
 * @param opts - direction, threshold, cap, fullScore; copied, so later changes to the object do not count.
 * @returns the prepared function.
 * @throws never itself: invalid options make every call throw what `score` throws.
 * @example prepareScore({ threshold: 0.8, cap: 1.2 })(1300, 1000) // 120
 */
export function prepareScore(opts: ScoreOptions = {}): PreparedScore {
  const fixed: ScoreOptions = { ...opts };
  const slow = (actual: number, target: number) => score(actual, target, fixed);
  try {
    const threshold = fixed.threshold == null ? 0 : requireFinite("threshold", fixed.threshold);
    const cap = fixed.cap == null ? 1 : requireFinite("cap", fixed.cap);
    const fullScore = fixed.fullScore == null ? 100 : requireNonNegative("fullScore", fixed.fullScore);
    if (cap < threshold) throw new KpiError("num", "err.capBelowThreshold", { cap, threshold });
    const lower = toDirection(fixed.direction) === "lower";
    const one = (actual: number, target: number) => {
      // Inputs `score` would not accept, and an overflow of the ratio, are handed to `score` itself.
      if (
        typeof actual !== "number" ||
        typeof target !== "number" ||
        actual - actual !== 0 ||
        !(target > 0 && target < Infinity)
      ) {
        return slow(actual, target);
      }
      const points = scorePoints(actual, target, lower, threshold, cap, fullScore);
      return points === points ? finiteResult(points) : slow(actual, target);
    };
    const p = Float64Array.of(lower ? 1 : 0, threshold, cap, fullScore);
    const column = (actual: ArrayLike<number>, target: ArrayLike<number>, out: Float64Array): void =>
      scoreColumn(actual, target, p, out);
    return Object.assign(one, { column, cells: cellForm(scoreCell, p) });
  } catch {
    return Object.assign(slow, { column: columnOf2(slow) });
  }
}

/**
 * The operations of `attainment` then `score`, in the same order, on a finite actual and a finite target > 0 with
 * checked options: the score, ±Infinity when the score overflows, or NaN when the attainment does (`score`
 * decides).
 */
function scorePoints(
  actual: number,
  target: number,
  lower: boolean,
  threshold: number,
  cap: number,
  fullScore: number,
): number {
  const ratio = actual / target;
  const raw = lower ? Math.max(0, 2 - ratio) : ratio;
  if (raw - raw !== 0) return NaN; // `attainment` overflows (lower is better reads a +Infinity ratio as 0)
  const a = raw === 0 ? 0 : raw; // `attainment` returns +0 for −0
  if (a < threshold) return 0;
  return Math.max(0, Math.min(a, cap) * fullScore);
}

/**
 * The column form of {@link prepareScore}: `out[k]` is the score of `actual[k]` against `target[k]`, NaN where the
 * call throws (not a finite number, a target ≤ 0, an overflow). A module-level loop of arrays and numbers only:
 * one loop shared by every rule calls a different closure per rule (a call site never inlined), and a closure
 * made per call carries its optimized code with it, lost when the collector frees that call's objects.
 */
function scoreColumn(
  actual: ArrayLike<number>,
  target: ArrayLike<number>,
  p: Float64Array,
  out: Float64Array,
): void {
  for (let k = 0; k < actual.length; k++) out[k] = scoreCell(actual[k], target[k], p);
}

/** The element form of {@link prepareScore} (a `Cell`); `p`: lower is better (1/0), threshold, cap, fullScore. */
function scoreCell(a: number, t: number, p: Float64Array): number {
  if (a - a !== 0 || !(t > 0 && t < Infinity)) return uncomputed();
  const points = scorePoints(a, t, p[0] === 1, p[1], p[2], p[3]);
  // `finiteResult`'s answer without throwing: -0 reads 0, an overflow NaN (the call gives its error).
  return points - points === 0 ? points + 0 : points - points;
}

/** Options of {@link stepScore}. */
export interface StepScoreOptions {
  /** Points taken per step below target (default: pointsAbove). */
  pointsBelow?: number;
  /** Lowest result (default: none). */
  minPoints?: number;
  /** Highest result (default: none). */
  maxPoints?: number;
  /** "higher" (default) or "lower". */
  direction?: Direction;
  /** "floor" (default) counts whole steps only; "prorata" counts fractions of a step. */
  rounding?: "floor" | "prorata";
}

/**
 * Points per whole step above or below target ("每超额10万元加1分, 未完成则减1分").
 * `d = actual − target` ("higher") or `target − actual` ("lower"); `d ≥ 0` → `pointsAbove × steps(d / step)`,
 * else `−pointsBelow × steps(−d / step)`; then clamped to [minPoints, maxPoints]. Whole steps forgive binary
 * rounding within 1e-9, so 0.3 / 0.1 counts 3 steps.
 * @param actual - the result achieved.
 * @param target - the target.
 * @param step - the size of one step, > 0.
 * @param pointsAbove - points per step at or above target.
 * @param opts - pointsBelow, minPoints, maxPoints, direction, rounding.
 * @returns the points.
 * @throws KpiError "num" when step ≤ 0 or minPoints > maxPoints; "value" for non-numbers or unknown words.
 * @example stepScore(530, 500, 10, 1) // 3
 * @example stepScore(0.0225, 0.02, 0.001, 0, { pointsBelow: 3, minPoints: -15, direction: "lower" }) // -6
 */
export function stepScore(
  actual: number,
  target: number,
  step: number,
  pointsAbove: number,
  opts: StepScoreOptions = {},
): number {
  const a = requireFinite("actual", actual);
  const t = requireFinite("target", target);
  const s = requirePositive("step", step);
  const above = requireFinite("pointsAbove", pointsAbove);
  const below = opts.pointsBelow == null ? above : requireFinite("pointsBelow", opts.pointsBelow);
  const min = opts.minPoints == null ? -Infinity : requireFinite("minPoints", opts.minPoints);
  const max = opts.maxPoints == null ? Infinity : requireFinite("maxPoints", opts.maxPoints);
  if (min > max) throw new KpiError("num", "err.order", { arg: "minPoints", low: min, high: max });
  const dir = toDirection(opts.direction);
  const rounding = requireOption("rounding", opts.rounding, ROUNDINGS);
  const d = dir === "higher" ? a - t : t - a;
  const steps = (ratio: number): number => (rounding === "floor" ? wholeSteps(ratio) : ratio);
  const points = d >= 0 ? above * steps(d / s) : -below * steps(-d / s);
  return finiteResult(Math.min(max, Math.max(min, points)));
}

/**
 * Linear score across a band around target ("低于目标2个百分点得满分, 高于2个百分点得0分").
 * "higher": fullScore at `actual ≥ target + band`, 0 at `actual ≤ target − band`, linear between;
 * "lower": mirrored.
 * @param actual - the result achieved.
 * @param target - the target.
 * @param band - half-width of the band, > 0.
 * @param opts - fullScore (default 100, ≥ 0), direction.
 * @returns the score, between 0 and fullScore.
 * @throws KpiError "num" when band ≤ 0 or fullScore < 0.
 * @example bandScore(0.02, 0.02, 0.02) // 50
 * @example bandScore(0.0, 0.02, 0.02, { direction: "lower" }) // 100
 */
export function bandScore(
  actual: number,
  target: number,
  band: number,
  opts: { fullScore?: number; direction?: Direction } = {},
): number {
  const a = requireFinite("actual", actual);
  const t = requireFinite("target", target);
  const b = requirePositive("band", band);
  const fullScore = opts.fullScore == null ? 100 : requireNonNegative("fullScore", opts.fullScore);
  const dir = toDirection(opts.direction);
  const d = dir === "higher" ? a - t : t - a;
  // Position across the band, 0 at its bad edge and 1 at its good edge; halves avoid overflow for huge bands.
  const position = (d / 2 + b / 2) / b;
  return finiteResult(Math.min(1, Math.max(0, position)) * fullScore);
}
