/**
 * The WorkbookPort on Excel, through Office.js. Every operation is one `Excel.run` with a small, fixed number of
 * `context.sync()` calls that does not grow with the number of rows: one to read what the operation needs, one to
 * write (split only to keep each request under Excel on the web's 5 MB limit). Everything is validated before
 * the first write, so a refused write leaves the workbook as it was.
 *
 * Sync cost per operation (measured in test/workbook/office/OfficeWorkbook.test.ts):
 * listTables 1 · readTables 1 · readColumns 2 · appendRows / updateRows / deleteRows 2 · ensureTables 2 · writeSheet and
 * writeSheets 2 (new sheets) or 3 (replacing the add-in's own), plus one per further 4.5 MB of cells (a
 * replacement that needs several requests checks ownership within the first and costs no more than a new one) ·
 * listGeneratedSheets 2.
 */
import { KpiError } from "../../core/errors";
import type { Locale } from "../../i18n";
import {
  assertValidRows,
  coerceCell,
  headersOf,
  isBlankRow,
  isTableKey,
  readTable,
  resolveDelete,
  resolveHeaders,
  resolveUpdate,
  rowId,
  rowToCells,
  sheetNameOf,
  columnPositions,
  readColumnCells,
  tableSpec,
  unwritableIssues,
  validateRows,
  validationErrorOf,
  TABLE_KEYS,
  type CellValue,
  type ColumnKey,
  type HeaderMap,
  type RawCell,
  type TableKey,
  type TableRows,
  type TypedValue,
} from "../../model";
import type { TablePlace } from "../../model/layout";
import { tablePrint, type SheetPlan } from "../../model/sheetPlan";
import type { EnsureResult, SeedRows, TableAppend, WorkbookPort } from "../port";
import { columnFormatCode, TEXT_FORMAT } from "../formats";
import { GENERATED_SHEET_MARKER, GENERATED_SHEET_PROTECTION } from "../marker";
import { batchBySize, DEFAULT_MAX_REQUEST_BYTES, payloadBytes } from "./payload";
import { placeOf, splitAddress } from "./place";
import type { SheetWrite } from "./renderSheet";

/** The sheet renderer (generated sheets and print set-up): fetched on first use, not with the pane's first screen. */
const renderSheet = () => import(/* webpackChunkName: "render-sheet" */ "./renderSheet");

/** `Excel.run`'s shape, so tests can hand in a fake Excel. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Options of `OfficeWorkbook`; all optional inside Excel. */
export interface OfficeWorkbookOptions {
  /** Runs a batch; defaults to `Excel.run`. */
  run?: ExcelRun;
  /** Payload budget per `context.sync()`; defaults to 4 MB (Excel on the web refuses more than 5 MB). */
  maxRequestBytes?: number;
  /** Whether the host supports an API set; defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** How long change events are gathered before `subscribe` listeners hear of them (ms; default 300). */
  changeDelayMs?: number;
}

/** Change events within this many ms (a paste, a sort, a fill-down) reach listeners as one. */
const CHANGE_DEBOUNCE_MS = 300;

/** An event registration as Office.js returns it. */
type Registration = OfficeExtension.EventHandlerResult<unknown>;

/** A table as read in one round trip. */
interface TableSnapshot {
  header: RawCell[];
  body: RawCell[][];
  /** Sheet, header row and merged body areas; only when asked for (`readTables`). */
  place?: TablePlace;
}

/** One piece of a write, queued into whichever sync its size lands in. */
interface WriteUnit {
  bytes: number;
  queue(context: Excel.RequestContext): void;
}

/** The one table style every schema table gets. */
const TABLE_STYLE = "TableStyleMedium2";

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

/**
 * Queues a write of cells so that every string stays text: the string cells get the text format first, then the
 * values go in. `null` leaves a cell unchanged (Office.js semantics), which keeps a user's own columns intact.
 */
function queueGuardedValues(range: Excel.Range, cells: readonly (readonly CellValue[])[]): void {
  const formats = cells.map((row) =>
    row.map((v) => (typeof v === "string" && v !== "" ? TEXT_FORMAT : null)),
  );
  if (formats.some((row) => row.some((f) => f !== null))) range.numberFormat = formats;
  range.values = cells as CellValue[][];
}

