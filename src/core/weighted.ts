/** KPI.WEIGHTED: weighted composite scores. */
import { KpiError } from "./errors";
import { finiteResult, requireFinite, requireNonNegative } from "./numeric";

/**
 * Weighted composite of one set of scores. Blank (null) scores are skipped.
 * normalize (default true): `Σ w·s / Σ w` over the present scores; false: `Σ w·s`, blanks counting as 0.
 * @param scores - the scores; null = blank.
 * @param weights - one weight ≥ 0 per score.
 * @param normalize - divide by the weights of the present scores (default true).
 * @returns the composite, or null when every score is blank.
 * @throws KpiError "value" when lengths differ ("err.sizeMismatch"); "num" for a negative weight; "div0" when
 *   the weights of the present scores add up to 0 (normalize only).
 * @example weighted([1, 0, 0], [1, 1, 1]) // 0.3333…
 * @example weighted([1, 0, 0], [0, 0.5, 0.5]) // 0
 */
export function weighted(
  scores: readonly (number | null)[],
  weights: readonly number[],
  normalize = true,
): number | null {
  if (scores.length !== weights.length) {
    throw new KpiError("value", "err.sizeMismatch", { a: scores.length, b: weights.length });
  }
  let sum = 0;
  let weightSum = 0;
  let present = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = requireNonNegative("weights", weights[i]);
    const s = scores[i];
    if (s === null || s === undefined) continue;
    const v = requireFinite("scores", s);
    present++;
    sum += w * v;
    weightSum += w;
  }
  if (present === 0) return null;
  if (!normalize) return finiteResult(sum);
  if (weightSum === 0) throw new KpiError("div0", "err.zero", { arg: "weights" });
  // Divide each part by the weight sum when the products overflow but the average would not.
  return Number.isFinite(sum) && Number.isFinite(weightSum)
    ? finiteResult(sum / weightSum)
    : finiteResult(
        scores.reduce<number>((acc, s, i) => (s == null ? acc : acc + (weights[i] / weightSum) * s), 0),
      );
}

/** {@link weighted} with weights and normalize fixed: the composite of one set of scores. */
export interface PreparedWeighted {
  /**
   * @param scores - one score per weight; null = blank.
   * @returns the composite, or null when every score is blank.
   * @throws KpiError as {@link weighted}.
   */
  (scores: readonly (number | null)[]): number | null;
  /**
   * Many sets of scores at once, read straight from their rows (one composite per person): a cell is a score when it
   * is a finite number and skipped when `blank(cell)` holds. `out[r]` is the composite of `rows[r]`, or NaN where
   * that set needs its own call — a row of another length than the weights, a cell that is neither, every score
   * blank, or the call throws — so the caller calls again for that set, with the row read its own way. One loop per
   * prepared rule, reading the cells where they are (no copy into numbers first), keeps each set near the cost of
   * a plain loop.
   * @param rows - the sets of scores, one row each; `out.length` of them are read.
   * @param blank - which cells are blank (the caller's rule: an empty cell, whitespace).
   * @param out - receives one composite per row.
   */
  rows(rows: readonly (readonly unknown[])[], blank: (cell: unknown) => boolean, out: Float64Array): void;
}

/**
 * Prepares {@link weighted} for many sets of scores under one set of weights (one composite per person): the
 * weights are checked once. Every result and every error is exactly what `weighted(scores, weights, normalize)`
 * gives (unusual input — a size mismatch, a non-number score, an overflow, weights of the present scores adding
 * up to 0 — is handed to `weighted` itself).
 * @param weights - one weight ≥ 0 per score; copied, so later changes to the array do not count.
 * @param normalize - divide by the weights of the present scores (default true).
 * @returns the prepared function.
 * @throws never itself: an invalid weight makes every call throw what `weighted` throws.
 * @example prepareWeighted([0.5, 0.3, 0.2])([80, null, 90]) // 82.857…
 */
export function prepareWeighted(weights: readonly number[], normalize = true): PreparedWeighted {
  const w = weights.slice();
  const n = w.length;
  const valid = w.every((v) => typeof v === "number" && v >= 0 && v < Infinity);
  const one = (scores: readonly (number | null)[]): number | null => {
    if (!valid || scores.length !== n) return weighted(scores, w, normalize);
    let sum = 0;
    let weightSum = 0;
    let present = 0;
    for (let i = 0; i < n; i++) {
      const s = scores[i];
      if (s === null || s === undefined) continue;
      if (typeof s !== "number" || s - s !== 0) return weighted(scores, w, normalize);
      present++;
      sum += w[i] * s;
      weightSum += w[i];
    }
    if (present === 0) return null;
    if (!normalize) return finiteResult(sum);
    // Zero weights and overflow take `weighted`'s own path (its error, or its overflow-safe average).
    if (weightSum === 0 || sum - sum !== 0 || weightSum - weightSum !== 0)
      return weighted(scores, w, normalize);
    return finiteResult(sum / weightSum);
  };
  const rows = (
    cells: readonly (readonly unknown[])[],
    blank: (cell: unknown) => boolean,
    out: Float64Array,
  ) => {
    if (valid) weightedRows(cells, blank, w, normalize, out);
    else out.fill(NaN);
  };
  return Object.assign(one, { rows });
}

/**
 * The rows form of {@link prepareWeighted} on valid weights: `out[r]` is the composite of `rows[r]` (the sums of
 * `one`, in the same order), NaN where `one` would hand the set to `weighted` or the set is not plain (a row of
 * another length, a cell neither a finite number nor blank, every score blank, present weights adding up to 0, an
 * overflow). A module-level loop of arrays and numbers only: a loop in a closure made per call carries its
 * optimized code with it, lost when the collector frees that call's objects.
 * @param rows - the sets of scores, one row each.
 * @param blank - which cells are blank.
 * @param weights - the checked weights, each a finite number ≥ 0.
 * @param normalize - divide by the weights of the present scores.
 * @param out - receives one composite per row, for the first `out.length` rows.
 */
function weightedRows(
  rows: readonly (readonly unknown[])[],
  blank: (cell: unknown) => boolean,
  weights: readonly number[],
  normalize: boolean,
  out: Float64Array,
): void {
  const n = weights.length;
  for (let r = 0; r < out.length; r++) {
    const cells = rows[r];
    let plain = cells.length === n;
    let sum = 0;
    let weightSum = 0;
    let present = 0;
    for (let i = 0; i < n && plain; i++) {
      const s = cells[i];
      if (typeof s === "number" && s - s === 0) {
        present++;
        sum += weights[i] * s;
        weightSum += weights[i];
      } else {
        plain = blank(s);
      }
    }
    const v =
      !plain || present === 0 || (normalize && weightSum === 0) ? NaN : normalize ? sum / weightSum : sum;
    // Non-finite sums or results mean overflow: `weighted` decides (its error or its overflow-safe average).
    out[r] = v - v === 0 && sum - sum === 0 && weightSum - weightSum === 0 ? v + 0 : NaN;
  }
}
