import { KpiError, ValidationError } from "../../src/core";
import {
  generateSample,
  makeId,
  readSettings,
  TABLE_KEYS,
  type TableKey,
  type TableRows,
} from "../../src/model";
import type { SeedRows } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory";
import {
  approve,
  computePayouts,
  draftPayouts,
  lock,
  SNAPSHOT_PART,
  snapshotParts,
  unlock,
  verify,
  verifyLocks,
  type CloseTables,
  CLOSE_TABLES,
  checkClose,
  periodReceipt,
} from "../../src/workbook/periodClose";

const PERIOD = "2026-Q1";
const Q1 = { start: 46023, end: 46112 }; // 2026-01-01 … 2026-03-31
const DAY = 46130;
const sample = generateSample({ locale: "en-US" });

function workbook() {
  return new MemoryWorkbook({ seed: generateSample({ locale: "en-US" }), locale: "en-US" });
}

/** Every table of a workbook with all Q1 payouts drafted, approved and locked: built once, copied per test. */
let closedRows: Partial<Record<TableKey, unknown[]>> | null = null;
let closedIds: string[] = [];

/** A fresh copy of the closed workbook (seeding a copy is several times faster than closing again). */
async function closed() {
  if (!closedRows) {
    const port = workbook();
    const draft = await draftPayouts(port, PERIOD);
    closedIds = draft.rows.map((r) => r.PayoutID);
    await approve(port, closedIds, { date: DAY, by: "Lead" });
    await lock(port, closedIds, { date: DAY, by: "Lead" });
    closedRows = await port.readTables(TABLE_KEYS);
  }
  return { port: new MemoryWorkbook({ seed: closedRows as SeedRows, locale: "en-US" }), ids: closedIds };
}

const changedOnly = async (port: MemoryWorkbook) =>
  (await verify(port)).filter((c) => c.state !== "unchanged");

describe("period close: drafting payouts", () => {
  it("drafts one payout per person and plan from the report, as of the period's end", () => {
    const tables = Object.fromEntries(CLOSE_TABLES.map((k) => [k, sample[k]])) as unknown as CloseTables;
    const { period, rows, notComputed } = computePayouts(tables, "2026-q1");
    expect(period).toBe(PERIOD);
    // Retail & Wealth have no goal on their bonus gate's KPI: those bonuses are held, not drafted as 0.
    expect(notComputed.map((x) => [x.managerId, x.planId, x.reason])).toEqual(
      ["M005", "M006", "M007", "M008"].map((id) => [
        id,
        "BON-RM",
        { key: "report.held.why", params: { kpi: "Complaint rate" } },
      ]),
    );
    const people = new Set(rows.map((r) => r.ManagerID));
    expect(people.size).toBe(sample.Managers.length - notComputed.length);
    const m1 = rows.filter((r) => r.ManagerID === "M001");
    expect(m1.map((r) => r.PayoutID).sort()).toEqual(["2026-Q1-M001-BON-RM", "2026-Q1-M001-COM-CORP"]);
    // Commission: basis = credited won sales of Q1.
    const credited = sample.Deals.filter(
      (d) =>
        d.ManagerID === "M001" && d.Stage === "won" && d.CloseDate! >= Q1.start && d.CloseDate! <= Q1.end,
    ).reduce((s, d) => s + (d.Amount ?? 0) * (d.Credit ?? 1), 0);
    expect(m1.find((r) => r.PlanID === "COM-CORP")?.Basis).toBeCloseTo(credited, 6);
    for (const row of rows) expect([row.Status, row.Amount! >= 0]).toEqual(["draft", true]);
  });

  it("re-drafting updates drafts (keeping adjustments), leaves approved payouts alone", async () => {
    const port = workbook();
    const first = await draftPayouts(port, PERIOD);
    expect([first.added, first.updated, first.kept, first.removed]).toEqual([first.rows.length, 0, 0, 0]);
    const { Payouts } = await port.readTables(["Payouts"]);
    await port.updateRows("Payouts", [{ ...Payouts[0], Adjustment: 500, Amount: 1 }]);
    await approve(port, [Payouts[1].PayoutID], { date: DAY, by: "Lead" });
    const again = await draftPayouts(port, PERIOD);
    expect([again.added, again.updated, again.kept]).toEqual([0, first.rows.length - 1, 1]);
    const after = (await port.readTables(["Payouts"])).Payouts;
    expect(after[0]).toMatchObject({ Adjustment: 500, Amount: first.rows[0].Amount });
    expect(after[1].Status).toBe("approved");
  });
});

