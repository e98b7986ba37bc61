import {
  draftOfGoal,
  dueForPeriod,
  newGoalDraft,
  reviewGoal,
  type GoalDraft,
  type GoalFormContext,
} from "../../../src/domain/goals/goalForm";
import { Q3_END, bookOf, rowsOf } from "../../taskpane/screens/goals/fixture";

const book = bookOf();
const ctx = (fields: Partial<GoalFormContext> = {}): GoalFormContext => ({
  book,
  person: "M1",
  personName: "Ada Lin",
  goalId: "G000003",
  original: null,
  ...fields,
});
const valid: GoalDraft = {
  kpi: "REV",
  description: "Grow revenue from key accounts",
  target: "120",
  weight: "10",
  period: "2026-Q3",
  due: "2026-09-30",
  status: "draft",
};

describe("goal form: field validation", () => {
  it.each<[string, Partial<GoalDraft>, string, string, Record<string, string> | null]>([
    ["no KPI", { kpi: " " }, "kpi", "goals.err.kpiRequired", null],
    ["no description", { description: "  " }, "description", "goals.err.descriptionRequired", null],
    ["no target", { target: "" }, "target", "goals.err.targetRequired", null],
    [
      "a target that is not a number",
      { target: "lots" },
      "target",
      "goals.err.targetNotNumber",
      { text: "lots" },
    ],
    ["no weight", { weight: "" }, "weight", "goals.err.weightRequired", null],
    ["a weight that is not a number", { weight: "x" }, "weight", "goals.err.weightNotNumber", { text: "x" }],
    ["a weight of 0", { weight: "0" }, "weight", "goals.err.weightRange", null],
    ["a weight above 100%", { weight: "120" }, "weight", "goals.err.weightRange", null],
    ["no period", { period: "" }, "period", "goals.err.periodRequired", null],
    ["an unreadable period", { period: "Q3 2026" }, "period", "goals.err.periodInvalid", { text: "Q3 2026" }],
    ["an impossible due date", { due: "2026-02-30" }, "due", "goals.err.dueInvalid", null],
  ])("%s → a message on that field, and nothing to write", (_, change, field, key, params) => {
    const review = reviewGoal({ ...valid, ...change }, ctx());
    expect(review.errors).toEqual({ [field]: params ? { key, params } : { key } });
    expect(review.row).toBeNull();
  });

  it("writes a valid draft as a Goals row with the canonical period", () => {
    const review = reviewGoal({ ...valid, period: "2026-q3" }, ctx());
    expect(review.errors).toEqual({});
    expect(review.row).toEqual({
      GoalID: "G000003",
      ManagerID: "M1",
      Period: "2026-Q3",
      KPI: "REV",
      Description: "Grow revenue from key accounts",
      Target: 120,
      Weight: 0.1,
      Due: Q3_END,
      Status: "draft",
      ParentGoal: null,
      SetBy: null,
      Note: null,
    });
  });

  it("takes percent targets as percentages and stores fractions", () => {
    const review = reviewGoal({ ...valid, kpi: "WIN", target: "35" }, ctx());
    expect(review.row?.Target).toBeCloseTo(0.35, 12);
  });

  it("keeps ParentGoal, SetBy and Note of an edited goal, and reads it back into a draft", () => {
    const original = { ...rowsOf("Goals")[0], ParentGoal: "North/2026-Q3/REV", SetBy: "Wang", Note: "n" };
    const draft = draftOfGoal(original, book);
    expect(draft).toEqual({
      kpi: "REV",
      description: "Grow revenue from key accounts",
      target: "110",
      weight: "60",
      period: "2026-Q3",
      due: "2026-09-30",
      status: "draft",
    });
    const row = reviewGoal(draft, ctx({ goalId: "G000001", original })).row;
    expect(row).toEqual(original);
  });

  it("proposes the period's last day as the due date of a new goal", () => {
    expect(newGoalDraft("2026-Q3", book).due).toBe("2026-09-30");
    expect(newGoalDraft("nonsense", book).due).toBe("");
  });
});

