import { parsePeriod, serialFromYMD } from "../../../src/core";
import { REVIEW_DIMENSIONS, type ManagerRow, type ReviewRow, type SettingRow } from "../../../src/model";
import {
  ALL_TEAMS,
  NO_TEAM,
  cycleKey,
  cycleOptions,
  defaultReviewer,
  formOf,
  liveOverall,
  nextReviewIds,
  planCycle,
  reviewRowOf,
  reviewSettings,
  validateCycleForm,
  validateReview,
  type ReviewFormValues,
} from "../../../src/domain/reviews/cycles";
import { row } from "../../fixtures/rows";
import { EQUAL, REVIEW_FORM } from "./fixture";

const TODAY = serialFromYMD(2026, 8, 15);

const manager = (fields: Partial<ManagerRow>) => row("Managers", fields);
const review = (fields: Partial<ReviewRow>) =>
  row("Reviews", { Cycle: "quarter", Role: "manager", Status: "draft", ...fields });

const TEAM: ManagerRow[] = [
  manager({ ManagerID: "M1", Name: "Ada", Team: "North", Supervisor: "Zhou" }),
  manager({ ManagerID: "M2", Name: "Bo", Team: "North", Supervisor: "Zhou" }),
  manager({ ManagerID: "M3", Name: "Cai", Team: "South", Supervisor: "Qian" }),
  // Left before Q3: not on the team during the period.
  manager({ ManagerID: "M4", Name: "Dan", Team: "North", LeaveDate: serialFromYMD(2026, 6, 30) }),
  // Hired after Q3.
  manager({ ManagerID: "M5", Name: "Eve", Team: "North", HireDate: serialFromYMD(2026, 10, 1) }),
  manager({ ManagerID: "M6", Name: "Fay", Team: null, Supervisor: "Qian" }),
];

describe("reviewSettings", () => {
  const settings = (rows: [string, string | null][]): SettingRow[] =>
    rows.map(([Key, Value]) => ({ Key, Value }));

  it.each([
    ["no reviewWeights row", [], false, EQUAL.Workload],
    ["a blank reviewWeights", [["reviewWeights", " "]], false, EQUAL.Workload],
    ["an unreadable reviewWeights", [["reviewWeights", "a, b"]], false, EQUAL.Workload],
    ["six weights", [["reviewWeights", "0.5, 0.1, 0.1, 0.1, 0.1, 0.1"]], true, 0.5],
  ] as [string, [string, string][], boolean, number][])(
    "%s → from settings %s, Workload weight %d",
    (_, rows, fromSettings, workload) => {
      const s = reviewSettings(settings(rows));
      expect(s.weightsFromSettings).toBe(fromSettings);
      expect(s.weights.Workload).toBeCloseTo(workload, 10);
    },
  );

  it("reads calibration, tolerance, fiscal year start and a supervisor row", () => {
    const s = reviewSettings(
      settings([
        ["calibration", "z"],
        ["distributionTolerance", "0.1"],
        ["fiscalYearStart", "4"],
        ["Supervisor", " Zhou Min "],
      ]),
    );
    expect(s).toMatchObject({
      calibration: "z",
      distributionTolerance: 0.1,
      fiscalYearStart: 4,
      supervisor: "Zhou Min",
    });
  });
});

describe("cycleOptions", () => {
  it("lists each period and cycle once, newest first, with periods written canonically", () => {
    const options = cycleOptions(
      [
        review({ Period: "2026-Q1" }),
        review({ Period: "2026-9", Cycle: "month" }),
        review({ Period: "2026-q2" }),
        review({ Period: "2026-09", Cycle: "month" }),
        review({ Period: "2026-Q2", Cycle: "quarter" }),
        review({ Period: "2026", Cycle: "year" }),
      ],
      1,
    );
    expect(options.map((o) => o.key)).toEqual([
      "2026|year",
      "2026-09|month",
      "2026-Q2|quarter",
      "2026-Q1|quarter",
    ]);
  });
});

