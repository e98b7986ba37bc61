import fc from "fast-check";
import { serialFromYMD as S, MAX_SERIAL } from "../../src/core/dates";
import {
  elapsedShare,
  isoWeeksInYear,
  nextPeriod,
  parsePeriod,
  periodContains,
  periodOf,
  periodBefore,
  previousPeriod,
  type PeriodKind,
} from "../../src/core/periods";
import { errorOf, thrown } from "./helpers";

const ymd = (d: readonly number[]): number => S(d[0], d[1], d[2]);

describe("core periods", () => {
  it.each([
    "",
    "26",
    "2026-Q5",
    "2026-H3",
    "2026-13",
    "2026-00",
    "2026-W00",
    "2025-W53",
    "2026-W54",
    "2026-X1",
    "1899",
    "2026Q1",
    "2026-Q1-01",
  ])("rejects %p", (text) => {
    expect(errorOf(() => parsePeriod(text))).toEqual(["value", "err.period.invalid"]);
  });

  it("says how to write a period and checks the fiscal start month", () => {
    expect(thrown(() => parsePeriod("Q3 2026")).message).toBe(
      '"Q3 2026" is not a period: write 2026, 2026-H1, 2026-Q3, 2026-09 or 2026-W37',
    );
    expect(errorOf(() => parsePeriod("2026", 13))).toEqual(["num", "err.outOfRange"]);
    expect(errorOf(() => periodOf("quarter", S(2026, 1, 1), 0))).toEqual(["num", "err.outOfRange"]);
    expect(errorOf(() => periodOf("decade" as PeriodKind, S(2026, 1, 1)))).toEqual(["value", "err.option"]);
    expect(errorOf(() => periodContains(parsePeriod("2026"), NaN))).toEqual(["value", "err.notNumber"]);
  });

  it.each([
    ["2026", "2026", "year", [2026, 1, 1], [2026, 12, 31]],
    ["2026-H1", "2026-H1", "half", [2026, 1, 1], [2026, 6, 30]],
    ["2026-h2", "2026-H2", "half", [2026, 7, 1], [2026, 12, 31]],
    ["2026-Q3", "2026-Q3", "quarter", [2026, 7, 1], [2026, 9, 30]],
    [" 2026-q1 ", "2026-Q1", "quarter", [2026, 1, 1], [2026, 3, 31]],
    ["2026-09", "2026-09", "month", [2026, 9, 1], [2026, 9, 30]],
    ["2026-9", "2026-09", "month", [2026, 9, 1], [2026, 9, 30]],
    ["2028-02", "2028-02", "month", [2028, 2, 1], [2028, 2, 29]],
    ["2026-W37", "2026-W37", "week", [2026, 9, 7], [2026, 9, 13]],
    ["2026-W01", "2026-W01", "week", [2025, 12, 29], [2026, 1, 4]],
    ["2026-w1", "2026-W01", "week", [2025, 12, 29], [2026, 1, 4]],
    ["2026-W53", "2026-W53", "week", [2026, 12, 28], [2027, 1, 3]],
    ["2021-W01", "2021-W01", "week", [2021, 1, 4], [2021, 1, 10]],
  ] as const)("parses %p", (text, canonical, kind, start, end) => {
    expect(parsePeriod(text)).toEqual({ text: canonical, kind, start: ymd(start), end: ymd(end) });
  });

  it.each([
    ["2026", [2026, 4, 1], [2027, 3, 31]],
    ["2026-H2", [2026, 10, 1], [2027, 3, 31]],
    ["2026-Q1", [2026, 4, 1], [2026, 6, 30]],
    ["2026-Q4", [2027, 1, 1], [2027, 3, 31]],
    ["2026-09", [2026, 9, 1], [2026, 9, 30]],
  ] as const)("with a fiscal year starting in April, %p runs from %p to %p", (text, start, end) => {
    const p = parsePeriod(text, 4);
    expect([p.start, p.end]).toEqual([ymd(start), ymd(end)]);
  });

  it.each([
    [2026, 53],
    [2025, 52],
    [2020, 53],
    [2015, 53],
    [2021, 52],
  ])("ISO year %i has %i weeks", (y, weeks) => {
    expect(isoWeeksInYear(y)).toBe(weeks);
  });

  it.each([
    ["year", [2026, 9, 15], 1, "2026"],
    ["half", [2026, 9, 15], 1, "2026-H2"],
    ["quarter", [2026, 9, 15], 1, "2026-Q3"],
    ["month", [2026, 9, 15], 1, "2026-09"],
    ["week", [2026, 9, 15], 1, "2026-W38"],
    ["week", [2027, 1, 1], 1, "2026-W53"],
    ["week", [2024, 12, 30], 1, "2025-W01"],
    ["quarter", [2026, 9, 15], 4, "2026-Q2"],
    ["quarter", [2027, 2, 1], 4, "2026-Q4"],
    ["year", [2027, 3, 31], 4, "2026"],
    ["half", [2026, 3, 31], 10, "2025-H1"],
    ["half", [2026, 4, 1], 10, "2025-H2"],
  ] as const)("periodOf(%p, %p, fiscal %p) is %p", (kind, date, fsm, text) => {
    expect(periodOf(kind, ymd(date), fsm).text).toBe(text);
  });

  it.each([
    ["2026-Q1", undefined, "2025-Q4", "2026-Q2"],
    ["2026-01", undefined, "2025-12", "2026-02"],
    ["2026-W01", undefined, "2025-W52", "2026-W02"],
    ["2026-W53", undefined, "2026-W52", "2027-W01"],
    ["2026-H1", undefined, "2025-H2", "2026-H2"],
    ["2026", undefined, "2025", "2027"],
    ["2026-Q1", 4, "2025-Q4", "2026-Q2"],
  ])("around %p (fiscal %p): previous %p, next %p", (text, fsm, prev, next) => {
    const p = parsePeriod(text, fsm);
    expect(previousPeriod(p).text).toBe(prev);
    expect(nextPeriod(p).text).toBe(next);
    expect(previousPeriod(p).end).toBe(p.start - 1);
    expect(nextPeriod(p).start).toBe(p.end + 1);
  });

  it("periodBefore: the previous period, or null for Excel's first one instead of a throw", () => {
    expect(periodBefore(parsePeriod("2026-Q1"))?.text).toBe("2025-Q4");
    const first = parsePeriod("1900");
    expect(thrown(() => previousPeriod(first))).toBeDefined();
    expect(periodBefore(first)).toBeNull();
  });

  it("keeps the fiscal calendar when stepping back", () => {
    const prev = previousPeriod(parsePeriod("2026-Q1", 4));
    expect([prev.start, prev.end, prev.fiscalYearStartMonth]).toEqual([S(2026, 1, 1), S(2026, 3, 31), 4]);
  });

  it.each([
    [[2026, 8, 31], 0, false],
    [[2026, 9, 1], 1 / 30, true],
    [[2026, 9, 15], 0.5, true],
    [[2026, 9, 30], 1, true],
    [[2026, 10, 1], 1, false],
  ] as const)("as of %p, September 2026 is %p gone (inside: %p)", (date, share, inside) => {
    const p = parsePeriod("2026-09");
    expect(elapsedShare(p, ymd(date))).toBeCloseTo(share, 12);
    expect(periodContains(p, ymd(date) + 0.75)).toBe(inside);
  });

  it("scenario: a quarterly review cycle on an April fiscal year", () => {
    const today = S(2026, 8, 20);
    const quarter = periodOf("quarter", today, 4);
    expect(quarter.text).toBe("2026-Q2");
    expect(periodContains(quarter, S(2026, 7, 1))).toBe(true);
    expect(elapsedShare(quarter, today)).toBeCloseTo(51 / 92, 12);
    expect(previousPeriod(quarter).text).toBe("2026-Q1");
    expect(parsePeriod(quarter.text, 4)).toEqual(quarter);
  });

  it("every date lies in exactly the period periodOf gives, whose text parses back to it", () => {
    const kinds: PeriodKind[] = ["year", "half", "quarter", "month", "week"];
    fc.assert(
      fc.property(
        fc.integer({ min: S(1901, 1, 1), max: MAX_SERIAL - 400 }),
        fc.constantFrom(...kinds),
        fc.integer({ min: 1, max: 12 }),
        (serial, kind, fsm) => {
          const p = periodOf(kind, serial, fsm);
          return periodContains(p, serial) && JSON.stringify(parsePeriod(p.text, fsm)) === JSON.stringify(p);
        },
      ),
    );
  });
});
