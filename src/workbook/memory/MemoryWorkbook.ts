/**
 * The WorkbookPort in memory: the task pane's browser preview and the tests. It models a workbook as an ordered
 * list of sheets — schema tables (header and body cells, as a user may have renamed or reordered them), sheets
 * the add-in generated (marked as its own, like the `KPIDESK_GENERATED` name in Excel and files) and a user's own
 * sheets — so the data-safety rules are exercised here exactly as in Excel: writes validate first and apply in
 * one step, and a user's sheet is never overwritten or deleted. A schema table is held as the typed rows it was
 * seeded with or last read whole (frozen; see `TableSheet`), its cells laid out only for an edit or a look.
 */
import { KpiError } from "../../core/errors";
import type { Locale } from "../../i18n";
import {
  assertValidRows,
  checkSheetName,
  coerceValue,
  UNREADABLE,
  headersOf,
  idPositions,
  attachLayout,
  makeLayout,
  planAppend,
  planDelete,
  planUpdate,
  columnPositions,
  readColumnCells,
  readTable,
  rowToCells,
  resolveHeaders,
  rowId,
  rowIdReader,
  planValues,
  sheetNameOf,
  tableReader,
  tableSpec,
  uniqueSheetName,
  TABLE_KEYS,
  type AppendPlan,
  type CellValue,
  type ColumnKey,
  type HeaderMap,
  type TableKey,
  type TableRows,
} from "../../model";
import type { SheetPlan } from "../../model/sheetPlan";
import type { EnsureResult, SeedRows, TableAppend, WorkbookPort } from "../port";

/** A schema table on its own sheet, as `snapshot` shows it. */
export interface MemoryTableSheet {
  kind: "table";
  name: string;
  table: TableKey;
  header: CellValue[];
  body: CellValue[][];
}

/** A sheet the add-in generated: the plan it was written from and the values it shows. */
export interface MemoryGeneratedSheet {
  kind: "generated";
  name: string;
  plan: SheetPlan;
  values: CellValue[][];
}

/** A user's own sheet: never written by the add-in. */
export interface MemoryUserSheet {
  kind: "user";
  name: string;
  values: CellValue[][];
}

/** A typed row of any table, as a read gives it. */
type AnyRow = TableRows[TableKey];

/**
 * A schema table as the memory workbook holds it: its cells, or the typed rows its last whole read gave (then the
 * cells are laid out again only for an edit or a look at the sheet), or both.
 *
 * The rows are kept as read — frozen, the same array for every read of that version — so a second read of an
 * unchanged table coerces and validates nothing. The cells are dropped (`cells: null`) only when laying the rows
 * out again gives exactly those cells: no blank row, no user's own column, every cell the typed value itself (at
 * 2,000 people the sample's cells were 431,000 arrays, ≈ 34 MB, beside the same rows typed in the pane's book).
 */
interface TableSheet {
  kind: "table";
  name: string;
  table: TableKey;
  header: CellValue[];
  /** Data rows as cells; null while `rows` alone hold the table. */
  cells: CellValue[][] | null;
  /** The rows the last whole read gave for the table's current version (null after any other change). */
  rows: readonly AnyRow[] | null;
}

/** A sheet as `activateSheet` shows it: its name and cells (a table's header row first). */
export interface ShownSheet {
  name: string;
  values: CellValue[][];
}

/** One sheet of the memory workbook, as `snapshot` shows it. */
export type MemorySheet = MemoryTableSheet | MemoryGeneratedSheet | MemoryUserSheet;

/** One sheet as the workbook holds it. */
type HeldSheet = TableSheet | MemoryGeneratedSheet | MemoryUserSheet;

/** Where a memory table sits: A1 of its own sheet, as Set up workbook creates it. */
const placeOf = (sheet: TableSheet) => ({ sheet: sheet.name, headerRow: 1 });

/** The cells `rowToCells` lays a typed row out as, when it is only laying out (no cells to keep). */
function laidOut(value: unknown): CellValue {
  return value === undefined || value === "" ? null : (value as CellValue);
}

/**
 * @param map - the table's header map (no user's own column).
 * @param row - a typed row as read from `cells`.
 * @param cells - the cells it was read from.
 * @returns true when laying `row` out again gives exactly `cells`.
 */
function laysOutAs(map: HeaderMap, row: AnyRow, cells: readonly CellValue[]): boolean {
  const fields = row as unknown as Record<string, unknown>;
  const { positions } = map;
  if (cells.length !== positions.length) return false;
  for (let i = 0; i < positions.length; i++) {
    if (laidOut(fields[positions[i] as string]) !== cells[i]) return false;
  }
  return true;
}

