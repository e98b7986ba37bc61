/** KPI.ATTAINMENT: how much of the target was reached. */
import { KpiError } from "./errors";
import { toDirection, type Direction } from "./direction";
import { finiteResult, requireFinite } from "./numeric";

/**
 * Attainment as a fraction (1 = 100%).
 * "higher": `actual / target`. "lower" (less is better): `2 − actual / target`, never below 0.
 * @param actual - the result achieved.
 * @param target - the target, > 0.
 * @param direction - "higher" (default) or "lower".
 * @returns the attainment fraction.
 * @throws KpiError "div0" when target = 0; "num" when target < 0; "value" for a non-number or unknown direction.
 * @example attainment(80, 100) // 0.8
 * @example attainment(3, 5, "lower") // 1.4
 */
export function attainment(actual: number, target: number, direction?: Direction): number {
  const a = requireFinite("actual", actual);
  const t = requireFinite("target", target);
  const dir = toDirection(direction);
  if (t === 0) throw new KpiError("div0", "err.zero", { arg: "target" });
  if (t < 0) throw new KpiError("num", "err.notPositive", { arg: "target", value: t });
  const ratio = a / t;
  return finiteResult(dir === "higher" ? ratio : Math.max(0, 2 - ratio));
}
