/**
 * The argument handling of the functions that are not element-wise: WEIGHTED (vector or one composite per row),
 * CALIBRATE (two ranges of one shape), DRAWS (a running balance over a row or column) and PACE's labels.
 * Each takes the core call as a parameter, so the function body in functions.ts stays "helpers + one core call".
 */
import { KpiError } from "../core/errors";
import { t } from "../i18n";
import {
  argName,
  cells,
  errorValueOf,
  isBlank,
  numberCells,
  readRow,
  readRowInto,
  resultRows,
  safe,
  safeResult,
  scratch,
  shapeError,
  sizeText,
  toGrid,
  toNumber,
  type CallContext,
  type Grid,
  type LabelIds,
  type NumberCells,
  type Out,
  type Result,
} from "./args";

/** A weighted composite prepared for one set of weights, with its rows form (the core's `PreparedWeighted`). */
export interface WeightedRule {
  (scores: (number | null)[]): number | null;
  rows(rows: Grid, blank: (cell: unknown) => boolean, out: Float64Array): void;
}

/**
 * The core's weighted composite, prepared for one set of weights (`prepareWeighted`): the weights are checked
 * once, then each set of scores costs only its own checks.
 */
export type WeightedCore = (weights: number[], normalize: boolean | undefined) => WeightedRule;

/** Blank weights weigh nothing: a KPI without a weight does not count. */
function weightsOf(values: readonly (number | null)[]): number[] {
  return values.map((w) => (w === null ? 0 : w));
}

/**
 * KPI.WEIGHTED's shapes: a row or column of scores with weights of the same size (either orientation) → one
 * value; a block m×n with weights 1×n or m×n → an m×1 column, one composite per row, where a problem in one
 * row is an error in that row's cell only.
 * @param ctx - the call.
 * @param scoresRaw - the scores argument.
 * @param weightsRaw - the weights argument.
 * @param normalize - the normalize setting (undefined = default).
 * @param compute - the core call.
 * @returns the composite(s); all scores blank → "".
 * @throws KpiError("value") when the shapes do not fit.
 */
export function weightedRows(
  ctx: CallContext,
  scoresRaw: unknown,
  weightsRaw: unknown,
  normalize: boolean | undefined,
  compute: WeightedCore,
): Result {
  const scores = toGrid(scoresRaw) ?? [[""]];
  const weights = toGrid(weightsRaw) ?? [[""]];
  const rows = scores.length;
  const cols = scores[0].length;
  if (rows === 1 || cols === 1) {
    const wRows = weights.length;
    const wCols = weights[0].length;
    if ((wRows !== 1 && wCols !== 1) || wRows * wCols !== rows * cols) {
      throw shapeError(ctx, { name: "scores", grid: scores }, { name: "weights", grid: weights });
    }
    const s = cells(ctx, "scores", scores, toNumber).items.map((item) => item.value);
    const w = weightsOf(cells(ctx, "weights", weights, toNumber).items.map((item) => item.value));
    return [[compute(w, normalize)(s) ?? ""]];
  }
  const perRow = weights.length === rows && weights[0].length === cols;
  if (!perRow && !(weights.length === 1 && weights[0].length === cols)) {
    throw new KpiError("value", "fn.err.weightsShape", {
      arg: argName(ctx, "weights"),
      rows,
      cols,
      size: sizeText(weights),
    });
  }
  if (perRow) return rowByRow(ctx, scores, weights, normalize, compute);
  // One weight row shared by every person is read and checked once; a bad shared weight fails every row alike.
  const shared = compute(weightsOf(readRow(ctx, "weights", weights, 0, toNumber)), normalize);
  // The bulk case: every composite by the rule's loop over the rows as they are, the result rows built from them in
  // one loop; a row left NaN (a blank row, a cell that is neither a number nor blank, an error) is computed again
  // on its own. The loops are module-level functions of arrays and numbers (the core's `weightedRows`,
  // `resultRows`): as loops of this function, which holds the call's closures, V8 compiled it again after most
  // calls (a "weak objects" deoptimization once the previous call's rule was collected), 20–130 ms of compiling
  // beside a 5 ms call, and the calls in between ran its loops unoptimized — WEIGHTED at about 3× its floor.
  const composites = scratch(2, rows);
  shared.rows(scores, isBlank, composites);
  const bad: number[] = [];
  const out = resultRows(composites, rows, 1, bad);
  if (bad.length > 0) {
    const buffer: (number | null)[] = new Array(cols);
    for (const i of bad) {
      try {
        out[i][0] = safe(shared(readRowInto(ctx, "scores", scores, i, buffer)));
      } catch (error) {
        out[i][0] = errorValueOf(ctx, error);
      }
    }
  }
  return safeResult(out);
}

