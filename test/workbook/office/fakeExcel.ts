/**
 * A small in-memory Excel object model behind the slice of Office.js that `OfficeWorkbook` uses, faithful where
 * it matters for correctness and cost:
 * - batching: property writes, method calls and loads are QUEUED and run in order at `context.sync()`; reading a
 *   property that was not loaded and synced throws, as Office.js does;
 * - errors surface at `sync()`, after the earlier operations of the batch have already been applied (Excel does
 *   not roll a batch back), so an adapter that writes before it has validated is caught half-writing;
 * - cell entry coerces strings as Excel does when a value is typed: `=…` becomes a formula, `+5`/`-5`/`5%`/`1,234`
 *   numbers, `2026-09` a date, `TRUE` a boolean, a leading `'` forces text, and a cell formatted as text (`@`)
 *   keeps any string as typed;
 * - every sync is counted, with the approximate request payload (JSON of the queued arguments), the number of
 *   queued operations and whether calculation and screen updating were suspended for it.
 * Anything the adapter calls that is not modelled here is a TypeError, so an unmodelled API cannot pass silently.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- a stand-in for Office.js' loosely typed proxies */

type Scalar = string | number | boolean;

/** One stored cell. */
export interface FakeCell {
  value: Scalar;
  formula: string | null;
  numberFormat: string;
}

/** What one `context.sync()` carried. */
export interface SyncRecord {
  ops: number;
  bytes: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

/** An Office.js-like error, as `OfficeExtension.Error` carries it. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const MAX_SHEET_NAME = 31;

class SheetModel {
  /** Cells by column, then row (sparse arrays): inserting or deleting table rows is a splice per column. */
  private columns = new Map<number, (FakeCell | undefined)[]>();
  freezeRows = 0;
  /** The options of `protection.protect()`, or null while the sheet is not protected. */
  protection: Record<string, unknown> | null = null;
  /** Page layout as set through `pageLayout` and `horizontalPageBreaks`. */
  page: {
    orientation?: string;
    paperSize?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number };
    firstPageNumber?: number | "";
    titleRows?: string;
    leftFooter?: string;
    rightFooter?: string;
    breaks: string[];
  } = { breaks: [] };
  charts: ChartModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  columnWidths = new Map<number, number>();
  styles: { row: number; col: number; rows: number; cols: number; property: string; value: unknown }[] = [];
  names = new Map<string, { formula: string; visible: boolean }>();
  /** Merged areas (0-based rows and columns). */
  merges: { row: number; col: number; rows: number; cols: number }[] = [];
  deleted = false;
  constructor(public name: string) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.columns.get(c)?.[r];
  }
  ensure(r: number, c: number): FakeCell {
    let column = this.columns.get(c);
    if (!column) {
      column = [];
      this.columns.set(c, column);
    }
    let cell = column[r];
    if (!cell) {
      cell = { value: "", formula: null, numberFormat: "General" };
      column[r] = cell;
    }
    return cell;
  }
  /** Positions of the cells holding a value (or, with `formulas`, a formula). */
  *positions(formulas = false): Iterable<[number, number]> {
    for (const [c, column] of this.columns) {
      for (let r = 0; r < column.length; r++) {
        const cell = column[r];
        if (cell && (formulas ? cell.formula !== null : cell.value !== "" || cell.formula !== null))
          yield [r, c];
      }
    }
  }
  /** Every stored cell. */
  allCells(): FakeCell[] {
    return [...this.columns.values()].flatMap((column) =>
      column.filter((c): c is FakeCell => c !== undefined),
    );
  }
  /** Inserts `count` empty rows at `row` in columns [c0, c1), pushing the cells below down. */
  insertRows(row: number, c0: number, c1: number, count: number): void {
    for (let c = c0; c < c1; c++) {
      const column = this.columns.get(c);
      if (column && column.length > row) column.splice(row, 0, ...new Array<undefined>(count));
    }
  }
  /** Removes `count` rows at `row` in columns [c0, c1), pulling the cells below up. */
  deleteRows(row: number, c0: number, c1: number, count: number): void {
    for (let c = c0; c < c1; c++) this.columns.get(c)?.splice(row, count);
  }
}

interface ChartModel {
  type: string;
  source: RangeModel;
  seriesBy: string;
  title: string;
  anchor: RangeModel | null;
}

interface ConditionalFormatModel {
  range: RangeModel;
  type: string;
  rule: { formula1?: string; operator?: string } | null;
  fill: string | null;
  font: string | null;
}

let nextTableId = 1;

/**
 * Rewrites the quoted references to a sheet (`'Name'!`) in every formula of the workbook, as Excel does when the
 * sheet is renamed (to the new name) or deleted (to `#REF!`).
 */
function retargetFormulas(excel: FakeExcel, sheet: string, to: string): void {
  const from = `'${sheet.replace(/'/g, "''")}'!`;
  for (const other of excel.sheets) {
    for (const [r, c] of other.positions(true)) {
      const cell = other.cell(r, c)!;
      if (cell.formula?.includes(from)) cell.formula = cell.formula.split(from).join(to);
    }
  }
}

