/**
 * Every KPI. function through its Excel calling convention: the error contract first, then values from
 * functions.md, then edge cases (header rows, spare blank rows, 1×1, mismatched shapes, huge and tiny numbers,
 * text, booleans and error values anywhere).
 */
import * as f from "../../src/functions/functions";
import { pace as corePace } from "../../src/core/pace";
import { CURVE, N, TIERS, col, err, range, withDisplayLanguage } from "./helpers";

const BANDS = [
  ["Min", "Label"],
  [0, "D"],
  [60, "C"],
  [75, "B"],
  [90, "A"],
];
const GUIDE = [
  ["Label", "Share"],
  ["A", 0.2],
  ["B", 0.7],
  ["C", 0.1],
];

describe("KPI.ATTAINMENT", () => {
  it.each([
    [[[80]], [[0]], undefined, err("#DIV/0!")],
    [[[80]], [[-1]], undefined, err("#NUM!")],
    [[["x"]], [[100]], undefined, err("#VALUE!", /^actual: expected a number/)],
    [
      [[80]],
      [[100]],
      [["sideways"]],
      err("#VALUE!", /direction: unknown option .*higher, up, 越高越好, 正向/),
    ],
    [
      col(1, 2, 3),
      col(1, 2, 3, 4),
      undefined,
      err("#VALUE!", "ranges differ in size: 3×1 and 4×1 (actual, target)"),
    ],
  ])("errors: (%p, %p, %p)", (actual, target, direction, expected) => {
    expect(f.attainment(actual, target, direction)).toEqual([[expected]]);
  });

  it.each([
    [80, 100, null, 0.8],
    [3, 5, "lower", 1.4],
    [12, 5, "lower", 0],
    [3, 5, "越低越好", 1.4],
    [3, 5, "DOWN", 1.4],
    [3, 5, "逆向", 1.4],
    [5, 5, "正向", 1],
    [1e300, 1e-300, null, err("#NUM!")],
    [1e-300, 1e300, null, 0],
  ])("(%p, %p, %p) → %p", (a, t, d, expected) => {
    expect(f.attainment([[a]], [[t]], d === null ? N : [[d]])).toEqual([[expected]]);
  });

  it("spills over ranges with one target", () => {
    expect(f.attainment(col(50, "", 150), [[100]])).toEqual(col(0.5, "", 1.5));
  });

  it("broadcasts a column of directions", () => {
    expect(f.attainment(col(80, 80), col(100, 100), col("higher", "lower"))).toEqual(col(0.8, 1.2));
  });
});

describe("KPI.SCORE", () => {
  it("errors: cap below threshold is #NUM!", () => {
    expect(f.score([[800]], [[1000]], N, [[0.9]], [[0.8]])).toEqual([[err("#NUM!")]]);
  });

  it.each([
    [[800, 1000], 80],
    [[1300, 1000, null, null, 1.2], 120],
    [[1300, 1000], 100],
    [[700, 1000, null, 0.8], 0],
    [[800, 1000, null, 0.8], 80],
    [[800, 1000, null, null, null, 10], 8],
    [[900, 1000, "lower"], 100],
  ])("%p → %p", (args, expected) => {
    const [a, t, d, th, c, fs] = args.map((v) => (v === null || v === undefined ? N : [[v]]));
    expect(f.score(a, t, d, th, c, fs)).toEqual([[expected]]);
  });
});

describe("KPI.STEPSCORE", () => {
  it("errors: step ≤ 0 is #NUM!", () => {
    expect(f.stepscore([[1]], [[1]], [[0]], [[1]])).toEqual([[err("#NUM!")]]);
    expect(f.stepscore([[1]], [[1]], [[-1]], [[1]])).toEqual([[err("#NUM!")]]);
  });

  it("errors: unknown rounding word lists the accepted ones", () => {
    expect(f.stepscore([[1]], [[1]], [[1]], [[1]], N, N, N, N, [["round"]])).toEqual([
      [err("#VALUE!", /floor, 整步, prorata, 按比例/)],
    ]);
  });

  it.each([
    [[530, 500, 10, 1], 3],
    [[0.0225, 0.02, 0.001, 0, 3, -15, null, "lower"], -6],
    [[0.3, 0, 0.1, 1], 3],
    [[470, 500, 10, 1], -3],
    [[470, 500, 10, 1, 2], -6],
    [[470, 500, 10, 1, 2, -4], -4],
    [[900, 500, 10, 1, null, null, 5], 5],
    [[535, 500, 10, 1, null, null, null, null, "prorata"], 3.5],
    [[535, 500, 10, 1, null, null, null, null, "按比例"], 3.5],
  ])("%p → %p", (args, expected) => {
    const a = args.map((v) => (v === null || v === undefined ? N : [[v]]));
    expect(f.stepscore(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8])).toEqual([[expected]]);
  });

  it("counts fractional steps pro rata for the spec's lower-is-better example", () => {
    const r = f.stepscore(
      [[0.0225]],
      [[0.02]],
      [[0.001]],
      [[0]],
      [[3]],
      [[-15]],
      N,
      [["lower"]],
      [["prorata"]],
    );
    expect(r[0][0]).toBeCloseTo(-7.5, 12);
  });
});

