/**
 * Bonus and commission of one person for the period.
 *
 * Which plans: Managers.Plan holds one PlanID or several (e.g. `BON-A, COM-1`, split by the model's planIdsOf); the person's
 * bonus plan is the first listed plan of Kind bonus whose From–To overlaps the period, and likewise for
 * commission. Plan amounts (TargetBonus, Quota, Cap) are amounts for the report period.
 *
 * Bonus = KPI.BONUS(TargetBonus, attainment, curve, gate, multiplier, proration, Cap) where
 * - attainment by Basis: score → composite ÷ 100; kpi → attainment of the person's goal on BasisKPI;
 *   deals → credited won amount ÷ Quota;
 * - gate: when GateKPI is set, the attainment of the person's goal on GateKPI must be ≥ GateMin; with no such
 *   goal (or no actual) the gate cannot be evaluated and the bonus is *held*: no amount, out of every total, and
 *   a high data problem naming the person, the plan and the KPI;
 * - multiplier: the BonusMultiplier of the person's rating (1 without a rating or a multiplier);
 * - proration: KPI.PRORATE by days of the period covered by employment (HireDate–LeaveDate) and the plan's
 *   validity (From–To).
 * Commission = KPI.TIERED(credited, tiers, Method, Quota), at most Cap, on won deals closed in the period (and the
 * plan's validity), credited by Deal.Credit; the deal lines behind it and KPI.NEXTTIER's distance come with it.
 *
 * Both are what was earned to date. Beside them, the projection to the period end: running totals (credited
 * sales, paced goal actuals) divided by the elapsed share of their window, read on the same curve or tiers (the
 * bonus of basis "score" reads the projected composite). Once the period is over the projection equals the amount.
 * A payout of 0 carries a `zeroReason` so that no statement shows a bare 0.
 */
import {
  bonus,
  curveValue,
  explainTiered,
  nextTier,
  overlapsDays,
  prorate,
  tiered,
  KpiError,
  type Period,
} from "../../core";
import { planIdsOf, type TableRows } from "../../model";
import type { CrmIndex, Window } from "../goals/scoring";
import { idOf, type CurveBook, type IssueLog } from "../input";
import type { BonusReport, CommissionReport } from "./types";
import type { GoalReport } from "../goals/types";
import type { Message } from "../types";

type Row<K extends keyof TableRows> = { row: TableRows[K]; n: number };

/**
 * @param plan - a plan row.
 * @param period - the report period.
 * @returns whether the plan's From–To overlaps the period.
 */
export function planOverlaps(plan: TableRows["Plans"], period: Period): boolean {
  return overlapsDays(plan.From, plan.To, period);
}

/**
 * @param plan - a Plans row.
 * @returns what a message calls the plan: its name, or its id when it has none (nothing else names it).
 */
export function planName(plan: Pick<TableRows["Plans"], "Name" | "PlanID">): string {
  return plan.Name?.trim() || plan.PlanID;
}

/**
 * The person's plans of each kind for the period; unknown plan ids are reported on the Managers row.
 * @param manager - the Managers row.
 * @param plans - plans by id.
 * @param period - the report period.
 * @param log - issue log.
 * @returns the bonus and commission plans (either may be null).
 */
export function plansOf(
  manager: Row<"Managers">,
  plans: Map<string, Row<"Plans">>,
  period: Period,
  log: IssueLog,
): { bonus: Row<"Plans"> | null; commission: Row<"Plans"> | null } {
  let bonusPlan: Row<"Plans"> | null = null;
  let commissionPlan: Row<"Plans"> | null = null;
  for (const id of planIdsOf(manager.row.Plan)) {
    const plan = plans.get(id);
    if (!plan) {
      log.add("Managers", manager.n, "Plan", "report.issue.planUnknown", { plan: id }, manager.row.ManagerID);
      continue;
    }
    if (!planOverlaps(plan.row, period)) continue;
    if (plan.row.Kind === "bonus" && !bonusPlan) bonusPlan = plan;
    if (plan.row.Kind === "commission" && !commissionPlan) commissionPlan = plan;
  }
  return { bonus: bonusPlan, commission: commissionPlan };
}

/**
 * The days of the period the person was in the plan: employment ∩ plan validity ∩ period.
 * @param manager - the Managers row.
 * @param plan - the plan row.
 * @param period - the report period.
 * @returns the window (start > end when there is no overlap).
 */
