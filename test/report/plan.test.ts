import { t } from "../../src/i18n";
import { generateSample, SAMPLE_AS_OF } from "../../src/model";
import { cellAddress, columnLetters, planReport, REPORT_SHEETS } from "../../src/report";
import { buildPeriod, type PeriodPicture, type PersonReport } from "../../src/domain/period";
import type { SheetPlan } from "../../src/model/sheetPlan";
import { planStatements } from "../../src/report/plan";
import { handPeriod } from "./fixture";
import { at, find, formulas, grid, shown, type Grid } from "./sheets";

const model: PeriodPicture = handPeriod({ scope: "North" });
const plans = planReport(model, "en-US");
const plansZh = planReport(model, "zh-CN");
const [report, pay, , , goalsSheet, analysis] = plans;
const statements = plans[REPORT_SHEETS];
const [reportZh] = plansZh;
const statementsZh = plansZh[REPORT_SHEETS];
const sample = generateSample({ locale: "zh-CN" });
const samplePlans = planReport(
  buildPeriod({ tables: sample, period: "2026-Q2", asOf: SAMPLE_AS_OF, locale: "zh-CN" }),
  "zh-CN",
);
/** A quoted sheet name as a formula on another sheet names it, for a pattern. */
const on = (plan: SheetPlan) => `'${plan.name}'!`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The scorecard row of a person and the column of a header, in the English report. */
function scorecard(g: Grid, id: string, header: string) {
  // The header's own table (the scorecard or a detail table below it): ID in column A, one row per person.
  const { row: headerRow, col } = find(g, header);
  for (let r = headerRow + 1; ; r++) {
    const cell = at(g, r, 0);
    if (cell.kind !== "text") throw new Error(`${id} not in the scorecard`);
    if (cell.value === id) return { row: r, col, cell: at(g, r, col) };
  }
}

describe("columnLetters / cellAddress", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %p is %p", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });

  it("writes relative and absolute addresses", () => {
    expect([cellAddress(7, 2), cellAddress(0, 27, true)]).toEqual(["C8", "$AB$1"]);
  });
});

describe("planReport: sheets", () => {
  it.each([
    [
      "en-US",
      plans,
      [
        "KPI Report 2026-Q3",
        "KPI Report 2026-Q3 Pay",
        "KPI Report 2026-Q3 Work",
        "KPI Report 2026-Q3 Growth",
        "KPI Report 2026-Q3 Goals",
        "KPI Report 2026-Q3 Analysis",
        "Statements 2026-Q3",
      ],
    ],
    [
      "zh-CN",
      plansZh,
      [
        "绩效报告 2026-Q3",
        "绩效报告 2026-Q3 薪酬明细",
        "绩效报告 2026-Q3 工作明细",
        "绩效报告 2026-Q3 客户与发展",
        "绩效报告 2026-Q3 目标明细",
        "绩效报告 2026-Q3 分析",
        "结算单 2026-Q3",
      ],
    ],
  ])("names the %s sheets after the period", (_locale, all, names) => {
    expect((all as SheetPlan[]).map((p) => p.name)).toEqual(names);
    // Excel's limit on a sheet's name.
    for (const name of names as string[]) expect(name.length).toBeLessThanOrEqual(31);
  });

  it.each([...plans, ...plansZh].map((p) => [p.name, p]))(
    "lays %s out without overlapping or ragged blocks",
    (_name, plan) => {
      expect(() => grid(plan as SheetPlan)).not.toThrow();
    },
  );

  it.each([...plans, ...plansZh, ...samplePlans].map((p, i) => [`${p.name} (${i})`, p]))(
    "writes no untranslated key or unfilled placeholder in %s",
    (_name, plan) => {
      const texts = [...grid(plan as SheetPlan).values()]
        .filter((c) => c.kind === "text")
        .map((c) => (c as { value: string }).value);
      expect(texts.filter((x) => /^report\.|\{\w+\}/.test(x))).toEqual([]);
    },
  );

  it("freezes the rows down to the scorecard header", () => {
    const g = grid(report);
    expect(report.freezeRows).toBe(find(g, "ID").row + 1);
  });

  it("writes the title block and key figures", () => {
    const g = grid(report);
    expect(shown(at(g, 0, 0))).toBe("KPI report — 2026-Q3");
    expect(shown(at(g, 1, 0))).toBe(
      "Scope: North · Period 2026-07-01 to 2026-09-30 · Report date 2026-09-30",
    );
    const people = find(g, "People");
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => shown(at(g, people.row, c)))).toEqual([
      "People",
      "Average score",
      "Total bonus",
      "Total commission",
      "Goals met",
      "Task completion",
      "eNPS",
    ]);
    const values = [0, 1, 2, 3, 4, 5, 6].map((c) => at(g, people.row + 1, c));
    expect(values.map((c) => c.kind)).toEqual([
      "number",
      "formula",
      "formula",
      "formula",
      "text",
      "formula",
      "number",
    ]);
    expect(values.map(shown)).toEqual([
      5,
      model.figures.averageComposite,
      model.figures.totalBonus,
      model.figures.totalCommission,
      "5 of 7",
      1 / 3,
      25,
    ]);
    expect(values[1].kind === "formula" && values[1].formula).toMatch(/^=AVERAGE\(D\d+:D\d+\)$/);
  });

  it("localizes headers, labels and the money format", () => {
    const g = grid(reportZh);
    expect(shown(at(g, 0, 0))).toBe("绩效报告 — 2026-Q3");
    expect(() => find(g, "综合得分")).not.toThrow();
    expect(() => find(grid(plansZh[5]), "预警与提示")).not.toThrow();
    const bonusHeader = find(g, "奖金");
    const block = reportZh.blocks.find((b) => b.row === bonusHeader.row && b.col === 0)!;
    expect(block.formats?.[bonusHeader.col]).toBe("wan");
    const en = report.blocks.find((b) => b.row === bonusHeader.row && b.col === 0)!;
    expect(en.formats?.[bonusHeader.col]).toBe("yuan");
    // Settings moneyFormat overrides the language's default, in every section of both sheets.
    const all = planReport(model, "zh-CN", { money: "yuan" }).flatMap((p) =>
      p.blocks.flatMap((b) => b.formats ?? []),
    );
    expect(all).toContain("yuan");
    expect(all).not.toContain("wan");
  });
});

