/**
 * What the report and statements say beyond the arithmetic: held bonuses and why a payout is 0, to-date and
 * projected figures with their labels, deal lines, the next tier, payout status, team comparison, performers,
 * KPI trend, review dimensions and the ranked, capped flag list.
 */
import { generateSample, SAMPLE_AS_OF } from "../../src/model";
import type { PlanCell, SheetPlan } from "../../src/model/sheetPlan";
import { flagText } from "../../src/format";
import { t } from "../../src/i18n";
import { FLAGS_SHOWN_PER_SEVERITY, planReport, rankFlags, REPORT_SHEETS } from "../../src/report";
import { buildPeriod, type PersonReport, type PeriodPicture } from "../../src/domain/period";
import type { ReportTables } from "../../src/domain/input";
import type { Flag } from "../../src/domain/types";
import { d, handPeriod, handTeam, Q3_END, row } from "./fixture";
import { at, find, grid, oneLine, shown } from "./sheets";

const MID = d(8, 15); // 46 of Q3's 92 days: exactly half elapsed

function report(
  tables: ReportTables = handTeam(),
  asOf = Q3_END,
  scope: string | null = "North",
): PeriodPicture {
  return handPeriod({ scope, tables, asOf });
}

function person(model: PeriodPicture, id: string): PersonReport {
  const p = model.people.find((x) => x.id === id);
  if (!p) throw new Error(`${id} not in the report`);
  return p;
}

/** Texts of a sheet plan. */
function texts(plans: SheetPlan | SheetPlan[]): string[] {
  return [plans]
    .flat()
    .flatMap((plan) =>
      [...grid(plan).values()]
        .filter((c): c is Extract<PlanCell, { kind: "text" }> => c.kind === "text")
        .map((c) => oneLine(c.value)),
    );
}

/** The report's own sheets (report, details, goals, analysis) of a plan. */
const reportOf = (plans: SheetPlan[]) => plans.slice(0, REPORT_SHEETS);
/** The first statements sheet of a plan. */
const statementsOf = (plans: SheetPlan[]) => plans[REPORT_SHEETS];
/** The analysis sheet of a plan (teams, performers, trend, flags, plan tables, charts). */
const analysisOf = (plans: SheetPlan[]) => plans[REPORT_SHEETS - 1];

/** The scorecard cell of a person under a header: on the report's sheet, or on the detail sheet holding it. */
function scorecardCell(plans: SheetPlan | SheetPlan[], id: string, header: string): PlanCell {
  const g = [plans]
    .flat()
    .map(grid)
    .find((x) => [...x.values()].some((c) => c.kind === "text" && oneLine(c.value) === header));
  if (!g) throw new Error(`no cell reads "${header}"`);
  // The header's own table: ID in column A, one row per person.
  const { row: headerRow, col } = find(g, header);
  for (let r = headerRow + 1; ; r++) {
    const cell = at(g, r, 0);
    if (cell.kind !== "text") throw new Error(`${id} not in the scorecard`);
    if (cell.value === id) return at(g, r, col);
  }
}

/** The hand team with Eve's complaints goal (her bonus gate's KPI) removed. */
function eveWithoutGateGoal(): ReportTables {
  const tables = handTeam();
  return { ...tables, Goals: tables.Goals.filter((g) => g.GoalID !== "G7") };
}

/**
 * The hand team plus three people whose payouts are 0 for different reasons: Hal's plan ended the day before he
 * was hired (prorated to 0 days), Ivy sold nothing (below the threshold; no deals), Jim's target bonus is 0.
 */
