/** KPI.NINEBOX: the performance × potential grid. */
import { KpiError } from "./errors";
import { requireFinite } from "./numeric";

function level(arg: string, x: number, cuts: readonly [number, number]): number {
  if (!Array.isArray(cuts) || cuts.length !== 2)
    throw new KpiError("value", "err.sizeMismatch", { a: 2, b: cuts?.length ?? 0 });
  const low = requireFinite(arg, cuts[0]);
  const high = requireFinite(arg, cuts[1]);
  if (low > high) throw new KpiError("num", "err.order", { arg, low, high });
  return x < low ? 1 : x < high ? 2 : 3;
}

/**
 * The nine-box cell: level 1 below the low cut, 2 from low up to high, 3 at or above high, per axis;
 * box = (potentialLevel − 1) × 3 + performanceLevel, so 1 = low/low … 9 = high/high.
 * @param performance - the performance score.
 * @param potential - the potential score.
 * @param performanceCuts - (low, high) with low ≤ high.
 * @param potentialCuts - (low, high); defaults to performanceCuts.
 * @returns 1–9.
 * @throws KpiError "num" when a low cut exceeds its high cut; "value" for non-numbers or not two cuts.
 * @example nineBox(85, 2, [70, 90], [2, 3]) // 5 (middle performance, middle potential)
 */
export function nineBox(
  performance: number,
  potential: number,
  performanceCuts: readonly [number, number],
  potentialCuts?: readonly [number, number],
): number {
  const perf = requireFinite("performance", performance);
  const pot = requireFinite("potential", potential);
  const perfLevel = level("performanceCuts", perf, performanceCuts);
  const potLevel =
    potentialCuts == null
      ? level("performanceCuts", pot, performanceCuts)
      : level("potentialCuts", pot, potentialCuts);
  return (potLevel - 1) * 3 + perfLevel;
}
