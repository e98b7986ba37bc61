/**
 * Reads an export saved as XLSX (Zoho CRM, 纷享销客, Microsoft Forms and 问卷星 all offer it) into the import's
 * source table: the first sheet that has data, cells unwrapped as the adapter reads them (dates stay Dates).
 */
import ExcelJS from "exceljs";
import { KpiError } from "../../core/errors";
import { readCsv, tableOf, type SourceTable } from "../../import/source";
import type { RawCell } from "../../model";
import { rawOf } from "./cells";

/**
 * @param fileName - for messages.
 * @param bytes - the .xlsx file.
 * @returns the first non-empty sheet as a source table.
 * @throws KpiError `import.err.empty` when no sheet has a header and data; `import.err.format` when the bytes are
 *   not an XLSX file.
 */
export async function readXlsxSource(fileName: string, bytes: Uint8Array): Promise<SourceTable> {
  const workbook = new ExcelJS.Workbook();
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
 * Reads an import file by its extension: `.xlsx` with ExcelJS, `.csv`/`.txt` as text.
 * @param fileName - the file's name.
 * @param bytes - its bytes.
 * @returns the source table.
 * @throws KpiError `import.err.format` for another extension.
 */
export async function readSourceFile(fileName: string, bytes: Uint8Array): Promise<SourceTable> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx")) return readXlsxSource(fileName, bytes);
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
    return readCsv(fileName, bytes);
  }
  throw new KpiError("value", "import.err.format", { file: fileName });
}
