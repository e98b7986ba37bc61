/**
 * Numeric two-column tables (curves, tiers): rows after the caller removed the header and blank rows.
 * {@link tableRows} and {@link numericRows} do that removal for a raw Excel range, so every caller treats a
 * range the same way (rule 3 of functions.md).
 */
import { KpiError } from "./errors";

/** One row of a numeric table; `row` is the 1-based row number the user sees in their range. */
export interface NumericRow {
  row: number;
  key: number;
  value: number;
}

/** One kept row of a raw range, with its 1-based row number within the range. */
export interface TableRow {
  row: number;
  cells: readonly unknown[];
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Keeps the data rows of a raw range: a first row whose first cell is text (and not a number written as text) is
 * a header and is skipped; fully blank rows are skipped.
 * @param range - the range as rows of cells.
 * @returns the kept rows with their 1-based position in the range.
 * @example tableRows([["Bound", "Rate"], [0, 0.04], ["", ""]]) // [{ row: 2, cells: [0, 0.04] }]
 */
export function tableRows(range: readonly (readonly unknown[])[]): TableRow[] {
  const kept: TableRow[] = [];
  range.forEach((cells, index) => {
    if (cells.every(isBlank)) return;
    const first = cells[0];
    if (index === 0 && typeof first === "string" && !Number.isFinite(Number(first.trim()))) return;
    kept.push({ row: index + 1, cells });
  });
  return kept;
}

function toNumber(arg: string, row: number, column: number, cell: unknown): number {
  const n =
    typeof cell === "number" ? cell : typeof cell === "string" && cell.trim() !== "" ? Number(cell) : NaN;
  if (!Number.isFinite(n)) throw new KpiError("value", "err.table.notNumber", { arg, row, column });
  return n;
}

/**
 * Reads a raw two-column numeric range (curve, tiers) into rows; header and blank rows are skipped.
 * Ordering is checked by the table's own constructor ({@link makeCurve}, {@link makeTiers}).
 * @param range - the range as rows of cells (at least 2 columns).
 * @param arg - the argument name for messages, e.g. "tiers".
 * @returns the numeric rows.
 * @throws KpiError "value" "err.table.notNumber" naming row and column of a cell that is not a number.
 * @example numericRows([["Bound", "Rate"], [0, 0.04], [150000, 0.06]], "tiers")
 *   // [{ row: 2, key: 0, value: 0.04 }, { row: 3, key: 150000, value: 0.06 }]
 */
export function numericRows(range: readonly (readonly unknown[])[], arg: string): NumericRow[] {
  return tableRows(range).map(({ row, cells }) => ({
    row,
    key: toNumber(arg, row, 1, cells[0]),
    value: toNumber(arg, row, 2, cells[1]),
  }));
}

/**
 * Checks rows of a numeric table: at least one row, finite numbers, keys strictly ascending.
 * @param rows - the rows.
 * @param arg - the argument name for messages.
 * @throws KpiError "value" naming the argument and the offending row.
 */
export function checkNumericRows(rows: readonly NumericRow[], arg: string): void {
  if (rows.length === 0) throw new KpiError("value", "err.table.empty", { arg });
  rows.forEach((r, i) => {
    if (!Number.isFinite(r.key))
      throw new KpiError("value", "err.table.notNumber", { arg, row: r.row, column: 1 });
    if (!Number.isFinite(r.value))
      throw new KpiError("value", "err.table.notNumber", { arg, row: r.row, column: 2 });
    if (i > 0 && !(r.key > rows[i - 1].key))
      throw new KpiError("value", "err.table.notAscending", { arg, row: r.row });
  });
}
