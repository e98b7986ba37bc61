/**
 * Days, not instants, through the report model: a deal, an interaction, an actual, a task, a training entry and a
 * survey answer dated at 00:00, 14:24 or 23:59:59 on the last or first day of a month, quarter, half or year count
 * in exactly the periods that hold that calendar day — so no figure loses them, and no year-minus-quarter view can
 * reveal a hidden pulse answer because of its time of day.
 */
import { periodOf, serialFromYMD, type PeriodKind } from "../../src/core";
import { TABLE_KEYS, type TableKey } from "../../src/model";
import { buildPeriod, type PersonReport } from "../../src/domain/period";
import type { ReportTables } from "../../src/domain/input";
import { actual, kpi } from "../fixtures/rows";
import { commissionPlan, row } from "./fixture";

const TIMES: readonly [string, number][] = [
  ["00:00", 0],
  ["14:24", 0.6],
  ["23:59:59", 86_399 / 86_400],
];

/** [label, the day, the kinds of period that end or start on it]. */
const DAYS: readonly [string, number, PeriodKind[]][] = [
  ["2026-01-31 (month end)", serialFromYMD(2026, 1, 31), ["month"]],
  ["2026-02-01 (month start)", serialFromYMD(2026, 2, 1), ["month"]],
  ["2026-03-31 (quarter end)", serialFromYMD(2026, 3, 31), ["month", "quarter"]],
  ["2026-04-01 (quarter start)", serialFromYMD(2026, 4, 1), ["month", "quarter"]],
  ["2026-06-30 (half end)", serialFromYMD(2026, 6, 30), ["month", "quarter", "half"]],
  ["2026-07-01 (half start)", serialFromYMD(2026, 7, 1), ["month", "quarter", "half"]],
  ["2026-12-31 (year end)", serialFromYMD(2026, 12, 31), ["month", "quarter", "half", "year"]],
  ["2027-01-01 (year start)", serialFromYMD(2027, 1, 1), ["month", "quarter", "half", "year"]],
];

const LATER = serialFromYMD(2028, 1, 1);

function emptyTables(): Record<TableKey, unknown[]> {
  return Object.fromEntries(TABLE_KEYS.map((k) => [k, []])) as unknown as Record<TableKey, unknown[]>;
}

/** One manager with a deal, a visit, a task, a training entry and an eNPS round of three, all at `at`. */
function tablesAt(at: number, periods: readonly string[]): ReportTables {
  const t = emptyTables();
  t.Managers = [
    row("Managers", {
      ManagerID: "ANN",
      Name: "Ann",
      Team: "North",
      HireDate: serialFromYMD(2020, 1, 1),
      Plan: "COM",
    }),
  ];
  t.KPIs = [
    kpi("SALES", "Sales", { Source: "deals.amount" }),
    kpi("VISITS", "Visits", { Source: "interactions.visits" }),
    kpi("NPS", "NPS"),
  ];
  t.Goals = periods.flatMap((p, i) => [
    row("Goals", {
      GoalID: `S${i}`,
      ManagerID: "ANN",
      Period: p,
      KPI: "SALES",
      Target: 1000,
      Weight: 0.4,
      Status: "active",
    }),
    row("Goals", {
      GoalID: `V${i}`,
      ManagerID: "ANN",
      Period: p,
      KPI: "VISITS",
      Target: 1,
      Weight: 0.3,
      Status: "active",
    }),
    row("Goals", {
      GoalID: `N${i}`,
      ManagerID: "ANN",
      Period: p,
      KPI: "NPS",
      Target: 10,
      Weight: 0.3,
      Status: "active",
    }),
  ]);
  t.Actuals = periods.map((p) => actual("ANN", p, "NPS", 10, at));
  t.Plans = [commissionPlan()];
  t.Curves = [row("Curves", { Curve: "TIERS", Point: 0, Value: 0.1 })];
  t.Customers = [
    row("Customers", { CustomerID: "C1", Name: "Alpha", ManagerID: "ANN", Since: serialFromYMD(2020, 1, 1) }),
  ];
  t.Deals = [
    row("Deals", {
      DealID: "D1",
      ManagerID: "ANN",
      CustomerID: "C1",
      Amount: 1000,
      Stage: "won",
      CloseDate: at,
    }),
  ];
  t.Interactions = [
    row("Interactions", { InteractionID: "I1", CustomerID: "C1", ManagerID: "ANN", Date: at, Type: "visit" }),
  ];
  t.Tasks = [row("Tasks", { TaskID: "T1", ManagerID: "ANN", Title: "Call", Due: at, Status: "done" })];
  t.Training = [row("Training", { ManagerID: "ANN", Course: "Credit", Date: at, Hours: 4 })];
  t.Surveys = [10, 10, 0].map((Score) => row("Surveys", { Date: at, Kind: "enps", Team: "North", Score }));
  t.Settings = [row("Settings", { Key: "anonymityMin", Value: "3" })];
  return t as unknown as ReportTables;
}

