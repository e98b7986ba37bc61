/**
 * Moving a rating in calibration: the person's counted reviews of the cycle get the rating and its reason
 * (Reviews CalibratedRating, CalibrationReason), and the hash-chained Audit table gets a line (Action "calibrate",
 * Subject = the person and cycle with the rating before and after, Reason as typed, By = the approver of Settings
 * or the reviewer). The reason is required; the log line is what makes the move legitimate, so without it the
 * reviews are put back.
 */
import { KpiError, ValidationError } from "../core";
import type { MovePlan } from "../domain/reviews/calibration";
import { tableSpec } from "../model";
import { approverOf, updateWithAudit } from "./audit";
import type { WorkbookPort } from "./port";

/**
 * @param port - the workbook.
 * @param plan - from `planMove` (the reviews as read and as they become).
 * @param date - today (Excel serial).
 * @returns the reviews as written.
 * @throws ConflictError when a review changed in the sheet since it was read; KpiError
 *   `reviews.move.err.noColumns` when the Reviews table lacks the two calibration columns (an older workbook);
 *   ValidationError from the Audit table. Nothing is left half-written.
 */
export async function moveRating(port: WorkbookPort, plan: MovePlan, date: number) {
  const first = plan.before[0];
  const { Settings } = await port.readTables(["Settings"]);
  const by = approverOf(Settings) || (first.Reviewer ?? "").trim() || null;
  try {
    // Without its log line the move does not stand: the reviews go back to what they were.
    await updateWithAudit(port, "Reviews", plan.after, plan.before, [
      {
        Date: Math.floor(date),
        Action: "calibrate",
        PayoutID: null,
        Period: first.Period,
        By: by,
        Reason: plan.move.reason,
        Subject: `${first.ManagerID.trim()} ${first.Period} ${first.Cycle}: ${plan.from ?? "—"} → ${plan.move.rating}`,
      },
    ]);
  } catch (error) {
    throw lacksCalibrationColumns(error) ? noColumnsError() : error;
  }
  return plan.after;
}

/** The Reviews table of an older workbook has no CalibratedRating / CalibrationReason column. */
function lacksCalibrationColumns(error: unknown): boolean {
  return (
    error instanceof ValidationError &&
    error.issues.some(
      (i) =>
        i.key === "model.issue.notInTable" &&
        (i.column === "CalibratedRating" || i.column === "CalibrationReason"),
    )
  );
}

/** The message asking for both calibration columns, with their headers in both languages. */
function noColumnsError(): KpiError {
  const spec = tableSpec("Reviews");
  const header = (key: string) => spec.columns.find((c) => c.key === key)!;
  return new KpiError("value", "reviews.move.err.noColumns", {
    rating: header("CalibratedRating").en,
    ratingZh: header("CalibratedRating").zh,
    reason: header("CalibrationReason").en,
    reasonZh: header("CalibrationReason").zh,
  });
}
