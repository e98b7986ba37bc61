/**
 * What the review form shows above its rating fields: the person's goal results and composite score for the
 * review's period, read-only, from the period picture (the report's figures, so the form and the report cannot
 * disagree). Pure.
 *
 * Decisions where the spec is silent:
 * - The figures are as of today for a period still running (with the score the person is heading for beside the
 *   to-date one) and final for a period that has ended, as in the report.
 * - Cancelled goals are left out (the period picture leaves them out); goals are in the order of the Goals table.
 */
import type { PeriodPicture, PersonReport } from "../period";

/** One goal's result as the review form lists it. */
export interface GoalResult {
  goalId: string;
  kpiName: string;
  unit: string | null;
  target: number | null;
  actual: number | null;
  attainment: number | null;
  /** Points, 100 = on target; null without an actual. */
  score: number | null;
  /** 1 on track, 2 at risk, 3 off track; null when not paced. */
  pace: 1 | 2 | 3 | null;
}

/** The person's goal results for the period. */
export interface GoalResults {
  /** False when the person was not on the team during the period (nothing else is filled). */
  inPeriod: boolean;
  basis: PeriodPicture["basis"];
  /** The composite to date (final once the period has ended); null when no goal is scored. */
  composite: number | null;
  /** Mid-period, the composite the person is heading for at the period end; null after the end or unscored. */
  projected: number | null;
  /** The report's rating of the composite (Ratings table); null without one. */
  rating: string | null;
  goals: GoalResult[];
}

/**
 * @param picture - the period picture of the review's period (`book.period(period, today)`).
 * @param person - the ManagerID.
 * @returns the person's goal results.
 * @example goalResults(book.period("2026-Q2", today), "M001").composite // 96.4
 */
export function goalResults(picture: PeriodPicture, person: string): GoalResults {
  const id = person.trim();
  const report: PersonReport | undefined = picture.people.find((p) => p.id === id);
  if (report === undefined) {
    return {
      inPeriod: false,
      basis: picture.basis,
      composite: null,
      projected: null,
      rating: null,
      goals: [],
    };
  }
  return {
    inPeriod: true,
    basis: picture.basis,
    composite: report.composite,
    projected: picture.basis === "projected" ? report.projectedComposite : null,
    rating: report.rating,
    goals: report.goals.map((g) => ({
      goalId: g.goalId,
      kpiName: g.kpiName,
      unit: g.unit,
      target: g.target,
      actual: g.actual,
      attainment: g.attainment,
      score: g.score,
      pace: g.pace,
    })),
  };
}
