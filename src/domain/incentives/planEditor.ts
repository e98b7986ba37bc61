/**
 * The plan editor's decisions as plain data, beside the draft checks of planForm.ts: which KPIs and curves to
 * offer, what a changed field does to the rest of the draft, the hint under the curve field, the live chart and
 * worked example of the draft, and the plan and points a valid draft saves. The editor screen keeps only React and
 * view state and calls these. Pure.
 */
import { formatNumber } from "../../format";
import { KpiError } from "../../core";
import type { MessageKey, MessageParams } from "../../i18n";
import type { CurveRow, PlanRow } from "../../model";
import {
  bonusChart,
  bonusExample,
  CHART_SPAN,
  commissionChart,
  commissionExample,
  commissionSpan,
  DEFAULT_TARGET_BONUS,
  type BonusExample,
  type CommissionChartInput,
  type CommissionExample,
  type PayoutChart,
} from "./payout";
import {
  curveRowsOf,
  parseNumberText,
  type Checked,
  type CheckedPoints,
  type CurveUse,
  type PlanContext,
  type PlanDraft,
  type PlanField,
} from "./planForm";

/**
 * @param text - a number as typed.
 * @returns the non-negative number, or null when blank, not a number or negative.
 * @example amountOf("1,000") // 1000
 */
export function amountOf(text: string): number | null {
  const n = parseNumberText(text);
  return n === null || Number.isNaN(n) || n < 0 ? null : n;
}

/** What the editor offers: KPI codes of the library and the curves already in the workbook. */
export interface PlanChoices {
  /** KPI codes, in library order. */
  kpis: string[];
  /** Distinct curve ids, sorted. */
  curveIds: string[];
}

/**
 * @param tables - the KPIs and Curves rows.
 * @returns the KPI codes and the curve ids to offer (blank ones left out).
 */
export function planChoices(tables: {
  KPIs: readonly { KPI: string }[];
  Curves: readonly CurveRow[];
}): PlanChoices {
  return {
    kpis: tables.KPIs.map((k) => k.KPI.trim()).filter((k) => k !== ""),
    curveIds: [...new Set(tables.Curves.map((c) => c.Curve.trim()).filter((c) => c !== ""))].sort(),
  };
}

/**
 * @param isNew - true for a new plan.
 * @param plans - every Plans row.
 * @param kpis - the KPI codes of the library.
 * @returns what {@link checkPlan} needs besides the draft.
 */
export function planContext(isNew: boolean, plans: readonly PlanRow[], kpis: readonly string[]): PlanContext {
  return { isNew, existingIds: new Set(plans.map((p) => p.PlanID.trim())), kpis: new Set(kpis) };
}

/**
 * One field of the draft changed. A commission is paid on deals: switching a score-based draft to commission moves
 * its basis along.
 * @param draft - the draft.
 * @param field - the field typed in.
 * @param value - its new value.
 * @returns the next draft.
 * @example withPlanField({ ...draft, basis: "score" }, "kind", "commission").basis // "deals"
 */
export function withPlanField<F extends PlanField>(
  draft: PlanDraft,
  field: F,
  value: PlanDraft[F],
): PlanDraft {
  const next = { ...draft, [field]: value };
  if (field === "kind" && value === "commission" && draft.basis === "score") next.basis = "deals";
  return next;
}

