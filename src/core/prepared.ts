/**
 * Prepared forms of the element-wise rules (as `prepareScore`, `prepareTiered` and `prepareCurve` next to their
 * rules): the options are checked once per call of a KPI. function instead of once per cell, and each cell only
 * checks its own numbers. Every prepared form gives exactly what its rule gives — result and error — because
 * anything unusual (a cell that is not a plain finite number, an invalid option) is handed to the rule itself,
 * so errors and the order in which arguments are checked cannot drift apart. Column forms (`column`) return NaN
 * where a call throws: no rule returns NaN, so NaN means "call again for the error".
 *
 * Each rule's column form is a module-level loop of its own (`attainmentColumn`…) taking the checked options as
 * plain numbers: one loop shared by every rule (`columnOf2`) calls a different closure per rule, so its call
 * site is megamorphic and never inlined, and a closure made per call of a KPI. function carries its code with it
 * (it is compiled again after the collection that frees the previous call's closure). A module-level loop of
 * arrays and numbers only sees one rule, and its optimized code holds nothing of one call.
 */
import { attainment } from "./attainment";
import { bonus, type BonusOptions } from "./bonus";
import { curveCell, prepareCurve, type Curve } from "./curve";
import { MAX_SERIAL, requireSerial } from "./dates";
import { toDirection, type Direction } from "./direction";
import { KpiError } from "./errors";
import { nineBox } from "./ninebox";
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
import { pace, paceCell, paceColumn, paceLevel, paceOptions, type PaceLevel } from "./pace";
import { prorate } from "./prorate";
import { bandScore, stepScore, type StepScoreOptions } from "./score";

// Imported functions the element forms call for every element, bound once (see `Cell` in ./numeric on imports).
const stepsOf = wholeSteps;
const curveAt = curveCell;

/** A prepared rule of two numbers with its column form. */
export interface PreparedRule2 {
  (a: number, b: number): number;
  column(a: ArrayLike<number>, b: ArrayLike<number>, out: Float64Array): void;
  /** The element form of `column` (absent when the options are invalid: every element goes to the rule). */
  readonly cells?: CellForm;
}

/** True for a finite number (the common cell). */
function finite(v: unknown): v is number {
  return typeof v === "number" && v - v === 0;
}

/** The rule on plain inputs and its column loop, built once the options are known to be valid. */
interface Fast2 {
  one: (a: number, b: number) => number;
  column: (a: ArrayLike<number>, b: ArrayLike<number>, out: Float64Array) => void;
  cells: CellForm | undefined;
}

/**
 * @param fast - builds the rule on plain inputs and its column loop (it throws if an option is invalid).
 * @param slow - the rule itself.
 * @returns `fast`'s rule and column when they can be built, else `slow` for every call.
 */
function rule2(fast: () => Fast2, slow: (a: number, b: number) => number): PreparedRule2 {
  let built: Fast2;
  try {
    built = fast();
  } catch {
    built = { one: slow, column: columnOf2(slow), cells: undefined };
  }
  return Object.assign(built.one, { column: built.column, cells: built.cells });
}

/** A result as `finiteResult` gives it (-0 → 0), or NaN for an overflow: the rule is called again for the error. */
function finiteOrNaN(r: number): number {
  return r - r === 0 ? r + 0 : r - r;
}

/** The numbers a column loop reads (a Float64Array when a KPI. function calls it). */
type Cells = ArrayLike<number>;

/** True for a number that is finite: a cell a column loop computes itself (anything else is left to the rule). */
function plain(v: number): boolean {
  return typeof v === "number" && v - v === 0;
}

/**
 * {@link attainment} with its direction fixed.
 * @param direction - "higher" (default) or "lower".
 * @returns the prepared rule of (actual, target).
 * @example prepareAttainment()(80, 100) // 0.8
 */
export function prepareAttainment(direction?: Direction): PreparedRule2 {
  const slow = (a: number, t: number) => attainment(a, t, direction);
  return rule2(() => {
    const lower = toDirection(direction) === "lower";
    const p = Float64Array.of(lower ? 1 : 0);
    return {
      one: (a, t) => {
        if (!finite(a) || !finite(t) || !(t > 0)) return slow(a, t);
        const ratio = a / t;
        return finiteResult(lower ? Math.max(0, 2 - ratio) : ratio);
      },
      column: (a, t, out) => attainmentColumn(a, t, p, out),
      cells: cellForm(attainmentCell, p),
    };
  }, slow);
}

