/**
 * The element-wise functions' one-pass path (src/functions/args.ts `cellRows`: each element read, computed by the
 * rule's element form and its result row written at once) against the same cells called one by one: a range
 * mixing numbers with blanks ("" or null), text, booleans, non-finite numbers and error cells, as one column, as
 * a block, with a constant leading argument, gives in each cell what that cell gives alone — a row holding a
 * non-number is read element by element and the rows after it go on in one pass.
 */
import fc from "fast-check";
import * as f from "../../src/functions/functions";
import { CURVE, N, TIERS, col, err } from "./helpers";

/** A cell as Excel may hand it over. */
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -10, max: 400000, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 300000 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      "",
      null,
      " ",
      "x",
      "12.5",
      true,
      Infinity,
      { code: "#N/A" },
      { code: "#DIV/0!" },
      0,
      -0,
      1e308,
    ),
  },
);

/** Error values compared by code (a cell called alone is named without its row, in a range with it). */
function codes(result: unknown[][]): unknown[][] {
  return result.map((row) =>
    row.map((v) => (v !== null && typeof v === "object" ? (v as { code: string }).code : v)),
  );
}

/** The range's cells each called alone (1×1), in the range's shape. */
function oneByOne(range: unknown[][], call: (one: unknown[][]) => unknown[][]): unknown[][] {
  return range.map((row) => row.map((v) => call([[v]])[0][0]));
}

const shapes = fc.oneof(
  fc.record({ rows: fc.integer({ min: 1, max: 12 }), cols: fc.constant(1) }),
  fc.record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 2, max: 4 }) }),
);
const grid = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

describe("the one-pass element path gives what each cell gives alone", () => {
  it.each<[string, (a: unknown[][]) => unknown[][]]>([
    ["TIERED", (a) => f.tiered(a, TIERS)],
    ["NEXTTIER (the top tier's #N/A)", (a) => f.nexttier(a, TIERS)],
    ["CURVE", (a) => f.curve(a, CURVE)],
    [
      "RATING (labels)",
      (a) =>
        f.rating(a, [
          [0, "D"],
          [60, "C"],
          [90, "A"],
        ]),
    ],
    [
      "PRORATE (a constant value, starts as the range)",
      (s) => f.prorate([[1000]], s, [[""]], [[46023]], [[46387]]),
    ],
    ["BONUS (a constant target bonus)", (a) => f.bonus([[10000]], a, CURVE)],
  ])("one leading range: %s", (_name, call) => {
    fc.assert(
      fc.property(
        shapes.chain(({ rows, cols }) => grid(rows, cols)),
        (range) => {
          expect(codes(call(range))).toEqual(codes(oneByOne(range, call)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each<[string, (a: unknown[][], b: unknown[][]) => unknown[][]]>([
    ["ATTAINMENT", (a, b) => f.attainment(a, b)],
    ["SCORE", (a, b) => f.score(a, b, N, [[0.8]], [[1.2]])],
    ["STEPSCORE", (a, b) => f.stepscore(a, b, [[10]], [[1]])],
    ["BANDSCORE", (a, b) => f.bandscore(a, b, [[200]])],
    ["NINEBOX", (a, b) => f.ninebox(a, b, [[500, 1000]])],
    ["PACE (labels)", (a, b) => f.pace(a, b, [[10]], [[30]])],
  ])("two leading ranges, or a range and one cell: %s", (_name, call) => {
    fc.assert(
      fc.property(
        shapes.chain(({ rows, cols }) =>
          fc.tuple(grid(rows, cols), grid(rows, cols), fc.integer({ min: 0, max: 2 })),
        ),
        ([a, b, shared]) => {
          // 0: both ranges; 1: the second argument one cell; 2: the first one cell.
          const x = shared === 2 ? [[a[0][0]]] : a;
          const y = shared === 1 ? [[b[0][0]]] : b;
          const alone = (shared === 2 ? b : a).map((row, i) =>
            row.map(
              (_, j) =>
                call(
                  [[x[shared === 2 ? 0 : i][shared === 2 ? 0 : j]]],
                  [[y[shared === 1 ? 0 : i][shared === 1 ? 0 : j]]],
                )[0][0],
            ),
          );
          expect(codes(call(x, y))).toEqual(codes(alone));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names the row of a bad cell in the middle of a column, and computes the rows after it", () => {
    const result = f.attainment(
      col(80, 90, "abc", "", { code: "#N/A" }, 120),
      col(100, 100, 100, 100, 100, 0),
    );
    expect(result).toEqual([
      [0.8],
      [0.9],
      [err("#VALUE!", /actual, row 3/)],
      [""],
      [err("#N/A")],
      [err("#DIV/0!")],
    ]);
  });

  it("names the row and column of a bad cell in a block, and keeps the rest of its row", () => {
    const result = f.attainment(
      [
        [80, 90],
        [70, "x"],
        [60, 50],
      ],
      [[100]],
    );
    expect(result).toEqual([
      [0.8, 0.9],
      [0.7, err("#VALUE!", /actual, row 2, column 2/)],
      [0.6, 0.5],
    ]);
  });
});
