/**
 * The WorkbookPort on an `.xlsx` file (Node only), through ExcelJS: the headless report, the CLI and the shipped
 * sample workbooks. Each schema table is a real Excel table on its own sheet, headers in the set-up language;
 * reading accepts either language. Writes are planned and validated on cells first (`src/model/edits.ts`) and
 * then applied in memory in one step; `save`/`toBuffer` write the file.
 *
 * Generated sheets carry the same marker as in Excel (src/workbook/README.md): a sheet-scoped defined name
 * `KPIDESK_GENERATED` referring to the sheet's own `$A$1`. ExcelJS keeps defined names workbook-wide, so this
 * adapter reads the marker from the names' ranges on load and writes one sheet-scoped name per generated sheet
 * on save.
 *
 * A sheet plan is rendered with values: a formula cell shows the value core computed, and its formula is kept as
 * text in a note ("formulas as text where Excel would show live formulas", report.md) — one note per run of formula
 * cells down a column (see `planSheet.ts`) — because the `KPI.` functions exist only inside Excel. Charts are
 * rendered as their data with a note beside it, since ExcelJS cannot draw charts. A generated sheet's cells are written
 * as sheet XML directly when the file is saved (`planSheet.ts`, `lazySheets.ts`); ExcelJS writes the rest of it.
 */
import { readFile, writeFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { ValueType, Workbook } from "./exceljs";
import { KpiError } from "../../core/errors";
import type { Locale } from "../../i18n";
import {
  assertValidRows,
  checkSheetName,
  isTableKey,
  headersOf,
  planAppend,
  planDelete,
  planUpdate,
  readSettings,
  readTable,
  resolveHeaders,
  tableReader,
  rowToCells,
  serialOfDate,
  sheetNameOf,
  tableSpec,
  TABLE_KEYS,
  uniqueSheetName,
  type CellValue,
  type ColumnKey,
  type HeaderMap,
  type RawCell,
  type TableKey,
  type TableReader,
  type TableRows,
} from "../../model";
import type { MergedRect } from "../../model/layout";
import { tablePrint, type PlanBlock, type PlanPrint, type SheetPlan } from "../../model/sheetPlan";
import { GENERATED_SHEET_MARKER, GENERATED_SHEET_PROTECTION } from "../marker";
import { columnFormatCode } from "../formats";
import type { EnsureResult, SeedRows, TableAppend, WorkbookPort } from "../port";
import { columnLetters, decodeBox, encodeBox, markerRange, rawOf, sheetOfRange, type Box } from "./cells";
import {
  keepLargeSheets,
  keptBytes,
  keptRows,
  readRowBreaks,
  restoreKeptSheets,
  type KeptSheet,
} from "./lazySheets";
import { REPORT_FONT, layOutPlan, type CellLook } from "./planSheet";
import { eachBoxRow, readBoxValues, XmlBytes, type CellContext } from "./sheetXml";
import { applyMerges, bodyMerges, readBody } from "./merges";
import { assertXlsxFile } from "./sniff";

/** The part of ExcelJS's table model this adapter reads and maintains. */
interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string }[];
  rows?: unknown[];
}

/** ExcelJS's runtime table object (its type declarations differ from what `getTables()` returns). */
interface TableHandle {
  table: TableModel;
}

/** A schema table located in the workbook. */
interface Located {
  sheet: ExcelJS.Worksheet;
  model: TableModel;
  box: Box;
  header: RawCell[];
  body: RawCell[][];
  /** Merged areas inside the body (read as Excel reads them: only the top-left cell has a value). */
  merged: MergedRect[];
}

/** Options of `XlsxWorkbook`. */
export interface XlsxWorkbookOptions {
  /** Language of generated sheets (number formats, chart and note text). Default: the set-up language, else en-US. */
  locale?: Locale;
  /**
   * When loading: worksheets whose XML is larger than this many bytes are kept as XML rather than turned into
   * ExcelJS cells (tables are read from the XML; the cells are written back unchanged on save), which makes a
   * 2,000-person workbook load in seconds instead of minutes. A write to such a sheet's table first loads the
   * whole workbook the ordinary way. Default 1 MB; `Infinity` turns it off, 0 keeps every sheet as XML.
   */
  lazySheetBytes?: number;
}

/** A created table with more seed rows than this is written as kept XML (see `keepSeed`). */
const KEEP_SEED_ROWS = 5000;

/** Default of {@link XlsxWorkbookOptions.lazySheetBytes}. */
const LAZY_SHEET_BYTES = 1_000_000;

const TABLE_STYLE = "TableStyleMedium2";
const TEXT_FORMAT = "@";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } };
const TONES: Record<"good" | "warn" | "bad", { fill: string; font: string }> = {
  good: { fill: "FFC6EFCE", font: "FF006100" },
  warn: { fill: "FFFFEB9C", font: "FF9C5700" },
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
};

/** The file adapter. */
export class XlsxWorkbook implements WorkbookPort {
  /** Sheets marked as the add-in's own, by lower-case name. */
  private readonly generated = new Set<string>();
  private locale: Locale | undefined;
  /** Sheets kept as XML (see {@link XlsxWorkbookOptions.lazySheetBytes}), by their ExcelJS stub. */
  private kept = new Map<ExcelJS.Worksheet, KeptSheet>();
  /** Shared strings and date styles of the loaded file, for reading kept sheets. */
  private keptContext: (CellContext & { items: string }) | null = null;

  private constructor(
    /** The underlying ExcelJS workbook (for inspection in tests and the CLI). */
    public workbook: ExcelJS.Workbook,
    options: XlsxWorkbookOptions,
  ) {
    this.locale = options.locale;
    this.readMarkers();
    this.patchDefinedNames();
  }

  /**
   * @param options - language of generated sheets.
   * @returns an empty workbook (no sheets until set-up or `writeSheet`).
   * @example const port = XlsxWorkbook.create(); await setUpWorkbook(port, { locale: "en-US", withSample: true });
   */
  static create(options: XlsxWorkbookOptions = {}): XlsxWorkbook {
    return new XlsxWorkbook(new Workbook(), options);
  }

