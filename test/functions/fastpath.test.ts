/**
 * The bulk paths of the element-wise functions (options read once, a range of plain numbers computed by the
 * prepared core rule's column loop) against the general path (every element read and computed on its own),
 * which a range holding one non-number, or an option given as a range, forces. Both must give the same cells.
 */
import fc from "fast-check";
import * as f from "../../src/functions/functions";
import { CURVE, N, TIERS, col } from "./helpers";

/** Plain numbers, with the edges that make the core throw or overflow (negative amounts, zero targets…). */
const number = fc.oneof(
  fc.double({ min: -10, max: 400000, noNaN: true }),
  fc.integer({ min: -5, max: 300000 }),
  fc.constantFrom(0, -0, 0.8, 0.9, 1, 1.2, 1e308, -1e308, 5e-324),
);
const numbers = fc.array(number, { minLength: 1, maxLength: 8 });

/** The same call over `values` alone (bulk path) and with a text cell after them (general path). */
function bothPaths(call: (range: unknown[][]) => unknown[][], values: number[]): [unknown[][], unknown[][]] {
  const bulk = call(col(...values));
  const general = call(col(...values, "text")).slice(0, values.length);
  return [bulk, general];
}

/** One cell repeated as a column: an option given as a range takes the general path. */
const repeat = (value: unknown, n: number) => col(...Array.from({ length: n }, () => value));

describe("bulk and general paths agree", () => {
  it.each<[string, unknown[][], unknown[][], unknown[][]]>([
    ["defaults", N, N, N],
    ["retro", [["retro"]], N, N],
    ["quota and prior", N, [[100000]], [[50000]]],
    ["negative prior", N, N, [[-1]]],
    ["unknown method", [["flat"]], N, N],
  ])("KPI.TIERED, %s", (name, method, quota, prior) => {
    fc.assert(
      fc.property(numbers, (amounts) => {
        const [bulk, general] = bothPaths((r) => f.tiered(r, TIERS, method, quota, prior), amounts);
        expect(bulk).toEqual(general);
        // A method given as a range takes the general path too (an unknown word's message then names the row).
        if (method === N || name === "unknown method") return;
        expect(bulk).toEqual(
          f.tiered(col(...amounts), TIERS, repeat(method[0][0], amounts.length), quota, prior),
        );
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, unknown[][], unknown[][]]>([
    ["linear", N, N],
    ["step with a below value", [["step"]], [[0.1]]],
    ["unknown mode", [["smooth"]], N],
  ])("KPI.CURVE, %s", (_name, mode, below) => {
    fc.assert(
      fc.property(numbers, (xs) => {
        const [bulk, general] = bothPaths((r) => f.curve(r, CURVE, mode, below), xs);
        expect(bulk).toEqual(general);
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, unknown[][], unknown[][], unknown[][]]>([
    ["defaults", N, N, N],
    ["threshold and cap", N, [[0.8]], [[1.2]]],
    ["lower is better", [["lower"]], N, N],
    ["cap below threshold", N, [[0.8]], [[0.5]]],
  ])("KPI.SCORE, %s", (_name, direction, threshold, cap) => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(number, number), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (rows, sharedTarget) => {
          const actual = rows.map((r) => r[0]);
          const target = sharedTarget ? [[rows[0][1]]] : col(...rows.map((r) => r[1]));
          const [bulk, general] = bothPaths(
            (r) =>
              f.score(
                r,
                sharedTarget ? target : [...target, [1]].slice(0, r.length),
                direction,
                threshold,
                cap,
              ),
            actual,
          );
          expect(bulk).toEqual(general);
          const ranged = f.score(
            col(...actual),
            target,
            direction,
            repeat((threshold ?? [[""]])[0][0], rows.length),
            cap,
          );
          expect(bulk).toEqual(ranged);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("KPI.WEIGHTED, one composite per row", () => {
    const score = fc.oneof(number, fc.constant(""), fc.constant(" "), fc.constant(null), fc.constant("80"));
    fc.assert(
      fc.property(
        fc.array(fc.array(score, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 8 }),
        fc.array(fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), fc.constantFrom(0, -1, 1e308)), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.constantFrom(N, [[true]], [[false]]),
        (scores, weights, normalize) => {
          const bulk = f.weighted(scores, [weights], normalize);
          // The same weights given for every row take the general path: each row read and computed on its own.
          const general = f.weighted(
            scores,
            scores.map(() => weights),
            normalize,
          );
          expect(bulk).toEqual(general);
          // A row holding text is that row's error (as the general path gives it); the other rows keep theirs.
          const withText = [...scores, ["x", 1, 2]];
          const text = f.weighted(withText, [weights], normalize);
          expect(text).toEqual(
            f.weighted(
              withText,
              withText.map(() => weights),
              normalize,
            ),
          );
          expect(text.slice(0, scores.length)).toEqual(bulk);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the bulk path's reused arrays", () => {
  it("give each call its own cells, whatever the size of the calls before and after it", () => {
    const starts = (n: number, from: number) => Array.from({ length: n }, (_, i) => [from + (i % 365)]);
    const prorate = (range: unknown[][]) => f.prorate([[1000]], range, N, [[46023]], [[46387]]);
    const perCell = (range: unknown[][]) => range.map((row) => prorate([row])[0]);
    // 2,000 cells grow the kept arrays, 3 cells then use their start, 300,000 cells go beyond what is kept.
    const sizes: [number, number][] = [
      [2000, 46023],
      [3, 46100],
      [300000, 46200],
      [2000, 46300],
    ];
    const results = sizes.map(([n, from]) => [prorate(starts(n, from)), starts(n, from)] as const);
    for (const [result, range] of results) {
      expect(result).toHaveLength(range.length);
      expect(result.slice(0, 400)).toEqual(perCell(range.slice(0, 400)));
      expect(result.slice(-3)).toEqual(perCell(range.slice(-3)));
    }
    const amounts = col(...Array.from({ length: 1500 }, (_, i) => i * 250));
    expect(f.attainment(amounts, [[100000]])).toEqual(
      amounts.map((row) => f.attainment([row], [[100000]])[0]),
    );
  });
});