function zeroTeam(): ReportTables {
  const tables = handTeam();
  const goal = (id: string, who: string) =>
    row("Goals", {
      GoalID: id,
      ManagerID: who,
      Period: "2026-Q3",
      KPI: "SALES",
      Target: 1000,
      Weight: 1,
      Status: "active",
    });
  return {
    ...tables,
    Managers: [
      ...tables.Managers,
      row("Managers", {
        ManagerID: "HAL",
        Name: "Hal",
        Team: "North",
        HireDate: d(8, 1),
        Plan: "BONE",
        TargetBonus: 5000,
      }),
      row("Managers", {
        ManagerID: "IVY",
        Name: "Ivy",
        Team: "North",
        HireDate: d(1, 5, 2020),
        Plan: "BON, COM",
        TargetBonus: 5000,
      }),
      row("Managers", {
        ManagerID: "JIM",
        Name: "Jim",
        Team: "North",
        HireDate: d(1, 5, 2020),
        Plan: "BON",
        TargetBonus: 0,
      }),
    ],
    Goals: [...tables.Goals, goal("G10", "HAL"), goal("G11", "IVY"), goal("G12", "JIM")],
    Plans: [
      ...tables.Plans,
      row("Plans", {
        PlanID: "BONE",
        Name: "Ended bonus",
        Kind: "bonus",
        Basis: "score",
        Curve: "PAY",
        To: d(7, 31),
      }),
    ],
  };
}

