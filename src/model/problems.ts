/**
 * Data problems are found and shown, never absorbed. `screenTables` runs on the tables as read, before any
 * figure is computed (report, statements, period close, task pane), and:
 * - keeps the first row of every id (GoalID, TaskID, … or the composite id the schema defines: Actuals by
 *   ManagerID + Period + KPI + AsOf, Deals by DealID + ManagerID, …) and leaves every later row with the same id
 *   out of the tables it returns, listing each such row with its own Excel row number and the first one's;
 * - lists every merged area inside a table body: Excel reads only its top-left cell, the other cells as empty,
 *   which silently blanks values the user can still see.
 * Every problem names the sheet, the Excel row (the header row counts) and the column header as the sheet spells
 * it. Pure.
 */
import { defaultLayout, attachLayout, layoutOf, type TableLayout } from "./layout";
import { ymdFromSerial } from "../core/dates";
import { columnSpec, headerOf, ID_SEPARATOR, rowId, sheetNameOf, TABLE_KEYS, tableSpec } from "./tables";
import type { Locale } from "../i18n";
import type { TableKey, TableRows } from "./types";

/** A problem in the workbook's data. */
export type DataProblem =
  | {
      kind: "duplicateId";
      table: TableKey;
      sheet: string;
      /** Excel row of the row left out. */
      row: number;
      /** Excel row of the first row with that id (the one kept). */
      firstRow: number;
      /** The id column, or null for a composite id (several columns). */
      column: string | null;
      /** Its header as the sheet spells it (null for a composite id). */
      header: string | null;
      /** The headers of the id columns as the sheet spells them, joined by " / ". */
      columns: string;
      /** The id as shown: composite parts joined by " / ". */
      id: string;
    }
  | {
      kind: "mergedCells";
      table: TableKey;
      sheet: string;
      /** Excel row of the merged area's top row. */
      row: number;
      /** A1 range, e.g. `C3:C5`. */
      range: string;
      /** The schema column of its top-left cell, or null for the user's own column. */
      column: string | null;
      header: string;
    };

/** Tables as read, any subset of the schema's. */
export type AnyTables = { readonly [K in TableKey]?: readonly TableRows[K][] };

/** What {@link screenTables} returns. */
export interface ScreenedTables<T extends AnyTables> {
  /** The same tables, every later duplicate left out (arrays without a duplicate are returned as they were). */
  tables: T;
  /** Every problem found, table by table in schema order, then by row. */
  problems: DataProblem[];
}

/**
 * The layout of a table, or the default one (sheet named in `locale`, header at row 1) for rows built by hand.
 * @param key - the table.
 * @param rows - its rows.
 * @param locale - the language for the default sheet and header names.
 * @returns the layout.
 */
export function layoutOrDefault(key: TableKey, rows: readonly unknown[], locale: Locale): TableLayout {
  return (
    layoutOf(rows) ??
    defaultLayout(key, rows.length, sheetNameOf(key, locale), (column) => {
      const spec = columnSpec(key, column);
      return spec ? headerOf(spec, locale) : column;
    })
  );
}

/** An id as the user reads it: composite parts joined by " / ", dates as 2026-03-31. */
function idText(key: TableKey, row: Record<string, unknown>): string {
  return (tableSpec(key).id ?? [])
    .map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return "";
      if (columnSpec(key, column)?.type === "date" && typeof value === "number") {
        const { y, m, d } = ymdFromSerial(value);
        return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      }
      return String(value);
    })
    .join(" / ");
}

const SEPARATOR_CODE = ID_SEPARATOR.charCodeAt(0);

/** Whether an id has some part that is not blank — without a copy of it: this runs on every row screened. */
function hasIdText(id: string): boolean {
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) !== SEPARATOR_CODE) return true;
  return false;
}