function guardedBytes(cells: readonly (readonly CellValue[])[]): number {
  // The values, plus the parallel numberFormat array (`"@"` or null per cell).
  return payloadBytes(cells) + payloadBytes(null) + cells.length * (cells[0]?.length ?? 0) * 12;
}

/**
 * The id of a row as read from the sheet, computed like `rowId` on the typed row; `null` when an id cell is
 * unreadable or the row is blank.
 */
function rawRowId(key: TableKey, map: HeaderMap, cells: readonly RawCell[]): string | null {
  const spec = tableSpec(key);
  if (!spec.id || isBlankRow(cells)) return null;
  const partial: Record<string, TypedValue> = {};
  for (const column of spec.id) {
    const position = map.index[column];
    const columnSpec = spec.columns.find((c) => c.key === column);
    if (!columnSpec) return null;
    const coerced = coerceCell(columnSpec, position === undefined ? null : cells[position]);
    if (!coerced.ok) return null;
    partial[column] = coerced.value;
  }
  return rowId(key, partial as unknown as TableRows[TableKey]);
}

/** The body row positions of each id (duplicates typed by a user are all kept). */
function rowPositions(key: TableKey, map: HeaderMap, body: readonly RawCell[][]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  body.forEach((cells, i) => {
    const id = rawRowId(key, map, cells);
    if (id === null) return;
    positions.set(id, [...(positions.get(id) ?? []), i]);
  });
  return positions;
}

/** Cells to write for a typed row: the add-in's blanks clear the cell, a user's own columns stay unchanged. */
function cellsOf<K extends TableKey>(map: HeaderMap, row: TableRows[K]): CellValue[] {
  const fields = row as unknown as Record<string, unknown>;
  return rowToCells(map, row).map((cell, position) => {
    const column = map.positions[position];
    // `null` leaves an Office cell as it is: a user's column, or an omittable field the writer left out.
    if (column === null || fields[column] === undefined) return null;
    return cell === null ? "" : cell;
  });
}