export function coverage(manager: TableRows["Managers"], plan: TableRows["Plans"], period: Period): Window {
  const start = Math.max(period.start, manager.HireDate ?? -Infinity, plan.From ?? -Infinity);
  const end = Math.min(period.end, manager.LeaveDate ?? Infinity, plan.To ?? Infinity);
  return { start: Math.floor(start), end: Math.floor(end) };
}

/** First goal on a KPI that has an attainment (or the first on that KPI). */
function goalOn(goals: readonly GoalReport[], kpi: string): GoalReport | null {
  const on = goals.filter((g) => g.kpi === kpi);
  return on.find((g) => g.attainment !== null) ?? on[0] ?? null;
}

/** Everything the bonus needs besides the plan. */
export interface BonusContext {
  manager: Row<"Managers">;
  period: Period;
  /** The report date: deals after it do not count yet. */
  asOf: number;
  goals: readonly GoalReport[];
  composite: number | null;
  /** The composite the person is heading for (the rating's basis); the projected bonus reads the curve at it. */
  projectedComposite: number | null;
  rating: string | null;
  multiplier: number;
  crm: CrmIndex;
  curves: CurveBook;
  log: IssueLog;
  /** A KPI's name in the library by its code (the code when the library has none): what messages print. */
  kpiName: (code: string) => string;
}

/**
 * The share of a window elapsed by the report date: 1 once the window is over (or empty), 0 before it starts.
 * Running totals to date are divided by it to project them to the window's end.
 */
function elapsedIn(window: Window, asOf: number): number {
  const days = window.end - window.start + 1;
  if (days <= 0) return 1;
  return Math.min(1, Math.max(0, (Math.min(asOf, window.end) - window.start + 1) / days));
}

/** The days of a window, and those elapsed by the report date (0 before it starts, all once it is over). */
function daysIn(window: Window, asOf: number): { elapsed: number; total: number } {
  const total = Math.max(0, window.end - window.start + 1);
  return { total, elapsed: Math.min(total, Math.max(0, Math.min(asOf, window.end) - window.start + 1)) };
}

/** A running total projected to its window's end; null when nothing of the window has elapsed yet. */
function project(toDate: number, share: number): number | null {
  return share >= 1 ? toDate : share > 0 ? toDate / share : null;
}

/**
 * Computes a bonus step by step, to date and projected to the period end.
 * @param plan - the bonus plan row.
 * @param ctx - person, goals, composite, rating, indexes.
 * @returns the bonus report; `amount` is null (with `error`) when it cannot be computed, and null with `held`
 *   when the gate cannot be evaluated.
 */