describe("KPI.BANDSCORE", () => {
  it("errors: band ≤ 0 is #NUM!", () => {
    expect(f.bandscore([[1]], [[1]], [[0]])).toEqual([[err("#NUM!")]]);
  });

  it.each([
    [[0.04, 0.02, 0.02], 100],
    [[0.0, 0.02, 0.02], 0],
    [[0.02, 0.02, 0.02], 50],
    [[0.0, 0.02, 0.02, null, "lower"], 100],
    [[0.04, 0.02, 0.02, null, "lower"], 0],
    [[0.03, 0.02, 0.02, 10], 7.5],
  ])("%p → %p", (args, expected) => {
    const a = args.map((v) => (v === null || v === undefined ? N : [[v]]));
    const r = f.bandscore(a[0], a[1], a[2], a[3], a[4]);
    expect(r[0][0]).toBeCloseTo(expected as number, 12);
  });
});

describe("KPI.CURVE", () => {
  it("errors: a curve whose points are not ascending names the row the user sees", () => {
    expect(f.curve([[1]], range(["Point", "Value"], [1, 1], [0.5, 2]))).toEqual([
      [err("#VALUE!", "curve: row 3 is not in ascending order")],
    ]);
  });

  it("errors: text inside the curve names row and column", () => {
    expect(f.curve([[1]], range([0.9, 0.5], ["", ""], [1, "lots"]))).toEqual([
      [err("#VALUE!", 'curve, row 3, column 2: expected a number, got the text "lots"')],
    ]);
  });

  it("errors: a curve of three columns", () => {
    expect(f.curve([[1]], [[0.9, 0.5, 1]])).toEqual([[err("#VALUE!", "curve: expected 2 columns, got 3")]]);
  });

  it("reads the spec's curve", () => {
    const r = f.curve(col(0.95, 1.1, 0.85, 0.9, 1.3), CURVE);
    [0.75, 1.5, 0, 0.5, 2].forEach((v, i) => expect(r[i][0]).toBeCloseTo(v, 12));
  });

  it("steps and uses the below value", () => {
    expect(f.curve(col(0.95, 0.85), CURVE, [["阶梯"]], [[-1]])).toEqual(col(0.5, -1));
  });

  it("ignores spare blank rows and reads a one-point curve", () => {
    expect(f.curve(col(0.5, 2), range([1, 7], ["", ""], ["", ""]))).toEqual(col(0, 7));
  });
});