/**
 * The rows a read would give after `rows` were written (validated already: a read's checks are a subset of a
 * write's), without laying out and reading their cells — or null when the cells a read would see could not be laid
 * out again from those rows exactly (a value a read trims or converts, a blank row): then the table keeps cells.
 * @param key - the table (the sheet's header holds every column: a new table's).
 * @param rows - the rows written.
 * @returns new rows, one per row written, or null.
 */
function readAsWritten<K extends TableKey>(key: K, rows: readonly TableRows[K][]): TableRows[K][] | null {
  const { columns } = tableSpec(key);
  const read: TableRows[K][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const fields = rows[i] as unknown as Record<string, unknown>;
    const row: Record<string, unknown> = {};
    let blank = true;
    for (const column of columns) {
      const cell = laidOut(fields[column.key]);
      const value = coerceValue(column, cell);
      if (value === UNREADABLE || value !== cell) return null;
      if (value === null && column.omittable) continue;
      row[column.key] = value;
      if (value !== null) blank = false;
    }
    if (blank) return null;
    read[i] = row as unknown as TableRows[K];
  }
  return read;
}

/**
 * Keeps typed rows as a read gives them: frozen (a reader that changed a row would change the workbook; the first
 * `frozen` are already), with their layout (body rows from `first`).
 */
function keepRows<K extends TableKey>(
  key: K,
  sheet: TableSheet,
  map: HeaderMap,
  rows: TableRows[K][],
  first = 0,
  frozen = 0,
): readonly TableRows[K][] {
  for (let i = frozen; i < rows.length; i++) Object.freeze(rows[i]);
  const layout = makeLayout(
    key,
    placeOf(sheet),
    Array.from(rows, (_, i) => first + i),
    map,
    sheet.header,
  );
  return attachLayout(Object.freeze(rows), layout);
}

/** Options of `MemoryWorkbook`. */
export interface MemoryWorkbookOptions {
  /** Creates every schema table with headers in `locale` (default zh-CN) and these rows. */
  seed?: SeedRows;
  locale?: Locale;
  /**
   * The seed is the sample generator's, untouched (`generateSample`): its rows are not validated again — every
   * table at every size and day the preview offers is proven valid by test/model/sample.test.ts. The preview's
   * `?sample` only; a seed from anywhere else is validated as any write.
   */
  seedIsSample?: boolean;
  /** How long user edits are gathered before subscribers hear of them (ms; default 300, as in Excel). */
  changeDelayMs?: number;
}

/** The default wait before change listeners are called: a paste or a sort arrives as one notification. */
export const CHANGE_DEBOUNCE_MS = 300;

const clone = <T>(value: T): T => structuredClone(value);

/** Numbers the memory workbooks, so that change tokens of two workbooks never coincide. */
let workbooks = 0;

/** Up to this many rows, an append scans the table's rows for their ids instead of collecting every id. */
const FEW_ROWS = 16;

/** How many versions of a table `readAppended` can read from (the latest appends; older tokens read again). */
const APPEND_LOG_SIZE = 64;

/** A lazy table's columns, fetched one by one (`addLazyTable`). */
export interface LazyColumns {
  /** The table's header row. */
  header: CellValue[];
  /** Fetches the data cells (below the header) of the column at a header position. */
  load(position: number): Promise<CellValue[]>;
}

/** The in-memory adapter. */
export class MemoryWorkbook implements WorkbookPort {
  private sheets: HeldSheet[] = [];
  private readonly listeners = new Set<() => void>();
  /** Listeners of `activateSheet`, and the sheet it last activated. */
  private readonly activation = new Set<(sheet: ShownSheet) => void>();
  private active: string | null = null;
  private readonly changeDelayMs: number;
  private pending: ReturnType<typeof setTimeout> | null = null;
  /** This workbook's number in the change tokens. */
  private readonly instance = ++workbooks;
  /** The change counter: bumped by every change of any table. */
  private clock = 0;
  /** Per table, the counter at its last change (`tableVersions`). */
  private readonly versions = new Map<TableKey, number>();
  /** Per table, the ids its rows hold at a version: the next append checks only the rows it adds against them. */
  private readonly idCache = new Map<TableKey, { version: number; ids: Set<string> }>();
  /**
   * Per table, the body length at each version since its last change that was not an append: `readAppended` reads
   * the rows after it.
   */
  private readonly appendLog = new Map<TableKey, Map<number, number>>();
  /**
   * Tables whose cells arrive on their first use (`addLazyTable`): how to fetch them, and the fetch once started
   * (dropped when it fails, so the next use tries again).
   */
  private readonly unread = new Map<
    TableKey,
    { load: () => Promise<CellValue[][]>; started: Promise<void> | null; columns?: LazyColumns }
  >();