export function computeBonus(plan: Row<"Plans">, ctx: BonusContext): BonusReport {
  const { manager, period, log } = ctx;
  const p = plan.row;
  const person = manager.row.ManagerID;
  const window = coverage(manager.row, p, period);
  const periodDays = period.end - period.start + 1;
  const midPeriod = ctx.asOf < period.end;
  const report: BonusReport = {
    planId: p.PlanID,
    planName: p.Name,
    basis: p.Basis ?? "score",
    basisKpi: idOf(p.BasisKPI),
    basisGoal: null,
    curve: idOf(p.Curve) ?? "",
    targetBonus: manager.row.TargetBonus,
    attainment: null,
    curveValue: null,
    gate: null,
    rating: ctx.rating,
    multiplier: ctx.multiplier,
    proration: prorate(1, window.start, window.end, period.start, period.end, "days"),
    coveredDays: Math.max(0, window.end - window.start + 1),
    coveredFrom: window.start,
    coveredTo: window.end,
    periodDays,
    cap: p.Cap,
    uncapped: null,
    amount: null,
    error: null,
    quota: p.Quota,
    held: false,
    ungated: null,
    ungatedProjected: null,
    zeroReason: null,
    projectedAttainment: null,
    projected: null,
  };
  const fail = (error: Message): BonusReport => ({ ...report, error });

  if (manager.row.TargetBonus === null) {
    log.add("Managers", manager.n, "TargetBonus", "report.issue.noTargetBonus", {}, person);
    return fail({ key: "report.payout.noTargetBonus", params: {} });
  }
  // Attainment by basis, to date and projected.
  if (report.basis === "score") {
    if (ctx.composite === null) return fail({ key: "report.payout.noComposite", params: {} });
    report.attainment = ctx.composite / 100;
    report.projectedAttainment = ctx.projectedComposite === null ? null : ctx.projectedComposite / 100;
  } else if (report.basis === "kpi") {
    if (report.basisKpi === null) {
      log.add("Plans", plan.n, "BasisKPI", "report.issue.planParam", { plan: planName(p) });
      return fail({ key: "report.payout.planIncomplete", params: { plan: planName(p) } });
    }
    const goal = goalOn(ctx.goals, report.basisKpi);
    if (!goal || goal.attainment === null) {
      return fail({ key: "report.payout.noBasisGoal", params: { kpi: ctx.kpiName(report.basisKpi) } });
    }
    report.attainment = goal.attainment;
    report.projectedAttainment = goal.projectedAttainment;
    report.basisGoal = goal.goalId;
  } else {
    if (p.Quota === null || p.Quota <= 0) {
      log.add("Plans", plan.n, "Quota", "report.issue.planParam", { plan: planName(p) });
      return fail({ key: "report.payout.planIncomplete", params: { plan: planName(p) } });
    }
    const toDate = { start: window.start, end: Math.min(window.end, ctx.asOf) };
    const credited = ctx.crm.totals(person, toDate).amount;
    report.attainment = credited / p.Quota;
    const projected = project(credited, elapsedIn(window, ctx.asOf));
    report.projectedAttainment = projected === null ? null : projected / p.Quota;
  }
  // Curve.
  if (report.curve === "") {
    log.add("Plans", plan.n, "Curve", "report.issue.planParam", { plan: planName(p) });
    return fail({ key: "report.payout.planIncomplete", params: { plan: planName(p) } });
  }
  const curve = ctx.curves.curve(report.curve, "Plans", plan.n, "Curve");
  if (!curve) return fail({ key: "report.payout.planIncomplete", params: { plan: planName(p) } });
  // Gate.
  const gateKpi = idOf(p.GateKPI);
  let projectedGate: boolean | null = null;
  if (gateKpi !== null) {
    if (p.GateMin === null) {
      log.add("Plans", plan.n, "GateMin", "report.issue.planParam", { plan: planName(p) });
      return fail({ key: "report.payout.planIncomplete", params: { plan: planName(p) } });
    }
    const goal = goalOn(ctx.goals, gateKpi);
    const att = goal?.attainment ?? null;
    report.gate = {
      kpi: gateKpi,
      kpiName: ctx.kpiName(gateKpi),
      goalId: goal?.goalId ?? null,
      min: p.GateMin,
      attainment: att,
      passed: att !== null && att >= p.GateMin,
    };
    // Without a goal (or an actual) on the gate KPI the gate cannot be evaluated: paying 0 would be a silent
    // judgement on missing data, so the bonus is held and the gap is a high data problem naming the person,
    // the plan and the KPI — by their names (the flag's place, the Plans row, leads to the plan's id).
    report.held = att === null;
    if (report.held) {
      log.add(
        "Plans",
        plan.n,
        "GateKPI",
        "report.issue.gateNoGoal",
        {
          name: manager.row.Name,
          person,
          plan: planName(p),
          kpi: report.gate.kpiName,
          goal: goal?.goalId ?? "—",
        },
        person,
      );
    }
    const projectedAtt = goal?.projectedAttainment ?? null;
    projectedGate = projectedAtt !== null && projectedAtt >= p.GateMin;
  }
  try {
    report.curveValue = curveValue(report.attainment, curve, "linear");
    const opts = { multiplier: report.multiplier, proration: report.proration };
    report.ungated = bonus(manager.row.TargetBonus, report.attainment, curve, { ...opts, cap: p.Cap });
    if (report.projectedAttainment !== null) {
      report.ungatedProjected = bonus(manager.row.TargetBonus, report.projectedAttainment, curve, {
        ...opts,
        cap: p.Cap,
      });
    }
    if (report.held) return report;
    const gate = report.gate ? report.gate.passed : null;
    report.uncapped = bonus(manager.row.TargetBonus, report.attainment, curve, { ...opts, gate });
    report.amount = bonus(manager.row.TargetBonus, report.attainment, curve, { ...opts, gate, cap: p.Cap });
    if (report.projectedAttainment !== null) {
      report.projected = bonus(manager.row.TargetBonus, report.projectedAttainment, curve, {
        ...opts,
        gate: report.gate ? projectedGate : null,
        cap: p.Cap,
      });
    }
  } catch (error) {
    if (!(error instanceof KpiError)) throw error;
    return fail({ key: error.key, params: error.params });
  }
  if (report.amount === 0) {
    report.zeroReason =
      report.proration === 0
        ? "proratedZero"
        : report.gate && !report.gate.passed
          ? "gateNotMet"
          : manager.row.TargetBonus === 0
            ? "zeroTarget"
            : report.multiplier === 0
              ? "zeroMultiplier"
              : p.Cap === 0
                ? "zeroCap"
                : midPeriod
                  ? "notYetEarned"
                  : "belowThreshold";
  }
  return report;
}

