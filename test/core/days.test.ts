/**
 * Days, not instants: a date-time (an Excel serial with a fraction) belongs to its calendar day in every period
 * test. Vectors at 00:00, 14:24 and 23:59:59 on the last and first day of months, quarters, halves and years.
 */
import {
  dayOf,
  elapsedShare,
  nextPeriod,
  overlapsDays,
  parsePeriod,
  periodContains,
  periodOf,
  previousPeriod,
  prorate,
  serialFromYMD,
  withinDays,
  type PeriodKind,
} from "../../src/core";

/** Times of day as serial fractions: midnight, 14:24 (0.6 exactly) and one second before midnight. */
const TIMES: readonly [string, number][] = [
  ["00:00", 0],
  ["14:24", 0.6],
  ["23:59:59", 86_399 / 86_400],
];

/** Boundary days: [label, last day of one period, first day of the next, the kinds whose boundary it is]. */
const BOUNDARIES: readonly [string, number, number, PeriodKind[]][] = [
  ["month end 2026-01-31", serialFromYMD(2026, 1, 31), serialFromYMD(2026, 2, 1), ["month"]],
  ["quarter end 2026-03-31", serialFromYMD(2026, 3, 31), serialFromYMD(2026, 4, 1), ["month", "quarter"]],
  [
    "half end 2026-06-30",
    serialFromYMD(2026, 6, 30),
    serialFromYMD(2026, 7, 1),
    ["month", "quarter", "half"],
  ],
  [
    "year end 2026-12-31",
    serialFromYMD(2026, 12, 31),
    serialFromYMD(2027, 1, 1),
    ["month", "quarter", "half", "year"],
  ],
];

const CASES = BOUNDARIES.flatMap(([label, last, first, kinds]) =>
  TIMES.map(([time, fraction]) => ({ label, time, last, first, kinds, fraction })),
);

describe.each(CASES)("$label at $time", ({ last, first, kinds, fraction }) => {
  const lastAt = last + fraction;
  const firstAt = first + fraction;

  it("belongs to its calendar day", () => {
    expect(dayOf(lastAt)).toBe(last);
    expect(dayOf(firstAt)).toBe(first);
    expect(withinDays(lastAt, { start: last, end: last })).toBe(true);
    expect(withinDays(lastAt, { start: first, end: first + 10 })).toBe(false);
  });

  it.each(kinds)("the %s ending that day contains it; the next one does not", (kind) => {
    const ending = periodOf(kind, last);
    expect(ending.end).toBe(last);
    expect(periodOf(kind, lastAt).text).toBe(ending.text);
    expect(periodContains(ending, lastAt)).toBe(true);
    expect(periodContains(nextPeriod(ending), lastAt)).toBe(false);
    expect(withinDays(lastAt, ending)).toBe(true);
    expect(elapsedShare(ending, lastAt)).toBe(1);
  });

  it.each(kinds)(
    "the %s starting the next day contains that day's times; the previous one does not",
    (kind) => {
      const starting = periodOf(kind, first);
      expect(starting.start).toBe(first);
      expect(periodOf(kind, firstAt).text).toBe(starting.text);
      expect(periodContains(starting, firstAt)).toBe(true);
      expect(periodContains(previousPeriod(starting), firstAt)).toBe(false);
      expect(elapsedShare(starting, firstAt)).toBe(1 / (starting.end - starting.start + 1));
    },
  );

  it.each(kinds)("employment or a plan ending or starting then overlaps the %s by one day", (kind) => {
    const ending = periodOf(kind, last);
    const starting = periodOf(kind, first);
    // Hired on the last day of the period (at any time): in it. Left on the first day of the next: in it too.
    expect(overlapsDays(lastAt, null, ending)).toBe(true);
    expect(overlapsDays(null, firstAt, starting)).toBe(true);
    expect(overlapsDays(firstAt, null, ending)).toBe(false);
    expect(overlapsDays(null, lastAt, starting)).toBe(false);
    // Proration counts that one day.
    expect(prorate(1, lastAt, null, ending.start, ending.end, "days")).toBeCloseTo(
      1 / (ending.end - ending.start + 1),
      12,
    );
  });
});

describe("withinDays", () => {
  it("puts a blank or non-numeric date in no span", () => {
    const q1 = parsePeriod("2026-Q1");
    expect(withinDays(null, q1)).toBe(false);
    expect(withinDays(undefined, q1)).toBe(false);
    expect(withinDays(Number.NaN, q1)).toBe(false);
  });

  it("drops the time of day of the span's own ends too", () => {
    const d = serialFromYMD(2026, 3, 31);
    expect(withinDays(d + 0.2, { start: d + 0.5, end: d + 0.1 })).toBe(true);
  });
});
