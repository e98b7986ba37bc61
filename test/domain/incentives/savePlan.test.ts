/**
 * Saving a plan: the Plans row and the curve's Curves rows written together; everything validated before the first
 * write; a write that fails midway undone, leaving the workbook as it was.
 */
import { ValidationError, KpiError } from "../../../src/core/errors";
import type { CurveRow, TableKey } from "../../../src/model";
import { savePlan } from "../../../src/domain/incentives/savePlan";
import type { WorkbookPort } from "../../../src/workbook/port";
import { PLANS, row, seededWorkbook } from "../../taskpane/screens/incentives/fixture";

const points = (curve: string, pairs: [number, number][]): CurveRow[] =>
  pairs.map(([Point, Value]) => ({ Curve: curve, Point, Value }));
const curveOf = async (port: WorkbookPort, curve: string) =>
  (await port.readTables(["Curves"])).Curves.filter((c) => c.Curve === curve)
    .map((c) => [c.Point, c.Value])
    .sort((a, b) => a[0] - b[0]);

/** A port whose `method` on `table` fails the `nth` time it is called (1-based); everything else passes through. */
function failing(
  port: WorkbookPort,
  method: "appendRows" | "updateRows" | "deleteRows",
  table: TableKey,
  nth = 1,
) {
  let calls = 0;
  const wrapped = Object.create(port) as WorkbookPort;
  wrapped[method] = (async (key: TableKey, rows: never) => {
    if (key === table && ++calls === nth) throw new Error("the workbook went away");
    return (port[method] as (k: TableKey, r: never) => Promise<void>).call(port, key, rows);
  }) as never;
  return wrapped;
}

describe("savePlan", () => {
  it("updates a plan and replaces its curve's points: adds, changes and removes in one save", async () => {
    const port = await seededWorkbook();
    const plan = { ...PLANS[1], Name: "Team commission 2026", Method: "retro" as const };
    const outcome = await savePlan(port, {
      plan,
      points: points("COM-C", [
        [0, 0.015],
        [2000, 0.03],
      ]),
      isNew: false,
    });
    expect(outcome).toEqual({ planId: "COM-T", created: false, added: 1, changed: 1, removed: 1 });
    const { Plans } = await port.readTables(["Plans"]);
    expect(Plans.find((p) => p.PlanID === "COM-T")).toEqual(plan);
    expect(await curveOf(port, "COM-C")).toEqual([
      [0, 0.015],
      [2000, 0.03],
    ]);
    // Other curves are untouched.
    expect(await curveOf(port, "BON-C")).toEqual([
      [0.8, 0.5],
      [1, 1],
      [1.2, 1.5],
    ]);
  });

  it("appends a new plan with a new curve", async () => {
    const port = await seededWorkbook();
    const plan = row("Plans", {
      PlanID: "NEW-1",
      Name: "New",
      Kind: "bonus",
      Basis: "score",
      Curve: "NEW-C",
    });
    const outcome = await savePlan(port, { plan, points: points("NEW-C", [[1, 1]]), isNew: true });
    expect(outcome).toMatchObject({ created: true, added: 1, changed: 0, removed: 0 });
    const { Plans } = await port.readTables(["Plans"]);
    expect(Plans.at(-1)).toEqual(plan);
    expect(await curveOf(port, "NEW-C")).toEqual([[1, 1]]);
  });

  it.each([
    [
      "a new plan whose id exists",
      { plan: PLANS[0], points: points("BON-C", [[1, 1]]), isNew: true },
      ValidationError,
    ],
    [
      "an existing plan that is gone",
      { plan: { ...PLANS[0], PlanID: "GONE" }, points: points("BON-C", [[1, 1]]), isNew: false },
      KpiError,
    ],
    [
      "points out of order",
      {
        plan: PLANS[0],
        points: points("BON-C", [
          [1, 1],
          [0.8, 0.5],
        ]),
        isNew: false,
      },
      KpiError,
    ],
    [
      "a point typed twice",
      {
        plan: PLANS[0],
        points: points("BON-C", [
          [1, 1],
          [1, 2],
        ]),
        isNew: false,
      },
      ValidationError,
    ],
    [
      "a plan row the schema refuses",
      { plan: { ...PLANS[0], Name: "" }, points: points("BON-C", [[1, 1]]), isNew: false },
      ValidationError,
    ],
    [
      "a negative tier bound",
      { plan: PLANS[1], points: points("COM-C", [[-5, 0.01]]), isNew: false },
      KpiError,
    ],
  ])("refuses %s before writing anything", async (_name, save, kind) => {
    const port = await seededWorkbook();
    const before = await port.readTables(["Plans", "Curves"]);
    await expect(savePlan(port, save)).rejects.toBeInstanceOf(kind);
    expect(await port.readTables(["Plans", "Curves"])).toEqual(before);
  });

  it.each([
    ["the Plans update (the last write)", "updateRows", "Plans"],
    ["removing old points", "deleteRows", "Curves"],
    ["changing a point", "updateRows", "Curves"],
  ] as const)("undoes the writes already done when %s fails", async (_name, method, table) => {
    const port = await seededWorkbook();
    const before = await port.readTables(["Plans", "Curves"]);
    const broken = failing(port, method, table);
    await expect(
      savePlan(broken, {
        plan: { ...PLANS[1], Name: "Changed" },
        points: points("COM-C", [
          [0, 0.015],
          [2000, 0.03],
        ]),
        isNew: false,
      }),
    ).rejects.toThrow("the workbook went away");
    const after = await port.readTables(["Plans", "Curves"]);
    expect(after.Plans).toEqual(before.Plans);
    expect(await curveOf(port, "COM-C")).toEqual([
      [0, 0.01],
      [1000, 0.02],
    ]);
    expect(after.Curves).toHaveLength(before.Curves.length);
  });

  it("undoes a new plan's curve when appending the plan fails", async () => {
    const port = await seededWorkbook();
    const plan = row("Plans", { PlanID: "NEW-1", Name: "New", Kind: "bonus", Curve: "NEW-C" });
    await expect(
      savePlan(failing(port, "appendRows", "Plans"), {
        plan,
        points: points("NEW-C", [[1, 1]]),
        isNew: true,
      }),
    ).rejects.toThrow("the workbook went away");
    expect(await curveOf(port, "NEW-C")).toEqual([]);
    expect((await port.readTables(["Plans"])).Plans.map((p) => p.PlanID)).toEqual([
      "BON-T",
      "COM-T",
      "OLD-P",
    ]);
  });

  it("says which rows to check when even undoing fails", async () => {
    const port = await seededWorkbook();
    const broken = failing(failing(port, "updateRows", "Plans"), "deleteRows", "Curves", 1);
    const save = savePlan(broken, {
      plan: { ...PLANS[1], Name: "Changed" },
      points: points("COM-C", [
        [0, 0.01],
        [1000, 0.02],
        [5000, 0.05],
      ]),
      isNew: false,
    });
    await expect(save).rejects.toMatchObject({
      key: "incentives.save.undoFailed",
      params: { plan: "COM-T", curve: "COM-C" },
    });
  });
});
