/**
 * Excel serial dates (1900 date system): whole days since 1899-12-30, UTC, fractions for the time of day.
 * Everything in core and in rows speaks serials; these are the only conversions.
 *
 * Note: Excel pretends 1900 was a leap year, so its serials 1–60 are one day off from real dates. Business data
 * never lives there; these functions use true calendar arithmetic and agree with Excel from 1900-03-01 on.
 */
import { KpiError } from "./errors";
import { requireFinite } from "./numeric";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01, the JavaScript epoch. */
const EPOCH_SERIAL = 25_569;
/** Largest serial Excel shows as a date: 9999-12-31. */
export const MAX_SERIAL = 2_958_465;

/**
 * Checks that a value is a serial Excel can show as a date (0 to 2958465).
 * @param arg - the argument name shown in the message.
 * @param value - the serial.
 * @returns the serial.
 * @throws KpiError "num" "err.date.range" outside the range (and "value" when not a number).
 * @example requireSerial("start", 46023) // 46023
 */
export function requireSerial(arg: string, value: unknown): number {
  const v = requireFinite(arg, value);
  if (v < 0 || v > MAX_SERIAL) throw new KpiError("num", "err.date.range", { arg, value: v });
  return v;
}

/**
 * Serial of a calendar date.
 * @param y - year, 1899–9999.
 * @param m - month, 1–12.
 * @param d - day of month, 1–31 (must exist in that month).
 * @returns the whole-day serial.
 * @throws KpiError "value" "err.date.invalid" for a date that does not exist (2026-02-30) or is out of range.
 * @example serialFromYMD(2026, 1, 1) // 46023
 */
export function serialFromYMD(y: number, m: number, d: number): number {
  const text = `${y}-${m}-${d}`;
  if (![y, m, d].every(Number.isInteger) || y < 1899 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
    throw new KpiError("value", "err.date.invalid", { arg: "date", value: text });
  }
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCMonth() !== m - 1)
    throw new KpiError("value", "err.date.invalid", { arg: "date", value: text });
  const serial = date.getTime() / MS_PER_DAY + EPOCH_SERIAL;
  if (serial < 0) throw new KpiError("value", "err.date.invalid", { arg: "date", value: text });
  return serial;
}

/**
 * Calendar date of a serial; the time of day is ignored.
 * @param s - a serial, 0 to 2958465.
 * @returns year, month (1–12) and day.
 * @throws KpiError "num" "err.date.range" outside Excel's date range.
 * @example ymdFromSerial(46023) // { y: 2026, m: 1, d: 1 }
 */
export function ymdFromSerial(s: number): { y: number; m: number; d: number } {
  const date = dateFromSerial(Math.floor(requireSerial("date", s)));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * Serial of a JavaScript date, read in UTC, keeping the time of day as a fraction.
 * @param d - a valid Date.
 * @returns the serial.
 * @throws KpiError "value" "err.date.invalid" for an invalid Date.
 * @example serialFromDate(new Date(Date.UTC(2026, 0, 1, 12))) // 46023.5
 */
export function serialFromDate(d: Date): number {
  const ms = d.getTime();
  if (!Number.isFinite(ms))
    throw new KpiError("value", "err.date.invalid", { arg: "date", value: String(d) });
  return ms / MS_PER_DAY + EPOCH_SERIAL;
}

/**
 * JavaScript date (UTC) of a serial, time of day included.
 * @param s - a finite serial.
 * @returns the Date.
 * @throws KpiError "value"/"num" when s is not a finite number.
 * @example dateFromSerial(46023).toISOString() // "2026-01-01T00:00:00.000Z"
 */
export function dateFromSerial(s: number): Date {
  const v = requireFinite("date", s);
  // Round to the millisecond so 46023.5 gives exactly noon despite binary fractions.
  return new Date(Math.round((v - EPOCH_SERIAL) * MS_PER_DAY));
}

/**
 * Number of days in a calendar month.
 * @param y - year.
 * @param m - month, 1–12.
 * @returns 28–31.
 * @example daysInMonth(2028, 2) // 29
 */
export function daysInMonth(y: number, m: number): number {
  return m === 12 ? 31 : serialFromYMD(y, m + 1, 1) - serialFromYMD(y, m, 1);
}

/**
 * ISO weekday of a serial: 1 = Monday … 7 = Sunday.
 * @param s - a serial (time of day ignored).
 * @returns 1–7.
 * @example isoWeekday(46023) // 4 (2026-01-01 is a Thursday)
 */
export function isoWeekday(s: number): number {
  // Serial 0 (1899-12-30) was a Saturday.
  return ((((Math.floor(s) + 5) % 7) + 7) % 7) + 1;
}

/**
 * The calendar day of a serial: a date-time (46112.6 = 2026-03-31 14:24) belongs to its day (46112). Every
 * "is this date in that period / before that day" test in KPI Desk compares days, never instants, so a deal
 * closed at 14:24 on the last day of a quarter is in that quarter.
 * @param serial - a serial, possibly with a time-of-day fraction.
 * @returns the whole-day serial.
 * @example dayOf(46112.99999) // 46112
 */
export function dayOf(serial: number): number {
  return Math.floor(serial);
}

/** A span of calendar days, both inclusive (a `Period` fits). */
export interface DaySpan {
  start: number;
  end: number;
}

/**
 * Whether a date (or date-time) falls on one of the days of a span, by calendar day: 2026-03-31 23:59:59 is in a
 * span ending 2026-03-31. A blank or non-numeric date is in no span.
 * @param serial - the date, or null.
 * @param span - first and last day, both inclusive (fractions are dropped too).
 * @returns true when the date's day lies from the span's first to its last day.
 * @example withinDays(46112.6, { start: 46023, end: 46112 }) // true
 */
export function withinDays(serial: number | null | undefined, span: DaySpan): boolean {
  if (typeof serial !== "number" || !Number.isFinite(serial)) return false;
  const day = dayOf(serial);
  return day >= dayOf(span.start) && day <= dayOf(span.end);
}

/**
 * Whether a from–to span of dates (blank = open-ended) shares at least one calendar day with a span: who was
 * employed during a period (HireDate–LeaveDate), which plan applied (From–To). Times of day are dropped.
 * @param from - first day, or null for "always".
 * @param to - last day, or null for "still".
 * @param span - the period.
 * @returns true when they overlap by at least one day.
 * @example overlapsDays(46112.6, null, { start: 46023, end: 46112 }) // true (hired 2026-03-31 14:24, Q1)
 */
export function overlapsDays(
  from: number | null | undefined,
  to: number | null | undefined,
  span: DaySpan,
): boolean {
  return (from == null || dayOf(from) <= dayOf(span.end)) && (to == null || dayOf(to) >= dayOf(span.start));
}
