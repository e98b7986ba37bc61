/**
 * Reads an import file, CSV or XLSX, into the import's source table — for the CLI and the task pane alike. An
 * export saved as XLSX (Zoho CRM, 纷享销客, Microsoft Forms and 问卷星 all offer it) is read with ExcelJS, loaded
 * only when an .xlsx file is read (in the pane it is a chunk of its own, fetched on demand, outside the pane's
 * first-screen budget): the first sheet that has data, cells unwrapped as the xlsx adapter reads them (dates stay
 * Dates).
 */
import type ExcelJS from "exceljs";
import { KpiError } from "../core/errors";
import type { RawCell } from "../model";
import { rawOf } from "../workbook/xlsx/cells";
import { readCsv, tableOf, type SourceTable } from "./source";

/** ExcelJS, on first use (Node: the package; the browser: its own bundle, by the package's `browser` field). */
async function excelJs(): Promise<typeof ExcelJS> {
  const module = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  return (module as unknown as { default: typeof ExcelJS }).default ?? module;
}

/**
 * @param fileName - for messages.
 * @param bytes - the .xlsx file.
 * @returns the first non-empty sheet as a source table.
 * @throws KpiError `import.err.empty` when no sheet has a header and data; `import.err.format` when the bytes are
 *   not an XLSX file.
 */
export async function readXlsxSource(fileName: string, bytes: Uint8Array): Promise<SourceTable> {
  const workbook = new (await excelJs()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new KpiError("value", "import.err.format", { file: fileName });
  }
  for (const sheet of workbook.worksheets) {
    // getSheetValues: one sparse, 1-based array of values per row (index 0 unused, blank rows absent).
    const sheetValues = sheet.getSheetValues() as (ExcelJS.CellValue[] | undefined)[];
    const width = sheet.columnCount;
    const cells: RawCell[][] = [];
    for (let r = 1; r < sheetValues.length; r++) {
      const values = sheetValues[r] ?? [];
      cells.push(Array.from({ length: width }, (_, c) => rawOf(values[c + 1])));
    }
    try {
      return tableOf(fileName, cells);
    } catch (error) {
      if (!(error instanceof KpiError)) throw error;
    }
  }
  throw new KpiError("value", "import.err.empty", { file: fileName });
}

/**
 * Reads an import file by its extension: `.xlsx` with ExcelJS, `.csv`/`.txt` as text (any encoding Excel writes).
 * @param fileName - the file's name.
 * @param bytes - its bytes.
 * @returns the source table.
 * @throws KpiError `import.err.format` for another extension.
 */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<SourceTable> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx")) return readXlsxSource(fileName, bytes);
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
    return readCsv(fileName, bytes);
  }
  throw new KpiError("value", "import.err.format", { file: fileName });
}
