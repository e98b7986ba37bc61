/**
 * Renders a SheetPlan as queued Office.js operations on one worksheet: cell pieces (values, live formulas, number
 * formats, styles), then a finishing step (tables, conditional formats, charts, column widths, frozen rows).
 * Queues only: the caller decides which `context.sync()` each piece lands in.
 *
 * Few operations whatever the plan's shape: consecutive blocks are merged into rectangles written as 2-D arrays
 * (null where no block writes, which Office.js leaves unchanged), and block styles go as multi-area writes
 * (`getRanges`, ExcelApi 1.9, the manifest's minimum). A 2,000-person statements plan of ~39,000 blocks becomes
 * a few hundred operations.
 */
import {
  LINE_POINTS,
  blockFigureColumns,
  wideTextSpans,
  type PlanBlock,
  type PlanCell,
  type PlanHighlight,
  type PlanPrint,
  type SheetPlan,
} from "../../model/sheetPlan";
import { planFormatCode, TEXT_FORMAT } from "../formats";
import { batchBySize, OPERATION_BYTES, payloadBytes, utf8Length } from "./payload";

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
/**
 * Cells written per piece at most, in estimated request bytes: small enough that the pieces pack the request
 * budget tightly (a batch wastes at most one piece), large enough that per-operation overhead stays negligible.
 */
const MAX_PIECE_BYTES = 256 * 1024;
/** What one more range write costs in a request (two operations: numberFormat and formulas, plus the range). */
const SEGMENT_BYTES = 3 * OPERATION_BYTES;
/** What one padding cell costs: `null,` in the formulas array and again in the numberFormat array. */
const PADDING_CELL_BYTES = 10;
/** Areas per multi-area style write, keeping each address string short (well under 255 characters). */
const AREAS_PER_STYLE_WRITE = 24;

/**
 * A plan whose formulas name other sheets by new names: `'KPI Report 2026-Q3 Goals'!J3` becomes
 * `'KPIDESK_TMP2'!J3` while the batch is built on temporary sheets.
 * @param plan - the sheet plan.
 * @param renames - final sheet name → the name it has while written.
 * @returns the plan, with only its formula cells that name a renamed sheet copied and changed.
 */
export function retargetFormulas(plan: SheetPlan, renames: ReadonlyMap<string, string>): SheetPlan {
  const quoted = [...renames].map(([from, to]) => [`'${from.replace(/'/g, "''")}'!`, `'${to}'!`] as const);
  const retarget = (cell: PlanCell): PlanCell => {
    if (cell.kind !== "formula" || !cell.formula.includes("'!")) return cell;
    let f = cell.formula;
    for (const [from, to] of quoted) if (f.includes(from)) f = f.split(from).join(to);
    return f === cell.formula ? cell : { ...cell, formula: f };
  };
  const blocks = plan.blocks.map((block) =>
    block.cells.some((row) => row.some((cell) => cell.kind === "formula" && cell.formula.includes("'!")))
      ? { ...block, cells: block.cells.map((row) => row.map(retarget)) }
      : block,
  );
  return { ...plan, blocks };
}

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

/**
 * The number format of a cell: text `@` (so "=…" stays text), the rest their column's plan format, or null to
 * leave the fresh sheet's General (saves a request entry per cell).
 */
function cellFormat(block: PlanBlock, cell: PlanCell, column: number): string | null {
  if (cell.kind === "text") return TEXT_FORMAT;
  const format = block.formats?.[column];
  return format && format !== "general" ? planFormatCode(format) : null;
}

/** A rectangle of the sheet (0-based). */
interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Consecutive plan blocks written as one rectangle, with null (leave unchanged) where no block writes. */
interface Segment extends Area {
  blocks: PlanBlock[];
  /** Cells the blocks cover (the rest of the rectangle is padding). */
  filled: number;
}

const widthOf = (block: PlanBlock): number => block.cells[0]?.length ?? 0;

/**
 * Groups consecutive blocks into rectangles, growing one only while the padding it adds costs less than a
 * separate range write would: thousands of small statement blocks become a few large writes, while a narrow
 * block under a wide table starts a rectangle of its own.
 */
