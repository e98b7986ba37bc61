import { serialFromYMD as S } from "../../src/core/dates";
import { checkSmart, type SmartInput } from "../../src/core/smart";
import { t } from "../../src/i18n";

const good: SmartInput = {
  description: "Grow deposits of the top 20 corporate accounts",
  kpi: "Deposits",
  kpiInLibrary: true,
  unit: "CNY",
  target: 120,
  weight: 0.3,
  period: "2026-Q3",
  due: S(2026, 9, 30),
  lastActual: 100,
};

function verdicts(goal: SmartInput): string[] {
  return checkSmart(goal).map((c) => `${c.letter}:${c.status}:${c.key}`);
}

describe("SMART checklist", () => {
  it("passes a well-formed goal on every letter", () => {
    expect(verdicts(good)).toEqual([
      "specific:ok:smart.specific.ok",
      "measurable:ok:smart.measurable.ok",
      "achievable:ok:smart.achievable.ok",
      "relevant:ok:smart.relevant.ok",
      "timeBound:ok:smart.timeBound.ok",
    ]);
  });

  it.each<[string, Partial<SmartInput>, string]>([
    ["blank description", { description: "  " }, "specific:fail:smart.specific.missing"],
    ["short English description", { description: "Grow AUM" }, "specific:warn:smart.specific.short"],
    ["short Chinese description", { description: "提升存款" }, "specific:warn:smart.specific.short"],
    ["Chinese description long enough", { description: "提升对公存款" }, "specific:ok:smart.specific.ok"],
    ["no KPI", { kpi: null }, "measurable:fail:smart.measurable.noKpi"],
    ["no target", { target: null }, "measurable:fail:smart.measurable.noTarget"],
    ["KPI not in library", { kpiInLibrary: false }, "measurable:warn:smart.measurable.notInLibrary"],
    ["no unit", { unit: "" }, "measurable:warn:smart.measurable.noUnit"],
    ["no target to compare", { target: null }, "achievable:fail:smart.achievable.noTarget"],
    ["no history", { lastActual: null }, "achievable:ok:smart.achievable.noHistory"],
    ["history of 0", { lastActual: 0 }, "achievable:ok:smart.achievable.noHistory"],
    ["growth of exactly 50% is fine", { target: 150 }, "achievable:ok:smart.achievable.ok"],
    ["growth above 50%", { target: 151 }, "achievable:warn:smart.achievable.highGrowth"],
    ["target below last actual", { target: 99 }, "achievable:warn:smart.achievable.belowLast"],
    [
      "lower-is-better above last actual",
      { direction: "lower", target: 110 },
      "achievable:warn:smart.achievable.aboveLast",
    ],
    [
      "lower-is-better cut above 50%",
      { direction: "lower", target: 40 },
      "achievable:warn:smart.achievable.steepCut",
    ],
    ["lower-is-better sensible cut", { direction: "lower", target: 80 }, "achievable:ok:smart.achievable.ok"],
    ["no weight", { weight: null }, "relevant:fail:smart.relevant.noWeight"],
    ["weight 0", { weight: 0 }, "relevant:fail:smart.relevant.noWeight"],
    ["weight above 100%", { weight: 1.5 }, "relevant:fail:smart.relevant.overWeight"],
    ["KPI outside the library", { kpiInLibrary: false }, "relevant:warn:smart.relevant.notInLibrary"],
    ["no period nor due", { period: null, due: null }, "timeBound:fail:smart.timeBound.missing"],
    ["no period", { period: "" }, "timeBound:warn:smart.timeBound.noPeriod"],
    ["no due date", { due: null }, "timeBound:warn:smart.timeBound.noDue"],
    ["unreadable period", { period: "Q3" }, "timeBound:fail:smart.timeBound.badPeriod"],
    ["due outside the period", { due: S(2026, 10, 15) }, "timeBound:warn:smart.timeBound.dueOutside"],
    ["due not a date", { due: -3 }, "timeBound:warn:smart.timeBound.dueOutside"],
  ])("%s", (_name, change, expected) => {
    expect(verdicts({ ...good, ...change })).toContain(expected);
  });

  it("gives message parameters the catalogue can render in both languages", () => {
    const check = checkSmart({ ...good, target: 180 }).find((c) => c.letter === "achievable")!;
    expect(t("en-US", check.key, check.params)).toBe(
      "The target is 80% above the last actual (100): check it is reachable",
    );
    expect(t("zh-CN", check.key, check.params)).toBe("目标比上期实际（100）高 80%：请确认可以达成");
    const time = checkSmart({ ...good, due: S(2026, 12, 1) }).find((c) => c.letter === "timeBound")!;
    expect(t("en-US", time.key, time.params)).toBe("The due date falls outside period 2026-Q3");
  });
});