  /**
   * Opens a workbook file or buffer.
   * @param source - a file path or the file's bytes.
   * @param options - language of generated sheets.
   * @returns the adapter.
   * @throws KpiError `workbook.err.notXlsx.<kind>` when the file is clearly something else (CSV, encrypted or old
   *   `.xls`, PDF, empty…), `workbook.err.fileRead` when it cannot be read as `.xlsx`.
   */
  static async load(
    source: string | ArrayBuffer | Uint8Array,
    options: XlsxWorkbookOptions = {},
  ): Promise<XlsxWorkbook> {
    const file = typeof source === "string" ? source : "(buffer)";
    await assertXlsxFile(source, file);
    const workbook = new Workbook();
    mergeSameNamesOnLoad(workbook);
    let kept: ReturnType<typeof keepLargeSheets> = null;
    try {
      const bytes =
        typeof source === "string"
          ? await readFile(source)
          : Buffer.from(source instanceof Uint8Array ? source : new Uint8Array(source));
      kept = keepLargeSheets(bytes, options.lazySheetBytes ?? LAZY_SHEET_BYTES);
      await workbook.xlsx.load((kept?.stubs ?? bytes) as never);
      restoreRowBreaks(workbook, readRowBreaks(kept?.stubs ?? bytes));
    } catch (error) {
      throw new KpiError("value", "workbook.err.fileRead", {
        file,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    const port = new XlsxWorkbook(workbook, options);
    if (kept) {
      port.keptContext = kept.context;
      for (const sheet of kept.sheets) {
        const stub = workbook.worksheets.find((s) => s.name === sheet.name);
        if (stub) port.kept.set(stub, sheet);
      }
    }
    return port;
  }

  /**
   * Writes the workbook to a file.
   * @param path - where to write.
   */
  async save(path: string): Promise<void> {
    if (this.kept.size === 0) await this.workbook.xlsx.writeFile(path);
    else await writeFile(path, await this.toBuffer());
  }

  /** @returns the workbook as `.xlsx` bytes. */
  async toBuffer(): Promise<Buffer> {
    if (this.kept.size === 0 || !this.keptContext) return Buffer.from(await this.workbook.xlsx.writeBuffer());
    // Written unpacked (jszip packs in JavaScript): restoreKeptSheets packs every part with Node's zlib.
    const written = Buffer.from(
      await this.workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never),
    );
    const live = [...this.kept].filter(([stub]) => this.workbook.worksheets.includes(stub));
    const file = restoreKeptSheets(
      written,
      live.map(([stub, sheet]) => ({ ...sheet, name: stub.name })),
      this.keptContext.items,
    );
    for (const sheet of this.kept.values()) sheet.unpacked = undefined;
    return file;
  }

  /**
   * Turns the sheets kept as XML into ExcelJS cells (by writing the workbook and loading it again), before an
   * operation that changes cells of a table on such a sheet.
   */
  private async materialize(): Promise<void> {
    if (this.kept.size === 0) return;
    const bytes = await this.toBuffer();
    const workbook = new Workbook();
    mergeSameNamesOnLoad(workbook);
    await workbook.xlsx.load(bytes as never);
    restoreRowBreaks(workbook, readRowBreaks(bytes));
    this.workbook = workbook;
    this.kept = new Map();
    this.keptContext = null;
    this.generated.clear();
    this.readMarkers();
    this.patchDefinedNames();
  }

  /** @returns the schema tables present, in workbook order. */
  async listTables(): Promise<TableKey[]> {
    const found: TableKey[] = [];
    for (const sheet of this.workbook.worksheets) {
      for (const handle of tablesOf(sheet)) {
        const key = TABLE_KEYS.find((k) => k.toLowerCase() === handle.table.name.toLowerCase());
        if (key && !found.includes(key)) found.push(key);
      }
    }
    return found;
  }

  /**
   * @param keys - tables to read.
   * @returns typed rows per table.
   * @throws KpiError `workbook.err.tableMissing`; ValidationError for a missing column or an unreadable cell.
   */
  async readTables<K extends TableKey>(keys: readonly K[]): Promise<{ [P in K]: TableRows[P][] }> {
    const result = {} as { [P in K]: TableRows[P][] };
    for (const key of keys) {
      const streamed = this.readKeptTable(key);
      if (streamed) {
        result[key] = streamed;
        continue;
      }
      const { sheet, box, header, body, merged } = this.locate(key);
      result[key] = readTable(key, header, body, {
        sheet: sheet.name,
        headerRow: box.top,
        firstColumn: box.left - 1,
        merged,
      });
    }
    return result;
  }

  /**
   * @param key - a table.
   * @param columns - column keys of its schema.
   * @returns its rows with only those columns (see `WorkbookPort.readColumns`).
   * @throws KpiError `workbook.err.tableMissing`; ValidationError as `readTables` for those columns.
   */
  async readColumns<K extends TableKey, C extends ColumnKey<K>>(
    key: K,
    columns: readonly C[],
  ): Promise<Pick<TableRows[K], C>[]> {
    const streamed = this.readKeptTable(key, columns);
    if (streamed) return streamed;
    const { sheet, box, header, body, merged } = this.locate(key);
    return readTable(
      key,
      header,
      body,
      { sheet: sheet.name, headerRow: box.top, firstColumn: box.left - 1, merged },
      columns,
    );
  }

  /** Appends rows after validating all of them (ids unique). */
  async appendRows<K extends TableKey>(key: K, rows: readonly TableRows[K][]): Promise<void> {
    await this.materialize();
    const located = this.locate(key);
    const plan = planAppend(key, located, rows);
    if (rows.length === 0) return;
    this.writeBody(located, plan.map, plan.fillBlank ? 0 : located.body.length, plan.rows);
  }

  /** Appends to several tables: every table's rows are planned (validated) before any is written. */
  async appendRowsTogether(writes: readonly TableAppend[]): Promise<void> {
    await this.materialize();
    const planned = writes.map(({ key, rows }) => ({
      key,
      rows,
      plan: planAppend(key, this.locate(key), rows as never[]),
    }));
    for (const { key, rows, plan } of planned) {
      if (rows.length === 0) continue;
      // Located again: a table grown above on the same sheet may have moved this one down.
      const located = this.locate(key);
      this.writeBody(located, plan.map, plan.fillBlank ? 0 : located.body.length, plan.rows);
    }
  }

  /** Replaces rows by id (merged with the file's edits since `base` was read); unknown id → nothing written. */
  async updateRows<K extends TableKey>(
    key: K,
    rows: readonly TableRows[K][],
    base?: readonly TableRows[K][],
  ): Promise<void> {
    await this.materialize();
    const located = this.locate(key);
    const changes = planUpdate(key, located, rows, base);
    const map = resolveHeaders(key, located.header);
    for (const [index, cells] of changes)
      this.writeRow(located.sheet, located.box.top + 1 + index, located.box.left, cells, map);
  }

  /**
   * Deletes rows by id; unknown id → nothing deleted. The rows below move up inside the table (values, formulas
   * and formats of every column, a user's own included); a table left without rows keeps one blank row. With
   * `base`, a row changed since it was read is refused and one already gone is skipped.
   */
  async deleteRows<K extends TableKey>(
    key: K,
    ids: readonly string[],
    base?: readonly TableRows[K][],
  ): Promise<void> {
    await this.materialize();
    const located = this.locate(key);
    const doomed = new Set(planDelete(key, located, ids, base));
    if (doomed.size === 0) return;
    const { sheet, model, box } = located;
    const width = box.right - box.left + 1;
    const first = Math.min(...doomed);
    const snapshot = (r: number) =>
      Array.from({ length: width }, (_, c) => {
        // Destructured at once: ExcelJS cells are plain objects (no Office.js load/sync involved).
        const { value, style } = sheet.getCell(r, box.left + c);
        return { value, style: { ...style } };
      });
    const moved = located.body.flatMap((_, i) =>
      i > first && !doomed.has(i) ? [snapshot(box.top + 1 + i)] : [],
    );
    const totals = model.totalsRow ? snapshot(box.bottom) : null;
    const count = Math.max(1, located.body.length - doomed.size);
    const end = box.top + count + (totals ? 1 : 0);
    for (let r = box.top + 1 + first; r <= box.bottom; r++) {
      for (let c = 0; c < width; c++) sheet.getCell(r, box.left + c).value = null;
    }
    const place = (cells: { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[], r: number) =>
      cells.forEach(({ value, style }, c) => {
        const cell = sheet.getCell(r, box.left + c);
        cell.value = value;
        cell.style = style;
      });
    moved.forEach((cells, i) => place(cells, box.top + 1 + first + i));
    if (totals) place(totals, end);
    setTableRef(model, { ...box, bottom: end });
  }

  /** Creates the missing tables on new sheets (a taken sheet name gets a suffix) and seeds only those. */
  async ensureTables(keys: readonly TableKey[], locale: Locale, seed: SeedRows = {}): Promise<EnsureResult> {
    const wanted = [...new Set(keys)];
    const present = new Set(await this.listTables());
    const existing = wanted.filter((k) => present.has(k));
    const created = wanted.filter((k) => !present.has(k));
    for (const key of created) assertValidRows(key, (seed[key] ?? []) as TableRows[typeof key][]);
    this.locale ??= locale;
    const taken = new Set(this.workbook.worksheets.map((s) => s.name.toLowerCase()));
    for (const key of created) {
      this.createTable(key, locale, uniqueSheetName(sheetNameOf(key, locale), taken), seed);
    }
    return { created, existing };
  }

  /**
   * Writes generated sheets one after the other, as {@link XlsxWorkbook.writeSheet} does, after checking
   * every name (a refusal writes nothing).
   * @param plans - the sheets, in order.
   * @throws KpiError `workbook.err.sheetNotOurs` or `workbook.err.badSheetName`.
   */
  async writeSheets(plans: readonly SheetPlan[]): Promise<void> {
    // Every name is checked first, so a refusal leaves all sheets as they were.
    for (const plan of plans) {
      checkSheetName(plan.name);
      const previous = this.workbook.worksheets.find((s) => s.name.toLowerCase() === plan.name.toLowerCase());
      if (previous && !this.generated.has(previous.name.toLowerCase()))
        throw new KpiError("value", "workbook.err.sheetNotOurs", { sheet: previous.name });
    }
    for (const plan of plans) await this.writeSheet(plan);
    // The file opens on the first sheet of the batch (a report's own sheet), as `writeSheets` promises.
    const first = plans.length > 0 ? this.workbook.getWorksheet(plans[0].name) : undefined;
    if (first) this.showSheet(first);
  }

  /**
   * Writes a generated sheet, replacing the previous one of that name only if the add-in made it. The sheet is
   * built under a temporary name and swapped in at the end, so a failure leaves the previous one in place.
   * @throws KpiError `workbook.err.sheetNotOurs` or `workbook.err.badSheetName`.
   */
  async writeSheet(plan: SheetPlan): Promise<void> {
    checkSheetName(plan.name);
    const previous = this.workbook.worksheets.find((s) => s.name.toLowerCase() === plan.name.toLowerCase());
    if (previous && !this.generated.has(previous.name.toLowerCase())) {
      throw new KpiError("value", "workbook.err.sheetNotOurs", { sheet: previous.name });
    }
    const taken = new Set(this.workbook.worksheets.map((s) => s.name.toLowerCase()));
    const sheet = this.workbook.addWorksheet(uniqueSheetName("KPIDESK_TMP", taken));
    try {
      this.renderPlan(sheet, plan);
      // No password: Excel refuses an accidental edit; the add-in's next run replaces the sheet whole.
      const allow = GENERATED_SHEET_PROTECTION;
      await sheet.protect("", {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: allow.allowFormatColumns,
        formatRows: allow.allowFormatRows,
        autoFilter: allow.allowAutoFilter,
        sort: allow.allowSort,
      });
    } catch (error) {
      this.workbook.removeWorksheet(sheet.id);
      this.kept.delete(sheet);
      throw error;
    }
    if (previous) {
      // Take the old sheet's place in the tab order.
      (sheet as unknown as { orderNo: number }).orderNo = (
        previous as unknown as { orderNo: number }
      ).orderNo;
      this.generated.delete(previous.name.toLowerCase());
      this.workbook.removeWorksheet(previous.id);
      this.kept.delete(previous);
    }
    sheet.name = plan.name;
    this.generated.add(plan.name.toLowerCase());
    // The file opens on the sheet written last, as Excel shows the sheet the add-in just wrote.
    this.showSheet(sheet);
  }

  /** Makes the file open on `sheet` (the workbook's active tab, the only selected one). */
  private showSheet(sheet: ExcelJS.Worksheet): void {
    const active = this.workbook.worksheets.indexOf(sheet);
    this.workbook.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: "visible" },
    ];
    for (const other of this.workbook.worksheets) {
      const view = other.views?.[0] as unknown as { tabSelected?: boolean } | undefined;
      if (view) view.tabSelected = other === sheet;
      else if (other === sheet) other.views = [{ tabSelected: true } as unknown as ExcelJS.WorksheetView];
    }
  }

  /**
   * Saves one file per named sheet, each printing only that sheet (the others are dropped or hidden), with the
   * print set-up intact — ExcelJS keeps row page breaks only for sheets written in this session, so the copies are
   * made from memory, not re-read. One file per sheet because LibreOffice counts "&N" (pages) over the whole
   * document. The workbook is left with only those sheets: call it after the full file is saved.
   * @param dir - the folder for the copies.
   * @param sheets - names of the sheets to print, in order.
   * @returns the files, in the order of `sheets`.
   */
  async savePrintCopies(dir: string, sheets: readonly string[]): Promise<string[]> {
    const keep = new Set(sheets.map((s) => s.toLowerCase()));
    for (const sheet of [...this.workbook.worksheets]) {
      if (keep.has(sheet.name.toLowerCase())) continue;
      this.workbook.removeWorksheet(sheet.id);
      this.kept.delete(sheet);
    }
    const files: string[] = [];
    for (const [i, name] of sheets.entries()) {
      for (const sheet of this.workbook.worksheets) {
        sheet.state = sheet.name.toLowerCase() === name.toLowerCase() ? "visible" : "hidden";
      }
      const active = this.workbook.worksheets.findIndex((s) => s.state === "visible");
      this.workbook.views = [
        { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: "visible" },
      ];
      for (const sheet of this.workbook.worksheets) {
        const view = sheet.views?.[0] as unknown as { tabSelected?: boolean } | undefined;
        if (view) view.tabSelected = sheet.state === "visible";
      }
      const file = `${dir}/${i + 1}.xlsx`;
      await writeFile(file, await this.toBuffer());
      files.push(file);
    }
    return files;
  }

  /**
   * Page set-up of the schema tables' sheets; see {@link WorkbookPort.printTables}. Reads only table positions.
   * @param footer - the page-number footer.
   */
  async printTables(footer: string): Promise<void> {
    for (const sheet of this.workbook.worksheets) {
      if (this.generated.has(sheet.name.toLowerCase())) continue;
      const tables = tablesOf(sheet).filter((h) => isTableKey(h.table.name));
      if (tables.length === 0) continue;
      // A sheet holds one schema table (set-up places each on its own); the widest decides if several do.
      const boxes = tables.map((h) => decodeBox(h.table.tableRef));
      const top = Math.min(...boxes.map((b) => b.top));
      const width = Math.max(...boxes.map((b) => b.right - b.left + 1));
      setUpPrinting(sheet, tablePrint(top - 1, width, footer));
    }
  }

  /** @returns names of the generated sheets, in workbook order. */
  async listGeneratedSheets(): Promise<string[]> {
    return this.workbook.worksheets
      .filter((s) => this.generated.has(s.name.toLowerCase()))
      .map((s) => s.name);
  }

  // ---- beyond the port: fixtures and inspection for tests ----

  /**
   * Adds a user's own sheet (something the add-in must never touch).
   * @param name - sheet name.
   * @param values - its cells (strings are plain text).
   */
  addUserSheet(name: string, values: CellValue[][]): void {
    const sheet = this.workbook.addWorksheet(name);
    values.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)));
  }

  /**
   * Adds a schema table as a user might have made it: any headers and raw cells, at A1 of a new sheet.
   * @param key - table name.
   * @param sheetName - its sheet.
   * @param header - header cells (made unique text, as Excel requires of table headers).
   * @param body - data cells.
   */
  addRawTable(key: TableKey, sheetName: string, header: CellValue[], body: CellValue[][]): void {
    const sheet = this.workbook.addWorksheet(sheetName);
    const names = header.map((h, i) => (h === null || h === "" ? `Column${i + 1}` : String(h)));
    sheet.addTable({
      name: key,
      ref: "A1",
      headerRow: true,
      style: { theme: TABLE_STYLE },
      columns: names.map((name) => ({ name })),
      rows: [],
    });
    const rows = body.length > 0 ? body : [header.map(() => null)];
    rows.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 2, c + 1).value = v)));
    const model = (sheet.getTable(key) as unknown as TableHandle).table;
    setTableRef(model, { top: 1, left: 1, bottom: rows.length + 1, right: header.length });
  }

  /**
   * @param name - a sheet name (any case).
   * @returns the sheet's values (unwrapped: formulas as their cached result) from A1 to its last used cell, or
   *   `undefined` when there is no such sheet.
   */
  sheetValues(name: string): CellValue[][] | undefined {
    const sheet = this.workbook.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) return undefined;
    const kept = this.kept.get(sheet);
    if (kept && this.keptContext) {
      const ref = /\bref="([^"]+)"/.exec(kept.dimension)?.[1];
      if (!ref) return [];
      const box = decodeBox(ref);
      const { bytes, start, end } = keptBytes(kept);
      return readBoxValues(bytes, { ...box, top: 1, left: 1 }, this.keptContext, { start, end }).map((row) =>
        row.map(toWritable),
      );
    }
    const values: CellValue[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) row.push(toWritable(rawOf(sheet.getCell(r, c).value)));
      values.push(row);
    }
    return values;
  }

  /**
   * @param name - a sheet name.
   * @returns A1 addresses of the cells on that sheet that hold a formula (for the formula-injection tests).
   */
  formulaCells(name: string): string[] {
    const sheet = this.workbook.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const found: string[] = [];
    const kept = sheet && this.kept.get(sheet);
    if (kept) {
      for (const m of keptRows(kept).matchAll(/<c\s[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g))
        if (m[2]?.includes("<f")) found.push(m[1]);
      return found;
    }
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ValueType.Formula) found.push(cell.address);
      }),
    );
    return found;
  }

  // ---- tables ----

  /**
   * Reads a table on a sheet kept as XML row by row, each row typed as soon as its cells are read (`tableReader`):
   * at 2,000 people no table of raw cells is built only to be typed and dropped.
   * @param columns - optional: only these columns (`readColumns`).
   * @returns the rows, or null when the table is not on a kept sheet (or its XML rows are out of order, which no
   *   writer produces: then it is read the ordinary way).
   */
  private readKeptTable<K extends TableKey>(key: K, columns?: readonly string[]): TableRows[K][] | null {
    const found = this.findTable(key);
    const kept = found && this.kept.get(found.sheet);
    if (!found || !kept || !this.keptContext) return null;
    const { sheet, model } = found;
    const box = decodeBox(model.tableRef);
    const lastBody = box.bottom - (model.totalsRow ? 1 : 0);
    const width = box.right - box.left + 1;
    const { rects, blank } = bodyMerges(sheet, box, lastBody);
    const { bytes, start, end } = keptBytes(kept);
    const header = new Array<RawCell>(width).fill(null);
    const cells = new Array<RawCell>(width);
    const place = { sheet: sheet.name, headerRow: box.top, firstColumn: box.left - 1, merged: rects };
    let reader: TableReader<K> | null = null;
    let last = 0;
    let ordered = true;
    eachBoxRow(
      bytes,
      { ...box, bottom: lastBody },
      this.keptContext,
      (row) => (row === box.top ? header : cells.fill(null)),
      (row, read) => {
        if (row <= last) ordered = false;
        last = row;
        if (row === box.top || !ordered) return;
        const merged = blank.size > 0 ? blank.get(row) : undefined;
        if (merged) for (const c of merged) read[c - box.left] = null;
        reader ??= tableReader(key, header, place, columns);
        reader.row(row - box.top - 1, read);
      },
      { start, end },
    );
    if (!ordered) {
      // The cells were unpacked for this read: keep them for the ordinary one.
      kept.unpacked = bytes;
      return null;
    }
    return (reader ?? tableReader(key, header, place, columns)).finish();
  }

  /** The sheet and table model of a schema table, or null when the workbook has none. */
  private findTable(key: TableKey): { sheet: ExcelJS.Worksheet; model: TableModel } | null {
    for (const sheet of this.workbook.worksheets) {
      for (const handle of tablesOf(sheet)) {
        if (handle.table.name.toLowerCase() === key.toLowerCase()) return { sheet, model: handle.table };
      }
    }
    return null;
  }

  private locate(key: TableKey): Located {
    for (const sheet of this.workbook.worksheets) {
      for (const handle of tablesOf(sheet)) {
        if (handle.table.name.toLowerCase() !== key.toLowerCase()) continue;
        const model = handle.table;
        const box = decodeBox(model.tableRef);
        const lastBody = box.bottom - (model.totalsRow ? 1 : 0);
        const kept = this.kept.get(sheet);
        if (kept && this.keptContext) {
          const { bytes, start, end } = keptBytes(kept);
          const [header, ...body] = readBoxValues(bytes, { ...box, bottom: lastBody }, this.keptContext, {
            start,
            end,
          });
          return { sheet, model, box, header, body, merged: applyMerges(sheet, box, lastBody, body) };
        }
        const read = (r: number) => {
          const cells: RawCell[] = [];
          for (let c = box.left; c <= box.right; c++) cells.push(rawOf(sheet.getCell(r, c).value));
          return cells;
        };
        const { body, merged } = readBody(sheet, box, lastBody);
        return { sheet, model, box, header: read(box.top), body, merged };
      }
    }
    throw new KpiError("na", "workbook.err.tableMissing", { table: key });
  }

  /**
   * Writes `rows` after the first `from` body rows, growing the table. When the table grows into rows that hold
   * anything, whole sheet rows are inserted first (as Excel does), so nothing below the table is overwritten. A
   * totals row moves down with the table.
   */
  private writeBody(located: Located, map: HeaderMap, from: number, rows: readonly CellValue[][]): void {
    const { sheet, model, box } = located;
    const width = box.right - box.left + 1;
    const totals = model.totalsRow ? this.rowValues(sheet, box.bottom, box.left, width) : null;
    const oldEnd = box.bottom;
    const newEnd = box.top + from + rows.length + (totals ? 1 : 0);
    if (newEnd > oldEnd && this.rowsOccupied(sheet, oldEnd + 1, newEnd)) {
      sheet.spliceRows(oldEnd + 1, 0, ...Array.from({ length: newEnd - oldEnd }, () => []));
    }
    if (totals) totals.forEach((_, c) => (sheet.getCell(oldEnd, box.left + c).value = null));
    rows.forEach((cells, i) => this.writeRow(sheet, box.top + 1 + from + i, box.left, cells, map));
    if (totals) totals.forEach((v, c) => (sheet.getCell(newEnd, box.left + c).value = v));
    setTableRef(model, { ...box, bottom: Math.max(newEnd, oldEnd) });
  }

  private rowValues(sheet: ExcelJS.Worksheet, row: number, left: number, width: number): ExcelJS.CellValue[] {
    return Array.from({ length: width }, (_, c) => sheet.getCell(row, left + c).value);
  }

  private rowsOccupied(sheet: ExcelJS.Worksheet, from: number, to: number): boolean {
    for (let r = from; r <= Math.min(to, sheet.rowCount); r++) {
      if (sheet.getRow(r).hasValues) return true;
    }
    return false;
  }

  /** Writes the add-in's columns of one table row; a user's own columns keep what they hold (formulas too). */
  private writeRow(
    sheet: ExcelJS.Worksheet,
    row: number,
    left: number,
    cells: readonly CellValue[],
    map: HeaderMap,
  ): void {
    cells.forEach((value, c) => {
      const column = map.positions[c];
      if (column === null) return;
      const cell = sheet.getCell(row, left + c);
      // A plain string value is written as text (never `{ formula }`), whatever it starts with.
      cell.value = value;
      const spec = tableSpec(map.table).columns.find((col) => col.key === column);
      const format = spec ? columnFormatCode(spec.type) : null;
      if (format) cell.numFmt = format;
      else if (typeof value === "string") cell.numFmt = TEXT_FORMAT;
    });
  }

  private createTable(key: TableKey, locale: Locale, sheetName: string, seed: SeedRows): void {
    const spec = tableSpec(key);
    const headers = headersOf(key, locale);
    const sheet = this.workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addTable({
      name: key,
      ref: "A1",
      headerRow: true,
      totalsRow: false,
      style: { theme: TABLE_STYLE, showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: [],
    });
    const map = resolveHeaders(key, headers);
    const rows = ((seed[key] ?? []) as TableRows[TableKey][]).map((row) => rowToCells(map, row));
    // Column formats first, so that cells typed later in Excel take the column's format too.
    spec.columns.forEach((column, i) => {
      const format = columnFormatCode(column.type);
      const width = Math.max(10, Math.min(40, headers[i].length * (locale === "zh-CN" ? 2.2 : 1.2) + 4));
      const excelColumn = sheet.getColumn(i + 1);
      excelColumn.width = width;
      if (format) excelColumn.numFmt = format;
    });
    const model = (sheet.getTable(key) as unknown as TableHandle).table;
    model.rows = [];
    headers.forEach((h, i) => {
      const cell = sheet.getCell(1, i + 1);
      cell.value = h;
      cell.numFmt = "General";
      cell.font = { bold: true };
    });
    const body = rows.length > 0 ? rows : [headers.map(() => null)];
    if (body.length > KEEP_SEED_ROWS) this.keepSeed(sheet, headers, body, map);
    else body.forEach((cells, r) => this.writeRow(sheet, r + 2, 1, cells, map));
    setTableRef(model, { top: 1, left: 1, bottom: body.length + 1, right: headers.length });
  }

  /**
   * Writes a large seed (the sample at scale) as sheet XML kept for the save, rather than as ExcelJS cells: the
   * same values and formats {@link XlsxWorkbook.writeRow} gives, in a fraction of the time and memory. The header
   * row goes into the XML too, since the XML replaces all of the sheet's cells when the file is written.
   */
  private keepSeed(sheet: ExcelJS.Worksheet, headers: string[], body: CellValue[][], map: HeaderMap): void {
    // Style keys: 0 the header's, then one per number format the rows use; a stub cell per key in the row after
    // the last.
    const styleRow = body.length + 2;
    const codes = ["General"];
    const keyOf = (code: string) => {
      const at = codes.indexOf(code);
      return at >= 0 ? at : codes.push(code) - 1;
    };
    const formats = map.positions.map((column) => {
      const spec =
        column === null ? undefined : tableSpec(map.table).columns.find((col) => col.key === column);
      return spec ? columnFormatCode(spec.type) : null;
    });
    const valueKeys = formats.map((f) => (f ? keyOf(f) : null));
    const textKeys = formats.map((f) => keyOf(f ?? TEXT_FORMAT));
    const letters = headers.map((_, c) => columnLetters(c + 1));
    // The XML is made when the file is written, with the style indices ExcelJS gave the keys: no renumbering
    // pass over it afterwards.
    // Written straight into bytes (`XmlBytes`): building the text first and encoding it cost twice as much.
    const build = function* (styleOf: (key: number) => number): Iterable<Buffer> {
      const out = new XmlBytes();
      out.text(`<row r="1">`);
      headers.forEach((h, c) => out.cell(letters[c], 1, h, styleOf(0)));
      out.text("</row>");
      const text = textKeys.map(styleOf);
      const values = valueKeys.map((k) => (k === null ? null : styleOf(k)));
      const positions = map.positions;
      for (let r = 0; r < body.length; r++) {
        const row = r + 2;
        out.text(`<row r="${row}">`);
        const cells = body[r];
        for (let c = 0; c < cells.length; c++) {
          if (positions[c] === null) continue;
          const value = cells[c];
          const style = typeof value === "string" ? text[c] : values[c];
          if (value === null && style === null) continue;
          out.cell(letters[c], row, value, style);
        }
        out.text("</row>");
        // Pieces of about a thousand rows: the file is written piece by piece (see `deflatedEntryOf`).
        if (r % 1000 === 999) yield out.take();
      }
      yield out.take();
    };
    codes.forEach((code, i) => {
      const cell = sheet.getCell(styleRow, i + 1);
      cell.numFmt = code;
      if (i === 0) cell.font = { bold: true };
    });
    this.keptContext ??= { strings: [], dates: [], items: "" };
    this.kept.set(sheet, {
      name: sheet.name,
      build,
      dimension: `<dimension ref="A1:${letters[letters.length - 1]}${body.length + 1}"/>`,
      styles: codes.map((_, i) => i),
      styleRow,
    });
  }

  // ---- generated sheets ----

  /**
   * The language of generated sheets: the one given to the adapter, else the set-up language (Settings), else
   * English — so a Chinese workbook opened from a file gets 万 formats without being told.
   */
  private sheetLocale(): Locale {
    if (this.locale) return this.locale;
    try {
      const { header, body } = this.locate("Settings");
      return readSettings(readTable("Settings", header, body)).settings.language;
    } catch {
      return "en-US";
    }
  }

  /**
   * Renders a plan onto a new sheet: the cells as sheet XML made when the file is written (see `planSheet.ts`),
   * everything else — widths, frozen rows, tables, conditional formats, merges, notes, print set-up — on the
   * sheet itself, where ExcelJS writes it.
   */
  private renderPlan(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
    const locale = this.sheetLocale();
    const usedTables = new Set(
      this.workbook.worksheets.flatMap((s) => tablesOf(s).map((h) => h.table.name.toLowerCase())),
    );
    const headerNames = new Map<number, string[]>();
    plan.blocks.forEach((block, b) => {
      const names = this.addPlanTable(sheet, block, usedTables);
      if (names) headerNames.set(b, names);
    });
    const grid = layOutPlan(plan, locale, headerNames);
    for (const highlight of plan.highlights ?? []) {
      const ref = encodeBox({
        top: highlight.row + 1,
        left: highlight.col + 1,
        bottom: highlight.row + Math.max(1, highlight.rows),
        right: highlight.col + 1,
      });
      sheet.addConditionalFormatting({
        ref,
        rules: highlight.rules.map((rule, i) => ({
          type: "cellIs",
          operator: "equal",
          priority: i + 1,
          formulae: [`"${rule.equals.replace(/"/g, '""')}"`],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: TONES[rule.tone].fill } },
            font: { color: { argb: TONES[rule.tone].font } },
          },
        })),
      });
    }
    (plan.widths ?? []).forEach((w, i) => {
      if (w > 0) sheet.getColumn(i + 1).width = w;
    });
    if (plan.freezeRows && plan.freezeRows > 0) sheet.views = [{ state: "frozen", ySplit: plan.freezeRows }];
    for (const note of grid.notes) sheet.getCell(note.row, note.col).note = note.text;
    for (const m of grid.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
    setUpPrinting(sheet, plan.print, REPORT_FONT[locale]);
    // One stub cell per look in the row after the grid's last: after ExcelJS has written the file, they say each
    // look's index.
    const styleRow = (grid.dimension ? decodeBox(grid.dimension).bottom : 0) + 1;
    grid.looks.forEach((look, i) => {
      if (i > 0) sheet.getCell(styleRow, i + 1).style = styleOfLook(look, locale);
    });
    this.keptContext ??= { strings: [], dates: [], items: "" };
    this.kept.set(sheet, {
      name: sheet.name,
      build: (styleOf) => grid.rowsXml(styleOf),
      dimension: grid.dimension ? `<dimension ref="${grid.dimension}"/>` : "",
      styles: grid.looks.map((_, i) => i),
      styleRow,
    });
  }

  /**
   * Makes a plan block an Excel table when the plan names one (a name already taken in the workbook is skipped).
   * @returns the table's column names, which its header cells must hold (unique), or null for no table.
   */
  private addPlanTable(sheet: ExcelJS.Worksheet, block: PlanBlock, usedTables: Set<string>): string[] | null {
    if (!block.tableName || block.cells.length === 0 || !isTableName(block.tableName)) return null;
    if (usedTables.has(block.tableName.toLowerCase())) return null;
    usedTables.add(block.tableName.toLowerCase());
    const width = block.cells[0].length;
    const seen = new Set<string>();
    const names = block.cells[0].map((cell, i) => {
      let name = cell.kind === "blank" ? `Column${i + 1}` : String(cell.value);
      while (seen.has(name.toLowerCase())) name = `${name} ${i + 1}`;
      seen.add(name.toLowerCase());
      return name;
    });
    const top = block.row + 1;
    const left = block.col + 1;
    sheet.addTable({
      name: block.tableName,
      ref: encodeBox({ top, left, bottom: top, right: left }).split(":")[0],
      headerRow: true,
      style: { theme: TABLE_STYLE, showRowStripes: true },
      columns: names.map((name) => ({ name, filterButton: true })),
      rows: [],
    });
    const model = (sheet.getTable(block.tableName) as unknown as TableHandle).table;
    model.rows = [];
    setTableRef(model, {
      top,
      left,
      bottom: top + Math.max(1, block.cells.length - 1),
      right: left + width - 1,
    });
    return names;
  }

  // ---- the generated-sheet marker ----

  /** Reads the marker names of a loaded file: every sheet a `KPIDESK_GENERATED` range points at. */
  private readMarkers(): void {
    const names = this.workbook.definedNames as unknown as { getRanges(name: string): { ranges: string[] } };
    for (const range of names.getRanges(GENERATED_SHEET_MARKER).ranges) {
      const sheet = sheetOfRange(range);
      if (sheet && this.workbook.worksheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase())) {
        this.generated.add(sheet.toLowerCase());
      }
    }
  }

  /**
   * Makes ExcelJS write one sheet-scoped `KPIDESK_GENERATED` name per generated sheet (its own `$A$1`), the
   * marker Office.js writes with `worksheet.names.add`. ExcelJS itself only knows workbook-wide names.
   */
  private patchDefinedNames(): void {
    const names = this.workbook.definedNames as unknown as object;
    const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), "model");
    if (!descriptor?.get || !descriptor.set) return;
    const { get, set } = descriptor;
    Object.defineProperty(names, "model", {
      configurable: true,
      get: () => {
        const others = (get.call(names) as { name: string }[]).filter(
          (n) => n.name !== GENERATED_SHEET_MARKER,
        );
        const markers = this.workbook.worksheets.flatMap((sheet, index) =>
          this.generated.has(sheet.name.toLowerCase())
            ? [{ name: GENERATED_SHEET_MARKER, ranges: [markerRange(sheet.name)], localSheetId: index }]
            : [],
        );
        return [...others, ...markers];
      },
      set: (value: unknown) => set.call(names, value),
    });
  }
}

