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
