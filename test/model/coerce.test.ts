import fc from "fast-check";
import {
  coerceCell,
  columnSpec,
  dateOfSerial,
  matchEnum,
  needsTextGuard,
  serialOf,
  serialOfDate,
  type ColumnSpec,
  type RawCell,
} from "../../src/model";

const col = (table: string, column: string) => columnSpec(table as never, column) as ColumnSpec;

describe("coerceCell", () => {
  it.each<[string, ColumnSpec, RawCell, unknown]>([
    ["blank string", col("Goals", "Note"), "  ", null],
    ["undefined", col("Goals", "Target"), undefined, null],
    ["text trimmed", col("Goals", "Note"), "  hi ", "hi"],
    ["number in a text column", col("Goals", "GoalID"), 1001, "1001"],
    ["boolean in a text column", col("Goals", "Note"), true, "TRUE"],
    ["period upper-cased", col("Goals", "Period"), "2026-q3", "2026-Q3"],
    ["number", col("Goals", "Target"), 12.5, 12.5],
    ["number with separators", col("Goals", "Target"), "1,234,567", 1234567],
    ["Chinese comma separator", col("Goals", "Target"), "1，000", 1000],
    ["percent text as a fraction", col("Goals", "Weight"), "25%", 0.25],
    ["negative number", col("Goals", "Target"), "-3", -3],
    ["date serial", col("Goals", "Due"), 46112, 46112],
    ["JS Date (UTC)", col("Goals", "Due"), new Date(Date.UTC(2026, 2, 31)), 46112],
    ["ISO date text", col("Goals", "Due"), "2026-03-31", 46112],
    ["slashed date text", col("Goals", "Due"), "2026/3/31", 46112],
    ["Chinese date text", col("Goals", "Due"), "2026年3月31日", 46112],
    ["enum word", col("Goals", "Status"), "Active", "active"],
    ["enum Chinese label", col("Goals", "Status"), "草稿", "draft"],
    ["enum English label", col("Careers", "Readiness"), "Within 1 year", "1y"],
    ["enum with spaces", col("Meetings", "Kind"), "One on one", "one-on-one"],
  ])("reads %s", (_label, column, raw, expected) => {
    expect(coerceCell(column, raw)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, ColumnSpec, RawCell, string]>([
    ["text in a number column", col("Goals", "Target"), "lots", "model.issue.notNumber"],
    ["a boolean in a number column", col("Goals", "Target"), true, "model.issue.notNumber"],
    ["an impossible date", col("Goals", "Due"), "2026-02-30", "model.issue.notDate"],
    ["words in a date column", col("Goals", "Due"), "next week", "model.issue.notDate"],
    ["an unknown enum word", col("Goals", "Status"), "open", "model.issue.notAllowed"],
    ["an Excel error", col("Goals", "Target"), "#N/A", "model.issue.cellError"],
    ["#DIV/0!", col("Goals", "Target"), "#DIV/0!", "model.issue.cellError"],
  ])("refuses %s", (_label, column, raw, key) => {
    const result = coerceCell(column, raw);
    expect(result.ok ? null : result.key).toBe(key);
  });

  it("lists the allowed words when refusing an enum", () => {
    const result = coerceCell(col("Deals", "Stage"), "closed");
    expect(result).toMatchObject({
      ok: false,
      params: { value: "closed", allowed: "lead, qualified, proposal, won, lost" },
    });
  });
});

describe("matchEnum", () => {
  it("matches only the column's own words", () => {
    expect(matchEnum(["todo", "doing"], "进行中")).toBe("doing");
    expect(matchEnum(["draft", "active"], "进行中")).toBeNull();
  });
});

describe("needsTextGuard (safeText)", () => {
  it.each([
    ["=SUM(A1)", true],
    ["+86 138", true],
    ["-5", true],
    ["@risk", true],
    ["a=b", false],
    ["", false],
    ["王磊", false],
  ])("%p → %p", (text, expected) => {
    expect(needsTextGuard(text)).toBe(expected);
  });
});

describe("Excel serial dates", () => {
  it.each([
    [1900, 3, 1, 61],
    [1970, 1, 1, 25569],
    [2026, 1, 1, 46023],
    [2026, 3, 31, 46112],
  ])("%p-%p-%p is serial %p", (y, m, d, serial) => {
    expect(serialOf(y, m, d)).toBe(serial);
  });

  it("round-trips between serials and dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2958465 }),
        (serial) => serialOfDate(dateOfSerial(serial)) === serial,
      ),
    );
  });
});
