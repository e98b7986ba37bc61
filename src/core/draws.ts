/** KPI.DRAWS: guaranteed draws for new or ramping account managers, period by period. */
import { KpiError } from "./errors";
import { finiteResult, requireFinite, requireNonNegative, requireOption } from "./numeric";

/**
 * Pays a guaranteed draw period by period.
 * "nonrecoverable" (default): paid = max(earned, guarantee), no balance.
 * "recoverable": when earned < guarantee, paid = guarantee and the shortfall joins the balance; when
 * earned ≥ guarantee, recovery = min(balance, earned) and paid = earned − recovery.
 * Invariant (recoverable): after every period, Σ paid = Σ earned + balance, and the balance is never negative.
 * @param earned - earnings per period.
 * @param guarantee - the guarantee per period (same length), or a single value for every period; each ≥ 0.
 * @param type - "nonrecoverable" (default) or "recoverable".
 * @returns paid and balance-after, one entry per period.
 * @throws KpiError "value" when lengths differ or a value is not a number; "num" for a negative guarantee.
 * @example draws([600, 1300], [1000], "recoverable") // { paid: [1000, 900], balance: [400, 0] }
 */
export function draws(
  earned: ArrayLike<number>,
  guarantee: ArrayLike<number>,
  type?: "nonrecoverable" | "recoverable",
): { paid: number[]; balance: number[] } {
  const paid = new Float64Array(earned.length);
  const balance = new Float64Array(earned.length);
  drawsColumn(earned, guarantee, type, paid, balance);
  return { paid: Array.from(paid), balance: Array.from(balance) };
}

/**
 * {@link draws} into typed arrays (KPI.DRAWS over a whole column: no list grown per period).
 * @param earned - earnings per period.
 * @param guarantee - the guarantee per period (same length), or a single value for every period; each ≥ 0.
 * @param type - "nonrecoverable" (default) or "recoverable".
 * @param paid - receives what is paid, one entry per period (at least `earned.length` long).
 * @param balance - receives the balance after each period.
 * @throws as {@link draws}.
 */
export function drawsColumn(
  earned: ArrayLike<number>,
  guarantee: ArrayLike<number>,
  type: "nonrecoverable" | "recoverable" | undefined,
  paid: Float64Array,
  balance: Float64Array,
): void {
  if (guarantee.length !== 1 && guarantee.length !== earned.length) {
    throw new KpiError("value", "err.sizeMismatch", { a: earned.length, b: guarantee.length });
  }
  const kind = requireOption("type", type, ["nonrecoverable", "recoverable"] as const);
  const recoverable = kind === "recoverable";
  const one = guarantee.length === 1;
  let owed = 0;
  for (let i = 0; i < earned.length; i++) {
    const e = requireFinite("earned", earned[i]);
    const g = requireNonNegative("guarantee", one ? guarantee[0] : guarantee[i]);
    if (!recoverable) {
      paid[i] = Math.max(e, g);
    } else if (e < g) {
      paid[i] = g;
      owed = finiteResult(owed + (g - e));
    } else {
      const recovery = Math.min(owed, e);
      paid[i] = finiteResult(e - recovery);
      owed -= recovery;
    }
    balance[i] = owed;
  }
}