class TableModel {
  style = "TableStyleMedium2";
  showTotals = false;
  /** Excel's opaque table id (what change events name). */
  readonly id = `{T${nextTableId++}}`;
  constructor(
    public name: string,
    public sheet: SheetModel,
    public row: number,
    public col: number,
    public cols: number,
    public bodyRows: number,
  ) {}
}

interface RangeModel {
  sheet: SheetModel;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The whole fake Excel: workbook state, counters, and `run` (the stand-in for `Excel.run`). */
export class FakeExcel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  activeSheet: SheetModel | null = null;
  readonly syncs: SyncRecord[] = [];
  /** Makes the named operation fail when it runs (e.g. "charts.add"), to test what a failed batch leaves. */
  failWhen: ((operation: string) => boolean) | null = null;
  /**
   * The calculation engine's stand-in: the value a formula shows once Excel has calculated it. The default knows
   * no function at all (`#NAME?`), so a formula can never pass for the value a test expects by accident.
   */
  calculate: (formula: string) => Scalar = () => "#NAME?";
  /** Event handlers registered through `tables.onChanged` & co, by event name, live once their batch synced. */
  readonly handlers = new Map<string, Set<(args: unknown) => Promise<unknown>>>();

  /**
   * Fires an event as Excel would after a user's action (e.g. `tables.onChanged` with `{ tableId }`).
   * @returns how many handlers ran.
   */
  async emit(event: string, args: unknown = {}): Promise<number> {
    const handlers = [...(this.handlers.get(event) ?? [])];
    for (const handler of handlers) await handler(args);
    return handlers.length;
  }

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new SheetModel(name));
    this.activeSheet = this.sheets[0] ?? null;
  }

  /** The stand-in for `Excel.run`. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run syncs whatever is still queued when the batch returns.
    if (context.pendingCount() > 0) await context.sync();
    return result;
  };

  // ---- test helpers (not part of the Office.js surface) ----

  /** Number of syncs so far. */
  get syncCount(): number {
    return this.syncs.length;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** The values of a sheet's used range from A1 (blank cells ""), or undefined when there is no such sheet. */
  usedValues(name: string): Scalar[][] | undefined {
    const sheet = this.sheet(name);
    if (!sheet) return undefined;
    let rows = 0;
    let cols = 0;
    for (const [r, c] of sheet.positions()) {
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return readValues({ sheet, row: 0, col: 0, rows, cols });
  }

  /** A1 addresses of the cells of a sheet that hold formulas. */
  formulaCells(name: string): string[] {
    const sheet = this.sheet(name);
    if (!sheet) return [];
    return [...sheet.positions(true)].map(([r, c]) => `${columnLetters(c)}${r + 1}`);
  }

  /** Cell values of a table (header row first), as `range.values` would read them. */
  tableValues(name: string): Scalar[][] {
    const t = this.table(name);
    if (!t) throw new Error(`no table ${name}`);
    return readValues({ sheet: t.sheet, row: t.row, col: t.col, rows: t.bodyRows + 1, cols: t.cols });
  }

  /** Adds a sheet holding `values` at A1, as a user would have typed them (no table). */
  addUserSheet(name: string, values: (Scalar | null)[][] = [["my data"]]): void {
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    values.forEach((row, r) => row.forEach((v, c) => enter(this, sheet.ensure(r, c), v)));
  }

  /**
   * Merges a rectangle (0-based) as Excel's Merge Cells does: the top-left cell keeps its value, every other
   * cell of the area is emptied.
   */
  mergeCells(sheetName: string, row: number, col: number, rows: number, cols: number): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    for (let r = row; r < row + rows; r++) {
      for (let c = col; c < col + cols; c++) {
        if (r === row && c === col) continue;
        const cell = sheet.cell(r, c);
        if (cell) Object.assign(cell, { value: "", formula: null });
      }
    }
    sheet.merges.push({ row, col, rows, cols });
  }

  /** Adds a user's table (header + rows written as typed). */
  addUserTable(sheetName: string, tableName: string, values: (Scalar | null)[][]): void {
    let sheet = this.sheet(sheetName);
    if (!sheet) {
      sheet = new SheetModel(sheetName);
      this.sheets.push(sheet);
    }
    values.forEach((row, r) => row.forEach((v, c) => enter(this, sheet.ensure(r, c), v)));
    this.tables.push(
      new TableModel(tableName, sheet, 0, 0, values[0].length, Math.max(1, values.length - 1)),
    );
  }
}

// ---- cell entry: what Excel does with a value written through `values`/`formulas` ----

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?%?$/i;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;

function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/**
 * Stores `input` into `cell` as Excel would store the same text typed into it.
 * @param cell - the target.
 * @param input - a value; `null` leaves the cell unchanged (Office.js semantics in 2-D arrays).
 */