describe("held bonuses: a gate that cannot be evaluated", () => {
  it.each([
    ["no goal on the gate KPI", eveWithoutGateGoal()],
    [
      "a goal but no actual",
      { ...handTeam(), Actuals: handTeam().Actuals.filter((a) => a.ManagerID !== "EVE") },
    ],
  ])("holds Eve's bonus with %s, not 0, and out of the totals", (_case, tables) => {
    const model = report(tables);
    const eve = person(model, "EVE").bonus!;
    expect([eve.held, eve.amount, eve.zeroReason, eve.projected]).toEqual([true, null, null, null]);
    // With the gate met she would get 10,000 × curve(1.2) 1.5 × rating A 1.5.
    expect(eve.ungated).toBeCloseTo(22500, 8);
    expect(model.figures.heldPayouts).toBe(1);
    expect(model.teams[0].held).toBe(1);
    expect(model.figures.totalBonus).toBeCloseTo(9600 + (12000 * 61) / 92 + 12000, 8);
  });

  it("holds the sample's Retail & Wealth bonuses in the closed Q1 (no COMPLAINT_RATE goal), at stake", () => {
    const tables = generateSample({ locale: "en-US" });
    const model = buildPeriod({ tables, period: "2026-Q1", asOf: SAMPLE_AS_OF, locale: "en-US" });
    const held = model.people.filter((p) => p.bonus?.held);
    expect(held.map((p) => p.team)).toEqual([
      "Retail & Wealth",
      "Retail & Wealth",
      "Retail & Wealth",
      "Retail & Wealth",
    ]);
    expect(model.figures.heldPayouts).toBe(4);
    // Scores of 82–112 would pay: the flags carry what the gate keeps back.
    const stakes = model.flags
      .filter((f) => f.issue?.cause.key === "report.issue.gateNoGoal")
      .map((f) => f.atStake);
    expect(stakes).toHaveLength(4);
    expect(stakes.every((x) => x !== undefined && x > 0)).toBe(true);
  });

  it.each([
    ["en-US", "Complaint rate"],
    ["zh-CN", "投诉率"],
  ] as const)(
    "names the gate KPI in the %s sample's flags and held reasons, never its code",
    (locale, name) => {
      const tables = generateSample({ locale });
      const model = buildPeriod({ tables, period: "2026-Q1", asOf: SAMPLE_AS_OF, locale });
      const texts = model.flags.map((f) => flagText(f, locale));
      const held = texts.filter((x) => x.includes(name));
      expect(held.length).toBeGreaterThanOrEqual(4);
      expect(texts.filter((x) => x.includes("COMPLAINT_RATE"))).toEqual([]);
      const gates = model.people.flatMap((p) => (p.bonus?.gate ? [p.bonus.gate.kpiName] : []));
      expect(new Set(gates)).toEqual(new Set([name]));
      // A failed gate (not held) names the KPI too.
      const failed = model.flags.filter((f) => f.kind === "gateFailed");
      for (const f of failed) expect(f.reason.params?.kpi).toBe(name);
    },
  );

  it("raises a high data problem naming the person, the plan and the KPI (by their names), with the bonus at stake", () => {
    const model = report(eveWithoutGateGoal());
    const flags = model.flags.filter((f) => f.person?.id === "EVE");
    expect(flags.map((f) => [f.severity, f.kind])).toContainEqual(["high", "data"]);
    expect(flags.some((f) => f.kind === "gateFailed")).toBe(false);
    const flag = flags.find((f) => f.kind === "data")!;
    expect(flag.atStake).toBeCloseTo(22500, 8);
    expect(flagText(flag, "en-US")).toBe(
      "Plans, row 3, column Gate KPI: Eve has no goal with an actual on Complaints, the gate KPI of plan Gated bonus: the gate cannot be evaluated and the bonus is held",
    );
    expect(flagText(flag, "zh-CN")).toContain(
      "Eve在方案“Gated bonus”的门槛指标 Complaints 上没有带实际值的目标",
    );
  });

  it("shows held in words on the scorecard and the statement, in both languages, and counts it", () => {
    const model = report(eveWithoutGateGoal());
    const enAll = planReport(model, "en-US");
    const zhAll = planReport(model, "zh-CN");
    const [en, zh] = [reportOf(enAll), reportOf(zhAll)];
    const [stmt, stmtZh] = [statementsOf(enAll), statementsOf(zhAll)];
    // The tables' cells in short words that fit their columns, the title rows of the scorecard and the pay
    // detail saying in full what they mean; the statement in full.
    expect(shown(scorecardCell(en, "EVE", "Bonus"))).toBe("held");
    expect(shown(scorecardCell(en, "EVE", "Gate met"))).toBe("unknown");
    expect(shown(scorecardCell(zh, "EVE", "奖金"))).toBe("暂缓");
    expect(shown(scorecardCell(zh, "EVE", "达到门槛"))).toBe("无法判定");
    const en1 =
      "held, unknown: the gate cannot be evaluated (no goal or no actual on the gate KPI) — not paid, in no total";
    const zh1 = "暂缓、无法判定：门槛指标没有目标或实际值，门槛无法判定——不发放，不计入任何合计";
    /** The blocks of a sheet that read `words`. */
    const reading = (plan: SheetPlan, words: string) =>
      plan.blocks.filter((b) => b.cells.some((r) => r.some((c) => c.kind === "text" && c.value === words)));
    for (const [plans, words, payTitle] of [
      [enAll, en1, "Scorecard detail: bonus and commission inputs"],
      [zhAll, zh1, "记分卡明细：奖金与提成参数"],
    ] as const) {
      const pay = plans.find((plan) => reading(plan, payTitle).length > 0)!;
      for (const plan of [plans[0], pay]) {
        // In the scorecard's (the pay detail's) title row, right of the title, so it prints on every page.
        const [note] = reading(plan, words);
        expect(note.style).toBe("note");
        const title = plan.blocks.find((b) => b.style === "subtitle" && b.row === note.row)!;
        expect(note.col).toBeGreaterThan(title.col);
        expect(plan.print?.titleRows?.first).toBe(note.row);
      }
    }
    // No legend where nothing is held.
    expect(planReport(report(), "en-US").flatMap((plan) => reading(plan, en1))).toEqual([]);
    // Under the key figure "Held" the count alone, in a plural the language's rules choose: one line in its column.
    expect(texts(en)).toContain("1 payout");
    expect(texts(zh)).toContain("1 笔");
    expect(t("en-US", "report.kf.heldValue", { count: 4 })).toBe("4 payouts");
    expect(texts(stmt)).toContain("held — gate cannot be evaluated");
    expect(texts(stmt)).toContain(
      "Held: the gate cannot be evaluated without a goal and an actual on Complaints; not paid and not in the totals until it can",
    );
    expect(texts(stmtZh)).toContain("暂缓——门槛无法判定");
    // The statement's gate step says the same: neither met nor not met.
    expect(texts(stmt)).toContain("cannot be evaluated");
    expect(texts(stmt)).not.toContain("not met");
    expect(texts(stmtZh)).toContain("无法判定");
    expect(texts(stmtZh)).not.toContain("未达标");
    // The figures table reads the short word (mid-period in both columns, one line each); the gate's word and the payout
    // status stand in the steps' Value column as a figure does (right-aligned), not one indent in.
    const heldRows = reading(stmt, "Bonus").filter((b) => reading({ ...stmt, blocks: [b] }, "held").length);
    expect(heldRows.map((b) => b.cells[0].map(shown))).toEqual([["Bonus", "held"]]); // the period is over: final only
    for (const word of ["cannot be evaluated", "Not recorded"]) {
      const steps = reading(stmt, word);
      expect(steps.length).toBeGreaterThan(0);
      for (const b of steps) expect(b.figures).toEqual([false, true, false]);
    }
  });
});

