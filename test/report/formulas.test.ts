/**
 * Formula integrity: every live formula the report sheet carries, evaluated in a real formula engine
 * (HyperFormula with the KPI. functions registered), equals the value the model computed and the plan carries.
 */
import { generateSample, SAMPLE_AS_OF } from "../../src/model";
import type { SheetPlan } from "../../src/model/sheetPlan";
import { buildPeriod } from "../../src/domain/period";
import { planReport, REPORT_SHEETS } from "../../src/report";
import { createEngine } from "../functions/hyperformula";
import { d, handPeriod, handTeam, Q3_END } from "./fixture";
import { formulas, grid, rawRows } from "./sheets";

/** The report's own sheets (report, details, goals, analysis): what its formulas read, statements aside. */
function reportSheets(plans: SheetPlan[]): SheetPlan[] {
  return plans.slice(0, REPORT_SHEETS);
}

/** An engine holding every sheet of the report under its own name. */
function engineOf(plans: SheetPlan[]) {
  return createEngine(Object.fromEntries(plans.map((p) => [p.name, rawRows(p)])));
}

/**
 * Evaluates the formulas of every sheet of the report (they name each other's sheets) and returns [address,
 * carried, computed] for each.
 */
function evaluate(all: SheetPlan[]): {
  at: string;
  formula: string;
  carried: unknown;
  computed: unknown;
}[] {
  const plans = reportSheets(all);
  const engine = engineOf(plans);
  try {
    return plans.flatMap((plan) => {
      const sheet = engine.getSheetId(plan.name)!;
      return formulas(grid(plan)).map((f) => {
        const computed = engine.getCellValue({ sheet, row: f.row, col: f.col });
        return {
          at: `${plan.name}!${f.row + 1}:${f.col + 1}`,
          formula: f.formula,
          carried: f.value,
          computed,
        };
      });
    });
  } finally {
    engine.destroy();
  }
}

/** The sample team's 2026-Q2 report as of the sample's today (mid-period), and its evaluated formulas. */
function sampleQ2(locale: "en-US" | "zh-CN") {
  const tables = generateSample({ locale });
  const model = buildPeriod({ tables, period: "2026-Q2", asOf: SAMPLE_AS_OF, locale });
  return { model, results: evaluate(planReport(model, locale)) };
}

/** Carried and computed agree: numbers to 1e-9 (relative for large ones), text and booleans exactly. */
function mismatches(results: ReturnType<typeof evaluate>) {
  return results.filter(({ carried, computed }) => {
    if (typeof carried === "number") {
      return (
        typeof computed !== "number" || Math.abs(computed - carried) > 1e-9 * Math.max(1, Math.abs(carried))
      );
    }
    const blank = computed === null || computed === undefined ? "" : computed;
    return blank !== carried;
  });
}

