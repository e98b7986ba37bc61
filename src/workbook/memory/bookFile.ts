/**
 * A workbook as the values Excel hands the pane: every sheet as a grid of cell values from A1 — the shape of
 * Office.js `Range.values` (a blank cell is ""; dates are serial numbers), a table's header row first. The
 * preview's `?book=<url>` loads such a file into the in-memory workbook as a user's workbook would be in Excel:
 * cells, not typed rows, so the pane's first read coerces and validates every cell as it does in Excel. The pane
 * bench writes the sample team in this shape once and measures the pane on it (bench/pane.bench.ts).
 *
 * A book can also be split into one file per sheet with an index (`bookFilesOf`, `memoryWorkbookOfIndex`): the
 * index names each sheet and where its values are, and a table's values are fetched only when the table is first
 * read — as Excel hands a table's values only to a read of that table — so a reader pays only for the tables it
 * reads. A table's sheet may also be split into one file per column, its header row in the index: a read of some
 * columns (`WorkbookPort.readColumns`) then fetches only those columns' files, as Excel transfers only those
 * columns; a whole read fetches the sheet's file.
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

/** What identifies a book index (`format`). */
export const BOOK_INDEX_FORMAT = "kpi-desk-book-index/1";

/** One sheet of a book index: as in a book file, with the address of its values instead of the values. */
export interface BookIndexSheet {
  name: string;
  table: TableKey | null;
  /** Where the sheet's values are (a JSON file of `BookFileSheet.values`), relative to the index's address. */
  href: string;
  /** Optional, of a table: its header row (the first row of its values). */
  header?: CellValue[];
  /**
   * Optional, with `header`: where each column's data cells are (a JSON array, top to bottom, below the header),
   * one address per header cell.
   */
  columns?: string[];
}

/** A book split into one file per sheet (see the module comment). */
export interface BookIndex {
  format: typeof BOOK_INDEX_FORMAT;
  sheets: BookIndexSheet[];
}

/**
 * A book file split into an index and one file of values per sheet (and, with `columnHrefOf`, one per column of each
 * table too).
 * @param file - the book file.
 * @param hrefOf - the address of the `i`-th sheet's values (relative to the index's).
 * @param columnHrefOf - optional: the address of the data cells of the `c`-th column of the `i`-th sheet, a table.
 * @returns the index, and each sheet's (and column's) values as JSON text by address.
 */
export function bookFilesOf(
  file: BookFile,
  hrefOf: (i: number) => string,
  columnHrefOf?: (i: number, c: number) => string,
): { index: BookIndex; files: Map<string, string> } {
  const files = new Map<string, string>();
  const sheets = file.sheets.map(({ name, table, values }, i): BookIndexSheet => {
    const href = hrefOf(i);
    files.set(href, JSON.stringify(values));
    if (!columnHrefOf || table === null || values.length === 0) return { name, table, href };
    const [header, ...body] = values;
    const columns = header.map((_, c) => {
      const columnHref = columnHrefOf(i, c);
      files.set(columnHref, JSON.stringify(body.map((row) => row[c] ?? "")));
      return columnHref;
    });
    return { name, table, href, header, columns };
  });
  return { index: { format: BOOK_INDEX_FORMAT, sheets }, files };
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
    if (typeof name !== "string" || name === "" || !Array.isArray(sheet?.values))
      throw new Error(`book file: sheet ${i + 1} needs a name and values (an array of rows)`);
    const values = cellsOf(sheet.values, `book file: sheet ${name}`);
    const table = tableOf(sheet.table, name);
    if (table === null) {
      workbook.addUserSheet(name, values);
      return;
    }
    if (values.length === 0) throw new Error(`book file: table ${table} (sheet ${name}) has no header row`);
    const [header, ...body] = values;
    // A new Excel table always has at least one (blank) data row.
    workbook.addRawTable(table, name, header, body.length > 0 ? body : [header.map(() => null)], {
      copy: false,
    });
  });
  return workbook;
}

