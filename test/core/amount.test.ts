import { parseMoney } from "../../src/core/amount";

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
