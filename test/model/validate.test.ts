import { t } from "../../src/i18n";
import { ValidationError } from "../../src/core/errors";
import { assertValidRows, validateRows, type GoalRow, type SurveyRow } from "../../src/model";

const goal = (over: Partial<GoalRow> = {}): GoalRow => ({
  GoalID: "G1",
  ManagerID: "M001",
  Period: "2026-Q2",
  KPI: "VISITS",
  Description: null,
  Target: 30,
  Weight: 0.2,
  Due: 46203,
  Status: "active",
  ParentGoal: null,
  SetBy: null,
  Note: null,
  ...over,
});

describe("validateRows", () => {
  it("accepts a good row", () => {
    expect(validateRows("Goals", [goal()])).toEqual([]);
  });

  it.each<[string, Partial<GoalRow>, string, string]>([
    ["blank required id", { GoalID: "" }, "GoalID", "model.issue.required"],
    ["null required value", { ManagerID: null as never }, "ManagerID", "model.issue.required"],
    ["weight above 1", { Weight: 1.01 }, "Weight", "model.issue.aboveMax"],
    ["negative weight", { Weight: -0.1 }, "Weight", "model.issue.belowMin"],
    ["NaN target", { Target: Number.NaN }, "Target", "model.issue.notNumber"],
    ["string target", { Target: "30" as never }, "Target", "model.issue.notNumber"],
    ["date as text", { Due: "2026-06-30" as never }, "Due", "model.issue.notDate"],
    ["unknown status", { Status: "open" as never }, "Status", "model.issue.notAllowed"],
    ["enum label instead of word", { Status: "草稿" as never }, "Status", "model.issue.notAllowed"],
    ["bad period", { Period: "2026-Q5" }, "Period", "model.issue.badPeriod"],
    ["number in a text column", { Note: 5 as never }, "Note", "model.issue.notText"],
  ])("refuses %s", (_label, change, column, key) => {
    expect(validateRows("Goals", [goal(change)]).map((i) => [i.row, i.column, i.key])).toEqual([
      [1, column, key],
    ]);
  });

  it.each(["2026", "2026-H1", "2026-Q3", "2026-09", "2026-W37", "2026-W53"])(
    "accepts the period %p",
    (period) => {
      expect(validateRows("Goals", [goal({ Period: period })])).toEqual([]);
    },
  );

  it("numbers rows from 1, or as given, and reports every issue", () => {
    const rows = [
      goal({ GoalID: "A" }),
      goal({ GoalID: "B", Weight: 2 }),
      goal({ GoalID: "C", Target: Number.NaN }),
    ];
    expect(validateRows("Goals", rows).map((i) => i.row)).toEqual([2, 3]);
    expect(validateRows("Goals", rows, { rowNumbers: [5, 7, 9] }).map((i) => i.row)).toEqual([7, 9]);
  });

  it("refuses duplicate ids within the batch and against existing ids, unless told not to", () => {
    expect(validateRows("Goals", [goal(), goal()]).map((i) => [i.row, i.key])).toEqual([
      [2, "model.issue.duplicateId"],
    ]);
    expect(validateRows("Goals", [goal()], { existingIds: new Set(["G1"]) })).toHaveLength(1);
    expect(validateRows("Goals", [goal(), goal()], { allowDuplicateIds: true })).toEqual([]);
  });

  it("allows a split deal: the same DealID for two managers", () => {
    const deal = {
      DealID: "D1",
      CustomerID: null,
      Product: null,
      Amount: 100,
      Stage: "won" as const,
      CloseDate: 46100,
    };
    expect(
      validateRows("Deals", [
        { ...deal, ManagerID: "M1", Credit: 0.6 },
        { ...deal, ManagerID: "M2", Credit: 0.4 },
      ]),
    ).toEqual([]);
    expect(validateRows("Deals", [{ ...deal, ManagerID: "M1", Credit: 1.2 }])[0].key).toBe(
      "model.issue.aboveMax",
    );
  });

  it.each<[SurveyRow["Kind"], number, boolean]>([
    ["enps", 0, true],
    ["enps", 10, true],
    ["satisfaction", 5, true],
    ["satisfaction", 0, false],
    ["wellbeing", 6, false],
  ])("checks a %s answer of %p against its scale", (kind, score, ok) => {
    const issues = validateRows("Surveys", [
      { Date: 46150, Kind: kind, Team: "A", Question: null, Score: score, Comment: null },
    ]);
    expect(issues.length === 0).toBe(ok);
  });

  it("writes messages naming table, row and column in both languages", () => {
    const [issue] = validateRows("Goals", [goal(), goal({ GoalID: "G2", Weight: 1.5 })]);
    expect(t("en-US", issue.key, issue.params)).toBe(
      "Goals, row 2, column “Weight”: 1.5 is above the maximum 1",
    );
    expect(t("zh-CN", issue.key, issue.params)).toBe("目标第 2 行“权重”列：1.5 大于最大值 1");
  });
});

describe("assertValidRows", () => {
  it("throws a ValidationError carrying every issue", () => {
    let error: unknown;
    try {
      assertValidRows("Goals", [goal({ Weight: 2 }), goal({ GoalID: "G2", KPI: "" })]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => [i.row, i.column])).toEqual([
      [1, "Weight"],
      [2, "KPI"],
    ]);
  });
});