function enter(excel: FakeExcel, cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (typeof input !== "string")
    throw new FakeOfficeError("InvalidArgument", `bad cell value ${String(input)}`);
  const s = input;
  cell.formula = null;
  if (s === "") {
    cell.value = "";
  } else if (cell.numberFormat === "@") {
    cell.value = s;
  } else if (s.startsWith("'")) {
    cell.value = s.slice(1);
  } else if (s.startsWith("=")) {
    cell.formula = s;
    cell.value = excel.calculate(s);
  } else if (s.trim() !== "" && NUMBER.test(s.trim()) && /\d/.test(s)) {
    const t = s.trim().replace(/,/g, "");
    cell.value = t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  } else if (/^[+\-@]/.test(s)) {
    // Typed `-abc` or `@abc` is taken as a formula and fails.
    cell.formula = "=" + s.replace(/^[+@]/, "");
    cell.value = "#NAME?";
  } else if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === "true";
  } else if (ISO_DAY.test(s)) {
    const [, y, m, d] = ISO_DAY.exec(s)!.map(Number);
    cell.value = serial(y, m, d);
  } else if (ISO_MONTH.test(s) && Number(ISO_MONTH.exec(s)![2]) <= 12) {
    const [, y, m] = ISO_MONTH.exec(s)!.map(Number);
    cell.value = serial(y, m, 1);
  } else {
    cell.value = s;
  }
}

function readValues(r: RangeModel): Scalar[][] {
  return Array.from({ length: r.rows }, (_, i) =>
    Array.from({ length: r.cols }, (_, j) => r.sheet.cell(r.row + i, r.col + j)?.value ?? ""),
  );
}

function readFormulas(r: RangeModel): Scalar[][] {
  return Array.from({ length: r.rows }, (_, i) =>
    Array.from({ length: r.cols }, (_, j) => {
      const cell = r.sheet.cell(r.row + i, r.col + j);
      return cell ? (cell.formula ?? cell.value) : "";
    }),
  );
}

function checkShape(r: RangeModel, data: unknown, what: string): unknown[][] {
  if (
    !Array.isArray(data) ||
    data.length !== r.rows ||
    data.some((row) => !Array.isArray(row) || row.length !== r.cols)
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `${what}: the array is not ${r.rows}×${r.cols} (the size of the range)`,
    );
  }
  return data as unknown[][];
}

/** A1 cell reference to 0-based indexes, or null when it is not one. */
function parseCell(text: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(text.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, col: col - 1 };
}

function columnLetters(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function address(r: RangeModel): string {
  const a = `${columnLetters(r.col)}${r.row + 1}`;
  const b = `${columnLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
  return `${r.sheet.name}!${a}${r.rows === 1 && r.cols === 1 ? "" : ":" + b}`;
}

// ---- the request context and proxies ----

/**
 * An Office.js proxy is bound to its object when its path is first evaluated in the batch (e.g. `getItem(name)`
 * finds the sheet once); later operations reach the same object even after it was renamed or moved.
 */
function bound<T>(resolve: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = resolve();
      done = true;
    }
    return value;
  };
}

class FakeContext {
  private queue: { run: () => void }[] = [];
  private bytes = 0;
  private calculationSuspended = false;
  private screenUpdatingSuspended = false;
  readonly workbook: WorkbookProxy;
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    suspendScreenUpdatingUntilNextSync(): void;
  };

  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.calculationSuspended = true;
      },
      suspendScreenUpdatingUntilNextSync: () => {
        this.screenUpdatingSuspended = true;
      },
    };
  }

  pendingCount(): number {
    return this.queue.length;
  }

  /** Queues an operation; `payload` is what the request would carry for it; `label` names it for `failWhen`. */
  enqueue(run: () => void, payload: unknown = null, label = ""): void {
    const excel = this.excel;
    this.queue.push({
      run: () => {
        if (label && excel.failWhen?.(label))
          throw new FakeOfficeError("GeneralException", `${label} failed`);
        run();
      },
    });
    this.bytes += 40 + (payload === null ? 0 : JSON.stringify(payload).length);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.excel.syncs.push({
      ops: ops.length,
      bytes: this.bytes,
      calculationSuspended: this.calculationSuspended,
      screenUpdatingSuspended: this.screenUpdatingSuspended,
    });
    this.queue = [];
    this.bytes = 0;
    this.calculationSuspended = false;
    this.screenUpdatingSuspended = false;
    if (this.excel.syncs.at(-1)!.bytes > 5 * 1024 * 1024) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "the request payload exceeds 5 MB");
    }
    for (const op of ops) op.run();
    await Promise.resolve();
  }
}

/** Base of every proxy: loaded values, readable only after a sync. */
class Loadable {
  protected loaded: Record<string, unknown> = {};
  constructor(protected readonly ctx: FakeContext) {}

  protected read(prop: string): unknown {
    if (!(prop in this.loaded)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Call load() and sync() first.`,
      );
    }
    return this.loaded[prop];
  }

  protected queueLoad(
    props: string | string[] | undefined,
    snapshot: (prop: string) => unknown,
    all: string[],
  ): void {
    const list =
      props === undefined
        ? all
        : (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => {
      for (const p of list) this.loaded[p] = snapshot(p);
    });
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, null);
  }
}

