/**
 * The report file as a reader gets it: every amount prints exact to the yuan, and print set-up is in the file —
 * after the report is written, re-read and written again by ExcelJS (as a second report run does). Amounts are
 * rendered through numfmt, an independent implementation of Excel's number formats.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { format } from "numfmt";
import { serialFromYMD } from "../../../src/core";
import { REPORT_SHEETS } from "../../../src/report";
import { generateReport } from "../../../src/workbook/generateReport";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { WAN_FORMAT, YUAN_FORMAT } from "../../../src/workbook/formats";

const ASSETS = path.resolve(__dirname, "../../../assets");

/** The sample's report, written, re-read and written again by ExcelJS, then read once more. */
async function roundTrip(file: string, moneyFormat?: string) {
  const port = await XlsxWorkbook.load(path.join(ASSETS, file));
  if (moneyFormat) {
    const rows = await port.readTables(["Settings"]);
    const row = rows.Settings.find((r) => r.Key === "moneyFormat");
    if (row) await port.updateRows("Settings", [{ ...row, Value: moneyFormat }]);
    else await port.appendRows("Settings", [{ Key: "moneyFormat", Value: moneyFormat }]);
  }
  const result = await generateReport(port, { asOf: serialFromYMD(2026, 5, 15), period: "2026-Q2" });
  const written = await port.toBuffer();
  let workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(written as never);
  const again = await workbook.xlsx.writeBuffer();
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(again as never);
  return { result, workbook, written };
}

/** What the cell must print: whole yuan, in 万 with four decimals or grouped. */
function expected(code: string, value: number): string {
  const yuan = Math.round(value);
  if (code === WAN_FORMAT) return `${yuan < 0 ? "-" : ""}${(Math.abs(yuan) / 10000).toFixed(4)}万`;
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(yuan);
}

