/**
 * The Office renderer's request economy: request sizes estimated in UTF-8 bytes, and many small plan blocks
 * coalesced into a few range writes without changing what lands in the cells.
 */
import type { PlanBlock, SheetPlan } from "../../../src/model/sheetPlan";
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
    const grid = layOutPlan(plan, locale);
    const right = new Set<string>();
    for (const xml of grid.rowsXml((look) => look))
      for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)" s="(\d+)"/g)) {
        if (!grid.looks[Number(m[3])].right) continue;
        const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        right.add(`${Number(m[2]) - 1},${col}`);
      }
    return right;
  }

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
