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
  const ranked: number[] = [];
  scores.forEach((s, i) => {
    if (s === null || s === undefined) return;
    requireFinite("scores", s);
    ranked.push(i);
  });
  // Array.prototype.sort is stable: equal scores keep their input order.
  ranked.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const counts = guideCounts(ranked.length, guide);
  const labelAt: string[] = [];
  counts.forEach((c, j) => {
    for (let k = 0; k < c; k++) labelAt.push(guide[j].label);
  });
  const result: (string | null)[] = scores.map(() => null);
  let groupLabel = "";
  ranked.forEach((index, position) => {
    if (position === 0 || scores[index] !== scores[ranked[position - 1]]) groupLabel = labelAt[position];
    result[index] = groupLabel;
  });
  return result;
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
  const tol = tolerance == null ? 0.05 : requireNonNegative("tolerance", tolerance);
  if (guide.length === 0) throw new KpiError("value", "err.table.empty", { arg: "guide" });
  const index = new Map(guide.map((g, i) => [labelKey(g.label), i]));
  const counts = guide.map(() => 0);
  let other = 0;
  let total = 0;
  for (const r of ratings) {
    if (r === null || r === undefined) continue;
    const key = labelKey(String(r));
    if (key === "") continue;
    total++;
    const i = index.get(key);
    if (i === undefined) other++;
    else counts[i]++;
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
