import fc from "fast-check";
import {
  MAX_SERIAL,
  dateFromSerial,
  daysInMonth,
  isoWeekday,
  requireSerial,
  serialFromDate,
  serialFromYMD,
  ymdFromSerial,
} from "../../src/core/dates";
import { errorOf } from "./helpers";

describe("core dates", () => {
  it.each([
    ["Feb 30", () => serialFromYMD(2026, 2, 30), "value", "err.date.invalid"],
    ["month 13", () => serialFromYMD(2026, 13, 1), "value", "err.date.invalid"],
    ["fractional day", () => serialFromYMD(2026, 1, 1.5), "value", "err.date.invalid"],
    ["before the epoch", () => serialFromYMD(1899, 12, 29), "value", "err.date.invalid"],
    ["year 10000", () => serialFromYMD(10000, 1, 1), "value", "err.date.invalid"],
    ["negative serial", () => ymdFromSerial(-1), "num", "err.date.range"],
    ["serial past 9999", () => ymdFromSerial(MAX_SERIAL + 1), "num", "err.date.range"],
    ["NaN serial", () => ymdFromSerial(NaN), "value", "err.notNumber"],
    ["invalid Date", () => serialFromDate(new Date("nope")), "value", "err.date.invalid"],
    ["requireSerial", () => requireSerial("start", 3e6), "num", "err.date.range"],
  ])("rejects %s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  // Serials checked against Excel's DATE().
  it.each([
    [1899, 12, 30, 0],
    [1900, 3, 1, 61],
    [2026, 1, 1, 46023],
    [2026, 9, 1, 46266],
    [2026, 12, 31, 46387],
    [2028, 2, 29, 46812],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i", (y, m, d, serial) => {
    expect(serialFromYMD(y, m, d)).toBe(serial);
    expect(ymdFromSerial(serial)).toEqual({ y, m, d });
  });

  it("ignores the time of day and keeps it when converting Dates", () => {
    expect(ymdFromSerial(46023.99)).toEqual({ y: 2026, m: 1, d: 1 });
    expect(serialFromDate(new Date(Date.UTC(2026, 0, 1, 12)))).toBe(46023.5);
    expect(dateFromSerial(46023.5).toISOString()).toBe("2026-01-01T12:00:00.000Z");
  });

  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("%i-%i has %i days", (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });

  it.each([
    [serialFromYMD(2026, 1, 1), 4],
    [serialFromYMD(2026, 1, 4), 7],
    [serialFromYMD(2026, 1, 5), 1],
    [0, 6],
  ])("serial %i is ISO weekday %i", (serial, weekday) => {
    expect(isoWeekday(serial)).toBe(weekday);
  });

  it("round-trips every serial through y/m/d and Date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SERIAL }), (s) => {
        const { y, m, d } = ymdFromSerial(s);
        return serialFromYMD(y, m, d) === s && serialFromDate(dateFromSerial(s)) === s;
      }),
    );
  });
});