  /**
   * @param options - optional seed rows: every schema table is then created and seeded.
   * @throws ValidationError when a seed row is invalid.
   * @example new MemoryWorkbook({ seed: generateSample({ locale: "en-US" }), locale: "en-US" })
   */
  constructor(options: MemoryWorkbookOptions = {}) {
    this.changeDelayMs = options.changeDelayMs ?? CHANGE_DEBOUNCE_MS;
    if (options.seed) this.create(TABLE_KEYS, options.locale ?? "zh-CN", options.seed, options.seedIsSample);
  }

  /** @returns the schema tables present, in workbook order. */
  async listTables(): Promise<TableKey[]> {
    return this.sheets.flatMap((s) => (s.kind === "table" ? [s.table] : []));
  }

  /**
   * @param keys - tables to read.
   * @returns typed rows per table.
   * @throws KpiError `workbook.err.tableMissing`; ValidationError for a missing column or an unreadable cell.
   */
  async readTables<K extends TableKey>(keys: readonly K[]): Promise<{ [P in K]: TableRows[P][] }> {
    await this.ready(keys);
    const result = {} as { [P in K]: TableRows[P][] };
    for (const key of keys) result[key] = this.rowsOf(key, this.table(key)) as TableRows[K][];
    return result;
  }

  /**
   * @param key - a table.
   * @param columns - column keys of its schema.
   * @returns its rows with only those columns (see `WorkbookPort.readColumns`), typed from its cells.
   * @throws KpiError `workbook.err.tableMissing`; ValidationError as `readTables` for those columns.
   */
  async readColumns<K extends TableKey, C extends ColumnKey<K>>(
    key: K,
    columns: readonly C[],
  ): Promise<Pick<TableRows[K], C>[]> {
    const lazy = this.unread.get(key)?.columns;
    if (lazy) {
      // Not loaded, and its columns come one by one: only these are fetched (the whole table is, on a whole read).
      const sheet = this.sheetOf(key);
      const positions = columnPositions(key, lazy.header, columns);
      const bodies = await Promise.all(positions.map((p) => lazy.load(p)));
      return readColumnCells(
        key,
        lazy.header,
        placeOf(sheet),
        columns,
        positions.map((position, j) => ({ position, cells: bodies[j] })),
      );
    }
    await this.ready([key]);
    const sheet = this.table(key);
    return readTable(key, sheet.header, this.cellsFor(sheet).body, placeOf(sheet), columns);
  }

  /**
   * @param keys - tables present.
   * @returns per table, a token that changes with every change of its rows or layout.
   * @throws KpiError `workbook.err.tableMissing`.
   */
  async tableVersions<K extends TableKey>(keys: readonly K[]): Promise<{ [P in K]: string }> {
    const result = {} as { [P in K]: string };
    for (const key of keys) {
      this.sheetOf(key);
      result[key] = `memory${this.instance}:${this.versions.get(key) ?? 0}`;
    }
    return result;
  }

  /**
   * The rows appended to a table since the change token `since`, read as `readTables` reads them (with their row
   * numbers), when every change of the table since was an append through the port — so their ids are unique in
   * the table (the append checked them) and the rows before are unchanged. Beyond the port: the pane's team book
   * extends its rows with them instead of reading the whole table again.
   * @param key - the table.
   * @param since - a token `tableVersions` gave for it.
   * @returns the rows appended since (empty when the token is current), or null when anything else changed the
   *   table since, or the token is too old or of another workbook: read the table then.
   * @throws KpiError `workbook.err.tableMissing`; ValidationError as `readTables`.
   */
  async readAppended<K extends TableKey>(key: K, since: string): Promise<TableRows[K][] | null> {
    await this.ready([key]);
    const sheet = this.table(key);
    const prefix = `memory${this.instance}:`;
    if (!since.startsWith(prefix)) return null;
    const version = Number(since.slice(prefix.length));
    if (version === (this.versions.get(key) ?? 0)) return [];
    const start = this.appendLog.get(key)?.get(version);
    if (start === undefined) return null;
    if (sheet.cells === null) {
      const map = resolveHeaders(key, sheet.header);
      return keepRows(key, sheet, map, sheet.rows!.slice(start) as TableRows[K][], start) as TableRows[K][];
    }
    const reader = tableReader(key, sheet.header, placeOf(sheet));
    for (let i = start; i < sheet.cells.length; i++) reader.row(i, sheet.cells[i]);
    return reader.finish();
  }