/**
 * ExcelJS keeps one range list per defined name, so sheet-scoped names that share a name — the marker, once per
 * generated sheet — would overwrite each other on load and only the last generated sheet would be recognised.
 * Merge their ranges before ExcelJS sees them.
 */
function mergeSameNamesOnLoad(workbook: ExcelJS.Workbook): void {
  const names = workbook.definedNames as unknown as object;
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), "model");
  if (!descriptor?.get || !descriptor.set) return;
  const { get, set } = descriptor;
  Object.defineProperty(names, "model", {
    configurable: true,
    get: () => get.call(names),
    set: (value: readonly { name: string; ranges: string[] }[]) => {
      const merged = new Map<string, { name: string; ranges: string[] }>();
      for (const entry of value) {
        const seen = merged.get(entry.name);
        if (seen) seen.ranges.push(...entry.ranges);
        else merged.set(entry.name, { ...entry, ranges: [...entry.ranges] });
      }
      set.call(names, [...merged.values()]);
    },
  });
}

/** The tables of a sheet, as ExcelJS holds them at run time. */
function tablesOf(sheet: ExcelJS.Worksheet): TableHandle[] {
  return Object.values((sheet as unknown as { tables: Record<string, TableHandle> }).tables ?? {}).filter(
    (h) => h && h.table && typeof h.table.tableRef === "string",
  );
}

