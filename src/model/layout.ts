/**
 * Where a table's typed rows sit in the workbook, as the user sees it: the sheet, the Excel row number of every
 * row (the header row counts: the first data row of a table at A1 is row 2; blank rows are skipped by the reader,
 * so row numbers are not simply positions) and the header text of every column, in the workbook's language. Also
 * the merged cells found inside the table body, which Excel reads as empty except for the top-left one.
 *
 * Why a side table and not a field on the rows: `readTables` returns plain typed rows that the whole add-in
 * (report, pane, period close, custom functions) already consumes, and several adapters produce them. The layout
 * is attached to the returned array itself (a WeakMap keyed by the array, so nothing leaks and nothing changes
 * for a caller that does not ask), and `layoutOf` finds it again when a problem must be named. A copied or
 * filtered array has no layout unless it is attached again (`screenTables` does for the arrays it filters); then
 * rows are numbered as if the table started at A1 with no blank rows. Pure.
 */
import type { RawCell } from "./coerce";
import type { HeaderMap } from "./headers";
import { sheetNameOf, tableSpec } from "./tables";
import type { TableKey } from "./types";

/** A merged area inside a table body. */
export interface MergedArea {
  /** A1 address without the sheet, e.g. `B3:B4`. */
  range: string;
  /** Excel row number of its top row. */
  row: number;
  /** The schema column of its top-left cell, or null for a column of the user's own. */
  column: string | null;
  /** The header of that column as it reads in the sheet. */
  header: string;
}

/** Where a table's rows are, as the user sees them. */
export interface TableLayout {
  /** The sheet's name. */
  sheet: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** Excel row number of each typed row, in order. */
  rowNumbers: number[];
  /** The sheet's header text of each schema column present. */
  headers: Partial<Record<string, string>>;
  /** Merged areas overlapping the table body (each listed once). */
  merged: MergedArea[];
}

const LAYOUTS = new WeakMap<readonly unknown[], TableLayout>();

/**
 * Attaches a layout to the rows an adapter returns.
 * @param rows - the typed rows (the very array handed to the caller).
 * @param layout - where they are.
 * @returns the rows.
 */
export function attachLayout<T extends readonly unknown[]>(rows: T, layout: TableLayout): T {
  LAYOUTS.set(rows, layout);
  return rows;
}

/**
 * @param rows - rows returned by `readTables` (or re-attached by `screenTables`).
 * @returns their layout, or undefined for rows built by hand.
 */
export function layoutOf(rows: readonly unknown[]): TableLayout | undefined {
  return LAYOUTS.get(rows);
}

/**
 * The header text of each schema column of a sheet's header row.
 * @param map - the header map of the table.
 * @param header - the header cells.
 * @returns column key → header as the user typed it.
 */
export function headerTexts(map: HeaderMap, header: readonly RawCell[]): Partial<Record<string, string>> {
  const texts: Partial<Record<string, string>> = {};
  for (const [column, position] of Object.entries(map.index)) {
    if (position !== undefined) texts[column] = String(header[position] ?? "").trim();
  }
  return texts;
}

/**
 * The place of a table on its sheet, as an adapter knows it.
 */
export interface TablePlace {
  sheet: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** Merged areas overlapping the body, as 0-based body row/column rectangles. */
  merged?: readonly MergedRect[];
  /** 0-based column of the table's first column on the sheet (for A1 addresses); default 0 (column A). */
  firstColumn?: number;
}

/** A merged rectangle relative to the table: 0-based body row and table column, with its size. */
export interface MergedRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Column letters of a 0-based column index.
 * @param col - 0 for A.
 * @returns `A`, `Z`, `AA`…
 */
function letters(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * Builds a table's layout from what the reader and the adapter know.
 * @param key - the table.
 * @param place - sheet, header row and merged areas.
 * @param bodyRows - 0-based body position of each typed row.
 * @param map - the header map.
 * @param header - the header cells.
 * @returns the layout.
 */
export function makeLayout(
  key: TableKey,
  place: TablePlace,
  bodyRows: readonly number[],
  map: HeaderMap,
  header: readonly RawCell[],
): TableLayout {
  const headers = headerTexts(map, header);
  const left = place.firstColumn ?? 0;
  const merged = (place.merged ?? []).map((m): MergedArea => {
    const top = place.headerRow + 1 + m.row;
    const from = `${letters(left + m.col)}${top}`;
    const to = `${letters(left + m.col + m.cols - 1)}${top + m.rows - 1}`;
    return {
      range: from === to ? from : `${from}:${to}`,
      row: top,
      column: map.positions[m.col] ?? null,
      header: String(header[m.col] ?? "").trim(),
    };
  });
  return {
    sheet: place.sheet || sheetNameOf(key, "en-US"),
    headerRow: place.headerRow,
    rowNumbers: bodyRows.map((i) => place.headerRow + 1 + i),
    headers,
    merged,
  };
}

/**
 * The layout of rows built by hand (tests, the pane's own copies): the table's default sheet name, headers in
 * `locale`, header at row 1, one row per line.
 * @param key - the table.
 * @param count - how many rows.
 * @param sheet - the sheet name to show.
 * @param headerOfColumn - the header text of a column.
 * @returns the layout.
 */
export function defaultLayout(
  key: TableKey,
  count: number,
  sheet: string,
  headerOfColumn: (column: string) => string,
): TableLayout {
  return {
    sheet,
    headerRow: 1,
    rowNumbers: Array.from({ length: count }, (_, i) => i + 2),
    headers: Object.fromEntries(tableSpec(key).columns.map((c) => [c.key, headerOfColumn(c.key)])),
    merged: [],
  };
}
