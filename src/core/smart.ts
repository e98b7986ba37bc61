/**
 * SMART checks of a goal, for the task pane's live checklist. Each letter gets ok / warn / fail and a message key
 * from the error catalogue (`smart.*`).
 *
 * Thresholds (documented so people can predict the checklist):
 * - Specific: blank → fail; shorter than 10 "width units" → warn, where a CJK character counts 2 and any other
 *   character 1 (so "提升存款" and "Grow AUM" warn, "提升对公存款" and "Grow deposits" pass).
 * - Achievable, compared with the last comparable actual (> 0): for "higher" KPIs a target more than 50% above
 *   it, or below it, warns; for "lower" KPIs a target above it, or more than 50% below it, warns.
 *   No target → fail; no usable last actual → ok (nothing to compare).
 * - Relevant: weight missing or ≤ 0 → fail, > 100% → fail; KPI not in the library → warn.
 * - Time-bound: both period and due missing → fail; one missing → warn; unreadable period → fail; due outside the
 *   period → warn.
 */
import type { MessageKey, MessageParams } from "../i18n";
import type { Direction } from "./direction";
import { parsePeriod, periodContains } from "./periods";

/** What the goal form knows about a goal. Fractions are fractions (weight 0.3 = 30%); due is a serial. */
export interface SmartInput {
  description: string;
  kpi: string | null;
  kpiInLibrary: boolean;
  unit: string | null;
  target: number | null;
  weight: number | null;
  period: string | null;
  due: number | null;
  lastActual: number | null;
  direction?: Direction;
}

/** The five letters. */
export type SmartLetter = "specific" | "measurable" | "achievable" | "relevant" | "timeBound";

/** The verdict for one letter. */
export interface SmartCheck {
  letter: SmartLetter;
  status: "ok" | "warn" | "fail";
  key: MessageKey;
  params: MessageParams;
}

/** Growth (or cut) beyond this share of the last actual is unusual. */
export const SMART_UNUSUAL_CHANGE = 0.5;
/** Descriptions narrower than this (CJK characters count 2) are too short. */
export const SMART_MIN_DESCRIPTION_WIDTH = 10;

function blank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === "";
}

function isNumber(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

function width(text: string): number {
  let w = 0;
  for (const ch of text.trim()) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}

function check(
  letter: SmartLetter,
  status: SmartCheck["status"],
  key: MessageKey,
  params: MessageParams = {},
): SmartCheck {
  return { letter, status, key, params };
}

function specific(goal: SmartInput): SmartCheck {
  if (blank(goal.description)) return check("specific", "fail", "smart.specific.missing");
  if (width(goal.description) < SMART_MIN_DESCRIPTION_WIDTH)
    return check("specific", "warn", "smart.specific.short");
  return check("specific", "ok", "smart.specific.ok");
}

function measurable(goal: SmartInput): SmartCheck {
  if (blank(goal.kpi)) return check("measurable", "fail", "smart.measurable.noKpi");
  if (!isNumber(goal.target)) return check("measurable", "fail", "smart.measurable.noTarget");
  if (!goal.kpiInLibrary)
    return check("measurable", "warn", "smart.measurable.notInLibrary", { kpi: (goal.kpi ?? "").trim() });
  if (blank(goal.unit)) return check("measurable", "warn", "smart.measurable.noUnit");
  return check("measurable", "ok", "smart.measurable.ok");
}

function achievable(goal: SmartInput): SmartCheck {
  if (!isNumber(goal.target)) return check("achievable", "fail", "smart.achievable.noTarget");
  const last = goal.lastActual;
  if (!isNumber(last) || last <= 0) return check("achievable", "ok", "smart.achievable.noHistory");
  const change = goal.target / last - 1;
  const pct = Math.round(Math.abs(change) * 100);
  if (goal.direction === "lower") {
    if (change > 0) return check("achievable", "warn", "smart.achievable.aboveLast", { last });
    if (-change > SMART_UNUSUAL_CHANGE)
      return check("achievable", "warn", "smart.achievable.steepCut", { pct, last });
  } else {
    if (change < 0) return check("achievable", "warn", "smart.achievable.belowLast", { last });
    if (change > SMART_UNUSUAL_CHANGE)
      return check("achievable", "warn", "smart.achievable.highGrowth", { pct, last });
  }
  return check("achievable", "ok", "smart.achievable.ok", { last });
}

function relevant(goal: SmartInput): SmartCheck {
  if (!isNumber(goal.weight) || goal.weight <= 0) return check("relevant", "fail", "smart.relevant.noWeight");
  if (goal.weight > 1)
    return check("relevant", "fail", "smart.relevant.overWeight", { pct: Math.round(goal.weight * 100) });
  if (blank(goal.kpi) || !goal.kpiInLibrary) return check("relevant", "warn", "smart.relevant.notInLibrary");
  return check("relevant", "ok", "smart.relevant.ok");
}

function timeBound(goal: SmartInput): SmartCheck {
  const hasPeriod = !blank(goal.period);
  const hasDue = isNumber(goal.due);
  if (!hasPeriod && !hasDue) return check("timeBound", "fail", "smart.timeBound.missing");
  if (!hasPeriod) return check("timeBound", "warn", "smart.timeBound.noPeriod");
  const text = (goal.period ?? "").trim();
  let period;
  try {
    period = parsePeriod(text);
  } catch {
    // An unreadable period is a checklist verdict here, not an error to raise.
    return check("timeBound", "fail", "smart.timeBound.badPeriod", { period: text });
  }
  if (!hasDue) return check("timeBound", "warn", "smart.timeBound.noDue");
  let inside: boolean;
  try {
    inside = periodContains(period, goal.due as number);
  } catch {
    inside = false;
  }
  if (!inside) return check("timeBound", "warn", "smart.timeBound.dueOutside", { period: period.text });
  return check("timeBound", "ok", "smart.timeBound.ok");
}

/**
 * Runs the SMART checklist on a goal (thresholds in the module notes).
 * @param goal - the goal as entered.
 * @returns five checks, in S, M, A, R, T order.
 * @example checkSmart({ description: "Grow deposits of key accounts", kpi: "Deposits", kpiInLibrary: true,
 *   unit: "CNY", target: 120, weight: 0.3, period: "2026-Q3", due: 46295, lastActual: 100 })
 *   .every((c) => c.status === "ok") // true
 */
export function checkSmart(goal: SmartInput): SmartCheck[] {
  return [specific(goal), measurable(goal), achievable(goal), relevant(goal), timeBound(goal)];
}
