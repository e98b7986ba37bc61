/** KPI.BONUS: target bonus × payout curve × multiplier × proration, capped. */
import { curveValue, type Curve } from "./curve";
import { finiteResult, requireFinite, requireNonNegative } from "./numeric";

/** Options of {@link bonus}. */
export interface BonusOptions {
  /** TRUE / FALSE or a number (0 fails). A failed gate pays 0. null/undefined: no gate. */
  gate?: boolean | number | null;
  /** Individual or company multiplier, ≥ 0 (default 1). */
  multiplier?: number;
  /** Share of the period in the role, ≥ 0 (default 1), e.g. from {@link prorate}. */
  proration?: number;
  /** Highest payout as an amount, ≥ 0 (default: none). */
  cap?: number | null;
}

/**
 * The bonus: `targetBonus × CURVE(attainment, curve, "linear") × multiplier × proration`, then at most `cap`.
 * @param targetBonus - the bonus at 100% payout, ≥ 0.
 * @param attainment - the attainment fraction read on the curve.
 * @param curve - the payout curve.
 * @param opts - gate, multiplier, proration, cap.
 * @returns the bonus amount.
 * @throws KpiError "num" when targetBonus, multiplier, proration or cap is negative; "value" for non-numbers.
 * @example
 * const curve = { points: [0, 1, 1.3], values: [0, 1, 1.45] };
 * bonus(100000, 1.3, curve) // 145000
 */
export function bonus(
  targetBonus: number,
  attainment: number,
  curve: Curve,
  opts: BonusOptions = {},
): number {
  const base = requireNonNegative("targetBonus", targetBonus);
  const multiplier = opts.multiplier == null ? 1 : requireNonNegative("multiplier", opts.multiplier);
  const proration = opts.proration == null ? 1 : requireNonNegative("proration", opts.proration);
  const cap = opts.cap == null ? Infinity : requireNonNegative("cap", opts.cap);
  const payout = curveValue(attainment, curve, "linear");
  const gate = opts.gate;
  if (gate === false || (typeof gate === "number" && requireFinite("gate", gate) === 0)) return 0;
  return finiteResult(Math.min(cap, base * payout * multiplier * proration));
}