describe("why a payout is 0", () => {
  it.each([
    ["EVE", "bonus", "gateNotMet", Q3_END],
    ["HAL", "bonus", "proratedZero", Q3_END],
    ["IVY", "bonus", "belowThreshold", Q3_END],
    ["IVY", "commission", "noDeals", Q3_END],
    ["JIM", "bonus", "zeroTarget", Q3_END],
    ["IVY", "bonus", "notYetEarned", MID],
    ["IVY", "commission", "notYetEarned", MID],
  ] as const)("%s's %s is 0: %s", (id, kind, reason, asOf) => {
    const p = person(report(zeroTeam(), asOf), id);
    expect([p[kind]!.amount, p[kind]!.zeroReason]).toEqual([0, reason]);
  });

  it("a rating multiplier of 0 is the reason when it is what zeroes the bonus", () => {
    const tables = zeroTeam();
    const ratings = tables.Ratings.map((r) => (r.Label === "C" ? { ...r, BonusMultiplier: 0 } : r));
    expect(person(report({ ...tables, Ratings: ratings }), "IVY").bonus!.zeroReason).toBe("zeroMultiplier");
  });

  it("a payout that is not 0 has no zero reason", () => {
    const ann = person(report(), "ANN");
    expect([ann.bonus!.zeroReason, ann.commission!.zeroReason]).toEqual([null, null]);
  });

  it("says why on the statement, and says when there is no plan of a kind", () => {
    const stmt = statementsOf(planReport(report(zeroTeam()), "en-US"));
    const all = texts(stmt);
    expect(all).toContain("Why 0: gate not met");
    expect(all).toContain("Why 0: prorated to 0 days — not in the role under the plan during the period");
    expect(all).toContain("Why 0: below the threshold — the attainment earns nothing on the curve or tiers");
    expect(all).toContain("Why 0: no won deal credited in the period");
    expect(all).toContain("Why 0: the target bonus is 0");
    // Cat has a bonus plan only.
    expect(all).toContain("No commission: no plan of this kind for the period.");
    const zh = statementsOf(planReport(report(zeroTeam()), "zh-CN"));
    expect(texts(zh)).toContain("为何为 0：未达门槛");
    // One colon to a line: a reason's own explanation follows a dash ("Why 0: below the threshold — …"), never a
    // second colon ("Why 0: below the threshold: …").
    const reasons = [...all, ...texts(zh)].filter((x) => /^(Why 0: |为何为 0：)/.test(x));
    expect(reasons.length).toBeGreaterThanOrEqual(10);
    expect(reasons.filter((x) => /[:：]/.test(x.replace(/^(Why 0: |为何为 0：)/, "")))).toEqual([]);
  });
});

