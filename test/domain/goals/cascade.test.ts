import fc from "fast-check";
import { reviewCascade, splitTotal, teamMembers, type CascadeDraft } from "../../../src/domain/goals/cascade";
import { Q3_END, TEAM, bookOf, row, rowsOf } from "../../taskpane/screens/goals/fixture";

const draft: CascadeDraft = {
  team: "North",
  kpi: "REV",
  period: "2026-Q4",
  total: "1000",
  description: "Grow North's revenue",
  weight: "20",
  method: "equal",
};

describe("splitTotal", () => {
  it.each([
    [100, 3, null, [33.34, 33.33, 33.33]],
    [1000, 2, [100, 300], [250, 750]],
    [10, 4, null, [2.5, 2.5, 2.5, 2.5]],
    [0, 2, null, [0, 0]],
    [5, 0, null, []],
  ])("%d over %d members (parts %j)", (total, count, parts, expected) => {
    expect(splitTotal(total, count, parts)).toEqual(expected);
  });

  it("always adds up to the total (to the cent), never goes negative, and splits equally to the cent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_00 }).map((cents) => cents / 100),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (total, parts, equal) => {
          const shares = splitTotal(total, parts.length, equal ? null : parts);
          const sum = shares.reduce((s, x) => s + x, 0);
          expect(Math.abs(sum - total)).toBeLessThan(0.005);
          expect(shares.every((x) => x >= 0)).toBe(true);
          if (equal) expect(Math.max(...shares) - Math.min(...shares)).toBeLessThan(0.0100001);
        },
      ),
    );
  });
});

describe("teamMembers", () => {
  it("leaves out people who left before the period starts", () => {
    const managers = rowsOf("Managers");
    expect(teamMembers(managers, "North", Q3_END + 1).map((m) => m.id)).toEqual(["M1", "M2"]);
    expect(teamMembers(managers, "North", 0).map((m) => m.id)).toEqual(["M1", "M2", "M4"]);
  });
});

describe("reviewCascade", () => {
  const book = bookOf();

  it("splits equally into draft goals linked to the team goal, due at the period's end", () => {
    const review = reviewCascade(draft, book);
    expect(review.errors).toEqual({});
    expect(review.rows).toEqual([
      expect.objectContaining({
        GoalID: "G000003",
        ManagerID: "M1",
        Period: "2026-Q4",
        KPI: "REV",
        Target: 500,
        Weight: 0.2,
        Status: "draft",
        ParentGoal: "North/2026-Q4/REV",
        Description: "Grow North's revenue (500 CNY)",
      }),
      expect.objectContaining({
        GoalID: "G000004",
        ManagerID: "M2",
        Target: 500,
        ParentGoal: "North/2026-Q4/REV",
      }),
    ]);
    expect(review.rows[0].Due).toBe(book.period("2026-Q4")?.end);
  });

  it("splits in proportion to last period's actuals (Q3 has none: uses Q2 for a Q3 goal)", () => {
    const withQ3 = bookOf({
      ...TEAM,
      Goals: [],
      Actuals: [
        row("Actuals", { ManagerID: "M1", Period: "2026-Q3", KPI: "REV", Value: 100 }),
        row("Actuals", { ManagerID: "M2", Period: "2026-Q3", KPI: "REV", Value: 300 }),
      ],
    });
    const review = reviewCascade({ ...draft, method: "proportional" }, withQ3);
    expect(review.priorPeriod).toBe("2026-Q3");
    expect(review.shares.map((s) => [s.id, s.last, s.target])).toEqual([
      ["M1", 100, 250],
      ["M2", 300, 750],
    ]);
    expect(review.rows).toHaveLength(2);
  });

  it("refuses a proportional split when someone has no actual last period, naming them", () => {
    const review = reviewCascade({ ...draft, method: "proportional" }, book);
    expect(review.errors.method).toEqual({
      key: "goals.err.noHistory",
      params: { period: "2026-Q3", names: "Ada Lin, Bo Chen" },
    });
    expect(review.rows).toEqual([]);
  });

  it("refuses a proportional split when last period's actuals add up to 0", () => {
    const zero = bookOf({
      ...TEAM,
      Actuals: ["M1", "M2"].map((ManagerID) =>
        row("Actuals", { ManagerID, Period: "2026-Q3", KPI: "REV", Value: 0 }),
      ),
    });
    expect(reviewCascade({ ...draft, method: "proportional" }, zero).errors.method?.key).toBe(
      "goals.err.historyZero",
    );
  });

  it("gives every member the team rate for a % KPI", () => {
    const review = reviewCascade({ ...draft, kpi: "WIN", total: "40", method: "proportional" }, book);
    expect(review.rate).toBe(true);
    expect(review.rows.map((r) => r.Target)).toEqual([0.4, 0.4]);
  });

  it("refuses to double a goal someone already has on the KPI in the period, naming the KPI by its name", () => {
    const review = reviewCascade({ ...draft, period: "2026-Q3" }, book);
    expect(review.errors.kpi).toEqual({
      key: "goals.err.duplicate",
      params: { names: "Ada Lin", count: 1, kpi: "Revenue", period: "2026-Q3" },
    });
  });

  it.each<[string, Partial<CascadeDraft>, string, string]>([
    ["no team", { team: "" }, "team", "goals.err.teamRequired"],
    ["a team with no one", { team: "East" }, "team", "goals.err.teamEmpty"],
    ["no KPI", { kpi: "" }, "kpi", "goals.err.kpiRequired"],
    ["no description", { description: " " }, "description", "goals.err.descriptionRequired"],
    ["no period", { period: "" }, "period", "goals.err.periodRequired"],
    ["a bad period", { period: "2026-Q5" }, "period", "goals.err.periodInvalid"],
    ["no team target", { total: "" }, "total", "goals.err.totalRequired"],
    ["a team target that is not a number", { total: "many" }, "total", "goals.err.totalNotNumber"],
    ["a negative team target", { total: "-5" }, "total", "goals.err.totalNegative"],
    ["no weight", { weight: "" }, "weight", "goals.err.weightRequired"],
    ["a weight above 100%", { weight: "101" }, "weight", "goals.err.weightRange"],
  ])("%s → a message on that field, nothing to write", (_, change, field, key) => {
    const review = reviewCascade({ ...draft, ...change }, book);
    expect(Object.keys(review.errors)).toEqual([field]);
    expect(review.errors[field as keyof CascadeDraft]?.key).toBe(key);
    expect(review.rows).toEqual([]);
  });
});

