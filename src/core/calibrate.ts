/** KPI.CALIBRATE: removes rater leniency or severity from review scores. */
import { KpiError } from "./errors";
import { finiteResult, requireFinite, requireOption } from "./numeric";

/** A standard deviation this small (relative to the mean) is rounding noise, not spread. */
const SD_EPSILON = 1e-12;

/**
 * Calibrated scores. M = mean of all scores; per rater r, mean m_r and population standard deviation sd_r.
 * "mean": `s − m_r + M`. "z": `M + SD × (s − m_r) / sd_r` with SD the overall population standard deviation;
 * a rater with sd_r = 0 falls back to "mean". Raters with fewer than 2 scores, and scores without a rater, are
 * left unchanged. Raters match trimmed and case-insensitively (as Excel compares text).
 * @param scores - the scores; null = blank (stays null).
 * @param raters - one rater per score.
 * @param method - "mean" (default) or "z".
 * @returns the calibrated scores, null where the score is blank.
 * @throws KpiError "value" when lengths differ, a score is not a number or the method is unknown.
 * @example calibrate([4, 5, 2, 3], ["Li", "Li", "Wang", "Wang"]) // [3, 4, 3, 4]
 */
export function calibrate(
  scores: readonly (number | null)[],
  raters: readonly (string | null)[],
  method?: "mean" | "z",
): (number | null)[] {
  if (scores.length !== raters.length)
    throw new KpiError("value", "err.sizeMismatch", { a: scores.length, b: raters.length });
  const m = requireOption("method", method, ["mean", "z"] as const);
  const column = new Float64Array(scores.length);
  const ids = new Int32Array(scores.length);
  const idOf = new Map<string, number>();
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    column[i] = s === null || s === undefined ? NaN : requireFinite("scores", s);
    const rater = raters[i];
    const key = rater === null || rater === undefined ? "" : raterKey(String(rater));
    let id = -1;
    if (key !== "") {
      id = idOf.get(key) ?? idOf.size;
      if (id === idOf.size) idOf.set(key, id);
    }
    ids[i] = id;
  }
  const out = calibrateColumn(column, ids, idOf.size, m);
  return Array.from(out, (v, i) => (column[i] !== column[i] ? null : v));
}

/**
 * How raters match: trimmed and case-insensitively (as Excel compares text).
 * @param rater - the rater's name as typed.
 * @returns the key; "" for no rater.
 * @example raterKey(" Li ") // "li"
 */
export function raterKey(rater: string): string {
  return rater.trim().toLowerCase();
}

/**
 * {@link calibrate} over columns: typed arrays in, typed array out, sums per rater in input order (the same
 * additions, so the same figures, as `calibrate`), and no array or object per score.
 * @param scores - finite scores, NaN for a blank.
 * @param raters - each score's rater as an id 0…raterCount − 1 (see {@link raterKey}), −1 for none.
 * @param raterCount - how many raters.
 * @param method - "mean" (default) or "z".
 * @returns the calibrated scores, NaN where the score is blank.
 * @throws KpiError "num" when a result overflows; "value" for an unknown method.
 * @example calibrateColumn(Float64Array.of(4, 5, 2, 3), Int32Array.of(0, 0, 1, 1), 2) // [3, 4, 3, 4]
 */
export function calibrateColumn(
  scores: ArrayLike<number>,
  raters: ArrayLike<number>,
  raterCount: number,
  method?: "mean" | "z",
): Float64Array {
  const m = requireOption("method", method, ["mean", "z"] as const);
  const n = scores.length;
  const out = new Float64Array(n);
  const sum = new Float64Array(raterCount);
  const count = new Float64Array(raterCount);
  let all = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s !== s) continue;
    all += s;
    total++;
    const r = raters[i];
    if (r >= 0) {
      sum[r] += s;
      count[r]++;
    }
  }
  if (total === 0) return out.fill(NaN);
  const mean = all / total;
  const raterMean = new Float64Array(raterCount);
  for (let r = 0; r < raterCount; r++) raterMean[r] = sum[r] / count[r];
  // Population standard deviations, second pass (as `stats` computes them), only for "z".
  let overallSd = 0;
  const raterSd = new Float64Array(raterCount);
  if (m === "z") {
    const squares = new Float64Array(raterCount);
    let allSquares = 0;
    for (let i = 0; i < n; i++) {
      const s = scores[i];
      if (s !== s) continue;
      allSquares += (s - mean) * (s - mean);
      const r = raters[i];
      if (r >= 0) squares[r] += (s - raterMean[r]) * (s - raterMean[r]);
    }
    overallSd = sdOf(mean, allSquares / total);
    for (let r = 0; r < raterCount; r++) raterSd[r] = sdOf(raterMean[r], squares[r] / count[r]);
  }
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s !== s) {
      out[i] = NaN;
      continue;
    }
    const r = raters[i];
    if (r < 0 || count[r] < 2) out[i] = s;
    else if (m === "z" && raterSd[r] > 0)
      out[i] = finiteResult(mean + (overallSd * (s - raterMean[r])) / raterSd[r]);
    else out[i] = finiteResult(s - raterMean[r] + mean);
  }
  return out;
}

/** The standard deviation from a variance, 0 when it is rounding noise (relative to the mean). */
function sdOf(mean: number, variance: number): number {
  const sd = Math.sqrt(variance);
  return sd <= SD_EPSILON * Math.max(1, Math.abs(mean)) ? 0 : sd;
}
