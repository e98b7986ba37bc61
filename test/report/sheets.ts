/**
 * Test helpers over sheet plans: lay the blocks onto a grid (refusing overlaps and ragged blocks), find cells by
 * header text, and turn a plan into the raw rows a formula engine reads.
 */
import type { PlanCell, SheetPlan } from "../../src/model/sheetPlan";

/** The cells of a plan by 0-based position. */
export type Grid = Map<string, PlanCell>;

const key = (row: number, col: number) => `${row},${col}`;

/**
 * Lays out the blocks of a plan.
 * @param plan - the sheet plan.
 * @returns the grid.
 * @throws Error when two blocks write the same cell, a block is ragged, or formats do not match its width.
 */
export function grid(plan: SheetPlan): Grid {
  const cells: Grid = new Map();
  for (const block of plan.blocks) {
    const width = block.cells[0]?.length ?? 0;
    if (block.formats && block.formats.length !== width) {
      throw new Error(
        `block at ${block.row},${block.col}: ${block.formats.length} formats for ${width} columns`,
      );
    }
    block.cells.forEach((cells_, i) => {
      if (cells_.length !== width) throw new Error(`block at ${block.row},${block.col}: row ${i} is ragged`);
      cells_.forEach((cell, j) => {
        const k = key(block.row + i, block.col + j);
        if (cells.has(k)) throw new Error(`cell ${k} written twice`);
        cells.set(k, cell);
      });
    });
  }
  return cells;
}

/**
 * @param g - a grid.
 * @param row - 0-based row.
 * @param col - 0-based column.
 * @returns the cell, or a blank cell.
 */
export function at(g: Grid, row: number, col: number): PlanCell {
  return g.get(key(row, col)) ?? { kind: "blank" };
}

/** The text shown by a cell (its value for non-formula cells, its carried value for formulas). */
export function shown(cell: PlanCell): string | number | boolean | null {
  switch (cell.kind) {
    case "blank":
      return null;
    case "formula":
      return cell.value;
    default:
      return cell.value;
  }
}

/**
 * A header as one line: the report puts a header's bracketed qualifier on a line under its label
 * ("Bonus\n(to date)", "奖金\n（预计期末）"); this reads it back as the one-line label it was made from.
 * @param text - a cell's text.
 * @returns the text without those line breaks.
 */
export function oneLine(text: string): string {
  return text.replace(/\n(?=（)/g, "").replace(/\n/g, " ");
}

/**
 * Finds the first cell whose text is exactly `text` (a header's qualifier read on the label's line).
 * @param g - a grid.
 * @param text - the text.
 * @returns its position.
 * @throws Error when absent.
 */
export function find(g: Grid, text: string): { row: number; col: number } {
  const hits = [...g]
    .filter(([, c]) => c.kind === "text" && (c.value === text || oneLine(c.value) === text))
    .map(([k]) => k.split(",").map(Number));
  if (hits.length === 0) throw new Error(`no cell reads "${text}"`);
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { row: hits[0][0], col: hits[0][1] };
}

/** Every formula cell with its position. */
export function formulas(
  g: Grid,
): { row: number; col: number; formula: string; value: number | string | boolean }[] {
  return [...g]
    .filter(([, c]) => c.kind === "formula")
    .map(([k, c]) => {
      const [row, col] = k.split(",").map(Number);
      const f = c as Extract<PlanCell, { kind: "formula" }>;
      return { row, col, formula: f.formula, value: f.value };
    });
}

/**
 * The plan as raw rows for a formula engine: numbers, booleans, text, formulas; blanks as null.
 * @param plan - the sheet plan.
 * @returns rows of raw cell contents.
 */
export function rawRows(plan: SheetPlan): (string | number | boolean | null)[][] {
  const g = grid(plan);
  let rows = 0;
  let cols = 0;
  for (const k of g.keys()) {
    const [r, c] = k.split(",").map(Number);
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  const out = Array.from({ length: rows }, () => Array<string | number | boolean | null>(cols).fill(null));
  for (const [k, cell] of g) {
    const [r, c] = k.split(",").map(Number);
    if (cell.kind === "blank") continue;
    if (cell.kind === "formula") out[r][c] = cell.formula;
    else if (cell.kind === "text") {
      // Text is text: a leading apostrophe keeps the engine from reading "=…" as a formula.
      out[r][c] = /^[=+\-@]/.test(cell.value) ? `'${cell.value}` : cell.value;
    } else out[r][c] = cell.value;
  }
  return out;
}
