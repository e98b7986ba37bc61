import { changeText } from "../../src/import";

describe("changeText", () => {
  it("shows a date column as YYYY-MM-DD, never an Excel serial, under the header of the language", () => {
    const change = { column: "CloseDate", from: 46203, to: 46156 };
    expect(changeText("Deals", change, "en-US")).toBe("Close date 2026-06-30 → 2026-05-14");
    expect(changeText("Deals", change, "zh-CN")).toBe("成交日期 2026-06-30 → 2026-05-14");
  });

  it("shows enum words as their labels and other values as they are", () => {
    expect(changeText("Deals", { column: "Stage", from: "proposal", to: "won" }, "zh-CN")).toBe(
      "阶段 方案 → 成交",
    );
    expect(changeText("Deals", { column: "Stage", from: "proposal", to: "won" }, "en-US")).toBe(
      "Stage Proposal → Won",
    );
    expect(changeText("Deals", { column: "Amount", from: 200000, to: 250000 }, "en-US")).toBe(
      "Amount 200000 → 250000",
    );
    expect(changeText("Deals", { column: "CloseDate", from: null, to: 46156 }, "en-US")).toBe(
      "Close date — → 2026-05-14",
    );
  });
});
