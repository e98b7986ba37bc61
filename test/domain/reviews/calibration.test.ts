import { calibrate } from "../../../src/core";
import { DEFAULT_RATINGS, type ReviewRow } from "../../../src/model";
import { buildCalibration, planMove, ratingScale } from "../../../src/domain/reviews/calibration";
import { ALL_TEAMS } from "../../../src/domain/reviews/cycles";
import { row } from "../../fixtures/rows";
import { EQUAL } from "./fixture";

const MANAGERS = ["Ada", "Bo", "Cai", "Dan", "Eve"].map((Name, i) =>
  row("Managers", { ManagerID: `M${i + 1}`, Name, Team: i < 3 ? "North" : "South" }),
);

let seq = 0;
const review = (person: string, reviewer: string, overall: number, fields: Partial<ReviewRow> = {}) =>
  row("Reviews", {
    ReviewID: `R${++seq}`,
    ManagerID: person,
    Period: "2026-Q2",
    Cycle: "quarter",
    Reviewer: reviewer,
    Role: "manager",
    Overall: overall,
    Status: "submitted",
    ...fields,
  });

/** Zhou is lenient (mean 4.7), Qian severe (mean 3.0); Li rates once. Overall mean 3.9. */
const REVIEWS: ReviewRow[] = [
  review("M1", "Zhou", 5),
  review("M2", "Zhou", 4.6),
  review("M3", "zhou ", 4.5, { Status: "acknowledged" }),
  review("M4", "Qian", 3.2),
  review("M5", "Qian", 2.8),
  review("M1", "Li", 3.3, { Role: "peer" }),
  // Not counted: a draft, a self-review, another cycle.
  review("M2", "Zhou", 1, { Status: "draft" }),
  review("M2", "Bo", 5, { Role: "self" }),
  review("M2", "Zhou", 1, { Period: "2026-Q1" }),
];

const build = (fields: Partial<Parameters<typeof buildCalibration>[0]> = {}) =>
  buildCalibration(
    {
      reviews: REVIEWS,
      managers: MANAGERS,
      ratings: [...DEFAULT_RATINGS],
      key: "2026-Q2|quarter",
      team: ALL_TEAMS,
      weights: EQUAL,
      method: "mean",
      tolerance: 0.05,
      ...fields,
    },
    "en-US",
  );

describe("buildCalibration", () => {
  it("calibrates the submitted and acknowledged manager and peer reviews of the cycle with KPI.CALIBRATE", () => {
    const view = build();
    expect(view.count).toBe(6);
    expect(view.mean).toBeCloseTo(23.4 / 6, 10);
    const expected = calibrate(
      [5, 4.6, 4.5, 3.2, 2.8, 3.3],
      ["Zhou", "Zhou", "zhou ", "Qian", "Qian", "Li"],
      "mean",
    );
    const byId = new Map(view.people.flatMap((p) => p.scores.map((s) => [s.id, s.calibrated])));
    expect(REVIEWS.slice(0, 6).map((r) => byId.get(r.ReviewID))).toEqual(expected);
  });

  it("marks lenient and severe raters, and a rater with one review as not calibrated", () => {
    const raters = build().raters;
    expect(raters.map((r) => [r.name, r.count, r.lean, r.single])).toEqual([
      ["Zhou", 3, "lenient", false],
      ["Li", 1, "severe", true],
      ["Qian", 2, "severe", false],
    ]);
    expect(raters[0].mean).toBeCloseTo(4.7, 10);
    expect(raters[0].gap).toBeCloseTo(0.8, 10);
  });

  it("gives each person the mean of their calibrated reviews, a rating on the 100-point scale, and outlier marks", () => {
    const people = build().people;
    const ada = people.find((p) => p.name === "Ada");
    // Zhou's 5 moves down by 0.8 to 4.2; Li's single 3.3 stays (one review) but Li is 0.6 below the mean.
    expect(ada?.raw).toBeCloseTo(4.15, 10);
    expect(ada?.calibrated).toBeCloseTo((4.2 + 3.3) / 2, 10);
    expect(ada?.points).toBeCloseTo(75, 10);
    expect(ada?.rating).toBe("B");
    expect(ada?.scores.map((s) => s.outlier)).toEqual([true, true]);
    const dan = people.find((p) => p.name === "Dan");
    // Qian's 3.2 moves up by 0.9 to 4.1 → 82 points → B.
    expect(dan?.calibrated).toBeCloseTo(4.1, 10);
    expect(dan?.rating).toBe("B");
    expect(dan?.outlier).toBe(true);
    expect(people.map((p) => p.name)).toEqual(["Dan", "Bo", "Ada", "Cai", "Eve"]);
  });

  it("does not mark reviews of a rater close to the mean that calibration barely moves", () => {
    const even = [
      review("M1", "Sun", 4),
      review("M2", "Sun", 3),
      review("M3", "Wu", 3.8),
      review("M4", "Wu", 3.4),
    ];
    const view = build({ reviews: even });
    expect(view.raters.every((r) => r.lean === null)).toBe(true);
    expect(view.people.some((p) => p.outlier)).toBe(false);
  });

  it("checks the rating distribution against the guide of the Ratings table", () => {
    const view = build();
    const dist = view.distribution ?? [];
    expect(dist.map((d) => [d.label, d.count, d.target])).toEqual([
      ["A", 0, 0.2],
      ["B", 3, 0.5],
      ["C", 2, 0.2],
      ["D", 0, 0.1],
    ]);
    expect(dist.map((d) => d.within)).toEqual([false, false, false, false]);
  });

  it("uses the z method when asked", () => {
    const z = build({ method: "z" });
    const expected = calibrate(
      [5, 4.6, 4.5, 3.2, 2.8, 3.3],
      ["Zhou", "Zhou", "zhou ", "Qian", "Qian", "Li"],
      "z",
    );
    expect(
      z.people.flatMap((p) => p.scores).find((s) => s.id === REVIEWS[3].ReviewID)?.calibrated,
    ).toBeCloseTo(expected[3] as number, 10);
  });

  it("keeps to the team filter", () => {
    const view = build({ team: "South" });
    expect(view.people.map((p) => p.name)).toEqual(["Dan", "Eve"]);
    expect(view.raters.map((r) => r.name)).toEqual(["Qian"]);
    expect(view.raters[0].lean).toBeNull();
  });

  it("has nothing to show for a cycle without counted reviews", () => {
    const view = build({ key: "2026-Q3|quarter" });
    expect(view).toMatchObject({ count: 0, mean: null, people: [], raters: [], distribution: null });
  });

  it("shows no distribution without a complete guide, and no ratings without bands", () => {
    const noGuide = DEFAULT_RATINGS.map((r, i) => ({ ...r, GuideShare: i === 0 ? null : r.GuideShare }));
    const view = build({ ratings: noGuide });
    expect(view.guideMissing).toBe(true);
    expect(view.distribution).toBeNull();
    expect(view.people[0].rating).not.toBeNull();
    const none = build({ ratings: [] });
    expect(none.bandsMissing).toBe(true);
    expect(none.people.every((p) => p.rating === null)).toBe(true);
  });
});