describe("KPI.TIERED", () => {
  it.each([
    [[[-1]], N, N, N, err("#NUM!")],
    [[[1]], N, [[0]], N, err("#NUM!")],
    [[[1]], N, N, [[-5]], err("#NUM!")],
    [[[1]], [["flat"]], N, N, err("#VALUE!", /method: unknown option "flat"/)],
  ])("errors: amount %p method %p quota %p prior %p", (amount, method, quota, prior, expected) => {
    expect(f.tiered(amount, TIERS, method, quota, prior)).toEqual([[expected]]);
  });

  it("errors: tiers out of order name the row as the user sees it", () => {
    expect(f.tiered([[1]], range(["Bound", "Rate"], [0, 0.04], [0, 0.06]))).toEqual([
      [err("#VALUE!", "tiers: row 3 is not in ascending order")],
    ]);
  });

  it("computes the spec's example", () => {
    expect(f.tiered([[20000]], TIERS, N, N, [[145000]])).toEqual([[1100]]);
  });

  it.each([
    [300000, "marginal", 0.04 * 150000 + 0.06 * 100000 + 0.08 * 50000],
    [300000, "retro", 0.08 * 300000],
    [300000, "全额累进", 0.08 * 300000],
    [150000, "retro", 0.06 * 150000],
    [149999.99, "retro", 0.04 * 149999.99],
    [0, "marginal", 0],
  ])("%p %p → %p", (amount, method, expected) => {
    expect(f.tiered([[amount]], TIERS, [[method]])[0][0]).toBeCloseTo(expected, 6);
  });

  it("trues up retro with prior: F(prior + amount) − F(prior)", () => {
    expect(f.tiered([[20000]], TIERS, [["retro"]], N, [[145000]])[0][0]).toBeCloseTo(
      165000 * 0.06 - 145000 * 0.04,
      6,
    );
  });

  it("reads bounds as fractions of quota", () => {
    const tiers = [
      [0, 0.01],
      [1, 0.02],
    ];
    expect(f.tiered([[150]], tiers, N, [[100]])).toEqual([[100 * 0.01 + 50 * 0.02]]);
  });

  it("spills over a column of amounts and priors; blanks stay blank", () => {
    expect(f.tiered(col(20000, "", 1000), TIERS, N, N, col(145000, 0, ""))).toEqual(col(1100, "", 40));
  });

  it("does not charge amounts below the first bound", () => {
    expect(f.tiered([[50]], [[100, 0.1]])).toEqual([[0]]);
  });
});

describe("KPI.EXPLAIN", () => {
  it("errors: several amounts", () => {
    expect(f.explain(col(1, 2), TIERS)).toEqual([
      [err("#VALUE!", "amount: expected a single value, got a 2×1 range")],
    ]);
  });

  it("shows the marginal computation with a total equal to TIERED", () => {
    expect(f.explain([[20000]], TIERS, N, N, [[145000]])).toEqual([
      ["Tier", "From", "To", "Amount in tier", "Rate", "Commission"],
      [1, 0, 150000, 5000, 0.04, 200],
      [2, 150000, 250000, 15000, 0.06, 900],
      ["Total", "", "", 20000, "", 1100],
    ]);
  });

  it("shows retro with the prior line, in Chinese for a Chinese display", () => {
    const r = withDisplayLanguage("zh-CN", () => f.explain([[20000]], TIERS, [["retro"]], N, [[145000]]));
    expect(r[0]).toEqual(["档位", "起点", "终点", "档内金额", "比例", "提成"]);
    expect(r.map((line) => line[0])).toEqual(["档位", 2, "已计提", "合计"]);
    expect(r[3][5]).toBeCloseTo(f.tiered([[20000]], TIERS, [["retro"]], N, [[145000]])[0][0] as number, 9);
  });

  it("gives a blank for a blank amount and an open-ended top tier", () => {
    expect(f.explain([[""]], TIERS)).toEqual([[""]]);
    expect(f.explain([[300000]], TIERS)[3]).toEqual([3, 250000, "", 50000, 0.08, 4000]);
  });
});

describe("KPI.NEXTTIER", () => {
  it("errors: the top tier is #N/A with the spec's message", () => {
    expect(f.nexttier([[300000]], TIERS)).toEqual([[err("#N/A", "already in the top tier")]]);
  });

  it("errors: a negative amount is #NUM!", () => {
    expect(f.nexttier([[-1]], TIERS)).toEqual([[err("#NUM!")]]);
  });

  it("gives the distance to the next bound, per element", () => {
    expect(f.nexttier(col(145000, 150000, 300000), TIERS)).toEqual(col(5000, 100000, err("#N/A")));
  });

  it("uses quota", () => {
    expect(f.nexttier([[80]], range([0, 0.01], [1, 0.02]), [[100]])).toEqual([[20]]);
  });
});

