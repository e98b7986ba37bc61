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
