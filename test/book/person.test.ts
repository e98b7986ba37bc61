import {
  bonusReason,
  buildBook,
  commissionReason,
  compositeFormula,
  personPage,
  type PersonPage,
} from "../../src/book";
import { generateSample, REVIEW_DIMENSIONS, SAMPLE_AS_OF, type SampleRows } from "../../src/model";
import type { BonusReport, CommissionReport } from "../../src/domain/incentives/types";
import { buildPeriod as buildReport } from "../../src/domain/period";

const PERIOD = "2026-Q2";

function sample(): SampleRows {
  return generateSample({ locale: "en-US", asOf: SAMPLE_AS_OF });
}

function pageOf(rows: SampleRows, id: string): PersonPage {
  const page = personPage(buildBook(rows, { locale: "en-US" }), id, PERIOD, SAMPLE_AS_OF);
  if (!page) throw new Error(`no page for ${id}`);
  return page;
}

describe("personPage", () => {
  it("is null for an id nobody has", () => {
    expect(personPage(buildBook(sample(), { locale: "en-US" }), "NOBODY", PERIOD, SAMPLE_AS_OF)).toBeNull();
  });

  it("breaks the composite down by KPI: weight × score = points, Σ points ÷ Σ weight = the report's composite", () => {
    const rows = sample();
    const page = pageOf(rows, "M001");
    const report = buildReport({ tables: rows, period: PERIOD, asOf: SAMPLE_AS_OF, locale: "en-US" });
    const person = report.people.find((p) => p.id === "M001")!;
    expect(page.composite).toBe(person.composite);
    expect(page.parts.length).toBeGreaterThan(1);
    for (const part of page.parts) expect(part.points).toBeCloseTo(part.weight * part.score, 10);
    const points = page.parts.reduce((s, p) => s + p.points, 0);
    expect(points / page.scoredWeight).toBeCloseTo(person.composite!, 10);
  });

  it("shows each goal's progress capped at 100%, its source and pace", () => {
    const page = pageOf(sample(), "M001");
    expect(page.goals.length).toBeGreaterThan(0);
    for (const g of page.goals) {
      if (g.attainment === null) expect(g.progress).toBeNull();
      else expect(g.progress).toBe(Math.min(1, Math.max(0, g.attainment)));
    }
    expect(page.goals.some((g) => g.actualSource === "crm")).toBe(true);
    expect(page.goals.some((g) => g.actualSource === "actuals")).toBe(true);
    expect(page.goals.some((g) => (g.attainment ?? 0) > 1 && g.progress === 1)).toBe(true);
  });

  it("lists the work plan overdue first, oldest first, done last, without cancelled tasks", () => {
    const rows = sample();
    const mine = rows.Tasks.filter((t) => t.ManagerID === "M002");
    // One cancelled and one done task in the period, one task overdue by a long way.
    mine[0].Status = "cancelled";
    mine[1].Status = "done";
    const page = pageOf(rows, "M002");
    expect(page.tasks.map((t) => t.id)).not.toContain(mine[0].TaskID);
    const ranks = page.tasks.map((t) => (t.overdue ? 0 : t.status === "done" ? 2 : 1));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const overdue = page.tasks.filter((t) => t.overdue);
    expect(overdue.length).toBe(page.overdue);
    for (let i = 1; i < overdue.length; i++)
      expect(overdue[i].due!).toBeGreaterThanOrEqual(overdue[i - 1].due!);
    for (const t of overdue) expect(t.due!).toBeLessThan(SAMPLE_AS_OF);
  });

  it("lists open deals only, largest first, with the customer's name instead of its id", () => {
    const rows = sample();
    const page = pageOf(rows, "M001");
    const open = rows.Deals.filter((d) => d.ManagerID === "M001" && d.Stage !== "won" && d.Stage !== "lost");
    expect(page.deals.map((d) => d.id).sort()).toEqual(open.map((d) => d.DealID).sort());
    for (let i = 1; i < page.deals.length; i++)
      expect(page.deals[i].amount ?? 0).toBeLessThanOrEqual(page.deals[i - 1].amount ?? 0);
    const ids = new Set(rows.Customers.map((c) => c.CustomerID));
    for (const d of page.deals) if (d.customer !== null) expect(ids.has(d.customer)).toBe(false);
  });

  it("gives the review's six dimensions with the change since the previous period", () => {
    const page = pageOf(sample(), "M001");
    expect(page.review.dimensions.map((d) => d.dimension)).toEqual(REVIEW_DIMENSIONS);
    const rows = sample();
    const before = buildReport({ tables: rows, period: "2026-Q1", asOf: 46112, locale: "en-US" }).people.find(
      (p) => p.id === "M001",
    )!.review;
    expect(page.review.dimensions.some((d) => d.change !== null)).toBe(true);
    for (const d of page.review.dimensions) {
      const was = before.dimensions[d.dimension];
      if (d.score === null || was === null) expect(d.change).toBeNull();
      else expect(d.change).toBeCloseTo(d.score - was, 10);
    }
  });

  it("prorates the yearly training requirement to the period by days", () => {
    const page = pageOf(sample(), "M001");
    // 2026-Q2: 91 days of Settings trainingHours (40 by default).
    expect(page.training.required).toBeCloseTo((40 * 91) / 365, 10);
  });

  it("keeps recent one-on-ones (newest first, three at most) and the period's recognition", () => {
    const rows = sample();
    rows.Recognition.push({
      Date: 46150,
      ManagerID: "M001",
      Award: "Star of the month",
      Reason: "Big win",
      By: null,
    });
    rows.Recognition.push({ Date: 45000, ManagerID: "M001", Award: "Old award", Reason: null, By: null });
    const page = pageOf(rows, "M001");
    expect(page.recognition.map((r) => r.award)).toContain("Star of the month");
    expect(page.recognition.map((r) => r.award)).not.toContain("Old award");
    expect(page.meetings.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < page.meetings.length; i++)
      expect(page.meetings[i].date).toBeLessThanOrEqual(page.meetings[i - 1].date);
  });

  it("gives every 0 or held payout its plain reason, and none to a paying one", () => {
    const rows = sample();
    const held = pageOf(rows, "M005");
    expect(held.bonus?.report.held).toBe(true);
    expect(held.bonus?.reason).toEqual({
      key: "report.held.why",
      params: { kpi: "Complaint rate" },
    });
    const zero = pageOf(rows, "M003");
    expect(zero.bonus?.report.amount).toBe(0);
    expect(zero.bonus?.reason).toEqual({ key: "report.zero.zeroMultiplier", params: {} });
    expect(zero.commission?.report.amount).toBeGreaterThan(0);
    expect(zero.commission?.reason).toBeNull();
  });

  it("is only a header for someone not on the team in the period", () => {
    const rows = sample();
    rows.Managers[0].HireDate = 47000;
    const page = pageOf(rows, rows.Managers[0].ManagerID);
    expect(page.inPeriod).toBe(false);
    expect(page.name).toBe(rows.Managers[0].Name);
    expect(page.goals).toEqual([]);
    expect(page.bonus).toBeNull();
  });
});

