import fc from "fast-check";
import { distCheck, distribute, guideCounts, makeGuide, type GuideEntry } from "../../src/core/distribution";
import { errorOf, thrown } from "./helpers";

function guideOf(...pairs: [string, number][]): GuideEntry[] {
  return makeGuide(pairs.map(([label, share], i) => ({ row: i + 1, label, share })));
}

const g20_70_10 = guideOf(["A", 0.2], ["B", 0.7], ["C", 0.1]);
const g20_60_20 = guideOf(["A", 0.2], ["B", 0.6], ["C", 0.2]);

describe("KPI.DISTRIBUTE", () => {
  it.each<[string, () => unknown, string, string]>([
    ["no guide rows", () => makeGuide([]), "value", "err.table.empty"],
    ["shares add up to 90%", () => guideOf(["A", 0.2], ["B", 0.7]), "value", "err.table.shareSum"],
    ["negative share", () => guideOf(["A", 1.2], ["B", -0.2]), "value", "err.table.negative"],
    ["blank label", () => guideOf(["A", 0.5], [" ", 0.5]), "value", "err.table.noLabel"],
    ["repeated label", () => guideOf(["A", 0.5], ["a", 0.5]), "value", "err.table.duplicateLabel"],
    ["share not a number", () => guideOf(["A", NaN]), "value", "err.table.notNumber"],
    ["score not a number", () => distribute([1, NaN], g20_70_10), "value", "err.notNumber"],
    ["empty guide", () => distribute([1], []), "value", "err.table.empty"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("names the argument and the share total", () => {
    expect(thrown(() => guideOf(["A", 20], ["B", 80])).message).toBe(
      "guide: shares add up to 10000%, not 100%",
    );
    expect(thrown(() => guideOf(["A", 0.5], ["B", 0.5], ["a", 0])).message).toBe(
      'guide: row 3 repeats the label "a"',
    );
  });

  it("accepts shares within ±0.001 of 100%", () => {
    expect(guideOf(["A", 0.2], ["B", 0.7], ["C", 0.1005]).map((g) => g.label)).toEqual(["A", "B", "C"]);
  });

  it.each<[string, number, GuideEntry[], number[]]>([
    ["exact shares", 10, g20_70_10, [2, 7, 1]],
    ["remainder to the largest fractions", 7, g20_70_10, [1, 5, 1]],
    ["fraction ties go to the better label", 3, guideOf(["A", 0.5], ["B", 0.5]), [2, 1]],
    ["one person", 1, g20_70_10, [0, 1, 0]],
    ["nobody", 0, g20_70_10, [0, 0, 0]],
    ["0.29 × 100 is 29, not 28", 100, guideOf(["A", 0.29], ["B", 0.71]), [29, 71]],
    ["zero shares get nobody", 5, guideOf(["A", 0], ["B", 1], ["C", 0]), [0, 5, 0]],
  ])("counts: %s", (_name, n, guide, counts) => {
    expect(guideCounts(n, guide)).toEqual(counts);
  });

  it.each<[string, (number | null)[], GuideEntry[], (string | null)[]]>([
    [
      "ten distinct scores, 20/70/10",
      [55, 91, 70, 88, 62, 99, 73, 80, 40, 66],
      g20_70_10,
      ["B", "A", "B", "B", "B", "A", "B", "B", "C", "B"],
    ],
    ["a tie group overflows its label", [90, 90, 90, 80, 70], g20_60_20, ["A", "A", "A", "B", "C"]],
    [
      "a tie group at the bottom keeps the better label",
      [90, 80, 70, 70, 70],
      g20_60_20,
      ["A", "B", "B", "B", "B"],
    ],
    ["blanks stay blank and are not counted", [null, 50, null], g20_70_10, [null, "B", null]],
    ["all blank", [null, null], g20_70_10, [null, null]],
    ["empty", [], g20_70_10, []],
  ])("%s", (_name, scores, guide, labels) => {
    expect(distribute(scores, guide)).toEqual(labels);
  });

  const scoresArb = fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 40 });

  it("gives equal scores equal labels, and better scores no worse labels", () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const labels = distribute(scores, g20_60_20);
        const rank = (l: string | null) => ["A", "B", "C"].indexOf(l as string);
        return scores.every((s, i) =>
          scores.every(
            (t, j) =>
              s === null ||
              t === null ||
              (s === t ? labels[i] === labels[j] : s > t ? rank(labels[i]) <= rank(labels[j]) : true),
          ),
        );
      }),
    );
  });

  it("respects the counts exactly when there are no ties", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 60 }),
        (scores) => {
          const labels = distribute(scores, g20_70_10);
          const counts = ["A", "B", "C"].map((l) => labels.filter((x) => x === l).length);
          return JSON.stringify(counts) === JSON.stringify(guideCounts(scores.length, g20_70_10));
        },
      ),
    );
  });
});

describe("KPI.DISTCHECK", () => {
  it.each([
    ["negative tolerance", () => distCheck(["A"], g20_70_10, -0.1), "num", "err.negative"],
    ["empty guide", () => distCheck(["A"], []), "value", "err.table.empty"],
  ])("%s", (_name, fn, kind, key) => {
    expect(errorOf(fn)).toEqual([kind, key]);
  });

  it("compares the actual distribution with the guide and counts the rest as other", () => {
    const rows = distCheck(["A", "B", "B", "C", " b", "", null, "X"], g20_70_10);
    expect(rows.map((r) => [r.label, r.isOther, r.target, r.count, r.within])).toEqual([
      ["A", false, 0.2, 1, true],
      ["B", false, 0.7, 3, false],
      ["C", false, 0.1, 1, false],
      ["", true, null, 1, null],
    ]);
    expect(rows.map((r) => r.actual)).toEqual([1 / 6, 3 / 6, 1 / 6, 1 / 6]);
    expect(rows[1].gap).toBeCloseTo(-0.2, 12);
    expect(rows[3].gap).toBeNull();
  });

  it("counts a gap equal to the tolerance as within", () => {
    const rows = distCheck(["A", "B", "B", "B"], guideOf(["A", 0.2], ["B", 0.8]));
    expect(rows.map((r) => r.within)).toEqual([true, true]);
    expect(
      distCheck(["A", "B", "B", "B"], guideOf(["A", 0.2], ["B", 0.8]), 0.04).map((r) => r.within),
    ).toEqual([false, false]);
  });

  it("has nothing to judge without ratings", () => {
    expect(distCheck([null, ""], g20_70_10).map((r) => [r.count, r.actual, r.gap, r.within])).toEqual([
      [0, 0, null, null],
      [0, 0, null, null],
      [0, 0, null, null],
    ]);
  });

  it("scenario: a team of 12 distributed then checked against the same guide", () => {
    const scores = [88, 92, 75, 75, 81, 64, 97, 70, 79, 85, 90, 58];
    const labels = distribute(scores, g20_70_10);
    const rows = distCheck(labels, g20_70_10);
    // 2.4 / 8.4 / 1.2 → 2 / 8 / 1, and the one left over goes to A (fraction tie with B, A is better).
    expect(rows.map((r) => r.count)).toEqual([3, 8, 1]);
    expect(rows.every((r) => r.within)).toBe(true);
  });
});