describe("planCycle", () => {
  const q3 = parsePeriod("2026-Q3");
  const plan = (reviews: ReviewRow[], team = ALL_TEAMS, reviewer = "Zhou") =>
    planCycle({ managers: TEAM, reviews, period: q3, cycle: "quarter", team, reviewer, today: TODAY });

  it("creates one draft manager review per person on the team during the period", () => {
    const { rows, skipped } = plan([]);
    expect(rows.map((r) => r.ManagerID)).toEqual(["M1", "M2", "M3", "M6"]);
    expect(skipped).toBe(0);
    expect(rows[0]).toEqual(
      review({ ReviewID: "R000001", ManagerID: "M1", Period: "2026-Q3", Reviewer: "Zhou", Date: TODAY }),
    );
  });

  it.each([
    ["North", ["M1", "M2"]],
    ["South", ["M3"]],
    [NO_TEAM, ["M6"]],
  ])("limits the cycle to team %s", (team, ids) => {
    expect(plan([], team).rows.map((r) => r.ManagerID)).toEqual(ids);
  });

  it("skips people who already have a manager review from the same reviewer for the cycle, and continues the ids", () => {
    const existing = [
      review({
        ReviewID: "R000041",
        ManagerID: "M1",
        Period: "2026-q3",
        Reviewer: " zhou ",
        Status: "submitted",
      }),
      // Not a skip: another role, another reviewer, another cycle or period.
      review({ ReviewID: "R000042", ManagerID: "M2", Period: "2026-Q3", Reviewer: "Zhou", Role: "peer" }),
      review({ ReviewID: "R000043", ManagerID: "M3", Period: "2026-Q3", Reviewer: "Qian" }),
      review({ ReviewID: "R000044", ManagerID: "M6", Period: "2026-Q2", Reviewer: "Zhou" }),
    ];
    const { rows, skipped } = plan(existing);
    expect(skipped).toBe(1);
    expect(rows.map((r) => [r.ReviewID, r.ManagerID])).toEqual([
      ["R000045", "M2"],
      ["R000046", "M3"],
      ["R000047", "M6"],
    ]);
  });
});

describe("nextReviewIds", () => {
  it.each([
    [[], 2, ["R000001", "R000002"]],
    [["R000009", "X-7", "r12"], 1, ["R000013"]],
    [["R1234567"], 1, ["R1234568"]],
  ] as [string[], number, string[]][])("after %j gives %d more: %j", (ids, count, expected) => {
    expect(
      nextReviewIds(
        ids.map((ReviewID) => ({ ReviewID })),
        count,
      ),
    ).toEqual(expected);
  });
});

describe("validateCycleForm", () => {
  const form = { cycle: "quarter" as const, period: "2026-Q3", team: ALL_TEAMS, reviewer: "Zhou" };

  it("accepts a period of the cycle's kind and returns it parsed", () => {
    const { issues, period } = validateCycleForm({ ...form, period: " 2026-q3 " }, TODAY, 1);
    expect(issues).toEqual({});
    expect(period?.text).toBe("2026-Q3");
  });

  it.each([
    [{ period: "" }, "period", "reviews.err.required"],
    [{ period: "Q3 2026" }, "period", "reviews.err.periodInvalid"],
    [{ period: "2026-08" }, "period", "reviews.err.periodKind"],
    [{ cycle: "week" as const, period: "2026-Q3" }, "period", "reviews.err.periodKind"],
    [{ reviewer: "  " }, "reviewer", "reviews.err.required"],
  ])("refuses %j on %s with %s, naming the field", (patch, field, key) => {
    const { issues, period } = validateCycleForm({ ...form, ...patch }, TODAY, 1);
    const issue = issues[field as "period" | "reviewer"];
    expect(issue?.key).toBe(key);
    expect(issue?.field).toBe(field === "period" ? "reviews.cycle.period" : "reviews.cycle.reviewer");
    if (field === "period") expect(period).toBeNull();
  });

  it("gives an example of the cycle's period in its messages", () => {
    const { issues } = validateCycleForm({ ...form, cycle: "month", period: "2026-Q3" }, TODAY, 1);
    expect(issues.period?.params).toEqual({ value: "2026-Q3", example: "2026-08" });
  });
});

describe("defaultReviewer", () => {
  const settings = reviewSettings([]);
  it.each([
    [ALL_TEAMS, "Zhou"],
    ["South", "Qian"],
    [NO_TEAM, "Qian"],
  ])("for team %j proposes the most common supervisor %s", (team, name) => {
    expect(defaultReviewer(settings, TEAM, team)).toBe(name);
  });

  it("prefers a supervisor kept in Settings", () => {
    expect(defaultReviewer({ ...settings, supervisor: "Wang" }, TEAM, ALL_TEAMS)).toBe("Wang");
  });
});

