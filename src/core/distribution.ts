/** KPI.DISTRIBUTE and KPI.DISTCHECK: forced or guided rating distributions (e.g. 20% / 70% / 10%). */
import { KpiError } from "./errors";
import { requireFinite, requireNonNegative, wholeSteps } from "./numeric";

/** One label of a distribution guide, best first; `row` is the user's 1-based row. */
export interface GuideEntry {
  row: number;
  label: string;
  share: number;
}

/** Shares must add up to 1 within this. */
const SHARE_TOLERANCE = 0.001;

function labelKey(label: string): string {
  return label.trim().toLowerCase();
}

/**
 * Checks and cleans a guide: at least one row, labels not blank and not repeated (case-insensitive), shares ≥ 0
 * adding up to 1 (±0.001).
 * @param rows - the guide rows, best label first.
 * @param arg - argument name used in messages (default "guide").
 * @returns the entries with trimmed labels.
 * @throws KpiError "value" naming the argument and row, or the share total.
 * @example makeGuide([{ row: 1, label: "A", share: 0.2 }, { row: 2, label: "B", share: 0.7 }, { row: 3, label: "C", share: 0.1 }])
 */
export function makeGuide(rows: readonly GuideEntry[], arg = "guide"): GuideEntry[] {
  if (rows.length === 0) throw new KpiError("value", "err.table.empty", { arg });
  const seen = new Set<string>();
  let sum = 0;
  const entries = rows.map((r) => {
    const label = typeof r.label === "string" ? r.label.trim() : String(r.label ?? "").trim();
    if (label === "") throw new KpiError("value", "err.table.noLabel", { arg, row: r.row });
    if (seen.has(labelKey(label)))
      throw new KpiError("value", "err.table.duplicateLabel", { arg, row: r.row, label });
    seen.add(labelKey(label));
    if (typeof r.share !== "number" || !Number.isFinite(r.share)) {
      throw new KpiError("value", "err.table.notNumber", { arg, row: r.row, column: 2 });
    }
    if (r.share < 0) throw new KpiError("value", "err.table.negative", { arg, row: r.row, column: 2 });
    sum += r.share;
    return { row: r.row, label, share: r.share };
  });
  if (!(Math.abs(sum - 1) <= SHARE_TOLERANCE + 1e-12)) {
    throw new KpiError("value", "err.table.shareSum", { arg, sum: `${Math.round(sum * 10000) / 100}%` });
  }
  return entries;
}

/**
 * Label counts for n people: `floor(share × n)` each (shares rescaled to add up to exactly 1), then the
 * remainder one by one to the largest fractional parts, ties to the better label.
 * @param n - number of people.
 * @param guide - the guide, best first.
 * @returns one count per label, adding up to n.
 * @example
 * const guide = [{ row: 1, label: "A", share: 0.2 }, { row: 2, label: "B", share: 0.7 }, { row: 3, label: "C", share: 0.1 }];
 * guideCounts(10, guide) // [2, 7, 1]; guideCounts(7, guide) // [1, 5, 1]
 */
export function guideCounts(n: number, guide: readonly GuideEntry[]): number[] {
  const total = guide.reduce((acc, g) => acc + g.share, 0);
  const exact = guide.map((g) => (total > 0 ? (g.share / total) * n : 0));
  const counts = exact.map((x) => Math.max(0, wholeSteps(x)));
  let remainder = n - counts.reduce((a, c) => a + c, 0);
  const byFraction = exact
    .map((x, i) => ({ i, fraction: Math.max(0, x - counts[i]) }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (let k = 0; remainder > 0; k = (k + 1) % byFraction.length, remainder--) counts[byFraction[k].i]++;
  // Tolerant rounding can only overshoot by a unit or so; take it back from the worst labels.
  for (let i = counts.length - 1; remainder < 0; i = (i - 1 + counts.length) % counts.length) {
    if (counts[i] > 0) {
      counts[i]--;
      remainder++;
    }
  }
  return counts;
}

/**
 * Guided distribution: ranks non-blank scores highest first and hands out labels by {@link guideCounts}. Equal
 * scores always get the same label: a tie group takes the label of its first member's position, so a label may
 * overflow and the next ones absorb it.
 * @param scores - the scores; null = blank.
 * @param guide - from {@link makeGuide}, best label first.
 * @returns one label per score, null for a blank score.
 * @throws KpiError "value" for a non-number score or an empty guide.
 * @example
 * const guide = [{ row: 1, label: "A", share: 0.2 }, { row: 2, label: "B", share: 0.6 }, { row: 3, label: "C", share: 0.2 }];
 * distribute([90, 80, 70, 60, 50], guide) // ["A", "B", "B", "B", "C"]
 * distribute([90, 90, 90, 80, 70], guide) // ["A", "A", "A", "B", "C"] (the tie group overflows A)
 */
export function distribute(
  scores: readonly (number | null)[],
  guide: readonly GuideEntry[],
): (string | null)[] {
  if (guide.length === 0) throw new KpiError("value", "err.table.empty", { arg: "guide" });
  const column = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    column[i] = s === null || s === undefined ? NaN : requireFinite("scores", s);
  }
  const labels = distributeColumn(column, guide);
  return Array.from(labels, (k) => (k < 0 ? null : guide[k].label));
}

/**
 * {@link distribute} over a column of numbers, in one sort of the numbers themselves: a score's label is the
 * label at its tie group's first position, and that position is the count of scores above it, so a score takes
 * the first label j whose last position (counts[0] + … + counts[j] − 1) holds a score at or below it. Same
 * labels as `distribute`, without an index sort or an object per score.
 * @param scores - finite scores, NaN for a blank.
 * @param guide - from {@link makeGuide}, best label first.
 * @returns each score's label as an index into `guide`, −1 for a blank.
 * @example distributeColumn(Float64Array.of(90, NaN, 70), guide).join() // "0,-1,2" with a 3-label guide
 */
export function distributeColumn(scores: ArrayLike<number>, guide: readonly GuideEntry[]): Int32Array {
  if (guide.length === 0) throw new KpiError("value", "err.table.empty", { arg: "guide" });
  const n = scores.length;
  const present = new Float64Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s === s) present[count++] = s;
  }
  const sorted = present.subarray(0, count).sort(); // ascending: the k-th best is sorted[count − 1 − k]
  const counts = guideCounts(count, guide);
  // The label boundaries: label j is taken by a score ≥ floors[j] (and below every earlier label's floor).
  const floors: number[] = [];
  const labelOf: number[] = [];
  let last = 0;
  counts.forEach((c, j) => {
    if (c === 0) return;
    last += c;
    floors.push(sorted[count - last]);
    labelOf.push(j);
  });
  const out = new Int32Array(n);
  const bands = floors.length;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s !== s) {
      out[i] = -1;
      continue;
    }
    let b = 0;
    while (b < bands - 1 && s < floors[b]) b++;
    out[i] = labelOf[b];
  }
  return out;
}

