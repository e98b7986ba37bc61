/**
 * A generated sheet, described as data: what the report (and any other generated output) asks an adapter to
 * write. Pure description; the Office adapter renders it with Office.js, the xlsx adapter with ExcelJS.
 */

/** A cell's content. `formula` cells start with `=`; `text` cells are always written as text, never a formula. */
export type PlanCell =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "blank" }
  | {
      kind: "formula";
      formula: string;
      /** the value core computed; what a file renderer writes */ value: number | string | boolean;
    };

/**
 * Number formats the plan may use, rendered by the adapter (src/workbook/formats.ts). Money is `yuan` (65,600)
 * or `wan` (6.5600万: ten thousands with four decimals, so exact to the yuan); the plan picks one per workbook
 * (Settings moneyFormat) and uses it for every amount.
 */
export type PlanFormat = "general" | "integer" | "decimal" | "percent" | "yuan" | "wan" | "date";

/** A rectangular block written at a position (0-based row and column). */
export interface PlanBlock {
  row: number;
  col: number;
  /** Rows of cells, all of the same length. */
  cells: PlanCell[][];
  /** One format per column of the block (optional). */
  formats?: PlanFormat[];
  /**
   * Columns of figures, where the formats alone do not say so: a statement step's Value column holding a word
   * ("met", "cannot be evaluated", "Not recorded") aligns right like the figures above and below it. By default a
   * column holds figures when its format is not General.
   */
  figures?: readonly boolean[];
  /** Style of the block's first row. */
  header?: boolean;
  /** Style of the whole block. */
  style?: "title" | "subtitle" | "table" | "note";
  /** Make the block an Excel table with this name (first row = header). */
  tableName?: string;
}

/** Conditional formatting on a block's column: highlight cells equal to one of `values`. */
export interface PlanHighlight {
  row: number;
  col: number;
  rows: number;
  /** Cell text to match, with the tone to show it in. */
  rules: { equals: string; tone: "good" | "warn" | "bad" }[];
}

/** A chart over a range of the sheet (0-based, header row included). */
export interface PlanChart {
  kind: "bar" | "column" | "pie";
  title: string;
  /** The data range: first column = categories, next columns = series. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Where to anchor the chart (0-based cell). */
  anchorRow: number;
  anchorCol: number;
}

/**
 * How a generated sheet prints (Excel and LibreOffice alike): always A4, pages split only between rows.
 */
export interface PlanPrint {
  orientation: "portrait" | "landscape";
  /** Scale all columns onto one page across, as many pages down as needed; never split by columns. */
  fitToWidth: true;
  /** Rows repeated at the top of every printed page (0-based, inclusive), or none. */
  titleRows?: { first: number; last: number };
  /** Rows (0-based) that start a new printed page: one per person in the statements. */
  breaksBefore?: number[];
  /**
   * Right-hand footer, with Excel's codes `&P` (page) and `&N` (pages) counted within the sheet; empty for none
   * (the statements, which number each person's pages in their heading rows).
   */
  footer: string;
}

/** Columns up to which a table prints portrait; a wider one prints landscape. */
export const PORTRAIT_COLUMNS = 8;

/**
 * How the sheet of an input table (Managers, Goals, Deals, …) prints: A4, landscape when it is wider than
 * {@link PORTRAIT_COLUMNS} columns, all columns on one page across, the table's header row on every page, and the
 * sheet's own page numbers in the footer. Set when a report is generated; the table's data is not touched.
 * @param headerRow - the table's header row (0-based).
 * @param columns - the table's width.
 * @param footer - the footer with `&P` / `&N` (`report.print.page` in the workbook's language).
 * @returns the print set-up.
 * @example tablePrint(0, 12, "Page &P of &N").orientation // "landscape"
 */
export function tablePrint(headerRow: number, columns: number, footer: string): PlanPrint {
  return {
    orientation: columns > PORTRAIT_COLUMNS ? "landscape" : "portrait",
    fitToWidth: true,
    titleRows: { first: headerRow, last: headerRow },
    footer,
  };
}

