/**
 * The report model: everything the period report shows, computed from rows by `buildReport` (pure) and laid out
 * by `planReport`. Figures are unrounded; text is carried as catalogue keys and parameters so that one model can
 * be rendered in either language.
 */
import type { ExplainLine, DistRow, PaceLevel } from "../core";
import type { Locale, MessageKey, MessageParams } from "../i18n";
import type { ReviewDimension, TableKey } from "../model";

/** A catalogue message: a key and its placeholder values. */
export interface Message {
  key: MessageKey;
  params: MessageParams;
}

/**
 * A problem in the data, named by table, 1-based data row and column key, with the reason (often the KpiError
 * core raised). Row is `null` when the problem is the table as a whole (e.g. guide shares not adding up).
 */
export interface DataIssue {
  table: TableKey;
  /** The ManagerID the row belongs to, when it belongs to one person. */
  person: string | null;
  /** 1-based data row of the table as handed to the report (after later duplicates were left out), or null. */
  row: number | null;
  column: string | null;
  cause: Message;
  /** The sheet's name as the user sees it (when the report knows where the table is). */
  sheet?: string;
  /** The Excel row number (the header row counts: the first data row of a table at A1 is row 2). */
  excelRow?: number | null;
  /** The column's header as the sheet spells it. */
  header?: string | null;
}

/** How urgent a flag is; flags are listed high first. */
export type Severity = "high" | "medium" | "low";

/** What a flag is about. */
export type FlagKind =
  | "data"
  | "goalOffTrack"
  | "scoreDown"
  | "noGoals"
  | "reviewMissing"
  | "reviewDraft"
  | "overdueTasks"
  | "neglectedCustomers"
  | "payoutAboveCap"
  | "bonusCapped"
  | "gateFailed"
  | "payoutNotComputed"
  | "distribution"
  | "lowPulse";

/**
 * A flag with its plain-language reason. `person` is null for team-wide flags (distribution, pulse, data problems
 * in shared tables). `cause`, when present, is rendered into the reason's `{cause}` placeholder (e.g. why a bonus
 * could not be computed). Data flags carry the `issue`: table and column names are localized at render time
 * (see `flagText`).
 */
export interface Flag {
  severity: Severity;
  kind: FlagKind;
  person: { id: string; name: string } | null;
  reason: Message;
  cause?: Message;
  issue?: DataIssue;
  /**
   * Money the flag puts at stake, for ranking flags of one severity: a held or blocked bonus (what it would pay
   * with the gate met), the amount above a cap, a payout that could not be computed (the target bonus). Absent
   * when the flag is not about money.
   */
  atStake?: number;
}

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
}

/** The gate of a bonus plan for one person. */
export interface GateReport {
  kpi: string;
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

/** One credited won deal under a commission. */
export interface DealLine {
  deal: string;
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
  /** The commission on the projected credited sales (capped). */
  projected: number | null;
}

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

/** A curve or tier table the report uses (copied into the report sheet so its formulas are self-contained). */
export interface CurveTable {
  name: string;
  points: { point: number; value: number }[];
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
export interface ReportModel {
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
