/**
 * A file as the import sees it: a header row and data rows of raw cells, whatever the format (CSV in any of the
 * encodings Chinese and English Excel write, or the first sheet of an XLSX). Pure.
 */
import Papa from "papaparse";
import { KpiError } from "../core/errors";
import type { RawCell } from "../model";

/** One table read from a file. */
export interface SourceTable {
  /** The file name, for messages and the Audit log. */
  readonly fileName: string;
  /** Header cells, trimmed. */
  readonly headers: readonly string[];
  /** Data rows (fully blank rows removed); `lines[i]` is the row's line in the file (header = 1). */
  readonly rows: readonly (readonly RawCell[])[];
  readonly lines: readonly number[];
}

/** The text encodings a CSV may come in. */
export type TextEncoding = "utf-8" | "utf-16le" | "gb18030";

/**
 * Decodes the bytes of a text file: a UTF-8 or UTF-16 byte-order mark wins; otherwise strict UTF-8, and when
 * that fails GB18030 (a superset of GBK and GB2312: what Chinese Excel writes for "CSV (逗号分隔)").
 * @param bytes - the file.
 * @returns the text (without BOM) and the encoding used.
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text // "a"
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

const blank = (cell: RawCell) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/**
 * Builds a source table from rows of cells: the first non-blank row is the header; fully blank rows are dropped.
 * @param fileName - for messages.
 * @param cells - every row of the sheet or file, in order.
 * @returns the table.
 * @throws KpiError `import.err.empty` when there is no header or no data row.
 */
export function tableOf(fileName: string, cells: readonly (readonly RawCell[])[]): SourceTable {
  const headerAt = cells.findIndex((row) => !row.every(blank));
  if (headerAt < 0) throw new KpiError("value", "import.err.empty", { file: fileName });
  const headers = cells[headerAt].map((c) => (c === null || c === undefined ? "" : String(c).trim()));
  const rows: RawCell[][] = [];
  const lines: number[] = [];
  cells.slice(headerAt + 1).forEach((row, i) => {
    if (row.every(blank)) return;
    rows.push(headers.map((_, c) => row[c] ?? null));
    lines.push(headerAt + i + 2);
  });
  if (rows.length === 0) throw new KpiError("value", "import.err.empty", { file: fileName });
  return { fileName, headers, rows, lines };
}

/**
 * Reads a CSV (or tab-separated) file with papaparse, after decoding it.
 * @param fileName - for messages.
 * @param bytes - the file's bytes.
 * @returns the table; cells are strings.
 * @throws KpiError `import.err.csv` naming the line papaparse could not read, or `import.err.empty`.
 */
export function readCsv(fileName: string, bytes: Uint8Array): SourceTable {
  const { text } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: "" });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) {
    throw new KpiError("value", "import.err.csv", {
      file: fileName,
      line: (fatal.row ?? 0) + 1,
      detail: fatal.message,
    });
  }
  return tableOf(fileName, parsed.data);
}

/**
 * Normalises a header for comparison: case, spaces, underscores, full-width punctuation and a question number
 * such as `1、` or `Q3.` are ignored.
 * @param header - the header text.
 * @returns the comparable form.
 */
export function headerKey(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/^\s*(?:Q\s*)?\d+\s*[、.．:：)]\s*/i, "")
    .replace(/[\s_\-—:：*?？()（）]/g, "")
    .toLowerCase();
}
