/** The plans list and the what-if cost: payouts from the report for the people on the plan, now and at ±10%. */
import { parsePeriod } from "../../../src/core";
import { buildPeriod } from "../../../src/domain/period";
import {
  ALL_TEAMS,
  NO_TEAM,
  inTeam,
  planEntries,
} from "../../../src/taskpane/screens/incentives/incentivesView";
import { planCost } from "../../../src/domain/incentives/whatIf";
import { PLANS, TODAY, row, seededTables } from "../../taskpane/screens/incentives/fixture";

const Q3 = parsePeriod("2026-Q3");
const base = { period: "2026-Q3", team: ALL_TEAMS, asOf: TODAY, locale: "en-US" as const };
const points = (curve: string, pairs: [number, number][]) =>
  pairs.map(([Point, Value]) => ({ Curve: curve, Point, Value }));
const BON = points("BON-C", [
  [0.8, 0.5],
  [1, 1],
  [1.2, 1.5],
]);
const COM = points("COM-C", [
  [0, 0.01],
  [1000, 0.02],
]);

describe("inTeam", () => {
  it.each([
    [ALL_TEAMS, "North", true],
    [ALL_TEAMS, null, true],
    ["North", " north ", true],
    ["North", "South", false],
    [NO_TEAM, null, true],
    [NO_TEAM, "  ", true],
    [NO_TEAM, "North", false],
  ])("filter %j keeps team %j: %p", (filter, team, expected) => {
    expect(inTeam(team, filter)).toBe(expected);
  });
});

describe("planEntries", () => {
  it("counts the people of the team on each plan and tells which plans are in effect", async () => {
    const tables = await seededTables();
    const summary = (team: string) =>
      planEntries(tables.Plans, tables.Managers, Q3, team).map((e) => [e.plan.PlanID, e.people, e.inEffect]);
    expect(summary(ALL_TEAMS)).toEqual([
      ["BON-T", 2, true],
      ["COM-T", 2, true],
      ["OLD-P", 0, false],
    ]);
    expect(summary("South")).toEqual([
      ["BON-T", 1, true],
      ["COM-T", 0, true],
      ["OLD-P", 0, false],
    ]);
  });

  it("leaves out people not employed in the period and counts a plan listed twice once", async () => {
    const tables = await seededTables();
    const managers = [
      row("Managers", { ManagerID: "X1", Name: "Gone", Plan: "BON-T", LeaveDate: Q3.start - 1 }),
      row("Managers", { ManagerID: "X2", Name: "Twice", Plan: "BON-T；BON-T" }),
    ];
    expect(planEntries(tables.Plans, managers, Q3, ALL_TEAMS)[0].people).toBe(1);
  });
});

describe("planCost", () => {
  it("costs a bonus plan now as the report pays it, and at attainment −10% / +10%", async () => {
    const tables = await seededTables();
    const cost = planCost({ ...base, tables, plan: PLANS[0], points: BON });
    expect(cost).toMatchObject({ inEffect: true, people: 2, notComputed: 0 });
    const report = buildPeriod({ tables, period: "2026-Q3", asOf: TODAY, locale: "en-US" });
    const reported = report.people.reduce(
      (sum, p) => sum + (p.bonus?.planId === "BON-T" ? (p.bonus.amount ?? 0) : 0),
      0,
    );
    expect(reported).toBeCloseTo(750 + 2500, 8);
    // Ada 0.9 → 0.81 / 0.99 and Cai 1.1 → 0.99 / 1.21 on the curve (0.8, 0.5), (1, 1), (1.2, 1.5).
    expect(cost.scenarios.map((s) => s.factor)).toEqual([0.9, 1, 1.1]);
    expect(cost.scenarios[0].total).toBeCloseTo(525 + 1950, 8);
    expect(cost.scenarios[1].total).toBeCloseTo(reported, 8);
    expect(cost.scenarios[2].total).toBeCloseTo(975 + 3000, 8);
  });

  it("costs a commission plan on credited amounts scaled by ±10%", async () => {
    const tables = await seededTables();
    const cost = planCost({ ...base, tables, plan: PLANS[1], points: COM });
    expect(cost.people).toBe(2);
    // Ada 1500 → 10 + 10 (1350 → 17, 1650 → 23); Bo 500 → 5 (450 → 4.5, 550 → 5.5).
    expect(cost.scenarios.map((s) => s.total)).toEqual([21.5, 25, 28.5].map((x) => expect.closeTo(x, 8)));
  });

  it("follows the plan and points as edited, before anything is saved", async () => {
    const tables = await seededTables();
    const richer = points("COM-C", [
      [0, 0.02],
      [1000, 0.04],
    ]);
    const cost = planCost({ ...base, tables, plan: { ...PLANS[1], Cap: 30 }, points: richer });
    // Ada 20 + 20 = 40, capped at 30; Bo 10.
    expect(cost.scenarios[1].total).toBeCloseTo(40, 8);
  });

  it("filters by team and says when the plan is not in effect or nobody is on it", async () => {
    const tables = await seededTables();
    expect(planCost({ ...base, tables, plan: PLANS[1], points: COM, team: "South" })).toMatchObject({
      inEffect: true,
      people: 0,
    });
    expect(
      planCost({ ...base, tables, plan: PLANS[0], points: BON, team: "South" }).scenarios[1].total,
    ).toBeCloseTo(2500, 8);
    expect(planCost({ ...base, tables, plan: PLANS[2], points: BON }).inEffect).toBe(false);
  });

  it("counts people whose payout cannot be computed apart", async () => {
    const tables = await seededTables();
    const managers = tables.Managers.map((m) => (m.ManagerID === "M3" ? { ...m, TargetBonus: null } : m));
    const cost = planCost({
      ...base,
      tables: { ...tables, Managers: managers },
      plan: PLANS[0],
      points: BON,
    });
    expect(cost).toMatchObject({ people: 2, notComputed: 1 });
    expect(cost.scenarios[1].total).toBeCloseTo(750, 8);
  });
});