describe("planReport: live formulas carry the model's values", () => {
  const g = grid(report);
  const gp = grid(pay);
  const gg = grid(goalsSheet);
  const ga = grid(analysis);

  it("writes the composite as KPI.WEIGHTED over the person's goal scores and weights", () => {
    const ann = scorecard(g, "ANN", "Score");
    expect(ann.cell).toMatchObject({ kind: "formula", value: model.people[0].composite });
    const f = ann.cell.kind === "formula" ? ann.cell.formula : "";
    const goals = on(goalsSheet);
    const m = new RegExp(`^=KPI\\.WEIGHTED\\(${goals}J(\\d+):J(\\d+),${goals}H(\\d+):H(\\d+)\\)$`).exec(f);
    expect(m).not.toBeNull();
    // The ranges cover exactly Ann's two goal rows on the goals sheet, whose score cells carry 110 and 80.
    const [first, last] = [Number(m![1]) - 1, Number(m![2]) - 1];
    expect(last - first).toBe(1);
    expect([shown(at(gg, first, 9)), shown(at(gg, last, 9))]).toEqual([110.00000000000001, 80]);
    expect([shown(at(gg, first, 7)), shown(at(gg, last, 7))]).toEqual([0.6, 0.4]);
  });

  it("leaves the composite blank for a person without goals", () => {
    expect(scorecard(g, "DAN", "Score").cell).toEqual({ kind: "blank" });
  });

  const P = on(pay);
  const A = on(analysis);
  it.each([
    [
      "ANN",
      `^=KPI\\.BONUS\\(${P}D\\d+,${P}E\\d+,${A}\\$B\\$\\d+:\\$C\\$\\d+,${P}F\\d+="met",${P}G\\d+,${P}H\\d+,${P}I\\d+\\)$`,
    ],
    ["BOB", "^=KPI\\.BONUS\\("],
    ["CAT", "^=KPI\\.BONUS\\("],
    [
      "EVE",
      `^=KPI\\.BONUS\\(${P}D\\d+,${P}E\\d+,${A}\\$B\\$\\d+:\\$C\\$\\d+,${P}F\\d+="met",${P}G\\d+,${P}H\\d+\\)$`,
    ],
  ])("writes %s's bonus as KPI.BONUS over the pay detail's inputs and the copied curve", (id, pattern) => {
    const cell = scorecard(g, id, "Bonus").cell;
    const p = model.people.find((x) => x.id === id)!;
    expect(cell.kind).toBe("formula");
    expect(cell.kind === "formula" && cell.formula).toMatch(new RegExp(pattern));
    expect(shown(cell)).toBe(p.bonus!.amount);
  });

  it("writes the bonus inputs: attainment from the score, gate from the gate goal, multiplier, proration, cap", () => {
    // On the pay detail's sheet, reading the score in the scorecard's row on the report's sheet.
    const attainment = scorecard(gp, "ANN", "Bonus attainment");
    const score = scorecard(g, "ANN", "Score");
    expect(attainment.cell).toMatchObject({
      kind: "formula",
      formula: `='KPI Report 2026-Q3'!D${score.row + 1}/100`,
    });
    expect(shown(scorecard(gp, "ANN", "Gate met").cell)).toBe("met");
    const gate = scorecard(gp, "EVE", "Gate met").cell;
    expect(gate).toMatchObject({ kind: "formula", value: "not met" });
    expect(gate.kind === "formula" && gate.formula).toMatch(
      new RegExp(`^=IF\\(${on(goalsSheet)}I\\d+>=0\\.8,"met","not met"\\)$`),
    );
    expect(shown(scorecard(gp, "BOB", "Multiplier").cell)).toBe(1.5);
    expect(shown(scorecard(gp, "BOB", "Proration").cell)).toBeCloseTo(61 / 92, 12);
    expect(shown(scorecard(gp, "CAT", "Bonus cap").cell)).toBe(12000);
  });

  it("leaves Dan's bonus blank: it could not be computed", () => {
    expect(scorecard(g, "DAN", "Bonus").cell).toEqual({ kind: "blank" });
  });

  it("writes the commission as KPI.TIERED over the credited sales and the copied tiers", () => {
    const cell = scorecard(g, "ANN", "Commission").cell;
    expect(cell.kind === "formula" && cell.formula).toMatch(
      new RegExp(`^=KPI\\.TIERED\\(${P}K\\d+,${A}\\$B\\$\\d+:\\$C\\$\\d+,"marginal"\\)$`),
    );
    expect(shown(cell)).toBeCloseTo(2500, 8);
    expect(shown(scorecard(gp, "ANN", "Credited sales").cell)).toBe(110000);
    expect(scorecard(g, "CAT", "Commission").cell).toEqual({ kind: "blank" });
  });

  it("writes the rating as KPI.RATING on the copied rating scale", () => {
    // After the period end the rating reads the final score (column C) and says so.
    const cell = scorecard(g, "ANN", "Rating (final)").cell;
    expect(cell).toMatchObject({ kind: "formula", value: "B" });
    expect(cell.kind === "formula" && cell.formula).toMatch(
      new RegExp(`^=KPI\\.RATING\\(D\\d+,${A}\\$A\\$\\d+:\\$B\\$\\d+\\)$`),
    );
  });

  it("scores each goal by its rule with the KPI's parameters", () => {
    const all = formulas(gg).filter((f) => f.col === 9 && f.formula.includes("SCORE"));
    expect(all.map((f) => f.formula.replace(/\d+/g, "#"))).toEqual([
      '=KPI.SCORE(G#,F#,"higher",#.#,#.#)',
      '=KPI.SCORE(G#,F#,"higher",#,#)',
      '=KPI.SCORE(G#,F#,"higher",#.#,#.#)',
      "=#+KPI.STEPSCORE(G#,F#,#,#,#,-#)",
      '=KPI.SCORE(G#,F#,"lower",#,#.#)',
      '=KPI.SCORE(G#,F#,"higher",#.#,#.#)',
      '=KPI.SCORE(G#,F#,"lower",#,#.#)',
    ]);
    expect(all.map((f) => f.value)).toEqual(model.people.flatMap((p) => p.goals.map((x) => x.score)));
    const attainments = formulas(gg).filter((f) => f.col === 8);
    expect(attainments[4].formula).toMatch(/^=KPI\.ATTAINMENT\(G\d+,F\d+,"lower"\)$/);
  });

  it("copies the curves, tiers and rating scale the formulas use", () => {
    const pay = find(ga, "Curve / tiers: PAY");
    // A curve's points and values print as percentages, a commission's tier bounds as amounts, in columns B:C
    // (wide enough for 1,000,000 or 100.0000万, not "###").
    const formats = (title: string) =>
      analysis.blocks.find((b) => b.row === find(ga, title).row + 1)?.formats;
    expect(formats("Curve / tiers: PAY")).toEqual(["percent", "percent"]);
    expect(formats("Curve / tiers: TIERS")).toEqual(["yuan", "percent"]);
    expect(
      [1, 2, 3].map((i) => [shown(at(ga, pay.row + 1 + i, 1)), shown(at(ga, pay.row + 1 + i, 2))]),
    ).toEqual([
      [0.5, 0],
      [1, 1],
      [1.2, 1.5],
    ]);
    const bonus = scorecard(g, "ANN", "Bonus").cell;
    expect(bonus.kind === "formula" && bonus.formula).toContain(
      `'KPI Report 2026-Q3 Analysis'!$B$${pay.row + 3}:$C$${pay.row + 5}`,
    );
    expect(() => find(ga, "Rating scale")).not.toThrow();
  });

  it("sums payouts by team with SUMIF over the scorecard", () => {
    const team = find(ga, "Payout by team");
    const row = [0, 1, 2, 3].map((c) => at(ga, team.row + 2, c));
    expect(row.map(shown)).toEqual(["North", 5, model.teams[0].bonus, model.teams[0].commission]);
    const R = on(report);
    expect(row[2].kind === "formula" && row[2].formula).toMatch(
      new RegExp(`^=SUMIF\\(${R}C\\d+:C\\d+,"North",${R}F\\d+:F\\d+\\)$`),
    );
  });
});

