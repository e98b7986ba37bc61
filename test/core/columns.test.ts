/**
 * The column forms of the whole-range rules (distributeColumn, calibrateColumn, distCheckCounts) give exactly
 * what the list forms gave before they were built on them: the reference implementations below are the list
 * forms as they were (an index sort; per-rater arrays), kept here as the specification.
 */
import fc from "fast-check";
import { calibrate, calibrateColumn } from "../../src/core/calibrate";
import { distCheck, distribute, distributeColumn, guideCounts, makeGuide } from "../../src/core/distribution";
import { KpiError } from "../../src/core/errors";

/** distribute() before the column form: a stable index sort, labels by position of the tie group's first. */
function referenceDistribute(
  scores: readonly (number | null)[],
  guide: readonly { label: string; share: number }[],
): (string | null)[] {
  const ranked: number[] = [];
  scores.forEach((s, i) => {
    if (s !== null) ranked.push(i);
  });
  ranked.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const counts = guideCounts(
    ranked.length,
    guide.map((g, i) => ({ row: i + 1, ...g })),
  );
  const labelAt: string[] = [];
  counts.forEach((c, j) => {
    for (let k = 0; k < c; k++) labelAt.push(guide[j].label);
  });
  const result: (string | null)[] = scores.map(() => null);
  let groupLabel = "";
  ranked.forEach((index, position) => {
    if (position === 0 || scores[index] !== scores[ranked[position - 1]]) groupLabel = labelAt[position];
    result[index] = groupLabel;
  });
  return result;
}

/** calibrate() before the column form: per-rater arrays and reduce. */
function referenceCalibrate(
  scores: readonly (number | null)[],
  raters: readonly (string | null)[],
  m: "mean" | "z",
): (number | null)[] {
  const stats = (values: readonly number[]) => {
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    const variance = values.reduce((a, v) => a + (v - mean) * (v - mean), 0) / values.length;
    const sd = Math.sqrt(variance);
    return { mean, sd: sd <= 1e-12 * Math.max(1, Math.abs(mean)) ? 0 : sd };
  };
  const all: number[] = [];
  const byRater = new Map<string, number[]>();
  const keys = scores.map((s, i) => {
    if (s === null) return null;
    all.push(s);
    const rater = raters[i];
    const key = rater === null ? "" : rater.trim().toLowerCase();
    if (key === "") return null;
    const list = byRater.get(key) ?? [];
    list.push(s);
    byRater.set(key, list);
    return key;
  });
  if (all.length === 0) return scores.map(() => null);
  const overall = stats(all);
  const raterStats = new Map([...byRater].map(([k, v]) => [k, { n: v.length, ...stats(v) }]));
  return scores.map((s, i) => {
    if (s === null) return null;
    const key = keys[i];
    const r = key === null ? undefined : raterStats.get(key);
    if (!r || r.n < 2) return s;
    const v =
      m === "z" && r.sd > 0 ? overall.mean + (overall.sd * (s - r.mean)) / r.sd : s - r.mean + overall.mean;
    return v === 0 ? 0 : v;
  });
}

const score = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 6 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);
const shares = fc
  .array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 })
  .filter((w) => w.some((x) => x > 0))
  .map((w) => {
    const total = w.reduce((a, b) => a + b, 0);
    return w.map((x, i) => ({ row: i + 1, label: `L${i}`, share: x / total }));
  });

describe("column forms of the whole-range rules", () => {
  it("distribute (built on distributeColumn) labels as the index sort did, ties included", () => {
    fc.assert(
      fc.property(fc.array(score, { maxLength: 60 }), shares, (scores, rows) => {
        const guide = makeGuide(rows.map((r) => ({ ...r, share: r.share })).slice(), "guide");
        expect(distribute(scores, guide)).toEqual(referenceDistribute(scores, guide));
      }),
    );
  });

  it("distributeColumn gives −1 for a blank and a guide index otherwise", () => {
    const guide = makeGuide([
      { row: 1, label: "A", share: 0.2 },
      { row: 2, label: "B", share: 0.6 },
      { row: 3, label: "C", share: 0.2 },
    ]);
    expect(Array.from(distributeColumn(Float64Array.of(90, NaN, 90, 90, 80, 70), guide))).toEqual([
      0, -1, 0, 0, 1, 2,
    ]);
  });

  it.each(["mean", "z"] as const)(
    "calibrate (%s, built on calibrateColumn) gives the figures it gave",
    (m) => {
      const rater = fc.oneof(
        fc.constant(null),
        fc.constantFrom("Li", " li", "WANG", "wang ", "Zhao", "", " "),
      );
      fc.assert(
        fc.property(fc.array(fc.tuple(score, rater), { maxLength: 40 }), (pairs) => {
          const scores = pairs.map((p) => p[0]);
          const raters = pairs.map((p) => p[1]);
          expect(calibrate(scores, raters, m)).toEqual(referenceCalibrate(scores, raters, m));
        }),
      );
    },
  );

  it("calibrateColumn leaves blanks NaN, and scores without a rater or of a one-score rater unchanged", () => {
    const out = calibrateColumn(
      Float64Array.of(4, 5, NaN, 2, 3, 7, 9),
      Int32Array.of(0, 0, 1, 1, 1, -1, 2),
      3,
    );
    // overall mean 5; rater 0 mean 4.5, rater 1 mean 2.5, rater 2 has one score
    expect(Array.from(out)).toEqual([4.5, 5.5, NaN, 4.5, 5.5, 7, 9]);
  });

  it("calibrateColumn refuses an overflow as calibrate does", () => {
    const run = () =>
      calibrateColumn(Float64Array.of(1.7e308, 1.7e308, -1.7e308, -1.7e308), Int32Array.of(0, 0, 1, 1), 2);
    expect(run).toThrow(KpiError);
  });

  it("distCheck counts each label once however the ratings repeat", () => {
    const guide = makeGuide([
      { row: 1, label: "A", share: 0.5 },
      { row: 2, label: "B", share: 0.5 },
    ]);
    const rows = distCheck(["A", " a", "B", null, "", "x", "X "], guide);
    expect(rows.map((r) => [r.label, r.count])).toEqual([
      ["A", 2],
      ["B", 1],
      ["", 2],
    ]);
  });
});
