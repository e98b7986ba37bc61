/**
 * Reporting periods: `2026` (year), `2026-H1`, `2026-Q3`, `2026-09` (month), `2026-W37` (ISO week).
 *
 * Fiscal calendars: years, halves and quarters start at `fiscalYearStartMonth` (1–12, default 1 = calendar).
 * A fiscal year is **labelled by the calendar year in which it starts**: with a start month of 4, `2026` runs
 * 2026-04-01 … 2027-03-31, `2026-Q1` is April–June 2026 and `2026-Q4` is January–March 2027. Months and ISO weeks
 * are always calendar periods.
 */
import { KpiError } from "./errors";
import { isoWeekday, requireSerial, serialFromYMD, withinDays, ymdFromSerial } from "./dates";
import { requireOption, requireWhole } from "./numeric";

/** The kinds of period, longest first. */
export type PeriodKind = "year" | "half" | "quarter" | "month" | "week";

/** Accepted period kinds. */
export const PERIOD_KINDS: readonly PeriodKind[] = ["year", "half", "quarter", "month", "week"];

/**
 * A period with its first and last day as serials (both inclusive).
 * `fiscalYearStartMonth` is present only for fiscal (start month ≠ 1) years, halves and quarters.
 */
export interface Period {
  text: string;
  kind: PeriodKind;
  start: number;
  end: number;
  fiscalYearStartMonth?: number;
}

const PATTERN = /^(\d{4})(?:-(?:(H)([12])|(Q)([1-4])|(W)(\d{1,2})|(\d{1,2})))?$/;

function invalid(text: string): KpiError {
  return new KpiError("value", "err.period.invalid", { text });
}

function checkFiscal(fiscalYearStartMonth: number | undefined): number {
  return fiscalYearStartMonth === undefined
    ? 1
    : requireWhole("fiscalYearStartMonth", fiscalYearStartMonth, 1, 12);
}

/** First day of the month that is `monthOffset` months after month `fsm` of year `y`. */
function monthStart(y: number, fsm: number, monthOffset: number): number {
  const index = fsm - 1 + monthOffset;
  return serialFromYMD(y + Math.floor(index / 12), (index % 12) + 1, 1);
}

function fiscalPeriod(kind: "year" | "half" | "quarter", y: number, n: number, fsm: number): Period {
  const months = kind === "year" ? 12 : kind === "half" ? 6 : 3;
  const start = monthStart(y, fsm, (n - 1) * months);
  const end = monthStart(y, fsm, n * months) - 1;
  const text = kind === "year" ? `${y}` : `${y}-${kind === "half" ? "H" : "Q"}${n}`;
  return fsm === 1 ? { text, kind, start, end } : { text, kind, start, end, fiscalYearStartMonth: fsm };
}

/** Monday of ISO week 1 of an ISO year (the week holding 4 January). */
function isoWeekOneMonday(y: number): number {
  const jan4 = serialFromYMD(y, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1);
}

/**
 * Number of ISO weeks in an ISO year (52 or 53).
 * @param y - the ISO year.
 * @returns 52 or 53.
 * @example isoWeeksInYear(2026) // 53
 */
export function isoWeeksInYear(y: number): number {
  // 28 December always lies in the last ISO week of its year.
  return Math.floor((serialFromYMD(y, 12, 28) - isoWeekOneMonday(y)) / 7) + 1;
}

function weekPeriod(y: number, w: number): Period {
  const start = isoWeekOneMonday(y) + 7 * (w - 1);
  return { text: `${y}-W${String(w).padStart(2, "0")}`, kind: "week", start, end: start + 6 };
}

function monthPeriod(y: number, m: number): Period {
  const start = serialFromYMD(y, m, 1);
  const end = (m === 12 ? serialFromYMD(y + 1, 1, 1) : serialFromYMD(y, m + 1, 1)) - 1;
  return { text: `${y}-${String(m).padStart(2, "0")}`, kind: "month", start, end };
}

/**
 * Parses a period written `2026`, `2026-H1`, `2026-Q3`, `2026-09` (or `2026-9`) or `2026-W37` (ISO week).
 * Case and surrounding spaces are ignored; the returned `text` is canonical (`2026-Q3`, `2026-09`, `2026-W07`).
 * @param text - the period as typed.
 * @param fiscalYearStartMonth - 1–12, the month fiscal years start (default 1); see the module notes for labels.
 * @returns the period with inclusive start and end serials.
 * @throws KpiError "value" "err.period.invalid" for anything else (including week 53 of a 52-week year);
 *   "num" for a bad fiscalYearStartMonth.
 * @example parsePeriod("2026-Q3") // { text: "2026-Q3", kind: "quarter", start: 46204, end: 46295 }
 */