describe("planReport: distribution, flags, charts", () => {
  const g = grid(analysis);

  it("writes the distribution against the guide", () => {
    const head = find(g, "Guide share");
    const rows = [1, 2, 3].map((i) => [0, 1, 2, 3, 5].map((c) => shown(at(g, head.row + i, c))));
    expect(rows).toEqual([
      ["A", 0.2, 0.75, 3, "No"],
      ["B", 0.5, 0.25, 1, "No"],
      ["C", 0.3, 0, 0, "No"],
    ]);
  });

  it("lists the flags by severity with their reasons", () => {
    const head = find(g, "Severity");
    const rows = model.flags.map((_, i) => [0, 1, 2].map((c) => shown(at(g, head.row + 1 + i, c))));
    expect(rows[0]).toEqual(["High", "Ann", "Payout above cap"]);
    // Within a severity, money at stake first: Dan's uncomputed bonus puts his 10,000 target at stake.
    expect(rows[3]).toEqual(["Medium", "Dan", "Payout not computed"]);
    expect(shown(at(g, head.row + 4, 4))).toBe(10000);
    expect(shown(at(g, head.row + 2, 3))).toBe(
      "Visits is off track: 8 against 10 expected by now (target 10)",
    );
    expect(rows.map((r) => r[0])).toEqual(
      model.flags.map((f) => t("en-US", `report.severity.${f.severity}`)),
    );
  });

  it("charts score by person, rating distribution and payout by team over written ranges", () => {
    expect(analysis.charts?.map((c) => [c.kind, c.title])).toEqual([
      ["bar", "Score by person"],
      ["column", "Rating distribution"],
      ["column", "Payout by team"],
    ]);
    for (const chart of analysis.charts ?? []) {
      expect(at(g, chart.row, chart.col).kind).toBe("text"); // header cell of the range
      expect(at(g, chart.row + chart.rows - 1, chart.col + chart.cols - 1).kind).not.toBe("blank");
    }
    const score = analysis.charts![0];
    expect([shown(at(g, score.row, score.col)), shown(at(g, score.row, score.col + 1))]).toEqual([
      "Name",
      "Score",
    ]);
  });

  it("gives the payout chart bonus and commission by team, rounded, never head counts", () => {
    const payout = analysis.charts![2];
    const head = [0, 1, 2].map((c) => shown(at(g, payout.row, payout.col + c)));
    expect(head).toEqual(["Team", "Bonus", "Commission"]);
    const team = model.teams[0];
    const first = at(g, payout.row + 1, payout.col + 1);
    expect(first).toMatchObject({ kind: "formula", value: Math.round(team.bonus) });
    expect(first.kind === "formula" && first.formula).toMatch(/^=ROUND\(C\d+,0\)$/);
  });

  it("charts full names and scores rounded to one decimal", () => {
    const score = analysis.charts![0];
    model.people.forEach((p, i) => {
      expect(shown(at(g, score.row + 1 + i, score.col))).toBe(p.name);
      const value = shown(at(g, score.row + 1 + i, score.col + 1));
      if (p.composite !== null) expect(value).toBe(Math.round(p.composite * 10) / 10);
    });
  });

  it("highlights review status, pace, distribution and severity", () => {
    const tones = (plan: SheetPlan) =>
      plan.highlights?.map((h) => h.rules.map((r) => `${r.equals}:${r.tone}`).join(" "));
    expect(plans.slice(0, REPORT_SHEETS).flatMap((p) => tones(p) ?? [])).toEqual([
      "Missing:bad Draft:warn",
      "On track:good At risk:warn Off track:bad",
      "No:bad",
      "High:bad Medium:warn",
    ]);
  });
});

