/**
 * A small hand-built team for the People tests. TODAY (from ../../render) is 2026-08-15, in 2026-Q3.
 *
 * - Ada (M1, North), Bo (M2, North), Cai (M3, South).
 * - Training: Ada 16 h (Sales skills, 2026-02-10) and 8 h (Product knowledge, 2026-07-20) this year, 10 h last
 *   year; Bo none. Settings trainingHours 40, anonymityMin 3.
 * - Careers: Ada AM2 → AM3, ready now, potential 4, plan with target 2026-12-31. Recognition: Ada, 2026-06-30.
 * - Meetings: a one-on-one with Ada on 2026-07-10 (one action, due 2026-07-31). Tasks: T000001 of Ada.
 * - Surveys on 2026-07-25: North eNPS 10, 9, 9, 3 (shown: +50); South eNPS 0, 2 (hidden: two answers);
 *   North satisfaction 2, 2, 3 (shown: 0% favourable, low). 2026-06-25: North eNPS 9, 9, 9 (Q2, +100).
 */
import { serialFromYMD } from "../../../../src/core";
import type { TableRows } from "../../../../src/model";
import { MemoryWorkbook } from "../../../../src/workbook/memory";
import type { SeedRows } from "../../../../src/workbook/port";
import { TODAY, row } from "../../render";
import { seededWorkbook as seedRows } from "../../../fixtures/rows";

export { TODAY, row };

const d = (m: number, day: number, y = 2026) => serialFromYMD(y, m, day);

const survey = (date: number, kind: TableRows["Surveys"]["Kind"], team: string, scores: number[]) =>
  scores.map((Score) =>
    row("Surveys", { Date: date, Kind: kind, Team: team, Question: `${kind} question`, Score }),
  );

/** The fixture's rows. */
export const SEED: SeedRows = {
  Managers: [
    row("Managers", { ManagerID: "M1", Name: "Ada", Team: "North", Level: "AM2" }),
    row("Managers", { ManagerID: "M2", Name: "Bo", Team: "North", Level: "AM1" }),
    row("Managers", { ManagerID: "M3", Name: "Cai", Team: "South", Level: "AM1" }),
  ],
  Training: [
    row("Training", {
      ManagerID: "M1",
      Course: "Consultative selling",
      Topic: "Sales skills",
      Date: d(2, 10),
      Hours: 16,
    }),
    row("Training", {
      ManagerID: "M1",
      Course: "Product update",
      Topic: "Product knowledge",
      Date: d(7, 20),
      Hours: 8,
      Score: 92,
    }),
    row("Training", {
      ManagerID: "M1",
      Course: "Old course",
      Topic: "Service",
      Date: d(11, 1, 2025),
      Hours: 10,
    }),
  ],
  Careers: [
    row("Careers", {
      ManagerID: "M1",
      CurrentLevel: "AM2",
      NextLevel: "AM3",
      Readiness: "now",
      Potential: 4,
      Mentor: "Lee",
      Plan: "Lead a key account",
      TargetDate: d(12, 31),
    }),
  ],
  Recognition: [
    row("Recognition", { Date: d(6, 30), ManagerID: "M1", Award: "Top performer", Reason: "Best Q2" }),
  ],
  Meetings: [
    row("Meetings", {
      Date: d(7, 10),
      Kind: "one-on-one",
      ManagerID: "M1",
      Topic: "Q3 goals",
      Notes: "Pipeline review",
      Actions: "Call back Acme",
      Owner: "Ada",
      Due: d(7, 31),
    }),
  ],
  Tasks: [
    row("Tasks", { TaskID: "T000001", ManagerID: "M1", Horizon: "day", Title: "Old task", Status: "todo" }),
  ],
  Surveys: [
    ...survey(d(7, 25), "enps", "North", [10, 9, 9, 3]),
    ...survey(d(7, 25), "enps", "South", [0, 2]),
    ...survey(d(7, 25), "satisfaction", "North", [2, 2, 3]),
    ...survey(d(6, 25), "enps", "North", [9, 9, 9]),
  ],
  Settings: [
    row("Settings", { Key: "anonymityMin", Value: "3" }),
    row("Settings", { Key: "trainingHours", Value: "40" }),
  ],
};

/**
 * @param override - tables to seed in place of the fixture's.
 * @returns a memory workbook holding every table, seeded with the fixture.
 */
export async function seededWorkbook(override: SeedRows = {}): Promise<MemoryWorkbook> {
  return seedRows({ ...SEED, ...override });
}