class WorksheetCollectionProxy extends Loadable {
  get items(): WorksheetProxy[] {
    return this.read("items") as WorksheetProxy[];
  }

  get onRowSorted(): EventHandlersProxy {
    return new EventHandlersProxy(this.ctx, "worksheets.onRowSorted");
  }

  load(props?: string): this {
    this.queueLoad(
      props?.includes("items") || props === undefined ? "items" : props,
      () =>
        this.ctx.excel.sheets.map((s) => {
          const proxy = new WorksheetProxy(this.ctx, () => s);
          proxy.preload({ name: s.name });
          return proxy;
        }),
      ["items"],
    );
    return this;
  }

  add(name: string): WorksheetProxy {
    let created: SheetModel | null = null;
    this.ctx.enqueue(() => {
      if (name.length > MAX_SHEET_NAME || /[[\]:*?/\\]/.test(name) || name.trim() === "") {
        throw new FakeOfficeError("InvalidArgument", `invalid sheet name ${name}`);
      }
      if (this.ctx.excel.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${name} exists`);
      created = new SheetModel(name);
      this.ctx.excel.sheets.push(created);
    }, name);
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "the sheet was not created");
      return created;
    });
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.excel.sheet(name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `sheet ${name} not found`);
      return s;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.sheet(name) ?? null);
  }
}

class WorksheetProxy extends Loadable {
  private readonly resolve: () => SheetModel | null;
  constructor(ctx: FakeContext, resolve: () => SheetModel | null) {
    super(ctx);
    this.resolve = bound(resolve);
  }

  preload(values: Record<string, unknown>): void {
    Object.assign(this.loaded, values);
  }

  private model(): SheetModel {
    const s = this.resolve();
    if (!s || s.deleted) throw new FakeOfficeError("ItemNotFound", "the sheet does not exist");
    return s;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject") as boolean;
  }
  get name(): string {
    return this.read("name") as string;
  }
  set name(value: string) {
    this.ctx.enqueue(() => {
      const s = this.model();
      const other = this.ctx.excel.sheet(value);
      if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${value} exists`);
      // As Excel does, every formula that names the sheet follows the rename.
      retargetFormulas(this.ctx.excel, s.name, `'${value.replace(/'/g, "''")}'!`);
      s.name = value;
    }, value);
  }