function segmentsOf(blocks: readonly PlanBlock[]): Segment[] {
  const segments: Segment[] = [];
  for (const block of blocks) {
    const rows = block.cells.length;
    const cols = widthOf(block);
    if (rows === 0 || cols === 0) continue;
    const current = segments.at(-1);
    if (current) {
      const row = Math.min(current.row, block.row);
      const col = Math.min(current.col, block.col);
      const end = Math.max(current.row + current.rows, block.row + rows);
      const right = Math.max(current.col + current.cols, block.col + cols);
      const padding = (end - row) * (right - col) - current.filled - rows * cols;
      const padded = current.rows * current.cols - current.filled;
      if ((padding - padded) * PADDING_CELL_BYTES <= SEGMENT_BYTES) {
        Object.assign(current, { row, col, rows: end - row, cols: right - col });
        current.blocks.push(block);
        current.filled += rows * cols;
        continue;
      }
    }
    segments.push({ row: block.row, col: block.col, rows, cols, blocks: [block], filled: rows * cols });
  }
  return segments;
}

/** A segment's cells as 2-D arrays: formulas/values and number formats, null where nothing is written. */
function segmentArrays(segment: Segment): {
  inputs: (string | number | boolean | null)[][];
  formats: (string | null)[][];
} {
  const inputs = Array.from({ length: segment.rows }, () =>
    new Array<string | number | boolean | null>(segment.cols).fill(null),
  );
  const formats = Array.from({ length: segment.rows }, () =>
    new Array<string | null>(segment.cols).fill(null),
  );
  // In plan order, so a later block wins where two overlap, as separate writes would.
  for (const block of segment.blocks) {
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        const r = block.row - segment.row + i;
        const c = block.col - segment.col + j;
        inputs[r][c] = cellInput(cell);
        formats[r][c] = cellFormat(block, cell, j);
      }),
    );
  }
  return { inputs, formats };
}

/** The font and fill a block style asks for, applied to an area. */
type StyleKind = "title" | "subtitle" | "note" | "header" | "right" | "indent";

function applyStyle(format: Excel.RangeFormat, kind: StyleKind): void {
  switch (kind) {
    case "title":
      format.font.size = 16;
      format.font.bold = true;
      break;
    case "subtitle":
      format.font.size = 12;
      format.font.bold = true;
      break;
    case "note":
      format.font.italic = true;
      format.font.color = NOTE_COLOR;
      break;
    case "header":
      format.font.bold = true;
      format.fill.color = HEADER.fill;
      format.font.color = HEADER.font;
      break;
    case "right":
      // The header of a column of figures over its values, and words in such a column (a gate's "met", a held
      // bonus, a payout status), align right as the figures do — as the file adapter writes them.
      format.horizontalAlignment = "Right";
      break;
    case "indent":
      // Other text of a table, one indent in from its cell's edge, so it never touches a figure right-aligned in
      // the column before it ("Locked" "Payouts table: …") — as the file adapter writes it.
      format.horizontalAlignment = "Left";
      format.indentLevel = 1;
      break;
  }
}