/** Excel's paper size code of A4. */
const A4 = 9;

/** ExcelJS's list of a sheet's row page breaks (not in its type declarations). */
function breaksOf(sheet: ExcelJS.Worksheet): { id: number; max: number; man: number }[] {
  return (sheet as unknown as { rowBreaks: { id: number; max: number; man: number }[] }).rowBreaks;
}

/**
 * ExcelJS style of a generated cell's look: every font named, in the report's font of the sheet's language (a
 * font without a name prints in the viewer's default, a serif in LibreOffice).
 */
function styleOfLook(look: CellLook, locale: Locale): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (look.numFmt) style.numFmt = look.numFmt;
  const font = { name: REPORT_FONT[locale], family: 2, size: 11 };
  if (look.font === "title") style.font = { ...font, bold: true, size: 14 };
  else if (look.font === "subtitle") style.font = { ...font, bold: true, size: 12 };
  else if (look.font === "note") style.font = { ...font, italic: true, color: { argb: "FF7F7F7F" } };
  else if (look.font === "bold") style.font = { ...font, bold: true };
  else if (look.font === "body") style.font = font;
  if (look.header) {
    style.fill = HEADER_FILL;
    style.border = { bottom: { style: "thin", color: { argb: "FF8EA9C8" } } };
  }
  if (look.wrap || look.top || look.right || look.indent)
    style.alignment = {
      ...(look.wrap ? { wrapText: true } : {}),
      ...(look.top ? { vertical: "top" } : {}),
      ...(look.right ? { horizontal: "right" } : {}),
      ...(look.indent ? { horizontal: "left", indent: 1 } : {}),
    };
  return style;
}