  load(props?: string): this {
    this.queueLoad(
      props ?? "name",
      (p) => {
        const s = this.resolve();
        if (p === "isNullObject") return !s;
        if (p === "name") return s ? s.name : undefined;
        throw new TypeError(`fake Worksheet cannot load ${p}`);
      },
      ["name"],
    );
    // isNullObject is always known after a sync.
    this.ctx.enqueue(() => {
      this.loaded.isNullObject = !this.resolve();
    });
    return this;
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.ctx, () => this.model());
  }

  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.ctx, () => this.model());
  }

  get protection(): { protect(options?: Record<string, unknown>, password?: string): void } {
    return {
      protect: (options = {}, password) =>
        this.ctx.enqueue(() => {
          const sheet = this.model();
          if (sheet.protection)
            throw new FakeOfficeError("InvalidOperation", "the sheet is already protected");
          if (password !== undefined)
            throw new TypeError("KPI Desk protects generated sheets without a password");
          sheet.protection = { ...options };
        }, options),
    };
  }

  get freezePanes(): { freezeRows(n: number): void } {
    return {
      freezeRows: (n: number) =>
        this.ctx.enqueue(() => {
          this.model().freezeRows = n;
        }, n),
    };
  }

  /** The page layout properties the renderer sets (each a write), and print title rows. */
  get pageLayout(): {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number };
    firstPageNumber: number | "";
    setPrintTitleRows(rows: string): void;
    headersFooters: { defaultForAllPages: { leftFooter: string; rightFooter: string } };
  } {
    const ctx = this.ctx;
    const model = () => this.model();
    const setter = <K extends keyof SheetModel["page"]>(key: K) => ({
      set(v: SheetModel["page"][K]) {
        ctx.enqueue(() => {
          model().page[key] = v;
        }, v);
      },
      get(): never {
        throw new FakeOfficeError("PropertyNotLoaded", String(key));
      },
    });
    const layout = {
      setPrintTitleRows: (rows: string) =>
        ctx.enqueue(() => {
          model().page.titleRows = rows;
        }, rows),
      headersFooters: { defaultForAllPages: {} },
    };
    Object.defineProperties(layout, {
      orientation: setter("orientation"),
      paperSize: setter("paperSize"),
      zoom: setter("zoom"),
      firstPageNumber: setter("firstPageNumber"),
    });
    Object.defineProperties(layout.headersFooters.defaultForAllPages, {
      leftFooter: setter("leftFooter"),
      rightFooter: setter("rightFooter"),
    });
    return layout as unknown as WorksheetProxy["pageLayout"];
  }

  /** Row page breaks: `add("A12")` breaks before row 12. */
  get horizontalPageBreaks(): { add(range: string): void } {
    return {
      add: (range: string) =>
        this.ctx.enqueue(() => {
          this.model().page.breaks.push(range);
        }, range),
    };
  }

  get charts(): { add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy } {
    return {
      add: (type, source, seriesBy = "Auto") => {
        let chart: ChartModel | null = null;
        this.ctx.enqueue(
          () => {
            const sheet = this.model();
            chart = { type, source: source.model(), seriesBy, title: "", anchor: null };
            sheet.charts.push(chart);
          },
          [type, seriesBy],
          "charts.add",
        );
        return new ChartProxy(this.ctx, () => {
          if (!chart) throw new FakeOfficeError("ItemNotFound", "no chart");
          return chart;
        });
      },
    };
  }

  /**
   * A multi-area range (`"A1:B2,D4"`): only its font, fill, alignment, indent, wrapping and row height are modelled. Setting a
   * property is one operation in the request (carrying the address once), recorded as one style entry per area.
   */
  getRanges(addresses: string): { format: RangeProxy["format"] } {
    const areas = addresses.split(",").map((text) => {
      const [start, end = start] = text.split(":").map(parseCell);
      if (!start || !end) throw new FakeOfficeError("InvalidArgument", `bad address ${addresses}`);
      return { row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
    });
    const record = (property: string, value: unknown) =>
      this.ctx.enqueue(() => {
        const sheet = this.model();
        for (const a of areas) sheet.styles.push({ ...a, property, value });
      }, [addresses, property, value]);
    const setter = (prefix: string) =>
      new Proxy(
        {},
        {
          set: (_target, property, value) => {
            record(`${prefix}.${String(property)}`, value);
            return true;
          },
        },
      );
    const format = Object.defineProperties(
      { font: setter("font"), fill: setter("fill") },
      {
        horizontalAlignment: {
          set: (value: string) => record("horizontalAlignment", value),
          enumerable: true,
        },
        indentLevel: { set: (value: number) => record("indentLevel", value), enumerable: true },
        verticalAlignment: { set: (value: string) => record("verticalAlignment", value), enumerable: true },
        wrapText: { set: (value: boolean) => record("wrapText", value), enumerable: true },
        rowHeight: { set: (value: number) => record("rowHeight", value), enumerable: true },
      },
    );
    // Any other property would be set on nothing, silently: refused, so a style the fake does not model fails.
    return { format: Object.preventExtensions(format) as RangeProxy["format"] };
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "empty range");
      return { sheet: this.model(), row, col, rows, cols };
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.model();
      const excel = this.ctx.excel;
      if (excel.sheets.length === 1)
        throw new FakeOfficeError("InvalidOperation", "cannot delete the last sheet");
      s.deleted = true;
      excel.sheets = excel.sheets.filter((x) => x !== s);
      // As Excel does, a formula that named the deleted sheet now reads #REF!.
      retargetFormulas(excel, s.name, "#REF!");
      excel.tables = excel.tables.filter((t) => t.sheet !== s);
      if (excel.activeSheet === s) excel.activeSheet = excel.sheets[0];
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.excel.activeSheet = this.model();
    });
  }
}

class NamedItemCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {}

  add(name: string, reference: RangeProxy | string): { visible: boolean } {
    this.ctx.enqueue(
      () => {
        const s = this.sheet();
        if (s.names.has(name)) throw new FakeOfficeError("ItemAlreadyExists", `name ${name} exists`);
        // A range reference follows its sheet when it is renamed, as Excel updates references.
        const target = typeof reference === "string" ? null : reference.model();
        s.names.set(name, {
          get formula() {
            return target ? `='${target.sheet.name}'!$A$1` : String(reference);
          },
          visible: true,
        });
      },
      name,
      "names.add",
    );
    const ctx = this.ctx;
    const sheet = this.sheet;
    return {
      set visible(v: boolean) {
        ctx.enqueue(() => {
          sheet().names.get(name)!.visible = v;
        });
      },
      get visible(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "visible");
      },
    };
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => this.sheet().names.get(name) ?? null, name);
  }
}