describe("ratingScale", () => {
  it("reads bands ascending and the guide best first, whatever the table order", () => {
    const { bands, guide } = ratingScale([...DEFAULT_RATINGS].reverse());
    expect(bands?.map((b) => b.label)).toEqual(["D", "C", "B", "A"]);
    expect(guide?.map((g) => g.label)).toEqual(["A", "B", "C", "D"]);
  });

  it("gives no guide when shares do not add up to 1", () => {
    expect(ratingScale(DEFAULT_RATINGS.map((r) => ({ ...r, GuideShare: 0.5 }))).guide).toBeNull();
  });
});

describe("a rating moved in calibration", () => {
  const moved = (reason: string | null = "Won the Huaxin account in the last week") =>
    REVIEWS.map((r) =>
      r.ManagerID === "M1" && r.Period === "2026-Q2" && r.Role !== "self" && r.Status !== "draft"
        ? { ...r, CalibratedRating: "A", CalibrationReason: reason }
        : r,
    );

  it("replaces the computed rating in the view and in the distribution, the computed one beside it", () => {
    const view = build({ reviews: moved() });
    const ada = view.people.find((p) => p.name === "Ada")!;
    expect(ada).toMatchObject({
      rating: "A",
      computedRating: "B",
      adjusted: { rating: "A", reason: "Won the Huaxin account in the last week" },
    });
    expect(view.distribution?.map((d) => [d.label, d.count])).toEqual([
      ["A", 1],
      ["B", 2],
      ["C", 2],
      ["D", 0],
    ]);
    expect(view.people.find((p) => p.name === "Bo")?.adjusted).toBeNull();
  });

  it("plans the rating and reason onto every counted review of the person in the cycle", () => {
    const view = build();
    const result = planMove(
      { key: "2026-Q2|quarter", person: "M1", rating: "A", reason: "  Won Huaxin late in the quarter " },
      REVIEWS,
      [...DEFAULT_RATINGS],
      view,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // Zhou's manager review and Li's peer review; not a draft, a self-review or another cycle's review.
    expect(result.plan.before.map((r) => r.ReviewID)).toEqual([REVIEWS[0].ReviewID, REVIEWS[5].ReviewID]);
    expect(result.plan.after.map((r) => [r.CalibratedRating, r.CalibrationReason])).toEqual([
      ["A", "Won Huaxin late in the quarter"],
      ["A", "Won Huaxin late in the quarter"],
    ]);
    expect(result.plan.after[0]).toEqual({
      ...REVIEWS[0],
      CalibratedRating: "A",
      CalibrationReason: "Won Huaxin late in the quarter",
    });
    expect(result.plan.from).toBe("B");
  });

  it.each([
    [{ rating: "", reason: "why" }, { rating: "reviews.move.err.rating" }],
    [{ rating: "A", reason: "  " }, { reason: "reviews.move.err.reason" }],
    [{ rating: "AA", reason: "why" }, { rating: "reviews.move.err.unknown" }],
    [{ rating: "A", reason: "why", person: "M9" }, { rating: "reviews.move.err.noReview" }],
  ] as [{ rating: string; reason: string; person?: string }, Record<string, string>][])(
    "refuses %j, naming the field",
    (request, expected) => {
      const result = planMove(
        { key: "2026-Q2|quarter", person: "M1", ...request },
        REVIEWS,
        [...DEFAULT_RATINGS],
        build(),
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, v?.key]))).toEqual(
        expected,
      );
    },
  );

  it("names the Ratings labels when the rating is not one of them", () => {
    const result = planMove(
      { key: "2026-Q2|quarter", person: "M1", rating: "S", reason: "why" },
      REVIEWS,
      [...DEFAULT_RATINGS],
      build(),
    );
    expect(result.ok ? null : result.errors.rating?.params).toEqual({ rating: "S", labels: "A, B, C, D" });
  });
});