/**
 * Computes a commission tier by tier.
 * @param plan - the commission plan row.
 * @param manager - the person's Managers row.
 * @param period - the report period.
 * @param asOf - the report date: deals closed after it do not count yet.
 * @param crm - CRM index.
 * @param curves - the curve book (tier tables live in Curves).
 * @param log - issue log.
 * @returns the commission report; `amount` is null (with `error`) when it cannot be computed.
 */
export function computeCommission(
  plan: Row<"Plans">,
  manager: Row<"Managers">,
  period: Period,
  asOf: number,
  crm: CrmIndex,
  curves: CurveBook,
  log: IssueLog,
): CommissionReport {
  const p = plan.row;
  // Deals count from the plan's first valid day to its last within the period (not clipped to employment: a
  // deal credited to a person was closed while they held the account).
  const window = {
    start: Math.max(period.start, p.From ?? -Infinity),
    end: Math.min(period.end, p.To ?? Infinity, asOf),
  };
  const totals = crm.totals(manager.row.ManagerID, window);
  const full = { start: window.start, end: Math.min(period.end, p.To ?? Infinity) };
  const projectedCredited = project(totals.amount, elapsedIn(full, asOf));
  const report: CommissionReport = {
    planId: p.PlanID,
    planName: p.Name,
    method: p.Method ?? "marginal",
    tiers: idOf(p.Curve) ?? "",
    quota: p.Quota,
    cap: p.Cap,
    credited: totals.amount,
    deals: totals.wonRows,
    lines: [],
    uncapped: null,
    amount: null,
    error: null,
    dealLines: crm.dealLines(manager.row.ManagerID, window),
    nextTier: null,
    topTier: false,
    zeroReason: null,
    projectedCredited,
    projectionDays: daysIn(full, asOf),
    projected: null,
  };
  const incomplete = { key: "report.payout.planIncomplete", params: { plan: planName(p) } } as const;
  if (report.tiers === "") {
    log.add("Plans", plan.n, "Curve", "report.issue.planParam", { plan: planName(p) });
    return { ...report, error: incomplete };
  }
  const tiers = curves.tierTable(report.tiers, "Plans", plan.n, "Curve");
  if (!tiers) return { ...report, error: incomplete };
  try {
    const opts = { method: report.method, quota: p.Quota };
    report.lines = explainTiered(report.credited, tiers, opts);
    report.uncapped = tiered(report.credited, tiers, opts);
    report.amount = p.Cap === null ? report.uncapped : Math.min(p.Cap, report.uncapped);
    if (projectedCredited !== null) {
      const projected = tiered(projectedCredited, tiers, opts);
      report.projected = p.Cap === null ? projected : Math.min(p.Cap, projected);
    }
    try {
      report.nextTier = nextTier(report.credited, tiers, p.Quota);
    } catch (error) {
      // KPI.NEXTTIER's #N/A: already in the top tier, nothing further to reach.
      if (!(error instanceof KpiError) || error.kind !== "na") throw error;
      report.topTier = true;
    }
  } catch (error) {
    if (!(error instanceof KpiError)) throw error;
    if (error.params.arg === "quota") log.fromError("Plans", plan.n, "Quota", error);
    return {
      ...report,
      lines: [],
      uncapped: null,
      projected: null,
      nextTier: null,
      error: { key: error.key, params: error.params },
    };
  }
  if (report.amount === 0) {
    const midPeriod = asOf < period.end;
    report.zeroReason =
      p.Cap === 0
        ? "zeroCap"
        : midPeriod
          ? "notYetEarned"
          : report.credited === 0
            ? "noDeals"
            : "belowThreshold";
  }
  return report;
}
