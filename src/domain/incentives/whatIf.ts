/**
 * What a plan costs for the team on it: the payouts the report computes for the period (attainment and credited
 * amounts to date, gate, rating multiplier, proration, cap — the period picture's `buildPeriod`, never re-derived
 * here), and the same payouts with every basis attainment (bonus) or credited amount (commission) scaled by −10%
 * and +10%. The plan as edited is put in place of the saved one (and its curve's points in place of the saved
 * points), so the figures follow the editor before anything is saved. Pure.
 */
import { bonus, makeCurve, makeTiers, parsePeriod, type Curve, type Tiers } from "../../core";
import type { Locale } from "../../i18n";
import { planIdsOf, readSettings, type CurveRow, type PlanRow } from "../../model";
import { planOverlaps } from "./incentives";
import type { ReportTables } from "../input";
import { buildPeriod } from "../period";
import { inTeam } from "../teams";
import { commissionOf } from "./payout";

/** The scenarios: attainment (or credited amounts) −10%, as now, +10%. */
export const WHAT_IF_FACTORS = [0.9, 1, 1.1] as const;

/** One scenario's cost. */
export interface ScenarioCost {
  factor: (typeof WHAT_IF_FACTORS)[number];
  total: number;
}

/** The cost of a plan for the team on it. */
export interface PlanCost {
  /** False when the plan's From–To does not overlap the period (nobody is paid by it then). */
  inEffect: boolean;
  /** People of the team whose payout of this kind comes from this plan in the period. */
  people: number;
  /** Of those, people whose payout could not be computed (no target bonus, no score, …): left out of the totals. */
  notComputed: number;
  /** −10%, now, +10%. */
  scenarios: ScenarioCost[];
}

/** What {@link planCost} needs. */
export interface PlanCostInput {
  tables: ReportTables;
  /** The plan as edited (a valid Plans row). */
  plan: PlanRow;
  /** Its curve's points as edited (valid Curves rows of `plan.Curve`). */
  points: readonly CurveRow[];
  period: string;
  /** Team filter value (see `inTeam`). */
  team: string;
  asOf: number;
  locale: Locale;
}

/**
 * The cost of a plan now and at ±10%.
 * @param input - tables, the edited plan and points, period, team, report date, language.
 * @returns the cost per scenario; the "now" total equals the report's payouts for the same people.
 * @throws KpiError for a period that cannot be read.
 * @example planCost({ tables, plan, points, period: "2026-Q3", team: "", asOf: 46249, locale: "en-US" }).scenarios
 *   // [{ factor: 0.9, total: … }, { factor: 1, total: … }, { factor: 1.1, total: … }]
 */
export function planCost(input: PlanCostInput): PlanCost {
  const { tables, plan, points } = input;
  const empty = (inEffect: boolean): PlanCost => ({
    inEffect,
    people: 0,
    notComputed: 0,
    scenarios: WHAT_IF_FACTORS.map((factor) => ({ factor, total: 0 })),
  });
  const period = parsePeriod(input.period, readSettings(tables.Settings).settings.fiscalYearStart);
  if (!planOverlaps(plan, period)) return empty(false);
  // Only the people on the plan: the report of a few people is quick enough to follow every keystroke.
  const managers = tables.Managers.filter(
    (m) => planIdsOf(m.Plan).includes(plan.PlanID) && inTeam(m.Team, input.team),
  );
  if (managers.length === 0) return empty(true);
  const curveId = plan.Curve?.trim() ?? "";
  const report = buildPeriod({
    tables: {
      ...tables,
      Managers: managers,
      Plans: [plan, ...tables.Plans.filter((p) => p.PlanID.trim() !== plan.PlanID)],
      Curves: [...tables.Curves.filter((c) => c.Curve.trim() !== curveId), ...points],
    },
    period: input.period,
    asOf: input.asOf,
    locale: input.locale,
  });
  const table = points.map((p, i) => ({ row: i + 1, key: p.Point, value: p.Value }));
  const sorted = [...table].sort((a, b) => a.key - b.key);
  const totals = WHAT_IF_FACTORS.map(() => 0);
  let people = 0;
  let notComputed = 0;
  if (plan.Kind === "bonus") {
    const curve: Curve = makeCurve(sorted);
    for (const person of report.people) {
      const b = person.bonus;
      if (!b || b.planId !== plan.PlanID) continue;
      people++;
      if (b.amount === null || b.attainment === null || b.targetBonus === null) {
        notComputed++;
        continue;
      }
      const opts = {
        gate: b.gate ? b.gate.passed : null,
        multiplier: b.multiplier,
        proration: b.proration,
        cap: b.cap,
      };
      WHAT_IF_FACTORS.forEach((f, i) => {
        totals[i] +=
          f === 1
            ? (b.amount as number)
            : bonus(b.targetBonus as number, (b.attainment as number) * f, curve, opts);
      });
    }
  } else {
    const tiers: Tiers = makeTiers(sorted);
    for (const person of report.people) {
      const c = person.commission;
      if (!c || c.planId !== plan.PlanID) continue;
      people++;
      if (c.amount === null) {
        notComputed++;
        continue;
      }
      const settings = { tiers, method: c.method, quota: c.quota, cap: c.cap };
      WHAT_IF_FACTORS.forEach((f, i) => {
        totals[i] += f === 1 ? (c.amount as number) : commissionOf(settings, c.credited * f);
      });
    }
  }
  return {
    inEffect: true,
    people,
    notComputed,
    scenarios: WHAT_IF_FACTORS.map((factor, i) => ({ factor, total: totals[i] })),
  };
}