/**
 * Print set-up of a generated sheet, as the plan decided (src/report/plan.ts): A4 in the plan's orientation, all
 * columns scaled onto one page across and as many pages down as needed (pages split only between rows), the
 * title rows repeated on every page, a page break before each row the plan names, and page numbers counted
 * within the sheet in the footer (none for the statements, whose heading rows number each statement's own pages).
 * Without a plan print set-up: landscape, one page wide, sheet name and pages.
 */
function setUpPrinting(sheet: ExcelJS.Worksheet, print: PlanPrint | undefined, font?: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: print?.orientation ?? "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    // Numbering starts at 1 on every sheet, so a PDF of several sheets says "Page 1 of 3" per sheet, not 17/162.
    firstPageNumber: 1,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (print?.titleRows)
    sheet.pageSetup.printTitlesRow = `${print.titleRows.first + 1}:${print.titleRows.last + 1}`;
  // As `row.addPageBreak()` records it (a break after row `row`, 1-based), without making a row object per break.
  for (const row of print?.breaksBefore ?? [])
    if (row > 0) breaksOf(sheet).push({ id: row, max: 16838, man: 1 });
  // The footer in the sheet's font too (a generated sheet's), else the viewer's default.
  const f = font ? `&"${font},Regular"` : "";
  const right = print?.footer ?? "&P / &N";
  sheet.headerFooter = { oddFooter: `&L${f}&A${right ? `&R${f}${right}` : ""}` };
}

