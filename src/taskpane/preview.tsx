/**
 * The task pane in a plain browser (no Office): the same App on the in-memory workbook, for demonstrations and
 * the end-to-end tests. It starts on an empty workbook so that the first-run set-up is what one sees and tests;
 * `?sample` starts it already set up with the sample team instead.
 *
 * Query string: `lang=zh-CN|en-US` (default: the browser's language), `theme=light|dark|highContrast`,
 * `sample` (set up with the sample team before showing the pane; `sample=400` or `sample=2000` makes it that many
 * people, generated in the page), `book=<url>` (a workbook as the values Excel hands the pane — a book file,
 * src/workbook/memory/bookFile.ts — fetched and loaded as cells, so the pane reads and checks every cell as in
 * Excel; or a book index, one file per sheet, a table's file fetched only when the pane first reads the table, as
 * Excel hands a table's values only to its read: the pane bench's way). A `kpi-desk:seeded` performance mark is set
 * when either workbook is in memory (of a book index: its sheets listed, no table's values fetched yet).
 *
 * A test seam, here only (never in Excel's bundle): `window.kpiDeskPreview` changes the in-memory workbook as a
 * user editing the sheet in Excel would — cells changed or rows deleted behind the pane's back, with the change
 * event that makes an open screen follow — so the end-to-end tests can prove that no edit is lost.
 *
 * Where Excel would switch to a sheet the pane opens (Reports' "Open"), the preview shows that sheet's cells in a
 * dialog over the pane (shell/SheetPreview.tsx).
 */
import { loadStrings, resolveLocale } from "../i18n";
import { isTableKey, type CellValue, type TableKey, type TableRows } from "../model";
import { MemoryWorkbook, type ShownSheet } from "../workbook/memory";
import { localToday } from "../core";
import { parseThemeName } from "./theme";

/** The preview's test seam: a user's edits in "Excel" (table and column are the schema's English keys). */
export interface PreviewSeam {
  /** Types `value` into the `column` cell of the row with id `rowId` in `table` (e.g. "Tasks", "T000001", "Title"). */
  editCell(table: string, rowId: string, column: string, value: CellValue): void;
  /** Deletes the table row with id `rowId`. */
  deleteRow(table: string, rowId: string): void;
  /** The row as the workbook holds it now, or null when it is gone. */
  readRow(table: string, rowId: string): TableRows[TableKey] | null;
  /** Every row of a table as the workbook holds it now. */
  readRows(table: string): Promise<TableRows[TableKey][]>;
}

declare global {
  interface Window {
    /** Present in the browser preview only. */
    kpiDeskPreview?: PreviewSeam;
  }
}

function tableKey(table: string): TableKey {
  if (!isTableKey(table)) throw new Error(`kpiDeskPreview: no table ${table}`);
  return table;
}

/**
 * @param url - an address (`?book=`, or a sheet's values named by a book index, relative to it).
 * @returns its JSON, parsed.
 * @throws Error naming the address when it cannot be fetched.
 */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`?book=${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * @param url - the address of a book file, or of a book index (`?book=`).
 * @returns the memory workbook holding its sheets as cells — of a book index, each table's cells fetched on its
 *   first read.
 * @throws Error naming the address when it cannot be fetched or is neither a book file nor a book index.
 */
async function loadBook(url: string): Promise<MemoryWorkbook> {
  const [file, { memoryWorkbookOf, memoryWorkbookOfIndex, BOOK_INDEX_FORMAT }] = await Promise.all([
    fetchJson(url),
    import(/* webpackChunkName: "book-file" */ "../workbook/memory/bookFile"),
  ]);
  if ((file as { format?: unknown } | null)?.format !== BOOK_INDEX_FORMAT) return memoryWorkbookOf(file);
  const base = new URL(url, window.location.href);
  return memoryWorkbookOfIndex(file, (href) => fetchJson(new URL(href, base).href));
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const locale = resolveLocale(params.get("lang") ?? navigator.language);
  const theme = parseThemeName(params.get("theme"));
  document.documentElement.lang = locale;
  // A book file is fetched and read from the start, beside the strings and the pane's code.
  const bookUrl = params.get("book");
  const book = bookUrl ? loadBook(bookUrl) : null;
  // The strings of the pane, the workbook's headers and the sample, in this language (as on the Office page).
  await loadStrings(locale);
  // The pane's code loads on demand, as on the Office page (index.tsx), so both build the same "pane" chunks; it is
  // fetched while the sample is written. The sheet view is the preview's own chunk: what Excel shows when the pane
  // opens a sheet (Reports' "Open").
  const pane = Promise.all([
    import(/* webpackChunkName: "pane" */ "react-dom/client"),
    import(/* webpackChunkName: "pane" */ "./App"),
    import(/* webpackChunkName: "preview-sheet" */ "./shell/SheetPreview"),
  ]);
  // With `?sample`, the workbook Set up workbook makes with the sample team (every table, the sample's rows) —
  // made directly, so that the generator's rows are not validated again: test/model/sample.test.ts proves them
  // valid at every size and day (Excel has its workbook already; this is the preview's own share of the bench).
  let port = new MemoryWorkbook();
  if (book) {
    port = await book;
    performance.mark("kpi-desk:seeded");
  } else if (params.has("sample")) {
    const managers = Number(params.get("sample")) || undefined;
    const { generateSample } = await import(/* webpackChunkName: "sample" */ "../model/sample");
    const seed = generateSample({ locale, managers, asOf: localToday() });
    port = new MemoryWorkbook({ seed, locale, seedIsSample: true });
    // The pane bench (bench/pane.bench.ts) times the pane from here, apart from generating the sample.
    performance.mark("kpi-desk:seeded");
  }
  window.kpiDeskPreview = {
    editCell: (table, rowId, column, value) => port.editCell(tableKey(table), rowId, column, value),
    deleteRow: (table, rowId) => port.deleteRow(tableKey(table), rowId),
    readRow: (table, rowId) => port.readRow(tableKey(table), rowId),
    readRows: async (table) => {
      const key = tableKey(table);
      return (await port.readTables([key]))[key];
    },
  };
  const container = document.getElementById("root");
  if (!container) return;
  const [{ createRoot }, { App }, { SheetPreview }] = await pane;
  const onShow = (listener: (sheet: ShownSheet) => void) => port.onActivate(listener);
  createRoot(container).render(
    <App port={port} locale={locale} theme={theme} beside={<SheetPreview onShow={onShow} />} />,
  );
}

void main();