/**
 * A memory workbook of a book index: its sheets in the index's order, each table's values fetched on the table's
 * first use (`MemoryWorkbook.addLazyTable`); the values of a sheet that is no table are fetched now.
 * @param index - parsed JSON of a book index.
 * @param fetchSheet - fetches and parses the values at an address of the index (`href`).
 * @returns the workbook.
 * @throws Error naming what is wrong when `index` is not a book index (as `memoryWorkbookOf`), or when a sheet's
 *   values are not an array of rows (on that sheet's first use, for a table).
 */
export async function memoryWorkbookOfIndex(
  index: unknown,
  fetchSheet: (href: string) => Promise<unknown>,
): Promise<MemoryWorkbook> {
  const book = index as Partial<BookIndex> | null;
  if (!book || typeof book !== "object" || book.format !== BOOK_INDEX_FORMAT || !Array.isArray(book.sheets))
    throw new Error(`not a KPI Desk book index: expected { format: "${BOOK_INDEX_FORMAT}", sheets: [...] }`);
  const sheets = book.sheets.map((sheet: Partial<BookIndexSheet>, i) => {
    const name = sheet?.name;
    const href = sheet?.href;
    if (typeof name !== "string" || name === "" || typeof href !== "string" || href === "")
      throw new Error(`book index: sheet ${i + 1} needs a name and the address of its values (href)`);
    const { header, columns } = sheet;
    if (header === undefined && columns === undefined)
      return { name, href, table: tableOf(sheet.table, name) };
    if (
      !Array.isArray(header) ||
      !Array.isArray(columns) ||
      columns.length !== header.length ||
      !columns.every((c) => typeof c === "string" && c !== "")
    )
      throw new Error(
        `book index: sheet ${name} needs its header row and one address per header cell (header, columns) together`,
      );
    return { name, href, table: tableOf(sheet.table, name), header: cellsOf([header], name)[0], columns };
  });
  const fetched = async (name: string, href: string) =>
    cellsOf(await fetchSheet(href), `book index: sheet ${name} (${href})`);
  const fetchedColumn = async (name: string, href: string): Promise<CellValue[]> => {
    const values = await fetchSheet(href);
    if (!Array.isArray(values) || values.some(Array.isArray))
      throw new Error(`book index: a column of sheet ${name} (${href}) needs its cells (an array)`);
    return cellsOf([values as unknown[]], `book index: sheet ${name} (${href})`)[0];
  };
  // A user's own sheet is never read by the pane, but it stands among the tables: its values are in before them.
  const userSheets = await Promise.all(
    sheets.map(({ name, href, table }) => (table === null ? fetched(name, href) : null)),
  );
  const workbook = new MemoryWorkbook();
  sheets.forEach(({ name, href, table, header, columns }, i) => {
    if (table === null) workbook.addUserSheet(name, userSheets[i]!);
    else
      workbook.addLazyTable(
        table,
        name,
        () => fetched(name, href),
        header && columns ? { header, load: (c) => fetchedColumn(name, columns[c]) } : undefined,
      );
  });
  return workbook;
}

/** A sheet's table key (null: no table), or an Error naming the sheet. */
function tableOf(table: unknown, sheet: string): TableKey | null {
  if (table === null || table === undefined) return null;
  if (typeof table !== "string" || !isTableKey(table))
    throw new Error(`book file: sheet ${sheet} names no KPI Desk table (${String(table)})`);
  return table;
}

/**
 * A sheet's values as the memory workbook holds cells: the rows taken over, a blank ("") made null in place.
 * @throws Error starting with `what` when the values are not an array of rows.
 */
function cellsOf(values: unknown, what: string): CellValue[][] {
  if (!Array.isArray(values) || !values.every(Array.isArray))
    throw new Error(`${what} needs values (an array of rows)`);
  for (const row of values as unknown[][]) {
    for (let c = 0; c < row.length; c++) if (row[c] === "") row[c] = null;
  }
  return values as CellValue[][];
}