describe("KPI.WEIGHTED", () => {
  it.each([
    [[[1, 0, 0]], [[1, -1, 1]], N, err("#NUM!")],
    [[[1, "", ""]], [[0, 1, 1]], N, err("#DIV/0!")],
    [[[1, 2, 3]], [[1, 1]], N, err("#VALUE!", "ranges differ in size: 1×3 and 1×2 (scores, weights)")],
    [[[1, "x", 3]], [[1, 1, 1]], N, err("#VALUE!", /^scores, column 2:/)],
  ])("errors: %p · %p", (scores, weights, normalize, expected) => {
    expect(f.weighted(scores, weights, normalize)).toEqual([[expected]]);
  });

  it.each([
    [[[1, 0, 0]], [[1, 1, 1]], null, 1 / 3],
    [[[1, 0, 0]], [[0, 0.5, 0.5]], null, 0],
    [[[80, "", 100]], [[0.5, 0.3, 0.2]], null, (80 * 0.5 + 100 * 0.2) / 0.7],
    [[[80, "", 100]], [[0.5, 0.3, 0.2]], false, 80 * 0.5 + 100 * 0.2],
    [col(80, 100), [[0.5, 0.5]], null, 90],
    [[["", ""]], [[1, 1]], null, ""],
  ])("%p · %p (normalize %p) → %p", (scores, weights, normalize, expected) => {
    const r = f.weighted(scores, weights, normalize === null ? N : [[normalize]]);
    if (typeof expected === "number") expect(r[0][0]).toBeCloseTo(expected, 12);
    else expect(r).toEqual([[expected]]);
  });

  it("gives one composite per row of a block; a bad row errors alone", () => {
    const r = f.weighted(range([80, 100], ["", ""], ["x", 1], [60, 60]), [[0.5, 0.5]]);
    expect(r).toEqual([[90], [""], [err("#VALUE!", /^scores, row 3, column 1:/)], [60]]);
  });

  it("accepts per-row weights for a block and refuses other shapes", () => {
    expect(f.weighted(range([1, 2], [3, 4]), range([1, 0], [0, 1]))).toEqual([[1], [4]]);
    expect(f.weighted(range([1, 2], [3, 4]), [[1, 0, 0]])).toEqual([
      [err("#VALUE!", "weights: expected 1×2 or 2×2 for 2×2 scores, got 1×3")],
    ]);
  });

  it("counts blank weights as 0", () => {
    expect(f.weighted([[50, 100]], [[1, ""]])).toEqual([[50]]);
  });
});

describe("KPI.BONUS", () => {
  const curve = [
    [0, 0],
    [1, 1],
    [1.3, 1.45],
  ];

  it("errors: negative target bonus is #NUM!", () => {
    expect(f.bonus([[-1]], [[1]], curve)).toEqual([[err("#NUM!")]]);
  });

  it("errors: a gate that is not TRUE/FALSE or a number", () => {
    expect(f.bonus([[1]], [[1]], curve, [["maybe"]])).toEqual([
      [err("#VALUE!", /gate: expected TRUE or FALSE/)],
    ]);
  });

  it.each([
    [[100000, 1.3], 145000],
    [[100000, 1.3, false], 0],
    [[100000, 1.3, 0], 0],
    [[100000, 1.3, true, 2], 290000],
    [[100000, 1, null, null, 0.5], 50000],
    [[100000, 1.3, null, null, null, 120000], 120000],
    [[100000, 2], 145000],
    [[100000, ""], ""],
  ])("%p → %p", (args, expected) => {
    const a = args.map((v) => (v === null || v === undefined ? N : [[v]]));
    expect(f.bonus(a[0], a[1], curve, a[2], a[3], a[4], a[5])).toEqual([[expected]]);
  });

  it("broadcasts a column of gates; blank gate is no gate", () => {
    expect(f.bonus([[1000]], col(1, 1, 1), curve, col(true, false, ""))).toEqual(col(1000, 0, 1000));
  });
});

describe("KPI.PRORATE", () => {
  const y2026 = { start: 46023, end: 46387 };

  it("errors: periodEnd before periodStart is #NUM!", () => {
    expect(f.prorate([[1]], [[""]], [[""]], [[46387]], [[46023]])).toEqual([[err("#NUM!")]]);
  });

  it("computes the spec's example by days and months", () => {
    // 1,000 from 1 January to 31 August, then 1,500 from 1 September, over the year 2026.
    const example = (basis?: unknown[][]) =>
      f.prorate(col(1000, 1500), col(46023, 46266), col(46265, ""), [[y2026.start]], [[y2026.end]], basis);
    const days = example();
    expect(days[0][0]).toBeCloseTo(665.75, 2);
    expect(days[1][0]).toBeCloseTo(501.37, 2);
    const months = example([["月"]]);
    expect(months[0][0]).toBeCloseTo(666.67, 2);
    expect(months[1][0]).toBeCloseTo(500, 9);
  });

  it("blank start and end cover the whole period; no overlap gives 0; blank value stays blank", () => {
    expect(
      f.prorate(col(1000, 1000, ""), col("", 47000, ""), col("", "", ""), [[y2026.start]], [[y2026.end]]),
    ).toEqual(col(1000, 0, ""));
  });
});

