/**
 * Excel's rules for sheet names, and the values a sheet plan shows: shared by every adapter so that set-up picks
 * the same free name and a generated sheet shows the same values everywhere. Pure.
 */
import { KpiError } from "../core/errors";
import type { CellValue } from "./coerce";
import type { PlanCell, SheetPlan } from "./sheetPlan";

/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;

/**
 * Checks a sheet name against Excel's rules.
 * @param name - the wanted name.
 * @throws KpiError `workbook.err.badSheetName` when it is blank, longer than 31 characters, contains
 *   `: \ / ? * [ ]` or starts or ends with an apostrophe.
 */
export function checkSheetName(name: string): void {
  if (name.trim() === "" || name.length > MAX_SHEET_NAME || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new KpiError("value", "workbook.err.badSheetName", { sheet: name });
  }
}

/**
 * A sheet name not yet taken: the wanted name, else `Name (2)`, `Name (3)`, … (shortened to stay within 31
 * characters). Adds the result to `taken`.
 * @param wanted - the preferred name.
 * @param taken - names in use, lower case (updated).
 * @returns the free name.
 * @example uniqueSheetName("Goals", new Set(["goals"])) // "Goals (2)"
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted.slice(0, 26)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The value a plan cell shows once written: formulas show the value core computed.
 * @param cell - a plan cell.
 * @returns the cell value.
 */
export function planCellValue(cell: PlanCell): CellValue {
  return cell.kind === "blank" ? null : cell.value;
}

/**
 * Lays a plan's blocks out on a grid of values (0-based rows and columns; later blocks win where they overlap).
 * @param plan - the sheet plan.
 * @returns rows of values, ragged rows padded with `null`.
 */
export function planValues(plan: SheetPlan): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const block of plan.blocks) {
    block.cells.forEach((cells, r) => {
      const row = (grid[block.row + r] ??= []);
      cells.forEach((cell, c) => {
        row[block.col + c] = planCellValue(cell);
      });
    });
  }
  // `grid` has holes where no block writes a row; Array.from visits them (map would skip them).
  const width = Math.max(0, ...Array.from(grid, (row) => row?.length ?? 0));
  return Array.from({ length: grid.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? null),
  );
}