const CASES = DAYS.flatMap(([label, day, kinds]) =>
  TIMES.flatMap(([time, fraction]) => kinds.map((kind) => ({ label, time, kind, day, at: day + fraction }))),
);

describe.each(CASES)("a date-time on $label at $time, $kind view", ({ kind, day, at }) => {
  const holding = periodOf(kind, day);
  // The neighbouring period on the other side of the boundary.
  const other = periodOf(kind, day === holding.end ? day + 1 : day - 1);
  const tables = tablesAt(at, [holding.text, other.text]);
  const report = (period: string, asOf = LATER) =>
    buildPeriod({ tables, period, asOf, locale: "en-US" }).people[0];
  /** What the dated rows reach in a person's report: commission, customers, tasks due and training. */
  const reached = (ann: PersonReport) => ({
    credited: ann.commission?.credited,
    won: ann.customers.won,
    interactions: ann.customers.interactions,
    visits: ann.customers.visits,
    due: ann.work.due,
    hours: ann.development.trainingHours,
  });

  it("counts in the period that holds its day", () => {
    const ann = report(holding.text);
    expect(reached(ann)).toEqual({ credited: 1000, won: 1, interactions: 1, visits: 1, due: 1, hours: 4 });
    expect(ann.goals.map((g) => [g.kpi, g.actual])).toEqual([
      ["SALES", 1000],
      ["VISITS", 1],
      ["NPS", 10],
    ]);
  });

  it("does not count in the period next to it", () => {
    expect(reached(report(other.text))).toMatchObject({ credited: 0, interactions: 0, due: 0, hours: 0 });
  });

  it("counts as of its own day: a report dated that day already includes it", () => {
    expect(reached(report(holding.text, day))).toMatchObject({ credited: 1000, visits: 1 });
  });

  it("puts the pulse round in the same period as the year does: no view reveals more than another", () => {
    const pulse = buildPeriod({ tables, period: holding.text, asOf: LATER, locale: "en-US" }).pulse;
    const year = buildPeriod({
      tables,
      period: periodOf("year", day).text,
      asOf: LATER,
      locale: "en-US",
    }).pulse;
    const next = buildPeriod({ tables, period: other.text, asOf: LATER, locale: "en-US" }).pulse;
    // 10, 10, 0 → (2 − 1) / 3 × 100; the three answers are shown together everywhere they count, and the
    // neighbouring period has none (nothing hidden there that the year would show).
    expect(pulse.enps).toBeCloseTo(100 / 3, 10);
    expect(year.enps).toBeCloseTo(100 / 3, 10);
    expect([next.enps, next.enpsHidden]).toEqual([null, false]);
  });
});

describe("neglect counts whole days", () => {
  it.each(TIMES)("a last contact 30 days before the report date at %s is 30 days ago", (_, fraction) => {
    const asOf = serialFromYMD(2026, 3, 31);
    const tables = tablesAt(asOf - 30 + fraction, ["2026-Q1"]);
    const ann = buildPeriod({ tables, period: "2026-Q1", asOf, locale: "en-US" }).people[0];
    expect(ann.customers.neglected.map((c) => c.id)).toEqual(["C1"]);
    const fresh = buildPeriod({
      tables: tablesAt(asOf - 29 + fraction, ["2026-Q1"]),
      period: "2026-Q1",
      asOf,
      locale: "en-US",
    });
    expect(fresh.people[0].customers.neglected).toEqual([]);
  });

  it("a contact at 14:24 on the report date itself counts as contact", () => {
    const asOf = serialFromYMD(2026, 3, 31);
    const ann = buildPeriod({
      tables: tablesAt(asOf + 0.6, ["2026-Q1"]),
      period: "2026-Q1",
      asOf,
      locale: "en-US",
    });
    expect(ann.people[0].customers.neglected).toEqual([]);
  });
});

describe("employment by calendar day", () => {
  it.each(TIMES)("someone hired at %s on a quarter's last day is in that quarter's report", (_, fraction) => {
    const t = tablesAt(serialFromYMD(2026, 3, 15), ["2026-Q1"]) as unknown as Record<TableKey, unknown[]>;
    t.Managers = [
      row("Managers", {
        ManagerID: "ANN",
        Name: "Ann",
        Team: "North",
        HireDate: serialFromYMD(2026, 3, 31) + fraction,
      }),
    ];
    const model = buildPeriod({
      tables: t as unknown as ReportTables,
      period: "2026-Q1",
      asOf: LATER,
      locale: "en-US",
    });
    expect(model.people.map((p) => p.id)).toEqual(["ANN"]);
  });
});