describe("KPI.RATING", () => {
  it("errors: below the lowest band is #N/A with the spec's message", () => {
    expect(f.rating([[-1]], BANDS)).toEqual([[err("#N/A", "below the lowest band")]]);
  });

  it("errors: a band without a label names its row", () => {
    expect(f.rating([[1]], range([0, "D"], [60, ""]))).toEqual([
      [err("#VALUE!", /^bands, row 2, column 2:/)],
    ]);
  });

  it("rates per element", () => {
    expect(f.rating(col(90, 89.99, 60, "", 100), BANDS)).toEqual(col("A", "B", "C", "", "A"));
  });

  it("returns numeric labels as numbers", () => {
    expect(f.rating([[70]], range([0, 1], [50, 2], [80, 3]))).toEqual([[2]]);
  });

  it("a range of plain numbers (the band loop) gives each cell its band's label, #N/A below the lowest", () => {
    const scores = [90, 89.99, 60, -1, 0, -0, 1e308, -1e308, 5e-324, 59.999, 100, -1.5];
    const below = err("#N/A", "below the lowest band");
    /** The last band at or below the score, by hand over the bands' rows. */
    const expected = (s: number, rows: unknown[][]) => {
      let label: unknown = below;
      for (const [min, l] of rows) if (typeof min === "number" && min <= s) label = l;
      return label;
    };
    const bandSets = [BANDS, range([0, 1], [50, 2], [80, 3]), range([-1, "low"], [60, "mid"], [90, "top"])];
    for (const bands of bandSets) {
      expect(f.rating(col(...scores), bands)).toEqual(scores.map((s) => [expected(s, bands)]));
      // Two columns: the same, cell by cell.
      const pairs = scores.map((s, i) => [s, scores[(i + 5) % scores.length]]);
      expect(f.rating(pairs, bands)).toEqual(pairs.map((row) => row.map((s) => expected(s, bands))));
    }
  });
});

describe("KPI.DISTRIBUTE", () => {
  it("errors: shares that do not add up to 1", () => {
    expect(f.distribute(col(1, 2), range(["A", 0.5], ["B", 0.4]))).toEqual([
      [err("#VALUE!", /guide: shares add up to 90%/)],
    ]);
  });

  it("hands out labels by the guide, ties share a label, blanks stay blank", () => {
    const scores = col(95, 90, 85, 80, 75, 70, 65, 60, 55, 50, "");
    expect(f.distribute(scores, GUIDE)).toEqual(col("A", "A", "B", "B", "B", "B", "B", "B", "B", "C", ""));
    expect(f.distribute(col(90, 90, 90, 50), range(["A", 0.25], ["B", 0.75]))).toEqual(
      col("A", "A", "A", "B"),
    );
  });

  it("errors only the cell of a bad score, and ranks the others", () => {
    expect(f.distribute(col(90, "x", 50), range(["A", 0.5], ["B", 0.5]))).toEqual(
      col("A", err("#VALUE!"), "B"),
    );
  });

  it("keeps the shape of a row of scores", () => {
    expect(f.distribute([[10, 20]], range(["Top", 0.5], ["Rest", 0.5]))).toEqual([["Rest", "Top"]]);
  });
});

describe("KPI.DISTCHECK", () => {
  it("errors: a negative tolerance is #NUM!", () => {
    expect(f.distcheck(col("A"), GUIDE, [[-1]])).toEqual([[err("#NUM!")]]);
  });

  it("compares actual with target, with an Other row", () => {
    expect(f.distcheck(col("A", "B", "B", "X", ""), GUIDE)).toEqual([
      ["Label", "Target share", "Count", "Actual share", "Gap", "Within tolerance"],
      ["A", 0.2, 1, 0.25, expect.closeTo(0.05, 12), true],
      ["B", 0.7, 2, 0.5, expect.closeTo(-0.2, 12), false],
      ["C", 0.1, 0, 0, expect.closeTo(-0.1, 12), false],
      ["Other", "", 1, 0.25, "", ""],
    ]);
  });

  it("speaks Chinese on a Chinese display", () => {
    const r = withDisplayLanguage("zh-CN", () => f.distcheck(col("X"), GUIDE));
    expect(r[0]).toEqual(["等级", "目标占比", "人数", "实际占比", "差异", "在容差内"]);
    expect(r[4][0]).toBe("其他");
  });
});