/** Excel's sheet name rules: 1–31 characters, none of : \\ / ? * [ ], not starting or ending with an apostrophe. */
function isValidSheetName(name: string): boolean {
  return name.trim().length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function uniqueName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted.slice(0, 26)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** The Excel adapter of the WorkbookPort. */
export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly budget: number;
  private readonly isSetSupported: (name: string, version: string) => boolean;
  private readonly changeDelayMs: number;

  /**
   * @param options - a fake `run` for tests and the request budget (the plan carries every format and print choice).
   * @example const port = new OfficeWorkbook(); await port.listTables();
   */
  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? ((batch) => Excel.run(batch));
    this.budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.isSetSupported =
      options.isSetSupported ??
      ((name, version) => Office.context.requirements.isSetSupported(name, version));
    this.changeDelayMs = options.changeDelayMs ?? CHANGE_DEBOUNCE_MS;
  }

  /** @returns the schema tables present, in schema order. One sync. */
  async listTables(): Promise<TableKey[]> {
    return this.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const present = new Set(tables.items.map((t) => t.name.toLowerCase()));
      return TABLE_KEYS.filter((key) => present.has(key.toLowerCase()));
    });
  }

  /**
   * Reads tables as typed rows. One sync (a second one only to name a missing table).
   * @throws KpiError `workbook.err.tableMissing`; ValidationError for a missing column or an unreadable cell.
   */
  async readTables<K extends TableKey>(keys: readonly K[]): Promise<{ [P in K]: TableRows[P][] }> {
    const unique = [...new Set(keys)];
    return this.run(async (context) => {
      const snapshots = await this.snapshot(context, unique, true);
      const result = {} as { [P in K]: TableRows[P][] };
      for (const key of unique) {
        const { header, body, place } = snapshots[key];
        result[key] = readTable(key, header, body, place);
      }
      return result;
    });
  }

  /**
   * Reads some columns of one table (see `WorkbookPort.readColumns`). Two syncs: the header row (with the table's
   * address and merged areas), then each column's data body (`table.columns.getItemAt(i).getDataBodyRange()`)
   * — only those columns' values cross from Excel.
   * @throws KpiError `workbook.err.tableMissing`; ValidationError as `readTables` for those columns.
   */
  async readColumns<K extends TableKey, C extends ColumnKey<K>>(
    key: K,
    columns: readonly C[],
  ): Promise<Pick<TableRows[K], C>[]> {
    if (!isTableKey(key)) throw new KpiError("na", "workbook.err.tableMissing", { table: key });
    return this.run(async (context) => {
      const table = context.workbook.tables.getItem(key);
      const header = table.getHeaderRowRange().load("values");
      const whole = table.getRange().load("address");
      const merges = canReadMerges()
        ? table.getDataBodyRange().getMergedAreasOrNullObject().load("address")
        : null;
      await this.syncNaming(context, [key]);
      const headerRow = (header.values[0] ?? []) as RawCell[];
      const bodies = columnPositions(key, headerRow, columns).map((position) => ({
        position,
        range: table.columns.getItemAt(position).getDataBodyRange().load("values"),
      }));
      if (bodies.length > 0) await context.sync();
      const count = bodies[0]?.range.values.length ?? 0;
      const mergedAddress = merges && !merges.isNullObject ? merges.address : null;
      return readColumnCells(
        key,
        headerRow,
        placeOf(whole.address, mergedAddress, count),
        columns,
        bodies.map(({ position, range }) => ({
          position,
          cells: range.values.map((row) => row[0] as RawCell),
        })),
      );
    });
  }

  /**
   * Appends rows after validating all of them (types, required values, ids unique against the table). Two syncs.
   * @throws ValidationError naming the first bad row and column; nothing is written.
   */
  async appendRows<K extends TableKey>(key: K, rows: readonly TableRows[K][]): Promise<void> {
    await this.appendRowsTogether([{ key, rows } as TableAppend]);
  }

  /**
   * Appends to several tables in one `Excel.run`: one sync reads every table, every row is validated, then the
   * rows of all tables go in one write request (split only when they exceed the request budget).
   */
  async appendRowsTogether(writes: readonly TableAppend[]): Promise<void> {
    for (const { key, rows } of writes) assertValidRows(key, rows as never[]);
    const nonEmpty = writes.filter((w) => w.rows.length > 0);
    if (nonEmpty.length === 0) return;
    await this.run(async (context) => {
      const snapshots = await this.snapshot(
        context,
        nonEmpty.map((w) => w.key),
      );
      const units: WriteUnit[] = [];
      for (const { key, rows } of nonEmpty) {
        const { header, body } = snapshots[key];
        const map = resolveHeaders(key, header);
        const existingIds = new Set(rowPositions(key, map, body).keys());
        const issues = [
          ...unwritableIssues(map, rows),
          ...validateRows(key, rows as never[], { existingIds }),
        ];
        if (issues.length > 0) throw validationErrorOf(issues);
        const reuse = body.length === 1 && isBlankRow(body[0]);
        units.push(
          ...this.appendUnits(
            key,
            rows.map((row) => cellsOf(map, row)),
            reuse ? 0 : body.length,
            reuse,
          ),
        );
      }
      await this.flush(context, units);
    });
  }

  /**
   * Replaces rows by id after validating them; with `base`, merged with the sheet's edits since (see the port).
   * Two syncs: the read that the merge and the validation need, and the write.
   * @throws KpiError `workbook.err.idNotFound` (nothing written) or `model.err.noIdentity`; ValidationError;
   *   ConflictError.
   */
  async updateRows<K extends TableKey>(
    key: K,
    rows: readonly TableRows[K][],
    base?: readonly TableRows[K][],
  ): Promise<void> {
    this.assertIdentity(key);
    assertValidRows(key, rows, { allowDuplicateIds: true });
    if (rows.length === 0) return;
    await this.run(async (context) => {
      const { header, body } = (await this.snapshot(context, [key]))[key];
      const map = resolveHeaders(key, header);
      const issues = unwritableIssues(map, rows);
      if (issues.length > 0) throw validationErrorOf(issues);
      const targets = resolveUpdate(key, map, body, rows, base);
      const units: WriteUnit[] = targets.map(({ index, row }) => {
        const cells = cellsOf(map, row);
        return {
          bytes: guardedBytes([cells]),
          queue: (ctx: Excel.RequestContext) =>
            queueGuardedValues(ctx.workbook.tables.getItem(key).getDataBodyRange().getRow(index), [cells]),
        };
      });
      await this.flush(context, units);
    });
  }

  /**
   * Deletes rows by id; with `base`, a row changed in the sheet since is refused and one already gone is skipped.
   * Two syncs.
   * @throws KpiError `workbook.err.idNotFound` when an id is unknown (nothing deleted), or `model.err.noIdentity`;
   *   ConflictError.
   */
  async deleteRows<K extends TableKey>(
    key: K,
    ids: readonly string[],
    base?: readonly TableRows[K][],
  ): Promise<void> {
    this.assertIdentity(key);
    if (ids.length === 0) return;
    await this.run(async (context) => {
      const { header, body } = (await this.snapshot(context, [key]))[key];
      // Bottom-up, so every index still points at the row it named when the batch runs.
      const order = resolveDelete(key, resolveHeaders(key, header), body, ids, base);
      const units = order.map((index) => ({
        bytes: payloadBytes(index),
        queue: (ctx: Excel.RequestContext) => ctx.workbook.tables.getItem(key).rows.getItemAt(index).delete(),
      }));
      await this.flush(context, units);
    });
  }

  /**
   * Creates the missing tables, each on its own new sheet, headers in `locale`, seeded with `seed` rows. Existing
   * tables and sheets are never touched: a sheet name already taken gets a suffix. Two syncs (more only when the
   * seed exceeds the request budget).
   * @throws ValidationError when a seed row is invalid (nothing is created).
   */
  async ensureTables(keys: readonly TableKey[], locale: Locale, seed: SeedRows = {}): Promise<EnsureResult> {
    const wanted = [...new Set(keys)];
    return this.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const present = new Set(tables.items.map((t) => t.name.toLowerCase()));
      const existing = wanted.filter((key) => present.has(key.toLowerCase()));
      const created = wanted.filter((key) => !present.has(key.toLowerCase()));
      // Validate every seed before anything is created.
      for (const key of created) assertValidRows(key, (seed[key] ?? []) as TableRows[typeof key][]);
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const units = created.flatMap((key) =>
        this.createUnits(key, locale, uniqueName(sheetNameOf(key, locale), taken), seed),
      );
      if (units.length > 0) await this.flush(context, units);
      return { created, existing };
    });
  }

  /**
   * Writes a generated sheet; see {@link OfficeWorkbook.writeSheets}.
   * @param plan - the sheet to write.
   * @throws KpiError `workbook.err.sheetNotOurs` or `workbook.err.badSheetName` (nothing is written).
   */
  async writeSheet(plan: SheetPlan): Promise<void> {
    await this.writeSheets([plan]);
  }

  /**
   * Writes generated sheets in one `Excel.run`. Each new sheet is built under a temporary name and swapped in at
   * the end, all together, so a failure leaves the previous sheets in place and no half-written sheet behind.
   *
   * Syncs: one to look at the workbook, then the writes in as few requests as the budget allows (one for a small
   * report, one per further 4.5 MB of cells). Replacing the add-in's own sheets costs no separate round trip for
   * the ownership check: it rides along with the first write (which only touches the temporary sheets) and is
   * settled before anything is swapped, so a report that fits one request takes one more sync when replacing.
   * A plan table whose name another sheet's table already uses is given a numeric suffix (`Scorecard_2`).
   * @param plans - the sheets, in the order they are to stand (after the workbook's other sheets); the first one is
   *   left active.
   * @throws KpiError `workbook.err.sheetNotOurs` when a user's sheet has a plan's name, or
   *   `workbook.err.badSheetName` when Excel would refuse a name or two plans share one (nothing is written).
   */
  async writeSheets(plans: readonly SheetPlan[]): Promise<void> {
    const seen = new Set<string>();
    for (const plan of plans) {
      if (!isValidSheetName(plan.name) || seen.has(plan.name.toLowerCase()))
        throw new KpiError("value", "workbook.err.badSheetName", { sheet: plan.name });
      seen.add(plan.name.toLowerCase());
    }
    if (plans.length === 0) return;
    const { planSheetWrites, retargetFormulas } = await renderSheet();
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const names = sheets.items.map((s) => s.name);
      const takenSheets = new Set(names.map((n) => n.toLowerCase()));
      const temps = plans.map(() => uniqueName("KPIDESK_TMP", takenSheets));
      // A formula naming another sheet of the batch names its temporary sheet, which Excel renames along with
      // the sheet at the swap; naming the final sheet would point at the previous report, deleted at the swap.
      const renames = new Map(plans.map((plan, i) => [plan.name, temps[i]]));
      const targets = plans.map((plan, i) => ({
        plan,
        writes: planSheetWrites(retargetFormulas(plan, renames), this.budget / 2),
        previous: names.find((n) => n.toLowerCase() === plan.name.toLowerCase()) ?? null,
        temp: temps[i],
        created: [] as Excel.Table[],
      }));
      // The ownership check of the sheets being replaced, queued now and read after the first write sync.
      const checks = targets
        .filter((t) => t.previous !== null)
        .map((t) => {
          const sheet = context.workbook.worksheets.getItem(t.previous as string);
          const marker = sheet.names.getItemOrNullObject(GENERATED_SHEET_MARKER);
          marker.load("name");
          return { name: t.previous as string, marker, tables: sheet.tables.load("items/name") };
        });
      let checked = checks.length === 0;
      const settle = () => {
        if (checked) return;
        const foreign = checks.find((c) => c.marker.isNullObject);
        if (foreign) throw new KpiError("value", "workbook.err.sheetNotOurs", { sheet: foreign.name });
        checked = true;
      };
      // Table names are workbook-wide: a name another sheet already uses would fail the swap below, so such a
      // table gets a numeric suffix instead (the plans' formulas use cell addresses, not table names).
      const tableNames = () => {
        const own = new Set(checks.flatMap((c) => c.tables.items.map((t) => t.name.toLowerCase())));
        const taken = new Set(tables.items.map((t) => t.name.toLowerCase()).filter((n) => !own.has(n)));
        return targets.map((t) => t.writes.tableNames.map((n) => uniqueTableName(n, taken)));
      };

      const units: WriteUnit[] = [
        ...targets.map((t): WriteUnit => ({
          bytes: payloadBytes(t.temp),
          queue: (ctx) => void ctx.workbook.worksheets.add(t.temp),
        })),
        ...targets.flatMap((t) => t.writes.cells.map((w) => this.sheetUnit(t.temp, w))),
        // Everything that can fail happens on the temporary sheets first...
        ...targets.map((t): WriteUnit => ({
          bytes: t.writes.finishBytes,
          queue: (ctx) => {
            const sheet = ctx.workbook.worksheets.getItem(t.temp);
            t.created = t.writes.finish(sheet);
            const marker = sheet.names.add(GENERATED_SHEET_MARKER, sheet.getRangeByIndexes(0, 0, 1, 1));
            marker.visible = false;
          },
        })),
      ];
      // ...and only then are the old sheets swapped out, so a failure never leaves the workbook without a
      // complete, marked report.
      const swap: WriteUnit = {
        bytes: payloadBytes(targets.map((t) => [t.temp, t.plan.name, t.writes.tableNames])),
        queue: (ctx) => {
          const names = tableNames();
          const swapped = targets.map((t, i) => {
            const sheet = ctx.workbook.worksheets.getItem(t.temp);
            if (t.previous !== null) ctx.workbook.worksheets.getItem(t.previous).delete();
            sheet.name = t.plan.name;
            t.created.forEach((table, j) => {
              table.name = names[i][j];
            });
            // Protected last (no password): an accidental edit of a report is refused by Excel, while the
            // add-in's next run still replaces the sheet whole. Tables are renamed above, before the protection.
            sheet.protection.protect(GENERATED_SHEET_PROTECTION);
            return sheet;
          });
          swapped[0].activate();
        },
      };
      try {
        await this.flush(context, [...units, swap], true, checked ? undefined : { before: swap, settle });
      } catch (error) {
        for (const t of targets) await this.dropSheet(context, t.temp);
        throw error;
      }
    });
  }

  /**
   * Page set-up of the schema tables' sheets (see {@link WorkbookPort.printTables}): page layout only, no cell is
   * written. Two syncs: the tables' header rows, then the layouts.
   * @param footer - the page-number footer.
   */
  async printTables(footer: string): Promise<void> {
    const { setUpPrinting } = await renderSheet();
    await this.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const headers = tables.items
        .filter((table) => isTableKey(table.name))
        .map((table) => table.getHeaderRowRange().load("address"));
      await context.sync();
      for (const header of headers) {
        const at = splitAddress(header.address);
        if (!at) continue;
        const sheet = context.workbook.worksheets.getItem(at.sheet);
        setUpPrinting(sheet, tablePrint(at.rect.top - 1, at.rect.right - at.rect.left + 1, footer));
      }
      context.application.suspendScreenUpdatingUntilNextSync();
      await context.sync();
    });
  }

  /** @returns the names of the sheets the add-in generated, in workbook order. Two syncs. */
  async listGeneratedSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const markers = sheets.items.map((sheet) => {
        const marker = sheet.names.getItemOrNullObject(GENERATED_SHEET_MARKER);
        marker.load("name");
        return { name: sheet.name, marker };
      });
      await context.sync();
      return markers.filter((m) => !m.marker.isNullObject).map((m) => m.name);
    });
  }
  /**
   * Activates a sheet (see {@link WorkbookPort.activateSheet}): one `Excel.run`, two syncs (does it exist, then
   * the activation).
   * @param name - the sheet's name.
   * @throws KpiError `workbook.err.sheetMissing`.
   */
  async activateSheet(name: string): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
      await context.sync();
      if (sheet.isNullObject) throw new KpiError("na", "workbook.err.sheetMissing", { sheet: name });
      sheet.activate();
      await context.sync();
    });
  }

  /**
   * Follows the workbook: Excel's change events on tables (a cell typed or pasted, rows inserted or deleted —
   * `tables.onChanged`, ExcelApi 1.7), tables added or deleted (`onAdded` / `onDeleted`, 1.9, the manifest's
   * minimum) and sorts (`worksheets.onRowSorted`, 1.10, where supported) call `listener` once per burst,
   * `changeDelayMs` after the last event. Changes to tables that are not KPI Desk's are ignored. Filtering hides rows
   * without changing them (the pane reads every row), so it needs no event. One `Excel.run`, one sync.
   * @param listener - called with no arguments.
   * @returns a function that stops the notifications (the handlers are removed in one sync).
   */
  subscribe(listener: () => void): () => void {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    let others = new Set<string>();
    const schedule = () => {
      if (stopped) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (!stopped) listener();
      }, this.changeDelayMs);
    };
    const ours = (name: string) => TABLE_KEYS.some((key) => key.toLowerCase() === name.toLowerCase());
    const registered: Promise<Registration[]> = this.run(async (context) => {
      const tables = context.workbook.tables.load("items/id,items/name");
      const results: Registration[] = [
        // A table not known at subscription (added since) may be one of ours: it counts.
        tables.onChanged.add(async (event) => {
          if (!others.has(event.tableId)) schedule();
        }),
        tables.onAdded.add(async () => schedule()),
        tables.onDeleted.add(async () => schedule()),
      ];
      if (this.isSetSupported("ExcelApi", "1.10")) {
        results.push(context.workbook.worksheets.onRowSorted.add(async () => schedule()));
      }
      await context.sync();
      others = new Set(tables.items.filter((t) => !ours(t.name)).map((t) => t.id));
      return results;
    });
    // Without events (a host that refuses them) the pane still reads again after its own writes and on Refresh;
    // there is nothing more to tell the user, so a failed registration only means no live refresh.
    registered.catch(() => undefined);
    return () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      // Removing handlers can only fail when the pane or the workbook is going away, when they go with it.
      registered
        .then(async (results) => {
          for (const result of results) result.remove();
          await results[0]?.context.sync();
        })
        .catch(() => undefined);
    };
  }

  // ---- helpers ----

  /**
   * Loads header and body of each table in one sync; names a missing table. With `withPlace`, the same sync also
   * loads the table's address (sheet and header row, to name data problems by Excel row) and the body's merged
   * areas (a data problem: Excel reads only their top-left cell) — no extra round trip.
   */
  private async snapshot<K extends TableKey>(
    context: Excel.RequestContext,
    keys: readonly K[],
    withPlace = false,
  ): Promise<Record<K, TableSnapshot>> {
    for (const key of keys)
      if (!isTableKey(key)) throw new KpiError("na", "workbook.err.tableMissing", { table: key });
    const loads = keys.map((key) => {
      const table = context.workbook.tables.getItem(key);
      table.load("showTotals");
      const range = table.getRange().load(withPlace ? "values,address" : "values");
      const merges =
        withPlace && canReadMerges()
          ? table.getDataBodyRange().getMergedAreasOrNullObject().load("address")
          : null;
      return { key, table, range, merges };
    });
    await this.syncNaming(context, keys);
    const result = {} as Record<K, TableSnapshot>;
    for (const { key, table, range, merges } of loads) {
      const values = range.values as RawCell[][];
      const rows = table.showTotals ? values.slice(0, -1) : values;
      const body = rows.slice(1);
      result[key] = { header: rows[0] ?? [], body };
      if (withPlace) {
        const mergedAddress = merges && !merges.isNullObject ? merges.address : null;
        result[key].place = placeOf(range.address, mergedAddress, body.length);
      }
    }
    return result;
  }

  /**
   * Syncs the reads queued on `keys`' tables; when one of them does not exist, the error names it (one more sync).
   * @throws KpiError `workbook.err.tableMissing`, or the sync's own error.
   */
  private async syncNaming(context: Excel.RequestContext, keys: readonly TableKey[]): Promise<void> {
    try {
      await context.sync();
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      const all = context.workbook.tables.load("items/name");
      await context.sync();
      const present = new Set(all.items.map((t) => t.name.toLowerCase()));
      const missing = keys.find((key) => !present.has(key.toLowerCase()));
      if (missing === undefined) throw error;
      throw new KpiError("na", "workbook.err.tableMissing", {
        table: missing,
        sheet: tableSpec(missing).sheet.zh,
      });
    }
  }

  /**
   * Runs the units in as few syncs as the budget allows. With a `checkpoint`, `settle` runs after every sync, and
   * the `before` unit is queued only once a sync has settled: a check queued before the first unit rides along
   * with the first request and is known before the unit that depends on it.
   */
  private async flush(
    context: Excel.RequestContext,
    units: readonly WriteUnit[],
    suspend = false,
    checkpoint?: { before: WriteUnit; settle: () => void },
  ): Promise<void> {
    const batches = batchBySize(
      units.map((u) => u.bytes),
      this.budget,
    );
    let pending = 0;
    const sync = async () => {
      pending = 0;
      await context.sync();
      checkpoint?.settle();
    };
    const prepare = () => {
      if (suspend && pending === 0) {
        context.application.suspendApiCalculationUntilNextSync();
        context.application.suspendScreenUpdatingUntilNextSync();
      }
    };
    let settled = checkpoint === undefined;
    // One batch unless the payload exceeds the request budget (Excel on the web's 5 MB limit): the only reason a
    // write takes more than one sync, and then one per budget, never one per row; plus, with a checkpoint, one
    // when the whole write fits a single request and the dependent unit must wait for it.
    for (const [start, end] of batches) {
      for (const unit of units.slice(start, end)) {
        if (!settled && unit === checkpoint?.before) {
          // At most once: the dependent unit waits for the check to come back.
          if (pending > 0) await sync();
          settled = true;
        }
        prepare();
        unit.queue(context);
        pending++;
      }
      // Per request-size batch, see above.
      if (pending > 0) await sync();
      settled = true;
    }
  }

  /**
   * Units that append rows at body position `from`; with `fillFirst`, the first row goes into the table's
   * existing blank row instead of a new one. `columnFormats` (tables the add-in creates) are set on the new rows
   * before their values; rows added to an existing table keep the formats the table gives them.
   */
  private appendUnits(
    key: TableKey,
    rows: readonly CellValue[][],
    from: number,
    fillFirst: boolean,
    columnFormats?: readonly string[],
  ): WriteUnit[] {
    const units: WriteUnit[] = [];
    const rowBytes = rows.map((r) => guardedBytes([r]) + (columnFormats ? payloadBytes(columnFormats) : 0));
    let at = from;
    for (const [start, end] of batchBySize(rowBytes, this.budget / 2)) {
      const chunk = rows.slice(start, end);
      if (chunk.length === 0) continue;
      const offset = at;
      const added = fillFirst && start === 0 ? chunk.slice(1) : chunk;
      // New rows start blank (rows.add takes no null), then the values follow once the text format is in place;
      // a user's own columns are then left as they are (null), blank in a new row.
      const placeholders = added.map((row) => row.map(() => ""));
      units.push({
        bytes: rowBytes.slice(start, end).reduce((a, b) => a + b, 0) + payloadBytes(placeholders),
        queue: (ctx) => {
          const table = ctx.workbook.tables.getItem(key);
          if (placeholders.length > 0) table.rows.add(undefined, placeholders);
          const target = table
            .getDataBodyRange()
            .getCell(offset, 0)
            .getResizedRange(chunk.length - 1, chunk[0].length - 1);
          if (columnFormats) target.numberFormat = chunk.map(() => [...columnFormats]);
          queueGuardedValues(target, chunk);
        },
      });
      at += chunk.length;
    }
    return units;
  }

  /** Units that create one schema table on a new sheet and seed it. */
  private createUnits(key: TableKey, locale: Locale, sheetName: string, seed: SeedRows): WriteUnit[] {
    const spec = tableSpec(key);
    const headers = headersOf(key, locale);
    const formats = spec.columns.map((c) => columnFormatCode(c.type) ?? "General");
    const rows = ((seed[key] ?? []) as TableRows[TableKey][]).map((row) => {
      const fields = row as unknown as Record<string, TypedValue | undefined>;
      return spec.columns.map((c) => {
        const value = fields[c.key];
        return value === undefined || value === null ? "" : value;
      });
    });
    const create: WriteUnit = {
      bytes: payloadBytes([sheetName, headers, formats]),
      queue: (ctx) => {
        const sheet = ctx.workbook.worksheets.add(sheetName);
        const headerRange = sheet.getRangeByIndexes(0, 0, 1, headers.length);
        headerRange.values = [headers];
        const table = sheet.tables.add(headerRange, true);
        table.name = key;
        table.style = TABLE_STYLE;
        // The table's first (blank) row gets the column formats; rows added later inherit them from the table.
        table.getDataBodyRange().numberFormat = [formats];
        sheet.freezePanes.freezeRows(1);
        headerRange.format.autofitColumns();
      },
    };
    return [create, ...(rows.length > 0 ? this.appendUnits(key, rows, 0, true, formats) : [])];
  }

  /** A unit writing one piece of a generated sheet. */
  private sheetUnit(sheetName: string, write: SheetWrite): WriteUnit {
    return {
      bytes: write.bytes,
      queue: (ctx) => write.queue(ctx.workbook.worksheets.getItem(sheetName)),
    };
  }

  /** Best effort removal of a half-built sheet after a failed write (the original error is what matters). */
  private async dropSheet(context: Excel.RequestContext, name: string): Promise<void> {
    try {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("name");
      await context.sync();
      if (!sheet.isNullObject) {
        sheet.delete();
        await context.sync();
      }
    } catch {
      // The sheet could not be removed; the error that caused the failure is rethrown by the caller.
    }
  }

  private assertIdentity(key: TableKey): void {
    if (!tableSpec(key).id) {
      throw new KpiError("value", "model.err.noIdentity", { table: key, tableZh: tableSpec(key).sheet.zh });
    }
  }
}

/**
 * Whether the host can list merged areas (`getMergedAreasOrNullObject`, ExcelApi 1.13; the manifest asks for
 * 1.9). On an older host the merged-cell check is skipped rather than failing the read; Excel still reads the
 * merged cells as empty, so figures agree with the sheet either way.
 */
function canReadMerges(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", "1.13") : true;
}