describe("to date and projected", () => {
  it("mid-period: commission to date and projected to the period end at the pace so far", () => {
    const model = report(handTeam(), MID);
    expect(model.basis).toBe("projected");
    const ann = person(model, "ANN").commission!;
    // Credited to date: D1 80,000 + 60% of D2 50,000 = 110,000 → 2% of 100,000 + 5% of 10,000.
    expect(ann.amount).toBeCloseTo(2500, 8);
    // Half the quarter elapsed: 220,000 projected → 2,000 + 5% of 120,000.
    expect(ann.projectedCredited).toBeCloseTo(220000, 6);
    expect(ann.projected).toBeCloseTo(8000, 6);
    expect(model.figures.projectedCommission).toBeCloseTo(
      model.people.reduce((s, p) => s + (p.commission?.projected ?? 0), 0),
      8,
    );
  });

  it("after the end: projections are the final figures and the basis is final", () => {
    const model = report();
    expect(model.basis).toBe("final");
    for (const p of model.people) {
      if (p.bonus?.amount != null) expect(p.bonus.projected).toBeCloseTo(p.bonus.amount, 8);
      if (p.commission?.amount != null) expect(p.commission.projected).toBeCloseTo(p.commission.amount, 8);
    }
  });

  it("labels the scorecard by basis: to date and projected side by side mid-period, final only after the end", () => {
    const mid = reportOf(planReport(report(handTeam(), MID), "en-US"));
    const end = reportOf(planReport(report(), "en-US"));
    const midTexts = texts(mid);
    const endTexts = texts(end);
    for (const header of [
      "Score (to date)",
      "Projected score",
      "Bonus (to date)",
      "Bonus (projected at period end)",
      "Commission (to date)",
      "Commission (projected at period end)",
      "Rating (projected)",
      "Change (projected)",
      "Bonus (projected)",
    ]) {
      expect(midTexts).toContain(header);
      expect(endTexts).not.toContain(header);
    }
    for (const header of ["Score", "Bonus", "Commission", "Rating (final)", "Change (final)"]) {
      expect(endTexts).toContain(header);
    }
    expect(shown(scorecardCell(mid, "ANN", "Commission (projected at period end)"))).toBeCloseTo(8000, 6);
    const midZh = reportOf(planReport(report(handTeam(), MID), "zh-CN"));
    expect(texts(midZh)).toEqual(
      expect.arrayContaining(["综合得分（截至报告日）", "奖金（预计期末）", "评级（按预计）"]),
    );
    // Each basis on a line of its own under its label: a narrow column breaks the header there, never leaving
    // a lone "）" or half a word on a line.
    const raw = (plans: SheetPlan[]) =>
      plans.flatMap((plan) => [...grid(plan).values()].map((c) => (c.kind === "text" ? c.value : null)));
    expect(raw(mid)).toEqual(
      expect.arrayContaining(["Score\n(to date)", "Bonus\n(projected at period end)", "Rating\n(projected)"]),
    );
    expect(raw(midZh)).toEqual(expect.arrayContaining(["综合得分\n（截至报告日）", "奖金\n（预计期末）"]));
  });

  it("labels the statement's figures: earned to date and projected mid-period, final after", () => {
    const mid = statementsOf(planReport(report(handTeam(), MID), "en-US"));
    const end = statementsOf(planReport(report(), "en-US"));
    expect(texts(mid)).toEqual(
      expect.arrayContaining(["Earned to date (2026-08-15)", "Projected at period end (2026-09-30)"]),
    );
    expect(texts(mid)).not.toContain("Final (2026-09-30)");
    expect(texts(end)).toContain("Final (2026-09-30)");
    expect(texts(end)).not.toContain("Projected at period end (2026-09-30)");
  });
});

