/**
 * What a forger with the workbook and KPI Desk's source would do after editing a locked input: reseal every
 * payout that now shows a change — snapshot retaken, SHA-256 recomputed, PayoutLocks and Payouts.Checksum
 * rewritten — so that the workbook's own checks pass. Used to prove that only the receipt catches it.
 */
import { canonicalJson } from "../../src/core";
import { makeId } from "../../src/model";
import { sha256Hex } from "../../src/workbook/hash";
import {
  CLOSE_TABLES,
  scopeOf,
  snapshotFor,
  snapshotParts,
  verify,
  type CloseTables,
} from "../../src/workbook/periodClose";
import type { WorkbookPort } from "../../src/workbook/port";

/**
 * @param port - the workbook, after the forger's edit.
 * @returns the PayoutIDs resealed.
 */
export async function reseal(port: WorkbookPort): Promise<string[]> {
  const stale = (await verify(port)).filter((c) => c.state === "changed").map((c) => c.payoutId);
  for (const id of stale) {
    const tables = (await port.readTables(CLOSE_TABLES)) as unknown as CloseTables;
    const payout = tables.Payouts.find((p) => p.PayoutID === id)!;
    const scope = scopeOf(tables, payout);
    const doc = { v: 1, scope, rows: snapshotFor(tables, scope) };
    const sum = await sha256Hex(canonicalJson(doc));
    const parts = tables.PayoutLocks.filter((p) => p.PayoutID === id);
    await port.deleteRows(
      "PayoutLocks",
      parts.map((p) => makeId(p.PayoutID, p.Part)),
    );
    await port.appendRows(
      "PayoutLocks",
      snapshotParts(doc).map((Snapshot, i) => ({ ...parts[0], Part: i + 1, Checksum: sum, Snapshot })),
    );
    await port.updateRows("Payouts", [{ ...payout, Checksum: sum }]);
  }
  return stale;
}
