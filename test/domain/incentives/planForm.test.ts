/** The plan editor's checks and the points grid's validation (core's table rules, placed on their cells). */
import { t } from "../../../src/i18n";
import {
  checkPlan,
  checkPoints,
  curveRowsOf,
  curveUsers,
  draftOfPlan,
  emptyPlan,
  parseNumberText,
  pointsOf,
  type PlanDraft,
  type PlanField,
  type PointDraft,
} from "../../../src/domain/incentives/planForm";
import { PLANS, SEED, TODAY } from "../../taskpane/screens/incentives/fixture";

const grid = (...rows: [string, string][]): PointDraft[] =>
  rows.map(([point, value], i) => ({ key: i + 1, point, value }));
const ctx = { isNew: true, existingIds: new Set(["BON-T", "COM-T"]), kpis: new Set(["REV", "CSAT"]) };
const valid: PlanDraft = { ...emptyPlan(TODAY), planId: "NEW-1", name: "New bonus", curve: "BON-C" };

describe("parseNumberText", () => {
  it.each([
    ["", null],
    ["  ", null],
    ["1,000,000", 1_000_000],
    ["0.002", 0.002],
    ["0.2%", 0.002],
    ["-3", -3],
    ["1e3", 1000],
    ["abc", NaN],
    ["1.2.3", NaN],
    ["%", NaN],
  ])("%j → %p", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});

describe("checkPlan", () => {
  it("builds the Plans row of a valid draft: a bonus keeps Method blank, the gate minimum is a fraction", () => {
    const checked = checkPlan({ ...valid, gateKpi: "CSAT", gateMin: "50", cap: "150,000", quota: "" }, ctx);
    expect(checked).toEqual({
      ok: true,
      row: {
        PlanID: "NEW-1",
        Name: "New bonus",
        Kind: "bonus",
        Basis: "score",
        BasisKPI: null,
        Method: null,
        Curve: "BON-C",
        Quota: null,
        GateKPI: "CSAT",
        GateMin: 0.5,
        Cap: 150000,
        From: 46023,
        To: 46387,
      },
    });
  });

  it("keeps the method of a commission", () => {
    const checked = checkPlan(
      { ...valid, kind: "commission", basis: "deals", method: "retro", quota: "2500000" },
      ctx,
    );
    expect(checked.ok && checked.row).toMatchObject({
      Kind: "commission",
      Method: "retro",
      Quota: 2_500_000,
    });
  });

  it.each<[string, Partial<PlanDraft>, PlanField, string]>([
    ["blank id", { planId: " " }, "planId", "incentives.err.required"],
    ["id taken", { planId: "BON-T" }, "planId", "incentives.err.exists"],
    ["blank name", { name: "" }, "name", "incentives.err.required"],
    ["KPI basis without KPI", { basis: "kpi" }, "basisKpi", "incentives.err.requiredForKpi"],
    ["unknown basis KPI", { basis: "kpi", basisKpi: "NOPE" }, "basisKpi", "incentives.err.unknownKpi"],
    ["blank curve", { curve: "" }, "curve", "incentives.err.required"],
    ["quota not a number", { quota: "lots" }, "quota", "incentives.err.notNumber"],
    ["quota 0", { quota: "0" }, "quota", "incentives.err.notPositive"],
    ["bonus on deals without quota", { basis: "deals" }, "quota", "incentives.err.requiredForDeals"],
    ["unknown gate KPI", { gateKpi: "NOPE", gateMin: "50" }, "gateKpi", "incentives.err.unknownKpi"],
    ["gate without minimum", { gateKpi: "CSAT" }, "gateMin", "incentives.err.requiredForGate"],
    ["negative gate minimum", { gateKpi: "CSAT", gateMin: "-5" }, "gateMin", "incentives.err.negative"],
    ["negative cap", { cap: "-1" }, "cap", "incentives.err.negative"],
    ["bad From", { from: "2026-02-30" }, "from", "incentives.err.notDate"],
    ["To before From", { from: "2026-06-01", to: "2026-05-31" }, "to", "incentives.err.toBeforeFrom"],
  ])("%s → %s", (_name, change, field, key) => {
    const checked = checkPlan({ ...valid, ...change }, ctx);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[field]?.key).toBe(key);
  });

  it("accepts an existing plan's own id, and every message names its field", () => {
    expect(checkPlan(draftOfPlan(PLANS[0]), { ...ctx, isNew: false }).ok).toBe(true);
    const checked = checkPlan({ ...valid, planId: "" }, ctx);
    if (checked.ok) throw new Error("expected an error");
    const error = checked.errors.planId;
    expect(t("en-US", error!.key, { ...error!.params, field: "Plan ID" })).toBe("Plan ID is required");
    expect(t("zh-CN", error!.key, { ...error!.params, field: "方案编号" })).toBe("方案编号为必填项");
  });

  it("round-trips a saved plan through its draft", () => {
    for (const plan of PLANS) {
      const checked = checkPlan(draftOfPlan(plan), { ...ctx, isNew: false });
      const expected = { ...plan, Method: plan.Kind === "commission" ? plan.Method : null };
      expect(checked).toEqual({ ok: true, row: expected });
    }
  });
});