/** One row of {@link distCheck}. The "other" row (ratings not in the guide) has label "" and isOther true. */
export interface DistRow {
  label: string;
  isOther: boolean;
  /** The guide's share; null on the other row. */
  target: number | null;
  count: number;
  /** count / non-blank ratings (0 when there are none). */
  actual: number;
  /** actual − target; null on the other row or when there are no ratings. */
  gap: number | null;
  /** |gap| ≤ tolerance; null on the other row or when there are no ratings. */
  within: boolean | null;
}

/**
 * The actual distribution of ratings against the guide: one row per guide label, in guide order, then an "other"
 * row counting ratings not in the guide, present only when there are such ratings (surfaces render its label
 * in the user's language). Labels match trimmed and case-insensitively; blank ratings are skipped.
 * @param ratings - the ratings; null or "" = blank.
 * @param guide - from {@link makeGuide}.
 * @param tolerance - largest acceptable |gap| (default 0.05, ≥ 0).
 * @returns the rows.
 * @throws KpiError "num" for a negative tolerance; "value" for an empty guide.
 * @example
 * const guide = [{ row: 1, label: "A", share: 0.2 }, { row: 2, label: "B", share: 0.7 }, { row: 3, label: "C", share: 0.1 }];
 * distCheck(["A", "B", "B", "C", "X"], guide).map((r) => r.count) // [1, 2, 1, 1] (the last row is "other")
 */
export function distCheck(
  ratings: readonly (string | null)[],
  guide: readonly GuideEntry[],
  tolerance?: number,
): DistRow[] {
  const counts = new Map<string, number>();
  for (const r of ratings) {
    if (r === null || r === undefined) continue;
    const label = String(r);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return distCheckCounts(counts, guide, tolerance);
}

/**
 * {@link distCheck} from the ratings already counted (each distinct text once: a million ratings of three
 * labels cost three label comparisons, not a million).
 * @param counts - how many times each rating text occurs; blank texts are skipped.
 * @param guide - from {@link makeGuide}.
 * @param tolerance - largest acceptable |gap| (default 0.05, ≥ 0).
 * @returns the rows, as `distCheck` gives them.
 * @throws KpiError "num" for a negative tolerance; "value" for an empty guide.
 * @example distCheckCounts(new Map([["A", 1], ["b", 2]]), guide).map((r) => r.count) // [1, 2, 0]
 */
export function distCheckCounts(
  ratings: ReadonlyMap<string, number>,
  guide: readonly GuideEntry[],
  tolerance?: number,
): DistRow[] {
  const tol = tolerance == null ? 0.05 : requireNonNegative("tolerance", tolerance);
  if (guide.length === 0) throw new KpiError("value", "err.table.empty", { arg: "guide" });
  const index = new Map(guide.map((g, i) => [labelKey(g.label), i]));
  const counts = guide.map(() => 0);
  let other = 0;
  let total = 0;
  for (const [r, n] of ratings) {
    const key = labelKey(r);
    if (key === "") continue;
    total += n;
    const i = index.get(key);
    if (i === undefined) other += n;
    else counts[i] += n;
  }
  const rows: DistRow[] = guide.map((g, i) => {
    const actual = total > 0 ? counts[i] / total : 0;
    const gap = total > 0 ? actual - g.share : null;
    // A hair of slack so that 0.25 − 0.2 (= 0.05000000000000002) counts as within a 0.05 tolerance.
    const within = gap === null ? null : Math.abs(gap) <= tol + 1e-12;
    return { label: g.label, isOther: false, target: g.share, count: counts[i], actual, gap, within };
  });
  if (other > 0) {
    rows.push({
      label: "",
      isOther: true,
      target: null,
      count: other,
      actual: other / total,
      gap: null,
      within: null,
    });
  }
  return rows;
}