/** The first row whose first cell's text starts with `prefix` (a statement's heading, numbered "Page 1 of n"). */
function headingRow(g: Grid, prefix: string): number {
  const rows = [...g]
    .filter(([k, c]) => k.endsWith(",0") && c.kind === "text" && c.value.startsWith(prefix))
    .map(([k]) => Number(k.split(",")[0]));
  if (rows.length === 0) throw new Error(`no heading starts "${prefix}"`);
  return Math.min(...rows);
}

describe("planReport: statements", () => {
  const g = grid(statements);
  const texts = [...g.values()].filter((c) => c.kind === "text").map((c) => (c as { value: string }).value);

  it("has a section per person, headed by name, team and the labelled employee number", () => {
    const headings = texts.filter((v) => / — Page 1 of \d+$/.test(v));
    expect(
      model.people.map((p) =>
        headings.some((v) => v.startsWith(`${p.name} · North · Employee no. ${p.id} — `)),
      ),
    ).toEqual([true, true, true, true, true]);
    const zh = [...grid(statementsZh).values()].flatMap((c) => (c.kind === "text" ? [c.value] : []));
    expect(zh.some((v) => v.startsWith("Ann · North · 工号 ANN — 第 1 页，共 "))).toBe(true);
    // Never a bare "(ANN)" beside the name.
    expect([...texts, ...zh].filter((v) => /[(（](ANN|BOB|CAT|DAN|EVE)[)）]/.test(v))).toEqual([]);
  });

  it("computes Bob's bonus step by step", () => {
    const start = headingRow(g, "Bob · North · Employee no. BOB — Page 1 of ");
    const steps = [...g]
      .map(([k, c]) => [k.split(",").map(Number), c] as const)
      .filter(([[r, c]]) => r > start && c === 0)
      .sort((a, b) => a[0][0] - b[0][0])
      .map(([[r]]) => [shown(at(g, r, 0)), shown(at(g, r, 1)), shown(at(g, r, 2))])
      // Figures to 9 decimals: the model multiplies in its own order (8,000 × 1 × 1.5 × 61/92).
      .map((s) => s.map((v) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v)));
    const bonus = steps.slice(steps.findIndex((s) => s[0] === "Target bonus"));
    expect(bonus.slice(0, 9)).toEqual([
      ["Target bonus", 8000, "Managers, target bonus"],
      ["Attainment", 1, "score 100 ÷ 100"],
      ["Payout on the plan's curve", 1, "read linearly between the curve's points at the attainment"],
      ["Gate", "met", "no gate"],
      ["Rating multiplier", 1.5, "rating A"],
      [
        "Proration",
        Math.round((61 / 92) * 1e9) / 1e9,
        "61 of 92 days in the role and the plan (2026-08-01 to 2026-09-30)",
      ],
      [
        "Before the cap",
        7956.52173913,
        "target bonus × payout × multiplier × proration (0 when the gate is not met)",
      ],
      ["Cap", 12000, "at most the cap"],
      ["Bonus", 7956.52173913, ""],
    ]);
  });

  it("breaks Ann's commission down tier by tier", () => {
    const head = find(g, "Amount in tier");
    const rows = [1, 2, 3].map((i) => [0, 1, 2, 3, 4, 5].map((c) => shown(at(g, head.row + i, c))));
    expect(rows).toEqual([
      ["Tier 1", 0, 100000, 100000, 0.02, 2000],
      ["Tier 2", 100000, null, 10000, 0.05, 500],
      ["Total", null, null, 110000, null, 2500],
    ]);
  });

  it("prints the plan parameters in words", () => {
    expect(texts).toContain(
      "Commission: commission on won deals closed in the period, each credited by its share, at marginal (each slice of the amount earns its own tier's rate) tiers: from 0: 2%; from 100,000: 5%. Tier bounds are amounts. No cap.",
    );
    expect(texts).toContain(
      "Gated bonus: the target bonus times the payout read on the plan's curve (50% → 0%; 100% → 100%; 120% → 150%) at the attainment of the score, times the rating multiplier, prorated by the days of the period spent in the role under the plan. Gate: nothing is paid unless Complaints reaches 80% of target. No cap.",
    );
  });

  it("says why Dan's bonus was not computed, in Chinese too", () => {
    const zh = [...grid(statementsZh).values()]
      .filter((c) => c.kind === "text")
      .map((c) => (c as { value: string }).value);
    expect(zh).toContain("无法计算：没有综合得分（没有带实际值的目标）");
    expect(zh).toContain("提成 — Commission");
    expect(zh.some((v) => v.startsWith("Commission：按本期成交的商机计提成"))).toBe(true);
    expect(zh.filter((v) => /方案 (COM|BON)/.test(v))).toEqual([]);
  });
});

