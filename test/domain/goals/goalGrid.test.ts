import {
  copyAuditRow,
  gridTargets,
  planCopy,
  planTemplate,
  reviewGrid,
} from "../../../src/domain/goals/goalGrid";
import { KPI_TEMPLATES } from "../../../src/domain/goals/templates";
import "../../../src/i18n/all";
import { Q3_END, TEAM, bookOf, row } from "../../taskpane/screens/goals/fixture";
import { serialFromYMD } from "../../../src/core";

const Q2_END = serialFromYMD(2026, 6, 30);
const q2 = (fields: Parameters<typeof row<"Goals">>[1]) =>
  row("Goals", { Period: "2026-Q2", Due: Q2_END, Status: "done", SetBy: "Wang", ...fields });

/** TEAM with Q2 goals: Ada's REV and DEALS and a cancelled WIN, Bo's REV; Dee (left in June) has one too. */
const seed = {
  ...TEAM,
  Goals: [
    ...(TEAM.Goals ?? []),
    q2({
      GoalID: "G000010",
      ManagerID: "M1",
      KPI: "REV",
      Target: 1_800_000,
      Weight: 0.5,
      Description: "Revenue: reach 1,800,000 in 2026-Q2",
    }),
    q2({
      GoalID: "G000011",
      ManagerID: "M1",
      KPI: "WIN",
      Target: 0.35,
      Weight: 0.2,
      Description: "Win 35% of deals",
    }),
    q2({ GoalID: "G000012", ManagerID: "M1", KPI: "DEALS", Target: 4, Weight: 0.3, Status: "cancelled" }),
    q2({ GoalID: "G000013", ManagerID: "M2", KPI: "REV", Target: 2_000_000, Weight: 0.6, Description: "" }),
    q2({ GoalID: "G000014", ManagerID: "M4", KPI: "REV", Target: 1, Weight: 1, Description: "Gone" }),
  ],
};
const book = bookOf(seed);
const north = [
  { id: "M1", name: "Ada Lin" },
  { id: "M2", name: "Bo Chen" },
  { id: "M4", name: "Dee Ho" },
];

describe("planCopy", () => {
  it("copies last period's goals of the team, skipping cancelled ones, KPIs already set and people who left", () => {
    const grid = planCopy(book, north, "2026-Q3");
    expect(grid?.from).toBe("2026-Q2");
    expect(grid?.to.text).toBe("2026-Q3");
    // Ada already has REV in Q3: skipped; her WIN is copied; Bo's REV is copied; Dee left before Q3.
    expect(grid?.lines.map((l) => [l.person.id, l.kpi, l.target, l.weight])).toEqual([
      ["M1", "WIN", 0.35, 0.2],
      ["M2", "REV", 2_000_000, 0.6],
    ]);
    expect(grid?.skipped).toEqual([{ name: "Ada Lin", kpi: "Revenue" }]);
    expect(gridTargets(grid!)).toEqual({ G000011: "35", G000013: "2000000" });
  });

  it("copies for one person into a future period with nothing yet", () => {
    const grid = planCopy(book, [north[0]], "2026-Q4");
    // Q3 (the period before Q4) holds Ada's two drafts.
    expect(grid?.lines.map((l) => l.key)).toEqual(["G000001", "G000002"]);
    expect(grid?.skipped).toEqual([]);
  });

  it("is null for a period that does not read", () => {
    expect(planCopy(book, north, "2026-Q5")).toBeNull();
  });
});

describe("reviewGrid", () => {
  it("writes drafts due at the new period's end, with adjusted targets and their text rewritten", () => {
    const grid = planCopy(book, north, "2026-Q3")!;
    const review = reviewGrid(grid, { G000011: "40", G000013: "2,200,000" }, book, "en-US");
    expect(review.errors).toEqual({});
    expect(review.rows).toEqual([
      {
        GoalID: "G000015",
        ManagerID: "M1",
        Period: "2026-Q3",
        KPI: "WIN",
        Description: "Win 40% of deals",
        Target: 0.4,
        Weight: 0.2,
        Due: Q3_END,
        Status: "draft",
        ParentGoal: null,
        SetBy: "Wang",
        Note: null,
      },
      expect.objectContaining({
        GoalID: "G000016",
        ManagerID: "M2",
        Target: 2_200_000,
        // A copied goal without text gets one naming KPI, target and period.
        Description: "Revenue: reach 2,200,000 CNY in 2026-Q3",
      }),
    ]);
  });

  it("rewrites the target and the period in a copied text", () => {
    const grid = planCopy(
      bookOf({ ...seed, Goals: seed.Goals.filter((g) => g.Period === "2026-Q2") }),
      [north[0]],
      "2026-Q3",
    )!;
    const rows = reviewGrid(grid, { ...gridTargets(grid), G000010: "2000000" }, book, "en-US").rows;
    expect(rows.find((r) => r.KPI === "REV")?.Description).toBe("Revenue: reach 2,000,000 in 2026-Q3");
  });

  it.each([
    ["blank", "", "goals.err.gridTargetRequired", { name: "Bo Chen", kpi: "Revenue" }],
    [
      "not a number",
      "lots",
      "goals.err.gridTargetNotNumber",
      { name: "Bo Chen", kpi: "Revenue", text: "lots" },
    ],
  ])("names the line of a %s target and writes nothing", (_, text, key, params) => {
    const grid = planCopy(book, north, "2026-Q3")!;
    const review = reviewGrid(grid, { G000011: "40", G000013: text }, book, "en-US");
    expect(review.errors).toEqual({ G000013: { key, params } });
    expect(review.rows).toEqual([]);
  });

  it("warns when the copies take someone's weights past 100% (Ada: 90% + 20%)", () => {
    const grid = planCopy(book, north, "2026-Q3")!;
    const review = reviewGrid(grid, gridTargets(grid), book, "en-US");
    expect(review.over).toEqual([{ name: "Ada Lin", total: expect.closeTo(1.1, 9) }]);
    expect(review.rows).toHaveLength(2);
  });

  it("writes the Audit line of a copy: periods, count and whose goals", () => {
    const grid = planCopy(book, north, "2026-Q3")!;
    expect(copyAuditRow(grid, 2, "North", " Wang ", 46249.6)).toEqual({
      Date: 46249,
      Action: "copy",
      PayoutID: null,
      Period: "2026-Q3",
      By: "Wang",
      Reason: "2026-Q2 → 2026-Q3 · 2",
      Subject: "North",
    });
    expect(copyAuditRow(grid, 2, "M1", "", 46249).By).toBeNull();
  });
});

