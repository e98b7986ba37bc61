/**
 * Reading a table body as Excel reads it when cells are merged. ExcelJS reports a merged area's top-left value on
 * every cell of the area, while Excel (and Office.js `range.values`) reads only the top-left cell and the others
 * as empty: left alone, the CLI and Excel would disagree silently. Here the other cells read as empty, and every
 * merged area overlapping the body is returned so it can be listed as a data problem. Kept apart from the adapter
 * so the cell loop stays in one place.
 */
import type ExcelJS from "exceljs";
import { ValueType } from "./exceljs";
import type { RawCell } from "../../model";
import type { MergedRect } from "../../model/layout";
import { rawOf, type Box } from "./cells";

/**
 * The body cells of a table, merged areas read as Excel reads them.
 * @param sheet - the worksheet.
 * @param box - the table's box (header row at `box.top`).
 * @param lastBody - the last body row (the totals row, if any, excluded).
 * @returns the body rows and the merged areas overlapping them (0-based body row / table column, clipped to the
 *   body), in reading order.
 */
export function readBody(
  sheet: ExcelJS.Worksheet,
  box: Box,
  lastBody: number,
): { body: RawCell[][]; merged: MergedRect[] } {
  const body: RawCell[][] = [];
  // Merged areas by their top-left cell's address: bounding box of the parts inside the body.
  const areas = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const note = (master: string, r: number, c: number) => {
    const area = areas.get(master);
    if (!area) areas.set(master, { top: r, left: c, bottom: r, right: c });
    else {
      area.top = Math.min(area.top, r);
      area.left = Math.min(area.left, c);
      area.bottom = Math.max(area.bottom, r);
      area.right = Math.max(area.right, c);
    }
  };
  for (let r = box.top + 1; r <= lastBody; r++) {
    const cells: RawCell[] = [];
    for (let c = box.left; c <= box.right; c++) {
      // Destructured at once: ExcelJS cells are plain objects (no Office.js load/sync involved).
      const { type, master, value } = sheet.getCell(r, c);
      if (type === ValueType.Merge) {
        // Not the top-left cell of its area: Excel reads it as empty.
        cells.push(null);
        const { address, row, col } = master;
        note(address, r, c);
        const masterRow = Number(row);
        const masterCol = Number(col);
        if (masterRow > box.top && masterRow <= lastBody && masterCol >= box.left && masterCol <= box.right) {
          note(address, masterRow, masterCol);
        }
      } else {
        cells.push(rawOf(value));
      }
    }
    body.push(cells);
  }
  const merged = [...areas.values()]
    .map((a) => ({
      row: a.top - box.top - 1,
      col: a.left - box.left,
      rows: a.bottom - a.top + 1,
      cols: a.right - a.left + 1,
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { body, merged };
}

/** The merged areas overlapping a table body, and the cells Excel reads as empty because of them. */
export interface BodyMerges {
  /** The areas, relative to the body and clipped to it, in reading order. */
  rects: MergedRect[];
  /** Sheet row → sheet columns in it that are not their area's top-left cell (read as empty). */
  blank: Map<number, number[]>;
}

/**
 * The merged areas overlapping a table body from the worksheet's merge list, for a sheet whose cells are kept as
 * XML (large sheets): the merge list is still ExcelJS's.
 * @param sheet - the worksheet.
 * @param box - the table's box.
 * @param lastBody - the last body row.
 * @returns the areas and the cells to read as empty.
 */
export function bodyMerges(sheet: ExcelJS.Worksheet, box: Box, lastBody: number): BodyMerges {
  // ExcelJS keeps merges by their top-left address; its public `model.merges` would serialise every cell.
  const merges = (sheet as unknown as { _merges?: Record<string, { model?: Partial<Box> }> })._merges ?? {};
  const rects: MergedRect[] = [];
  const blank = new Map<number, number[]>();
  for (const range of Object.values(merges)) {
    const { top, left, bottom, right } = range.model ?? {};
    if (top === undefined || left === undefined || bottom === undefined || right === undefined) continue;
    const r0 = Math.max(top, box.top + 1);
    const r1 = Math.min(bottom, lastBody);
    const c0 = Math.max(left, box.left);
    const c1 = Math.min(right, box.right);
    if (r0 > r1 || c0 > c1) continue;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        if (r === top && c === left) continue;
        let columns = blank.get(r);
        if (!columns) blank.set(r, (columns = []));
        columns.push(c);
      }
    }
    rects.push({ row: r0 - box.top - 1, col: c0 - box.left, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }
  return { rects: rects.sort((a, b) => a.row - b.row || a.col - b.col), blank };
}

/**
 * The merged areas overlapping a table body, for a sheet whose cells are kept as XML; cells other than an area's
 * top-left are blanked in `body`, as Excel reads them.
 * @param sheet - the worksheet.
 * @param box - the table's box.
 * @param lastBody - the last body row.
 * @param body - the body rows read from the XML (changed in place).
 * @returns the merged areas, relative to the body and clipped to it.
 */
export function applyMerges(
  sheet: ExcelJS.Worksheet,
  box: Box,
  lastBody: number,
  body: RawCell[][],
): MergedRect[] {
  const { rects, blank } = bodyMerges(sheet, box, lastBody);
  for (const [r, columns] of blank) for (const c of columns) body[r - box.top - 1][c - box.left] = null;
  return rects;
}
