import { t } from "../../src/i18n";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { KpiError } from "../../src/core/errors";
import { generateSample } from "../../src/model";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { runPortContract } from "./contract";
import { fx, text } from "../fixtures/cells";

runPortContract("xlsx", async () => XlsxWorkbook.create(), {
  // Every read-back goes through real .xlsx bytes.
  reopen: async (port) => XlsxWorkbook.load(await port.toBuffer()),
  formulaCells: (port, sheet) => port.formulaCells(sheet),
});

async function partsOf(port: XlsxWorkbook): Promise<JSZip> {
  return JSZip.loadAsync(await port.toBuffer());
}

describe("XlsxWorkbook", () => {
  it("writes each table as a real Excel table named by its key, on its own sheet, header frozen", async () => {
    const port = XlsxWorkbook.create();
    await port.ensureTables(["Managers", "Goals"], "zh-CN", {
      Managers: generateSample({ locale: "zh-CN" }).Managers,
    });
    const zip = await partsOf(port);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    const refs = tables
      .map((xml) => [/ name="(\w+)"/.exec(xml)?.[1], / ref="([A-Z0-9:]+)"/.exec(xml)?.[1]])
      .sort();
    expect(refs).toEqual([
      ["Goals", "A1:L2"],
      ["Managers", "A1:L13"],
    ]);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain('name="客户经理"');
    expect(workbookXml).toContain('name="目标"');
  });

  it("writes formula-looking text as a shared string, never as a formula", async () => {
    const port = XlsxWorkbook.create();
    await port.ensureTables(["Curves"], "en-US");
    await port.appendRows("Curves", [{ Curve: "=1+1", Point: 1, Value: 1 }]);
    const zip = await partsOf(port);
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => f.startsWith("xl/worksheets/sheet"))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(sheets.join("")).not.toContain("<f>");
    expect(await zip.file("xl/sharedStrings.xml")!.async("string")).toContain("=1+1");
  });

  it("marks generated sheets with the sheet-scoped KPIDESK_GENERATED name, as the Office adapter does", async () => {
    const port = XlsxWorkbook.create();
    port.addUserSheet("Mine", [["x"]]);
    await port.writeSheet({
      name: "KPI Report 2026-Q2",
      blocks: [{ row: 0, col: 0, cells: [[text("t")]] }],
    });
    const parts = await partsOf(port);
    const xml = await parts.file("xl/workbook.xml")!.async("string");
    expect(xml).toContain(
      '<definedName name="KPIDESK_GENERATED" localSheetId="1">&apos;KPI Report 2026-Q2&apos;!$A$1</definedName>',
    );
    // Protected without a password (Excel refuses an accidental edit); the user's sheet is left unprotected.
    const mine = await parts.file("xl/worksheets/sheet1.xml")!.async("string");
    const report = await parts.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(mine).not.toContain("<sheetProtection");
    const protection = /<sheetProtection [^>]*\/>/.exec(report)?.[0] ?? "";
    expect(protection).toContain('sheet="1"');
    expect(protection).not.toMatch(/password|hashValue/i);
    expect(protection).toMatch(/formatColumns="0"/);
  });

  it("renders a plan: computed values, formula text in a note, formats, a chart as a note over its data", async () => {
    const port = XlsxWorkbook.create({ locale: "en-US" });
    await port.writeSheet({
      name: "R",
      blocks: [
        {
          row: 0,
          col: 0,
          header: true,
          tableName: "Scorecard",
          formats: ["general", "percent"],
          cells: [
            [text("Name"), text("Score")],
            [text("Ann"), fx("=KPI.SCORE(80,100)/100", 0.8)],
          ],
        },
      ],
      charts: [
        {
          kind: "bar",
          title: "Score by person",
          row: 0,
          col: 0,
          rows: 2,
          cols: 2,
          anchorRow: 5,
          anchorCol: 6,
        },
      ],
      widths: [20],
    });
    const again = await XlsxWorkbook.load(await port.toBuffer());
    const sheet = again.workbook.getWorksheet("R")!;
    expect(sheet.getCell("B2").value).toBe(0.8);
    expect(sheet.getCell("B2").numFmt).toBe("0.0%");
    expect(String(sheet.getCell("B2").note)).toContain("=KPI.SCORE(80,100)/100");
    // The note stands beside the chart's data, one column clear of it, wherever Excel would anchor the drawing.
    expect(sheet.getCell("D1").value).toBe("Chart: Score by person");
    expect(sheet.getCell("D2").value).toBe(t("en-US", "workbook.chart.note"));
    expect([sheet.getCell("C1").value, sheet.getCell("G6").value, sheet.getCell("G7").value]).toEqual([
      null,
      null,
      null,
    ]);
    // The chart's data stays in its own range, its figures readable: no data bar is drawn under them.
    const xml = await (
      await JSZip.loadAsync(await port.toBuffer())
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(xml).not.toContain("dataBar");
    expect(sheet.getColumn(1).width).toBe(20);
    expect(again.formulaCells("R")).toEqual([]);
  });

  it("saves to and loads from a file path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpidesk-"));
    try {
      const port = XlsxWorkbook.create();
      await port.ensureTables(["Curves"], "en-US", { Curves: [{ Curve: "A", Point: 1, Value: 2 }] });
      await port.save(join(dir, "w.xlsx"));
      const again = await XlsxWorkbook.load(join(dir, "w.xlsx"));
      expect((await again.readTables(["Curves"])).Curves).toEqual([{ Curve: "A", Point: 1, Value: 2 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the file it cannot read: what it seems to be, or a damaged zip", async () => {
    const text = await XlsxWorkbook.load(Buffer.from("not a zip")).catch((e: unknown) => e);
    expect((text as KpiError).key).toBe("workbook.err.notXlsx.text");
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 7)]);
    const error = await XlsxWorkbook.load(damaged).catch((e: unknown) => e);
    expect((error as KpiError).key).toBe("workbook.err.fileRead");
  });

  it("moves a user's calculated column with its rows when rows are deleted, and keeps a totals row", async () => {
    const port = XlsxWorkbook.create();
    port.addRawTable(
      "Curves",
      "C",
      ["Curve", "Point", "Value", "Double"],
      [
        ["A", 1, 1, { formula: "C2*2", result: 2 } as never],
        ["A", 2, 2, { formula: "C3*2", result: 4 } as never],
      ],
    );
    await port.deleteRows("Curves", ["A\u241f1"]);
    const sheet = port.workbook.getWorksheet("C")!;
    expect(sheet.getCell("D2").value).toEqual({ formula: "C3*2", result: 4 });
    expect(sheet.getCell("A3").value).toBeNull();
    expect((await port.readTables(["Curves"])).Curves).toEqual([{ Curve: "A", Point: 2, Value: 2 }]);
  });
});
