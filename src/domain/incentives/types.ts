/** A person's bonus and commission for a period, step by step. */
import type { ExplainLine } from "../../core";
import type { DealLine } from "../goals/types";
import type { Message } from "../types";

/** The gate of a bonus plan for one person. */
export interface GateReport {
  kpi: string;
  /** The gate KPI's name in the KPI library (its code when the library has none), as flags and statements read. */
  kpiName: string;
  /** The goal whose attainment was checked (null when the person has no goal on the gate KPI). */
  goalId: string | null;
  min: number;
  /** Attainment of the person's goal on the gate KPI; null when there is none (the gate then fails). */
  attainment: number | null;
  passed: boolean;
}

/**
 * Why a payout is 0, so that no statement shows a bare 0:
 * - belowThreshold: the attainment is below the first paying point of the curve or the first paying tier;
 * - gateNotMet: the gate KPI's attainment is below the plan's GateMin;
 * - notYetEarned: mid-period, nothing has been earned to date (the projection shows what the period may pay);
 * - proratedZero: the person was in the role under the plan for 0 days of the period;
 * - noDeals: the period is over and no won deal was credited;
 * - zeroTarget: the target bonus is 0; zeroMultiplier: the rating's bonus multiplier is 0; zeroCap: the cap is 0;
 * - noPlan: the person has no plan of that kind for the period.
 */
export type ZeroReason =
  | "belowThreshold"
  | "gateNotMet"
  | "notYetEarned"
  | "proratedZero"
  | "noDeals"
  | "zeroTarget"
  | "zeroMultiplier"
  | "zeroCap"
  | "noPlan";

/** The bonus of one person, step by step. */
export interface BonusReport {
  planId: string;
  planName: string;
  basis: "score" | "kpi" | "deals";
  basisKpi: string | null;
  /** Basis "kpi": the goal whose attainment was used. */
  basisGoal: string | null;
  curve: string;
  targetBonus: number | null;
  attainment: number | null;
  /** CURVE(attainment): the share of target bonus earned before gate, multiplier and proration. */
  curveValue: number | null;
  gate: GateReport | null;
  rating: string | null;
  multiplier: number;
  proration: number;
  /** Inclusive days of the period the person was in the plan, and the days of the period. */
  coveredDays: number;
  periodDays: number;
  /** First and last covered day (first > last when none). */
  coveredFrom: number;
  coveredTo: number;
  cap: number | null;
  /** Before the cap. */
  uncapped: number | null;
  /** The bonus (KPI.BONUS); null when it cannot be computed, with `error` saying why, or when `held`. */
  amount: number | null;
  error: Message | null;
  /** Quota of the plan (basis "deals"). */
  quota: number | null;
  /**
   * The gate cannot be evaluated (the person has no goal, or no actual, on the gate KPI): the bonus is held, not
   * 0 — `amount` is null, it is left out of every total, and the data problem is a high flag.
   */
  held: boolean;
  /** The bonus with the gate counted as met: what a held or failed gate keeps back (null when not computable). */
  ungated: number | null;
  /** The same projected to the period end (equal to `ungated` once the period is over). */
  ungatedProjected: number | null;
  /** Why `amount` is 0 (null when it is not 0). */
  zeroReason: ZeroReason | null;
  /** The attainment the bonus basis is heading for at the period end (equals `attainment` once it is over). */
  projectedAttainment: number | null;
  /** The bonus projected to the period end on that attainment (and the gate's projected attainment). */
  projected: number | null;
}

/** The commission of one person, tier by tier. */
export interface CommissionReport {
  planId: string;
  planName: string;
  method: "marginal" | "retro";
  tiers: string;
  quota: number | null;
  cap: number | null;
  /** Σ Amount × Credit of won deals closed in the period (and the plan's validity). */
  credited: number;
  /** Credited won deals (rows). */
  deals: number;
  lines: ExplainLine[];
  uncapped: number | null;
  amount: number | null;
  error: Message | null;
  /** The credited won deals, by close date: they add up to `credited`. */
  dealLines: DealLine[];
  /** KPI.NEXTTIER(credited, tiers, quota): more credited sales needed to reach the next tier; null in the top tier. */
  nextTier: number | null;
  /** True when the credited amount is already in the top tier. */
  topTier: boolean;
  /** Why `amount` is 0 (null when it is not 0). */
  zeroReason: ZeroReason | null;
  /** Credited sales projected to the period end at the pace so far (equals `credited` once it is over). */
  projectedCredited: number | null;
  /**
   * The days the projection scales by: `projectedCredited` = `credited` × `total` ÷ `elapsed`, where `total` is
   * the plan's days in the period and `elapsed` those up to the report date (equal once the period is over).
   */
  projectionDays: { elapsed: number; total: number };
  /** The commission on the projected credited sales (capped). */
  projected: number | null;
}
