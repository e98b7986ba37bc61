/**
 * Reviews of a period. Which reviews count, and how they are combined:
 * - the reviews of the period are those whose Period is the report period or lies inside it (the monthly
 *   reviews of a quarter count towards the quarter's report);
 * - a review counts when it is from a manager or a peer and is submitted or acknowledged; drafts do not count,
 *   and the self-assessment is shown apart (it is not a rating of the person by others);
 * - a review's overall is its Overall cell, or else the weighted mean of its dimension scores (weights from
 *   Settings reviewWeights, equal by default; KPI.WEIGHTED semantics, blank dimensions skipped);
 * - the person's overall is the mean of the counted reviews' overalls; the calibrated overall is the mean of the
 *   same overalls after KPI.CALIBRATE ("mean") across every counted review of the period for the people in the
 *   report (method from Settings calibration, "mean" by default), so a lenient reviewer's marks are brought back
 *   to the common mean;
 * - status: acknowledged when every counted review is acknowledged, submitted when any counts, draft when only
 *   drafts exist, missing otherwise;
 * - a rating moved in calibration is the one on the latest counted review (by Date, then table order) carrying a
 *   CalibratedRating, with its CalibrationReason.
 */
import { calibrate, weighted, type Period } from "../../core";
import { REVIEW_DIMENSIONS, type ReviewDimension, type TableRows } from "../../model";
import type { GoalIndex } from "../goals/scoring";
import { groupRows, idOf } from "../input";
import type { ReviewReport } from "./types";

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, v) => a + v, 0) / values.length;

/**
 * The overall of one review.
 * @param review - the review row.
 * @param weights - dimension weights.
 * @returns Overall, or the weighted mean of the scored dimensions, or null when nothing is scored.
 */
export function reviewOverall(
  review: TableRows["Reviews"],
  weights: Record<ReviewDimension, number>,
): number | null {
  if (review.Overall !== null) return review.Overall;
  const scores = REVIEW_DIMENSIONS.map((d) => review[d]);
  const present = REVIEW_DIMENSIONS.filter((d) => review[d] !== null);
  if (present.length === 0 || present.reduce((s, d) => s + weights[d], 0) <= 0) return null;
  return weighted(
    scores,
    REVIEW_DIMENSIONS.map((d) => weights[d]),
  );
}

/**
 * Summarizes the reviews of the people in the report for one period.
 * @param rows - Reviews rows.
 * @param people - ManagerIDs in the report.
 * @param period - the report period.
 * @param goals - the goal index (reads period cells).
 * @param weights - dimension weights.
 * @param method - KPI.CALIBRATE method (Settings calibration).
 * @returns one review report per person.
 */
export function summarizeReviews(
  rows: readonly TableRows["Reviews"][],
  people: readonly string[],
  period: Period,
  goals: GoalIndex,
  weights: Record<ReviewDimension, number>,
  method: "mean" | "z" = "mean",
): Map<string, ReviewReport> {
  const inReport = new Set(people);
  const inPeriod = (text: string) => {
    const p = goals.periodOf(text);
    return p !== null && p.start >= period.start && p.end <= period.end;
  };
  const ofPeriod = rows.filter((r) => inReport.has(idOf(r.ManagerID) ?? "") && inPeriod(r.Period));
  const counted = ofPeriod.filter(
    (r) => r.Role !== "self" && (r.Status === "submitted" || r.Status === "acknowledged"),
  );
  const overalls = counted.map((r) => reviewOverall(r, weights));
  const calibrated = calibrate(
    overalls,
    counted.map((r) => idOf(r.Reviewer)),
    method,
  );
  const countedIndex = new Map(counted.map((r, i) => [r, i]));
  const byPerson = groupRows(ofPeriod, (r) => idOf(r.ManagerID));
  const result = new Map<string, ReviewReport>();
  for (const person of people) {
    const mine = (byPerson.get(person) ?? []).map((x) => x.row);
    const counts = mine.filter((r) => countedIndex.has(r));
    const idx = counts.map((r) => countedIndex.get(r) as number);
    const dimensions = Object.fromEntries(
      REVIEW_DIMENSIONS.map((d) => [d, mean(counts.map((r) => r[d]).filter((v): v is number => v !== null))]),
    ) as Record<ReviewDimension, number | null>;
    const selfRows = mine.filter((r) => r.Role === "self" && r.Status !== "draft");
    const hasDraft = mine.some((r) => r.Role !== "self" && (r.Status === "draft" || r.Status === null));
    result.set(person, {
      status:
        counts.length > 0
          ? counts.every((r) => r.Status === "acknowledged")
            ? "acknowledged"
            : "submitted"
          : hasDraft
            ? "draft"
            : "missing",
      count: counts.length,
      dimensions,
      overall: mean(idx.map((i) => overalls[i]).filter((v): v is number => v !== null)),
      calibrated: mean(idx.map((i) => calibrated[i]).filter((v): v is number => v !== null)),
      self: mean(selfRows.map((r) => reviewOverall(r, weights)).filter((v): v is number => v !== null)),
      calibration: latestMove(counts),
    });
  }
  return result;
}

/** The calibration move of the latest counted review (by Date, then table order) that carries one. */
function latestMove(counted: readonly TableRows["Reviews"][]): ReviewReport["calibration"] {
  let best: { row: TableRows["Reviews"]; date: number } | null = null;
  for (const row of counted) {
    if ((row.CalibratedRating ?? "").trim() === "") continue;
    const date = row.Date ?? -Infinity;
    if (best === null || date >= best.date) best = { row, date };
  }
  return best === null
    ? null
    : { rating: (best.row.CalibratedRating ?? "").trim(), reason: (best.row.CalibrationReason ?? "").trim() };
}
