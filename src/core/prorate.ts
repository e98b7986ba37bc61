/** KPI.PRORATE: the share of a period a person was in the role. */
import { daysInMonth, requireSerial, ymdFromSerial } from "./dates";
import { KpiError } from "./errors";
import { finiteResult, requireFinite, requireOption } from "./numeric";

/**
 * Length of [from, to] (whole-day serials, inclusive) in month units: each calendar month weighs 1 and a partly
 * covered month counts covered days / days in that month.
 */
function monthUnits(from: number, to: number): number {
  let units = 0;
  let day = from;
  while (day <= to) {
    const { y, m, d } = ymdFromSerial(day);
    const length = daysInMonth(y, m);
    const monthEnd = day - d + length;
    const last = Math.min(to, monthEnd);
    units += (last - day + 1) / length;
    day = last + 1;
  }
  return units;
}

/**
 * `value × covered / period`, where covered is the overlap of [start, end] with [periodStart, periodEnd].
 * Dates are Excel serials; the time of day is ignored and days are inclusive. A start after the end covers
 * nothing (0), as does an employment that does not meet the period.
 * @param value - the amount to prorate (any finite number).
 * @param start - first day in the role; null = the period start.
 * @param end - last day in the role; null = the period end.
 * @param periodStart - first day of the period.
 * @param periodEnd - last day of the period, ≥ periodStart.
 * @param basis - "days" (default): actual days; "months": every calendar month of the period weighs the same.
 * @returns the prorated value.
 * @throws KpiError "num" when periodEnd < periodStart or a date is outside Excel's range; "value" for non-numbers
 *   or an unknown basis.
 * @example prorate(1000, 46023, 46265, 46023, 46387) // 665.75… (243 of 365 days)
 * @example prorate(1000, 46023, 46265, 46023, 46387, "months") // 666.66… (8 of 12 months)
 */
export function prorate(
  value: number,
  start: number | null,
  end: number | null,
  periodStart: number,
  periodEnd: number,
  basis?: "days" | "months",
): number {
  const v = requireFinite("value", value);
  const ps = Math.floor(requireSerial("periodStart", periodStart));
  const pe = Math.floor(requireSerial("periodEnd", periodEnd));
  if (pe < ps)
    throw new KpiError("num", "err.order", { arg: "periodEnd", low: periodStart, high: periodEnd });
  const s = start == null ? ps : Math.floor(requireSerial("start", start));
  const e = end == null ? pe : Math.floor(requireSerial("end", end));
  const b = requireOption("basis", basis, ["days", "months"] as const);
  const from = Math.max(s, ps);
  const to = Math.min(e, pe);
  if (to < from) return 0;
  if (from === ps && to === pe) return v;
  const share = b === "days" ? (to - from + 1) / (pe - ps + 1) : monthUnits(from, to) / monthUnits(ps, pe);
  return finiteResult(v * share);
}
