/**
 * Where a table is, from the addresses Office.js reports in the same batch as its values: the table range's
 * address (`Goals!A1:M30`, `'My Goals'!B3:N40`) gives the sheet and the header row; the body's merged areas
 * (`range.getMergedAreasOrNullObject().address`, ExcelApi 1.13) give the merged cells to list as data problems.
 * Pure: text in, numbers out.
 */
import type { MergedRect, TablePlace } from "../../model/layout";

/** A1 rectangle, 1-based, inclusive. */
interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Splits `Sheet!A1:B2` (the sheet possibly quoted, with `''` for a quote) into the sheet and its rectangle.
 * @param address - one A1 reference with its sheet.
 * @returns the sheet name and the rectangle, or null when it cannot be read.
 * @example splitAddress("'Q1 goals'!B3:C4") // { sheet: "Q1 goals", rect: { top: 3, left: 2, bottom: 4, right: 3 } }
 */
export function splitAddress(address: string): { sheet: string; rect: Rect } | null {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang < 0 ? "" : address.slice(0, bang).trim();
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(address.slice(bang + 1).trim());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  return { sheet, rect: { top, left, bottom, right } };
}

/**
 * Splits a RangeAreas address (`Goals!B3:B4, Goals!D5`) into its references, respecting quoted sheet names
 * that contain commas.
 * @param address - the areas' address.
 * @returns the references.
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/**
 * The place of a table from its range address and its body's merged areas.
 * @param tableAddress - the whole table range's address (header row first).
 * @param mergedAddress - the body's merged areas' address, or null when there are none (or they could not be read).
 * @param bodyRows - rows in the body (totals excluded), to clip merged areas to it.
 * @returns sheet, header row, first column and the merged areas relative to the body.
 * @example placeOf("Goals!A1:M30", "Goals!C3:C4", 29).merged // [{ row: 1, col: 2, rows: 2, cols: 1 }]
 */
export function placeOf(tableAddress: string, mergedAddress: string | null, bodyRows: number): TablePlace {
  const table = splitAddress(tableAddress);
  if (!table) return { sheet: "", headerRow: 1 };
  const { top, left, right } = table.rect;
  const firstBody = top + 1;
  const lastBody = top + bodyRows;
  const merged: MergedRect[] = [];
  for (const part of mergedAddress ? splitAreas(mergedAddress) : []) {
    const area = splitAddress(part);
    if (!area) continue;
    const r0 = Math.max(area.rect.top, firstBody);
    const r1 = Math.min(area.rect.bottom, lastBody);
    const c0 = Math.max(area.rect.left, left);
    const c1 = Math.min(area.rect.right, right);
    if (r0 > r1 || c0 > c1) continue;
    merged.push({ row: r0 - firstBody, col: c0 - left, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }
  merged.sort((a, b) => a.row - b.row || a.col - b.col);
  return { sheet: table.sheet, headerRow: top, firstColumn: left - 1, merged };
}
