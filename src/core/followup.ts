/**
 * Satisfaction follow-up: which pulse results are low, and which kinds of action to suggest for them.
 *
 * Decisions:
 * - Low means eNPS below 0 (more detractors than promoters) or favourability below 60% — the same lines at which
 *   the period report flags a low pulse. Serious means eNPS at or below −30 or favourability below 40%.
 * - Suggested categories come first from the question's own words (English and Chinese keywords: a question about
 *   workload suggests workload first), then from the kind: wellbeing → workload, environment; satisfaction →
 *   recognition, development; eNPS → environment, recognition, development. Each category appears once.
 * - Only a result that is shown (at or above the anonymity threshold) may be followed up: callers pass shown
 *   values only, so a suggestion never reveals that a hidden group scored low.
 */
import { requireFinite } from "./numeric";
import type { PulseKind } from "./anonymity";

/** Kinds of follow-up action. */
export type FollowUpCategory = "workload" | "recognition" | "development" | "environment";

/** Every category, in display order. */
export const FOLLOW_UP_CATEGORIES: readonly FollowUpCategory[] = [
  "workload",
  "recognition",
  "development",
  "environment",
];

/** Lines below which a pulse result is low, and at which it is serious. */
export const LOW_PULSE = {
  /** eNPS below this is low. */
  enps: 0,
  /** eNPS at or below this is serious. */
  enpsSerious: -30,
  /** Favourability below this is low. */
  favorable: 0.6,
  /** Favourability below this is serious. */
  favorableSerious: 0.4,
} as const;

/** How low a result is. */
export type PulseLevel = "ok" | "low" | "serious";

/**
 * @param kind - the survey kind.
 * @param value - eNPS (−100…100) for `enps`, favourability (0…1) otherwise.
 * @returns whether the result is fine, low or serious.
 * @throws KpiError "value" when the value is not a finite number.
 * @example pulseLevel("satisfaction", 0.5) // "low"
 */
export function pulseLevel(kind: PulseKind, value: number): PulseLevel {
  const v = requireFinite("value", value);
  if (kind === "enps") return v <= LOW_PULSE.enpsSerious ? "serious" : v < LOW_PULSE.enps ? "low" : "ok";
  return v < LOW_PULSE.favorableSerious ? "serious" : v < LOW_PULSE.favorable ? "low" : "ok";
}

// Lower-case word stems of each category, English and Chinese.
const KEYWORDS: Record<FollowUpCategory, readonly string[]> = {
  workload: [
    "workload",
    "overtime",
    "hours",
    "pressure",
    "stress",
    "busy",
    "balance",
    "工作量",
    "加班",
    "压力",
    "负荷",
    "平衡",
    "忙",
  ],
  recognition: ["recogni", "apprecia", "valued", "reward", "praise", "认可", "表彰", "奖励", "肯定", "重视"],
  development: [
    "develop",
    "growth",
    "career",
    "learn",
    "training",
    "promot",
    "skill",
    "发展",
    "成长",
    "晋升",
    "培训",
    "学习",
    "职业",
  ],
  environment: [
    "environment",
    "team",
    "tool",
    "manager",
    "culture",
    "support",
    "office",
    "环境",
    "团队",
    "氛围",
    "工具",
    "支持",
    "文化",
  ],
};

const BY_KIND: Record<PulseKind, readonly FollowUpCategory[]> = {
  wellbeing: ["workload", "environment"],
  satisfaction: ["recognition", "development"],
  enps: ["environment", "recognition", "development"],
};

/**
 * Suggested action categories for a result.
 * @param kind - the survey kind.
 * @param value - the shown result (eNPS or favourability).
 * @param question - the question asked, if any (its words steer the suggestions).
 * @returns the categories, most relevant first; empty when the result is not low.
 * @throws KpiError "value" when the value is not a finite number.
 * @example followUpCategories("wellbeing", 0.3, "My workload is manageable.") // ["workload", "environment"]
 */
export function followUpCategories(
  kind: PulseKind,
  value: number,
  question?: string | null,
): FollowUpCategory[] {
  if (pulseLevel(kind, value) === "ok") return [];
  const text = (question ?? "").toLowerCase();
  const fromWords = FOLLOW_UP_CATEGORIES.filter((c) => KEYWORDS[c].some((word) => text.includes(word)));
  return [...new Set([...fromWords, ...BY_KIND[kind]])];
}
