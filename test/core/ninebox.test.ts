import fc from "fast-check";
import { nineBox } from "../../src/core/ninebox";
import { errorOf, thrown } from "./helpers";

describe("KPI.NINEBOX", () => {
  it.each([
    ["low cut above high cut", () => nineBox(80, 80, [90, 70]), "num", "err.order"],
    ["potential cuts reversed", () => nineBox(80, 2, [70, 90], [3, 2]), "num", "err.order"],
    ["one cut only", () => nineBox(80, 80, [70] as unknown as [number, number]), "value", "err.sizeMismatch"],
    ["performance not a number", () => nineBox(NaN, 80, [70, 90]), "value", "err.notNumber"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("names the cuts argument", () => {
    expect(thrown(() => nineBox(80, 2, [70, 90], [3, 2])).message).toBe(
      "potentialCuts: 3 must not be greater than 2",
    );
  });

  it.each<[number, number, [number, number], [number, number] | undefined, number]>([
    [60, 60, [70, 90], undefined, 1],
    [70, 60, [70, 90], undefined, 2],
    [90, 60, [70, 90], undefined, 3],
    [60, 70, [70, 90], undefined, 4],
    [80, 80, [70, 90], undefined, 5],
    [95, 95, [70, 90], undefined, 9],
    [85, 2, [70, 90], [2, 3], 5],
    [85, 3, [70, 90], [2, 3], 8],
    [85, 1.9, [70, 90], [2, 3], 2],
    [80, 80, [80, 80], undefined, 9],
  ])("(%p, %p, %j, %j) → box %p", (perf, pot, cuts, potCuts, box) => {
    expect(nineBox(perf, pot, cuts, potCuts)).toBe(box);
  });

  it("is a box 1–9 that never drops when either score rises", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (p, q, d) => {
          const box = nineBox(p, q, [60, 85]);
          return (
            box >= 1 && box <= 9 && nineBox(p + d, q, [60, 85]) >= box && nineBox(p, q + d, [60, 85]) >= box
          );
        },
      ),
    );
  });
});