class NamedItemProxy extends Loadable {
  private readonly resolve: () => { formula: string } | null;
  constructor(
    ctx: FakeContext,
    resolve: () => { formula: string } | null,
    private readonly name_: string,
  ) {
    super(ctx);
    this.resolve = bound(resolve);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject") as boolean;
  }
  get formula(): string {
    return this.read("formula") as string;
  }
  load(props?: string): this {
    this.queueLoad(
      props ?? "formula",
      (p) => {
        const n = this.resolve();
        if (p === "formula") return n ? n.formula : undefined;
        if (p === "name") return n ? this.name_ : undefined;
        throw new TypeError(`fake NamedItem cannot load ${p}`);
      },
      ["formula"],
    );
    this.ctx.enqueue(() => {
      this.loaded.isNullObject = !this.resolve();
    });
    return this;
  }
}

/** `OfficeExtension.EventHandlers`: `add` registers at the next sync; `remove` at the sync after it is called. */
class EventHandlersProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly event: string,
  ) {}

  add(handler: (args: unknown) => Promise<unknown>) {
    const { excel } = this.ctx;
    this.ctx.enqueue(() => {
      const set = excel.handlers.get(this.event) ?? new Set();
      set.add(handler);
      excel.handlers.set(this.event, set);
    });
    return {
      context: this.ctx,
      remove: () => this.ctx.enqueue(() => excel.handlers.get(this.event)?.delete(handler)),
    };
  }
}

class TableCollectionProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: (() => SheetModel) | null,
  ) {
    super(ctx);
  }

  get items(): TableProxy[] {
    return this.read("items") as TableProxy[];
  }

  get onChanged(): EventHandlersProxy {
    return new EventHandlersProxy(this.ctx, "tables.onChanged");
  }

  get onAdded(): EventHandlersProxy {
    return new EventHandlersProxy(this.ctx, "tables.onAdded");
  }

  get onDeleted(): EventHandlersProxy {
    return new EventHandlersProxy(this.ctx, "tables.onDeleted");
  }

  load(props?: string): this {
    this.queueLoad(
      "items",
      () =>
        this.ctx.excel.tables
          .filter((t) => !this.sheet || t.sheet === this.sheet())
          .map((t) => {
            const proxy = new TableProxy(this.ctx, () => t);
            if (props?.includes("name") || props === undefined) proxy.preload({ name: t.name });
            if (props?.includes("id") || props === undefined) proxy.preload({ id: t.id });
            return proxy;
          }),
      ["items"],
    );
    return this;
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => {
      const t = this.ctx.excel.table(name);
      if (!t) throw new FakeOfficeError("ItemNotFound", `table ${name} not found`);
      return t;
    });
  }

  add(source: RangeProxy, hasHeaders: boolean): TableProxy {
    if (!this.sheet) throw new TypeError("fake: add tables through worksheet.tables");
    let created: TableModel | null = null;
    this.ctx.enqueue(() => {
      if (!hasHeaders) throw new TypeError("fake: tables are created with headers");
      const r = source.model();
      const excel = this.ctx.excel;
      const overlaps = excel.tables.some(
        (t) =>
          t.sheet === r.sheet &&
          t.row < r.row + r.rows &&
          r.row < t.row + t.bodyRows + 1 &&
          t.col < r.col + r.cols &&
          r.col < t.col + t.cols,
      );
      if (overlaps) throw new FakeOfficeError("InvalidOperation", "tables cannot overlap");
      let n = 1;
      while (excel.table(`Table${n}`)) n++;
      // A header-only range gets one blank data row, as in Excel.
      created = new TableModel(`Table${n}`, r.sheet, r.row, r.col, r.cols, Math.max(1, r.rows - 1));
      excel.tables.push(created);
    }, hasHeaders);
    return new TableProxy(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "the table was not created");
      return created;
    });
  }
}

