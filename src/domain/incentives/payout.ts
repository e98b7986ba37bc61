/**
 * What the plan pays, for the editor's chart and worked example. Every figure comes from core — `bonus` (KPI.BONUS)
 * for a bonus curve, `tiered` / `explainTiered` (KPI.TIERED / KPI.EXPLAIN) for commission tiers — so the chart,
 * the example, the custom functions and the report can never disagree. Pure.
 */
import {
  bonus,
  curveValue,
  explainTiered,
  lastIndexAtOrBelow,
  tiered,
  type Curve,
  type ExplainLine,
  type Tiers,
} from "../../core";

/** The target bonus the chart reads a bonus curve against when no other amount is chosen. */
export const DEFAULT_TARGET_BONUS = 100;
/** The chart spans attainment 0–150% (bonus) or amounts 0–1.5 × quota (commission). */
export const CHART_SPAN = 1.5;
/** Evenly spaced samples between the breakpoints (a curve is piecewise linear, so this only smooths the cap). */
export const CHART_SAMPLES = 60;

/** One point of the chart: x is attainment (bonus, 1 = 100%) or amount (commission); y the payout. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** The chart of a plan: the polyline, its extent, and the payout at each breakpoint (for the text summary). */
export interface PayoutChart {
  axis: "attainment" | "amount";
  xMax: number;
  yMax: number;
  /** Ascending x; at a jump (threshold, retro tier) two points share the jump's x, the lower one first. */
  points: ChartPoint[];
  /** The payout at 0, at each breakpoint within the span and at the end of the span. */
  marks: ChartPoint[];
}

/** The bonus chart's settings. */
export interface BonusChartInput {
  curve: Curve;
  targetBonus: number;
  cap: number | null;
}

/** The commission chart's settings. */
export interface CommissionChartInput {
  tiers: Tiers;
  method: "marginal" | "retro";
  quota: number | null;
  cap: number | null;
}

/** The x positions to evaluate: even samples, every breakpoint, and just left of it (to draw jumps). */
function positions(xMax: number, breaks: readonly number[]): { xs: number[]; marks: number[] } {
  const inside = breaks.filter((b) => b > 0 && b < xMax);
  const nudge = xMax * 1e-9;
  const xs = new Set<number>([0, xMax]);
  for (let i = 1; i < CHART_SAMPLES; i++) xs.add((xMax * i) / CHART_SAMPLES);
  for (const b of inside) {
    xs.add(b);
    xs.add(b - nudge);
  }
  return { xs: [...xs].sort((a, b) => a - b), marks: [0, ...inside, xMax] };
}

function chartOf(
  axis: PayoutChart["axis"],
  xMax: number,
  breaks: readonly number[],
  pay: (x: number) => number,
): PayoutChart {
  const { xs, marks } = positions(xMax, breaks);
  const points = xs.map((x) => ({ x, y: pay(x) }));
  const yMax = Math.max(0, ...points.map((p) => p.y));
  return { axis, xMax, yMax, points, marks: marks.map((x) => ({ x, y: pay(x) })) };
}

/**
 * Bonus against attainment, 0–150%: `KPI.BONUS(targetBonus, attainment, curve, , , , cap)`.
 * @param input - the curve, the target bonus (100 unless chosen) and the plan's cap.
 * @returns the chart.
 * @throws KpiError for a negative target bonus or cap.
 * @example bonusChart({ curve: { points: [0.8, 1], values: [0.5, 1] }, targetBonus: 100, cap: null }).marks
 *   // [{ x: 0, y: 0 }, { x: 0.8, y: 50 }, { x: 1, y: 100 }, { x: 1.5, y: 100 }]
 */
export function bonusChart(input: BonusChartInput): PayoutChart {
  const { curve, targetBonus, cap } = input;
  return chartOf("attainment", CHART_SPAN, curve.points, (x) => bonus(targetBonus, x, curve, { cap }));
}

/**
 * The amounts a tier table spans: 1.5 × quota, or 1.5 × the top bound without a quota (or 1.5 × `fallback` when
 * the only bound is 0, so a flat rate still gets an axis).
 * @param tiers - the tiers.
 * @param quota - the plan's quota, or null.
 * @param fallback - an amount to span otherwise (the worked example's), > 0.
 * @returns the end of the chart's x axis.
 */
export function commissionSpan(tiers: Tiers, quota: number | null, fallback: number): number {
  if (quota !== null && quota > 0) return CHART_SPAN * quota;
  const top = tiers.bounds[tiers.bounds.length - 1];
  return CHART_SPAN * (top > 0 ? top : fallback > 0 ? fallback : DEFAULT_TARGET_BONUS);
}

/**
 * Commission against amount, 0 to 1.5 × quota: `KPI.TIERED(amount, tiers, method, quota)`, at most the cap.
 * @param input - tiers, method, quota, cap.
 * @param fallback - the span's base when there is neither a quota nor a bound above 0.
 * @returns the chart.
 * @throws KpiError for a quota ≤ 0.
 * @example commissionChart({ tiers: { bounds: [0, 100], rates: [0.1, 0.2] }, method: "marginal", quota: null, cap: null }, 1).marks
 *   // [{ x: 0, y: 0 }, { x: 100, y: 10 }, { x: 150, y: 20 }]
 */
