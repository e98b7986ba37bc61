/**
 * A generated sheet's cells laid out from its plan, for the `.xlsx` adapter to write as sheet XML directly rather
 * than as one ExcelJS cell object per cell (half a million cells at 2,000 people: ExcelJS needed 30 s and over a
 * gigabyte for them). Everything that is not a cell — column widths, frozen rows, tables, conditional formats,
 * merges, notes, protection and print set-up — is still ExcelJS's, on the sheet's stub (see `sheetXml.ts`); this
 * module decides the cells' values and styles, the rows' heights, the merged note rows and where the formula notes
 * go.
 *
 * Formula notes: a plan's formula cell is written with the value core computed (the `KPI.` functions exist only
 * inside Excel), and its formula is told in a note. One note per cell meant 35,668 notes at 2,000 people — 28 MB
 * of VML that Excel and LibreOffice load as drawing objects — for formulas that repeat down a column, each for its
 * own row. So a column's run of formula cells inside a block gets one note, on its first cell: that cell's exact
 * formula, and how far down the same formula goes.
 */
import { t, type Locale } from "../../i18n";
import {
  DEFAULT_WIDTH,
  INDENT_WIDTH,
  LINE_POINTS,
  MAX_WRAPPED_LINES,
  WIDTH_SLACK,
  displayWidth,
  blockFigureColumns,
  wideTextSpans,
  wrappedLines,
  type PlanCell,
  type SheetPlan,
} from "../../model/sheetPlan";
import { planFormatCode } from "../formats";
import { cellXml } from "./sheetXml";
import { columnLetters } from "./cells";

/**
 * How a cell looks: every combination used becomes one style of the written file. Every cell with a value has a
 * font (`body` for plain text and figures), so the whole sheet prints in the report's one sans font
 * ({@link REPORT_FONT}) rather than in whatever a viewer substitutes for a style without a font name.
 */
export interface CellLook {
  /** Number format code, absent for General. */
  numFmt?: string;
  font?: "body" | "title" | "subtitle" | "note" | "bold";
  /** A table header: bold, filled, a line below. */
  header?: boolean;
  wrap?: boolean;
  top?: boolean;
  /**
   * Aligned right: the header of a column of figures over its right-aligned values, and words in such a column
   * (a held bonus), so they stay in their column instead of running into the next.
   */
  right?: boolean;
  /**
   * Text of a table aligned left one indent in from its cell's edge, so it never touches a right-aligned figure
   * or header in the column before it ("Total commission" "Goals met" would read as one phrase).
   */
  indent?: boolean;
}

/**
 * The report's font, by language: one sans font for every cell of a generated sheet. Arial is on every system
 * Excel runs on and LibreOffice prints it as the metric-compatible Liberation Sans; Microsoft YaHei (微软雅黑) is
 * Windows' Chinese sans font, which LibreOffice replaces by an installed Chinese sans (WenQuanYi Micro Hei).
 */
export const REPORT_FONT: Record<Locale, string> = { "en-US": "Arial", "zh-CN": "Microsoft YaHei" };

/** One written cell: its value (null for an empty cell that only carries a style) and its look's index. */
interface GridCell {
  value: string | number | boolean | null;
  look: number;
}

/** A note on a cell (1-based). */
export interface PlanNote {
  row: number;
  col: number;
  text: string;
}

/** A merged rectangle (1-based, inclusive). */
export interface PlanMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What the adapter writes for a plan besides what it sets on the stub from the plan itself. */
export interface PlanGrid {
  /** The distinct looks, by index; index 0 is the default look (no style). */
  looks: CellLook[];
  notes: PlanNote[];
  merges: PlanMerge[];
  /** Row heights in points, by 1-based row. */
  heights: Map<number, number>;
  /** The used range, `A1:K2043`, or null for an empty sheet. */
  dimension: string | null;
  /**
   * @param styleOf - the written file's style index of each look.
   * @returns the sheet's `<sheetData>` content, in pieces of about a thousand rows.
   */
  rowsXml(styleOf: (look: number) => number): Iterable<string>;
}

