/**
 * Small helpers between ExcelJS cells and the model's raw cells: A1 addresses, unwrapping ExcelJS cell values
 * (formulas, rich text, hyperlinks, errors), and the generated-sheet marker's defined-name text.
 */
import type { CellValue as ExcelValue } from "exceljs";
import type { RawCell } from "../../model";

/** A rectangle of 1-based rows and columns, inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * @param col - 1-based column number.
 * @returns its letters (1 → A, 27 → AA).
 */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * @param box - a rectangle.
 * @returns its A1 reference (`A1:L13`).
 */
export function encodeBox(box: Box): string {
  return `${columnLetters(box.left)}${box.top}:${columnLetters(box.right)}${box.bottom}`;
}

/**
 * @param ref - an A1 reference such as `A1:L13` or `$B$2` (a single cell gives a one-cell box).
 * @returns the rectangle.
 */
export function decodeBox(ref: string): Box {
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new Error(`not an A1 reference: ${ref}`);
    const col = m[1]
      .toUpperCase()
      .split("")
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  const from = cell(a);
  const to = cell(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/**
 * What a cell shows, unwrapped to a raw model value: a formula's cached result, rich text's plain text, a
 * hyperlink's text, an error's code (`#N/A`).
 * @param value - an ExcelJS cell value.
 * @returns the raw value.
 */
export function rawOf(value: ExcelValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) return rawOf(v.result as ExcelValue);
    if ("error" in v) return String(v.error);
    if ("text" in v) return rawOf(v.text as ExcelValue);
  }
  return String(value);
}

/**
 * The reference a sheet-scoped marker name points at: the sheet's own A1.
 * @param sheetName - the sheet.
 * @returns `'Sheet name'!$A$1` (quotes doubled inside the name).
 */
export function markerRange(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * @param range - a defined name's range such as `'Report 2026'!$A$1`.
 * @returns the sheet name it points at, or `null` for a range without a sheet.
 */
export function sheetOfRange(range: string): string | null {
  const bang = range.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
