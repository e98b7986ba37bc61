/**
 * Header matching and the conversion between a sheet's cells and typed rows. A header is recognised in either
 * language or as the column key, in any order, ignoring case, spaces, underscores and hyphens; columns the user
 * added are kept (never read, never overwritten); a missing required column is an error naming it.
 */
import { ValidationError, type ValidationIssue } from "../core/errors";
import type { ColumnSpec } from "./columns";
import {
  coerceCell,
  coerceValue,
  display,
  normalizeWord,
  UNREADABLE,
  type CellValue,
  type Coerced,
  type RawCell,
  type TypedValue,
} from "./coerce";
import { attachLayout, makeLayout, type TablePlace } from "./layout";
import { tableSpec } from "./tables";
import type { TableKey, TableRows } from "./types";
import { cellIssue, issueAt, rowRules, validationErrorOf } from "./validate";

/** Where each schema column sits in a sheet's header row. */
export interface HeaderMap {
  readonly table: TableKey;
  /** The column key at each header position, or `null` for a user's own column. */
  readonly positions: readonly (string | null)[];
  /** Position of each schema column found (column key → 0-based position). */
  readonly index: Readonly<Record<string, number>>;
  /** Optional schema columns the sheet lacks (read as blank). */
  readonly missing: readonly string[];
}

function headerText(raw: RawCell): string {
  return raw === null || raw === undefined ? "" : display(raw).trim();
}

/** Per table, its columns by each name a header may give them (normalized), made once: every read matches a header. */
const HEADER_LOOKUPS = new Map<TableKey, ReadonlyMap<string, ColumnSpec>>();

function headerLookup(key: TableKey): ReadonlyMap<string, ColumnSpec> {
  let lookup = HEADER_LOOKUPS.get(key);
  if (lookup === undefined) {
    const names = new Map<string, ColumnSpec>();
    for (const column of tableSpec(key).columns) {
      for (const name of [column.key, column.en, column.zh]) names.set(normalizeWord(name), column);
    }
    HEADER_LOOKUPS.set(key, (lookup = names));
  }
  return lookup;
}

/**
 * Matches a header row to the table's columns.
 * @param key - the table.
 * @param headerRow - the header cells as read.
 * @returns the header map.
 * @throws ValidationError `model.err.missingColumn` naming the first missing required column (all are listed in
 *   `issues`), or `model.err.duplicateHeader` when two headers mean the same column.
 * @example resolveHeaders("Curves", ["数值", "curve", "Point"]).index // { Value: 0, Curve: 1, Point: 2 }
 */
export function resolveHeaders(key: TableKey, headerRow: readonly RawCell[]): HeaderMap {
  const spec = tableSpec(key);
  const lookup = headerLookup(key);
  const positions: (string | null)[] = [];
  const index: Record<string, number> = {};
  headerRow.forEach((cell, position) => {
    const column = lookup.get(normalizeWord(headerText(cell)));
    if (!column || headerText(cell) === "") {
      positions.push(null);
      return;
    }
    if (index[column.key] !== undefined) {
      throw new ValidationError("model.err.duplicateHeader", {
        table: key,
        tableZh: spec.sheet.zh,
        first: headerText(headerRow[index[column.key]]),
        second: headerText(cell),
        column: column.en,
        columnZh: column.zh,
      });
    }
    index[column.key] = position;
    positions.push(column.key);
  });
  const absent = spec.columns.filter((c) => index[c.key] === undefined);
  const missingRequired = absent.filter((c) => c.required);
  if (missingRequired.length > 0) {
    const found = headerRow
      .map(headerText)
      .filter((h) => h !== "")
      .join(", ");
    const issues: ValidationIssue[] = missingRequired.map((column) => ({
      table: key,
      row: 0,
      column: column.key,
      key: "model.err.missingColumn",
      params: {
        table: key,
        tableZh: spec.sheet.zh,
        column: column.en,
        columnEn: column.en,
        columnZh: column.zh,
        key: column.key,
        found,
      },
    }));
    throw new ValidationError(issues[0].key, issues[0].params, issues);
  }
  return { table: key, positions, index, missing: absent.map((c) => c.key) };
}

/**
 * @param cells - one data row as read.
 * @returns true when every cell is blank (such rows are skipped: users leave spare rows in tables).
 */
export function isBlankRow(cells: readonly RawCell[]): boolean {
  // A loop, not `every` with a callback: this runs on every row of every table read.
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!(c === null || c === undefined || (typeof c === "string" && c.trim() === ""))) return false;
  }
  return true;
}