/** One generated sheet. Its `name` identifies it; re-writing a plan with the same name replaces that sheet. */
export interface SheetPlan {
  name: string;
  blocks: PlanBlock[];
  highlights?: PlanHighlight[];
  charts?: PlanChart[];
  /** Column widths in characters, by 0-based column. */
  widths?: number[];
  /** Rows to freeze at the top. */
  freezeRows?: number;
  /** Page set-up; absent: the adapter's defaults. */
  print?: PlanPrint;
}

/**
 * Which columns of any block hold figures: of a header block, {@link figureColumns}; of a table block without a
 * header, those its `figures` mark or whose number format is not General. The .xlsx writer and the Office.js
 * renderer both align headers and words in these columns right.
 * @param plan - the sheet plan.
 * @param b - the index of a block.
 * @returns per column of the block, whether it holds figures.
 */
export function blockFigureColumns(plan: SheetPlan, b: number): boolean[] {
  const block = plan.blocks[b];
  if (block.header) return figureColumns(plan, b);
  const width = block.cells[0]?.length ?? 0;
  return Array.from(
    { length: width },
    (_, c) => block.figures?.[c] ?? (block.formats?.[c] ?? "general") !== "general",
  );
}

/**
 * Which columns of a header block hold figures, so their headers align right over the values (Excel and
 * LibreOffice align numbers right, text left). A column holds figures when its number format is not General, or,
 * when it is, when its values are numbers and never text. The values are the block's own rows, or, for a header
 * written as a block of its own (a statement's goals), the table blocks right below it.
 * @param plan - the sheet plan.
 * @param b - the index of a header block.
 * @returns per column of the block, whether it holds figures.
 */
export function figureColumns(plan: SheetPlan, b: number): boolean[] {
  const header = plan.blocks[b];
  const width = header.cells[0]?.length ?? 0;
  const body: { formats?: PlanBlock["formats"]; figures?: PlanBlock["figures"]; rows: PlanCell[][] }[] = [];
  if (header.cells.length > 1)
    body.push({ formats: header.formats, figures: header.figures, rows: header.cells.slice(1) });
  else {
    let row = header.row + 1;
    // An index walk, not a slice of the blocks after this one: a statements sheet has tens of thousands of blocks
    // and a header block per section of each person's statement (a slice each was quadratic: 11 s at 2,000 people).
    for (let i = b + 1; i < plan.blocks.length; i++) {
      const next = plan.blocks[i];
      if (next.row !== row || next.col !== header.col || next.header || next.style !== "table") break;
      if ((next.cells[0]?.length ?? 0) !== width) break;
      body.push({ formats: next.formats ?? header.formats, figures: next.figures, rows: next.cells });
      row += next.cells.length;
    }
  }
  return Array.from({ length: width }, (_, c) => {
    const format = body.find((part) => part.formats?.[c])?.formats?.[c] ?? header.formats?.[c];
    if (format && format !== "general") return true;
    if (header.figures?.[c] || body.some((part) => part.figures?.[c])) return true;
    let numbers = 0;
    for (const part of body)
      for (const cells of part.rows) {
        const kind = cells[c]?.kind;
        if (kind === "text") return false;
        if (
          kind === "number" ||
          (kind === "formula" && typeof (cells[c] as { value: unknown }).value === "number")
        )
          numbers++;
      }
    return numbers > 0;
  });
}

/** Characters that take two columns: CJK ideographs, kana, hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * Width of text in column-width units (the width of a digit): CJK characters take two, other characters about
 * nine tenths of a digit on average in the default proportional font.
 * @param text - the text.
 * @returns its width.
 * @example displayWidth("结算单 Q2") // 9.6
 */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 0.9;
  return n;
}

/**
 * Lines a text takes wrapped in a cell: lines break between words, so a little more than the bare ratio.
 * @param width - the text's {@link displayWidth}.
 * @param room - the width its cell leaves it.
 * @returns the number of lines (at least 1).
 * @example wrappedLines(30, 14) // 3
 */
export function wrappedLines(width: number, room: number): number {
  return Math.max(1, Math.ceil((width * 1.15) / room));
}