  /** Appends rows after validating all of them (ids unique). */
  async appendRows<K extends TableKey>(key: K, rows: readonly TableRows[K][]): Promise<void> {
    await this.ready([key]);
    const sheet = this.table(key);
    const plan = planAppend(key, this.appendTarget(sheet), rows, this.idsAgainst(key, sheet, rows));
    if (rows.length === 0) return;
    this.applyAppend(key, sheet, plan);
  }

  /** Appends to several tables: every table's rows are planned (validated) before any is written. */
  async appendRowsTogether(writes: readonly TableAppend[]): Promise<void> {
    await this.ready(writes.map((w) => w.key));
    const planned = writes.map(({ key, rows }) => {
      const sheet = this.table(key);
      const plan = planAppend(
        key,
        this.appendTarget(sheet),
        rows as never[],
        this.idsAgainst(key, sheet, rows as readonly AnyRow[]),
      );
      return { key, sheet, rows, plan };
    });
    for (const { key, sheet, rows, plan } of planned) {
      if (rows.length > 0) this.applyAppend(key, sheet, plan);
    }
  }

  /** Replaces rows by id (merged with the sheet's edits since `base` was read); unknown id → nothing written. */
  async updateRows<K extends TableKey>(
    key: K,
    rows: readonly TableRows[K][],
    base?: readonly TableRows[K][],
  ): Promise<void> {
    await this.ready([key]);
    const sheet = this.table(key);
    const body = this.cellsOf(sheet);
    const changes = planUpdate(key, { header: sheet.header, body }, rows, base);
    if (changes.size === 0) return;
    this.setCells(
      sheet,
      body.map((cells, i) => changes.get(i) ?? cells),
    );
    this.touch(key);
  }

  /** Deletes rows by id (refused for rows changed since `base` was read); unknown id → nothing deleted. */
  async deleteRows<K extends TableKey>(
    key: K,
    ids: readonly string[],
    base?: readonly TableRows[K][],
  ): Promise<void> {
    await this.ready([key]);
    const sheet = this.table(key);
    const body = this.cellsOf(sheet);
    const doomed = new Set(planDelete(key, { header: sheet.header, body }, ids, base));
    if (doomed.size === 0) return;
    this.setCells(
      sheet,
      body.filter((_, i) => !doomed.has(i)),
    );
    this.touch(key);
  }

  /** Creates the missing tables on new sheets (a taken sheet name gets a suffix) and seeds only those. */
  async ensureTables(keys: readonly TableKey[], locale: Locale, seed: SeedRows = {}): Promise<EnsureResult> {
    await this.ready();
    return this.create(keys, locale, seed);
  }

  /**
   * Writes generated sheets one after the other, as {@link MemoryWorkbook.writeSheet} does, after checking
   * every name (a refusal writes nothing).
   * @param plans - the sheets, in order.
   * @throws KpiError `workbook.err.sheetNotOurs` or `workbook.err.badSheetName`.
   */
  async writeSheets(plans: readonly SheetPlan[]): Promise<void> {
    // Every name is checked first, so a refusal leaves all sheets as they were.
    for (const plan of plans) {
      checkSheetName(plan.name);
      const existing = this.sheets.find((s) => s.name.toLowerCase() === plan.name.toLowerCase());
      if (existing && existing.kind !== "generated")
        throw new KpiError("value", "workbook.err.sheetNotOurs", { sheet: existing.name });
    }
    for (const plan of plans) await this.writeSheet(plan);
  }

  /**
   * Writes a generated sheet, replacing the previous one of that name only if the add-in made it.
   * @throws KpiError `workbook.err.sheetNotOurs` or `workbook.err.badSheetName`.
   */
  async writeSheet(plan: SheetPlan): Promise<void> {
    checkSheetName(plan.name);
    const index = this.sheets.findIndex((s) => s.name.toLowerCase() === plan.name.toLowerCase());
    const sheet: MemoryGeneratedSheet = {
      kind: "generated",
      name: plan.name,
      plan: clone(plan),
      values: planValues(plan),
    };
    if (index < 0) {
      this.sheets.push(sheet);
      return;
    }
    if (this.sheets[index].kind !== "generated") {
      throw new KpiError("value", "workbook.err.sheetNotOurs", { sheet: this.sheets[index].name });
    }
    this.sheets[index] = sheet;
  }

  /** @returns names of the generated sheets, in workbook order. */
  async listGeneratedSheets(): Promise<string[]> {
    return this.sheets.filter((s) => s.kind === "generated").map((s) => s.name);
  }