/**
 * The column form of {@link prepareAttainment}: `out[k]` as its rule gives it for (a[k], t[k]), NaN where the
 * rule itself must answer (not a finite number, a target ≤ 0, an overflow).
 */
function attainmentColumn(a: Cells, t: Cells, p: Float64Array, out: Float64Array): void {
  for (let k = 0; k < a.length; k++) out[k] = attainmentCell(a[k], t[k], p);
}

/** The element form of {@link prepareAttainment} (a `Cell`); `p`: lower is better (1/0). */
function attainmentCell(x: number, y: number, p: Float64Array): number {
  const ratio = x / y;
  return plain(x) && plain(y) && y > 0
    ? finiteOrNaN(p[0] === 1 ? Math.max(0, 2 - ratio) : ratio)
    : uncomputed();
}

/**
 * {@link stepScore} with step, points and options fixed.
 * @param step - the size of one step, > 0.
 * @param pointsAbove - points per step at or above target.
 * @param opts - pointsBelow, minPoints, maxPoints, direction, rounding; copied.
 * @returns the prepared rule of (actual, target).
 * @example prepareStepScore(10, 1)(530, 500) // 3
 */
export function prepareStepScore(
  step: number,
  pointsAbove: number,
  opts: StepScoreOptions = {},
): PreparedRule2 {
  const fixed = { ...opts };
  const slow = (a: number, t: number) => stepScore(a, t, step, pointsAbove, fixed);
  return rule2(() => {
    const s = requirePositive("step", step);
    const above = requireFinite("pointsAbove", pointsAbove);
    const below = fixed.pointsBelow == null ? above : requireFinite("pointsBelow", fixed.pointsBelow);
    const min = fixed.minPoints == null ? -Infinity : requireFinite("minPoints", fixed.minPoints);
    const max = fixed.maxPoints == null ? Infinity : requireFinite("maxPoints", fixed.maxPoints);
    if (min > max) throw new KpiError("num", "err.order", { arg: "minPoints", low: min, high: max });
    const higher = toDirection(fixed.direction) === "higher";
    const floor = requireOption("rounding", fixed.rounding, ["floor", "prorata"] as const) === "floor";
    const p = Float64Array.of(s, above, below, min, max, higher ? 1 : 0, floor ? 1 : 0);
    return {
      one: (a, t) => {
        if (!finite(a) || !finite(t)) return slow(a, t);
        return finiteResult(stepPoints(a, t, s, above, below, min, max, higher, floor));
      },
      column: (a, t, out) => stepScoreColumn(a, t, p, out),
      cells: cellForm(stepScoreCell, p),
    };
  }, slow);
}

/** {@link stepScore} on finite numbers and checked options; may be non-finite (an overflow). */
function stepPoints(
  a: number,
  t: number,
  step: number,
  above: number,
  below: number,
  min: number,
  max: number,
  higher: boolean,
  floor: boolean,
): number {
  const d = higher ? a - t : t - a;
  let points: number;
  if (d >= 0) {
    const r = d / step;
    points = above * (floor ? stepsOf(r) : r);
  } else {
    const r = -d / step;
    points = -below * (floor ? stepsOf(r) : r);
  }
  return Math.min(max, Math.max(min, points));
}

/**
 * The column form of {@link prepareStepScore} (NaN where its rule must answer).
 * @param p - step, above, below, min, max, higher (1/0), floor (1/0): numbers, not an object, because optimized
 *   code holds an object's map only weakly and was thrown away ("weak objects") when a call's options died.
 */
function stepScoreColumn(a: Cells, t: Cells, p: Float64Array, out: Float64Array): void {
  for (let k = 0; k < a.length; k++) out[k] = stepScoreCell(a[k], t[k], p);
}

/** The element form of {@link prepareStepScore} (a `Cell`); `p` as in {@link stepScoreColumn}. */
function stepScoreCell(x: number, y: number, p: Float64Array): number {
  return plain(x) && plain(y)
    ? finiteOrNaN(stepPoints(x, y, p[0], p[1], p[2], p[3], p[4], p[5] === 1, p[6] === 1))
    : uncomputed();
}

/**
 * {@link bandScore} with band and options fixed.
 * @param band - half-width of the band, > 0.
 * @param opts - fullScore, direction; copied.
 * @returns the prepared rule of (actual, target).
 * @example prepareBandScore(0.02)(0.02, 0.02) // 50
 */
