import { parseMoney, parseTypedNumber } from "../../src/core/amount";

describe("parseMoney", () => {
  it.each([
    ["¥1,280,000.00", 1280000],
    ["￥35万", 350000],
    ["RMB 80,000", 80000],
    ["CNY 1 200", 1200],
    ["$12,000.50", 12000.5],
    ["1.2万", 12000],
    ["12.8 万元", 128000],
    ["3.5亿", 350000000],
    ["人民币500元", 500],
    ["(1,200)", -1200],
    ["-¥30", -30],
    ["50000", 50000],
    [42, 42],
  ])("%p → %p", (raw, expected) => {
    expect(parseMoney(raw)).toBe(expected);
  });

  it.each(["", "abc", "1.2.3", "¥", "万", null, undefined, Number.NaN, "12 apples"])("refuses %p", (raw) => {
    expect(parseMoney(raw as string)).toBeNull();
  });
});

describe("parseTypedNumber: one reader for every field of the pane", () => {
  it.each([
    ["200万", 2_000_000],
    ["1.5亿", 150_000_000],
    ["¥1,200,000", 1_200_000],
    ["￥12.8万元", 128_000],
    ["1 200", 1200],
    ["１２．５", 12.5],
    ["1,500", 1500],
    ["1,5", 1.5],
    ["2,25", 2.25],
    ["-3", -3],
    ["(1,200)", -1200],
    ["1e6", 1_000_000],
    ["12.5%", 0.125],
    ["0.2%", 0.002],
    ["12.5％", 0.125],
  ])("%s → %d", (text, expected) => {
    expect(parseTypedNumber(text)).toBeCloseTo(expected, 10);
  });

  it("reads a trailing % as percent units when asked", () => {
    expect(parseTypedNumber("95%", { percent: "number" })).toBe(95);
    expect(parseTypedNumber("95", { percent: "number" })).toBe(95);
  });

  it("tells blank from invalid", () => {
    expect(parseTypedNumber("   ")).toBeNull();
    for (const bad of ["abc", "%", "12万万", "1.2.3", "5 apples", "+"])
      expect(parseTypedNumber(bad)).toBe("invalid");
  });
});