describe("goal form: activation from the form", () => {
  it.each([
    ["a new active goal that brings Ada's Q3 to 100%", "10", null, undefined],
    ["a new active goal that leaves Ada's Q3 at 95%", "5", null, "95%"],
  ])("%s", (_, weight, original, total) => {
    const review = reviewGoal({ ...valid, weight, status: "active" }, ctx({ original }));
    expect(review.errors.status).toEqual(
      total
        ? { key: "goals.err.activeIncomplete", params: { name: "Ada Lin", period: "2026-Q3", total } }
        : undefined,
    );
  });

  it("lets an already active goal be edited while the set is rebalanced", () => {
    const original = { ...rowsOf("Goals")[0], Status: "active" as const };
    const review = reviewGoal(
      { ...draftOfGoal(original, book), weight: "50" },
      ctx({ goalId: "G000001", original }),
    );
    expect(review.errors).toEqual({});
  });
});

describe("goal form: SMART checklist", () => {
  const statuses = (draft: GoalDraft) =>
    Object.fromEntries(reviewGoal(draft, ctx()).smart.map((c) => [c.letter, [c.status, c.key]]));

  it("is all green for a complete goal in line with last quarter", () => {
    expect(statuses(valid)).toEqual({
      specific: ["ok", "smart.specific.ok"],
      measurable: ["ok", "smart.measurable.ok"],
      achievable: ["ok", "smart.achievable.ok"],
      relevant: ["ok", "smart.relevant.ok"],
      timeBound: ["ok", "smart.timeBound.ok"],
    });
  });

  it("compares the target with the person's last comparable actual (Q2 revenue 100)", () => {
    const review = reviewGoal({ ...valid, target: "200" }, ctx());
    expect(review.lastActual).toEqual({ period: "2026-Q2", value: 100 });
    expect(review.smart[2]).toEqual({
      letter: "achievable",
      status: "warn",
      key: "smart.achievable.highGrowth",
      params: { pct: 100, last: 100 },
    });
    expect(reviewGoal({ ...valid, target: "90" }, ctx()).smart[2].key).toBe("smart.achievable.belowLast");
  });

  it("has nothing to compare with when the person has no actual last period", () => {
    const review = reviewGoal(valid, ctx({ person: "M3" }));
    expect(review.smart[2].key).toBe("smart.achievable.noHistory");
  });

  it("fails and warns live while the form is incomplete", () => {
    expect(
      statuses({ kpi: "", description: "", target: "", weight: "", period: "", due: "", status: "draft" }),
    ).toEqual({
      specific: ["fail", "smart.specific.missing"],
      measurable: ["fail", "smart.measurable.noKpi"],
      achievable: ["fail", "smart.achievable.noTarget"],
      relevant: ["fail", "smart.relevant.noWeight"],
      timeBound: ["fail", "smart.timeBound.missing"],
    });
    expect(statuses({ ...valid, description: "Grow", due: "2026-12-31" })).toMatchObject({
      specific: ["warn", "smart.specific.short"],
      timeBound: ["warn", "smart.timeBound.dueOutside"],
    });
  });
});

describe("goal form: weights past 100% and the due date following the period", () => {
  it("warns when this goal takes the person's weights past 100% (Ada has 90% in 2026-Q3)", () => {
    expect(reviewGoal({ ...valid, weight: "10" }, ctx()).weightOver).toBeNull();
    const over = reviewGoal({ ...valid, weight: "25" }, ctx());
    expect(over.weightOver).toBeCloseTo(1.15, 9);
    // A warning only: the goal can still be saved and rebalanced later.
    expect(over.row).not.toBeNull();
    expect(reviewGoal({ ...valid, weight: "25", status: "cancelled" }, ctx()).weightOver).toBeNull();
    expect(reviewGoal({ ...valid, weight: "25", period: "2026-Q4" }, ctx()).weightOver).toBeNull();
  });

  it.each([
    ["the old period's last day", "2026-09-30", "2027-03-31"],
    ["blank", "", "2027-03-31"],
    ["a day the user chose", "2026-08-31", "2026-08-31"],
  ])("a due date that was %s → %s when the period becomes 2027-Q1", (_, due, expected) => {
    expect(dueForPeriod({ ...valid, due }, "2027-Q1", book)).toBe(expected);
  });

  it("keeps the due date while the period typed is not yet a period", () => {
    expect(dueForPeriod(valid, "2027-Q", book)).toBe("2026-09-30");
  });

  it("passes SMART time-bound with the due date that followed a future period", () => {
    const draft = { ...valid, period: "2027-Q1", due: dueForPeriod(valid, "2027-Q1", book) };
    const timeBound = reviewGoal(draft, ctx()).smart.find((c) => c.letter === "timeBound");
    expect(timeBound?.status).toBe("ok");
  });
});