/**
 * Gives loaded sheets back the manual row breaks ExcelJS read past, so saving the workbook again keeps them (a
 * report's statements keep a page per person after the next report is generated, or any other re-save).
 */
function restoreRowBreaks(workbook: ExcelJS.Workbook, breaks: ReadonlyMap<string, number[]>): void {
  for (const sheet of workbook.worksheets) {
    const rows = breaks.get(sheet.name);
    if (!rows) continue;
    // The shape `setUpPrinting` (and ExcelJS's Row.addPageBreak) gives a break.
    breaksOf(sheet).splice(0, Infinity, ...rows.map((id) => ({ id, max: 16838, man: 1 })));
  }
}

/** Points a table at a new rectangle (header included; a totals row, if any, is the last row). */
function setTableRef(model: TableModel, box: Box): void {
  model.tableRef = encodeBox(box);
  model.autoFilterRef = encodeBox({ ...box, bottom: box.bottom - (model.totalsRow ? 1 : 0) });
}

/** Excel table names: a letter, underscore or backslash first, then letters, digits, underscores and periods. */
function isTableName(name: string): boolean {
  return /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && name.length <= 255;
}

/** A raw value as a writable cell value (dates back to serials). */
function toWritable(raw: RawCell): CellValue {
  if (raw === undefined) return null;
  if (raw instanceof Date) return serialOfDate(raw);
  return raw;
}
