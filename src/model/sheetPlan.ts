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