class TableProxy extends Loadable {
  private readonly resolve: () => TableModel;
  constructor(ctx: FakeContext, resolve: () => TableModel) {
    super(ctx);
    this.resolve = bound(resolve);
  }
  preload(values: Record<string, unknown>): void {
    Object.assign(this.loaded, values);
  }
  get name(): string {
    return this.read("name") as string;
  }
  get id(): string {
    return this.read("id") as string;
  }
  set name(value: string) {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      const other = this.ctx.excel.table(value);
      if (other && other !== t) throw new FakeOfficeError("ItemAlreadyExists", `table ${value} exists`);
      t.name = value;
    }, value);
  }
  set style(value: string) {
    this.ctx.enqueue(() => {
      this.resolve().style = value;
    }, value);
  }
  get showTotals(): boolean {
    return this.read("showTotals") as boolean;
  }
  load(props?: string): this {
    this.queueLoad(
      props ?? "name,showTotals",
      (p) => {
        const t = this.resolve();
        if (p === "name") return t.name;
        if (p === "showTotals") return t.showTotals;
        throw new TypeError(`fake Table cannot load ${p}`);
      },
      ["name", "showTotals"],
    );
    return this;
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      return {
        sheet: t.sheet,
        row: t.row,
        col: t.col,
        rows: t.bodyRows + 1 + (t.showTotals ? 1 : 0),
        cols: t.cols,
      };
    });
  }
  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, row: t.row, col: t.col, rows: 1, cols: t.cols };
    });
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, row: t.row + 1, col: t.col, rows: t.bodyRows, cols: t.cols };
    });
  }
  /** `table.columns.getItemAt(i).getDataBodyRange()`: one column's data body. */
  get columns(): { getItemAt(i: number): { getDataBodyRange(): RangeProxy } } {
    return {
      getItemAt: (i) => ({
        getDataBodyRange: () =>
          new RangeProxy(this.ctx, () => {
            const t = this.resolve();
            if (i < 0 || i >= t.cols) throw new FakeOfficeError("ItemNotFound", `column ${i}`);
            return { sheet: t.sheet, row: t.row + 1, col: t.col + i, rows: t.bodyRows, cols: 1 };
          }),
      }),
    };
  }
  get rows(): {
    add(index: number | null, values: unknown[][]): void;
    getItemAt(i: number): { delete(): void };
  } {
    return {
      add: (index, values) => {
        this.ctx.enqueue(() => {
          const t = this.resolve();
          const at = index === null || index === undefined ? t.bodyRows : index;
          if (at < 0 || at > t.bodyRows) throw new FakeOfficeError("InvalidArgument", `row index ${at}`);
          const n = values.length;
          const r = { sheet: t.sheet, row: t.row + 1 + at, col: t.col, rows: n, cols: t.cols };
          const data = checkShape(r, values, "rows.add");
          t.sheet.insertRows(t.row + 1 + at, t.col, t.col + t.cols, n);
          t.bodyRows += n;
          data.forEach((row, i) =>
            row.forEach((v, j) => enter(this.ctx.excel, t.sheet.ensure(r.row + i, r.col + j), v)),
          );
        }, values);
      },
      getItemAt: (i) => ({
        delete: () =>
          this.ctx.enqueue(() => {
            const t = this.resolve();
            if (i < 0 || i >= t.bodyRows) throw new FakeOfficeError("ItemNotFound", `row ${i}`);
            t.sheet.deleteRows(t.row + 1 + i, t.col, t.col + t.cols, 1);
            if (t.bodyRows > 1) t.bodyRows -= 1;
          }, i),
      }),
    };
  }
}

class ChartProxy {
  private readonly resolve: () => ChartModel;
  constructor(
    private readonly ctx: FakeContext,
    resolve: () => ChartModel,
  ) {
    this.resolve = bound(resolve);
  }
  get title(): { text: string } {
    const ctx = this.ctx;
    const resolve = this.resolve;
    return {
      set text(v: string) {
        ctx.enqueue(() => {
          resolve().title = v;
        }, v);
      },
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "text");
      },
    };
  }
  setPosition(start: RangeProxy): void {
    this.ctx.enqueue(() => {
      this.resolve().anchor = start.model();
    });
  }
}

/** Records a format property set on a range into the sheet's style log. */
function styleSetter(ctx: FakeContext, range: () => RangeModel, property: string) {
  return (value: unknown) =>
    ctx.enqueue(() => {
      const r = range();
      r.sheet.styles.push({ row: r.row, col: r.col, rows: r.rows, cols: r.cols, property, value });
    }, [property, value]);
}

class RangeProxy extends Loadable {
  private readonly resolve: () => RangeModel;
  constructor(ctx: FakeContext, resolve: () => RangeModel) {
    super(ctx);
    this.resolve = bound(resolve);
  }

  /** @internal the resolved range (at sync time). */
  model(): RangeModel {
    return this.resolve();
  }

