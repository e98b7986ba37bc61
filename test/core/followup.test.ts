import { followUpCategories, pulseLevel, FOLLOW_UP_CATEGORIES } from "../../src/core/followup";
import { errorOf } from "./helpers";

describe("low pulse results", () => {
  it.each<[Parameters<typeof pulseLevel>[0], number, string]>([
    ["enps", 0, "ok"],
    ["enps", -0.1, "low"],
    ["enps", -29.9, "low"],
    ["enps", -30, "serious"],
    ["satisfaction", 0.6, "ok"],
    ["satisfaction", 0.59, "low"],
    ["wellbeing", 0.4, "low"],
    ["wellbeing", 0.39, "serious"],
  ])("%s %d is %s", (kind, value, level) => {
    expect(pulseLevel(kind, value)).toBe(level);
  });

  it("refuses a value that is not a number", () => {
    expect(errorOf(() => pulseLevel("enps", NaN))[0]).toBe("value");
  });
});

describe("suggested follow-up categories", () => {
  it.each<[string, Parameters<typeof pulseLevel>[0], number, string | null, string[]]>([
    ["nothing for a good result", "enps", 20, "workload", []],
    ["wellbeing by kind", "wellbeing", 0.3, null, ["workload", "environment"]],
    ["satisfaction by kind", "satisfaction", 0.5, "", ["recognition", "development"]],
    ["eNPS by kind", "enps", -10, null, ["environment", "recognition", "development"]],
    [
      "question words first",
      "satisfaction",
      0.5,
      "I feel my work is recognised",
      ["recognition", "development"],
    ],
    ["Chinese words", "satisfaction", 0.5, "加班太多，压力大", ["workload", "recognition", "development"]],
    [
      "several words, each once",
      "enps",
      -40,
      "Career growth and team tools",
      ["development", "environment", "recognition"],
    ],
  ])("%s", (_name, kind, value, question, expected) => {
    expect(followUpCategories(kind, value, question)).toEqual(expected);
  });

  it("only suggests known categories", () => {
    for (const kind of ["enps", "satisfaction", "wellbeing"] as const)
      for (const c of followUpCategories(kind, -100, "workload recognition growth team"))
        expect(FOLLOW_UP_CATEGORIES).toContain(c);
  });
});
