/**
 * Renders a SheetPlan as queued Office.js operations on one worksheet: cell pieces (values, live formulas, number
 * formats, styles), then a finishing step (tables, conditional formats, charts, column widths, frozen rows).
 * Queues only: the caller decides which `context.sync()` each piece lands in.
 */
import type { Locale } from "../../i18n";
import type { PlanBlock, PlanCell, PlanHighlight, SheetPlan } from "../../model/sheetPlan";
import { planFormatCode, TEXT_FORMAT } from "./formats";
import { batchBySize, payloadBytes } from "./payload";

/** One piece of a generated sheet's cells, small enough for one request. */
export interface SheetWrite {
  bytes: number;
  queue(sheet: Excel.Worksheet): void;
}

/** Everything a plan turns into. */
export interface SheetWrites {
  cells: SheetWrite[];
  /** The Excel table names the plan asks for, in the order `finish` returns the tables. */
  tableNames: string[];
  finishBytes: number;
  /**
   * Queues tables (under Excel's default names: the caller names them once the old report is gone, since table
   * names are workbook-wide), conditional formats, charts, column widths and frozen rows.
   * @returns the tables created, in the order of `tableNames`.
   */
  finish(sheet: Excel.Worksheet): Excel.Table[];
}

/** Excel's own "good / neutral / bad" cell styles, so highlights look like the ones users already know. */
const TONES: Record<PlanHighlight["rules"][number]["tone"], { fill: string; font: string }> = {
  good: { fill: "#C6EFCE", font: "#006100" },
  warn: { fill: "#FFEB9C", font: "#9C5700" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
};

const HEADER = { fill: "#0E7C6B", font: "#FFFFFF" };
const NOTE_COLOR = "#595959";
const CHART_TYPES = { bar: "BarClustered", column: "ColumnClustered", pie: "Pie" } as const;
const GENERATED_TABLE_STYLE = "TableStyleMedium2";
/** Rows of one block written per piece at most, whatever their size (keeps each request's shape modest). */
const MAX_PIECE_BYTES = 1_000_000;

/** What a plan cell writes through `Range.formulas`: formulas live, text as text (its cell is formatted `@`). */
function cellInput(cell: PlanCell): string | number | boolean | null {
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "number":
    case "boolean":
      return cell.value;
    case "formula":
      return cell.formula;
    case "blank":
      return null;
  }
}

/** The number format of each cell: text cells `@`, the rest their column's plan format (or left alone). */
function cellFormats(block: PlanBlock, rows: readonly PlanCell[][], locale: Locale): (string | null)[][] {
  return rows.map((row) =>
    row.map((cell, j) => {
      if (cell.kind === "text") return TEXT_FORMAT;
      const format = block.formats?.[j];
      return format ? planFormatCode(format, locale) : null;
    }),
  );
}

function escapeFormulaText(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** Excel's column width unit is points; a plan's width is in characters of the default font (7 px each). */
function pointsOfChars(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function queueBlockStyle(
  sheet: Excel.Worksheet,
  block: PlanBlock,
  from: number,
  count: number,
  width: number,
): void {
  const range = sheet.getRangeByIndexes(block.row + from, block.col, count, width);
  switch (block.style) {
    case "title":
      range.format.font.size = 16;
      range.format.font.bold = true;
      break;
    case "subtitle":
      range.format.font.size = 12;
      range.format.font.bold = true;
      break;
    case "note":
      range.format.font.italic = true;
      range.format.font.color = NOTE_COLOR;
      break;
    case "table":
    case undefined:
      break;
  }
  if (block.header && from === 0 && !block.tableName) {
    const header = sheet.getRangeByIndexes(block.row, block.col, 1, width);
    header.format.font.bold = true;
    header.format.fill.color = HEADER.fill;
    header.format.font.color = HEADER.font;
  }
}

/**
 * Turns a plan into queued writes.
 * @param plan - the sheet to write.
 * @param locale - the language of the number formats (万 for Chinese sheets).
 * @param maxPieceBytes - the largest piece of cells, in estimated request bytes.
 * @returns the cell pieces, in order, and the finishing step.
 */
export function planSheetWrites(
  plan: SheetPlan,
  locale: Locale,
  maxPieceBytes = MAX_PIECE_BYTES,
): SheetWrites {
  const pieceBudget = Math.min(maxPieceBytes, MAX_PIECE_BYTES);
  const cells: SheetWrite[] = [];
  for (const block of plan.blocks) {
    const width = block.cells[0]?.length ?? 0;
    if (width === 0) continue;
    const inputs = block.cells.map((row) => row.map(cellInput));
    const formats = cellFormats(block, block.cells, locale);
    const rowBytes = inputs.map((row, i) => payloadBytes(row) + payloadBytes(formats[i]));
    for (const [start, end] of batchBySize(rowBytes, pieceBudget)) {
      const pieceInputs = inputs.slice(start, end);
      const pieceFormats = formats.slice(start, end);
      const needsFormats = pieceFormats.some((row) => row.some((f) => f !== null));
      cells.push({
        bytes: rowBytes.slice(start, end).reduce((a, b) => a + b, 0) + payloadBytes(null) * 4,
        queue: (sheet) => {
          const range = sheet.getRangeByIndexes(block.row + start, block.col, end - start, width);
          // The format goes first: a text cell formatted `@` keeps "=…" as text; a formula cell is not `@`.
          if (needsFormats) range.numberFormat = pieceFormats;
          range.formulas = pieceInputs;
          queueBlockStyle(sheet, block, start, end - start, width);
        },
      });
    }
  }

  const tables = plan.blocks.filter((b) => b.tableName && b.cells.length > 0 && b.cells[0].length > 0);
  const finishBytes =
    payloadBytes(tables.map((t) => t.tableName)) +
    payloadBytes(plan.highlights ?? []) +
    payloadBytes(plan.charts ?? []) +
    payloadBytes(plan.widths ?? []) +
    payloadBytes(plan.freezeRows ?? 0);

  return {
    cells,
    tableNames: tables.map((b) => b.tableName as string),
    finishBytes,
    finish: (sheet) => {
      const created = tables.map((block) => {
        const range = sheet.getRangeByIndexes(
          block.row,
          block.col,
          block.cells.length,
          block.cells[0].length,
        );
        const table = sheet.tables.add(range, true);
        table.style = GENERATED_TABLE_STYLE;
        return table;
      });
      for (const highlight of plan.highlights ?? []) {
        if (highlight.rows < 1) continue;
        const range = sheet.getRangeByIndexes(highlight.row, highlight.col, highlight.rows, 1);
        for (const rule of highlight.rules) {
          const format = range.conditionalFormats.add("CellValue");
          format.cellValue.format.fill.color = TONES[rule.tone].fill;
          format.cellValue.format.font.color = TONES[rule.tone].font;
          format.cellValue.rule = { formula1: escapeFormulaText(rule.equals), operator: "EqualTo" };
        }
      }
      for (const chart of plan.charts ?? []) {
        const source = sheet.getRangeByIndexes(chart.row, chart.col, chart.rows, chart.cols);
        const added = sheet.charts.add(CHART_TYPES[chart.kind], source, "Columns");
        added.title.text = chart.title;
        added.setPosition(sheet.getRangeByIndexes(chart.anchorRow, chart.anchorCol, 1, 1));
      }
      (plan.widths ?? []).forEach((chars, col) => {
        if (chars > 0) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = pointsOfChars(chars);
      });
      if (plan.freezeRows && plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
      return created;
    },
  };
}