  /**
   * Makes a sheet the active one, as Excel would show it, and tells `onActivate` listeners (the preview page
   * shows it).
   * @param name - the sheet's name (any case).
   * @throws KpiError `workbook.err.sheetMissing`.
   */
  async activateSheet(name: string): Promise<void> {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new KpiError("na", "workbook.err.sheetMissing", { sheet: name });
    if (sheet.kind === "table") await this.ready([sheet.table]);
    this.active = sheet.name;
    const shown = { name: sheet.name, values: clone(this.valuesOf(sheet)) };
    for (const listener of this.activation) listener(shown);
  }

  /**
   * Calls `listener` after a user's edit (`editCell`, `deleteRow`), debounced: edits within the delay arrive as one
   * notification, as the Office adapter gathers Excel's change events. The port's own writes are not reported (the
   * pane refreshes after its writes anyway).
   * @param listener - called with no arguments.
   * @returns a function that stops the notifications.
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ---- beyond the port: a user's edits, fixtures and inspection for tests and the preview ----

  /**
   * Calls `listener` with the sheet `activateSheet` shows, each time (the preview page's sheet view).
   * @param listener - receives the sheet's name and cells.
   * @returns a function that stops the notifications.
   */
  onActivate(listener: (sheet: ShownSheet) => void): () => void {
    this.activation.add(listener);
    return () => {
      this.activation.delete(listener);
    };
  }

  /** @returns the name of the sheet `activateSheet` last showed, or null. */
  activeSheet(): string | null {
    return this.active;
  }

  /**
   * Changes one cell of a schema table as a user typing into Excel would: the value goes into the cell as given
   * (text stays text until the next read coerces it), nothing is validated, and change listeners are told.
   * @param table - the table's key (e.g. `Tasks`).
   * @param id - the row's id as `rowId` gives it (e.g. `T000001`).
   * @param column - the column key (e.g. `Title`).
   * @param value - the new cell value (`null` or "" clears it).
   * @throws Error naming the table, the row or the column when there is no such thing.
   */
  editCell(table: TableKey, id: string, column: string, value: CellValue): void {
    const { sheet, index } = this.userRow(table, id);
    const position = resolveHeaders(table, sheet.header).index[column];
    if (position === undefined) throw new Error(`table ${table} has no column ${column}`);
    const body = this.cellsOf(sheet);
    const cells = [...body[index]];
    cells[position] = value === "" ? null : value;
    this.setCells(
      sheet,
      body.map((row, i) => (i === index ? cells : row)),
    );
    this.touch(table);
    this.changed();
  }

  /**
   * Deletes a row of a schema table as a user deleting the table row in Excel would, and tells change listeners.
   * @param table - the table's key.
   * @param id - the row's id.
   * @throws Error when there is no such table or row.
   */
  deleteRow(table: TableKey, id: string): void {
    const { sheet, index } = this.userRow(table, id);
    const body = this.cellsOf(sheet).filter((_, i) => i !== index);
    // A table keeps one (blank) data row, as in Excel.
    this.setCells(sheet, body.length > 0 ? body : [sheet.header.map(() => null)]);
    this.touch(table);
    this.changed();
  }

  /**
   * @param table - the table's key.
   * @param id - the row's id.
   * @returns the row as the port would read it now, or `null` when no row has that id.
   * @throws KpiError / ValidationError as `readTables` does.
   */
  readRow<K extends TableKey>(table: K, id: string): TableRows[K] | null {
    const sheet = this.table(table);
    const rows = sheet.rows ?? readTable(table, sheet.header, sheet.cells ?? []);
    const row = rows.find((r) => rowId(table, r as TableRows[K]) === id);
    return row ? (clone(row) as TableRows[K]) : null;
  }

  /**
   * Adds a user's own sheet (something the add-in must never touch).
   * @param name - sheet name (must be free).
   * @param values - its cells.
   */
  addUserSheet(name: string, values: CellValue[][]): void {
    this.assertFree(name);
    this.sheets.push({ kind: "user", name, values: clone(values) });
  }

  /**
   * Adds a schema table as a user might have made it: any headers (renamed, reordered, either language, extra
   * columns) and raw cells.
   * @param key - the table name.
   * @param sheetName - its sheet.
   * @param header - header cells.
   * @param body - data cells.
   * @param options - `copy: false` takes `header` and `body` over instead of copying them (a caller that made
   *   them for this workbook alone: a book file's 400,000 rows).
   */
  addRawTable(
    key: TableKey,
    sheetName: string,
    header: CellValue[],
    body: CellValue[][],
    options: { copy?: boolean } = {},
  ): void {
    const own = options.copy === false ? <T>(value: T) => value : clone;
    this.assertFree(sheetName);
    if (this.sheets.some((s) => s.kind === "table" && s.table === key))
      throw new Error(`table ${key} exists`);
    this.sheets.push({
      kind: "table",
      name: sheetName,
      table: key,
      header: own(header),
      cells: own(body),
      rows: null,
    });
    this.touch(key);
  }

