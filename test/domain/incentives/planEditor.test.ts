/** The plan editor's decisions: choices offered, field changes, the curve hint, the live preview, what a save writes. */
import {
  amountOf,
  curveHint,
  planChoices,
  planContext,
  planPreview,
  planToSave,
  withPlanField,
} from "../../../src/domain/incentives/planEditor";
import {
  checkPlan,
  checkPoints,
  emptyPlan,
  type PlanDraft,
  type PointDraft,
} from "../../../src/domain/incentives/planForm";
import { PLANS, SEED, TODAY } from "../../taskpane/screens/incentives/fixture";

const grid = (...rows: [string, string][]): PointDraft[] =>
  rows.map(([point, value], i) => ({ key: i + 1, point, value }));
const bonusDraft: PlanDraft = { ...emptyPlan(TODAY), planId: "NEW-1", name: "New bonus", curve: "BON-C" };
const commissionDraft: PlanDraft = { ...bonusDraft, kind: "commission", basis: "deals", curve: "COM-C" };
const bonusGrid = checkPoints(grid(["0.8", "0.5"], ["1", "1"], ["1.2", "1.5"]), "bonus", "points");
const tierGrid = checkPoints(grid(["0", "0.01"], ["1000", "0.02"]), "commission", "points");
const preview = (over: Partial<Parameters<typeof planPreview>[0]>) =>
  planPreview({
    draft: bonusDraft,
    grid: bonusGrid,
    targetText: "100",
    exampleText: null,
    gateMet: true,
    ...over,
  });

describe("amountOf", () => {
  it.each([
    ["1,000", 1000],
    ["0", 0],
    ["", null],
    ["abc", null],
    ["-5", null],
  ])("%j → %p", (text, expected) => {
    expect(amountOf(text)).toBe(expected);
  });
});

describe("planChoices and planContext", () => {
  it("offers the library's KPI codes and the distinct curve ids, sorted, blanks left out", () => {
    const choices = planChoices({
      KPIs: [{ KPI: " REV " }, { KPI: "" }, { KPI: "CSAT" }],
      Curves: [...(SEED.Curves ?? []), { Curve: " ", Point: 0, Value: 0 }],
    });
    expect(choices.kpis).toEqual(["REV", "CSAT"]);
    expect(choices.curveIds).toEqual([...new Set((SEED.Curves ?? []).map((c) => c.Curve))].sort());
  });

  it("knows the existing plan ids (trimmed) and the KPI codes", () => {
    const ctx = planContext(true, PLANS, ["REV"]);
    expect(ctx.isNew).toBe(true);
    expect([...ctx.existingIds]).toEqual(PLANS.map((p) => p.PlanID.trim()));
    expect(ctx.kpis.has("REV")).toBe(true);
  });
});

describe("withPlanField", () => {
  it("moves a score basis to deals when the kind becomes commission", () => {
    expect(withPlanField({ ...bonusDraft, basis: "score" }, "kind", "commission").basis).toBe("deals");
  });

  it("keeps any other basis, and changes only the field otherwise", () => {
    expect(withPlanField({ ...bonusDraft, basis: "kpi" }, "kind", "commission").basis).toBe("kpi");
    expect(withPlanField({ ...bonusDraft, basis: "score" }, "kind", "bonus").basis).toBe("score");
    expect(withPlanField(bonusDraft, "name", "Renamed")).toEqual({ ...bonusDraft, name: "Renamed" });
  });
});

describe("curveHint", () => {
  it("names who else reads the curve first, then says a new curve will be made", () => {
    expect(curveHint("BON-C", { plans: ["OLD-P"], kpis: ["REV"] }, ["BON-C"])).toEqual({
      key: "incentives.hint.curveShared",
      params: { users: "OLD-P, REV" },
    });
    expect(curveHint(" NEW-C ", { plans: [], kpis: [] }, ["BON-C"])).toEqual({
      key: "incentives.hint.curveNew",
    });
    expect(curveHint("BON-C", { plans: [], kpis: [] }, ["BON-C"])).toBeNull();
    expect(curveHint("  ", { plans: [], kpis: [] }, [])).toBeNull();
  });
});

describe("planPreview", () => {
  it("charts a bonus curve and works the default example at 120% attainment", () => {
    const p = preview({});
    expect(p.example).toBe("120");
    expect(p.exampleError).toBeNull();
    expect(p.chart).not.toBeNull();
    // 1.2 on (0.8, 0.5), (1, 1), (1.2, 1.5): 1.5 × the target bonus of 100.
    expect(p.bonus?.payout).toBeCloseTo(150, 8);
    expect(p.commission).toBeNull();
  });

  it("pays nothing when the gate is not met, and ignores the gate box of a plan without a gate", () => {
    const gated = { ...bonusDraft, gateKpi: "CSAT", gateMin: "80" };
    expect(preview({ draft: gated, gateMet: false }).bonus?.payout).toBe(0);
    expect(preview({ gateMet: false }).bonus?.payout).toBeCloseTo(150, 8);
  });

  it("works a commission example at 80% of the chart's span, and one typed", () => {
    const p = preview({ draft: commissionDraft, grid: tierGrid });
    expect(Number(p.example)).toBeGreaterThan(0);
    expect(p.commission).not.toBeNull();
    expect(p.bonus).toBeNull();
    const typed = preview({ draft: commissionDraft, grid: tierGrid, exampleText: "500" });
    expect(typed.example).toBe("500");
    expect(typed.commission?.payout).toBeCloseTo(5, 8);
  });

  it.each([
    ["", "incentives.err.required"],
    ["abc", "incentives.err.notNumber"],
    ["-1", "incentives.err.negative"],
  ])("an example typed %j reads %s, with the chart still drawn", (exampleText, key) => {
    const p = preview({ exampleText });
    expect(p.exampleError).toBe(key);
    expect(p.bonus).toBeNull();
    expect(p.chart).not.toBeNull();
  });

  it("has no chart while the grid is invalid", () => {
    const bad = checkPoints(grid(["1", "x"]), "bonus", "points");
    expect(preview({ grid: bad })).toMatchObject({ chart: null, bonus: null, commission: null, error: null });
  });

  it("reads the quota and target as typed, a blank or bad target as the default of 100", () => {
    expect(preview({ draft: { ...commissionDraft, quota: "2,000" }, grid: tierGrid }).quota).toBe(2000);
    expect(preview({ targetText: "200" }).bonus?.payout).toBeCloseTo(300, 8);
    expect(preview({ targetText: "x" }).bonus?.payout).toBeCloseTo(150, 8);
  });
});

describe("planToSave", () => {
  const ctx = planContext(true, PLANS, ["REV", "CSAT"]);
  it("is the Plans row and the curve's rows of a valid draft", () => {
    const saved = planToSave(checkPlan(bonusDraft, ctx), bonusGrid);
    expect(saved?.plan.PlanID).toBe("NEW-1");
    expect(saved?.points.map((p) => [p.Curve, p.Point, p.Value])).toEqual([
      ["BON-C", 0.8, 0.5],
      ["BON-C", 1, 1],
      ["BON-C", 1.2, 1.5],
    ]);
  });

  it("is null while the draft or the grid has a problem", () => {
    expect(planToSave(checkPlan({ ...bonusDraft, name: "" }, ctx), bonusGrid)).toBeNull();
    expect(
      planToSave(checkPlan(bonusDraft, ctx), checkPoints(grid(["1", "x"]), "bonus", "points")),
    ).toBeNull();
  });
});
