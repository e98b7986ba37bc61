/**
 * The audit chain and what it adds to verification: an edited, deleted or hand-typed Audit row is found; a payout
 * unlocked by hand (Status typed back, lock record deleted) is "unlocked outside KPI Desk"; a forger who recomputes
 * every stored checksum is invisible to the workbook alone but changes the period's lock receipt; old workbooks
 * (no chain columns, FNV-1a locks) are still read.
 */
import { checksumOf, lockReceipt, normalizeReceipt } from "../../src/core";
import { generateSample, TABLE_KEYS, type TableKey, type TableRows } from "../../src/model";
import { headersOf } from "../../src/model/tables";
import {
  appendAudit,
  approverOf,
  chainRows,
  lockedByLog,
  saveApprover,
  verifyAuditChain,
  type AuditRow,
} from "../../src/workbook/audit";
import { sha256Hex } from "../../src/workbook/hash";
import { MemoryWorkbook } from "../../src/workbook/memory";
import {
  approve,
  CLOSE_TABLES,
  draftPayouts,
  lock,
  periodReceipt,
  scopeOf,
  snapshotFor,
  verify,
  type CloseTables,
} from "../../src/workbook/periodClose";
import type { SeedRows } from "../../src/workbook/port";
import { reseal } from "./forge";

// The first test closes a whole quarter of the sample (built once, copied after): a hang guard on a shared machine.
jest.setTimeout(60_000);

const PERIOD = "2026-Q1";
const DAY = 46130;
const actor = { date: DAY, by: "Lead" };

let closedRows: Partial<Record<TableKey, unknown[]>> | null = null;
let closedIds: string[] = [];
let closedReceipt = "";

/** A fresh copy of the sample with 2026-Q1 drafted, approved and locked; `edit` changes the rows first. */
async function closed(edit: (rows: Record<string, unknown[]>) => void = () => {}) {
  if (!closedRows) {
    const port = new MemoryWorkbook({ seed: generateSample({ locale: "en-US" }), locale: "en-US" });
    closedIds = (await draftPayouts(port, PERIOD)).rows.map((r) => r.PayoutID);
    await approve(port, closedIds, actor);
    closedReceipt = (await lock(port, closedIds, actor)).receipts[PERIOD];
    closedRows = await port.readTables(TABLE_KEYS);
  }
  const rows = structuredClone(closedRows) as Record<string, unknown[]>;
  edit(rows);
  return {
    port: new MemoryWorkbook({ seed: rows as SeedRows, locale: "en-US" }),
    ids: closedIds,
    receipt: closedReceipt,
  };
}

const receiptOf = async (port: MemoryWorkbook) =>
  periodReceipt((await port.readTables(["Payouts"])).Payouts, PERIOD, 1);

describe("SHA-256 and receipts", () => {
  it("hashes with Web Crypto's SHA-256 and makes a 4×4 base-32 receipt that survives retyping", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const receipt = lockReceipt(await sha256Hex("abc"));
    expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(lockReceipt("ffffffffffffffffffff")).toBe("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    expect(normalizeReceipt(receipt.toLowerCase().replace(/-/g, " "))).toBe(receipt);
    expect(normalizeReceipt("oooo-iiii-llll-0000")).toBe("0000-1111-1111-0000");
    expect(normalizeReceipt("ABCD-EFGH")).toBeNull();
    expect(normalizeReceipt("ABCD-EFGH-JKMN-PQRU")).toBeNull();
  });
});