/** {@link weightedRows} with weights m×n: each row's composite with its own weights, row by row. */
function rowByRow(
  ctx: CallContext,
  scores: Grid,
  weights: Grid,
  normalize: boolean | undefined,
  compute: WeightedCore,
): Result {
  // The composite does not keep its scores, so one buffer serves every row.
  const buffer: (number | null)[] = new Array(scores[0].length);
  const out: Result = new Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    try {
      const composite = compute(weightsOf(readRow(ctx, "weights", weights, i, toNumber)), normalize);
      out[i] = [safe(composite(readRowInto(ctx, "scores", scores, i, buffer)))];
    } catch (error) {
      out[i] = [errorValueOf(ctx, error)];
    }
  }
  return safeResult(out);
}

/**
 * A label per cell in the shape of a range read with `numberCellsOrErrors` (DISTRIBUTE): a bad cell keeps its
 * error, a blank stays blank.
 * @param input - the range as read.
 * @param assigned - each cell's label as an index (−1 for none), from the core.
 * @param name - the text of label index k as the user reads it.
 * @returns the result in the range's shape.
 */
export function labelLayout(
  input: NumberCells,
  assigned: ArrayLike<number>,
  name: (k: number) => Out,
): Result {
  const names: Out[] = [];
  const out: Result = new Array(input.rows);
  for (let i = 0, k = 0; i < input.rows; i++) {
    const line: Out[] = new Array(input.cols);
    for (let j = 0; j < input.cols; j++, k++) {
      const a = assigned[k];
      if (a >= 0) line[j] = names[a] ??= name(a);
      else line[j] = (input.errors.size > 0 ? input.errors.get(k) : undefined) ?? "";
    }
    out[i] = line;
  }
  return safeResult(out);
}

/** The core's `calibrateColumn`: scores (NaN for none), rater ids (−1 for none) and the number of raters. */
export type CalibrateCore = (scores: Float64Array, raters: Int32Array, raterCount: number) => Float64Array;

/**
 * KPI.CALIBRATE's shapes: scores and raters of one shape; a bad score or rater is an error in that cell and
 * leaves the calculation of the others.
 * @param ctx - the call.
 * @param scores - the scores as read.
 * @param raters - the raters as read.
 * @param compute - the core call.
 * @returns the calibrated scores in the shape of scores.
 * @throws KpiError("value") when the shapes differ.
 */
export function calibrated(
  ctx: CallContext,
  scores: NumberCells,
  raters: LabelIds,
  compute: CalibrateCore,
): Result {
  if (scores.rows !== raters.rows || scores.cols !== raters.cols) {
    throw new KpiError("value", "fn.err.shape", {
      a: `${scores.rows}×${scores.cols}`,
      b: `${raters.rows}×${raters.cols}`,
      first: argName(ctx, "scores"),
      second: argName(ctx, "raters"),
    });
  }
  // A score whose rater cell is an error takes no part.
  const values = raters.errors.size === 0 ? scores.values : scores.values.slice();
  for (const k of raters.errors.keys()) values[k] = NaN;
  const result = compute(values, raters.ids, raters.count);
  const raterErrors = raters.errors.size > 0;
  const scoreErrors = scores.errors.size > 0;
  const out: Result = new Array(scores.rows);
  for (let i = 0, k = 0; i < scores.rows; i++) {
    const line: Out[] = new Array(scores.cols);
    for (let j = 0; j < scores.cols; j++, k++) {
      const v = scores.values[k];
      if (v === v) {
        const r = result[k];
        line[j] = (raterErrors ? raters.errors.get(k) : undefined) ?? (r - r === 0 ? r : safe(r));
      } else {
        line[j] = (scoreErrors ? scores.errors.get(k) : undefined) ?? "";
      }
    }
    out[i] = line;
  }
  return safeResult(out);
}

