/**
 * Table edits planned on cells, before anything is written: what the memory and file adapters apply to a
 * table's header and body. Each function validates everything first and either throws or returns the complete
 * change, so an adapter applies it in one step and a refused write leaves the table as it was. Pure.
 */
import { KpiError } from "../core/errors";
import { coerceCell, type CellValue, type RawCell } from "./coerce";
import { isBlankRow, resolveHeaders, rowToCells, unwritableIssues, type HeaderMap } from "./headers";
import { ID_SEPARATOR, rowId, tableSpec } from "./tables";
import type { TableKey, TableRows } from "./types";
import { assertValidRows, validateRows, validationErrorOf } from "./validate";

/** A table as cells: its header row and its data rows (totals row excluded). */
export interface TableCells {
  header: readonly RawCell[];
  body: readonly (readonly RawCell[])[];
}

/**
 * The id of a row as stored in cells, read the way `rowId` reads a typed row (so `2026-q1` and `2026-Q1`, or a
 * number typed into an id column, match).
 * @param key - the table.
 * @param map - the table's header map.
 * @param cells - one data row.
 * @returns the id, or `null` for a blank row or a table without identity.
 */
export function cellsRowId(key: TableKey, map: HeaderMap, cells: readonly RawCell[]): string | null {
  const spec = tableSpec(key);
  if (!spec.id || isBlankRow(cells)) return null;
  return spec.id
    .map((column) => {
      const position = map.index[column];
      const coerced = coerceCell(
        spec.columns.find((c) => c.key === column) as (typeof spec.columns)[number],
        position === undefined ? null : cells[position],
      );
      return coerced.ok && coerced.value !== null ? String(coerced.value) : "";
    })
    .join(ID_SEPARATOR);
}

/**
 * Positions (0-based body rows) of every id in the table; a duplicated id lists all its rows.
 * @param key - the table.
 * @param map - its header map.
 * @param body - its data rows.
 * @returns id → positions.
 */
export function idPositions(
  key: TableKey,
  map: HeaderMap,
  body: readonly (readonly RawCell[])[],
): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  body.forEach((cells, i) => {
    const id = cellsRowId(key, map, cells);
    if (id !== null) positions.set(id, [...(positions.get(id) ?? []), i]);
  });
  return positions;
}

/** The error for an id that is not in the table. */
function idNotFound(key: TableKey, id: string): KpiError {
  return new KpiError("na", "workbook.err.idNotFound", {
    table: key,
    tableZh: tableSpec(key).sheet.zh,
    id: id.split(ID_SEPARATOR).join(" / "),
  });
}

function assertIdentity(key: TableKey): void {
  if (!tableSpec(key).id) {
    throw new KpiError("value", "model.err.noIdentity", { table: key, tableZh: tableSpec(key).sheet.zh });
  }
}

/** What `planAppend` returns. */
export interface AppendPlan {
  map: HeaderMap;
  /** New rows' cells, one per header position (a user's own columns blank). */
  rows: CellValue[][];
  /** True when the body is a single blank row that the first new row should fill (a fresh table). */
  fillBlank: boolean;
}

/**
 * Plans an append: headers matched, rows validated (ids unique within the batch and against the table).
 * @param key - the table.
 * @param table - its current cells.
 * @param rows - the rows to add.
 * @returns the cells to add.
 * @throws ValidationError naming the first bad row and column; nothing is to be written.
 */
export function planAppend<K extends TableKey>(
  key: K,
  table: TableCells,
  rows: readonly TableRows[K][],
): AppendPlan {
  const map = resolveHeaders(key, table.header);
  const existingIds = new Set(idPositions(key, map, table.body).keys());
  const issues = [...unwritableIssues(map, rows), ...validateRows(key, rows, { existingIds })];
  if (issues.length > 0) throw validationErrorOf(issues.sort((a, b) => a.row - b.row));
  return {
    map,
    rows: rows.map((row) => rowToCells(map, row)),
    fillBlank: table.body.length === 1 && isBlankRow(table.body[0]),
  };
}

/**
 * Plans an update by id: each row replaces every row of the table with the same id; a user's own columns keep
 * their values.
 * @param key - the table.
 * @param table - its current cells.
 * @param rows - the new versions of the rows.
 * @returns body position → new cells.
 * @throws ValidationError for a bad row; KpiError `workbook.err.idNotFound` for an unknown id or
 *   `model.err.noIdentity` for Surveys. Nothing is to be written then.
 */
export function planUpdate<K extends TableKey>(
  key: K,
  table: TableCells,
  rows: readonly TableRows[K][],
): Map<number, CellValue[]> {
  assertIdentity(key);
  assertValidRows(key, rows, { allowDuplicateIds: true });
  const map = resolveHeaders(key, table.header);
  const issues = unwritableIssues(map, rows);
  if (issues.length > 0) throw validationErrorOf(issues);
  const positions = idPositions(key, map, table.body);
  const changes = new Map<number, CellValue[]>();
  for (const row of rows) {
    const id = rowId(key, row) as string;
    const at = positions.get(id);
    if (!at) throw idNotFound(key, id);
    for (const index of at) changes.set(index, rowToCells(map, row, table.body[index] as CellValue[]));
  }
  return changes;
}

/**
 * Plans a deletion by id.
 * @param key - the table.
 * @param table - its current cells.
 * @param ids - ids as `rowId` gives them.
 * @returns the body positions to delete, highest first (so deleting in order keeps the others valid).
 * @throws KpiError `workbook.err.idNotFound` (nothing deleted) or `model.err.noIdentity`.
 */
export function planDelete(key: TableKey, table: TableCells, ids: readonly string[]): number[] {
  assertIdentity(key);
  const map = resolveHeaders(key, table.header);
  const positions = idPositions(key, map, table.body);
  const doomed = new Set<number>();
  for (const id of ids) {
    const at = positions.get(id);
    if (!at) throw idNotFound(key, id);
    at.forEach((i) => doomed.add(i));
  }
  return [...doomed].sort((a, b) => b - a);
}