export function commissionChart(input: CommissionChartInput, fallback: number): PayoutChart {
  const { tiers, quota } = input;
  const xMax = commissionSpan(tiers, quota, fallback);
  const breaks = tiers.bounds.map((b) => (quota === null ? b : b * quota));
  return chartOf("amount", xMax, breaks, (x) => commissionOf(input, x));
}

/**
 * @param input - tiers, method, quota, cap.
 * @param amount - the credited amount.
 * @returns `KPI.TIERED(amount, tiers, method, quota)`, at most the cap (as the report pays it).
 */
export function commissionOf(input: CommissionChartInput, amount: number): number {
  const uncapped = tiered(amount, input.tiers, { method: input.method, quota: input.quota });
  return input.cap === null ? uncapped : Math.min(input.cap, uncapped);
}

/** The commission worked example: KPI.EXPLAIN's lines, and the payout after the plan's cap. */
export interface CommissionExample {
  lines: ExplainLine[];
  /** The Total line's commission (= KPI.TIERED). */
  total: number;
  /** The cap, when it lowers the payout; null otherwise. */
  cappedAt: number | null;
  payout: number;
}

/**
 * The tier-by-tier breakdown of one amount, as `KPI.EXPLAIN` shows it.
 * @param input - tiers, method, quota, cap.
 * @param amount - the amount, ≥ 0.
 * @returns the lines, total and payout.
 * @throws KpiError "num" for a negative amount (and as `explainTiered`).
 * @example commissionExample({ tiers: { bounds: [0, 150000, 250000], rates: [0.04, 0.06, 0.08] }, method: "marginal", quota: null, cap: null }, 165000).total
 *   // 6900
 */
export function commissionExample(input: CommissionChartInput, amount: number): CommissionExample {
  const lines = explainTiered(amount, input.tiers, { method: input.method, quota: input.quota });
  const total = lines[lines.length - 1].commission;
  const capped = input.cap !== null && total > input.cap;
  return {
    lines,
    total,
    cappedAt: capped ? input.cap : null,
    payout: capped ? (input.cap as number) : total,
  };
}

/** Where an attainment falls on the curve. */
export type CurveSegment =
  | { kind: "below"; first: ChartPoint }
  | { kind: "at"; at: ChartPoint }
  | { kind: "between"; from: ChartPoint; to: ChartPoint }
  | { kind: "above"; last: ChartPoint };

/** The bonus worked example, step by step as KPI.BONUS computes it. */
export interface BonusExample {
  attainment: number;
  segment: CurveSegment;
  /** CURVE(attainment, curve, "linear"): the share of the target bonus earned. */
  curveValue: number;
  targetBonus: number;
  /** targetBonus × curveValue, before gate and cap. */
  uncapped: number;
  /** False when the plan has a gate and the example assumes it failed (the bonus is then 0). */
  gatePassed: boolean;
  /** The cap, when it lowers the bonus; null otherwise. */
  cappedAt: number | null;
  payout: number;
}

/**
 * The bonus of one attainment, step by step: where it falls on the curve, the curve value, × target bonus, gate,
 * cap. The payout is `KPI.BONUS(targetBonus, attainment, curve, gate, , , cap)`.
 * @param curve - the payout curve.
 * @param attainment - 1 = 100%.
 * @param targetBonus - the bonus at 100% payout.
 * @param cap - the plan's cap, or null.
 * @param gatePassed - false to see the bonus when the plan's gate is not met.
 * @returns the steps.
 * @throws KpiError for a negative target bonus or cap.
 * @example bonusExample({ points: [0.9, 1], values: [0.5, 1] }, 0.95, 100, null, true).payout // 75
 */
export function bonusExample(
  curve: Curve,
  attainment: number,
  targetBonus: number,
  cap: number | null,
  gatePassed: boolean,
): BonusExample {
  const i = lastIndexAtOrBelow(curve.points, attainment);
  const pt = (j: number): ChartPoint => ({ x: curve.points[j], y: curve.values[j] });
  const last = curve.points.length - 1;
  const segment: CurveSegment =
    i < 0
      ? { kind: "below", first: pt(0) }
      : curve.points[i] === attainment
        ? { kind: "at", at: pt(i) }
        : i === last
          ? { kind: "above", last: pt(last) }
          : { kind: "between", from: pt(i), to: pt(i + 1) };
  const value = curveValue(attainment, curve, "linear");
  const uncapped = bonus(targetBonus, attainment, curve);
  const payout = bonus(targetBonus, attainment, curve, { gate: gatePassed, cap });
  return {
    attainment,
    segment,
    curveValue: value,
    targetBonus,
    uncapped,
    gatePassed,
    cappedAt: gatePassed && payout < uncapped ? cap : null,
    payout,
  };
}