describe("reviewCascade: each person's own target, weights, the equal split offered", () => {
  const book = bookOf();

  it("writes each member's own target into their goal's text, never the team total", () => {
    const review = reviewCascade({ ...draft, description: "North: reach 1,000 revenue in 2026-Q4" }, book);
    expect(review.rows.map((r) => r.Description)).toEqual([
      "North: reach 500 revenue in 2026-Q4",
      "North: reach 500 revenue in 2026-Q4",
    ]);
  });

  it("adds the member's own target in brackets when the text does not spell the team total", () => {
    const review = reviewCascade({ ...draft, total: "1001" }, book);
    expect(review.rows.map((r) => r.Description)).toEqual([
      "Grow North's revenue (500.5 CNY)",
      "Grow North's revenue (500.5 CNY)",
    ]);
  });

  it("keeps the text of a rate: everyone's target is the team's", () => {
    const review = reviewCascade(
      { ...draft, kpi: "WIN", total: "40", description: "Win 40% of deals" },
      book,
    );
    expect(review.rows.map((r) => r.Description)).toEqual(["Win 40% of deals", "Win 40% of deals"]);
  });

  it("warns, without refusing, when a member's weights in the period would pass 100%", () => {
    // Ada already has 90% in 2026-Q3 (on REV and DEALS); a WIN goal at 20% takes her to 110%.
    const review = reviewCascade({ ...draft, kpi: "WIN", total: "40", period: "2026-Q3" }, book);
    expect(review.over).toEqual([{ name: "Ada Lin", total: expect.closeTo(1.1, 9) }]);
    expect(review.errors).toEqual({});
    expect(review.rows).toHaveLength(2);
    expect(reviewCascade(draft, book).over).toEqual([]);
  });

  it("shows the equal split when a proportional one cannot be made, and writes nothing until it is chosen", () => {
    const review = reviewCascade({ ...draft, method: "proportional" }, book);
    expect(review.equalInstead).toBe(true);
    expect(review.errors.method?.key).toBe("goals.err.noHistory");
    expect(review.shares.map((s) => s.target)).toEqual([500, 500]);
    expect(review.rows).toEqual([]);
    expect(reviewCascade(draft, book).equalInstead).toBe(false);
  });
});