export function prepareBandScore(
  band: number,
  opts: { fullScore?: number; direction?: Direction } = {},
): PreparedRule2 {
  const fixed = { ...opts };
  const slow = (a: number, t: number) => bandScore(a, t, band, fixed);
  return rule2(() => {
    const b = requirePositive("band", band);
    const fullScore = fixed.fullScore == null ? 100 : requireNonNegative("fullScore", fixed.fullScore);
    const higher = toDirection(fixed.direction) === "higher";
    const p = Float64Array.of(b, fullScore, higher ? 1 : 0);
    return {
      one: (a, t) => {
        if (!finite(a) || !finite(t)) return slow(a, t);
        return finiteResult(bandPoints(a, t, b, fullScore, higher));
      },
      column: (a, t, out) => bandScoreColumn(a, t, p, out),
      cells: cellForm(bandScoreCell, p),
    };
  }, slow);
}

/** {@link bandScore} on finite numbers and checked options; may be non-finite (an overflow). */
function bandPoints(a: number, t: number, band: number, fullScore: number, higher: boolean): number {
  const d = higher ? a - t : t - a;
  const position = (d / 2 + band / 2) / band;
  return Math.min(1, Math.max(0, position)) * fullScore;
}

/** The column form of {@link prepareBandScore} (NaN where its rule must answer); `p`: band, fullScore, higher (1/0). */
function bandScoreColumn(a: Cells, t: Cells, p: Float64Array, out: Float64Array): void {
  for (let k = 0; k < a.length; k++) out[k] = bandScoreCell(a[k], t[k], p);
}

/** The element form of {@link prepareBandScore} (a `Cell`); `p`: band, fullScore, higher (1/0). */
function bandScoreCell(x: number, y: number, p: Float64Array): number {
  return plain(x) && plain(y) ? finiteOrNaN(bandPoints(x, y, p[0], p[1], p[2] === 1)) : uncomputed();
}

/**
 * {@link bonus} with the curve and options fixed.
 * @param curve - the payout curve (read linearly).
 * @param opts - gate, multiplier, proration, cap; copied.
 * @returns the prepared rule of (targetBonus, attainment).
 * @example prepareBonus({ points: [0, 1], values: [0, 1] })(1000, 0.5) // 500
 */
export function prepareBonus(curve: Curve, opts: BonusOptions = {}): PreparedRule2 {
  const fixed = { ...opts };
  const slow = (base: number, att: number) => bonus(base, att, curve, fixed);
  return rule2(() => {
    const multiplier = fixed.multiplier == null ? 1 : requireNonNegative("multiplier", fixed.multiplier);
    const proration = fixed.proration == null ? 1 : requireNonNegative("proration", fixed.proration);
    const cap = fixed.cap == null ? Infinity : requireNonNegative("cap", fixed.cap);
    // Reads x and checks the curve exactly as `curveValue(x, curve, "linear")`, the next step of `bonus`.
    const read = prepareCurve(curve, "linear");
    const gate = fixed.gate;
    // A gate that is not a finite number is the rule's error for every cell: left to the rule entirely.
    const closed = gate === false || (typeof gate === "number" && requireFinite("gate", gate) === 0);
    return {
      one: (base, att) => {
        if (!finite(base) || !(base >= 0)) return slow(base, att);
        const payout = read(att);
        if (closed) return 0;
        return finiteResult(Math.min(cap, base * payout * multiplier * proration));
      },
      column: (base, att, out) => {
        // The payouts first, by the curve's own column loop (NaN where reading throws), then the amounts.
        read.column(att, out);
        bonusColumn(base, out, closed, multiplier, proration, cap);
      },
      // The curve's own element form reads the payout (an invalid curve has none: every element to the rule).
      cells:
        read.cells === undefined
          ? undefined
          : cellForm(
              bonusCell,
              Float64Array.of(read.cells.p[0], read.cells.p[1], closed ? 1 : 0, multiplier, proration, cap),
              read.cells.u,
              read.cells.v,
            ),
    };
  }, slow);
}

/**
 * The column form of {@link prepareBonus} after the curve was read: `payout[k]` becomes the amount for base[k],
 * NaN where its rule must answer (a base that is not a number ≥ 0, a payout the curve could not give, an
 * overflow).
 */
function bonusColumn(
  base: ArrayLike<number>,
  payout: Float64Array,
  closed: boolean,
  multiplier: number,
  proration: number,
  cap: number,
): void {
  for (let k = 0; k < base.length; k++) {
    const b = base[k];
    const p = payout[k];
    if (!plain(b) || !(b >= 0) || p - p !== 0) payout[k] = NaN;
    else payout[k] = closed ? 0 : finiteOrNaN(Math.min(cap, b * p * multiplier * proration));
  }
}