describe("checkPoints (the points grid)", () => {
  const issuesOf = (points: PointDraft[], kind: "bonus" | "commission" = "bonus") =>
    checkPoints(points, kind, "Points").issues.map((i) => [i.row, i.column, i.error.localized("en-US")]);

  it("builds the curve of a valid bonus grid and the tiers of a commission grid", () => {
    const bonus = checkPoints(grid(["0.8", "0.5"], ["1", "1"], ["1.2", "150%"]), "bonus", "Points");
    expect(bonus.issues).toEqual([]);
    expect(bonus.curve).toEqual({ points: [0.8, 1, 1.2], values: [0.5, 1, 1.5] });
    const tiers = checkPoints(grid(["0", "0.2%"], ["1,000,000", "0.003"]), "commission", "Points");
    expect(tiers.tiers).toEqual({ bounds: [0, 1_000_000], rates: [0.002, 0.003] });
  });

  it.each<[string, PointDraft[], "bonus" | "commission", [number | null, string | null, string][]]>([
    [
      "a point that is not a number",
      grid(["0.8", "0.5"], ["x", "1"]),
      "bonus",
      [[2, "point", "Points: row 2, column 1 is not a number"]],
    ],
    [
      "a half-blank row",
      grid(["0.8", ""]),
      "bonus",
      [[1, "value", "Points: row 1, column 2 is not a number"]],
    ],
    [
      "points not ascending",
      grid(["1", "1"], ["0.8", "0.5"]),
      "bonus",
      [[2, "point", "Points: row 2 is not in ascending order"]],
    ],
    [
      "a repeated point",
      grid(["1", "1"], ["1", "2"]),
      "bonus",
      [[2, "point", "Points: row 2 is not in ascending order"]],
    ],
    [
      "a negative tier bound",
      grid(["-1", "0.01"], ["0", "0.02"]),
      "commission",
      [[1, "point", "Points: row 1, column 1 must not be negative"]],
    ],
    ["no rows at all", grid(["", ""]), "bonus", [[null, null, "Points: the table has no rows"]]],
  ])("refuses %s, naming the row", (_name, points, kind, expected) => {
    expect(issuesOf(points, kind)).toEqual(expected);
  });

  it("ignores fully blank rows but keeps the row numbers the user sees", () => {
    const checked = checkPoints(grid(["0", "0.01"], ["", ""], ["100", "x"]), "commission", "Points");
    expect(checked.issues.map((i) => [i.row, i.column])).toEqual([[3, "value"]]);
    const ok = checkPoints(grid(["0", "0.01"], ["", ""], ["100", "0.02"]), "commission", "Points");
    expect(ok.rows).toEqual([
      { row: 1, key: 0, value: 0.01 },
      { row: 3, key: 100, value: 0.02 },
    ]);
    expect(curveRowsOf(" COM-C ", ok.rows)).toEqual([
      { Curve: "COM-C", Point: 0, Value: 0.01 },
      { Curve: "COM-C", Point: 100, Value: 0.02 },
    ]);
  });

  it("speaks the pane's language", () => {
    const [issue] = checkPoints(grid(["1", "1"], ["0.8", "0.5"]), "bonus", "节点表").issues;
    expect(issue.error.localized("zh-CN")).toBe("节点表：第 2 行未按升序排列");
  });
});

describe("pointsOf and curveUsers", () => {
  it("loads a curve's rows sorted by point", () => {
    const rows = [...(SEED.Curves ?? [])].reverse();
    expect(pointsOf(rows, "BON-C").map((p) => [p.point, p.value])).toEqual([
      ["0.8", "0.5"],
      ["1", "1"],
      ["1.2", "1.5"],
    ]);
    expect(pointsOf(rows, "NONE")).toEqual([]);
  });

  it("lists the other plans and KPIs reading a curve", () => {
    const kpis = [
      { KPI: "REV", Curve: "BON-C" },
      { KPI: "CSAT", Curve: null },
    ];
    expect(curveUsers("BON-C", "BON-T", PLANS, kpis)).toEqual({ plans: ["OLD-P"], kpis: ["REV"] });
    expect(curveUsers("COM-C", "COM-T", PLANS, kpis)).toEqual({ plans: [], kpis: [] });
  });
});