/** The value a plan cell is written with. */
function valueOf(cell: PlanCell): string | number | boolean | null {
  return cell.kind === "blank" ? null : cell.value;
}

/** An A1 reference in a formula: `$`, column letters, `$`, row (the row is what {@link rowRelative} rewrites). */
const A1_REF = /(?<![A-Za-z0-9_.])(\$?[A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * @param formula - a formula as a plan gives it (A1 style).
 * @param row - the 1-based row it stands in.
 * @returns the formula with each relative row number written as its distance from `row` (absolute `$` rows and
 * the text inside "strings" and 'quoted sheet names' as they are), so that two cells of a column hold "the same
 * formula for their own rows" exactly when these are equal.
 */
export function rowRelative(formula: string, row: number): string {
  let out = "";
  let start = 0;
  const plain = (end: number) =>
    formula
      .slice(start, end)
      .replace(A1_REF, (_m, col: string, dollar: string, n: string) =>
        dollar ? `${col}$${n}` : `${col}R[${Number(n) - row}]`,
      );
  for (let i = 0; i < formula.length; i++) {
    const quote = formula[i];
    if (quote !== '"' && quote !== "'") continue;
    out += plain(i);
    let end = i + 1;
    // A doubled quote is the quote itself inside the string or name.
    while (end < formula.length && !(formula[end] === quote && formula[end + 1] !== quote))
      end += formula[end] === quote ? 2 : 1;
    out += formula.slice(i, end + 1);
    start = end + 1;
    i = end;
  }
  return out + plain(formula.length);
}

/**
 * Lays out a plan's cells.
 * @param plan - the sheet plan.
 * @param locale - the language of the chart and note texts.
 * @param headerNames - per table block (by block index), the table's column names as written into its header
 *   row (unique, as Excel requires).
 * @returns the grid.
 */
export function layOutPlan(
  plan: SheetPlan,
  locale: Locale,
  headerNames: ReadonlyMap<number, readonly string[]> = new Map(),
): PlanGrid {
  const looks: CellLook[] = [{}];
  const lookIndex = new Map<string, number>([["{}", 0]]);
  const lookOf = (look: CellLook): number => {
    const key = JSON.stringify(look);
    let index = lookIndex.get(key);
    if (index === undefined) {
      index = looks.push(look) - 1;
      lookIndex.set(key, index);
    }
    return index;
  };
  // Rows by 1-based number; each row's cells by 1-based column.
  const rows = new Map<number, (GridCell | undefined)[]>();
  const put = (row: number, col: number, cell: GridCell) => {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = []));
    cells[col] = cell;
  };
  const get = (row: number, col: number): GridCell | undefined => rows.get(row)?.[col];
  const notes: PlanNote[] = [];

  plan.blocks.forEach((block, b) => {
    const names = headerNames.get(b);
    const font: CellLook["font"] =
      block.style === "title"
        ? "title"
        : block.style === "subtitle"
          ? "subtitle"
          : block.style === "note"
            ? "note"
            : undefined;
    // Looks per column of the block, for body and header rows (most blocks share a handful).
    const width = block.cells[0]?.length ?? 0;
    const bodyLook: number[] = [];
    const textLook = lookOf({ font: font ?? "body" });
    for (let c = 0; c < width; c++) {
      const format = block.formats?.[c];
      bodyLook.push(
        format && format !== "general"
          ? lookOf({ numFmt: planFormatCode(format), font: font ?? "body" })
          : textLook,
      );
    }
    // A table's columns of figures: headers and words in them align right, other text one indent in.
    const table = block.header === true || block.style === "table";
    const figures = blockFigureColumns(plan, b);
    // Worked out once per column, not per cell (a look's key is its JSON).
    const headerLooks: number[] = [];
    const wordLooks: number[] = [];
    const headerLook = (c: number) =>
      (headerLooks[c] ??= lookOf({
        font: "bold",
        header: true,
        ...(figures[c] ? { right: true } : { indent: true }),
      }));
    const wordLook = (c: number) =>
      table
        ? (wordLooks[c] ??= lookOf({
            font: font ?? "body",
            ...(figures[c] ? { right: true } : { indent: true }),
          }))
        : textLook;
    block.cells.forEach((row, r) => {
      const isHeader = block.header === true && r === 0;
      row.forEach((cell, c) => {
        // Words a formula gives (a gate's met / not met, a rating's label) look as typed words do: indented in a
        // table, so they do not touch the figure right-aligned in the column before ("42.8% met").
        const words = cell.kind === "text" || (cell.kind === "formula" && typeof cell.value === "string");
        const look = isHeader ? headerLook(c) : words ? wordLook(c) : bodyLook[c];
        const value = isHeader && names ? names[c] : valueOf(cell);
        if (value === null && look === textLook && !font) {
          // An earlier block's cell here is overwritten by an empty one, as a cell write would.
          const cells = rows.get(block.row + r + 1);
          if (cells) cells[block.col + c + 1] = undefined;
          return;
        }
        put(block.row + r + 1, block.col + c + 1, { value, look });
      });
    });
    // One note per run of formula cells down a column of the block, on the run's first cell.
    for (let c = 0; c < width; c++) {
      for (let r = 0; r < block.cells.length; r++) {
        const cell = block.cells[r][c];
        if (cell?.kind !== "formula") continue;
        // The run goes on while the next row's formula is this one for its own row (its relative row numbers
        // moved down by one): a different formula below (another scoring rule) starts a note of its own.
        const shape = rowRelative(cell.formula, block.row + r + 1);
        let end = r;
        for (;;) {
          const next = block.cells[end + 1]?.[c];
          if (next?.kind !== "formula" || rowRelative(next.formula, block.row + end + 2) !== shape) break;
          end++;
        }
        const count = end - r;
        notes.push({
          row: block.row + r + 1,
          col: block.col + c + 1,
          text:
            count === 0
              ? t(locale, "workbook.formula.note", { formula: cell.formula })
              : t(locale, "workbook.formula.noteRun", {
                  formula: cell.formula,
                  count,
                  last: block.row + end + 1,
                }),
        });
        r = end;
      }
    }
  });

  // Charts cannot be drawn in a file written without Excel: a title and a note beside the chart's data (the plan
  // gives each chart its own range), one column clear of it, so the note reads next to the figures it stands for.
  for (const chart of plan.charts ?? []) {
    const col = chart.col + chart.cols + 2;
    put(chart.row + 1, col, {
      value: t(locale, "workbook.chart.asTable", { title: chart.title }),
      look: lookOf({ font: "subtitle" }),
    });
    put(chart.row + 2, col, {
      value: t(locale, "workbook.chart.note"),
      look: lookOf({ font: "note" }),
    });
  }

  // A look changed by one of wrapClippedText's few changes, by look and change (thousands of cells share a few).
  const changed = new Map<CellLook, Map<number, number>>();
  const { heights, merges } = wrapClippedText(plan, rows, looks, (row, col, change) => {
    const cell = get(row, col);
    if (!cell) return;
    let byLook = changed.get(change);
    if (!byLook) changed.set(change, (byLook = new Map()));
    let look = byLook.get(cell.look);
    if (look === undefined) byLook.set(cell.look, (look = lookOf({ ...looks[cell.look], ...change })));
    cell.look = look;
  });

  let maxRow = 0;
  let maxCol = 0;
  for (const [r, cells] of rows) {
    if (cells.length === 0) continue;
    maxRow = Math.max(maxRow, r);
    maxCol = Math.max(maxCol, cells.length - 1);
  }
  const letters: string[] = [];
  for (let c = 1; c <= maxCol; c++) letters[c] = columnLetters(c);

  return {
    looks,
    notes,
    merges,
    heights,
    dimension: maxRow > 0 && maxCol > 0 ? `A1:${letters[maxCol]}${maxRow}` : null,
    *rowsXml(styleOf) {
      const styles = looks.map((_, i) => styleOf(i));
      const numbers = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
      let parts: string[] = [];
      for (const [i, r] of numbers.entries()) {
        if (i % 1000 === 999) {
          yield parts.join("");
          parts = [];
        }
        const cells = rows.get(r) ?? [];
        const height = heights.get(r);
        parts.push(
          height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${height}" customHeight="1">`,
        );
        for (let c = 1; c < cells.length; c++) {
          const cell = cells[c];
          if (!cell) continue;
          const style = styles[cell.look];
          parts.push(cellXml(`${letters[c]}${r}`, cell.value, style === 0 ? null : style));
        }
        parts.push("</row>");
      }
      yield parts.join("");
    },
  };
}