/**
 * The element form of {@link prepareBonus} (a `Cell`): the payout read on the curve (as `curveCell`), then the
 * amount for `base`, NaN where the rule must answer.
 * @param p - the curve's step (1/0) and below value, then closed (1/0), multiplier, proration, cap.
 */
function bonusCell(
  base: number,
  att: number,
  p: Float64Array,
  points: readonly number[],
  values: readonly number[],
): number {
  const payout = curveAt(att, 0, p, points, values);
  if (!plain(base) || !(base >= 0) || payout - payout !== 0) return uncomputed();
  return p[2] === 1 ? 0 : finiteOrNaN(Math.min(p[5], base * payout * p[3] * p[4]));
}

/**
 * {@link prorate} with end, period and basis fixed; "months" basis is left to `prorate` itself.
 * @param end - last day in the role, or null for the period end.
 * @param periodStart - first day of the period.
 * @param periodEnd - last day of the period.
 * @param basis - "days" (default) or "months".
 * @returns the prepared rule of (value, start); start may be null (the period start).
 * @example prepareProrate(null, 46023, 46387)(1000, 46023) // 1000
 */
export function prepareProrate(
  end: number | null,
  periodStart: number,
  periodEnd: number,
  basis?: "days" | "months",
): PreparedProrate {
  const slow = (v: number, s: number | null) => prorate(v, s, end, periodStart, periodEnd, basis);
  let fixed: { ps: number; pe: number; e: number } | null = null;
  try {
    const ps = Math.floor(requireSerial("periodStart", periodStart));
    const pe = Math.floor(requireSerial("periodEnd", periodEnd));
    const e = end == null ? pe : Math.floor(requireSerial("end", end));
    if (pe >= ps && requireOption("basis", basis, ["days", "months"] as const) === "days")
      fixed = { ps, pe, e };
  } catch {
    fixed = null;
  }
  if (fixed === null) return Object.assign(slow, { column: columnOf2(slow) });
  const { ps, pe, e } = fixed;
  const length = pe - ps + 1;
  const one = (v: number, s: number | null): number => {
    if (!finite(v) || (s !== null && !(finite(s) && s >= 0 && s <= MAX_SERIAL))) return slow(v, s);
    const from = Math.max(s === null ? ps : Math.floor(s), ps);
    const to = Math.min(e, pe);
    if (to < from) return 0;
    if (from === ps && to === pe) return v;
    return finiteResult(v * ((to - from + 1) / length));
  };
  const p = Float64Array.of(ps, pe, Math.min(e, pe), MAX_SERIAL);
  const column = (value: ArrayLike<number>, start: ArrayLike<number>, out: Float64Array): void =>
    prorateDaysColumn(value, start, p, out);
  return Object.assign(one, { column, cells: cellForm(prorateDaysCell, p) });
}

/** {@link prorate} with end, period and basis fixed, and its column form (starts as numbers). */
export interface PreparedProrate {
  (value: number, start: number | null): number;
  column(value: ArrayLike<number>, start: ArrayLike<number>, out: Float64Array): void;
  /** The element form of `column` (absent on the "months" basis or invalid options). */
  readonly cells?: CellForm;
}

/**
 * The column form of {@link prepareProrate} on the "days" basis: `out[k]` is what its rule gives for
 * (value[k], start[k]), NaN where that needs the rule itself (a start outside Excel's dates, an overflow) — the
 * caller then calls the rule for the value or error. A module-level loop of arrays and numbers only, so its
 * optimized code holds nothing of one call and survives the garbage collection between calls (see `copyNumbers`
 * in src/functions/args.ts); as a closure per call it was compiled again on every call and ran at 2–7× its floor.
 * @param value - the values.
 * @param start - the first days in the role.
 * @param p - first day of the period (whole), last day of the period (whole, ≥ the first), last day counted (the
 *   end in the role or the period's end, whichever is first), the largest date serial.
 * @param out - receives one result per element.
 */
function prorateDaysColumn(value: Cells, start: Cells, p: Float64Array, out: Float64Array): void {
  for (let k = 0; k < start.length; k++) out[k] = prorateDaysCell(value[k], start[k], p);
}

/** The element form of {@link prepareProrate} on the "days" basis (a `Cell`); `p` as in {@link prorateDaysColumn}. */
function prorateDaysCell(v: number, s: number, p: Float64Array): number {
  const ps = p[0];
  const pe = p[1];
  const to = p[2];
  if (!(s >= 0 && s <= p[3]) || !plain(v)) return uncomputed();
  const day = Math.floor(s);
  const from = day > ps ? day : ps;
  if (to < from) return 0;
  if (from === ps && to === pe) return v;
  const r = v * ((to - from + 1) / (pe - ps + 1));
  // finiteResult's -0 → 0; an overflow (not finite) is left to the rule for its error (r - r: NaN, computed).
  return r - r === 0 ? r + 0 : r - r;
}