describe("statement: deal lines, next tier, payout status", () => {
  const withCustomer = (): ReportTables => {
    const tables = handTeam();
    return {
      ...tables,
      Deals: tables.Deals.map((x) =>
        x.DealID === "D1" ? { ...x, CustomerID: "C1", Product: " Treasury loan " } : { ...x, Product: null },
      ),
    };
  };

  it("lists Ann's credited deals by product with the customer's name; they add up to the commission basis", () => {
    const c = person(report(withCustomer()), "ANN").commission!;
    expect(
      c.dealLines.map((l) => [l.deal, l.product, l.customerName, l.closeDate, l.amount, l.share, l.credited]),
    ).toEqual([
      ["D1", "Treasury loan", "Alpha Co", d(7, 15), 80000, 1, 80000],
      ["D2", null, null, d(8, 10), 50000, 0.6, 30000],
    ]);
    expect(c.dealLines.reduce((s, l) => s + l.credited, 0)).toBeCloseTo(c.credited, 8);
    const g = grid(statementsOf(planReport(report(withCustomer()), "en-US")));
    const alpha = find(g, "Alpha Co");
    expect([shown(at(g, alpha.row, alpha.col - 1)), shown(at(g, alpha.row, alpha.col + 4))]).toEqual([
      "Treasury loan",
      80000,
    ]);
    // No deal ID where the product names the deal; a deal without a product is named by its ID alone.
    const en = texts(statementsOf(planReport(report(withCustomer()), "en-US")));
    expect(en).toContain("D2");
    expect(en.filter((v) => v.includes("D1"))).toEqual([]);
    expect(texts(statementsOf(planReport(report(withCustomer()), "zh-CN")))).toContain("Treasury loan");
    const total = find(g, "Total credited");
    expect(shown(at(g, total.row, total.col + 5))).toBe(110000);
  });

  it("adds the deal ID only to tell apart two lines that would read the same, in both languages", () => {
    const tables = handTeam();
    const alike = {
      ...tables,
      Deals: tables.Deals.map((x) =>
        x.DealID === "D1" || (x.DealID === "D2" && x.ManagerID === "ANN")
          ? { ...x, CustomerID: "C1", Product: "Treasury loan", CloseDate: d(7, 15) }
          : x,
      ),
    };
    const en = texts(statementsOf(planReport(report(alike), "en-US")));
    expect(en).toContain("Treasury loan (D1)");
    expect(en).toContain("Treasury loan (D2)");
    const zh = texts(statementsOf(planReport(report(alike), "zh-CN")));
    expect(zh).toContain("Treasury loan（D1）");
    expect(zh).toContain("Treasury loan（D2）");
  });

  it("gives the distance to the next tier (KPI.NEXTTIER), or says the top tier is reached", () => {
    const model = report();
    expect([person(model, "BOB").commission!.nextTier, person(model, "BOB").commission!.topTier]).toEqual([
      80000,
      false,
    ]);
    expect([person(model, "ANN").commission!.nextTier, person(model, "ANN").commission!.topTier]).toEqual([
      null,
      true,
    ]);
    const g = grid(statementsOf(planReport(model, "en-US")));
    expect(texts(statementsOf(planReport(model, "en-US")))).toContain("already in the top tier");
    const next = [...g].filter(([, c]) => c.kind === "text" && c.value === "To the next tier");
    expect(next.map(([k]) => shown(at(g, Number(k.split(",")[0]), 1)))).toEqual([
      "already in the top tier",
      80000,
    ]);
  });

  it("reads the payout status from the Payouts table: the least advanced row wins", () => {
    expect(person(report(), "ANN").payoutStatus.status).toBe("draft");
    expect(person(report(), "BOB").payoutStatus).toEqual({ status: "none", rows: [] });
    const tables = handTeam();
    const payouts = [
      { ...tables.Payouts![0], Status: "approved" as const },
      row("Payouts", {
        PayoutID: "PO2",
        ManagerID: "ANN",
        Period: "2026-Q3",
        PlanID: "COM",
        Amount: 2500,
        Status: "locked",
        LockedOn: d(10, 2),
      }),
    ];
    const ann = person(report({ ...tables, Payouts: payouts }), "ANN");
    expect(ann.payoutStatus.status).toBe("approved");
    const stmt = texts(statementsOf(planReport(report({ ...tables, Payouts: payouts }), "en-US")));
    // Each payout by its plan's name (the person is the statement's), never by its ID.
    expect(stmt).toContain("Payouts table: Bonus: Approved; Commission: Locked on 2026-10-02");
    expect(stmt.filter((v) => /PO[12]/.test(v))).toEqual([]);
    const zh = texts(statementsOf(planReport(report({ ...tables, Payouts: payouts }), "zh-CN")));
    expect(zh).toContain("奖金结算表：Bonus：已审批；Commission：2026-10-02已锁定");
  });

  it("names a payout by its plan's ID when Plans does not have the plan, by its own ID when it has no plan", () => {
    const tables = handTeam();
    const payouts = [
      { ...tables.Payouts![0], PlanID: "OLD" },
      row("Payouts", { PayoutID: "PO2", ManagerID: "ANN", Period: "2026-Q3", PlanID: " ", Status: "draft" }),
    ];
    const stmt = texts(statementsOf(planReport(report({ ...tables, Payouts: payouts }), "en-US")));
    expect(stmt).toContain("Payouts table: OLD: Draft; PO2: Draft");
  });
});

