/**
 * The headless report command, run in-process on the shipped sample workbooks into a temporary directory; the
 * output is read back with ExcelJS: sheets, headers, key figures (equal to what the report model computes),
 * formulas kept as text in notes next to their values, charts as tables, print set-up.
 */
import { copyFileSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { serialFromYMD } from "../../src/core";
import { t, type Locale } from "../../src/i18n";
import { SAMPLE_AS_OF } from "../../src/model";
import { formatMoney } from "../../src/format";
import { buildPeriod } from "../../src/domain/period";
import { defaultOutput, parseReportArgs, runReportCli } from "../../src/cli/report";
import { REPORT_TABLES } from "../../src/workbook/generateReport";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { EN_SAMPLE, runCli, tempDir, ZH_SAMPLE } from "./harness";

/** The CLI's "today" in these tests: a day after the sample's, in a later quarter (2026-Q4). */
const TODAY = serialFromYMD(2026, 11, 26);

const dir = tempDir("kpi-report-cli-");

const run = (argv: string[], locale: Locale = "en-US") =>
  runCli(runReportCli, argv, { today: TODAY, locale });

async function readBack(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The row of a sheet whose cells start with `first` (e.g. the scorecard's header row starting "ID", "Name"). */
function findRow(sheet: ExcelJS.Worksheet, first: string[]): number {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (first.every((text, i) => sheet.getCell(r, i + 1).value === text)) return r;
  }
  return -1;
}

async function expectedModel(file: string, period: string, locale: Locale) {
  const port = await XlsxWorkbook.load(file);
  const tables = await port.readTables([...REPORT_TABLES, "Payouts"]);
  return buildPeriod({ tables, period, asOf: SAMPLE_AS_OF, locale });
}

describe("npm run report", () => {
  it("writes the English sample's 2026-Q2 report next to the input, leaving the input untouched", async () => {
    const input = path.join(dir(), "team.xlsx");
    copyFileSync(EN_SAMPLE, input);
    const before = readFileSync(input);
    const { code, out, err } = await run([input, "--period", "2026-Q2", "--as-of", "2026-05-15"]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const file = path.join(dir(), "team-report-2026-Q2.xlsx");
    expect(statSync(file).size).toBeGreaterThan(10_000);
    expect(readFileSync(input).equals(before)).toBe(true);

    const model = await expectedModel(EN_SAMPLE, "2026-Q2", "en-US");
    expect(model.figures.heldPayouts).toBe(4);
    expect(out).toEqual(
      expect.arrayContaining([
        "KPI Desk report 2026-Q2 — whole team, as of 2026-05-15",
        `People: ${model.figures.people}`,
        `Goals met: ${model.figures.goalsMet} of ${model.figures.goalsTotal}`,
        // Retail & Wealth have no goal on their bonus gate's KPI: their bonuses are held, counted apart.
        `Held: ${model.figures.heldPayouts} bonus payouts whose gate cannot be evaluated, not in the totals (see the high flags)`,
        // Mid-quarter the totals are to date and the projection stands beside them, as the key figures print them.
        `Earned to date: bonus ${formatMoney(model.figures.totalBonus, "en-US")} · commission ${formatMoney(model.figures.totalCommission, "en-US")}`,
        `Projected at the period end: bonus ${formatMoney(model.figures.projectedBonus, "en-US")} · commission ${formatMoney(model.figures.projectedCommission, "en-US")}`,
        "Sheets written: KPI Report 2026-Q2, KPI Report 2026-Q2 Pay, KPI Report 2026-Q2 Work, KPI Report 2026-Q2 Growth, KPI Report 2026-Q2 Goals, KPI Report 2026-Q2 Analysis, Statements 2026-Q2",
        `Saved to ${file}`,
      ]),
    );

    const workbook = await readBack(file);
    const names = workbook.worksheets.map((s) => s.name);
    // The input's tables travel with the report; the report sheets come last and the file opens on the report.
    expect(names).toEqual(
      expect.arrayContaining([
        "Managers",
        "Goals",
        "KPI Report 2026-Q2",
        "KPI Report 2026-Q2 Goals",
        "KPI Report 2026-Q2 Analysis",
        "Statements 2026-Q2",
      ]),
    );
    const report = workbook.getWorksheet("KPI Report 2026-Q2") as ExcelJS.Worksheet;
    expect(workbook.views[0].activeTab).toBe(names.indexOf("KPI Report 2026-Q2"));

    // Key figures: header row, then values equal to the model's.
    const figures = findRow(report, ["People", "Average score", "Total bonus", "Total commission"]);
    expect(figures).toBeGreaterThan(0);
    const value = (c: number) => report.getCell(figures + 1, c).value;
    expect(value(1)).toBe(model.figures.people);
    expect(value(2)).toBeCloseTo(model.figures.averageComposite as number, 9);
    expect(value(3)).toBeCloseTo(model.figures.totalBonus, 6);
    expect(value(4)).toBeCloseTo(model.figures.totalCommission, 6);

    // Scorecard: one row per person, values (never live formulas), the formula kept as text in the note.
    // Mid-quarter: the score column says it is to date.
    const header = findRow(report, ["ID", "Name", "Team", "Score\n(to date)"]);
    expect(header).toBeGreaterThan(0);
    const ids = model.people.map((p) => p.id);
    expect(ids.map((_, i) => report.getCell(header + 1 + i, 1).value)).toEqual(ids);
    // Destructured at once: ExcelJS cells are plain objects (no Office.js load/sync involved).
    const { type, value: score, note } = report.getCell(header + 1, 4);
    expect(type).toBe(ExcelJS.ValueType.Number);
    expect(score).toBeCloseTo(model.people[0].composite as number, 9);
    expect(String(note)).toContain(t("en-US", "workbook.formula.note", { formula: "" }).trim());
    expect(String(note)).toMatch(/=KPI\.WEIGHTED\(/);
    report.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));

    // Charts become titled tables, on the report's analysis sheet.
    const analysis = workbook.getWorksheet("KPI Report 2026-Q2 Analysis") as ExcelJS.Worksheet;
    const chartTitle = t("en-US", "workbook.chart.asTable", { title: "Score by person" });
    expect(findRow(analysis, [chartTitle]) > 0 || hasText(analysis, chartTitle)).toBe(true);

    // Printable: A4 landscape, one page wide (pages split only between rows), the scorecard's title and header on every page.
    expect(report.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(report.pageSetup.printTitlesRow).toBe("7:8");
    const statements = workbook.getWorksheet("Statements 2026-Q2") as ExcelJS.Worksheet;
    expect(statements.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
    const first = model.people[0];
    expect(hasText(statements, `${first.name} · ${first.team} · Employee no. ${first.id}`, true)).toBe(true);
  }, 60_000);

  it("writes the Chinese sample's report in Chinese, with amounts in 万, and the default period from today", async () => {
    const file = path.join(dir(), "zh.xlsx");
    const { code, out } = await run([ZH_SAMPLE, "--out", file, "--as-of", "2026-05-15"], "en-US");
    expect(code).toBe(0);
    // No --period: the quarter of the report date by the fiscal calendar (January) → 2026-Q2.
    expect(out[0]).toBe("绩效管理报告 2026-Q2 — 全团队，截至 2026-05-15");
    const model = await expectedModel(ZH_SAMPLE, "2026-Q2", "zh-CN");
    // The projected bonus is not 0: the summary no longer reads "奖金合计：0万" alone mid-quarter.
    expect(model.figures.projectedBonus).toBeGreaterThan(0);
    expect(out).toEqual(
      expect.arrayContaining([
        `截至报告日已得：奖金 ${formatMoney(model.figures.totalBonus, "zh-CN")} · 提成 ${formatMoney(model.figures.totalCommission, "zh-CN")}`,
        `预计期末：奖金 ${formatMoney(model.figures.projectedBonus, "zh-CN")} · 提成 ${formatMoney(model.figures.projectedCommission, "zh-CN")}`,
      ]),
    );
    expect(out.some((line) => line.startsWith("奖金合计"))).toBe(false);
    const workbook = await readBack(file);
    const report = workbook.getWorksheet("绩效报告 2026-Q2") as ExcelJS.Worksheet;
    expect(report).toBeDefined();
    expect(workbook.getWorksheet("结算单 2026-Q2")).toBeDefined();
    const figures = findRow(report, ["人数"]);
    expect(report.getCell(figures, 3).value).toBe("奖金合计");
    // 万 with an escaped point (ExcelJS reads `0\.0` back without its backslash), never `!.`, which LibreOffice
    // would print as "75!.0万".
    expect(report.getCell(figures + 1, 4).numFmt).toBe('0"."0000"万"');
  }, 60_000);

  it("judges the report as of today when no date is given, and a scope narrows the people", async () => {
    const file = path.join(dir(), "scope.xlsx");
    const { code, out, err } = await run([
      EN_SAMPLE,
      "--period=2026-Q2",
      "--scope",
      "SME Banking",
      `--out=${file}`,
    ]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    // As of TODAY (2026-11-26): Q2 is over.
    expect(out[0]).toBe("KPI Desk report 2026-Q2 — team SME Banking, as of 2026-11-26");
    expect(out[1]).toBe("People: 4");
    // The period is over: final totals, no projection line.
    expect(out.some((line) => line.startsWith("Total bonus: "))).toBe(true);
    expect(out.some((line) => line.startsWith("Projected"))).toBe(false);
  }, 60_000);

  it.each([
    { name: "no file", argv: [], code: 2, message: t("en-US", "cli.err.noInput") },
    {
      name: "a missing file",
      argv: ["/nowhere/team.xlsx"],
      code: 1,
      message: t("en-US", "cli.err.notFound", { file: "/nowhere/team.xlsx" }),
    },
    {
      name: "a bad period",
      argv: [EN_SAMPLE, "--period", "2026-Q9"],
      code: 1,
      message: t("en-US", "err.period.invalid", { text: "2026-Q9" }),
    },
    {
      name: "an unknown team",
      argv: [EN_SAMPLE, "--period", "2026-Q2", "--scope", "Mars"],
      code: 1,
      message: t("en-US", "gen.err.unknownScope", {
        scope: "Mars",
        teams: "Corporate Banking, Retail & Wealth, SME Banking",
      }),
    },
    {
      name: "an unknown option",
      argv: [EN_SAMPLE, "--colour", "red"],
      code: 2,
      message: t("en-US", "cli.err.unknownOption", { option: "--colour" }),
    },
    {
      name: "a bad date",
      argv: [EN_SAMPLE, "--as-of", "2026-02-30"],
      code: 2,
      message: t("en-US", "cli.err.badDate", { value: "2026-02-30" }),
    },
  ])(
    "refuses $name with a clear message",
    async ({ argv, code, message }) => {
      const result = await run(argv.map((a) => a.replace("/nowhere", path.join(dir(), "nowhere"))));
      expect(result.code).toBe(code);
      expect(result.err[0]).toBe(message.replace("/nowhere", path.join(dir(), "nowhere")));
      expect(result.out).toEqual([]);
    },
    30_000,
  );

  it("names a missing table, writing nothing", async () => {
    const input = path.join(dir(), "partial.xlsx");
    const port = XlsxWorkbook.create();
    await port.ensureTables(["Managers", "Settings"], "en-US");
    await port.save(input);
    const result = await run([input, "--lang", "zh-CN"]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([t("zh-CN", "workbook.err.tableMissing", { table: "KPIs" })]);
    expect(() => statSync(defaultOutput(input, "2026-Q4"))).toThrow();
  });
});

describe("parseReportArgs", () => {
  it.each([
    [["a.xlsx"], { input: "a.xlsx", period: null, scope: null, out: null, lang: null, asOf: null }],
    [
      ["--period", "2026-q3", "a.xlsx", "--lang", "zh-cn", "--scope=North", "--out", "b.xlsx"],
      { input: "a.xlsx", period: "2026-q3", scope: "North", out: "b.xlsx", lang: "zh-CN" },
    ],
    [["a.xlsx", "--as-of", "2026-09-30"], { asOf: serialFromYMD(2026, 9, 30) }],
  ])("reads %j", (argv, expected) => {
    expect(parseReportArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [["a.xlsx", "--out"]],
    [["a.xlsx", "--lang", "fr-FR"]],
    [["a.xlsx", "b.xlsx"]],
    [["a.xlsx", "--period="]],
  ])("refuses %j", (argv) => {
    expect(() => parseReportArgs(argv)).toThrow();
  });

  it("puts the default output next to the input", () => {
    expect(defaultOutput("/data/team.xlsx", "2026-Q3")).toBe("/data/team-report-2026-Q3.xlsx");
  });
});

/** Whether any cell of the sheet shows `text` (exactly, or containing it). */
function hasText(sheet: ExcelJS.Worksheet, text: string, contains = false): boolean {
  let found = false;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === "string" && (contains ? v.includes(text) : v === text)) found = true;
    }),
  );
  return found;
}
