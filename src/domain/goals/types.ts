/** A person's goals for a period, scored: what the report, the pane and the CLI show for each goal. */
import type { PaceLevel } from "../../core";

/** The scoring rule of a goal, with the parameters the live formula needs. */
export type ScoringRule =
  | { kind: "ratio"; threshold: number; cap: number }
  | { kind: "curve"; curve: string }
  | { kind: "step"; step: number; pointsAbove: number; pointsBelow: number; maxPoints: number | null }
  | { kind: "band"; band: number };

/** Where a goal's actual came from. */
export type ActualSource = "actuals" | "crm" | "none";

/** One goal of one person for the period. */
export interface GoalReport {
  goalId: string;
  /** 1-based row of the goal in the Goals table. */
  row: number;
  kpi: string;
  kpiName: string;
  description: string | null;
  unit: string | null;
  source: string;
  direction: "higher" | "lower";
  rule: ScoringRule | null;
  target: number | null;
  /** Goal weight as entered (fraction); a blank weight counts as 0 and is flagged. */
  weight: number;
  actual: number | null;
  actualSource: ActualSource;
  attainment: number | null;
  /** Points, 100 = on target. Null when there is no actual or the goal's data is bad. */
  score: number | null;
  /**
   * The score the goal is heading for: mid-period, a paced running total is projected to the period end
   * (actual ÷ elapsed share) and scored by the same rule; otherwise the score itself.
   */
  projectedScore: number | null;
  /** 1 on track, 2 at risk, 3 off track; null when not paced (no actual, "lower" KPIs, win rates). */
  pace: PaceLevel | null;
  /** The attainment the goal is heading for (the projected actual against the target); see `projectedScore`. */
  projectedAttainment: number | null;
}

/** One credited won deal under a commission. */
export interface DealLine {
  deal: string;
  /** What was sold (Deals.Product): the deal's name on a statement; null when blank. */
  product: string | null;
  customer: string | null;
  /** The customer's name from Customers (null when the customer is not there). */
  customerName: string | null;
  closeDate: number;
  /** The deal's full amount. */
  amount: number;
  /** The person's credit share (1 when blank). */
  share: number;
  /** amount × share: what counts toward the commission basis. */
  credited: number;
}
