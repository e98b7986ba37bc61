/**
 * Rule 6 as a property: whatever Excel hands over, no function throws, and no result holds NaN, Infinity,
 * null or undefined — only numbers, text, booleans and Excel error values.
 */
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { CellErrorValue, isErrorValue } from "../../src/functions/errors";

type CustomFunction = (...args: unknown[]) => unknown[][];
const catalogue = Object.entries(functions as unknown as Record<string, CustomFunction>);
const OUTPUT_CODES = new Set(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A", "#NULL!"]);

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom(0, -0, 1, 0.5, 1e308, -1e308, 5e-324, 1e-300, 46023, 2958466),
  fc.constantFrom(
    "",
    " ",
    "abc",
    "12",
    "80%",
    "TRUE",
    "lower",
    "retro",
    "越低越好",
    "z",
    "recoverable",
    "月",
    "A",
  ),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(new CellErrorValue("#N/A", "x"), { code: "#REF!" }, { code: "#DIV/0!" }),
);

/** A grid of 1–4 × 1–4 arbitrary cells. */
const grid = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

/** A plausible two-column table (ascending keys), to reach past table validation into the core. */
const table = fc
  .array(
    fc.tuple(
      fc.double({ min: -10, max: 1e6, noNaN: true }),
      fc.oneof(fc.double({ min: -1, max: 3, noNaN: true }), fc.constantFrom("A", "B", "C")),
    ),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((rows) => {
    const sorted = [...rows].sort((a, b) => a[0] - b[0]);
    return [["Key", "Value"], ...sorted.map(([k, v]) => [k, v]), ["", ""]];
  });

const argument = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: grid },
  { weight: 2, arbitrary: table },
);

function isSafeCell(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v === "string" || typeof v === "boolean") return true;
  return isErrorValue(v) && OUTPUT_CODES.has(v.code);
}

describe("every KPI function on generated input", () => {
  it.each(catalogue.map(([name, fn]) => [name, fn] as const))(
    "%s never throws and returns only safe cells, never a defect",
    (_, fn) => {
      fc.assert(
        fc.property(fc.array(argument, { minLength: fn.length, maxLength: fn.length }), (args) => {
          const result = fn(...args);
          expect(Array.isArray(result)).toBe(true);
          expect(result.length).toBeGreaterThan(0);
          for (const row of result) {
            expect(Array.isArray(row)).toBe(true);
            expect(row.length).toBeGreaterThan(0);
            for (const v of row) {
              if (!isSafeCell(v)) throw new Error(`unsafe cell ${String(v)} in ${JSON.stringify(result)}`);
              // A defect caught at the boundary still reads "unexpected error": none may be reachable from input.
              if (isErrorValue(v) && v.message?.startsWith("unexpected error")) throw new Error(v.message);
            }
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it("covers all 20 functions", () => {
    expect(catalogue).toHaveLength(20);
  });
});