describe("the review form", () => {
  const full: ReviewFormValues = { ...REVIEW_FORM, reviewer: "Zhou", actions: "" };

  it("accepts a complete review for submission (actions are optional)", () => {
    expect(validateReview(full, "submit")).toEqual({});
  });

  it("lets a draft be saved with nothing scored or written", () => {
    const draft = { ...full, scores: formOf(null).scores, strengths: "", improvements: "" };
    expect(validateReview(draft, "draft")).toEqual({});
    const issues = validateReview(draft, "submit");
    expect(Object.keys(issues).sort()).toEqual([...REVIEW_DIMENSIONS, "improvements", "strengths"].sort());
    expect(issues.Quality).toEqual({ key: "reviews.err.score", field: "reviews.dim.Quality" });
    expect(issues.strengths).toEqual({ key: "reviews.err.text", field: "reviews.form.strengths" });
  });

  it.each([
    ["person", { person: " " }, "reviews.form.person"],
    ["role", { role: "" as const }, "reviews.form.role"],
    ["reviewer", { reviewer: "" }, "reviews.form.reviewer"],
  ])("always needs the %s", (field, patch, label) => {
    for (const intent of ["draft", "submit"] as const) {
      expect(validateReview({ ...full, ...patch }, intent)).toEqual({
        [field]: { key: "reviews.err.required", field: label },
      });
    }
  });

  it.each([
    [
      "equal weights",
      EQUAL,
      { Workload: 4, Quality: 3, Satisfaction: 5, Attitude: 4, Teamwork: 3, Innovation: 2 },
      3.5,
      6,
    ],
    [
      "Settings weights",
      { Workload: 0.2, Quality: 0.2, Satisfaction: 0.2, Attitude: 0.15, Teamwork: 0.15, Innovation: 0.1 },
      { Workload: 4, Quality: 3, Satisfaction: 5, Attitude: 4, Teamwork: 3, Innovation: 2 },
      0.8 + 0.6 + 1 + 0.6 + 0.45 + 0.2,
      6,
    ],
    [
      "two of six scored (blanks skipped)",
      EQUAL,
      { ...formOf(null).scores, Workload: 5, Quality: 2 },
      3.5,
      2,
    ],
    ["nothing scored", EQUAL, formOf(null).scores, null, 0],
  ] as const)("Overall with %s", (_, weights, scores, overall, scored) => {
    const live = liveOverall(scores, weights);
    expect(live.scored).toBe(scored);
    if (overall === null) expect(live.overall).toBeNull();
    else expect(live.overall).toBeCloseTo(overall, 10);
  });

  it("writes Overall (2 decimals) only when all six are scored, and dates a submission today", () => {
    const base = review({ ReviewID: "R000007", Period: "2026-Q3", Date: TODAY - 40 });
    const weights = {
      Workload: 0.3,
      Quality: 0.3,
      Satisfaction: 0.1,
      Attitude: 0.1,
      Teamwork: 0.1,
      Innovation: 0.1,
    };
    const submitted = reviewRowOf(full, base, "submitted", weights, TODAY);
    expect(submitted).toMatchObject({
      ReviewID: "R000007",
      ManagerID: "M1",
      Role: "manager",
      Reviewer: "Zhou",
      Workload: 4,
      Overall: 3.5,
      Actions: null,
      Status: "submitted",
      Date: TODAY,
    });
    const partial = reviewRowOf(
      { ...full, scores: { ...full.scores, Innovation: null } },
      base,
      "draft",
      weights,
      TODAY,
    );
    expect(partial.Overall).toBeNull();
    expect(partial.Date).toBe(TODAY - 40);
    expect(partial.Status).toBe("draft");
  });

  it("rounds Overall to two decimals", () => {
    const scores = { Workload: 4, Quality: 4, Satisfaction: 5, Attitude: 4, Teamwork: 4, Innovation: 4 };
    const out = reviewRowOf(
      { ...full, scores },
      review({ ReviewID: "R1", Period: "2026-Q3" }),
      "draft",
      EQUAL,
      TODAY,
    );
    expect(out.Overall).toBe(4.17);
  });

  it("reads a row back into the form, rounding a typed half level to the nearest level", () => {
    const values = formOf(
      review({ ManagerID: "M2", Reviewer: "Li", Role: "peer", Quality: 3.5, Strengths: "x" }),
    );
    expect(values).toMatchObject({
      person: "M2",
      role: "peer",
      reviewer: "Li",
      strengths: "x",
      improvements: "",
    });
    expect(values.scores.Quality).toBe(4);
    expect(values.scores.Workload).toBeNull();
  });
});

describe("cycleKey", () => {
  it("matches a period however it is written", () => {
    expect(cycleKey(" 2026-q3", "quarter")).toBe(cycleKey("2026-Q3", "quarter"));
    expect(cycleKey("2026-9", "month")).toBe("2026-09|month");
  });
});