/** The core's `drawsColumn`: paid and balance per period written into the two arrays. */
export type DrawsCore = (
  earned: ArrayLike<number>,
  guarantee: ArrayLike<number>,
  type: "nonrecoverable" | "recoverable" | undefined,
  paid: Float64Array,
  balance: Float64Array,
) => void;

/**
 * KPI.DRAWS' shapes: earnings in one row or column (blank periods skipped: they are months not yet closed),
 * the guarantee one value or one per period (blank = no guarantee that period); the result is Paid and
 * Balance after, as two columns beside a column of earnings or two rows under a row.
 * @param ctx - the call.
 * @param earned - the earnings grid and its orientation.
 * @param guaranteeRaw - the guarantee argument.
 * @param type - the draw type (undefined = default).
 * @param compute - the core call.
 * @returns paid and balance per period.
 * @throws KpiError("value") for a guarantee of another shape or a bad cell; ErrorSignal for an input error.
 */
export function drawsLayout(
  ctx: CallContext,
  earned: { grid: Grid; isRow: boolean },
  guaranteeRaw: unknown,
  type: "nonrecoverable" | "recoverable" | undefined,
  compute: DrawsCore,
): Result {
  const e = numberCells(ctx, "earned", earned.grid).values;
  const gGrid = toGrid(guaranteeRaw) ?? [[""]];
  const constant = gGrid.length === 1 && gGrid[0].length === 1;
  if (!constant && (gGrid.length !== earned.grid.length || gGrid[0].length !== earned.grid[0].length)) {
    throw shapeError(ctx, { name: "earned", grid: earned.grid }, { name: "guarantee", grid: gGrid });
  }
  const g = numberCells(ctx, "guarantee", gGrid).values;
  let count = 0;
  for (let i = 0; i < e.length; i++) if (e[i] === e[i]) count++;
  // A blank guarantee is no guarantee (0); one guarantee for every period is passed once. With no blank period
  // and no blank guarantee, the cells read are the periods as they are.
  let gaps = count !== e.length;
  if (!constant) for (let i = 0; i < g.length && !gaps; i++) gaps = g[i] !== g[i];
  let periodEarned = e;
  let periodGuarantee = g;
  if (constant) {
    periodGuarantee = new Float64Array(1);
    periodGuarantee[0] = g[0] === g[0] ? g[0] : 0;
  }
  if (gaps) {
    periodEarned = new Float64Array(count);
    if (!constant) periodGuarantee = new Float64Array(count);
    for (let i = 0, k = 0; i < e.length; i++) {
      if (e[i] !== e[i]) continue;
      periodEarned[k] = e[i];
      if (!constant) periodGuarantee[k] = g[i] === g[i] ? g[i] : 0;
      k++;
    }
  }
  const paid = new Float64Array(count);
  const balance = new Float64Array(count);
  compute(periodEarned, periodGuarantee, type, paid, balance);
  // Paid and balance are finite (the core checks every input and sum), so the result needs no second scan.
  if (earned.isRow) {
    const paidOut: Out[] = new Array(e.length);
    const balanceOut: Out[] = new Array(e.length);
    for (let i = 0, k = 0; i < e.length; i++) {
      const blank = e[i] !== e[i];
      paidOut[i] = blank ? "" : paid[k];
      balanceOut[i] = blank ? "" : balance[k];
      if (!blank) k++;
    }
    return safeResult([paidOut, balanceOut]);
  }
  const out: Result = new Array(e.length);
  for (let i = 0, k = 0; i < e.length; i++) {
    if (e[i] !== e[i]) {
      out[i] = ["", ""];
    } else {
      out[i] = [paid[k], balance[k]];
      k++;
    }
  }
  return safeResult(out);
}

/**
 * PACE's three labels: the user's cells where given (a blank cell keeps that level's default), else the
 * defaults in the user's language.
 * @param ctx - the call.
 * @param given - the three label cells, or null when omitted.
 * @returns labels for levels 1 (on track), 2 (at risk), 3 (off track).
 */
export function paceLabels(
  ctx: CallContext,
  given: readonly (string | null)[] | null,
): [string, string, string] {
  const defaults: [string, string, string] = [
    t(ctx.locale, "fn.pace.onTrack"),
    t(ctx.locale, "fn.pace.atRisk"),
    t(ctx.locale, "fn.pace.offTrack"),
  ];
  if (given === null) return defaults;
  return [given[0] ?? defaults[0], given[1] ?? defaults[1], given[2] ?? defaults[2]];
}