/** The styled areas of a plan by kind, vertically adjacent areas of the same kind and columns joined. */
function styleAreas(plan: SheetPlan): Map<StyleKind, Area[]> {
  const blocks = plan.blocks;
  const areas = new Map<StyleKind, Area[]>();
  // Per kind and columns, the last area: the next one right below it joins it.
  const open = new Map<string, Area>();
  const add = (kind: StyleKind, area: Area) => {
    const key = `${kind} ${area.col} ${area.cols}`;
    const last = open.get(key);
    if (last && last.row + last.rows === area.row) {
      last.rows += area.rows;
      return;
    }
    const list = areas.get(kind) ?? [];
    const added = { ...area };
    list.push(added);
    open.set(key, added);
    areas.set(kind, list);
  };
  blocks.forEach((block, b) => {
    const width = widthOf(block);
    if (block.cells.length === 0 || width === 0) return;
    if (block.style === "title" || block.style === "subtitle" || block.style === "note") {
      add(block.style, { row: block.row, col: block.col, rows: block.cells.length, cols: width });
    }
    // A table block's header takes the table style instead.
    if (block.header && !block.tableName)
      add("header", { row: block.row, col: block.col, rows: 1, cols: width });
    if (block.header !== true && block.style !== "table") return;
    // A table's columns of figures, found as the file adapter finds them (src/workbook/xlsx/planSheet.ts).
    const figures = blockFigureColumns(plan, b);
    if (block.header) {
      // Runs of adjacent figure columns as one area each, and of adjacent other columns.
      for (let c = 0; c < figures.length; c++) {
        let end = c;
        while (end + 1 < figures.length && figures[end + 1] === figures[c]) end++;
        add(figures[c] ? "right" : "indent", {
          row: block.row,
          col: block.col + c,
          rows: 1,
          cols: end - c + 1,
        });
        c = end;
      }
    }
    // Words in a column of figures: Excel would set them left, against the figures above and below. Numbers
    // align right by themselves, so only the words' cells are styled.
    block.cells.forEach((row, r) => {
      if (block.header && r === 0) return;
      row.forEach((cell, c) => {
        if (figures[c] && isWords(cell))
          add("right", { row: block.row + r, col: block.col + c, rows: 1, cols: 1 });
      });
    });
    // Words in the other columns are indented, a column at a time: runs of rows down a column (blank cells in them
    // included: an indent shows nothing there), so that a table's column, or a statement's rows written as blocks
    // of their own, join into one area.
    const first = block.header ? 1 : 0;
    for (let c = 0; c < width; c++) {
      if (figures[c]) continue;
      for (let r = first; r < block.cells.length; r++) {
        if (!isWords(block.cells[r][c])) continue;
        let end = r;
        while (
          end + 1 < block.cells.length &&
          (isWords(block.cells[end + 1][c]) || isBlank(block.cells[end + 1][c]))
        )
          end++;
        add("indent", { row: block.row + r, col: block.col + c, rows: end - r + 1, cols: 1 });
        r = end;
      }
    }
  });
  return areas;
}

/** Words in a cell: typed text, or the text a formula gives (a gate's met / not met). */
function isWords(cell: PlanCell): boolean {
  return (
    (cell.kind === "text" && cell.value !== "") || (cell.kind === "formula" && typeof cell.value === "string")
  );
}

/** A cell that shows nothing. */
function isBlank(cell: PlanCell): boolean {
  return cell.kind === "blank" || (cell.kind === "text" && cell.value === "");
}

function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** An area in A1 notation, without the sheet (`A4:H4`, `B2`). */
function a1(area: Area): string {
  const start = `${columnName(area.col)}${area.row + 1}`;
  if (area.rows === 1 && area.cols === 1) return start;
  return `${start}:${columnName(area.col + area.cols - 1)}${area.row + area.rows}`;
}