describe("KPI.NINEBOX", () => {
  it("errors: cuts that are not two numbers", () => {
    expect(f.ninebox([[1]], [[1]], [[1, 2, 3]])).toEqual([
      [err("#VALUE!", "performanceCuts: expected 2 cells, got 3")],
    ]);
    expect(f.ninebox([[1]], [[1]], [[1, ""]])).toEqual([[err("#VALUE!", /performanceCuts, column 2/)]]);
  });

  it.each([
    [10, 10, 1],
    [50, 10, 2],
    [80, 10, 3],
    [10, 50, 4],
    [50, 50, 5],
    [80, 80, 9],
    [40, 70, 8],
  ])("performance %p potential %p → box %p", (perf, pot, box) => {
    expect(f.ninebox([[perf]], [[pot]], [[40, 70]])).toEqual([[box]]);
  });

  it("uses separate potential cuts", () => {
    expect(f.ninebox([[50]], [[3]], col(40, 70), [[2, 4]])).toEqual([[5]]);
  });
});

describe("KPI.ENPS", () => {
  const spec = [...Array(8).fill(9), ...Array(7).fill(7), ...Array(5).fill(3)];

  it("errors: fewer than the minimum responses is #N/A with the spec's message", () => {
    expect(f.enps(col(9, 10))).toEqual([
      [err("#N/A", "fewer than 3 responses: hidden to protect anonymity")],
    ]);
  });

  it("errors: a score outside 0–10 is #NUM!", () => {
    expect(f.enps(col(9, 10, 11))).toEqual([[err("#NUM!")]]);
  });

  it("errors: text among the scores names the cell", () => {
    expect(f.enps(col(9, "n/a", 10))).toEqual([[err("#VALUE!", /^scores, row 2:/)]]);
  });

  it("computes the spec's example and skips blanks", () => {
    expect(f.enps(col(...spec, "", ""))).toEqual([[15]]);
  });

  it("respects minResponses and detractorMax", () => {
    expect(f.enps(col(9, 6), [[2]])).toEqual([[0]]);
    expect(f.enps(col(9, 6, 7), [[1]], [[7]])).toEqual([[expect.closeTo(-100 / 3, 12)]]);
  });
});

describe("KPI.FAVORABLE", () => {
  it("errors: an answer outside the scale is #NUM!", () => {
    expect(f.favorable(col(1, 5, 6))).toEqual([[err("#NUM!")]]);
  });

  it("errors: too few responses is #N/A", () => {
    expect(f.favorable(col(5, 5))).toEqual([[err("#N/A", /fewer than 3 responses/)]]);
  });

  it("counts the answers above the midpoint", () => {
    expect(f.favorable(col(5, 4, 3, 2, ""))).toEqual([[0.5]]);
    expect(f.favorable(col(7, 5, 4, 1), [[7]])).toEqual([[0.5]]);
  });
});