/**
 * Reads a table's data rows into typed rows: headers matched, cells coerced, rows validated (duplicate ids are
 * accepted: they are the user's data). Fully blank rows are skipped; row numbers in messages count data rows
 * from 1 (the row under the header), blank ones included, so they match what the user sees.
 * @param key - the table.
 * @param headerRow - the header cells.
 * @param body - the data rows.
 * @param place - the sheet, header row and merged areas of the table, when an adapter knows them: attached to the
 *   returned rows as their layout (`layoutOf`). Without it, the header is taken to be row 1 of an unnamed sheet.
 * @param columns - optional: only these columns (see {@link tableReader}'s `only`).
 * @returns the typed rows, in sheet order.
 * @throws ValidationError for a missing required column or any cell that cannot be read.
 */
export function readTable<K extends TableKey>(
  key: K,
  headerRow: readonly RawCell[],
  body: readonly (readonly RawCell[])[],
  place?: TablePlace,
  columns?: readonly string[],
): TableRows[K][] {
  const reader = tableReader(key, headerRow, place, columns);
  body.forEach((cells, i) => reader.row(i, cells));
  return reader.finish();
}

/**
 * Where some columns of a table stand in its header row (each position once; a column the header lacks is left out).
 * @param key - the table.
 * @param headerRow - the header cells.
 * @param columns - column keys of the table's schema.
 * @returns the header positions to read, for {@link readColumnCells}.
 * @throws ValidationError for a missing required column, asked for or not (as a whole read).
 */
export function columnPositions(
  key: TableKey,
  headerRow: readonly RawCell[],
  columns: readonly string[],
): number[] {
  const map = resolveHeaders(key, headerRow);
  return [...new Set(columns.map((c) => map.index[c]))].filter((p): p is number => p !== undefined);
}

/**
 * {@link readTable} of some columns from each column's own data cells (what a read of those columns transfers:
 * Office.js's column ranges, the preview's column files), as `WorkbookPort.readColumns` gives them.
 * @param key - the table.
 * @param headerRow - the header cells.
 * @param place - as for {@link readTable}.
 * @param columns - the column keys read.
 * @param bodies - per position of {@link columnPositions}, that column's data cells, top to bottom.
 * @returns the rows, each holding only those columns.
 * @throws ValidationError as {@link readTable} for those columns.
 */
export function readColumnCells<K extends TableKey>(
  key: K,
  headerRow: readonly RawCell[],
  place: TablePlace | undefined,
  columns: readonly string[],
  bodies: readonly { position: number; cells: readonly RawCell[] }[],
): TableRows[K][] {
  const count = Math.max(0, ...bodies.map((b) => b.cells.length));
  const reader = tableReader(key, headerRow, place, columns);
  const cells = new Array<RawCell>(headerRow.length).fill(null);
  for (let i = 0; i < count; i++) {
    for (const { position, cells: column } of bodies) cells[position] = column[i] ?? null;
    reader.row(i, cells);
  }
  return reader.finish();
}

/** {@link readTable} a row at a time: for an adapter that reads a large table row by row. */
export interface TableReader<K extends TableKey> {
  /**
   * Reads one data row (the cells are not kept: the caller may reuse the array).
   * @param index - its 0-based position under the header (rows never given count as blank).
   * @param cells - its cells, by header position.
   */
  row(index: number, cells: readonly RawCell[]): void;
  /**
   * @returns the typed rows read, in the order given (which must be sheet order).
   * @throws ValidationError for any cell that could not be read.
   */
  finish(): TableRows[K][];
}

/**
 * The texts of one column read so far, so that a text repeated down the column is held once: a table comes from
 * Office.js as JSON, one string per cell, and the same outcome, product or team on 169,000 interactions took
 * ≈ 20 MB of the pane's heap at 2,000 people. A column whose texts are mostly different (names, ids, notes typed
 * freely) is not pooled past its first texts.
 */
class TextPool {
  private pool: Map<string, string> | null = new Map();
  private looked = 0;

  /** @returns the text held for `text`'s content (the first string of it read), or `text` itself. */
  get(text: string): string {
    const pool = this.pool;
    if (pool === null) return text;
    this.looked++;
    const held = pool.get(text);
    if (held !== undefined) return held;
    // Past its first 2,048 texts, a column of which more than a quarter were different is not pooled any more.
    if (this.looked > 2048 && pool.size * 4 > this.looked) this.pool = null;
    else if (pool.size < 8192) pool.set(text, text);
    return text;
  }
}

/**
 * Starts reading a table row by row, as {@link readTable} reads it whole: the same rows, the same problems, but no
 * table of raw cells is held (at 2,000 people the raw cells of the CRM tables outlived every young-generation
 * collection while the rows were read).
 * @param key - the table.
 * @param headerRow - the header cells.
 * @param place - as for {@link readTable}.
 * @param only - optional: read only these columns (keys of the table's schema), as `WorkbookPort.readColumns` does —
 *   each row holds only them, only their cells are coerced and checked, and a row blank in all of them is skipped
 *   (rules across columns, such as Surveys', are left to the whole read). The header is matched as for a whole read:
 *   a missing required column is an error even when it is not asked for.
 * @returns the reader.
 * @throws ValidationError for a missing required column or a duplicated header; Error for a column the table does
 *   not have (a programming error).
 */
