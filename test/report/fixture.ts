/**
 * A small hand-built team for the report tests. Every figure the tests expect is worked out by hand in
 * model.test.ts; the numbers here are chosen so that the arithmetic stays readable.
 *
 * Period 2026-Q3: 2026-07-01 (serial 46204) … 2026-09-30 (46295), 92 days. Team "North":
 * - Ann   — long-standing; a deal split with Bob; bonus plan BON and commission plan COM; a recorded payout above cap.
 * - Bob   — new hire on 2026-08-01 (bonus prorated 61/92); 40% of the split deal.
 * - Cat   — leaver on 2026-08-15 (bonus prorated 46/92); manual KPIs; review still a draft; score down vs Q2.
 * - Dan   — no goals at all; no review (missing).
 * - Eve   — gated plan BONG whose gate (complaints attainment ≥ 80%) fails.
 * - Fay   — left on 2026-06-30: not in the Q3 report.
 * Team "South": Gus — a goal on a KPI missing from the library and a won deal without amount (bad data).
 */
import { serialFromYMD } from "../../src/core";
import type { TableRows } from "../../src/model";
import type { ReportTables } from "../../src/domain/input";
import { buildPeriod, type PeriodPicture } from "../../src/domain/period";
import { actual, curve, kpi, row } from "../fixtures/rows";

export { row };

/** Serial of a 2026 date. */
export const d = (m: number, day: number, y = 2026): number => serialFromYMD(y, m, day);

export const Q3_START = d(7, 1); // 46204
export const Q3_END = d(9, 30); // 46295

/** Bob's peer review of Ann: dimension scores, no overall. */
export const BOB_ON_ANN = {
  Workload: 4,
  Quality: 4,
  Satisfaction: 3,
  Attitude: 3,
  Teamwork: 5,
  Innovation: 5,
} as const satisfies Partial<TableRows["Reviews"]>;

/** @returns the commission plan COM: marginal tiers on the curve TIERS, on won deals. */
export function commissionPlan(): TableRows["Plans"] {
  return row("Plans", {
    PlanID: "COM",
    Name: "Commission",
    Kind: "commission",
    Basis: "deals",
    Method: "marginal",
    Curve: "TIERS",
  });
}

