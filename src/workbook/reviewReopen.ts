/**
 * Reopening a submitted review: back to draft, with a reason written to the hash-chained Audit table (Action
 * "reopen", Subject = the ReviewID, By = the review's reviewer). A submitted review is otherwise final, so the
 * reason is required, and the log line is what makes the reopening visible later.
 */
import { KpiError, ValidationError } from "../core";
import type { ReviewRow } from "../model";
import { approverOf, updateWithAudit } from "./audit";
import type { WorkbookPort } from "./port";

/**
 * @param port - the workbook.
 * @param review - the review as shown (its ReviewID is looked up again: the sheet is the truth).
 * @param reason - why (required).
 * @param date - today (Excel serial).
 * @returns the review as written (Status draft).
 * @throws ValidationError naming the Reason when it is blank; KpiError when the review is gone or not submitted
 *   (nothing written).
 */
export async function reopenReview(
  port: WorkbookPort,
  review: ReviewRow,
  reason: string,
  date: number,
): Promise<ReviewRow> {
  const why = reason.trim();
  if (why === "") {
    throw new ValidationError("reviews.err.reopenReason", {}, [
      { table: "Audit", row: 1, column: "Reason", key: "reviews.err.reopenReason", params: {} },
    ]);
  }
  const { Reviews, Settings } = await port.readTables(["Reviews", "Settings"]);
  const row = Reviews.find((r) => r.ReviewID === review.ReviewID);
  if (!row) throw new KpiError("na", "reviews.err.notSubmitted", { id: review.ReviewID, status: "—" });
  if (row.Status !== "submitted") {
    throw new KpiError("value", "reviews.err.notSubmitted", {
      id: row.ReviewID,
      status: row.Status ?? "draft",
    });
  }
  const reopened: ReviewRow = { ...row, Status: "draft" };
  const by = (row.Reviewer ?? "").trim() || approverOf(Settings) || null;
  // The log is what makes a reopening legitimate: without its line, the review stays submitted.
  await updateWithAudit(
    port,
    "Reviews",
    [reopened],
    [row],
    [
      {
        Date: Math.floor(date),
        Action: "reopen",
        PayoutID: null,
        Period: row.Period,
        By: by,
        Reason: why,
        Subject: row.ReviewID,
      },
    ],
  );
  return reopened;
}
