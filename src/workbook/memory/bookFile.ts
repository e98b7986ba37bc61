/**
 * A workbook as the values Excel hands the pane: every sheet as a grid of cell values from A1 — the shape of
 * Office.js `Range.values` (a blank cell is ""; dates are serial numbers), a table's header row first. The
 * preview's `?book=<url>` loads such a file into the in-memory workbook as a user's workbook would be in Excel:
 * cells, not typed rows, so the pane's first read coerces and validates every cell as it does in Excel. The pane
 * bench writes the sample team in this shape once and measures the pane on it (bench/pane.bench.ts).
 */
import { isTableKey, type CellValue, type TableKey } from "../../model";
import type { Locale } from "../../i18n";
import type { SeedRows } from "../port";
import { MemoryWorkbook } from "./MemoryWorkbook";

/** What identifies a book file (`format`). */
export const BOOK_FILE_FORMAT = "kpi-desk-book/1";

/** One sheet of a book file: a schema table's sheet (`table` its key) or another sheet (`table` null). */
export interface BookFileSheet {
  name: string;
  table: TableKey | null;
  /** Cells from A1, row by row (`Range.values`): for a table, its header row, then its data rows. */
  values: CellValue[][];
}

/** A workbook as values (see the module comment). */
export interface BookFile {
  format: typeof BOOK_FILE_FORMAT;
  sheets: BookFileSheet[];
}

/**
 * The book file of a workbook seeded with `seed`: what Set up workbook with these rows writes, as Excel would hand
 * its values back.
 * @param seed - rows of every table (e.g. `generateSample(...)`), validated as any seed.
 * @param locale - the language of sheet names and headers.
 * @returns the file (JSON-serialisable).
 * @throws ValidationError when a seed row is invalid.
 */
export function bookFileOf(seed: SeedRows, locale: Locale): BookFile {
  const book = new MemoryWorkbook({ seed, locale });
  const sheets = book.snapshot().map((sheet): BookFileSheet => {
    const grid = sheet.kind === "table" ? [sheet.header, ...sheet.body] : sheet.values;
    return {
      name: sheet.name,
      table: sheet.kind === "table" ? sheet.table : null,
      values: grid.map((row) => row.map((cell) => (cell === null ? "" : cell))),
    };
  });
  return { format: BOOK_FILE_FORMAT, sheets };
}

/**
 * A memory workbook holding a book file's sheets as cells. The file's arrays are taken over, not copied (at 2,000
 * people they are 400,000 rows): blank cells become null in place, as the memory workbook holds them.
 * @param file - parsed JSON of a book file.
 * @returns the workbook.
 * @throws Error naming what is wrong when `file` is not a book file (no format mark, a sheet without a name or a
 *   grid, an unknown table, a table without a header row, a table twice).
 */
export function memoryWorkbookOf(file: unknown): MemoryWorkbook {
  const book = file as Partial<BookFile> | null;
  if (!book || typeof book !== "object" || book.format !== BOOK_FILE_FORMAT || !Array.isArray(book.sheets))
    throw new Error(`not a KPI Desk book file: expected { format: "${BOOK_FILE_FORMAT}", sheets: [...] }`);
  const workbook = new MemoryWorkbook();
  book.sheets.forEach((sheet: Partial<BookFileSheet>, i) => {
    const name = sheet?.name;
    const values = sheet?.values;
    if (typeof name !== "string" || name === "" || !Array.isArray(values) || !values.every(Array.isArray))
      throw new Error(`book file: sheet ${i + 1} needs a name and values (an array of rows)`);
    for (const row of values) {
      for (let c = 0; c < row.length; c++) if (row[c] === "") row[c] = null;
    }
    const table = sheet.table ?? null;
    if (table === null) {
      workbook.addUserSheet(name, values as CellValue[][]);
      return;
    }
    if (typeof table !== "string" || !isTableKey(table))
      throw new Error(`book file: sheet ${name} names no KPI Desk table (${String(table)})`);
    if (values.length === 0) throw new Error(`book file: table ${table} (sheet ${name}) has no header row`);
    const [header, ...body] = values as CellValue[][];
    // A new Excel table always has at least one (blank) data row.
    workbook.addRawTable(table, name, header, body.length > 0 ? body : [header.map(() => null)], {
      copy: false,
    });
  });
  return workbook;
}
