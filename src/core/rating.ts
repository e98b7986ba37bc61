/**
 * KPI.RATING: the label of the band a score falls in. The distribution guide (KPI.DISTRIBUTE, KPI.DISTCHECK)
 * lives in `distribution.ts` and is re-exported here, as the core API lists it with ratings.
 */
import { KpiError } from "./errors";
import { requireFinite, uncomputed } from "./numeric";

export { makeGuide, distribute, distCheck, type GuideEntry, type DistRow } from "./distribution";

/** A rating band: scores from `min` up to the next band's min get `label`. `row` is the user's 1-based row. */
export interface Band {
  row: number;
  min: number;
  label: string;
}

/**
 * Checks and cleans rating bands: at least one, minimums finite and strictly ascending, labels not blank
 * (trimmed).
 * @param rows - the bands as read from the range.
 * @param arg - argument name used in messages (default "bands").
 * @returns the bands with trimmed labels.
 * @throws KpiError "value" naming the argument and row.
 * @example makeBands([{ row: 1, min: 0, label: "D" }, { row: 2, min: 60, label: "C" }])
 */
export function makeBands(rows: readonly Band[], arg = "bands"): Band[] {
  if (rows.length === 0) throw new KpiError("value", "err.table.empty", { arg });
  return rows.map((r, i) => {
    if (typeof r.min !== "number" || !Number.isFinite(r.min)) {
      throw new KpiError("value", "err.table.notNumber", { arg, row: r.row, column: 1 });
    }
    if (i > 0 && !(r.min > rows[i - 1].min))
      throw new KpiError("value", "err.table.notAscending", { arg, row: r.row });
    const label = typeof r.label === "string" ? r.label.trim() : String(r.label ?? "").trim();
    if (label === "") throw new KpiError("value", "err.table.noLabel", { arg, row: r.row });
    return { row: r.row, min: r.min, label };
  });
}

/**
 * The column form of {@link rating}: `out[k]` is the index in `mins` of the band `scores[k]` falls in (the last
 * minimum at or below it), NaN where {@link rating} throws (a score that is not finite, or below the first
 * minimum), for the caller to call the rule again for its error. Module-level and over plain numbers, so a range
 * of 100,000 scores runs as one loop (a per-cell call of a closure is not inlined).
 * @param scores - the scores.
 * @param mins - the bands' minimums, ascending (from {@link makeBands}).
 * @param out - as long as `scores`.
 * @example ratingColumn([95, 10], Float64Array.of(0, 90), out) // out: [1, 0]
 */
export function ratingColumn(scores: ArrayLike<number>, mins: Float64Array, out: Float64Array): void {
  for (let k = 0; k < scores.length; k++) out[k] = ratingCell(scores[k], 0, mins, mins);
}

/**
 * The element form of {@link ratingColumn} (a `Cell`): the index of the band score `s` falls in, NaN where
 * {@link rating} throws.
 * @param s - the score.
 * @param _ - unused (a one-number rule).
 * @param _p - unused (no options).
 * @param mins - the bands' minimums, ascending.
 * @returns the band's index, or NaN.
 * @example ratingCell(95, 0, new Float64Array(0), [0, 90]) // 1
 */
export function ratingCell(s: number, _: number, _p: Float64Array, mins: ArrayLike<number>): number {
  const n = mins.length;
  let band = -1;
  if (s - s === 0) for (let b = 0; b < n && mins[b] <= s; b++) band = b;
  return band < 0 ? uncomputed() : band;
}

/**
 * The label of the last band whose minimum ≤ score.
 * @param score - the score.
 * @param bands - from {@link makeBands}.
 * @returns the label.
 * @throws KpiError "na" "err.rating.below" below the first minimum; "value" for a non-number score.
 * @example rating(89.99, makeBands([{ row: 1, min: 0, label: "D" }, { row: 2, min: 90, label: "A" }])) // "D"
 */
export function rating(score: number, bands: readonly Band[]): string {
  const s = requireFinite("score", score);
  if (bands.length === 0) throw new KpiError("value", "err.table.empty", { arg: "bands" });
  let label: string | null = null;
  for (const band of bands) {
    if (band.min <= s) label = band.label;
    else break;
  }
  if (label === null) throw new KpiError("na", "err.rating.below");
  return label;
}