/** Part of a column's width that a cell's text cannot use (cell padding), in column-width units. */
export const WIDTH_SLACK = 0.5;
/** Excel's column width when none is set. */
export const DEFAULT_WIDTH = 9;
/** Width an indented cell's text gives up (one indent step, in column-width units). */
export const INDENT_WIDTH = 1;
/** Height of one line of the default 11 pt font, in points, and the most lines a wrapped table cell is given. */
export const LINE_POINTS = 15;
export const MAX_WRAPPED_LINES = 4;

/** Text merged across to the plan's last column and wrapped there (0-based row and column). */
export interface PlanSpan {
  row: number;
  col: number;
  /** Columns merged, from `col` to the plan's last column. */
  cols: number;
  /** Lines the wrapped text takes: the row's height is this many lines. */
  lines: number;
}

/**
 * Text that would run past the plan's last column (past the widest table's right edge, where a printed page that
 * fits the columns cuts it off), merged from its cell to that column and wrapped, with a row height that fits:
 * - a long note alone on its row in the first column (a statement's plan in words);
 * - the text in a table's last column when it is longer than the room up to the plan's last column (a
 *   statement's payout status, "Payouts table: Account manager bonus 2026: Locked on 2026-04-10; …").
 *
 * Both writers (the .xlsx file and Office.js) merge, wrap and size these rows alike. A table's text is indented
 * one step ({@link INDENT_WIDTH}) except in columns of figures.
 * @param plan - the sheet plan.
 * @returns the spans, by row.
 */
export function wideTextSpans(plan: SheetPlan): PlanSpan[] {
  const across = plan.widths?.length ?? 0;
  if (across < 2) return [];
  const width = (col: number) => {
    const w = plan.widths?.[col];
    return w !== undefined && w > 0 ? w : DEFAULT_WIDTH;
  };
  // Room from each column to the plan's last column.
  const roomFrom: number[] = [];
  for (let c = across - 1, sum = 0; c >= 0; c--) roomFrom[c] = sum += width(c);
  const candidates = new Map<number, PlanSpan>();
  plan.blocks.forEach((block, b) => {
    const cols = block.cells[0]?.length ?? 0;
    if (cols === 0) return;
    if (block.style === "note") {
      if (block.col !== 0 || cols !== 1) return;
      block.cells.forEach(([cell], r) => {
        if (cell?.kind !== "text") return;
        const needed = displayWidth(cell.value);
        if (needed <= width(0) - WIDTH_SLACK) return;
        const row = block.row + r;
        candidates.set(row, {
          row,
          col: 0,
          cols: across,
          lines: wrappedLines(needed, Math.max(1, roomFrom[0] - WIDTH_SLACK)),
        });
      });
      return;
    }
    if (!block.header && block.style !== "table") return;
    const col = block.col + cols - 1;
    if (col >= across - 1) return;
    const indent = blockFigureColumns(plan, b)[cols - 1] ? 0 : INDENT_WIDTH;
    const room = Math.max(1, roomFrom[col] - WIDTH_SLACK - indent);
    block.cells.forEach((cells, r) => {
      if (block.header && r === 0) return;
      const cell = cells[cols - 1];
      if (cell?.kind !== "text" || cell.value.includes("\n")) return;
      // No character is wider than two: most cells fit without measuring.
      if (cell.value.length * 2 <= room) return;
      const needed = displayWidth(cell.value);
      if (needed <= room) return;
      const row = block.row + r;
      candidates.set(row, {
        row,
        col,
        cols: across - col,
        lines: Math.min(MAX_WRAPPED_LINES, wrappedLines(needed, room)),
      });
    });
  });
  if (candidates.size === 0) return [];
  // A span needs the cells right of its own empty: any other value there (a later block's) keeps the text as is.
  const blocked = new Set<number>();
  for (const block of plan.blocks) {
    block.cells.forEach((cells, r) => {
      const span = candidates.get(block.row + r);
      if (!span) return;
      cells.forEach((cell, c) => {
        const col = block.col + c;
        if (col > span.col && col < span.col + span.cols && cell.kind !== "blank") blocked.add(span.row);
      });
    });
  }
  return [...candidates.values()].filter((s) => !blocked.has(s.row)).sort((a, b) => a.row - b.row);
}