describe("report: team comparison, performers, trend, review dimensions", () => {
  it("team sums reconcile with the key figures", () => {
    const model = report(eveWithoutGateGoal(), Q3_END, null);
    expect(model.teams.map((x) => x.team)).toEqual(["North", "South"]);
    const sum = (k: "people" | "bonus" | "commission" | "held") => model.teams.reduce((s, x) => s + x[k], 0);
    expect(sum("people")).toBe(model.figures.people);
    expect(sum("bonus")).toBeCloseTo(model.figures.totalBonus, 8);
    expect(sum("commission")).toBeCloseTo(model.figures.totalCommission, 8);
    expect(sum("held")).toBe(model.figures.heldPayouts);
    const g = grid(analysisOf(planReport(model, "en-US")));
    const avg = find(g, "Average score (final)");
    const north = at(g, avg.row + 1, avg.col);
    expect(north.kind === "formula" && north.formula).toMatch(
      /^=AVERAGEIF\('KPI Report 2026-Q3'!C\d+:C\d+,"North",'KPI Report 2026-Q3'!D\d+:D\d+\)$/,
    );
    expect(shown(north)).toBeCloseTo(model.teams[0].averageScore!, 10);
  });

  it("ranks people by score on the basis and shows the top and bottom without overlap", () => {
    const model = report();
    // Final scores: Eve 120, Cat 117.5, Bob 100, Ann 98; Dan has none.
    expect(model.ranking).toEqual(["EVE", "CAT", "BOB", "ANN"]);
    const g = grid(analysisOf(planReport(model, "en-US")));
    const top = find(g, "Top");
    expect([1, 2].map((i) => shown(at(g, top.row + i, top.col)))).toEqual(["Eve", "Cat"]);
    expect([1, 2].map((i) => shown(at(g, top.row + i, top.col + 4)))).toEqual(["Ann", "Bob"]);
    expect(shown(at(g, top.row + 3, top.col))).toBeNull();
  });

  it("adds the employee number, labelled, only to tell apart two people of the same name", () => {
    const tables = handTeam();
    const twins = {
      ...tables,
      Managers: tables.Managers.map((m) => (m.ManagerID === "BOB" ? { ...m, Name: "Ann" } : m)),
    };
    const model = report(twins);
    const top = (locale: "en-US" | "zh-CN") => {
      const g = grid(analysisOf(planReport(model, locale)));
      const at0 = find(g, t(locale, "report.col.top"));
      return [1, 2].flatMap((i) => [
        shown(at(g, at0.row + i, at0.col)),
        shown(at(g, at0.row + i, at0.col + 4)),
      ]);
    };
    expect(top("en-US")).toEqual(["Eve", "Ann (Employee no. ANN)", "Cat", "Ann (Employee no. BOB)"]);
    expect(top("zh-CN")).toEqual(["Eve", "Ann（工号 ANN）", "Cat", "Ann（工号 BOB）"]);
  });

  it("compares each KPI's mean attainment with the previous quarter", () => {
    const model = report();
    const sales = model.trend.find((k) => k.kpi === "SALES")!;
    // Q3: Ann 1.1, Bob 1, Eve 1.2. Q2: Ann 30,000 / 100,000, Eve 150,000 / 100,000.
    expect(sales).toEqual({
      kpi: "SALES",
      kpiName: "Sales",
      goals: 3,
      previousGoals: 2,
      attainment: expect.closeTo(1.1, 10),
      previous: expect.closeTo(0.9, 10),
      change: expect.closeTo(0.2, 10),
    });
    expect(model.trend.map((k) => k.kpi)).toEqual(["SALES", "VISITS", "QUALITY", "COMPLAINTS"]);
    expect(model.trend.find((k) => k.kpi === "VISITS")).toMatchObject({ previous: null, change: null });
    const g = grid(analysisOf(planReport(model, "en-US")));
    expect(() => find(g, "KPI trend against 2026-Q2")).not.toThrow();
  });

  it("averages the six review dimensions per team and for the scope", () => {
    const model = report();
    const north = model.reviewDimensions[0];
    expect(north.team).toBe("North");
    // Only Bob's peer review of Ann scores dimensions.
    expect([north.dimensions.Workload, north.dimensions.Teamwork, north.dimensions.Satisfaction]).toEqual([
      4, 5, 3,
    ]);
    expect(model.reviewDimensions[model.reviewDimensions.length - 1].team).toBeNull();
    expect(texts(analysisOf(planReport(model, "en-US")))).toContain(
      "Review dimensions (mean 1–5 of counted reviews)",
    );
  });
});