describe("KPI.PACE", () => {
  it("errors: total ≤ 0 is #NUM!", () => {
    expect(f.pace([[1]], [[1]], [[1]], [[0]])).toEqual([[err("#NUM!")]]);
  });

  it("errors: labels that are not three cells", () => {
    expect(f.pace([[1]], [[1]], [[1]], [[1]], N, [["a", "b"]])).toEqual([
      [err("#VALUE!", "labels: expected 3 cells, got 2")],
    ]);
  });

  it("labels the spec's example", () => {
    expect(f.pace(col(100, 95, 89), [[300]], [[10]], [[30]])).toEqual(
      col("On track", "At risk", "Off track"),
    );
  });

  it("uses Chinese labels on a Chinese display, and the user's labels when given", () => {
    expect(withDisplayLanguage("zh-CN", () => f.pace(col(100, 95, 89), [[300]], [[10]], [[30]]))).toEqual(
      col("正常", "预警", "落后"),
    );
    expect(f.pace(col(100, 95, 89), [[300]], [[10]], [[30]], N, [["G", "", "R"]])).toEqual(
      col("G", "At risk", "R"),
    );
  });

  it("is on track before any time has passed", () => {
    expect(f.pace([[0]], [[300]], [[0]], [[30]])).toEqual([["On track"]]);
  });

  it("ranges of plain numbers (the pace loop) give each pair the rule's label, errors per cell", () => {
    const actuals = [100, 95, 89, 0, -0, -5, 1e308, -1e308, 5e-324, 300, 90];
    const targets = [300, 300, 300, 0, -0, 300, 1e308, 300, 1, -1, 1e308];
    const names = ["G", "A", "R"];
    for (const [elapsed, total, tolerance] of [
      [10, 30, 0.1],
      [0, 30, 0.1],
      [30, 30, 0],
      [1e308, 1e-308, 0.5],
    ]) {
      const expected = actuals.map((a, i) => {
        if (targets[i] < 0) return [err("#NUM!")];
        return [names[corePace(a, targets[i], elapsed, total, tolerance) - 1]];
      });
      const got = f.pace(col(...actuals), col(...targets), [[elapsed]], [[total]], [[tolerance]], [names]);
      expect(got).toEqual(expected);
    }
    // Options that fail give their error in every cell.
    expect(f.pace(col(1, 2), col(3, 4), [[1]], [[0]])).toEqual([[err("#NUM!")], [err("#NUM!")]]);
  });
});

describe("KPI.CALIBRATE", () => {
  it("errors: scores and raters of different shapes", () => {
    expect(f.calibrate(col(1, 2), col("a"))).toEqual([
      [err("#VALUE!", "ranges differ in size: 2×1 and 1×1 (scores, raters)")],
    ]);
  });

  it("errors: unknown method", () => {
    expect(f.calibrate(col(1, 2), col("a", "a"), [["median"]])).toEqual([
      [err("#VALUE!", /mean, 均值, z, 标准化/)],
    ]);
  });

  it("shifts each rater to the overall mean", () => {
    expect(f.calibrate(col(80, 90, 70, 60), col("a", "a", "b", "b"))).toEqual(col(70, 80, 80, 70));
  });

  it("keeps blanks blank and leaves a rater with one score unchanged", () => {
    expect(f.calibrate(col(80, "", 90, 70, 55), col("a", "a", "a", "b", "c"))[1][0]).toBe("");
    expect(f.calibrate(col(80, 90, 70, 55), col("a", "a", "b", "c"))[3][0]).toBe(55);
  });

  it("errors only the cell of a bad score", () => {
    const r = f.calibrate(col(80, "x", 70, 60), col("a", "a", "b", "b"));
    expect(r[1][0]).toEqual(err("#VALUE!"));
    expect(typeof r[0][0]).toBe("number");
  });
});

describe("KPI.DRAWS", () => {
  it("errors: a block of earnings", () => {
    expect(f.draws(range([1, 2], [3, 4]), [[1]])).toEqual([
      [err("#VALUE!", "earned: expected one row or one column, got a 2×2 range")],
    ]);
  });

  it("errors: a guarantee of another shape", () => {
    expect(f.draws(col(1, 2, 3), col(1, 2))).toEqual([
      [err("#VALUE!", /ranges differ in size: 3×1 and 2×1/)],
    ]);
  });

  it("computes the spec's examples", () => {
    expect(f.draws(col(600, 1300), [[1000]])).toEqual([
      [1000, 0],
      [1300, 0],
    ]);
    expect(f.draws(col(600, 1300), [[1000]], [["可追回"]])).toEqual([
      [1000, 400],
      [900, 0],
    ]);
  });

  it("lays a row of earnings out as two rows and skips blank periods", () => {
    expect(f.draws([[600, "", 1300]], [[1000]], [["recoverable"]])).toEqual([
      [1000, "", 900],
      [400, "", 0],
    ]);
  });
});

describe("scenario: a quarter's commission sheet", () => {
  it("agrees between TIERED, EXPLAIN and NEXTTIER for a team", () => {
    const amounts = col(90000, 160000, 240000, 260000);
    const commissions = f.tiered(amounts, TIERS);
    amounts.forEach(([a], i) => {
      const table = f.explain([[a]], TIERS);
      expect(table[table.length - 1][5]).toBeCloseTo(commissions[i][0] as number, 9);
    });
    expect(f.nexttier(amounts, TIERS)).toEqual(col(60000, 90000, 10000, err("#N/A")));
  });
});