/**
 * Wraps the text of table cells that would otherwise be cut off: a header longer than its column is wide, and a
 * cell whose text is longer than its column and whose right-hand neighbour on the sheet holds something (so Excel
 * cannot let the text run over). The row is given
 * the height of its longest wrapped cell, because LibreOffice (and so a PDF made from the file) does not grow rows
 * on its own. Text that can run into empty cells (titles, notes, a table's last column) is left on one line, unless
 * it would run past the plan's last column ({@link wideTextSpans}: a statement's plan in words, its payout status):
 * then it is merged across to that column and wrapped there.
 */
function wrapClippedText(
  plan: SheetPlan,
  rows: ReadonlyMap<number, readonly (GridCell | undefined)[]>,
  looks: readonly CellLook[],
  restyle: (row: number, col: number, change: CellLook) => void,
): { heights: Map<number, number>; merges: PlanMerge[] } {
  const width = (col: number) => {
    const w = plan.widths?.[col - 1];
    return w !== undefined && w > 0 ? w : DEFAULT_WIDTH;
  };
  const lines = new Map<number, number>();
  const wrapped: [number, number][] = [];
  for (const block of plan.blocks) {
    if (!block.header && block.style !== "table") continue;
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.kind !== "text") return;
        const col = block.col + c + 1;
        const rowNumber = block.row + r + 1;
        const isHeader = block.header === true && r === 0;
        const look = looks[rows.get(rowNumber)?.[col]?.look ?? 0];
        // The neighbour on the sheet, which may belong to another block (the key figures' extras beside them).
        // A header, and words aligned right in a column of figures, always wrap: they would run over to the left.
        // So does text with a line break of its own (a header's basis on a line under its label).
        const next = rows.get(rowNumber)?.[col + 1];
        const broken = cell.value.includes("\n");
        if (!isHeader && !look.right && !broken && (!next || next.value === null)) return;
        const room = Math.max(1, width(col) - WIDTH_SLACK - (look.indent ? INDENT_WIDTH : 0));
        // No character is wider than two: most cells fit without measuring.
        if (!broken && cell.value.length * 2 <= room) return;
        const parts = cell.value.split("\n").map(displayWidth);
        if (!broken && parts[0] <= room) return;
        wrapped.push([rowNumber, col]);
        // At most four lines.
        const needed = parts.reduce((n, w) => n + (w <= room ? 1 : wrappedLines(w, room)), 0);
        const count = Math.min(MAX_WRAPPED_LINES, needed);
        lines.set(rowNumber, Math.max(lines.get(rowNumber) ?? 1, count));
      }),
    );
  }
  // Text running past the plan's last column: merged across to it and wrapped (as the Office.js writer does).
  const merges: PlanMerge[] = [];
  for (const span of wideTextSpans(plan)) {
    const rowNumber = span.row + 1;
    merges.push({ top: rowNumber, left: span.col + 1, bottom: rowNumber, right: span.col + span.cols });
    wrapped.push([rowNumber, span.col + 1]);
    lines.set(rowNumber, Math.max(lines.get(rowNumber) ?? 1, span.lines));
  }
  const wrapTop: CellLook = { wrap: true, top: true };
  const top: CellLook = { top: true };
  for (const [row, col] of wrapped) restyle(row, col, wrapTop);
  const heights = new Map<number, number>();
  for (const [rowNumber, count] of lines) {
    heights.set(rowNumber, LINE_POINTS * count);
    // The row's other cells with a value line up with the first line of the wrapped text.
    (rows.get(rowNumber) ?? []).forEach((cell, c) => {
      if (cell && cell.value !== null) restyle(rowNumber, c, top);
    });
  }
  return { heights, merges };
}
