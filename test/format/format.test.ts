import { flagText, formatChange, formatInUnit, formatMoney, isMoneyUnit } from "../../src/format";
import type { Flag } from "../../src/domain/types";
import { t } from "../../src/i18n";

describe("formatMoney", () => {
  it.each([
    // 万 exact to the yuan, without the trailing zeros a person would not write.
    [3_600_000, "zh-CN", undefined, "360万"],
    [19_700, "zh-CN", undefined, "1.97万"],
    [19_728, "zh-CN", undefined, "1.9728万"],
    [65_600, "zh-CN", undefined, "6.56万"],
    [694, "zh-CN", undefined, "0.0694万"],
    [0, "zh-CN", undefined, "0"],
    [0.4, "zh-CN", undefined, "0"],
    [-152_500, "zh-CN", undefined, "-15.25万"],
    [1_234.6, "zh-CN", undefined, "0.1235万"],
    [3_600_000, "en-US", undefined, "3,600,000"],
    [3_600_000, "en-US", "wan", "360万"],
    [3_600_000, "zh-CN", "yuan", "3,600,000"],
  ] as const)("%d in %s (%s) reads %s", (value, locale, style, text) => {
    expect(formatMoney(value, locale, style)).toBe(text);
  });
});

describe("isMoneyUnit", () => {
  it.each([
    ["元", true],
    [" CNY ", true],
    ["rmb", true],
    ["¥", true],
    ["USD", true],
    // A 万元 figure is already counted in 万: 360 means 360万元, not 360 yuan.
    ["万元", false],
    ["%", false],
    ["visits", false],
    [null, false],
  ])("%s → %s", (unit, money) => {
    expect(isMoneyUnit(unit)).toBe(money);
  });
});

describe("formatInUnit", () => {
  it.each([
    // A money KPI reads as money: 万 in Chinese (the 万 names the yuan), yuan with separators and the unit in English.
    [3_600_000, "元", "zh-CN", undefined, "360万"],
    [19_700, "CNY", "zh-CN", undefined, "1.97万"],
    [3_600_000, "CNY", "en-US", undefined, "3,600,000 CNY"],
    [3_600_000, "元", "zh-CN", "yuan", "3,600,000 元"],
    [1_200_000, "USD", "zh-CN", undefined, "120万 USD"],
    [360, "万元", "zh-CN", undefined, "360 万元"],
    [0.354, "%", "zh-CN", undefined, "35.4%"],
    [24, "次", "zh-CN", undefined, "24 次"],
    [4.356, "points (1-5)", "en-US", undefined, "4.36 points (1-5)"],
    [1200, null, "en-US", undefined, "1,200"],
  ] as const)("%d %s in %s (%s) reads %s", (value, unit, locale, style, text) => {
    expect(formatInUnit(value, unit, locale, style)).toBe(text);
  });
});

describe("formatChange", () => {
  it.each([
    // A true minus sign (U+2212), a plus for a rise, ± for no change — also when the change rounds to nothing.
    [-1, 1, "−1"],
    [1, 1, "+1"],
    [0, 1, "±0"],
    [0.04, 1, "±0"],
    [-0.04, 1, "±0"],
    [2.35, 1, "+2.4"],
    [-1234.6, 0, "−1,235"],
  ])("%d (%d decimals) reads %s", (value, decimals, text) => {
    expect(formatChange(value, decimals)).toBe(text);
  });
});

describe("flagText", () => {
  const offTrack = (unit: string): Flag => ({
    severity: "high",
    kind: "goalOffTrack",
    person: { id: "M1", name: "王刚" },
    reason: {
      key: "report.flag.goalOffTrack",
      params: {
        kpi: "新增存款",
        actual: "2,520,000",
        expected: "1,800,000",
        target: "3,600,000",
        unit,
        actualValue: 2_520_000,
        expectedValue: 1_800_000,
        targetValue: 3_600_000,
      },
    },
  });

  it("writes a money KPI's figures as money, as the goals beside the flag show them", () => {
    expect(flagText(offTrack("元"), "zh-CN")).toBe(
      t("zh-CN", "report.flag.goalOffTrack", {
        kpi: "新增存款",
        actual: "252万",
        expected: "180万",
        target: "360万",
      }),
    );
    expect(flagText(offTrack("CNY"), "en-US")).toBe(
      t("en-US", "report.flag.goalOffTrack", {
        kpi: "新增存款",
        actual: "2,520,000",
        expected: "1,800,000",
        target: "3,600,000",
      }),
    );
    // Settings moneyFormat decides, in either language.
    expect(flagText(offTrack("CNY"), "en-US", "wan")).toContain("252万");
    expect(flagText(offTrack("元"), "zh-CN", "yuan")).toContain("2,520,000");
  });

  it("leaves a count's figures as the flag wrote them", () => {
    expect(flagText(offTrack("次"), "zh-CN")).toBe(
      t("zh-CN", "report.flag.goalOffTrack", {
        kpi: "新增存款",
        actual: "2,520,000",
        expected: "1,800,000",
        target: "3,600,000",
      }),
    );
  });
});
