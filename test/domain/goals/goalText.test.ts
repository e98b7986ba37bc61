import { personalText, replaceFigure, retargetText } from "../../../src/domain/goals/goalText";

describe("replaceFigure", () => {
  it.each<[string, string, number, number, string | null, string, boolean]>([
    [
      "grouped",
      "Revenue: reach 1,800,000 this quarter",
      1_800_000,
      2_000_000,
      "CNY",
      "Revenue: reach 2,000,000 this quarter",
      true,
    ],
    ["plain", "Reach 1800000.", 1_800_000, 2_000_000, "CNY", "Reach 2000000.", true],
    ["in 万", "新增存款：本季度达到 600万", 6_000_000, 6_500_000, "元", "新增存款：本季度达到 650万", true],
    ["a percentage", "Win 35% of deals", 0.35, 0.4, "%", "Win 40% of deals", true],
    ["a small count", "Win 6 new customers", 6, 8, "customers", "Win 8 new customers", true],
    [
      "a longer number left alone",
      "Reach 18,000,000 or 1,800,000.5",
      1_800_000,
      2_000_000,
      "CNY",
      "Reach 18,000,000 or 1,800,000.5",
      false,
    ],
    [
      "a digit inside a word left alone",
      "Visit 24 customers in week 124",
      124,
      130,
      "visits",
      "Visit 24 customers in week 130",
      true,
    ],
    ["not there", "Grow revenue", 100, 120, "CNY", "Grow revenue", false],
  ])("%s", (_, text, from, to, unit, expected, found) => {
    expect(replaceFigure(text, from, to, unit)).toEqual({ text: expected, found });
  });
});

describe("retargetText", () => {
  it("rewrites the old target and the old period", () => {
    expect(
      retargetText(
        "Revenue: reach 1,800,000 in 2026-Q2",
        { from: 1_800_000, to: 2_000_000, fromPeriod: "2026-Q2", toPeriod: "2026-Q3" },
        "CNY",
      ),
    ).toBe("Revenue: reach 2,000,000 in 2026-Q3");
  });

  it("leaves a text without them as it is, and a period inside a longer code alone", () => {
    const change = { from: 10, to: 12, fromPeriod: "2026-Q2", toPeriod: "2026-Q3" };
    expect(retargetText("Grow revenue", change, null)).toBe("Grow revenue");
    expect(retargetText("Plan X2026-Q2A", change, null)).toBe("Plan X2026-Q2A");
  });

  it("keeps the text when the target did not change or is blank", () => {
    const same = { fromPeriod: "2026-Q2", toPeriod: "2026-Q2" };
    expect(retargetText("Reach 10", { ...same, from: 10, to: 10 }, null)).toBe("Reach 10");
    expect(retargetText("Reach 10", { ...same, from: null, to: 12 }, null)).toBe("Reach 10");
  });
});

describe("personalText", () => {
  it("replaces the team total by the person's target, or adds it in brackets", () => {
    expect(personalText("North: 1,000 in Q4", 1000, 500, "500 CNY", "CNY")).toBe("North: 500 in Q4");
    expect(personalText(" Grow revenue ", 1000, 500, "500 CNY", "CNY")).toBe("Grow revenue (500 CNY)");
    expect(personalText("Win 40%", 0.4, 0.4, "40%", "%")).toBe("Win 40%");
  });
});