export function parsePeriod(text: string, fiscalYearStartMonth?: number): Period {
  const fsm = checkFiscal(fiscalYearStartMonth);
  const raw = typeof text === "string" ? text : String(text);
  const match = PATTERN.exec(raw.trim().toUpperCase());
  if (!match) throw invalid(raw);
  const y = Number(match[1]);
  if (y < 1900 || y > 9998) throw invalid(raw);
  if (match[2]) return fiscalPeriod("half", y, Number(match[3]), fsm);
  if (match[4]) return fiscalPeriod("quarter", y, Number(match[5]), fsm);
  if (match[6]) {
    const w = Number(match[7]);
    if (w < 1 || w > isoWeeksInYear(y)) throw invalid(raw);
    return weekPeriod(y, w);
  }
  if (match[8]) {
    const m = Number(match[8]);
    if (m < 1 || m > 12) throw invalid(raw);
    return monthPeriod(y, m);
  }
  return fiscalPeriod("year", y, 1, fsm);
}

/**
 * Whether a date falls inside a period, by calendar day: a date-time on the last day (23:59:59) is inside.
 * @param p - the period.
 * @param serial - the date.
 * @returns true when start ≤ date ≤ end.
 * @throws KpiError when serial is not a date.
 * @example periodContains(parsePeriod("2026-09"), 46266) // true (2026-09-01)
 */
export function periodContains(p: Period, serial: number): boolean {
  return withinDays(requireSerial("date", serial), p);
}

/**
 * Share of a period gone by as of a date, counting whole days inclusively: the first day counts as 1 day gone.
 * @param p - the period.
 * @param asOf - the date (time of day ignored).
 * @returns 0 before the period, 1 on or after its last day, days gone / days in the period in between.
 * @throws KpiError when asOf is not a date.
 * @example elapsedShare(parsePeriod("2026-09"), 46266 + 14) // 0.5 (15 of 30 days)
 */
export function elapsedShare(p: Period, asOf: number): number {
  const day = Math.floor(requireSerial("asOf", asOf));
  const length = p.end - p.start + 1;
  return Math.min(length, Math.max(0, day - p.start + 1)) / length;
}

/**
 * The period of a kind that holds a date.
 * @param kind - year, half, quarter, month or week (ISO).
 * @param serial - the date.
 * @param fiscalYearStartMonth - 1–12 (default 1); applies to year, half and quarter.
 * @returns the period.
 * @throws KpiError for a bad kind, date or start month.
 * @example periodOf("quarter", 46266, 4).text // "2026-Q2" (Sep 2026 in a fiscal year starting in April)
 */
export function periodOf(kind: PeriodKind, serial: number, fiscalYearStartMonth?: number): Period {
  const k = requireOption("kind", kind, PERIOD_KINDS);
  const fsm = checkFiscal(fiscalYearStartMonth);
  const day = Math.floor(requireSerial("date", serial));
  const { y, m } = ymdFromSerial(day);
  switch (k) {
    case "month":
      return monthPeriod(y, m);
    case "week": {
      // The ISO year of a date is the calendar year of the Thursday of its week.
      const thursday = day - isoWeekday(day) + 4;
      const isoYear = ymdFromSerial(thursday).y;
      return weekPeriod(isoYear, Math.floor((thursday - serialFromYMD(isoYear, 1, 1)) / 7) + 1);
    }
    default: {
      const fiscalYear = m >= fsm ? y : y - 1;
      const monthIndex = (m - fsm + 12) % 12;
      const n =
        k === "year" ? 1 : k === "half" ? Math.floor(monthIndex / 6) + 1 : Math.floor(monthIndex / 3) + 1;
      return fiscalPeriod(k, fiscalYear, n, fsm);
    }
  }
}

/**
 * The period of the same kind (and fiscal calendar) just before a period.
 * @param p - the period.
 * @returns the previous period: 2026-Q1 → 2025-Q4, 2026-W01 → 2025-W52, 2026-01 → 2025-12.
 * @throws KpiError "num" when it would fall before Excel's first date.
 * @example previousPeriod(parsePeriod("2026-Q1")).text // "2025-Q4"
 */
export function previousPeriod(p: Period): Period {
  return periodOf(p.kind, p.start - 1, p.fiscalYearStartMonth);
}

/**
 * {@link previousPeriod}, or null for the first period of Excel's calendar (nothing comes before it).
 * @param p - the period.
 * @returns the period just before, or null.
 * @example periodBefore(parsePeriod("2026-Q1"))?.text // "2025-Q4"
 */
export function periodBefore(p: Period): Period | null {
  try {
    return previousPeriod(p);
  } catch {
    // Before Excel's first date: nothing comes before.
    return null;
  }
}

/**
 * The period of the same kind (and fiscal calendar) just after a period.
 * @param p - the period.
 * @returns the next period: 2025-Q4 → 2026-Q1.
 * @throws KpiError "num" when it would fall after Excel's last date.
 * @example nextPeriod(parsePeriod("2025-12")).text // "2026-01"
 */
export function nextPeriod(p: Period): Period {
  return periodOf(p.kind, p.end + 1, p.fiscalYearStartMonth);
}
