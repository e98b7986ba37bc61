import {
  columnSpec,
  ENUM_LABELS,
  headersOf,
  normalizeWord,
  rowId,
  sheetNameOf,
  TABLE_KEYS,
  TABLES,
  tableSpec,
  type TableRows,
} from "../../src/model";

/** The schema table of product.md, copied column for column: the contract the model must match exactly. */
const PRODUCT_MD: Record<string, string> = {
  Managers:
    "ManagerID, Name, Team, Branch, Level, Supervisor, Email, HireDate, LeaveDate, Plan, TargetBonus, Status",
  KPIs: "KPI, Name, Unit, Direction, Source, Scoring, Threshold, Cap, Curve, Step, PointsAbove, PointsBelow, Band",
  Goals: "GoalID, ManagerID, Period, KPI, Description, Target, Weight, Due, Status, ParentGoal, SetBy, Note",
  Actuals: "ManagerID, Period, KPI, Value, AsOf, Source, Note",
  Tasks:
    "TaskID, ManagerID, Horizon, Title, Customer, Due, Status, DoneOn, Priority, GoalID, Source, SourceID",
  Customers: "CustomerID, Name, ManagerID, Segment, Industry, Since, Status, Source, SourceID",
  Interactions:
    "InteractionID, CustomerID, ManagerID, Date, Type, Outcome, Note, NextStep, NextDate, Source, SourceID",
  Deals: "DealID, CustomerID, ManagerID, Product, Amount, Stage, CloseDate, Credit, Source, SourceID",
  Reviews:
    "ReviewID, ManagerID, Period, Cycle, Reviewer, Role, Workload, Quality, Satisfaction, Attitude, Teamwork, Innovation, Overall, Strengths, Improvements, Actions, Status, Date, CalibratedRating, CalibrationReason",
  Plans: "PlanID, Name, Kind, Basis, BasisKPI, Method, Curve, Quota, GateKPI, GateMin, Cap, From, To",
  Curves: "Curve, Point, Value",
  Ratings: "Label, MinScore, GuideShare, BonusMultiplier",
  Payouts:
    "PayoutID, ManagerID, Period, PlanID, Basis, Attainment, Amount, Adjustment, Status, LockedOn, Checksum",
  Recognition: "Date, ManagerID, Award, Reason, By",
  Training: "ManagerID, Course, Topic, Date, Hours, Score, Certificate",
  Careers: "ManagerID, CurrentLevel, NextLevel, Readiness, Potential, Mentor, Plan, TargetDate",
  Meetings: "Date, Kind, ManagerID, Topic, Notes, Actions, Owner, Due",
  Surveys: "Date, Kind, Team, Question, Score, Comment",
  Settings: "Key, Value",
};

/**
 * Tables the add-in adds after product.md's list, for period close (docs/period-close.md): the snapshot each locked
 * payout was computed from, and the log of approvals, locks, unlocks and imports; and (docs/import.md) the map from
 * CRM stages to deal stages. Customers, Interactions, Deals and Tasks also end with the imported rows' Source and
 * Source ID (omittable columns).
 */
const ADD_IN_TABLES: Record<string, string> = {
  PayoutLocks: "PayoutID, Part, LockedOn, Checksum, Snapshot",
  Audit: "Date, Action, PayoutID, Period, By, Reason, Subject, Prev, Hash",
  StageMap: "Source, CrmStage, Stage",
};

/** Enum words of product.md, per table.column. */
const ENUMS: [string, string, string[]][] = [
  ["KPIs", "Direction", ["higher", "lower"]],
  [
    "KPIs",
    "Source",
    [
      "manual",
      "deals.amount",
      "deals.count",
      "deals.winrate",
      "customers.new",
      "interactions.visits",
      "interactions.count",
    ],
  ],
  ["KPIs", "Scoring", ["ratio", "curve", "step", "band"]],
  ["Goals", "Status", ["draft", "active", "done", "cancelled"]],
  ["Tasks", "Horizon", ["day", "week", "month"]],
  ["Tasks", "Status", ["todo", "doing", "done", "cancelled"]],
  ["Interactions", "Type", ["visit", "call", "meeting", "email", "message"]],
  ["Deals", "Stage", ["lead", "qualified", "proposal", "won", "lost"]],
  ["Reviews", "Cycle", ["week", "month", "quarter", "year"]],
  ["Reviews", "Role", ["self", "manager", "peer"]],
  ["Reviews", "Status", ["draft", "submitted", "acknowledged"]],
  ["Plans", "Kind", ["bonus", "commission"]],
  ["Plans", "Basis", ["score", "kpi", "deals"]],
  ["Plans", "Method", ["marginal", "retro"]],
  ["Payouts", "Status", ["draft", "approved", "locked"]],
  ["Careers", "Readiness", ["now", "1y", "2y"]],
  ["Meetings", "Kind", ["team", "one-on-one"]],
  ["Surveys", "Kind", ["enps", "satisfaction", "wellbeing"]],
  ["Audit", "Action", ["approve", "lock", "unlock", "import", "reopen", "copy", "calibrate", "add", "edit"]],
  ["StageMap", "Stage", ["lead", "qualified", "proposal", "won", "lost"]],
];