/** The tables of the hand-built team. */
export function handTeam(): ReportTables {
  const manager = (id: string, name: string, team: string, extra: Partial<TableRows["Managers"]> = {}) =>
    row("Managers", { ManagerID: id, Name: name, Team: team, HireDate: d(1, 5, 2020), ...extra });
  const goal = (id: string, who: string, period: string, kpi: string, target: number, weight: number) =>
    row("Goals", {
      GoalID: id,
      ManagerID: who,
      Period: period,
      KPI: kpi,
      Target: target,
      Weight: weight,
      Status: "active",
    });
  const deal = (
    id: string,
    who: string,
    amount: number | null,
    stage: "won" | "lost",
    close: number,
    credit: number | null,
  ) =>
    row("Deals", {
      DealID: id,
      ManagerID: who,
      Amount: amount,
      Stage: stage,
      CloseDate: close,
      Credit: credit,
    });
  const visit = (
    id: string,
    customer: string,
    date: number,
    type: TableRows["Interactions"]["Type"] = "visit",
  ) =>
    row("Interactions", {
      InteractionID: id,
      CustomerID: customer,
      ManagerID: "ANN",
      Date: date,
      Type: type,
    });
  const review = (
    id: string,
    who: string,
    reviewer: string,
    role: TableRows["Reviews"]["Role"],
    status: TableRows["Reviews"]["Status"],
    values: Partial<TableRows["Reviews"]>,
    period = "2026-Q3",
  ) =>
    row("Reviews", {
      ReviewID: id,
      ManagerID: who,
      Period: period,
      Cycle: period.includes("Q") ? "quarter" : "month",
      Reviewer: reviewer,
      Role: role,
      Status: status,
      ...values,
    });

  return {
    Managers: [
      manager("ANN", "Ann", "North", { Plan: "BON, COM", TargetBonus: 10000 }),
      manager("BOB", "Bob", "North", { Plan: "BON, COM", TargetBonus: 8000, HireDate: d(8, 1) }),
      manager("CAT", "Cat", "North", { Plan: "BON", TargetBonus: 12000, LeaveDate: d(8, 15) }),
      manager("DAN", "Dan", "North", { Plan: "BON", TargetBonus: 10000 }),
      manager("EVE", "Eve", "North", { Plan: "BONG", TargetBonus: 10000 }),
      manager("FAY", "Fay", "North", { Plan: "BON", TargetBonus: 10000, LeaveDate: d(6, 30) }),
      manager("GUS", "Gus", "South", { Plan: "BON", TargetBonus: 10000 }),
    ],
    KPIs: [
      kpi("SALES", "Sales", { Source: "deals.amount", Threshold: 0.5, Cap: 1.2 }),
      kpi("VISITS", "Visits", { Source: "interactions.visits", Cap: 1 }),
      kpi("QUALITY", "Quality", { Scoring: "step", Step: 1, PointsAbove: 5, PointsBelow: 10 }),
      kpi("COMPLAINTS", "Complaints", { Direction: "lower", Cap: 1.2 }),
    ],
    Goals: [
      goal("G1", "ANN", "2026-Q3", "SALES", 100000, 0.6),
      goal("G2", "ANN", "2026-Q3", "VISITS", 10, 0.4),
      goal("G3", "BOB", "2026-Q3", "SALES", 20000, 1),
      goal("G4", "CAT", "2026-Q3", "QUALITY", 90, 0.5),
      goal("G5", "CAT", "2026-Q3", "COMPLAINTS", 5, 0.5),
      goal("G6", "EVE", "2026-Q3", "SALES", 100000, 1),
      goal("G7", "EVE", "2026-Q3", "COMPLAINTS", 5, 0),
      goal("G8", "GUS", "2026-Q3", "FOO", 10, 1),
      { ...goal("G9", "ANN", "2026-Q3", "SALES", 999, 1), Status: "cancelled" },
      // Previous quarter, for the change against the previous period.
      goal("P1", "ANN", "2026-Q2", "SALES", 100000, 1),
      goal("P2", "CAT", "2026-Q2", "QUALITY", 90, 1),
      goal("P3", "EVE", "2026-Q2", "SALES", 100000, 1),
    ],
    Actuals: [
      actual("CAT", "2026-Q3", "QUALITY", 85, d(7, 31)),
      actual("CAT", "2026-Q3", "QUALITY", 93, d(8, 14)),
      actual("CAT", "2026-Q3", "COMPLAINTS", 4, d(8, 14)),
      actual("EVE", "2026-Q3", "COMPLAINTS", 9, d(9, 30)),
      actual("CAT", "2026-Q2", "QUALITY", 100, d(6, 30)),
    ],
    Tasks: [
      row("Tasks", {
        TaskID: "T1",
        ManagerID: "ANN",
        Title: "Plan",
        Due: d(8, 1),
        Status: "done",
        DoneOn: d(8, 1),
      }),
      row("Tasks", { TaskID: "T2", ManagerID: "ANN", Title: "Visit", Due: d(9, 10), Status: "todo" }),
      row("Tasks", { TaskID: "T3", ManagerID: "ANN", Title: "Call", Due: d(9, 30), Status: "doing" }),
      row("Tasks", { TaskID: "T4", ManagerID: "ANN", Title: "Old idea", Due: d(8, 20), Status: "cancelled" }),
      row("Tasks", { TaskID: "T5", ManagerID: "ANN", Title: "Next quarter", Due: d(10, 5), Status: "todo" }),
    ],
    Customers: [
      row("Customers", {
        CustomerID: "C1",
        Name: "Alpha Co",
        ManagerID: "ANN",
        Segment: "Key",
        Since: d(3, 1, 2020),
        Status: "Active",
      }),
      row("Customers", {
        CustomerID: "C2",
        Name: "Beta Co",
        ManagerID: "ANN",
        Segment: "Corporate",
        Since: d(3, 1, 2021),
        Status: "Active",
      }),
      row("Customers", {
        CustomerID: "C3",
        Name: "Gamma Co",
        ManagerID: "ANN",
        Segment: "Corporate",
        Since: d(7, 10),
        Status: "Active",
      }),
      row("Customers", {
        CustomerID: "C4",
        Name: "Delta Co",
        ManagerID: "ANN",
        Segment: "Key",
        Since: d(3, 1, 2019),
        Status: "Dormant",
      }),
    ],
    Interactions: [
      visit("I1", "C1", d(7, 5)),
      visit("I2", "C1", d(7, 20)),
      visit("I3", "C1", d(8, 1)),
      visit("I4", "C2", d(7, 10)),
      visit("I5", "C2", d(8, 15)),
      visit("I6", "C2", d(9, 20)),
      visit("I7", "C3", d(7, 15)),
      visit("I8", "C3", d(9, 25)),
      visit("I9", "C2", d(9, 1), "call"),
      visit("I10", "C3", d(9, 2), "call"),
      visit("I11", "C2", d(6, 15)),
    ],
    Deals: [
      deal("D1", "ANN", 80000, "won", d(7, 15), 1),
      deal("D2", "ANN", 50000, "won", d(8, 10), 0.6),
      deal("D2", "BOB", 50000, "won", d(8, 10), 0.4),
      deal("D3", "ANN", 70000, "lost", d(8, 20), 1),
      deal("D4", "ANN", 30000, "won", d(6, 20), 1),
      deal("D5", "EVE", 120000, "won", d(9, 1), null),
      deal("D6", "EVE", 150000, "won", d(5, 10), 1),
      deal("D7", "GUS", null, "won", d(9, 1), 1),
      row("Deals", { DealID: "D8", ManagerID: "ANN", Amount: 500000, Stage: "proposal", CloseDate: null }),
    ],
    Reviews: [
      review("R1", "ANN", "Boss", "manager", "submitted", { Overall: 4 }),
      review("R2", "ANN", "Bob", "peer", "submitted", { ...BOB_ON_ANN }),
      review("R3", "ANN", "Ann", "self", "submitted", { Overall: 5 }),
      review("R4", "BOB", "Boss", "manager", "submitted", { Overall: 3 }),
      review("R5", "CAT", "Boss", "manager", "draft", { Overall: 2 }),
      review("R6", "EVE", "Boss", "manager", "acknowledged", { Overall: 5 }),
      review("R7", "EVE", "Zed", "manager", "submitted", { Overall: 2 }, "2026-08"),
      review("R8", "EVE", "Boss", "manager", "submitted", { Overall: 1 }, "2026-Q2"),
    ],
    Plans: [
      row("Plans", { PlanID: "BON", Name: "Bonus", Kind: "bonus", Basis: "score", Curve: "PAY", Cap: 12000 }),
      row("Plans", {
        PlanID: "BONG",
        Name: "Gated bonus",
        Kind: "bonus",
        Basis: "score",
        Curve: "PAY",
        GateKPI: "COMPLAINTS",
        GateMin: 0.8,
      }),
      commissionPlan(),
    ],
    Curves: [...curve("PAY", [1, 1], [0.5, 0], [1.2, 1.5]), ...curve("TIERS", [0, 0.02], [100000, 0.05])],
    Ratings: [
      row("Ratings", { Label: "A", MinScore: 100, GuideShare: 0.2, BonusMultiplier: 1.5 }),
      row("Ratings", { Label: "B", MinScore: 80, GuideShare: 0.5, BonusMultiplier: 1 }),
      row("Ratings", { Label: "C", MinScore: 0, GuideShare: 0.3, BonusMultiplier: 0.5 }),
    ],
    Payouts: [
      row("Payouts", {
        PayoutID: "PO1",
        ManagerID: "ANN",
        Period: "2026-Q3",
        PlanID: "BON",
        Amount: 13000,
        Adjustment: 500,
        Status: "draft",
      }),
    ],
    Careers: [row("Careers", { ManagerID: "ANN", Readiness: "1y", Potential: 4, NextLevel: "Senior" })],
    Training: [
      row("Training", { ManagerID: "ANN", Course: "Credit", Date: d(7, 10), Hours: 6 }),
      row("Training", { ManagerID: "ANN", Course: "Sales", Date: d(9, 1), Hours: 4 }),
      row("Training", { ManagerID: "ANN", Course: "Intro", Date: d(5, 1), Hours: 8 }),
    ],
    Meetings: [
      row("Meetings", {
        Date: d(9, 1),
        Kind: "one-on-one",
        ManagerID: "ANN",
        Topic: "Q3",
        Actions: "Call Alpha Co",
        Due: d(10, 15),
      }),
      row("Meetings", {
        Date: d(7, 1),
        Kind: "one-on-one",
        ManagerID: "ANN",
        Topic: "Q3 start",
        Actions: "Plan",
        Due: d(7, 15),
      }),
      row("Meetings", { Date: d(9, 5), Kind: "one-on-one", ManagerID: "ANN", Topic: "Chat" }),
      row("Meetings", {
        Date: d(9, 5),
        Kind: "team",
        ManagerID: "ANN",
        Topic: "Team",
        Actions: "All",
        Due: d(12, 1),
      }),
    ],
    Surveys: [
      ...[10, 9, 7, 3].map((Score) => row("Surveys", { Date: d(8, 1), Kind: "enps", Team: "North", Score })),
      ...[5, 4, 2].map((Score) =>
        row("Surveys", { Date: d(8, 1), Kind: "satisfaction", Team: "North", Score }),
      ),
      ...[0, 0].map((Score) => row("Surveys", { Date: d(8, 1), Kind: "enps", Team: "South", Score })),
      row("Surveys", { Date: d(5, 1), Kind: "enps", Team: "North", Score: 0 }),
    ],
    Settings: [row("Settings", { Key: "anonymityMin", Value: "3" })],
  };
}

/**
 * @param of - the team reported (the whole company when left out), the tables (the hand team) and the report
 *   date (the end of Q3).
 * @returns the 2026-Q3 period picture in English.
 */
export function handPeriod(
  of: { scope?: string | null; tables?: ReportTables; asOf?: number } = {},
): PeriodPicture {
  const { scope, tables = handTeam(), asOf = Q3_END } = of;
  return buildPeriod({ tables, period: "2026-Q3", scope, asOf, locale: "en-US" });
}
