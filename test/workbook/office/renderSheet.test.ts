/**
 * The Office renderer's request economy: request sizes estimated in UTF-8 bytes, and many small plan blocks
 * coalesced into a few range writes without changing what lands in the cells.
 */
import { displayWidth, type PlanBlock, type SheetPlan } from "../../../src/model/sheetPlan";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { payloadBytes, utf8Length, OPERATION_BYTES } from "../../../src/workbook/office/payload";
import { planSheetWrites } from "../../../src/workbook/office/renderSheet";
import { FakeExcel } from "./fakeExcel";
import { blank, fx, text } from "../../fixtures/cells";
import { t, type Locale, type MessageKey } from "../../../src/i18n";
import { generateSample, SAMPLE_AS_OF } from "../../../src/model";
import { buildPeriod } from "../../../src/domain/period";
import { planReport } from "../../../src/report";
import { layOutPlan } from "../../../src/workbook/xlsx/planSheet";
import { approve, draftPayouts, lock } from "../../../src/workbook/periodClose";
import { TABLE_KEYS } from "../../../src/model";
import { seededWorkbook } from "../../fixtures/rows";

describe("utf8Length", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["é", 2],
    ["万", 3],
    ["绩效报告", 12],
    ["😀", 4],
    ['"万"', 5],
  ])("%j is %i bytes", (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text));
  });

  it("prices a write as its UTF-8 JSON plus a per-operation allowance", () => {
    expect(payloadBytes([["万"]])).toBe(OPERATION_BYTES + Buffer.byteLength('[["万"]]'));
  });
});

/** A statements-like sheet: per person, a subtitle, a note, a 3-column header and a few 3-column rows. */
function statements(people: number): SheetPlan {
  const blocks: PlanBlock[] = [];
  for (let p = 0; p < people; p++) {
    const row = p * 7;
    blocks.push({ row, col: 0, style: "subtitle", cells: [[text(`Person ${p}`)]] });
    blocks.push({
      row: row + 1,
      col: 0,
      style: "note",
      cells: [[text("=not a formula")]],
    });
    blocks.push({
      row: row + 2,
      col: 0,
      header: true,
      cells: [["Step", "Value", "Why"].map(text)],
    });
    for (let i = 0; i < 3; i++) {
      blocks.push({
        row: row + 3 + i,
        col: 0,
        formats: ["general", "percent", "general"],
        cells: [[text(`step ${i}`), fx(`=B${row + 3 + i}*2`, 0), blank]],
      });
    }
  }
  return { name: "Statements", blocks };
}

describe("planSheetWrites", () => {
  it("coalesces thousands of small blocks into a few range writes", () => {
    const plan = statements(1000);
    const writes = planSheetWrites(plan);
    expect(plan.blocks).toHaveLength(6000);
    expect(writes.cells.length).toBeLessThan(200);
  });

  it("writes the same cells, formats and styles as the plan asks for", async () => {
    const excel = new FakeExcel();
    await new OfficeWorkbook({ run: excel.run }).writeSheet(statements(40));
    const sheet = excel.sheet("Statements")!;
    expect(sheet.cell(7, 0)).toMatchObject({ value: "Person 1", numberFormat: "@" });
    expect(sheet.cell(8, 0)).toMatchObject({ value: "=not a formula", formula: null, numberFormat: "@" });
    expect(sheet.cell(10, 1)).toMatchObject({ formula: "=B10*2", numberFormat: "0.0%" });
    expect(sheet.cell(10, 2)?.value ?? "").toBe("");
    const styled = (property: string, row: number) =>
      sheet.styles.some((s) => s.property === property && s.row <= row && row < s.row + s.rows);
    expect(styled("font.size", 7)).toBe(true);
    expect(styled("font.italic", 8)).toBe(true);
    expect(styled("fill.color", 9)).toBe(true);
    expect(styled("fill.color", 10)).toBe(false);
    expect(excel.syncCount).toBe(2);
  });
});

