/**
 * The WorkbookPort: everything KPI Desk asks of a workbook. The task pane, ribbon commands, report and CLI talk
 * only to this interface; `office/`, `memory/` and `xlsx/` implement it, and one contract suite
 * (`test/workbook/contract.ts`) runs against every adapter.
 *
 * Rules every adapter keeps (product.md, "Rules that protect data"):
 * - writes are validated with `src/model` first and done in one batch: a refused row throws `ValidationError`
 *   naming the row and column, and nothing is written;
 * - user text beginning with `=`, `+`, `-` or `@` is written as text, never as a formula;
 * - only the add-in's own tables and generated sheets are written; a user's sheet is never overwritten or deleted.
 */
import type { Locale } from "../i18n";
import type { TableKey, TableRows } from "../model";
import type { SheetPlan } from "../model/sheetPlan";

/** What `ensureTables` did. */
export interface EnsureResult {
  /** Tables created by this call. */
  created: TableKey[];
  /** Tables that already existed and were left untouched. */
  existing: TableKey[];
}

/** Rows to seed into tables that `ensureTables` creates (tables that already exist are never seeded). */
export type SeedRows = { [K in TableKey]?: TableRows[K][] };

export interface WorkbookPort {
  /** The schema tables present in the workbook. */
  listTables(): Promise<TableKey[]>;

  /**
   * Reads tables as typed rows, in one round trip. Headers are matched in either language, in any order.
   * @throws ValidationError naming the table and the missing column when a required column is absent, or
   *   `KpiError` when a table does not exist.
   */
  readTables<K extends TableKey>(keys: readonly K[]): Promise<{ [P in K]: TableRows[P][] }>;

  /** Appends rows after validating all of them. */
  appendRows<K extends TableKey>(key: K, rows: readonly TableRows[K][]): Promise<void>;

  /**
   * Replaces rows identified by the table's id column (e.g. GoalID) with the given rows, after validating.
   * @throws KpiError when an id is not found (nothing written).
   */
  updateRows<K extends TableKey>(key: K, rows: readonly TableRows[K][]): Promise<void>;

  /** Deletes rows by id. Unknown ids → KpiError, nothing deleted. */
  deleteRows<K extends TableKey>(key: K, ids: readonly string[]): Promise<void>;

  /**
   * Creates every listed table that is missing, with headers in `locale`, seeding `seed` rows into the tables it
   * creates. Existing tables and data are never touched.
   */
  ensureTables(keys: readonly TableKey[], locale: Locale, seed?: SeedRows): Promise<EnsureResult>;

  /** Writes a generated sheet, replacing the one of the same name only if the add-in made it. */
  writeSheet(plan: SheetPlan): Promise<void>;

  /**
   * Writes several generated sheets, in order, each as `writeSheet` would. Optional: an adapter that can do it in
   * fewer round trips (Office.js: one `Excel.run`, one look at the workbook, the sheets swapped in together)
   * provides it; callers fall back to `writeSheet` per plan.
   * @throws as `writeSheet`, before anything is written when the names are refused.
   */
  writeSheets?(plans: readonly SheetPlan[]): Promise<void>;

  /** Names of the sheets the add-in generated. */
  listGeneratedSheets(): Promise<string[]>;
}