describe("report formulas in HyperFormula", () => {
  it("the hand team: every formula equals the model's value", () => {
    const model = handPeriod();
    const results = evaluate(planReport(model, "en-US"));
    // Goals (attainment and score), composites, ratings, bonus attainments, gates, bonuses, commissions,
    // team sums and key figures.
    expect(results.length).toBeGreaterThan(30);
    expect(results.some((r) => r.formula.includes("KPI.STEPSCORE"))).toBe(true);
    expect(mismatches(results)).toEqual([]);
  });

  it("a lower-is-better step rule with a cap: the formula equals the model too", () => {
    const tables = handTeam();
    const lower = {
      ...tables,
      KPIs: tables.KPIs.map((k) =>
        k.KPI === "QUALITY" ? { ...k, Direction: "lower" as const, Cap: 1.1 } : k,
      ),
    };
    const model = handPeriod({ scope: "North", tables: lower });
    // Cat: 93 against 90, lower is better → 3 steps below at 10 points each → 100 − 30 = 70 (cap 110 not reached).
    expect(model.people.find((p) => p.id === "CAT")?.goals[0].score).toBe(70);
    const results = evaluate(planReport(model, "en-US"));
    expect(results.filter((r) => r.formula.includes("KPI.STEPSCORE")).map((r) => r.formula)).toEqual([
      expect.stringMatching(/^=100\+KPI\.STEPSCORE\(F\d+,G\d+,1,5,10,-100,10[\d.]*\)$/),
    ]);
    expect(mismatches(results)).toEqual([]);
  });

  it.each(["en-US", "zh-CN"] as const)(
    "the %s sample team: every formula equals the model's value",
    (locale) => {
      const { results } = sampleQ2(locale);
      const used = new Set(results.map((r) => /KPI\.[A-Z]+/.exec(r.formula)?.[0]).filter(Boolean));
      expect([...used].sort()).toEqual([
        "KPI.ATTAINMENT",
        "KPI.BANDSCORE",
        "KPI.BONUS",
        "KPI.CURVE",
        "KPI.RATING",
        "KPI.SCORE",
        "KPI.STEPSCORE",
        "KPI.TIERED",
        "KPI.WEIGHTED",
      ]);
      expect(mismatches(results)).toEqual([]);
    },
  );

  it.each([
    ["mid-period (projected columns, projected key figures)", d(8, 15), handTeam()],
    [
      "a held bonus (gate KPI without a goal): words, never a formula, and out of every sum",
      Q3_END,
      { ...handTeam(), Goals: handTeam().Goals.filter((g) => g.GoalID !== "G7") },
    ],
  ])("the hand team %s: every formula equals the model's value", (_case, asOf, tables) => {
    const model = handPeriod({ tables, asOf });
    const results = evaluate(planReport(model, "en-US"));
    // Team comparison and, mid-period, the projected totals are live too.
    expect(results.some((r) => r.formula.startsWith("=AVERAGEIF("))).toBe(true);
    if (model.basis === "projected") {
      expect(results.filter((r) => /^=SUM\(/.test(r.formula)).length).toBeGreaterThanOrEqual(4);
    }
    expect(mismatches(results)).toEqual([]);
  });

  it.each(["en-US", "zh-CN"] as const)(
    "the %s sample mid-period: projected bonus and commission are live wherever the to-date ones are",
    (locale) => {
      const { model, results } = sampleQ2(locale);
      expect(model.basis).toBe("projected");
      // Commission: credited to date × the plan's days ÷ days elapsed, through the tiers and the cap.
      const projectedCommission = results.filter((r) =>
        /KPI\.TIERED\('[^']+'![A-Z]+\d+\*\d+\/\d+,/.test(r.formula),
      );
      const withCommission = model.people.filter((p) => p.commission?.projected != null);
      expect(projectedCommission).toHaveLength(withCommission.length);
      expect(withCommission.length).toBeGreaterThan(0);
      // Bonus: KPI.BONUS at the projected score (÷ 100), for every score-based bonus that is not held.
      const projectedBonus = results.filter((r) =>
        /^=KPI\.BONUS\('[^']+'![A-Z]+\d+,[A-Z]+\d+\/100,/.test(r.formula),
      );
      const scored = model.people.filter(
        (p) => p.bonus?.basis === "score" && !p.bonus.held && p.bonus.projected !== null,
      );
      expect(projectedBonus).toHaveLength(scored.length);
      expect(scored.length).toBeGreaterThan(0);
      expect(mismatches(results)).toEqual([]);
    },
  );

  it("editing the credited sales recomputes the projected commission (to date × 92 ÷ 46 days mid-Q3)", () => {
    const model = handPeriod({ asOf: d(8, 15) });
    const plans = reportSheets(planReport(model, "en-US"));
    const [report, pay] = plans;
    const engine = engineOf(plans);
    try {
      const projected = formulas(grid(report)).filter((f) =>
        /KPI\.TIERED\('[^']+'![A-Z]+\d+\*92\/46,/.test(f.formula),
      );
      expect(projected.length).toBeGreaterThan(0);
      const { row, col, formula } = projected[0];
      // Credited sales are on the pay detail's sheet.
      const credited = /KPI\.TIERED\('([^']+)'!([A-Z]+)(\d+)\*/.exec(formula)!;
      expect(credited[1]).toBe(pay.name);
      const ref = {
        sheet: engine.getSheetId(pay.name)!,
        row: Number(credited[3]) - 1,
        col: credited[2].charCodeAt(0) - 65,
      };
      const sheet = engine.getSheetId(report.name)!;
      const before = engine.getCellValue({ sheet, row, col }) as number;
      engine.setCellContents(ref, (engine.getCellValue(ref) as number) * 2);
      expect(engine.getCellValue({ sheet, row, col }) as number).toBeGreaterThan(before);
    } finally {
      engine.destroy();
    }
  });

  it("editing an input recomputes: a higher actual raises the goal score and the composite", () => {
    const model = handPeriod({ scope: "North" });
    const plans = reportSheets(planReport(model, "en-US"));
    const report = plans[0];
    const goals = plans.find((p) => p.name === "KPI Report 2026-Q3 Goals")!;
    const engine = engineOf(plans);
    try {
      // Ann's visits goal (second goal row) on the goals sheet: actual in column G, score in J; her composite on
      // the report's scorecard, D, over the goals sheet's scores and weights.
      const goalRows = rawRows(goals);
      const rows = rawRows(report);
      const goalRow = goalRows.findIndex((r) => r[2] === "G2");
      const annRow = rows.findIndex(
        (r) =>
          r[0] === "ANN" &&
          typeof r[3] === "string" &&
          r[3].startsWith("=KPI.WEIGHTED('KPI Report 2026-Q3 Goals'!"),
      );
      const goalSheet = engine.getSheetId(goals.name)!;
      engine.setCellContents({ sheet: goalSheet, row: goalRow, col: 6 }, 10);
      expect(engine.getCellValue({ sheet: goalSheet, row: goalRow, col: 9 })).toBe(100);
      // 0.6 × 110 + 0.4 × 100 = 106.
      expect(
        engine.getCellValue({ sheet: engine.getSheetId(report.name)!, row: annRow, col: 3 }),
      ).toBeCloseTo(106, 9);
    } finally {
      engine.destroy();
    }
  });
});