describe("the audit chain", () => {
  it("chains every line the add-in writes, named, and checks intact", async () => {
    const { port, ids } = await closed();
    const { Audit } = await port.readTables(["Audit"]);
    expect(Audit).toHaveLength(2 * ids.length);
    expect(Audit[0].Prev).toBeNull();
    for (let i = 1; i < Audit.length; i++) expect(Audit[i].Prev).toBe(Audit[i - 1].Hash);
    expect(Audit.every((a) => a.By === "Lead" && /^[0-9a-f]{64}$/.test(a.Hash ?? ""))).toBe(true);
    expect(await verifyAuditChain(Audit)).toEqual({
      state: "intact",
      legacy: 0,
      chained: Audit.length,
      problems: [],
    });
  });

  it("finds an edited line (once) and a line typed by hand", async () => {
    const { port } = await closed((rows) => {
      const audit = rows.Audit as AuditRow[];
      audit[3] = { ...audit[3], By: "Someone else" };
      audit.push({ ...audit[0], Hash: null, Prev: null });
    });
    const { Audit } = await port.readTables(["Audit"]);
    const check = await verifyAuditChain(Audit);
    expect(check.state).toBe("broken");
    expect(check.problems).toEqual([
      { row: 4, kind: "edited" },
      { row: Audit.length, kind: "unchained" },
    ]);
  });

  it("finds a deleted line, and a line moved", async () => {
    const deleted = await closed((rows) => rows.Audit.splice(5, 1));
    const { Audit } = await deleted.port.readTables(["Audit"]);
    expect((await verifyAuditChain(Audit)).problems).toEqual([{ row: 6, kind: "link" }]);
    const moved = await closed((rows) => rows.Audit.reverse());
    expect((await verifyAuditChain((await moved.port.readTables(["Audit"])).Audit)).state).toBe("broken");
  });

  it("catches a line whose hash was recomputed after an edit, at the line after it", async () => {
    const rows = (await (await closed()).port.readTables(["Audit"])).Audit;
    const [forged] = await chainRows(rows[1].Prev ?? "", [{ ...rows[1], By: "Forger" }]);
    const edited = [...rows.slice(0, 1), forged, ...rows.slice(2)];
    expect((await verifyAuditChain(edited)).problems).toEqual([{ row: 3, kind: "link" }]);
  });

  it("appends to a workbook set up before the chain (no Prev / Hash columns) and says it is not chained", async () => {
    const port = new MemoryWorkbook();
    await port.ensureTables(
      CLOSE_TABLES.filter((k) => k !== "Audit"),
      "en-US",
      generateSample({ locale: "en-US" }),
    );
    const old = ["Date", "Action", "Payout ID", "Period", "By", "Reason"];
    port.addRawTable("Audit", "Audit log", old, [[DAY - 1, "approve", "P0", PERIOD, "Old", null]]);
    const row = {
      Date: DAY,
      Action: "approve" as const,
      PayoutID: "P1",
      Period: PERIOD,
      By: "Lead",
      Reason: null,
    };
    const written = await appendAudit(port, [row]);
    expect(written[0]).toMatchObject({ Prev: null, Hash: null });
    const { Audit } = await port.readTables(["Audit"]);
    expect(Audit.map((a) => a.PayoutID)).toEqual(["P0", "P1"]);
    expect(await verifyAuditChain(Audit)).toEqual({
      state: "unchained",
      legacy: 2,
      chained: 0,
      problems: [],
    });
    expect(headersOf("Audit", "en-US")).toEqual([...old, "Subject", "Previous hash", "Row hash"]);
  });

  it("keeps older lines (before the chain) as legacy, and chains after them", async () => {
    const legacy = { Date: DAY - 9, Action: "approve" as const, PayoutID: "P0", Period: PERIOD } as const;
    const before: AuditRow = { ...legacy, By: null, Reason: null, Subject: null, Prev: null, Hash: null };
    const after = await chainRows("", [{ ...legacy, By: "Lead", Reason: null }]);
    expect(await verifyAuditChain([before, ...after])).toMatchObject({
      state: "intact",
      legacy: 1,
      chained: 1,
    });
  });
});