/**
 * Finds duplicate ids and merged cells, and leaves later duplicates out.
 * @param tables - tables as returned by `readTables` (their layouts give sheet, rows and headers).
 * @param locale - the language of sheet and header names for rows that have no layout (built by hand).
 * @returns the tables without later duplicates, and every problem.
 * @example screenTables({ Goals: [g1, g1copy] }).problems[0] // { kind: "duplicateId", row: 3, firstRow: 2, … }
 */
export function screenTables<T extends AnyTables>(tables: T, locale: Locale = "en-US"): ScreenedTables<T> {
  const problems: DataProblem[] = [];
  const result: Record<string, readonly unknown[]> = { ...(tables as Record<string, readonly unknown[]>) };
  for (const key of Object.keys(tables) as TableKey[]) {
    const rows = tables[key] as readonly TableRows[TableKey][] | undefined;
    if (!rows) continue;
    const layout = layoutOrDefault(key, rows, locale);
    for (const m of layout.merged) {
      problems.push({
        kind: "mergedCells",
        table: key,
        sheet: layout.sheet,
        row: m.row,
        range: m.range,
        column: m.column,
        header: m.header,
      });
    }
    const spec = tableSpec(key);
    if (!spec.id) continue;
    const idColumns = spec.id;
    const single = idColumns.length === 1 ? idColumns[0] : null;
    const columns = idColumns.map((c) => layout.headers[c] ?? c).join(" / ");
    // One id column (most tables): its text, without building a joined key.
    const idAt = (i: number) =>
      single === null
        ? (rowId(key, rows[i] as never) ?? "")
        : String((rows[i] as unknown as Record<string, unknown>)[single] ?? "");
    // While every id is greater than the one before (the add-in numbers new rows in order, so a table nobody
    // sorted by hand), the ids are all different: each is compared with the one before only. From the first id
    // that is not, the ids seen are kept in a map (by the index of their first row) and each is looked up — at
    // 2,000 people the map of 400,000 ids was the book's largest cost.
    let previous: string | null = null;
    let first: Map<string, number> | null = null;
    // The rows kept are copied only from the first duplicate on (a table without one, the usual case, is returned
    // as it came: no second array of 168,000 interactions).
    let kept: TableRows[TableKey][] | null = null;
    let keptRows: number[] | null = null;
    const excelRowOf = (i: number) => layout.rowNumbers[i] ?? i + 2;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const id = idAt(i);
      // An id counts when some part of it is not blank.
      if (hasIdText(id)) {
        if (first === null) {
          if (previous === null || previous < id) {
            previous = id; // no duplicate before the map, so no row left out yet: nothing to copy
            continue;
          }
          first = new Map();
          for (let j = 0; j < i; j++) {
            const earlier = idAt(j);
            if (hasIdText(earlier) && !first.has(earlier)) first.set(earlier, j);
          }
        }
        const seen = first.get(id);
        if (seen !== undefined) {
          problems.push({
            kind: "duplicateId",
            table: key,
            sheet: layout.sheet,
            row: excelRowOf(i),
            firstRow: excelRowOf(seen),
            column: single,
            header: single === null ? null : (layout.headers[single] ?? single),
            columns,
            id: idText(key, row as unknown as Record<string, unknown>),
          });
          if (kept === null || keptRows === null) {
            kept = rows.slice(0, i);
            keptRows = kept.map((_, j) => excelRowOf(j));
          }
          continue;
        }
        first.set(id, i);
      }
      if (kept !== null && keptRows !== null) {
        kept.push(row);
        keptRows.push(excelRowOf(i));
      }
    }
    if (kept !== null && keptRows !== null) {
      result[key] = attachLayout(kept, { ...layout, rowNumbers: keptRows });
    }
  }
  problems.sort(
    (a, b) =>
      TABLE_KEYS.indexOf(a.table) - TABLE_KEYS.indexOf(b.table) ||
      a.row - b.row ||
      a.kind.localeCompare(b.kind),
  );
  return { tables: result as unknown as T, problems };
}