/** Cells a plan writes, as "row,col" keys. */
function writtenCells(plan: SheetPlan): Set<string> {
  const cells = new Set<string>();
  for (const b of plan.blocks)
    b.cells.forEach((row, r) => row.forEach((_, c) => cells.add(`${b.row + r},${b.col + c}`)));
  return cells;
}

describe.each([12, 2000])("planReport at %p people: charts and sections never collide", (managers) => {
  const tables = generateSample({ locale: "en-US", managers });
  const bigPlans = planReport(
    buildPeriod({ tables, period: "2026-Q2", asOf: SAMPLE_AS_OF, locale: "en-US" }),
    "en-US",
  );
  const [bigReport] = bigPlans;
  const big = bigPlans[REPORT_SHEETS - 1];
  /** A chart's data range and the area its drawing takes (anchor + Excel's default size, ~15 × 8 cells). */
  const boxes = (big.charts ?? []).map((c) => ({
    data: { top: c.row, bottom: c.row + c.rows - 1, left: c.col, right: c.col + c.cols - 1 },
    drawing: { top: c.anchorRow, bottom: c.anchorRow + 15, left: c.anchorCol, right: c.anchorCol + 7 },
  }));
  const overlap = (
    a: { top: number; bottom: number; left: number; right: number },
    b: { top: number; bottom: number; left: number; right: number },
  ) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

  it("draws all three charts, each over its own data range", () => {
    expect(big.charts).toHaveLength(3);
    expect(big.charts![0].rows).toBe(managers + 1);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlap(boxes[i].data, boxes[j].data)).toBe(false);
        expect(overlap(boxes[i].drawing, boxes[j].drawing)).toBe(false);
        expect(overlap(boxes[i].drawing, boxes[j].data)).toBe(false);
        expect(overlap(boxes[j].drawing, boxes[i].data)).toBe(false);
      }
  });

  it("gives the goals-met key figure room for one line (its text, an indent and a margin)", () => {
    const f = buildPeriod({ tables, period: "2026-Q2", asOf: SAMPLE_AS_OF, locale: "en-US" }).figures;
    for (const locale of ["en-US", "zh-CN"] as const) {
      const value = t(locale, "report.kf.goalsMetValue", { met: f.goalsTotal, total: f.goalsTotal });
      expect(value.length + 2).toBeLessThanOrEqual(bigReport.widths![4]);
    }
  });

  it("packs the charts' data tables one under the other (a title and a blank row between, no gap)", () => {
    const charts = big.charts!;
    for (let i = 1; i < charts.length; i++)
      expect(charts[i].row - (charts[i - 1].row + charts[i - 1].rows)).toBe(2);
  });

  it("writes every cell once, and nothing under a chart's drawing", () => {
    const seen = new Set<string>();
    for (const b of big.blocks)
      b.cells.forEach((row, r) =>
        row.forEach((_, c) => {
          const key = `${b.row + r},${b.col + c}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }),
      );
    const written = writtenCells(big);
    for (const { drawing } of boxes)
      for (let r = drawing.top; r <= drawing.bottom; r++)
        for (let c = drawing.left; c <= drawing.right; c++) expect(written.has(`${r},${c}`)).toBe(false);
  });
});

describe("planReport: print set-up", () => {
  it("prints the report on A4 landscape, one page wide, the scorecard header on every page", () => {
    const head = find(grid(report), t("en-US", "report.col.id"));
    expect(report.print).toMatchObject({
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: head.row - 1, last: head.row },
      footer: "Page &P of &N",
    });
    expect(reportZh.print?.footer).toBe("第 &P 页，共 &N 页");
  });

  it("repeats on each sheet's pages the title and header of the one table that runs over pages there", () => {
    for (const plan of plans.slice(1, REPORT_SHEETS - 1)) {
      // A detail or goals sheet: its title, then its header (ID first), then a row per person or goal.
      const g = grid(plan);
      const head = find(g, t("en-US", "report.col.id"));
      expect([plan.name, plan.print?.titleRows]).toEqual([
        plan.name,
        { first: head.row - 1, last: head.row },
      ]);
      expect(plan.freezeRows).toBe(head.row + 1);
      const headers = plan.blocks.filter((b) => b.header);
      expect(headers).toHaveLength(1);
    }
    // The analysis holds short tables, each under its own header: no rows repeat over them.
    expect(analysis.print?.titleRows).toBeUndefined();
    expect(analysis.print?.breaksBefore).toEqual([analysis.charts![0].row - 1]);
  });

  it("starts each person's statement on a new page", () => {
    const g = grid(statements);
    const heading = (p: PersonReport) => `${p.name} · North · Employee no. ${p.id} — Page 1 of `;
    const starts = model.people.map((p) => headingRow(g, heading(p)));
    const breaks = statements.print?.breaksBefore ?? [];
    expect(breaks.filter((row) => starts.includes(row))).toEqual(starts.slice(1));
    // Any other break goes on with a statement that runs over a page, under its person's name and the period.
    for (const row of breaks.filter((b) => !starts.includes(b))) {
      const owner = model.people.filter((_, i) => starts[i] < row).pop()!;
      expect(String(shown(at(g, row, 0)))).toMatch(
        new RegExp(
          `^${owner.name} · North · Employee no. ${owner.id} — 2026-Q3, continued — Page \\d+ of \\d+$`,
        ),
      );
    }
    expect(statements.print?.titleRows).toEqual({ first: 0, last: 0 });
  });

  it("prints no sheet-wide page count under the statements: each statement numbers its own pages", () => {
    expect(statements.print?.footer).toBe("");
    expect(statementsZh.print?.footer).toBe("");
  });
});

describe.each([
  ["en-US", (p: PersonReport) => `${p.name} · ${p.team} · Employee no. ${p.id}`, "Page {k} of {n}"],
  ["zh-CN", (p: PersonReport) => `${p.name} · ${p.team} · 工号 ${p.id}`, "第 {k} 页，共 {n} 页"],
] as const)("planStatements (%s): a statement over several pages", (locale, person, pageOf) => {
  // The first person with a commission, given 90 credited deals: their statement runs over three pages or more.
  const long = model.people.find((p) => p.commission)!;
  const commission = { ...long.commission!, dealLines: Array(90).fill(long.commission!.dealLines[0]) };
  const people = model.people.map((p) => (p === long ? { ...p, commission } : p));
  const [sheet] = planStatements({ ...model, people }, locale);
  const g = grid(sheet);
  const number = (k: number, n: number) => pageOf.replace("{k}", String(k)).replace("{n}", String(n));

  it("numbers each of its pages within the statement, in its heading and each continued page's heading", () => {
    const rows = Math.max(...[...g.keys()].map((k) => Number(k.split(",")[0]))) + 1;
    const column = Array.from({ length: rows }, (_, row) => String(shown(at(g, row, 0)) ?? ""));
    const breaks = sheet.print?.breaksBefore ?? [];
    // The first row of each printed page after the first (the title row repeats above it).
    const first = [column.findIndex((v) => v.startsWith(`${person(people[0])} — `)), ...breaks].map(
      (row) => column[row],
    );
    // Every statement's pages read 1 of n … n of n, each page's number in the heading row that starts it.
    for (const p of people) {
      const own = column.filter((v) => v.startsWith(`${person(p)} — `));
      const n = own.length;
      expect(first.filter((v) => v.startsWith(`${person(p)} — `))).toEqual(own);
      expect(own[0]).toBe(`${person(p)} — ${number(1, n)}`);
      own.slice(1).forEach((v, k) => {
        expect(v.startsWith(`${person(p)} — 2026-Q3`)).toBe(true);
        expect(v.endsWith(`— ${number(k + 2, n)}`)).toBe(true);
      });
      if (p.id === long.id) expect(n).toBeGreaterThanOrEqual(3);
    }
  });
});

describe.each(["en-US", "zh-CN"] as const)("planStatements (%s): the sample's section headings", (locale) => {
  const model = buildPeriod({
    tables: generateSample({ locale, managers: 12 }),
    period: "2026-Q2",
    asOf: SAMPLE_AS_OF,
    locale,
  });
  const [sheet] = planStatements(model, locale);

  it("never ends a page with a section heading whose table went on to the next page", () => {
    const breaks = sheet.print?.breaksBefore ?? [];
    const styleAt = new Map<number, string | undefined>();
    for (const b of sheet.blocks) b.cells.forEach((_, k) => styleAt.set(b.row + k, b.style));
    // Some statements run over a page, so there are pages that a statement goes on from.
    expect(breaks.length).toBeGreaterThan(model.people.length - 1);
    const feet = breaks.map((next) => Math.max(...[...styleAt.keys()].filter((row) => row < next)));
    const alone = feet
      .filter((row) => styleAt.get(row) === "subtitle")
      .map((row) => shown(at(grid(sheet), row, 0)));
    expect(alone).toEqual([]);
  });
});

describe.each(["en-US", "zh-CN"] as const)("planReport (%s): names where the workbook has them", (locale) => {
  const tables = generateSample({ locale, managers: 12 });
  const model = buildPeriod({ tables, period: "2026-Q2", asOf: SAMPLE_AS_OF, locale });
  const all = planReport(model, locale);
  const [, pay] = all;
  const statements = all[REPORT_SHEETS];
  const texts = (plan: SheetPlan) =>
    [...grid(plan).values()].flatMap((c) => (c.kind === "text" ? [c.value] : []));
  const kpiNames = new Map(tables.KPIs.map((k) => [String(k.KPI), String(k.Name)]));
  const planNames = new Map(tables.Plans.map((x) => [String(x.PlanID), String(x.Name)]));

  it("prints a statement's KPIs and plan curve by name, a plan's code only beside its name", () => {
    const all = texts(statements);
    // A commission plan's tiers may share its code (COM-CORP): that code is the plan's, printed beside its name.
    const curves = new Set(tables.Curves.map((c) => String(c.Curve)).filter((c) => !planNames.has(c)));
    for (const value of all) {
      // A code inside a longer word (COM-CORP in a deal id) does not count; a code standing on its own does.
      const has = (code: string) => new RegExp(`(^|[^\\w-])${code}([^\\w-]|$)`).test(value);
      for (const code of [...kpiNames.keys(), ...curves]) expect(has(code) ? value : "").toBe("");
      for (const [code, name] of planNames) if (has(code)) expect(value).toContain(name);
    }
    // The sample's gate KPI (Complaint rate) is named in the gate's explanation and the plan in words.
    const gatePlan = tables.Plans.find((x) => x.GateKPI)!;
    const gateKpi = kpiNames.get(String(gatePlan.GateKPI))!;
    expect(all.filter((v) => v.includes(gateKpi)).length).toBeGreaterThanOrEqual(2 * model.people.length);
  });

  it("names the bonus and commission plans in the detail table", () => {
    const g = grid(pay);
    const header = find(g, t(locale, "report.col.bonusPlan"));
    const shownPlans = model.people.map((_, i) => shown(at(g, header.row + 1 + i, header.col)));
    expect(shownPlans).toEqual(model.people.map((p) => (p.bonus ? p.bonus.planName : null)));
    expect(shownPlans.every((v) => v === null || [...planNames.values()].includes(String(v)))).toBe(true);
  });
});