/** A message key with its parameters. */
export interface PlanHint {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * The hint under the curve field: who else reads the curve (saving replaces its points for them too), or that a
 * curve of that name will be created.
 * @param curve - the curve id as typed.
 * @param users - {@link curveUsers} of it.
 * @param curveIds - the curves in the workbook.
 * @returns the hint, or null.
 */
export function curveHint(curve: string, users: CurveUse, curveIds: readonly string[]): PlanHint | null {
  if (users.plans.length + users.kpis.length > 0) {
    return {
      key: "incentives.hint.curveShared",
      params: { users: [...users.plans, ...users.kpis].join(", ") },
    };
  }
  if (curve.trim() !== "" && !curveIds.includes(curve.trim())) return { key: "incentives.hint.curveNew" };
  return null;
}

/** What the preview reads besides the draft and its checked grid. */
export interface PreviewInput {
  draft: PlanDraft;
  grid: CheckedPoints;
  /** The chart's target bonus as typed (bonus plans). */
  targetText: string;
  /** The worked example's attainment (%, bonus) or amount (commission) as typed, or null for the default. */
  exampleText: string | null;
  /** Whether the example's gate is met (a plan without a gate KPI always passes). */
  gateMet: boolean;
}

/** The draft's chart and worked example. */
export interface PlanPreview {
  /** The quota as typed (null when blank or not a non-negative number). */
  quota: number | null;
  /** The example's text: as typed, or 80% of the chart's span (120% attainment, 1.2 × quota). */
  example: string;
  /** Why the example cannot be read, or null. */
  exampleError: MessageKey | null;
  chart: PayoutChart | null;
  bonus: BonusExample | null;
  commission: CommissionExample | null;
  /** The core's refusal of the settings (a negative target bonus, say), or null. */
  error: KpiError | null;
}

/**
 * The chart and worked example of a draft: a few dozen core calls, cheap enough to follow every keystroke.
 * @param input - the draft, its checked grid and the preview's own fields.
 * @returns the chart and example, or why there are none.
 * @throws what core throws other than a KpiError (a bug).
 */
export function planPreview(input: PreviewInput): PlanPreview {
  const { draft, grid } = input;
  const quota = amountOf(draft.quota);
  const cap = amountOf(draft.cap);
  // A quota of 0 is refused on save; until then the preview reads the tiers as amounts.
  const settings: CommissionChartInput | null = grid.tiers
    ? { tiers: grid.tiers, method: draft.method, quota: quota === 0 ? null : quota, cap }
    : null;
  const targetBonus = amountOf(input.targetText) ?? DEFAULT_TARGET_BONUS;
  const span = settings ? commissionSpan(settings.tiers, settings.quota, 0) : CHART_SPAN;
  const example =
    input.exampleText ??
    (draft.kind === "bonus" ? formatNumber(CHART_SPAN * 80, 0) : String(Math.round(span * 0.8)));
  const value = amountOf(example);
  const parsed = parseNumberText(example);
  const exampleError: MessageKey | null =
    value !== null
      ? null
      : parsed === null
        ? "incentives.err.required"
        : Number.isNaN(parsed)
          ? "incentives.err.notNumber"
          : "incentives.err.negative";
  const none = { chart: null, bonus: null, commission: null, error: null };
  const base = { quota, example, exampleError };
  try {
    if (draft.kind === "bonus" && grid.curve) {
      const gatePassed = input.gateMet || draft.gateKpi.trim() === "";
      return {
        ...base,
        ...none,
        chart: bonusChart({ curve: grid.curve, targetBonus, cap }),
        bonus: value === null ? null : bonusExample(grid.curve, value / 100, targetBonus, cap, gatePassed),
      };
    }
    if (draft.kind === "commission" && settings) {
      return {
        ...base,
        ...none,
        chart: commissionChart(settings, value ?? 0),
        commission: value === null ? null : commissionExample(settings, value),
      };
    }
  } catch (error) {
    if (!(error instanceof KpiError)) throw error;
    return { ...base, ...none, error };
  }
  return { ...base, ...none };
}

/** What a save writes: the Plans row and its curve's Curves rows. */
export interface PlanToSave {
  plan: PlanRow;
  points: CurveRow[];
}

/**
 * @param checked - {@link checkPlan} of the draft.
 * @param grid - {@link checkPoints} of the grid.
 * @returns the plan and points to write, or null while the draft or the grid has a problem.
 */
export function planToSave(checked: Checked<PlanRow, PlanField>, grid: CheckedPoints): PlanToSave | null {
  if (!checked.ok || grid.issues.length > 0) return null;
  return { plan: checked.row, points: curveRowsOf(checked.row.Curve ?? "", grid.rows) };
}