describe("flags ranked by severity and money at stake, capped at 2,000 people", () => {
  it("ranks by severity, then money at stake", () => {
    const f = (severity: Flag["severity"], atStake?: number): Flag => ({
      severity,
      kind: "data",
      person: null,
      reason: { key: "report.flag.data", params: {} },
      ...(atStake === undefined ? {} : { atStake }),
    });
    const flags = [f("low", 9), f("high"), f("high", 5), f("medium", 1), f("high", 50)];
    expect(rankFlags(flags).map((x) => [x.severity, x.atStake ?? null])).toEqual([
      ["high", 50],
      ["high", 5],
      ["high", null],
      ["medium", 1],
      ["low", 9],
    ]);
  });

  it("lists the top flags of each severity and counts the rest at 2,000 people", () => {
    const base = report();
    const severities = ["high", "medium", "low"] as const;
    const flags: Flag[] = Array.from({ length: 8000 }, (_, i) => ({
      severity: severities[i % 3],
      kind: "payoutNotComputed",
      person: { id: `P${i % 2000}`, name: `Person ${i % 2000}` },
      reason: { key: "report.flag.bonusNotComputed", params: { plan: "BON" } },
      cause: { key: "report.payout.noComposite", params: {} },
      atStake: i,
    }));
    const plan = analysisOf(planReport({ ...base, flags }, "en-US"));
    const g = grid(plan);
    expect(texts(plan)).toContain("High 2667 · Medium 2667 · Low 2666");
    const head = find(g, "Money at stake");
    const rows: PlanCell[][] = [];
    for (let r = head.row + 1; at(g, r, 0).kind !== "blank"; r++)
      rows.push([0, 1, 4].map((c) => at(g, r, c)));
    expect(rows).toHaveLength(3 * (FLAGS_SHOWN_PER_SEVERITY + 1));
    // The first high flag is the one with the most at stake.
    expect(shown(rows[0][2])).toBe(7998);
    expect(shown(at(g, head.row + FLAGS_SHOWN_PER_SEVERITY + 1, 3))).toBe(
      `… and ${2667 - FLAGS_SHOWN_PER_SEVERITY} more High flags; each person's flags count in the scorecard`,
    );
  });
});
