/** A person's reviews for a period, summarized. */
import type { ReviewDimension } from "../../model";

/** The review of one person for the period. */
export interface ReviewReport {
  status: "missing" | "draft" | "submitted" | "acknowledged";
  /** Reviews from managers and peers that count (submitted or acknowledged). */
  count: number;
  /** Mean per dimension over the counted reviews (null where no rater scored it). */
  dimensions: Record<ReviewDimension, number | null>;
  /** Mean of the counted reviews' overall scores (1–5). */
  overall: number | null;
  /** Mean of the same reviews after removing each reviewer's leniency (KPI.CALIBRATE, "mean"). */
  calibrated: number | null;
  /** The person's self-assessment overall, shown apart. */
  self: number | null;
  /**
   * The rating moved in calibration and why (Reviews CalibratedRating, CalibrationReason): of the latest counted
   * review of the period that carries one; null when none was moved.
   */
  calibration: { rating: string; reason: string } | null;
}