describe("planTemplate", () => {
  const library = {
    ...seed,
    KPIs: [
      row("KPIs", { KPI: "REVENUE", Name: "Revenue won", Unit: "CNY", Source: "deals.amount" }),
      row("KPIs", { KPI: "LOANS", Name: "Loans", Unit: "CNY", Source: "manual" }),
      row("KPIs", { KPI: "VISITS", Name: "Visits", Unit: "visits", Source: "interactions.visits" }),
      row("KPIs", { KPI: "WIN", Name: "Win rate", Unit: "%", Source: "deals.winrate" }),
    ],
    Goals: [
      q2({ GoalID: "G000020", ManagerID: "M1", KPI: "LOANS", Target: 4_000_000, Weight: 0.5 }),
      row("Goals", {
        GoalID: "G000021",
        ManagerID: "M1",
        Period: "2026-Q3",
        KPI: "VISITS",
        Target: 20,
        Weight: 0.1,
      }),
    ],
  };
  const tb = bookOf(library);

  it("gives a person the template's KPIs with its weights, targets from last period, skipping what is set", () => {
    const grid = planTemplate(tb, "corporate", { id: "M1", name: "Ada Lin" }, "2026-Q3")!;
    // WIN_RATE is found by its source (the library calls it WIN); VISITS is already set; the rest are missing.
    expect(grid.lines.map((l) => [l.kpi, l.weight, l.target])).toEqual([
      // Revenue: no Q2 goal; the Q2 actual from deals (Ada won 50 + 70).
      ["REVENUE", 0.3, 120],
      // Loans: last period's goal target.
      ["LOANS", 0.2, 4_000_000],
      // Win rate: Ada won every Q2 deal she closed.
      ["WIN", 0.15, 1],
    ]);
    expect(grid.skipped).toEqual([{ name: "Ada Lin", kpi: "Visits" }]);
    expect(grid.missing).toEqual(["NEW_CUSTOMERS", "COMPLAINT_RATE"]);
  });

  it("asks for a target it has nothing to suggest for, and writes each goal's text in the pane's language", () => {
    const grid = planTemplate(tb, "sme", { id: "M2", name: "Bo Chen" }, "2027-Q1")!;
    expect(grid.lines.map((l) => [l.kpi, l.target])).toEqual([
      ["REVENUE", null],
      ["LOANS", null],
      ["VISITS", null],
    ]);
    const typed = { REVENUE: "200万", LOANS: "3,000,000", VISITS: "" };
    expect(reviewGrid(grid, typed, tb, "zh-CN").errors).toEqual({
      VISITS: { key: "goals.err.gridTargetRequired", params: { name: "Bo Chen", kpi: "Visits" } },
    });
    const rows = reviewGrid(grid, { ...typed, VISITS: "30" }, tb, "zh-CN").rows;
    // Money as the pane writes it: in 万 in Chinese (CNY is the yuan 万 counts), or as Settings chooses.
    expect(rows.map((r) => [r.KPI, r.Target, r.Weight, r.Period, r.Description])).toEqual([
      ["REVENUE", 2_000_000, 0.25, "2027-Q1", "Revenue won：2027-Q1 达到 200万"],
      ["LOANS", 3_000_000, 0.25, "2027-Q1", "Loans：2027-Q1 达到 300万"],
      ["VISITS", 30, 0.1, "2027-Q1", "Visits：2027-Q1 达到 30 visits"],
    ]);
    expect(
      reviewGrid(grid, { ...typed, VISITS: "30" }, tb, "zh-CN", "yuan").rows.map((r) => r.Description),
    ).toEqual([
      "Revenue won：2027-Q1 达到 2,000,000 CNY",
      "Loans：2027-Q1 达到 3,000,000 CNY",
      "Visits：2027-Q1 达到 30 visits",
    ]);
    expect(reviewGrid(grid, { ...typed, VISITS: "30" }, tb, "en-US").rows.map((r) => r.Description)[0]).toBe(
      "Revenue won: reach 2,000,000 CNY in 2027-Q1",
    );
    expect(rows.every((r) => r.Due === tb.period("2027-Q1")?.end && r.Status === "draft")).toBe(true);
    expect(KPI_TEMPLATES.sme.length).toBe(6);
  });
});
