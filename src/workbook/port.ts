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
import type { ColumnKey, TableKey, TableRows } from "../model";
import type { SheetPlan } from "../model/sheetPlan";

/** What `ensureTables` did. */
export interface EnsureResult {
  /** Tables created by this call. */
  created: TableKey[];
  /** Tables that already existed and were left untouched. */
  existing: TableKey[];
}

/** Rows to append to one table, as part of {@link WorkbookPort.appendRowsTogether}. */
export type TableAppend = {
  [K in TableKey]: { readonly key: K; readonly rows: readonly TableRows[K][] };
}[TableKey];

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

  /**
   * Reads some columns of one table as typed rows, each holding only those columns: what a reader needs of a large
   * table before the rest of it (the pane's roster counts interactions by person, day and type — 4 of
   * Interactions' 11 columns). Only those columns' cells are transferred (Office.js: each column's
   * `getDataBodyRange()`, after the header row), coerced and checked as `readTables` checks them; a row blank in
   * all of them is skipped; the rows carry their layout (sheet and row numbers, as `readTables` gives them). Rules
   * across columns and cells of other columns are left to a whole read, which may still refuse the table.
   * @param key - the table.
   * @param columns - column keys of the table's schema (include the id columns to screen duplicate ids).
   * @returns the rows, in sheet order.
   * @throws ValidationError as `readTables` (a missing required column, asked for or not; an unreadable cell of
   *   those columns); KpiError `workbook.err.tableMissing`.
   */
  readColumns<K extends TableKey, C extends ColumnKey<K>>(
    key: K,
    columns: readonly C[],
  ): Promise<Pick<TableRows[K], C>[]>;

  /**
   * A change token per table: it changes whenever the table's rows or layout change (a write through the port, a
   * user's edit, the table created again), and the same token promises the same rows, so a reader that kept the
   * rows of a token reads only the tables whose token moved (the pane's team book after a write re-reads only the
   * table written). Optional: an adapter that cannot tell leaves it out, and readers compare the rows instead.
   * @param keys - tables present in the workbook.
   * @returns the token of each.
   * @throws KpiError `workbook.err.tableMissing` when a table does not exist.
   */
  tableVersions?<K extends TableKey>(keys: readonly K[]): Promise<{ [P in K]: string }>;

  /**
   * The rows appended to a table since its change token `since`, read as `readTables` reads them (with their row
   * numbers in the layout), when every change of the table since was an append through the port: the rows before
   * are then unchanged and the appended ids are unique in the table (the append checked them). Optional: an
   * adapter that cannot tell (Office.js, where a user may have edited any row) leaves it out, and readers read the
   * whole table. The pane's team book extends its rows with them after a save.
   * @param key - the table.
   * @param since - a token `tableVersions` gave for it.
   * @returns the rows appended since (empty when nothing changed), or null when anything else changed the table
   *   or the token is unknown: read the table then.
   * @throws KpiError `workbook.err.tableMissing`; ValidationError as `readTables`.
   */
  readAppended?<K extends TableKey>(key: K, since: string): Promise<TableRows[K][] | null>;

  /** Appends rows after validating all of them. */
  appendRows<K extends TableKey>(key: K, rows: readonly TableRows[K][]): Promise<void>;

  /**
   * Appends rows to several tables in one write: every table's rows are validated against its current header
   * first, and nothing is written when one is refused. For tables that cannot be undone (no identity: Surveys and
   * the Audit log refuse deletes), so that a survey import and its Audit line land together or not at all.
   * Office.js: one `Excel.run`, one read of every table and one write request (two when the rows exceed the
   * request budget).
   * @param writes - the rows of each table, in order (a table may appear once).
   * @throws ValidationError naming the table, row and column of a refused row; KpiError
   *   `workbook.err.tableMissing`. Nothing is written then.
   */
  appendRowsTogether(writes: readonly TableAppend[]): Promise<void>;

  /**
   * Replaces rows identified by the table's id column (e.g. GoalID) with the given rows, after validating.
   *
   * `base` is what the caller read: the same rows as they were when its screen showed them, matched by id. With
   * it, no edit made in the sheet since is lost — per row and column, a column the caller did not change keeps
   * the sheet's current value, a column it changed is written, and a column both changed to different values is
   * a conflict; a row since deleted in the sheet is a conflict too (never re-created). Any conflict refuses the
   * whole write (`ConflictError`, every row listed with the sheet's and the caller's values). Without `base`
   * (the CLI, set-up, a headless run writing what it just computed), rows overwrite as given. Every write from
   * the task pane and the ribbon passes `base`.
   * @param key - the table.
   * @param rows - the new versions of the rows.
   * @param base - the rows as read (optional; see above).
   * @throws KpiError `workbook.err.idNotFound` when an id without a base row is not found; ValidationError;
   *   ConflictError. Nothing is written then.
   */
  updateRows<K extends TableKey>(
    key: K,
    rows: readonly TableRows[K][],
    base?: readonly TableRows[K][],
  ): Promise<void>;

  /**
   * Deletes rows by id. Unknown ids → KpiError, nothing deleted. With `base` (the rows as read), a row the sheet
   * changed since is refused (`ConflictError`, nothing deleted) and a row already deleted is skipped.
   * @param key - the table.
   * @param ids - ids as `rowId` gives them.
   * @param base - the rows as read (optional).
   */
  deleteRows<K extends TableKey>(
    key: K,
    ids: readonly string[],
    base?: readonly TableRows[K][],
  ): Promise<void>;

  /**
   * Calls `listener` after the add-in's tables changed outside the port (a user typed, pasted, sorted, inserted
   * or deleted rows in Excel), debounced, so that an open screen can read again. Optional: the file adapter has
   * no one editing behind it. Writes through the port itself may or may not be reported (callers already know).
   * @param listener - called with no arguments, at most about every 300 ms.
   * @returns a function that stops the notifications.
   */
  subscribe?(listener: () => void): () => void;

  /**
   * Creates every listed table that is missing, with headers in `locale`, seeding `seed` rows into the tables it
   * creates. Existing tables and data are never touched.
   */
  ensureTables(keys: readonly TableKey[], locale: Locale, seed?: SeedRows): Promise<EnsureResult>;

  /** Writes a generated sheet, replacing the one of the same name only if the add-in made it. */
  writeSheet(plan: SheetPlan): Promise<void>;

  /**
   * Writes several generated sheets, each as `writeSheet` would: a sheet new to the workbook is added after the
   * others, in the order of `plans`; one replaced keeps its place (Office.js: the batch is swapped in at the end).
   * The first plan's sheet is left active (a report opens on its report sheet). Optional: an adapter that can do
   * it in fewer round trips (Office.js: one `Excel.run`, one look at the workbook, the sheets swapped in together)
   * provides it; callers fall back to `writeSheet` per plan.
   * @throws as `writeSheet`, before anything is written when the names are refused.
   */
  writeSheets?(plans: readonly SheetPlan[]): Promise<void>;

  /** Names of the sheets the add-in generated. */
  listGeneratedSheets(): Promise<string[]>;

  /**
   * Shows a sheet to the user: in Excel it becomes the active sheet (the pane's "Open" after a report is written).
   * Nothing is written. Optional: a file on disk has no one looking at it.
   * @param name - the sheet's name (any case).
   * @throws KpiError `workbook.err.sheetMissing` when the workbook has no sheet of that name (deleted since).
   */
  activateSheet?(name: string): Promise<void>;

  /**
   * Gives the sheet of every schema table a print set-up (`tablePrint` in src/model/sheetPlan.ts: A4, landscape
   * when wide, one page across, the header row on every page, the sheet's page numbers). Only page set-up:
   * no cell is written. Optional: the memory adapter has no pages.
   * @param footer - the page-number footer (`&P` / `&N`) in the workbook's language.
   */
  printTables?(footer: string): Promise<void>;
}