describe("payout reasons", () => {
  const bonus = (over: Partial<BonusReport>) =>
    ({ error: null, held: false, zeroReason: null, gate: null, ...over }) as BonusReport;
  const commission = (over: Partial<CommissionReport>) =>
    ({ error: null, zeroReason: null, ...over }) as CommissionReport;
  const cause = { key: "err.internal", params: { detail: "x" } } as const;

  it.each([
    ["not computed", bonus({ error: cause }), { key: "report.stmt.notComputed", params: {}, cause }],
    [
      "held",
      bonus({ held: true, gate: { kpi: "REV", kpiName: "Revenue" } as BonusReport["gate"] }),
      { key: "report.held.why", params: { kpi: "Revenue" } },
    ],
    ["gate not met", bonus({ zeroReason: "gateNotMet" }), { key: "report.zero.gateNotMet", params: {} }],
    ["paying", bonus({}), null],
  ])("bonus %s", (_, report, reason) => expect(bonusReason(report)).toEqual(reason));

  it.each([
    ["not computed", commission({ error: cause }), { key: "report.stmt.notComputed", params: {}, cause }],
    ["no deals", commission({ zeroReason: "noDeals" }), { key: "report.zero.noDeals", params: {} }],
    ["paying", commission({}), null],
  ])("commission %s", (_, report, reason) => expect(commissionReason(report)).toEqual(reason));
});

describe("compositeFormula", () => {
  it("writes KPI.WEIGHTED as Excel's SUMPRODUCT over SUM", () => {
    expect(
      compositeFormula([
        { weight: 0.6, score: 90 },
        { weight: 0.4, score: 110.456 },
      ]),
    ).toBe("=SUMPRODUCT({0.6,0.4},{90,110.46})/SUM({0.6,0.4})");
  });
  it("is null without a scored goal", () => expect(compositeFormula([])).toBeNull());
});
