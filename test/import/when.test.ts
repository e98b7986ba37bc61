import { parseDay, parseWhen } from "../../src/import";
import { serialOf } from "../../src/model";

const day = serialOf(2026, 3, 31);
const at1424 = day + (14 * 60 + 24) / 1440;

describe("import: dates as exports write them", () => {
  it.each([
    ["2026-03-31 14:24", at1424],
    ["2026/3/31", day],
    ["2026/3/31 14:24:00", at1424],
    ["2026年3月31日 14:24", at1424],
    ["Mar 31, 2026 02:24 PM", at1424],
    ["March 31, 2026", day],
    ["31 Mar 2026", day],
    ["3/31/2026 2:24 PM", at1424],
    ["03/31/2026 12:00 AM", day],
    [String(day), day],
    [day, day],
    [new Date(Date.UTC(2026, 2, 31, 14, 24)), at1424],
  ])("%p", (raw, expected) => {
    expect(parseWhen(raw)).toBeCloseTo(expected, 8);
  });

  it.each(["2026-02-30", "13/13/2026", "Foo 3, 2026", "2026-03-31 25:00", "yesterday", "", null, true])(
    "refuses %p",
    (raw) => {
      expect(parseWhen(raw)).toBeNull();
    },
  );

  it("keeps only the day when asked", () => {
    expect(parseDay("2026-03-31 23:59:59")).toBe(day);
  });
});
