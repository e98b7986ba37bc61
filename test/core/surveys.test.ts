import fc from "fast-check";
import { enps, enpsOfParts, favorable, favorableOfParts } from "../../src/core/surveys";
import { errorOf, thrown } from "./helpers";

const spec = [10, 10, 9, 9, 9, 9, 9, 9, 8, 8, 8, 8, 8, 7, 7, 6, 5, 3, 2, 0]; // 8 promoters, 7 passives, 5 detractors

describe("KPI.ENPS", () => {
  it.each([
    ["fewer than 3 responses", () => enps([10, 9]), "na", "err.survey.tooFew"],
    ["no responses even with no threshold", () => enps([], 0), "na", "err.survey.tooFew"],
    ["score above 10", () => enps([10, 11, 9]), "num", "err.outOfRange"],
    ["negative score", () => enps([-1, 9, 9]), "num", "err.outOfRange"],
    ["fractional minResponses", () => enps(spec, 1.5), "num", "err.notWhole"],
    ["detractorMax 9 would overlap promoters", () => enps(spec, 3, 9), "num", "err.outOfRange"],
    ["score not a number", () => enps([NaN, 9, 9]), "value", "err.notNumber"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("explains why the result is hidden", () => {
    expect(thrown(() => enps([10, 9])).message).toBe("fewer than 3 responses: hidden to protect anonymity");
    expect(thrown(() => enps(spec, 25)).localized("zh-CN")).toBe("答复少于 25 份：为保护匿名性不予显示");
  });

  it.each<[string, number[], number | undefined, number | undefined, number]>([
    ["spec: 8 promoters, 7 passives, 5 detractors", spec, undefined, undefined, 15],
    ["all promoters", [9, 10, 10], undefined, undefined, 100],
    ["all detractors", [0, 6, 3], undefined, undefined, -100],
    ["detractorMax 5 makes a 6 passive", [6, 6, 10], undefined, 5, 100 / 3],
    ["exactly at the threshold", [9, 7, 6], 3, undefined, 0],
    ["a lower threshold", [10], 1, undefined, 100],
  ])("%s", (_name, scores, min, dMax, expected) => {
    expect(enps(scores, min, dMax)).toBeCloseTo(expected, 9);
  });

  it("lies between −100 and 100", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3 }), (scores) => {
        const e = enps(scores);
        return e >= -100 && e <= 100;
      }),
    );
  });
});

describe("KPI.FAVORABLE", () => {
  it.each([
    ["too few", () => favorable([5, 4]), "na", "err.survey.tooFew"],
    ["answer above the scale", () => favorable([5, 6, 4]), "num", "err.outOfRange"],
    ["answer 0 on a 1-based scale", () => favorable([0, 4, 4]), "num", "err.outOfRange"],
    ["scale of 1", () => favorable([1, 1, 1], 1), "num", "err.outOfRange"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it.each<[string, number[], number | undefined, number | undefined, number]>([
    ["5-point: 4 and 5 are favourable", [5, 4, 4, 3, 2], undefined, undefined, 0.6],
    ["7-point: 5 to 7 are favourable", [7, 6, 5, 4], 7, undefined, 0.75],
    ["4-point: 3 and 4 are favourable", [4, 3, 2, 1], 4, undefined, 0.5],
    ["none favourable", [1, 2, 3], undefined, undefined, 0],
    ["threshold lowered", [5], undefined, 1, 1],
  ])("%s", (_name, responses, scaleMax, min, expected) => {
    expect(favorable(responses, scaleMax, min)).toBeCloseTo(expected, 12);
  });
});

describe("answers in parts (the rows of a range)", () => {
  const answers = [10, 9, 9, 8, 7, 6, 5, 3, 2, 0, 4, 1];
  const split = [answers.slice(0, 5), Float64Array.from(answers.slice(5, 6)), [], answers.slice(6)];
  it("gives what one list gives", () => {
    expect(enpsOfParts(split)).toBe(enps(answers));
    expect(enpsOfParts(split, 3, 5)).toBe(enps(answers, 3, 5));
    const likert = answers.map((a) => 1 + (a % 5));
    expect(favorableOfParts([likert.slice(0, 7), likert.slice(7)])).toBe(favorable(likert));
  });
  it("names the first bad answer of any part, and counts every part for anonymity", () => {
    expect(() =>
      enpsOfParts([
        [5, 6],
        [7, 11, -1],
      ]),
    ).toThrow(
      expect.objectContaining({ key: "err.outOfRange", params: expect.objectContaining({ value: 11 }) }),
    );
    expect(() => favorableOfParts([[5], [4]], 5, 3)).toThrow(
      expect.objectContaining({ key: "err.survey.tooFew" }),
    );
    expect(favorableOfParts([[5], [4], [1]], 5, 3)).toBeCloseTo(2 / 3);
  });
});