/**
 * {@link nineBox} with the cuts fixed.
 * @param performanceCuts - (low, high) for performance.
 * @param potentialCuts - (low, high) for potential (default: performanceCuts).
 * @returns the prepared rule of (performance, potential).
 * @example prepareNineBox([60, 80])(90, 70) // 6
 */
export function prepareNineBox(
  performanceCuts: readonly [number, number],
  potentialCuts?: readonly [number, number],
): PreparedRule2 {
  const slow = (perf: number, pot: number) => nineBox(perf, pot, performanceCuts, potentialCuts);
  return rule2(() => {
    const cuts = (arg: string, c: readonly [number, number]): [number, number] => {
      if (!Array.isArray(c) || c.length !== 2) throw new Error(arg);
      const low = requireFinite(arg, c[0]);
      const high = requireFinite(arg, c[1]);
      if (low > high) throw new Error(arg);
      return [low, high];
    };
    const [pl, ph] = cuts("performanceCuts", performanceCuts);
    const [ql, qh] = potentialCuts == null ? [pl, ph] : cuts("potentialCuts", potentialCuts);
    const c = Float64Array.of(pl, ph, ql, qh);
    return {
      one: (perf, pot) => (!finite(perf) || !finite(pot) ? slow(perf, pot) : box(perf, pot, pl, ph, ql, qh)),
      column: (perf, pot, out) => nineBoxColumn(perf, pot, c, out),
      cells: cellForm(nineBoxCell, c),
    };
  }, slow);
}

/** {@link nineBox} on finite numbers and checked cuts. */
function box(perf: number, pot: number, pl: number, ph: number, ql: number, qh: number): number {
  const perfLevel = perf < pl ? 1 : perf < ph ? 2 : 3;
  const potLevel = pot < ql ? 1 : pot < qh ? 2 : 3;
  return (potLevel - 1) * 3 + perfLevel;
}

/** The column form of {@link prepareNineBox} (NaN where its rule must answer); `c`: the cuts pl, ph, ql, qh. */
function nineBoxColumn(perf: Cells, pot: Cells, c: Float64Array, out: Float64Array): void {
  for (let k = 0; k < perf.length; k++) out[k] = nineBoxCell(perf[k], pot[k], c);
}

/** The element form of {@link prepareNineBox} (a `Cell`); `c`: the cuts pl, ph, ql, qh. */
function nineBoxCell(x: number, y: number, c: Float64Array): number {
  return plain(x) && plain(y) ? box(x, y, c[0], c[1], c[2], c[3]) : uncomputed();
}

/** {@link pace} with elapsed, total and tolerance fixed, and its column form when they are valid. */
export interface PreparedPace {
  (actual: number, target: number): PaceLevel;
  /**
   * Many pairs at once ({@link paceColumn} on the options as checked once): `out[k]` is the level of
   * (actuals[k], targets[k]) less 1, NaN where the call throws. Absent when the options make every call throw.
   */
  readonly column?: (actuals: ArrayLike<number>, targets: ArrayLike<number>, out: Float64Array) => void;
  /** The element form of `column` ({@link paceCell}), absent with it. */
  readonly cells?: CellForm;
}

/**
 * {@link pace} with elapsed, total and tolerance fixed: the options are checked once, for the rule and its column
 * form alike.
 * @param elapsed - time gone by.
 * @param total - the whole period, > 0.
 * @param tolerance - the lag share that is off track (default 0.1).
 * @returns the prepared rule of (actual, target).
 * @example preparePace(10, 30)(50, 100) // 1
 */
export function preparePace(elapsed: number, total: number, tolerance?: number): PreparedPace {
  const slow = (a: number, t: number) => pace(a, t, elapsed, total, tolerance);
  const checked = paceOptions(elapsed, total, tolerance);
  if (checked === null) return slow;
  const [e, n, tol] = checked;
  const one = (a: number, t: number) =>
    !finite(a) || !finite(t) || !(t >= 0) ? slow(a, t) : paceLevel(a, t, e, n, tol);
  const column = (actuals: ArrayLike<number>, targets: ArrayLike<number>, out: Float64Array): void =>
    paceColumn(actuals, targets, e, n, tol, out);
  return Object.assign(one, { column, cells: cellForm(paceCell, Float64Array.of(e, n, tol)) });
}