describe("schema", () => {
  it("declares the 19 tables of product.md with exactly their column keys, in order, then the add-in's own", () => {
    const expected = { ...PRODUCT_MD, ...ADD_IN_TABLES };
    expect(TABLE_KEYS).toEqual(Object.keys(expected));
    for (const key of TABLE_KEYS) {
      expect([
        key,
        tableSpec(key)
          .columns.map((c) => c.key)
          .join(", "),
      ]).toEqual([key, expected[key]]);
    }
  });

  it.each(ENUMS)("%s.%s allows exactly the words of product.md", (table, column, words) => {
    const spec = columnSpec(table as never, column);
    expect([spec?.type, spec?.values]).toEqual(["enum", words]);
    for (const word of words) expect(ENUM_LABELS[word]).toBeDefined();
  });

  it("has no other enum columns than those of product.md (plus Tasks.Priority, a documented choice)", () => {
    const enums = TABLES.flatMap((t) =>
      t.columns.filter((c) => c.type === "enum").map((c) => `${t.key}.${c.key}`),
    );
    expect(enums.sort()).toEqual([...ENUMS.map(([t, c]) => `${t}.${c}`), "Tasks.Priority"].sort());
  });

  it.each([
    ["Deals", "Credit", 0, 1],
    ["Reviews", "Workload", 1, 5],
    ["Reviews", "Innovation", 1, 5],
    ["Careers", "Potential", 1, 5],
    ["Goals", "Weight", 0, 1],
    ["Surveys", "Score", 0, 10],
    ["Ratings", "GuideShare", 0, 1],
  ])("%s.%s ranges from %p to %p", (table, column, min, max) => {
    expect(columnSpec(table as never, column)).toMatchObject({ min, max });
  });

  it.each(TABLE_KEYS)("%s: headers are distinct in every language and as keys, ids are columns", (key) => {
    const spec = tableSpec(key);
    const words = spec.columns.flatMap((c) => [...new Set([c.key, c.en, c.zh].map(normalizeWord))]);
    expect(new Set(words).size).toBe(words.length);
    expect(headersOf(key, "zh-CN").every((h) => /[\u4e00-\u9fff]/.test(h))).toBe(true);
    for (const id of spec.id ?? []) expect(columnSpec(key, id)).toBeDefined();
  });

  it("gives every table valid, distinct sheet names in both languages", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const names = TABLE_KEYS.map((k) => sheetNameOf(k, locale));
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name.length <= 31 && !/[:\\/?*[\]]/.test(name)).toBe(true);
    }
    expect(sheetNameOf("Managers", "zh-CN")).toBe("客户经理");
    expect(sheetNameOf("Managers", "en-US")).toBe("Managers");
  });

  it("identifies rows by natural or composite ids; Surveys have none", () => {
    const goal: TableRows["Goals"] = {
      GoalID: "G1",
      ManagerID: "M1",
      Period: "2026-Q1",
      KPI: "K",
      Description: null,
      Target: null,
      Weight: null,
      Due: null,
      Status: null,
      ParentGoal: null,
      SetBy: null,
      Note: null,
    };
    expect(rowId("Goals", goal)).toBe("G1");
    expect(rowId("Curves", { Curve: "BON", Point: 1.2, Value: 2 })).toBe("BON\u241f1.2");
    expect(
      rowId("Surveys", { Date: 1, Kind: "enps", Team: "A", Question: null, Score: 9, Comment: null }),
    ).toBeNull();
    expect(tableSpec("Deals").id).toEqual(["DealID", "ManagerID"]);
  });
});