describe("period close: approve, lock, verify, unlock", () => {
  it("locks with a checksum, records the snapshot and the audit, and verifies unchanged", async () => {
    const { port, ids } = await closed();
    const { Payouts, PayoutLocks, Audit } = await port.readTables(["Payouts", "PayoutLocks", "Audit"]);
    for (const p of Payouts) {
      expect(p).toMatchObject({ Status: "locked", LockedOn: DAY });
      expect(p.Checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(
        PayoutLocks.filter((l) => l.PayoutID === p.PayoutID).every((l) => l.Checksum === p.Checksum),
      ).toBe(true);
    }
    expect(Audit.map((a) => a.Action).sort()).toEqual([
      ...ids.map(() => "approve"),
      ...ids.map(() => "lock"),
    ]);
    expect(Audit[0]).toMatchObject({ Date: DAY, By: "Lead", Period: PERIOD, Reason: null });
    const checks = await verify(port);
    expect(checks).toHaveLength(ids.length);
    expect(checks.every((c) => c.state === "unchanged" && c.changes.length === 0)).toBe(true);
  });

  it("checks locks, the audit chain and the period's receipt on the same rows (checkClose)", async () => {
    const { port, ids } = await closed();
    const tables = (await port.readTables(CLOSE_TABLES)) as unknown as CloseTables;
    const checked = await checkClose(tables, PERIOD);
    expect(checked.checks).toEqual(await verifyLocks(tables));
    expect(checked.checks).toHaveLength(ids.length);
    expect(checked.chain.state).toBe("intact");
    expect(checked.receipt).toBe(
      await periodReceipt(tables.Payouts, PERIOD, readSettings(tables.Settings).settings.fiscalYearStart),
    );
    expect(checked.receipt).not.toBeNull();
    expect((await checkClose(tables, "")).receipt).toBeNull();
  });

  it.each<[string, keyof CloseTables, (r: never) => boolean, string, unknown]>([
    [
      "a locked figure",
      "Payouts",
      (r: TableRows["Payouts"]) => r.PayoutID === "2026-Q1-M001-COM-CORP",
      "Amount",
      1,
    ],
    [
      "a goal's target",
      "Goals",
      (r: TableRows["Goals"]) => r.ManagerID === "M001" && r.Period === PERIOD,
      "Target",
      1,
    ],
    [
      "an actual",
      "Actuals",
      (r: TableRows["Actuals"]) => r.ManagerID === "M001" && r.Period === PERIOD,
      "Value",
      7,
    ],
    [
      "the person's target bonus",
      "Managers",
      (r: TableRows["Managers"]) => r.ManagerID === "M001",
      "TargetBonus",
      1,
    ],
    ["a commission tier", "Curves", (r: TableRows["Curves"]) => r.Curve === "COM-CORP", "Value", 0.9],
    ["a rating multiplier", "Ratings", () => true, "BonusMultiplier", 9],
  ])("catches an edit of %s, listing from and to", async (_what, table, which, column, value) => {
    const { port } = await closed();
    const rows = (await port.readTables([table]))[table] as unknown as Record<string, unknown>[];
    const row = rows.find(which as (r: unknown) => boolean)!;
    expect(row).toBeDefined();
    await port.updateRows(table, [{ ...row, [column]: value }] as never);
    const changed = await changedOnly(port);
    expect(changed.length).toBeGreaterThan(0);
    for (const check of changed) {
      expect(check.state).toBe("changed");
      expect(check.changes).toContainEqual(
        expect.objectContaining({ kind: "changed", table, column, from: row[column], to: value }),
      );
    }
  });

  it("catches a deal of the period added for the person, and lists only that person's payouts", async () => {
    const { port } = await closed();
    const deal: TableRows["Deals"] = {
      ...sample.Deals.find((d) => d.ManagerID === "M002")!,
      DealID: "DNEW",
      Amount: 1000,
      Stage: "won",
      CloseDate: Q1.start + 10,
    };
    await port.appendRows("Deals", [deal]);
    const changed = await changedOnly(port);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((c) => c.managerId === "M002")).toBe(true);
    expect(changed.find((c) => c.planId.startsWith("COM"))?.changes).toEqual([
      expect.objectContaining({ kind: "added", table: "Deals", id: makeId("DNEW", "M002") }),
    ]);
  });

  it("does not report unrelated edits: another period, another person's rows, tables outside the lock", async () => {
    const { port } = await closed();
    const t = await port.readTables(["Deals", "Goals", "Tasks", "Reviews"]);
    const laterDeal = t.Deals.find((d) => d.CloseDate !== null && d.CloseDate > Q1.end)!;
    const q2Goal = t.Goals.find((g) => g.Period !== PERIOD)!;
    await port.updateRows("Deals", [{ ...laterDeal, Amount: (laterDeal.Amount ?? 0) + 5 }]);
    await port.updateRows("Goals", [{ ...q2Goal, Target: (q2Goal.Target ?? 0) + 5 }]);
    await port.updateRows("Tasks", [{ ...t.Tasks[0], Title: "Changed" }]);
    await port.updateRows("Reviews", [{ ...t.Reviews[0], Strengths: "Changed" }]);
    expect(await changedOnly(port)).toEqual([]);
  });

  it("reports a damaged lock when its record is edited, and a locked status typed without a lock", async () => {
    const { port, ids } = await closed();
    const { PayoutLocks, Payouts } = await port.readTables(["PayoutLocks", "Payouts"]);
    const part = PayoutLocks[0];
    await port.updateRows("PayoutLocks", [{ ...part, Snapshot: part.Snapshot.replace(/\d/, "9") }]);
    const checks = await verify(port);
    expect(checks.find((c) => c.payoutId === part.PayoutID)?.state).toBe("damaged");
    const other = ids.find((id) => id !== part.PayoutID)!;
    await port.deleteRows(
      "PayoutLocks",
      PayoutLocks.filter((p) => p.PayoutID === other).map((p) => makeId(p.PayoutID, p.Part)),
    );
    expect((await verify(port)).find((c) => c.payoutId === other)?.state).toBe("damaged");
    expect(Payouts.length).toBe(ids.length);
  });

  it("reports a Checksum typed over", async () => {
    const { port } = await closed();
    const { Payouts } = await port.readTables(["Payouts"]);
    await port.updateRows("Payouts", [{ ...Payouts[0], Checksum: "0000000000000000" }]);
    const [check] = await changedOnly(port);
    expect(check.changes).toEqual([
      {
        kind: "changed",
        table: "Payouts",
        id: Payouts[0].PayoutID,
        column: "Checksum",
        from: Payouts[0].Checksum,
        to: "0000000000000000",
      },
    ]);
  });

  it("unlock requires a reason, records it, and puts the payout back to approved", async () => {
    const { port, ids } = await closed();
    await expect(unlock(port, ids[0], "  ", { date: DAY, by: "Lead" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await unlock(port, ids[0], " Deal D000001 booked twice ", { date: DAY + 1, by: "Lead" });
    const { Payouts, PayoutLocks, Audit } = await port.readTables(["Payouts", "PayoutLocks", "Audit"]);
    expect(Payouts.find((p) => p.PayoutID === ids[0])).toMatchObject({
      Status: "approved",
      LockedOn: null,
      Checksum: null,
    });
    expect(PayoutLocks.some((p) => p.PayoutID === ids[0])).toBe(false);
    expect(Audit[Audit.length - 1]).toEqual({
      Date: DAY + 1,
      Action: "unlock",
      PayoutID: ids[0],
      Period: PERIOD,
      By: "Lead",
      Reason: "Deal D000001 booked twice",
      Subject: null,
      Prev: Audit[Audit.length - 2].Hash,
      Hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await verify(port)).map((c) => c.payoutId)).not.toContain(ids[0]);
  });

  it("refuses out-of-order steps and unknown ids without writing", async () => {
    const port = workbook();
    const { rows } = await draftPayouts(port, PERIOD);
    const before = await port.readTables(["Payouts", "Audit"]);
    await expect(lock(port, [rows[0].PayoutID], { date: DAY, by: "Lead" })).rejects.toMatchObject({
      key: "close.err.status",
    });
    await expect(approve(port, ["nope"], { date: DAY, by: "Lead" })).rejects.toMatchObject({
      key: "close.err.notFound",
    });
    await expect(unlock(port, rows[0].PayoutID, "why", { date: DAY, by: "Lead" })).rejects.toBeInstanceOf(
      KpiError,
    );
    expect(await port.readTables(["Payouts", "Audit"])).toEqual(before);
  });

  it("puts everything back when a later write of the lock fails", async () => {
    const port = workbook();
    const { rows } = await draftPayouts(port, PERIOD);
    const ids = rows.map((r) => r.PayoutID);
    await approve(port, ids, { date: DAY, by: "Lead" });
    const before = await port.readTables(["Payouts", "PayoutLocks", "Audit"]);
    const original = port.appendRows.bind(port);
    jest.spyOn(port, "appendRows").mockImplementation(async (key, list) => {
      if (key === "Audit") throw new Error("workbook busy");
      return original(key, list as never);
    });
    await expect(lock(port, ids, { date: DAY, by: "Lead" })).rejects.toThrow("workbook busy");
    expect(await port.readTables(["Payouts", "PayoutLocks", "Audit"])).toEqual(before);
  });

  it("keeps snapshot text safe in cells: whitespace escaped, parts below the cell limit, read back whole", async () => {
    const long = "x ".repeat(SNAPSHOT_PART);
    const doc = {
      v: 1,
      scope: {
        payoutId: "P",
        person: "M",
        period: PERIOD,
        start: Q1.start,
        end: Q1.end,
        fiscalYearStart: 1,
        plan: "B",
        kind: "bonus" as const,
        kpis: [],
        curves: [],
        crm: [],
      },
      rows: { Managers: { M: { Name: long } } },
    };
    const parts = snapshotParts(doc);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect([p.length <= SNAPSHOT_PART, /\s/.test(p)]).toEqual([true, false]);
    expect(JSON.parse(parts.join(""))).toEqual(doc);
    const tables = Object.fromEntries(CLOSE_TABLES.map((k) => [k, []])) as unknown as CloseTables;
    expect(await verifyLocks(tables)).toEqual([]);
  });
});