describe("verification against the chain", () => {
  it("reports a payout unlocked by hand (Status typed back, lock record deleted) as unlocked outside KPI Desk", async () => {
    const { port, ids } = await closed((rows) => {
      const payouts = rows.Payouts as TableRows["Payouts"][];
      const target = payouts.find((p) => p.PayoutID === closedIds[0])!;
      Object.assign(target, { Status: "approved", LockedOn: null, Checksum: null });
      rows.PayoutLocks = (rows.PayoutLocks as TableRows["PayoutLocks"][]).filter(
        (p) => p.PayoutID !== closedIds[0],
      );
    });
    const checks = await verify(port);
    expect(checks.filter((c) => c.state !== "unchanged")).toEqual([
      expect.objectContaining({ payoutId: ids[0], state: "unlockedOutside", period: PERIOD }),
    ]);
    // An unlock through KPI Desk is logged, so it is not reported.
    expect(lockedByLog((await port.readTables(["Audit"])).Audit).get(ids[0])).toBe(true);
  });

  it("a forger who recomputes the snapshot, every checksum and nothing else passes the workbook's own checks, but not the receipt", async () => {
    const { port, receipt } = await closed();
    expect(await receiptOf(port)).toBe(receipt);
    const tables = (await port.readTables(CLOSE_TABLES)) as unknown as CloseTables;
    // Raise a Q1 deal of M001 and reseal that person's commission payout as if KPI Desk had locked it so.
    const deal = tables.Deals.find(
      (d) =>
        d.ManagerID === "M001" && d.Stage === "won" && (d.CloseDate ?? 0) >= 46023 && d.CloseDate! <= 46112,
    )!;
    await port.updateRows("Deals", [{ ...deal, Amount: (deal.Amount ?? 0) + 100000 }]);
    expect(await reseal(port)).toContain("2026-Q1-M001-COM-CORP");
    expect((await verify(port)).every((c) => c.state === "unchanged")).toBe(true);
    expect((await verifyAuditChain((await port.readTables(["Audit"])).Audit)).state).toBe("intact");
    const forged = await receiptOf(port);
    expect(forged).not.toBeNull();
    expect(forged).not.toBe(receipt);
  });

  it("still verifies a lock sealed with FNV-1a by an earlier version", async () => {
    const { port } = await closed();
    const tables = (await port.readTables(CLOSE_TABLES)) as unknown as CloseTables;
    const payout = tables.Payouts[0];
    const scope = scopeOf(tables, payout);
    const doc = { v: 1, scope, rows: snapshotFor(tables, scope) };
    const old = checksumOf(doc);
    expect(old).toMatch(/^[0-9a-f]{16}$/);
    const parts = tables.PayoutLocks.filter((p) => p.PayoutID === payout.PayoutID);
    await port.updateRows(
      "PayoutLocks",
      parts.map((p) => ({ ...p, Checksum: old })),
    );
    await port.updateRows("Payouts", [{ ...payout, Checksum: old }]);
    const check = (await verify(port)).find((c) => c.payoutId === payout.PayoutID);
    expect(check).toMatchObject({ state: "unchanged", checksum: old });
  });
});

describe("the approver", () => {
  it("is stored once in Settings, and nothing is approved, locked or unlocked without a name", async () => {
    const port = new MemoryWorkbook({ seed: generateSample({ locale: "en-US" }), locale: "en-US" });
    const { rows } = await draftPayouts(port, PERIOD);
    await expect(approve(port, [rows[0].PayoutID], { date: DAY, by: " " })).rejects.toMatchObject({
      key: "close.err.approverRequired",
    });
    expect((await port.readTables(["Audit"])).Audit).toEqual([]);
    await expect(saveApprover(port, "  ")).rejects.toMatchObject({ key: "close.err.approverRequired" });
    await saveApprover(port, " 王主管 ");
    await saveApprover(port, "Lead");
    const { Settings } = await port.readTables(["Settings"]);
    expect(approverOf(Settings)).toBe("Lead");
    expect(Settings.filter((s) => s.Key === "approver")).toHaveLength(1);
  });
});