  get values(): Scalar[][] {
    return this.read("values") as Scalar[][];
  }
  set values(data: unknown[][]) {
    this.ctx.enqueue(() => {
      const r = this.resolve();
      checkShape(r, data, "values").forEach((row, i) =>
        row.forEach((v, j) => enter(this.ctx.excel, r.sheet.ensure(r.row + i, r.col + j), v)),
      );
    }, data);
  }
  get formulas(): Scalar[][] {
    return this.read("formulas") as Scalar[][];
  }
  set formulas(data: unknown[][]) {
    this.values = data;
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat") as string[][];
  }
  set numberFormat(data: unknown[][]) {
    this.ctx.enqueue(() => {
      const r = this.resolve();
      checkShape(r, data, "numberFormat").forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null && f !== undefined) r.sheet.ensure(r.row + i, r.col + j).numberFormat = String(f);
        }),
      );
    }, data);
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get address(): string {
    return this.read("address") as string;
  }

  load(props?: string): this {
    this.queueLoad(
      props ?? "values",
      (p) => {
        const r = this.resolve();
        switch (p) {
          case "values":
            return readValues(r);
          case "formulas":
            return readFormulas(r);
          case "numberFormat":
            return readValues(r).map((row, i) =>
              row.map((_, j) => r.sheet.cell(r.row + i, r.col + j)?.numberFormat ?? "General"),
            );
          case "rowCount":
            return r.rows;
          case "address":
            return address(r);
          default:
            throw new TypeError(`fake Range cannot load ${p}`);
        }
      },
      ["values"],
    );
    return this;
  }

  /** Merges the range into one cell (`across`: each row on its own; unmodelled, so refused). */
  merge(across = false): void {
    if (across) throw new TypeError("fake Range.merge models one merged area only");
    this.ctx.enqueue(() => {
      const r = this.resolve();
      r.sheet.merges.push({ row: r.row, col: r.col, rows: r.rows, cols: r.cols });
    }, "merge");
  }

  /** The merged areas intersecting the range (ExcelApi 1.13), a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const r = this.resolve();
      return r.sheet.merges
        .filter(
          (m) =>
            m.row < r.row + r.rows &&
            m.row + m.rows > r.row &&
            m.col < r.col + r.cols &&
            m.col + m.cols > r.col,
        )
        .map((m) => ({ sheet: r.sheet, ...m }));
    });
  }

  getRow(i: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const r = this.resolve();
      if (i < 0 || i >= r.rows) throw new FakeOfficeError("InvalidArgument", `row ${i} outside the range`);
      return { ...r, row: r.row + i, rows: 1 };
    });
  }

  getCell(i: number, j: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const r = this.resolve();
      return { ...r, row: r.row + i, col: r.col + j, rows: 1, cols: 1 };
    });
  }

  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const r = this.resolve();
      return { ...r, rows: r.rows + deltaRows, cols: r.cols + deltaCols };
    });
  }

  get format(): {
    font: { bold: boolean; italic: boolean; color: string; size: number };
    fill: { color: string };
    columnWidth: number;
    wrapText: boolean;
    horizontalAlignment: string;
    indentLevel: number;
    verticalAlignment: string;
    rowHeight: number;
    autofitColumns(): void;
  } {
    const ctx = this.ctx;
    const r = () => this.resolve();
    const prop = (name: string) => ({ set: styleSetter(ctx, r, name), enumerable: true });
    const font = Object.defineProperties(
      {},
      {
        bold: prop("font.bold"),
        italic: prop("font.italic"),
        color: prop("font.color"),
        size: prop("font.size"),
      },
    );
    const fill = Object.defineProperties({}, { color: prop("fill.color") });
    const format = Object.defineProperties(
      {
        font,
        fill,
        autofitColumns: () => styleSetter(ctx, r, "autofitColumns")(true),
      },
      {
        wrapText: prop("wrapText"),
        horizontalAlignment: prop("horizontalAlignment"),
        indentLevel: prop("indentLevel"),
        verticalAlignment: prop("verticalAlignment"),
        rowHeight: prop("rowHeight"),
        columnWidth: {
          set: (w: number) =>
            ctx.enqueue(() => {
              const m = r();
              for (let c = m.col; c < m.col + m.cols; c++) m.sheet.columnWidths.set(c, w);
            }, w),
        },
      },
    );
    // Any other property would be set on nothing, silently: refused, so a style the fake does not model fails.
    return Object.preventExtensions(format) as any;
  }

  get conditionalFormats(): { add(type: string): any } {
    return {
      add: (type: string) => {
        const cf: ConditionalFormatModel = {
          range: null as unknown as RangeModel,
          type,
          rule: null,
          fill: null,
          font: null,
        };
        this.ctx.enqueue(() => {
          cf.range = this.resolve();
          cf.range.sheet.conditionalFormats.push(cf);
        }, type);
        const ctx = this.ctx;
        const cellValue = {
          set rule(rule: { formula1?: string; operator?: string }) {
            ctx.enqueue(() => {
              cf.rule = rule;
            }, rule);
          },
          format: {
            fill: {
              set color(c: string) {
                ctx.enqueue(() => {
                  cf.fill = c;
                }, c);
              },
            },
            font: {
              set color(c: string) {
                ctx.enqueue(() => {
                  cf.font = c;
                }, c);
              },
            },
          },
        };
        return { cellValue };
      },
    };
  }
}

/** `Excel.RangeAreas` as returned by `getMergedAreasOrNullObject`: its address, or a null object. */
class RangeAreasProxy extends Loadable {
  private readonly resolve: () => RangeModel[];
  constructor(ctx: FakeContext, resolve: () => RangeModel[]) {
    super(ctx);
    this.resolve = bound(resolve);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject") as boolean;
  }
  get address(): string {
    if (this.isNullObject) throw new FakeOfficeError("InvalidObjectPath", "null object");
    return this.read("address") as string;
  }
  load(props?: string): this {
    this.queueLoad(
      props ?? "address",
      (p) => {
        if (p === "address") return this.resolve().map(address).join(", ");
        throw new TypeError(`fake RangeAreas cannot load ${p}`);
      },
      ["address"],
    );
    // isNullObject is always known after a sync.
    this.ctx.enqueue(() => {
      this.loaded.isNullObject = this.resolve().length === 0;
    });
    return this;
  }
}
