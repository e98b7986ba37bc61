/**
 * A small hand-built team for the Goals & plans tests. TODAY (from ../../render) is 2026-08-15, in 2026-Q3; the
 * previous quarter is 2026-Q2 (2026-04-01 … 2026-06-30).
 */
import { serialFromYMD } from "../../../../src/core";
import type { TableRows } from "../../../../src/model";
import { GOALS_TABLES, GoalsBook, type GoalsTables } from "../../../../src/domain/goals/goalsBook";
import type { SeedRows } from "../../../../src/workbook/port";
import { actual, goal, wonDeal } from "../../../fixtures/rows";
import { TODAY, row } from "../../render";

export { TODAY, row };

/**
 * @param fields - the fields that matter to the test.
 * @returns a goal G of Ada (M1) on REV in 2026-Q3, every other column blank.
 */
export const goalRow = (fields: Partial<TableRows["Goals"]>): TableRows["Goals"] =>
  row("Goals", { GoalID: "G", ManagerID: "M1", Period: "2026-Q3", KPI: "REV", ...fields });

/**
 * @param fields - the fields that matter to the test.
 * @returns Ada's (M1) open task T, every other column blank.
 */
export const taskRow = (fields: Partial<TableRows["Tasks"]>): TableRows["Tasks"] =>
  row("Tasks", { TaskID: "T", ManagerID: "M1", Title: "x", Status: "todo", ...fields });

/** A day in 2026-Q2, for deals and actuals of the previous quarter. */
export const IN_Q2 = serialFromYMD(2026, 5, 20);
/** The last day of 2026-Q3. */
export const Q3_END = serialFromYMD(2026, 9, 30);

/**
 * Ada and Bo in North, Cai in South (Dee left North before Q3); KPIs REV (manual, CNY), DEALS (deals.count) and
 * WIN (win rate, %); Q2 actuals of REV for Ada (100) and Bo (300), deals won in Q2 by Ada (2) and Bo (1); Ada's Q3
 * goals are drafts at 60% + 30%; Ada has an overdue, a due-soon, a later and a done day task.
 */
export const TEAM: SeedRows = {
  Managers: [
    row("Managers", { ManagerID: "M1", Name: "Ada Lin", Team: "North" }),
    row("Managers", { ManagerID: "M2", Name: "Bo Chen", Team: "North" }),
    row("Managers", { ManagerID: "M3", Name: "Cai Wu", Team: "South" }),
    row("Managers", { ManagerID: "M4", Name: "Dee Ho", Team: "North", LeaveDate: serialFromYMD(2026, 6, 1) }),
  ],
  KPIs: [
    row("KPIs", { KPI: "REV", Name: "Revenue", Unit: "CNY", Direction: "higher", Source: "manual" }),
    row("KPIs", {
      KPI: "DEALS",
      Name: "Deals won",
      Unit: "deals",
      Direction: "higher",
      Source: "deals.count",
    }),
    row("KPIs", { KPI: "WIN", Name: "Win rate", Unit: "%", Direction: "higher", Source: "deals.winrate" }),
  ],
  Actuals: [actual("M1", "2026-Q2", "REV", 100, IN_Q2), actual("M2", "2026-Q2", "REV", 300, IN_Q2)],
  Deals: [
    wonDeal("D1", "M1", 50, IN_Q2),
    wonDeal("D2", "M1", 70, IN_Q2),
    wonDeal("D3", "M2", 90, IN_Q2),
    row("Deals", { DealID: "D4", ManagerID: "M2", Amount: 10, Stage: "lost", CloseDate: IN_Q2, Credit: 1 }),
  ],
  Goals: [
    goal("G000001", "M1", "REV", 110, {
      Description: "Grow revenue from key accounts",
      Weight: 0.6,
      Due: Q3_END,
      Status: "draft",
    }),
    goal("G000002", "M1", "DEALS", 3, {
      Description: "Close more deals with new customers",
      Weight: 0.3,
      Due: Q3_END,
      Status: "draft",
    }),
  ],
  Tasks: [
    row("Tasks", {
      TaskID: "T000001",
      ManagerID: "M1",
      Horizon: "day",
      Title: "Call Acme",
      Due: TODAY - 2,
      Status: "todo",
    }),
    row("Tasks", {
      TaskID: "T000002",
      ManagerID: "M1",
      Horizon: "day",
      Title: "Visit Birch",
      Due: TODAY + 2,
      Status: "doing",
    }),
    row("Tasks", {
      TaskID: "T000003",
      ManagerID: "M1",
      Horizon: "day",
      Title: "Send offer",
      Due: TODAY + 20,
      Status: "todo",
    }),
    row("Tasks", {
      TaskID: "T000004",
      ManagerID: "M1",
      Horizon: "day",
      Title: "Book lunch",
      Due: TODAY - 1,
      Status: "done",
      DoneOn: TODAY - 1,
    }),
    row("Tasks", {
      TaskID: "T000005",
      ManagerID: "M1",
      Horizon: "week",
      Title: "Plan Q4 visits",
      Due: TODAY + 1,
      Status: "todo",
    }),
    row("Tasks", {
      TaskID: "T000006",
      ManagerID: "M4",
      Horizon: "day",
      Title: "Left: ignore",
      Due: TODAY - 3,
      Status: "todo",
    }),
  ],
};

/**
 * @param seed - rows to use instead of (or on top of) TEAM.
 * @returns the tables the screen reads, every table present.
 */
export function tablesOf(seed: SeedRows = TEAM): GoalsTables {
  return Object.fromEntries(GOALS_TABLES.map((key) => [key, seed[key] ?? []])) as unknown as GoalsTables;
}

/**
 * @param seed - rows.
 * @returns a GoalsBook over them.
 */
export function bookOf(seed: SeedRows = TEAM): GoalsBook {
  return new GoalsBook(tablesOf(seed));
}

/** Typed rows of one table of TEAM. */
export const rowsOf = <K extends keyof TableRows>(key: K): TableRows[K][] =>
  (TEAM[key] ?? []) as TableRows[K][];
