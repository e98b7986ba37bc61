/**
 * The period picture: everything known about a period of the team, computed from rows by `buildPeriod` (pure),
 * kept by the team book and laid out by the report's `planReport`. Figures are unrounded; text is carried as catalogue keys and parameters so that one model can
 * be rendered in either language.
 */
import type { DistRow } from "../../core";
import type { GoalReport } from "../goals/types";
import type { BonusReport, CommissionReport } from "../incentives/types";
import type { ReviewReport } from "../reviews/types";
import type { CurveTable, Flag } from "../types";
import type { Locale } from "../../i18n";
import type { ReviewDimension } from "../../model";

/** The payout records (Payouts table) of one person for the period. */
export interface PayoutStatusReport {
  /**
   * The least advanced status over the person's payout rows of the period (draft before approved before locked);
   * "none" when nothing is recorded yet.
   */
  status: "none" | "draft" | "approved" | "locked";
  rows: {
    payoutId: string;
    planId: string;
    /** The plan's name and kind from Plans ("" and null when the plan is not there). */
    planName: string;
    planKind: "bonus" | "commission" | null;
    status: "draft" | "approved" | "locked" | null;
    lockedOn: number | null;
  }[];
}

/** One person of the report. */
export interface PersonReport {
  id: string;
  name: string;
  team: string | null;
  /** 1-based row in Managers. */
  row: number;
  hireDate: number | null;
  leaveDate: number | null;
  goals: GoalReport[];
  /** KPI.WEIGHTED of the goal scores to date. */
  composite: number | null;
  /** KPI.WEIGHTED of the projected goal scores (equals `composite` once the period is over). */
  projectedComposite: number | null;
  /** The previous period's composite (scored as of its end). */
  previousComposite: number | null;
  /** projectedComposite − previousComposite: like for like even mid-period. */
  change: number | null;
  review: ReviewReport;
  rating: string | null;
  potential: number | null;
  nineBox: number | null;
  bonus: BonusReport | null;
  commission: CommissionReport | null;
  /** Where the period's payouts stand in the Payouts table. */
  payoutStatus: PayoutStatusReport;
  work: { due: number; done: number; overdue: number; completion: number | null };
  customers: {
    owned: number;
    interactions: number;
    visits: number;
    newCustomers: number;
    neglected: { id: string; name: string; key: boolean; lastContact: number | null }[];
    won: number;
    lost: number;
    winRate: number | null;
  };
  development: {
    trainingHours: number;
    readiness: string | null;
    nextLevel: string | null;
    openActions: number;
  };
  flags: Flag[];
}

/** A rating of the scale with its guide share and bonus multiplier. */
export interface RatingBand {
  label: string;
  minScore: number;
  share: number | null;
  multiplier: number | null;
}

/** eNPS and favourability for the scope and period, hidden below the anonymity threshold. */
export interface PulseReport {
  minResponses: number;
  /** Null when there are no answers or when hidden. */
  enps: number | null;
  enpsHidden: boolean;
  favorable: number | null;
  favorableHidden: boolean;
}

/** Payouts added up by team, with the team's score and goals met for comparison. */
export interface TeamPayout {
  team: string;
  people: number;
  /** Σ bonus, held bonuses left out. */
  bonus: number;
  commission: number;
  /** Bonuses held because their gate cannot be evaluated. */
  held: number;
  /** Mean composite on the report's basis (projected mid-period, final after the end); null when none. */
  averageScore: number | null;
  /** Goals at or above target (on the report's basis) ÷ scored goals; null when none is scored. */
  attainment: number | null;
}

/** A KPI across the report's people against the same kind of period before. */
export interface KpiTrend {
  kpi: string;
  kpiName: string;
  /** Goals on the KPI with an attainment, this period and the previous one. */
  goals: number;
  previousGoals: number;
  /** Mean attainment on the report's basis (projected mid-period). */
  attainment: number | null;
  /** Mean attainment of the previous period (final). */
  previous: number | null;
  change: number | null;
}

/** Mean review score per dimension of one team (or of the whole scope when `team` is null). */
export interface ReviewDimensionRow {
  team: string | null;
  /** People with a counted review. */
  reviewed: number;
  dimensions: Record<ReviewDimension, number | null>;
}

/** The headline figures. */
export interface KeyFigures {
  people: number;
  averageComposite: number | null;
  totalBonus: number;
  totalCommission: number;
  /** Bonuses held (gate cannot be evaluated): left out of totalBonus and counted here. */
  heldPayouts: number;
  /** Σ projected bonus and commission at the period end (equal to the totals once the period is over). */
  projectedBonus: number;
  projectedCommission: number;
  goalsMet: number;
  goalsTotal: number;
  taskCompletion: number | null;
  enps: number | null;
}

/** Cuts of the nine-box grid (KPI.NINEBOX). */
export interface NineBoxCuts {
  performance: readonly [number, number];
  potential: readonly [number, number];
}

/** The whole period report. */
export interface PeriodPicture {
  locale: Locale;
  period: { text: string; start: number; end: number; days: number; elapsed: number };
  previousPeriod: string;
  /** A Team value, or null for the whole team. */
  scope: string | null;
  asOf: number;
  /**
   * "projected" while the period runs (report date before its end): ratings, changes, rankings and team scores
   * use the figures projected to the period end, and to-date and projected payouts are shown side by side;
   * "final" once it is over, when only the final figures show.
   */
  basis: "projected" | "final";
  people: PersonReport[];
  ratings: RatingBand[];
  distribution: DistRow[] | null;
  pulse: PulseReport;
  teams: TeamPayout[];
  figures: KeyFigures;
  /** Every flag, sorted by severity, then person, then kind. */
  flags: Flag[];
  /** People ranked by composite on the report's basis, best first (ids; people without a score left out). */
  ranking: string[];
  /** Per KPI, this period against the previous one, in KPI library order. */
  trend: KpiTrend[];
  /** Review dimensions: one row per team, then the whole scope. */
  reviewDimensions: ReviewDimensionRow[];
  /** The curves and tier tables used by the report's goals and plans. */
  curves: CurveTable[];
  nineBoxCuts: NineBoxCuts;
}
