/** KPI.CALIBRATE: removes rater leniency or severity from review scores. */
import { KpiError } from "./errors";
import { finiteResult, requireFinite, requireOption } from "./numeric";

/** A standard deviation this small (relative to the mean) is rounding noise, not spread. */
const SD_EPSILON = 1e-12;

function stats(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, v) => a + v, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) * (v - mean), 0) / values.length;
  const sd = Math.sqrt(variance);
  return { mean, sd: sd <= SD_EPSILON * Math.max(1, Math.abs(mean)) ? 0 : sd };
}

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
  const all: number[] = [];
  const byRater = new Map<string, number[]>();
  const keys = scores.map((s, i) => {
    if (s === null || s === undefined) return null;
    all.push(requireFinite("scores", s));
    const rater = raters[i];
    const key = rater === null || rater === undefined ? "" : String(rater).trim().toLowerCase();
    if (key === "") return null;
    const list = byRater.get(key) ?? [];
    list.push(s);
    byRater.set(key, list);
    return key;
  });
  if (all.length === 0) return scores.map(() => null);
  const overall = stats(all);
  const raterStats = new Map([...byRater].map(([k, v]) => [k, { n: v.length, ...stats(v) }]));
  return scores.map((s, i) => {
    if (s === null || s === undefined) return null;
    const key = keys[i];
    const r = key === null ? undefined : raterStats.get(key);
    if (!r || r.n < 2) return s;
    if (m === "z" && r.sd > 0) return finiteResult(overall.mean + (overall.sd * (s - r.mean)) / r.sd);
    return finiteResult(s - r.mean + overall.mean);
  });
}