export function tableReader<K extends TableKey>(
  key: K,
  headerRow: readonly RawCell[],
  place?: TablePlace,
  only?: readonly string[],
): TableReader<K> {
  const map = resolveHeaders(key, headerRow);
  const spec = tableSpec(key);
  if (only)
    for (const name of only)
      if (!spec.columns.some((c) => c.key === name)) throw new Error(`table ${key} has no column ${name}`);
  const columns = spec.columns
    .filter((column) => !only || only.includes(column.key))
    .map((column) => ({
      column,
      position: map.index[column.key],
      texts: column.type === "text" ? new TextPool() : null,
    }));
  // A row is blank when its cells are (of a column read: its cells in those columns).
  const positions = only
    ? columns.flatMap(({ position }) => (position === undefined ? [] : [position]))
    : null;
  const blank = (cells: readonly RawCell[]): boolean => {
    if (positions === null) return isBlankRow(cells);
    for (const p of positions) {
      const c = cells[p];
      if (!(c === null || c === undefined || (typeof c === "string" && c.trim() === ""))) return false;
    }
    return true;
  };
  const rows: TableRows[K][] = [];
  const rowNumbers: number[] = [];
  const issues: ValidationIssue[] = [];
  return {
    row(i, cells) {
      if (blank(cells)) return;
      const row: Record<string, TypedValue> = {};
      let ok = true;
      // What `validateRows` finds in the row, checked on the values in hand (no second pass over the rows):
      // reported only for a row whose every cell could be read, as validating the rows read would.
      let checks: ValidationIssue[] | null = null;
      for (const { column, position, texts } of columns) {
        const raw = position === undefined ? null : cells[position];
        let value = coerceValue(column, raw);
        if (texts !== null && typeof value === "string") value = texts.get(value);
        if (value !== UNREADABLE) {
          const problem = ok ? cellIssue(column, value) : null;
          if (problem) (checks ??= []).push(issueAt(key, i + 1, column, problem.key, problem.params));
          // A blank omittable field is left out, as writers that do not know it leave it out.
          if (value === null && column.omittable) continue;
          row[column.key] = value;
        } else {
          const coerced = coerceCell(column, raw) as Extract<Coerced, { ok: false }>;
          issues.push(issueAt(key, i + 1, column, coerced.key, coerced.params));
          row[column.key] = null;
          ok = false;
        }
      }
      if (ok) {
        if (checks) issues.push(...checks);
        else if (key === "Surveys" && !only) issues.push(...rowRules(key, row, i + 1));
        rows.push(row as unknown as TableRows[K]);
        rowNumbers.push(i + 1);
      }
    },
    finish() {
      if (issues.length > 0) throw validationErrorOf(issues.sort((a, b) => a.row - b.row));
      // Where each row is in the sheet, for naming data problems (duplicate ids, merged cells) by Excel row.
      return attachLayout(
        rows,
        makeLayout(
          key,
          place ?? { sheet: "", headerRow: 1 },
          rowNumbers.map((n) => n - 1),
          map,
          headerRow,
        ),
      );
    },
  };
}

/**
 * Lays a typed row out along a sheet's header row. A user's own columns keep `existing` values (or stay blank
 * for a new row): the add-in never overwrites what it does not own.
 * @param map - the sheet's header map.
 * @param row - the typed row.
 * @param existing - the cells of the row being replaced, if any.
 * @returns one cell value per header position.
 */
export function rowToCells<K extends TableKey>(
  map: HeaderMap,
  row: TableRows[K],
  existing?: readonly CellValue[],
): CellValue[] {
  const fields = row as unknown as Record<string, TypedValue | undefined>;
  return map.positions.map((column, position) => {
    // A user's own column, or an omittable field the writer left out: keep what the cell holds.
    if (column === null || fields[column] === undefined) return existing?.[position] ?? null;
    const value = fields[column];
    return value === undefined || value === "" ? null : value;
  });
}

/**
 * Values that cannot be written because the sheet lacks their (optional) column: refused rather than dropped.
 * @param map - the sheet's header map.
 * @param rows - the rows to write.
 * @returns one issue per such value.
 */
export function unwritableIssues<K extends TableKey>(
  map: HeaderMap,
  rows: readonly TableRows[K][],
): ValidationIssue[] {
  const spec = tableSpec(map.table);
  const issues: ValidationIssue[] = [];
  rows.forEach((row, i) => {
    const fields = row as unknown as Record<string, TypedValue | undefined>;
    for (const key of map.missing) {
      const value = fields[key];
      if (value !== null && value !== undefined && value !== "") {
        issues.push(
          issueAt(
            map.table,
            i + 1,
            spec.columns.find((c) => c.key === key) as ColumnSpec,
            "model.issue.notInTable",
            {
              value: display(value),
            },
          ),
        );
      }
    }
  });
  return issues;
}
