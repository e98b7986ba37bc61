/**
 * A small hand-built team for the Incentives tests. TODAY (from ../../render) is 2026-08-15, in 2026-Q3.
 *
 * - Ada (North) is on COM-T and BON-T, Bo (North) on COM-T, Cai (South) on BON-T, Dee (North) on no plan.
 * - BON-T: a bonus on the KPI REV, curve BON-C (80% → 0.5, 100% → 1, 120% → 1.5). Q3 REV goals of 100 with
 *   actuals Ada 90 and Cai 110: attainment 0.9 and 1.1, bonuses 1000 × 0.75 = 750 and 2000 × 1.25 = 2500.
 * - COM-T: marginal tiers COM-C (0 → 1%, 1000 → 2%), no quota. Q3 won deals: Ada 1500 (commission 20), Bo 500 (5).
 * - OLD-P: a bonus plan of 2025, not in effect in 2026.
 */
import { serialFromYMD } from "../../../../src/core";
import type { TableRows } from "../../../../src/model";
import {
  INCENTIVES_TABLES,
  type IncentivesTables,
} from "../../../../src/taskpane/screens/incentives/incentivesView";
import { MemoryWorkbook } from "../../../../src/workbook/memory";
import type { SeedRows } from "../../../../src/workbook/port";
import { actual, curve, goal, kpi, seededWorkbook as seedRows, wonDeal } from "../../../fixtures/rows";
import { TODAY, row } from "../../render";

export { TODAY, row };

const IN_Q3 = serialFromYMD(2026, 8, 1);
const IN_Q2 = serialFromYMD(2026, 5, 20);

/** The plans of the fixture. */
export const PLANS: TableRows["Plans"][] = [
  row("Plans", {
    PlanID: "BON-T",
    Name: "Team bonus",
    Kind: "bonus",
    Basis: "kpi",
    BasisKPI: "REV",
    Curve: "BON-C",
    From: serialFromYMD(2026, 1, 1),
    To: serialFromYMD(2026, 12, 31),
  }),
  row("Plans", {
    PlanID: "COM-T",
    Name: "Team commission",
    Kind: "commission",
    Basis: "deals",
    Method: "marginal",
    Curve: "COM-C",
    From: serialFromYMD(2026, 1, 1),
    To: serialFromYMD(2026, 12, 31),
  }),
  row("Plans", {
    PlanID: "OLD-P",
    Name: "Old bonus",
    Kind: "bonus",
    Basis: "score",
    Curve: "BON-C",
    From: serialFromYMD(2025, 1, 1),
    To: serialFromYMD(2025, 12, 31),
  }),
];

/** The seed rows. */
export const SEED: SeedRows = {
  Managers: [
    row("Managers", {
      ManagerID: "M1",
      Name: "Ada Lin",
      Team: "North",
      Plan: "COM-T, BON-T",
      TargetBonus: 1000,
    }),
    row("Managers", { ManagerID: "M2", Name: "Bo Chen", Team: "North", Plan: "COM-T", TargetBonus: 1000 }),
    row("Managers", { ManagerID: "M3", Name: "Cai Wu", Team: "South", Plan: "BON-T", TargetBonus: 2000 }),
    row("Managers", { ManagerID: "M4", Name: "Dee Ho", Team: "North" }),
  ],
  KPIs: [kpi("REV", "Revenue", { Unit: "CNY" }), kpi("CSAT", "Satisfaction")],
  Goals: [goal("G1", "M1", "REV", 100), goal("G3", "M3", "REV", 100)],
  Actuals: [actual("M1", "2026-Q3", "REV", 90, IN_Q3), actual("M3", "2026-Q3", "REV", 110, IN_Q3)],
  Deals: [wonDeal("D1", "M1", 1500, IN_Q3), wonDeal("D2", "M2", 500, IN_Q3)],
  Plans: PLANS,
  Curves: [...curve("BON-C", [0.8, 0.5], [1, 1], [1.2, 1.5]), ...curve("COM-C", [0, 0.01], [1000, 0.02])],
  Recognition: [
    row("Recognition", {
      Date: serialFromYMD(2026, 7, 20),
      ManagerID: "M1",
      Award: "Top seller",
      Reason: "Best July",
      By: "Lee",
    }),
    row("Recognition", { Date: IN_Q2, ManagerID: "M3", Award: "Team player" }),
  ],
};

/**
 * @returns a memory workbook holding every table, seeded with {@link SEED}.
 */
export async function seededWorkbook(): Promise<MemoryWorkbook> {
  return seedRows(SEED);
}

/**
 * @returns the fixture's rows as the screen reads them (through the port, so blanks and types are as read).
 */
export async function seededTables(): Promise<IncentivesTables> {
  const port = await seededWorkbook();
  return port.readTables(INCENTIVES_TABLES);
}