  /**
   * Adds a schema table whose cells arrive on its first use, as a table's values come from Excel only when read: a
   * read, write or look at the table first awaits `load` (once; again after a failure). Its change token is set
   * now: the cells it loads are this version's. Until loaded, the synchronous test seams (`editCell`, `readRow`,
   * `snapshot`, …) refuse it.
   * @param key - the table name.
   * @param sheetName - its sheet.
   * @param load - fetches its cells from A1: the header row, then the data rows (taken over, not copied).
   * @param columns - optional: its header row, and how to fetch one column's data cells — `readColumns` then
   *   fetches only the columns it reads (until a whole read loads the table).
   */
  addLazyTable(
    key: TableKey,
    sheetName: string,
    load: () => Promise<CellValue[][]>,
    columns?: LazyColumns,
  ): void {
    this.addRawTable(key, sheetName, [], [], { copy: false });
    this.unread.set(key, { load, started: null, columns });
  }

  /**
   * @param name - a sheet name (any case).
   * @returns the sheet's values (a table sheet: header then body), or `undefined` when there is no such sheet.
   */
  sheetValues(name: string): CellValue[][] | undefined {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) return undefined;
    return clone(this.valuesOf(sheet));
  }

  /** @returns every sheet as it is now (a deep copy: tests compare snapshots before and after a refused write). */
  snapshot(): MemorySheet[] {
    return this.sheets.map((sheet): MemorySheet => {
      if (sheet.kind !== "table") return clone(sheet);
      const { kind, name, table, header } = sheet;
      return clone({ kind, name, table, header, body: this.cellsFor(sheet).body as CellValue[][] });
    });
  }

  private create(keys: readonly TableKey[], locale: Locale, seed: SeedRows, checked = false): EnsureResult {
    const wanted = [...new Set(keys)];
    const present = new Set(this.sheets.flatMap((s) => (s.kind === "table" ? [s.table] : [])));
    const existing = wanted.filter((k) => present.has(k));
    const created = wanted.filter((k) => !present.has(k));
    // Validate every seed before creating anything.
    if (!checked)
      for (const key of created) assertValidRows(key, (seed[key] ?? []) as TableRows[typeof key][]);
    const taken = new Set(this.sheets.map((s) => s.name.toLowerCase()));
    for (const key of created) {
      const header: CellValue[] = headersOf(key, locale);
      const map = resolveHeaders(key, header);
      const seedRows = (seed[key] ?? []) as TableRows[typeof key][];
      const sheet: TableSheet = {
        kind: "table",
        name: uniqueSheetName(sheetNameOf(key, locale), taken),
        table: key,
        header,
        cells: null,
        rows: null,
      };
      // The seed as a read of its cells would give it, when the cells would be laid out from those rows again
      // exactly (the sample team: 400,000 rows at 2,000 people, no cell of them ever made or read).
      const held = seedRows.length > 0 ? readAsWritten(key, seedRows) : null;
      if (held) sheet.rows = keepRows(key, sheet, map, held);
      else {
        const rows = seedRows.map((row) => rowToCells(map, row));
        // A new Excel table always has at least one (blank) data row; the memory model mirrors that.
        sheet.cells = rows.length > 0 ? rows : [header.map(() => null)];
      }
      this.sheets.push(sheet);
      this.touch(key);
    }
    return { created, existing };
  }

  /** The first body row with `id`, for a user's edit. */
  private userRow(key: TableKey, id: string): { sheet: TableSheet; index: number } {
    const sheet = this.table(key);
    const at = idPositions(key, resolveHeaders(key, sheet.header), this.cellsFor(sheet).body).get(id);
    if (!at) throw new Error(`table ${key} has no row ${id}`);
    return { sheet, index: at[0] };
  }

  /**
   * A table's rows as a read gives them: those kept for its version, or its cells read (coerced and validated) and
   * kept — and the cells dropped when laying the rows out again gives them back exactly.
   */
  private rowsOf<K extends TableKey>(key: K, sheet: TableSheet): readonly TableRows[K][] {
    // The ids an append is checked against are not collected here: only for a table appended to, on its first
    // append (`idsOf`, from these rows) — at 2,000 people the ids of every table were sets of 400,000 ids kept for
    // the one or two tables a session appends to, and took ~15% of the first read.
    if (sheet.rows) return sheet.rows as readonly TableRows[K][];
    const cells = sheet.cells as CellValue[][];
    const read = readTable(key, sheet.header, cells, placeOf(sheet));
    const map = resolveHeaders(key, sheet.header);
    for (const row of read) Object.freeze(row);
    const rows = Object.freeze(read); // the same array: its layout stays attached
    sheet.rows = rows;
    if (this.reproducible(map, rows, cells)) sheet.cells = null;
    return rows;
  }

  /** True when `rows` (read from `cells`) lay out as exactly `cells`: one row per cell row, no user's column. */
  private reproducible(map: HeaderMap, rows: readonly AnyRow[], cells: readonly CellValue[][]): boolean {
    if (rows.length !== cells.length || map.positions.includes(null)) return false;
    for (let i = 0; i < rows.length; i++) if (!laysOutAs(map, rows[i], cells[i])) return false;
    return true;
  }

  /** A table's cells, laid out from its kept rows when it holds none (not kept: for a look, not an edit). */
  private cellsFor(sheet: TableSheet): { header: CellValue[]; body: readonly (readonly CellValue[])[] } {
    if (this.unread.has(sheet.table))
      throw new Error(`table ${sheet.table} is not loaded yet: read it first`);
    if (sheet.cells) return { header: sheet.header, body: sheet.cells };
    const map = resolveHeaders(sheet.table, sheet.header);
    return {
      header: sheet.header,
      body: (sheet.rows as readonly AnyRow[]).map((row) => rowToCells(map, row)),
    };
  }

  /**
   * What `planAppend` plans against: the cells, or for a table held as rows none — such a table has no blank row
   * to fill, and the ids an append is checked against are given (`idsOf`), so no cell is laid out for an append.
   */
  private appendTarget(sheet: TableSheet): { header: CellValue[]; body: readonly CellValue[][] } {
    return { header: sheet.header, body: sheet.cells ?? [] };
  }

  /** A table's cells to change: laid out and kept when it held rows only. */
  private cellsOf(sheet: TableSheet): CellValue[][] {
    if (!sheet.cells) sheet.cells = this.cellsFor(sheet).body as CellValue[][];
    return sheet.cells;
  }

  /** Replaces a table's cells (its kept rows no longer hold). */
  private setCells(sheet: TableSheet, cells: CellValue[][]): void {
    sheet.cells = cells;
    sheet.rows = null;
  }

  /** The cells a sheet shows, as a grid from A1. */
  private valuesOf(sheet: HeldSheet): CellValue[][] {
    if (sheet.kind !== "table") return sheet.values;
    return [sheet.header, ...(this.cellsFor(sheet).body as CellValue[][])];
  }

  /** Moves a table's change token (`tableVersions`); its kept ids and append log no longer hold. */
  private touch(key: TableKey): void {
    this.versions.set(key, ++this.clock);
    this.idCache.delete(key);
    this.appendLog.delete(key);
  }

  /**
   * The ids an append of `rows` is checked against: the table's kept ids when it has them; for a few rows appended
   * to a table held as rows, only those of their ids the table holds already, found in one scan of its rows (no
   * set of every id is made: at 2,000 people the first save made one of 168,000 interactions); else every id
   * (`idsOf`, then kept up to date by appends).
   */
  private idsAgainst(key: TableKey, sheet: TableSheet, rows: readonly AnyRow[]): ReadonlySet<string> {
    const kept = this.idCache.get(key);
    if (kept && kept.version === (this.versions.get(key) ?? 0)) return kept.ids;
    if (sheet.cells !== null || rows.length > FEW_ROWS || !tableSpec(key).id) return this.idsOf(key, sheet);
    const wanted = new Set<string>();
    for (const row of rows) wanted.add(rowId(key, row) as string);
    const taken = new Set<string>();
    for (const row of sheet.rows as readonly AnyRow[]) {
      const id = rowId(key, row) as string;
      if (wanted.has(id)) taken.add(id);
    }
    return taken;
  }

  /** The ids a table's rows hold now: read once per version, then kept up to date by appends. */
  private idsOf(key: TableKey, sheet: TableSheet): Set<string> {
    const version = this.versions.get(key) ?? 0;
    const kept = this.idCache.get(key);
    if (kept && kept.version === version) return kept.ids;
    const ids = new Set<string>();
    if (!sheet.cells) {
      if (tableSpec(key).id)
        for (const row of sheet.rows as readonly AnyRow[]) ids.add(rowId(key, row) as string);
    } else {
      for (const id of idPositions(key, resolveHeaders(key, sheet.header), sheet.cells).keys()) ids.add(id);
    }
    this.idCache.set(key, { version, ids });
    return ids;
  }

  /**
   * Writes a planned append: the rows added at the end of the body (no copy of the rows before), the kept ids and
   * the append log carried to the new version.
   */
  private applyAppend(key: TableKey, sheet: TableSheet, plan: AppendPlan): void {
    const before = this.versions.get(key) ?? 0;
    const kept = this.idCache.get(key);
    const ids = kept && kept.version === before ? kept.ids : null;
    const length = sheet.cells ? sheet.cells.length : (sheet.rows as readonly AnyRow[]).length;
    // A fresh table's blank row is filled: the rows before change, so no earlier token reads from the log.
    const log = plan.fillBlank
      ? new Map<number, number>()
      : (this.appendLog.get(key) ?? new Map([[before, length]]));
    if (sheet.cells) {
      if (plan.fillBlank) sheet.cells = [...plan.rows];
      else for (const cells of plan.rows) sheet.cells.push(cells);
      sheet.rows = null;
    } else {
      // Held as rows: the new rows are read as a read would give them (only these are coerced), and kept after
      // the others — unless their cells cannot be laid out again from them.
      const old = sheet.rows as readonly AnyRow[];
      const reader = tableReader(key, sheet.header, placeOf(sheet));
      plan.rows.forEach((cells, i) => reader.row(old.length + i, cells));
      const added = reader.finish();
      if (this.reproducible(plan.map, added, plan.rows)) {
        sheet.rows = keepRows(key, sheet, plan.map, [...old, ...added], 0, old.length);
      } else {
        this.setCells(sheet, [...(this.cellsFor(sheet).body as CellValue[][]), ...plan.rows]);
      }
    }
    this.touch(key);
    const after = this.versions.get(key) as number;
    log.set(after, length + plan.rows.length - (plan.fillBlank ? 1 : 0));
    if (log.size > APPEND_LOG_SIZE) log.delete(log.keys().next().value as number);
    this.appendLog.set(key, log);
    if (ids) {
      const idOf = rowIdReader(key, plan.map);
      for (const cells of plan.rows) {
        const id = idOf(cells);
        if (id !== null) ids.add(id);
      }
      this.idCache.set(key, { version: after, ids });
    }
  }

  /** Tells the listeners once the edits of the next `changeDelayMs` are in. */
  private changed(): void {
    if (this.listeners.size === 0) return;
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = null;
      for (const listener of [...this.listeners]) listener();
    }, this.changeDelayMs);
  }

  /** A table whose cells are in (see `unread`). */
  private table(key: TableKey): TableSheet {
    const sheet = this.sheetOf(key);
    if (this.unread.has(key)) throw new Error(`table ${key} is not loaded yet: read it first`);
    return sheet;
  }

  /** A table, its cells in or not. */
  private sheetOf(key: TableKey): TableSheet {
    const sheet = this.sheets.find((s): s is TableSheet => s.kind === "table" && s.table === key);
    if (!sheet) throw new KpiError("na", "workbook.err.tableMissing", { table: key });
    return sheet;
  }

  /**
   * Loads the cells of the tables among `keys` (every table without keys) that `addLazyTable` added and no use
   * loaded yet, side by side.
   */
  private async ready(keys?: readonly TableKey[]): Promise<void> {
    if (this.unread.size === 0) return;
    const wanted = (keys ?? [...this.unread.keys()]).filter((key) => this.unread.has(key));
    await Promise.all(
      [...new Set(wanted)].map((key) => {
        const entry = this.unread.get(key)!;
        entry.started ??= entry.load().then(
          (values) => this.fill(key, values),
          (error: unknown) => {
            entry.started = null;
            throw error;
          },
        );
        return entry.started;
      }),
    );
  }

  /** Puts a lazy table's loaded cells in (a new Excel table always has at least one, blank, data row). */
  private fill(key: TableKey, values: CellValue[][]): void {
    if (!this.unread.has(key)) return;
    const sheet = this.sheetOf(key);
    if (values.length === 0 || !values.every(Array.isArray))
      throw new Error(`table ${key} (sheet ${sheet.name}): its cells need a header row`);
    const [header, ...body] = values;
    sheet.header = header;
    sheet.cells = body.length > 0 ? body : [header.map(() => null)];
    this.unread.delete(key);
  }

  private assertFree(name: string): void {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`sheet ${name} exists`);
  }
}