describe.each([
  ["sample-team.zh-CN.xlsx", undefined, WAN_FORMAT],
  ["sample-team.xlsx", undefined, YUAN_FORMAT],
  ["sample-team.zh-CN.xlsx", "yuan", YUAN_FORMAT],
])("the report of %s (moneyFormat %p) after a write → read → write → read", (file, setting, code) => {
  let book: Awaited<ReturnType<typeof roundTrip>>;
  beforeAll(async () => {
    book = await roundTrip(file, setting);
  }, 60_000);

  it("prints every amount of both sheets exact to the yuan in one money format", () => {
    let amounts = 0;
    for (const name of book.result.sheets) {
      const sheet = book.workbook.getWorksheet(name)!;
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const fmt = cell.numFmt;
          if (!fmt || !/万|#,##0/.test(fmt) || fmt === "#,##0.00") return;
          const value =
            typeof cell.value === "number"
              ? cell.value
              : cell.value && typeof cell.value === "object" && "result" in cell.value
                ? (cell.value.result as number)
                : null;
          if (typeof value !== "number") return;
          if (fmt === "#,##0" && code === WAN_FORMAT) return; // counts are integers in both styles
          expect(fmt).toBe(code);
          expect(`${cell.address} ${format(fmt, value)}`).toBe(`${cell.address} ${expected(code, value)}`);
          amounts++;
        }),
      );
    }
    expect(amounts).toBeGreaterThan(50);
  });

  it("prints goal targets and actuals in their KPI's unit: counts whole, rates as %, amounts as money", async () => {
    const kpis = (await (await XlsxWorkbook.load(path.join(ASSETS, file))).readTables(["KPIs"])).KPIs;
    const unitOf = new Map(
      kpis.map((k) => [
        String(k.Name),
        String(k.Unit ?? "")
          .trim()
          .toLowerCase(),
      ]),
    );
    const seen = { count: 0, rate: 0, money: 0, other: 0 };
    const check = (cell: ExcelJS.Cell, unit: string) => {
      const value = typeof cell.value === "number" ? cell.value : null;
      if (value === null) return;
      const shown = format(cell.numFmt || "General", value);
      const where = `${cell.worksheet.name}!${cell.address} (${unit})`;
      if (unit === "%") {
        expect(`${where} ${shown}`).toBe(`${where} ${(value * 100).toFixed(1)}%`);
        seen.rate++;
      } else if (["cny", "元"].includes(unit)) {
        expect(`${where} ${shown}`).toBe(`${where} ${expected(code, value)}`);
        seen.money++;
      } else if (Number.isInteger(value)) {
        expect(`${where} ${shown}`).toBe(`${where} ${value.toLocaleString("en-US")}`);
        seen.count++;
      } else {
        expect(`${where} ${shown}`).toBe(`${where} ${value.toFixed(2)}`);
        seen.other++;
      }
    };
    const goalsName = book.result.sheets[REPORT_SHEETS - 2];
    const statementsName = book.result.sheets[REPORT_SHEETS];
    // The report's goal table: KPI in D, target in F, actual in G; a statement's goal lines: KPI in A, C and D.
    for (const [name, kpiCol, cols] of [
      [goalsName, 4, [6, 7]],
      [statementsName, 1, [3, 4]],
    ] as const) {
      book.workbook.getWorksheet(name)!.eachRow((row) => {
        const unit = unitOf.get(String(row.getCell(kpiCol).value));
        if (unit === undefined) return;
        for (const c of cols) check(row.getCell(c), unit);
      });
    }
    expect(seen.count).toBeGreaterThan(20);
    expect(seen.rate).toBeGreaterThan(20);
    expect(seen.money).toBeGreaterThan(20);
  });

  it("keeps the print set-up: A4, one page wide, title rows, sheet page numbers, a page per statement", () => {
    const [reportName] = book.result.sheets;
    const statementsName = book.result.sheets[REPORT_SHEETS];
    const report = book.workbook.getWorksheet(reportName)!;
    const statements = book.workbook.getWorksheet(statementsName)!;
    for (const sheet of [report, statements])
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        firstPageNumber: 1,
      });
    expect(report.headerFooter.oddFooter).toMatch(
      code === YUAN_FORMAT && file === "sample-team.xlsx"
        ? /&R&"Arial,Regular"Page &P of &N$/
        : /&R&"Microsoft YaHei,Regular"第 &P 页，共 &N 页$/,
    );
    // The statements count no pages sheet-wide: each statement numbers its own in its heading rows.
    expect(statements.headerFooter.oddFooter).toMatch(/^&L&"[^"]+,Regular"&A$/);
    expect(report.pageSetup.printTitlesRow).toBe("7:8");
    expect(statements.pageSetup.printTitlesRow).toBe("1:1");
  });

  it("aligns the scorecard so neighbours never run together and held bonuses stay in their column", () => {
    const report = book.workbook.getWorksheet(book.result.sheets[0])!;
    const header = report.getRow(8);
    const cells: ExcelJS.Cell[] = [];
    header.eachCell((cell) => cells.push(cell));
    // Mid-quarter: every basis is on a line of its own under its label, and such a header wraps.
    const broken = cells.filter((c) => String(c.value).includes("\n"));
    expect(broken.length).toBeGreaterThanOrEqual(5);
    for (const cell of broken) {
      expect(String(cell.value)).toMatch(/\n[(（][^\n]+[)）]$/);
      expect(cell.alignment).toMatchObject({ wrapText: true });
    }
    // Figure headers right over their values; text headers one indent in from the left.
    const alignOf = (c: ExcelJS.Cell) => c.alignment?.horizontal;
    expect(alignOf(cells[0])).toBe("left");
    expect(cells[0].alignment.indent).toBe(1);
    expect(alignOf(cells[3])).toBe("right");
    // The sample holds 4 bonuses whose gate cannot be evaluated: the short word reads right-aligned in both
    // bonus columns (to date and projected), on one line like every other figure (the title row says what it
    // means in full).
    let held = 0;
    for (let r = 9; r < 9 + book.result.people.length; r++) {
      report.getRow(r).eachCell((cell) => {
        if (typeof cell.value !== "string" || !/^(held|暂缓)$/.test(cell.value)) return;
        expect(cell.alignment).toMatchObject({ horizontal: "right" });
        expect(cell.alignment.wrapText).toBeFalsy();
        held++;
      });
    }
    expect(held).toBe(8);
    expect(String(report.getRow(7).getCell(3).value)).toMatch(/^(held, unknown:|暂缓、无法判定：)/);
    // Every row is one line: ID, name and team fit their columns, and so does "held" (no row made tall).
    book.result.people.forEach((p) => {
      const i = book.result.people.indexOf(p);
      expect(`${p.id} ${report.getRow(9 + i).height ?? "auto"}`).toBe(`${p.id} auto`);
    });
  });

  it("breaks the statements into a page per person in the written file", async () => {
    // ExcelJS writes row breaks but does not read them back, so they are read from the sheet's XML.
    const zip = await JSZip.loadAsync(book.written);
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    const withBreaks = sheets.filter((xml) => xml.includes("<rowBreaks"));
    expect(withBreaks).toHaveLength(2); // the report's analysis (its charts) and the statements
    const all = withBreaks.map((xml) => [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1])));
    const breaks = all.find((ids) => ids.length >= book.result.people.length - 1)!;
    const statements = book.workbook.getWorksheet(book.result.sheets[REPORT_SHEETS])!;
    // Each break sits right above a person's heading, or above the name of the person whose statement goes on.
    const named = breaks.map((id) => String(statements.getCell(id + 1, 1).value));
    const starts = book.result.people.slice(1).map((p) => named.findIndex((v) => v.startsWith(`${p.name}`)));
    expect(starts.every((at, i) => at >= 0 && (i === 0 || at > starts[i - 1]))).toBe(true);
    for (const v of named) expect(book.result.people.some((p) => v.startsWith(`${p.name}`))).toBe(true);
  });
});
