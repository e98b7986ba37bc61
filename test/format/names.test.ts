import { planName, repeatedKeys } from "../../src/format";

describe("repeatedKeys", () => {
  it("gives the keys two or more items share, and only those", () => {
    const people = [
      { name: "王刚" },
      { name: "李娜" },
      { name: "王刚 " },
      { name: "张伟" },
      { name: "张伟" },
    ];
    expect(repeatedKeys(people, (p) => p.name.trim())).toEqual(new Set(["王刚", "张伟"]));
    expect(repeatedKeys([{ name: "A" }, { name: "B" }], (p) => p.name).size).toBe(0);
    expect(repeatedKeys([], String).size).toBe(0);
  });
});

describe("planName", () => {
  it("names a plan by its name, by its ID when Plans gives it none", () => {
    expect(planName({ planId: "BON-RM", planName: " 客户经理奖金方案 2026 " })).toBe("客户经理奖金方案 2026");
    expect(planName({ planId: "BON-RM", planName: "  " })).toBe("BON-RM");
    expect(planName({ planId: " ", planName: "" })).toBe("");
  });
});