describe("planSheetWrites: alignment as the file adapter writes it", () => {
  /** Cells holding words (typed text, or the text a formula gives), by "row,col" (0-based); a later block wins. */
  function wordCells(plan: SheetPlan): Map<string, string> {
    const words = new Map<string, string>();
    for (const block of plan.blocks)
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const key = `${block.row + r},${block.col + c}`;
          const value = cell.kind === "text" ? cell.value : cell.kind === "formula" ? cell.value : null;
          if (typeof value === "string" && value !== "") words.set(key, value);
          else words.delete(key);
        }),
      );
    return words;
  }

  /** The cells the .xlsx writer aligns right (its looks read back from the sheet XML it writes). */
  function rightInFile(plan: SheetPlan, locale: Locale): Set<string> {
    return alignedInFile(plan, locale, "right");
  }

  /** The cells whose look the .xlsx writer gives `property` (read back from the sheet XML it writes). */
  function alignedInFile(plan: SheetPlan, locale: Locale, property: "right" | "indent"): Set<string> {
    const grid = layOutPlan(plan, locale);
    const cells = new Set<string>();
    for (const xml of grid.rowsXml((look) => look))
      for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)" s="(\d+)"/g)) {
        if (!grid.looks[Number(m[3])][property]) continue;
        const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        cells.add(`${Number(m[2]) - 1},${col}`);
      }
    return cells;
  }

  /**
   * The sample's report and statements of 2026-Q1, closed as the shipped sample is (its payouts drafted, approved
   * and locked: each statement's payout status names both plans), written through the fake Excel.
   */
  async function written(locale: Locale) {
    const port = await seededWorkbook(generateSample({ locale, managers: 12 }));
    const ids = (await draftPayouts(port, "2026-Q1")).rows.map((r) => r.PayoutID);
    const actor = { date: SAMPLE_AS_OF - 35, by: "Alex Morgan" };
    await approve(port, ids, actor);
    await lock(port, ids, actor);
    const model = buildPeriod({
      tables: await port.readTables(TABLE_KEYS),
      period: "2026-Q1",
      asOf: SAMPLE_AS_OF,
      locale,
    });
    const plans = planReport(model, locale);
    const excel = new FakeExcel();
    await new OfficeWorkbook({ run: excel.run }).writeSheets(plans);
    return { plans, excel };
  }

  /** The last value a style property was given on a cell (0-based), as the cell shows it. */
  function lastSet(excel: FakeExcel, sheetName: string, property: string, row: number, col: number): unknown {
    const set = excel
      .sheet(sheetName)!
      .styles.filter(
        (s) =>
          s.property === property &&
          s.row <= row &&
          row < s.row + s.rows &&
          s.col <= col &&
          col < s.col + s.cols,
      );
    return set.at(-1)?.value;
  }

  it.each(["en-US", "zh-CN"] as const)(
    "indents a table's other text one step, as the .xlsx writer does, on the sample's report and statements (%s)",
    async (locale) => {
      const { plans, excel } = await written(locale);
      let indented = 0;
      for (const plan of plans) {
        const inFile = alignedInFile(plan, locale, "indent");
        const shows = (key: string) => {
          const [row, col] = key.split(",").map(Number);
          return (
            lastSet(excel, plan.name, "horizontalAlignment", row, col) === "Left" &&
            lastSet(excel, plan.name, "indentLevel", row, col) === 1
          );
        };
        for (const [key, value] of wordCells(plan)) {
          expect(`${plan.name} ${key} ${value}: ${shows(key)}`).toBe(
            `${plan.name} ${key} ${value}: ${inFile.has(key)}`,
          );
          if (inFile.has(key)) indented++;
        }
      }
      // Most of a report's words are in such columns: names, goals, plans, statuses in words.
      expect(indented).toBeGreaterThan(500);
    },
    60_000,
  );

  it.each(["en-US", "zh-CN"] as const)(
    "wraps a statement's payout status inside the table's width, as the .xlsx writer does (%s)",
    async (locale) => {
      const { plans, excel } = await written(locale);
      const statements = plans.at(-1)!;
      const across = statements.widths!.length;
      const grid = layOutPlan(statements, locale);
      const sheet = excel.sheet(statements.name)!;
      // The same merged areas, and the same row heights on them, in both writers.
      expect(sheet.merges.map((m) => `${m.row + 1}:${m.col + 1}-${m.col + m.cols}`).sort()).toEqual(
        grid.merges.map((m) => `${m.top}:${m.left}-${m.right}`).sort(),
      );
      for (const m of grid.merges) {
        expect(lastSet(excel, statements.name, "rowHeight", m.top - 1, 0)).toBe(grid.heights.get(m.top));
        expect(lastSet(excel, statements.name, "wrapText", m.top - 1, m.left - 1)).toBe(true);
        expect(lastSet(excel, statements.name, "verticalAlignment", m.top - 1, 0)).toBe("Top");
      }
      // Among them, each locked payout status too long for the room up to the plan's last column (less padding
      // and the indent): merged from its cell to that column, two lines or more. A shorter one stays as it is.
      const label = t(locale, "report.stmt.payoutStatus");
      const room = statements.widths!.slice(2).reduce((a, b) => a + b, 0) - 1.5;
      const statuses = statements.blocks.filter(
        (b) => b.cells[0]?.[0]?.kind === "text" && b.cells[0][0].value === label,
      );
      expect(statuses).toHaveLength(12);
      let merged = 0;
      for (const { row, cells } of statuses) {
        const status = cells[0][2];
        const long = status.kind === "text" && displayWidth(status.value) > room;
        expect(grid.merges.some((m) => m.top === row + 1)).toBe(long);
        if (!long) continue;
        merged++;
        expect(grid.merges).toContainEqual({ top: row + 1, left: 3, bottom: row + 1, right: across });
        expect(grid.heights.get(row + 1)).toBeGreaterThanOrEqual(30);
      }
      expect(merged).toBeGreaterThanOrEqual(8);
    },
    60_000,
  );

  it.each(["en-US", "zh-CN"] as const)(
    "sets words in columns of figures right, as the .xlsx writer does, on the sample's report and statements (%s)",
    async (locale) => {
      const model = buildPeriod({
        tables: generateSample({ locale, managers: 12 }),
        period: "2026-Q2",
        asOf: SAMPLE_AS_OF,
        locale,
      });
      const plans = planReport(model, locale);
      const excel = new FakeExcel();
      await new OfficeWorkbook({ run: excel.run }).writeSheets(plans);
      const shown: string[] = [];
      for (const plan of plans) {
        const sheet = excel.sheet(plan.name)!;
        const right = (key: string) => {
          const [row, col] = key.split(",").map(Number);
          // The last alignment set on the cell is the one it shows.
          const set = sheet.styles.filter(
            (s) =>
              s.property === "horizontalAlignment" &&
              s.row <= row &&
              row < s.row + s.rows &&
              s.col <= col &&
              col < s.col + s.cols,
          );
          return set.at(-1)?.value === "Right";
        };
        const inFile = rightInFile(plan, locale);
        for (const [key, value] of wordCells(plan)) {
          expect(`${plan.name} ${key} ${value}: ${right(key)}`).toBe(
            `${plan.name} ${key} ${value}: ${inFile.has(key)}`,
          );
          if (inFile.has(key)) shown.push(value);
        }
      }
      // Among them: the held bonuses, a statement's gate word and its payout status.
      const tr = (key: MessageKey) => t(locale, key);
      expect(shown).toEqual(
        expect.arrayContaining([tr("report.held"), tr("report.gate.met"), tr("report.payoutStatus.none")]),
      );
    },
    60_000,
  );
});