function escapeFormulaText(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** Excel's column width unit is points; a plan's width is in characters of the default font (7 px each). */
function pointsOfChars(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Turns a plan into queued writes.
 * @param plan - the sheet to write.
 * @param maxPieceBytes - the largest piece of cells, in estimated request bytes.
 * @returns the cell pieces, in order, and the finishing step.
 */
export function planSheetWrites(plan: SheetPlan, maxPieceBytes = MAX_PIECE_BYTES): SheetWrites {
  const pieceBudget = Math.min(maxPieceBytes, MAX_PIECE_BYTES);
  const cells: SheetWrite[] = [];
  for (const segment of segmentsOf(plan.blocks)) {
    const { inputs, formats } = segmentArrays(segment);
    const rowBytes = inputs.map(
      (row, i) => utf8Length(JSON.stringify(row)) + utf8Length(JSON.stringify(formats[i])) + 2,
    );
    for (const [start, end] of batchBySize(rowBytes, pieceBudget)) {
      const pieceInputs = inputs.slice(start, end);
      const pieceFormats = formats.slice(start, end);
      const needsFormats = pieceFormats.some((row) => row.some((f) => f !== null));
      cells.push({
        bytes: rowBytes.slice(start, end).reduce((a, b) => a + b, 0) + SEGMENT_BYTES,
        queue: (sheet) => {
          const range = sheet.getRangeByIndexes(segment.row + start, segment.col, end - start, segment.cols);
          // The format goes first: a text cell formatted `@` keeps "=…" as text; a formula cell is not `@`.
          if (needsFormats) range.numberFormat = pieceFormats;
          range.formulas = pieceInputs;
        },
      });
    }
  }
  // Styles go as multi-area writes: one per few dozen areas, not one per block.
  for (const [kind, areas] of styleAreas(plan)) {
    for (let i = 0; i < areas.length; i += AREAS_PER_STYLE_WRITE) {
      const group = areas.slice(i, i + AREAS_PER_STYLE_WRITE);
      const address = group.map(a1).join(",");
      cells.push({
        bytes: utf8Length(address) + 4 * OPERATION_BYTES,
        queue: (sheet) => {
          const [only] = group;
          applyStyle(
            group.length === 1
              ? sheet.getRangeByIndexes(only.row, only.col, only.rows, only.cols).format
              : sheet.getRanges(address).format,
            kind,
          );
        },
      });
    }
  }

  // Text that would run past the plan's last column: merged across to it, wrapped, its row as high as its lines
  // (Excel does not grow a row for a merged cell), the row's other cells at the top — as the file adapter does.
  const across = plan.widths?.length ?? 0;
  const spans = wideTextSpans(plan);
  for (const span of spans) {
    cells.push({
      bytes: OPERATION_BYTES,
      queue: (sheet) => sheet.getRangeByIndexes(span.row, span.col, 1, span.cols).merge(false),
    });
  }
  const byLines = new Map<number, Area[]>();
  for (const span of spans) {
    const rows = byLines.get(span.lines) ?? [];
    rows.push({ row: span.row, col: 0, rows: 1, cols: across });
    byLines.set(span.lines, rows);
  }
  const groups: [Area[], (format: Excel.RangeFormat) => void][] = [
    [spans.map((s) => ({ row: s.row, col: s.col, rows: 1, cols: s.cols })), (f) => (f.wrapText = true)],
    ...[...byLines].map(([lines, rows]): [Area[], (format: Excel.RangeFormat) => void] => [
      rows,
      (f) => {
        f.verticalAlignment = "Top";
        f.rowHeight = LINE_POINTS * lines;
      },
    ]),
  ];
  for (const [areas, apply] of groups) {
    for (let i = 0; i < areas.length; i += AREAS_PER_STYLE_WRITE) {
      const address = areas
        .slice(i, i + AREAS_PER_STYLE_WRITE)
        .map(a1)
        .join(",");
      cells.push({
        bytes: utf8Length(address) + 3 * OPERATION_BYTES,
        queue: (sheet) => apply(sheet.getRanges(address).format),
      });
    }
  }

  const tables = plan.blocks.filter((b) => b.tableName && b.cells.length > 0 && b.cells[0].length > 0);
  const finishBytes =
    payloadBytes(tables.map((t) => t.tableName)) +
    payloadBytes(plan.highlights ?? []) +
    payloadBytes(plan.charts ?? []) +
    payloadBytes(plan.widths ?? []) +
    payloadBytes(plan.freezeRows ?? 0) +
    payloadBytes(plan.print ?? null) +
    Math.min(MAX_ROW_BREAKS, plan.print?.breaksBefore?.length ?? 0) * OPERATION_BYTES;

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
      if (plan.print) setUpPrinting(sheet, plan.print);
      return created;
    },
  };
}

/**
 * The plan's print set-up through Office.js (ExcelApi 1.9): A4 in the plan's orientation, one page wide and as
 * many down as needed (pages split only between rows), title rows on every page, a break before each row the plan
 * names, and page numbers counted within the sheet in the footer (none for the statements, whose heading rows
 * number each statement's own pages) — as the file adapter writes them.
 */
/** Excel's limit on manual row page breaks in a sheet. */
const MAX_ROW_BREAKS = 1026;

export function setUpPrinting(sheet: Excel.Worksheet, print: PlanPrint): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // 0 pages tall: as many as needed (Excel's "fit to 1 page wide by automatic tall").
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.firstPageNumber = 1;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  layout.headersFooters.defaultForAllPages.leftFooter = "&A";
  layout.headersFooters.defaultForAllPages.rightFooter = print.footer;
  // Excel keeps at most 1,026 manual row breaks per sheet; later statements then flow on without a forced break.
  for (const row of (print.breaksBefore ?? []).slice(0, MAX_ROW_BREAKS)) {
    if (row > 0) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  }
}
