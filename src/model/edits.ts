/**
 * Table edits planned on cells, before anything is written: what the memory and file adapters apply to a
 * table's header and body. Each function validates everything first and either throws or returns the complete
 * change, so an adapter applies it in one step and a refused write leaves the table as it was. Pure.
 */
import {
  ConflictError,
  DuplicateIdError,
  KpiError,
  type ConflictColumn,
  type ConflictRow,
  type RowRefs,
} from "../core/errors";
import type { ColumnSpec } from "./columns";
import { coerceCell, dateOfSerial, type CellValue, type RawCell, type TypedValue } from "./coerce";
import { isBlankRow, resolveHeaders, rowToCells, unwritableIssues, type HeaderMap } from "./headers";
import { ID_SEPARATOR, rowId, tableSpec } from "./tables";
import type { TableKey, TableRows } from "./types";
import { assertValidRows, issueAt, validateRows, validationErrorOf } from "./validate";

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
  return rowIdReader(key, map)(cells);
}

/**
 * The reader behind {@link cellsRowId}, with the table's id columns and their positions looked up once, for
 * reading the ids of a whole table (an append checks every existing id).
 * @param key - the table.
 * @param map - its header map.
 * @returns a row's cells → its id (null for a blank row or a table without identity).
 */
export function rowIdReader(key: TableKey, map: HeaderMap): (cells: readonly RawCell[]) => string | null {
  const spec = tableSpec(key);
  if (!spec.id) return () => null;
  const parts = spec.id.map((column) => ({
    spec: spec.columns.find((c) => c.key === column) as (typeof spec.columns)[number],
    position: map.index[column],
  }));
  const read = ({ spec: column, position }: (typeof parts)[number], cells: readonly RawCell[]): string => {
    const coerced = coerceCell(column, position === undefined ? null : cells[position]);
    return coerced.ok && coerced.value !== null ? String(coerced.value) : "";
  };
  if (parts.length === 1) {
    const only = parts[0];
    return (cells) => (isBlankRow(cells) ? null : read(only, cells));
  }
  return (cells) => (isBlankRow(cells) ? null : parts.map((part) => read(part, cells)).join(ID_SEPARATOR));
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
  const idOf = rowIdReader(key, map);
  const positions = new Map<string, number[]>();
  body.forEach((cells, i) => {
    const id = idOf(cells);
    if (id === null) return;
    const at = positions.get(id);
    if (at) at.push(i);
    else positions.set(id, [i]);
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
 * @param ids - the ids the table holds, when the caller keeps them (the memory workbook, per table version): an
 *   append then costs what it appends, not a read of every id; without it they are read from `table.body`.
 * @returns the cells to add.
 * @throws ValidationError naming the first bad row and column; nothing is to be written.
 */
export function planAppend<K extends TableKey>(
  key: K,
  table: TableCells,
  rows: readonly TableRows[K][],
  ids?: ReadonlySet<string>,
): AppendPlan {
  const map = resolveHeaders(key, table.header);
  const existingIds = ids ?? new Set(idPositions(key, map, table.body).keys());
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
 * their values. With `base` (the rows as the caller read them), edits made in the sheet since are kept or
 * refused as `resolveUpdate` says.
 * @param key - the table.
 * @param table - its current cells.
 * @param rows - the new versions of the rows.
 * @param base - the same rows as they were read (matched by id), or omitted for a blind overwrite.
 * @returns body position → new cells.
 * @throws ValidationError for a bad row; KpiError `workbook.err.idNotFound` for an unknown id or
 *   `model.err.noIdentity` for Surveys; ConflictError; DuplicateIdError. Nothing is to be written then.
 */
export function planUpdate<K extends TableKey>(
  key: K,
  table: TableCells,
  rows: readonly TableRows[K][],
  base?: readonly TableRows[K][],
): Map<number, CellValue[]> {
  assertIdentity(key);
  assertValidRows(key, rows, { allowDuplicateIds: true });
  const map = resolveHeaders(key, table.header);
  const issues = unwritableIssues(map, rows);
  if (issues.length > 0) throw validationErrorOf(issues);
  const changes = new Map<number, CellValue[]>();
  for (const { index, row } of resolveUpdate(key, map, table.body, rows, base)) {
    changes.set(index, rowToCells(map, row, table.body[index] as CellValue[]));
  }
  return changes;
}

/** Where a row of an update goes, and what it holds once merged with the sheet. */
export interface UpdateTarget<K extends TableKey> {
  /** 0-based body position. */
  index: number;
  /** The row to write there. */
  row: TableRows[K];
}

/** Two typed values of one column are the same value (blank = null = ""; numbers to 1e-9 relative). */
function sameValue(a: TypedValue | undefined, b: TypedValue | undefined): boolean {
  const blank = (v: TypedValue | undefined) =>
    v === null || v === undefined || (typeof v === "string" && v === "");
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b;
}

/** A value as a user reads it in a conflict message (dates as dates, fractions as percentages); blank → "". */
function conflictText(column: ColumnSpec, value: TypedValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (column.type === "date" && typeof value === "number") {
    const iso = dateOfSerial(value).toISOString();
    return Number.isInteger(value) ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (column.type === "fraction" && typeof value === "number") return `${+(value * 100).toFixed(6)}%`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Who a row is about: its own name (Managers, Customers, KPIs), and the person and customer it refers to. */
function refsOf(key: TableKey, row: object): RowRefs {
  const cells = row as Record<string, unknown>;
  const text = (column: string) => {
    const value = cells[column];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const hasColumn = (column: string) => tableSpec(key).columns.some((c) => c.key === column);
  const refs: RowRefs = {};
  const name = hasColumn("Name") ? text("Name") : undefined;
  if (name !== undefined) refs.name = name;
  const managerId = key === "Managers" ? undefined : text("ManagerID");
  if (managerId !== undefined) refs.managerId = managerId;
  const customerId = key === "Customers" ? undefined : text("CustomerID");
  if (customerId !== undefined) refs.customerId = customerId;
  return refs;
}

/** The id as a message shows it. */
function idText(id: string): string {
  return id.split(ID_SEPARATOR).join(" / ");
}

function conflictRow(
  key: TableKey,
  id: string,
  kind: ConflictRow["kind"],
  columns: ConflictColumn[],
): ConflictRow {
  return { table: key, tableZh: tableSpec(key).sheet.zh, id: idText(id), kind, columns };
}

/** A data row's cells coerced per schema column (an unreadable cell keeps its failure). */
function currentValues(key: TableKey, map: HeaderMap, cells: readonly RawCell[]) {
  const values: Record<string, ReturnType<typeof coerceCell>> = {};
  for (const column of tableSpec(key).columns) {
    const position = map.index[column.key];
    values[column.key] = coerceCell(column, position === undefined ? null : cells[position]);
  }
  return values;
}

/**
 * Resolves an update against the sheet as it is now — the rule that prevents lost updates. Without `base`, each
 * row overwrites the rows with its id (the CLI and set-up, which write what they just computed). With `base`, per
 * row and column (a three-way merge):
 * - a column the caller did not change (new = base) keeps the sheet's current value, so a user's edit in the
 *   sheet survives;
 * - a column the caller changed is written, unless the sheet changed it too, to a different value: a conflict;
 * - a row read but since deleted from the sheet is a conflict of kind `deleted` (never re-created).
 * Rows without a base row of their id are written as given. Conflicts refuse the whole write.
 * @param key - the table.
 * @param map - its header map.
 * @param body - its current data rows.
 * @param rows - the new rows (already validated).
 * @param base - the rows as read, matched to `rows` by id.
 * @returns what to write where.
 * @throws ConflictError listing every row in conflict; DuplicateIdError when a row read (with a base row) has
 *   its id on several rows of the sheet; KpiError `workbook.err.idNotFound` for an unknown id without a base row;
 *   ValidationError when a merged row is invalid (a cell the user typed that cannot be read,
 *   or a combination of their edit and the caller's that breaks a rule).
 */
export function resolveUpdate<K extends TableKey>(
  key: K,
  map: HeaderMap,
  body: readonly (readonly RawCell[])[],
  rows: readonly TableRows[K][],
  base?: readonly TableRows[K][],
): UpdateTarget<K>[] {
  const spec = tableSpec(key);
  const positions = idPositions(key, map, body);
  const bases = new Map((base ?? []).map((row) => [rowId(key, row) as string, row]));
  const targets: UpdateTarget<K>[] = [];
  const conflicts: ConflictRow[] = [];
  const issues: ReturnType<typeof issueAt>[] = [];
  for (const row of rows) {
    const id = rowId(key, row) as string;
    const at = positions.get(id);
    const read = bases.get(id);
    if (!at) {
      if (!read) throw idNotFound(key, id);
      conflicts.push(conflictRow(key, id, "deleted", []));
      continue;
    }
    if (!read) {
      for (const index of at) targets.push({ index, row });
      continue;
    }
    // The id is on several rows (typed or pasted twice in the sheet): the screen read one of them and cannot tell
    // which, so the write is refused with the id named rather than as a conflict with a row it never read.
    if (at.length > 1) {
      throw new DuplicateIdError(key, spec.sheet.zh, idText(id), at.length, refsOf(key, row));
    }
    const wanted = row as unknown as Record<string, TypedValue>;
    const before = read as unknown as Record<string, TypedValue>;
    for (const index of at) {
      const now = currentValues(key, map, body[index]);
      const merged: Record<string, TypedValue> = {};
      const columns: ConflictColumn[] = [];
      for (const column of spec.columns) {
        const sheet = now[column.key];
        const mine = wanted[column.key];
        if (sameValue(mine, before[column.key])) {
          // Not changed here: whatever the sheet holds now stands (the user's edit, or the value read).
          if (sheet.ok) merged[column.key] = sheet.value;
          else issues.push(issueAt(key, index + 1, column, sheet.key, sheet.params));
          continue;
        }
        merged[column.key] = mine;
        if (!sheet.ok || sameValue(sheet.value, before[column.key]) || sameValue(sheet.value, mine)) continue;
        columns.push({
          column: column.key,
          columnEn: column.en,
          columnZh: column.zh,
          sheet: conflictText(column, sheet.value),
          pane: conflictText(column, mine),
        });
      }
      if (columns.length > 0) conflicts.push(conflictRow(key, id, "changed", columns));
      else targets.push({ index, row: merged as unknown as TableRows[K] });
    }
  }
  if (conflicts.length > 0) throw new ConflictError(conflicts, "update");
  if (issues.length > 0) throw validationErrorOf(issues);
  const merged = targets.map((t) => t.row);
  const problems = validateRows(key, merged, {
    allowDuplicateIds: true,
    rowNumbers: targets.map((t) => t.index + 1),
  });
  if (problems.length > 0) throw validationErrorOf(problems);
  return targets;
}

/**
 * Resolves a deletion against the sheet as it is now. Without `base`, every id must exist. With `base` (the rows as
 * read), a row the sheet changed since is a conflict (deleting it would discard that edit) and a row already gone
 * is simply skipped: what the caller wanted is already true.
 * @param key - the table.
 * @param map - its header map.
 * @param body - its current data rows.
 * @param ids - ids as `rowId` gives them.
 * @param base - the rows as read, matched to `ids` by id.
 * @returns the body positions to delete, highest first.
 * @throws ConflictError (operation `delete`) listing every changed row; KpiError `workbook.err.idNotFound`.
 */
export function resolveDelete<K extends TableKey>(
  key: K,
  map: HeaderMap,
  body: readonly (readonly RawCell[])[],
  ids: readonly string[],
  base?: readonly TableRows[K][],
): number[] {
  const spec = tableSpec(key);
  const positions = idPositions(key, map, body);
  const bases = new Map((base ?? []).map((row) => [rowId(key, row) as string, row]));
  const doomed = new Set<number>();
  const conflicts: ConflictRow[] = [];
  for (const id of ids) {
    const at = positions.get(id);
    const read = bases.get(id) as unknown as Record<string, TypedValue> | undefined;
    if (!at) {
      if (read) continue;
      throw idNotFound(key, id);
    }
    for (const index of at) {
      if (read) {
        const now = currentValues(key, map, body[index]);
        const columns: ConflictColumn[] = spec.columns
          .filter((c) => {
            const sheet = now[c.key];
            return !sheet.ok || !sameValue(sheet.value, read[c.key]);
          })
          .map((c) => {
            const sheet = now[c.key];
            return {
              column: c.key,
              columnEn: c.en,
              columnZh: c.zh,
              sheet: sheet.ok ? conflictText(c, sheet.value) : String(sheet.params.value ?? ""),
              pane: conflictText(c, read[c.key]),
            };
          });
        if (columns.length > 0) {
          conflicts.push(conflictRow(key, id, "changed", columns));
          continue;
        }
      }
      doomed.add(index);
    }
  }
  if (conflicts.length > 0) throw new ConflictError(conflicts, "delete");
  return [...doomed].sort((a, b) => b - a);
}

/**
 * Plans a deletion by id (see `resolveDelete` for what `base` changes).
 * @param key - the table.
 * @param table - its current cells.
 * @param ids - ids as `rowId` gives them.
 * @param base - the rows as read, or omitted.
 * @returns the body positions to delete, highest first (so deleting in order keeps the others valid).
 * @throws KpiError `workbook.err.idNotFound` (nothing deleted) or `model.err.noIdentity`; ConflictError.
 */
export function planDelete<K extends TableKey>(
  key: K,
  table: TableCells,
  ids: readonly string[],
  base?: readonly TableRows[K][],
): number[] {
  assertIdentity(key);
  const map = resolveHeaders(key, table.header);
  return resolveDelete(key, map, table.body, ids, base);
}
