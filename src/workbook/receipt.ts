/**
 * The lock receipt of a period (a module of its own so the report can print it without depending on period close).
 */
import { canonicalJson, lockReceipt, parsePeriod } from "../core";
import type { TableRows } from "../model";
import { sha256Hex, type HashFn } from "./hash";

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? "" : String(value).trim();

/**
 * The lock receipt of a period: the locked payouts of the period, by id and stored checksum, hashed and shown as
 * 16 base-32 characters ({@link lockReceipt}). Locking, unlocking or re-locking any payout of the period gives a
 * new receipt; recomputing a stored checksum changes it too.
 * @param payouts - the Payouts rows.
 * @param period - the period text.
 * @param fiscalYearStart - the fiscal year's first month (to read Period cells spelled another way).
 * @param hash - the digest.
 * @returns the receipt, or null when no payout of the period is locked.
 */
export async function periodReceipt(
  payouts: readonly TableRows["Payouts"][],
  period: string,
  fiscalYearStart: number,
  hash: HashFn = sha256Hex,
): Promise<string | null> {
  const p = parsePeriod(period, fiscalYearStart);
  const inPeriod = (value: string | null) => {
    if (value === null) return false;
    try {
      return parsePeriod(value, fiscalYearStart).text === p.text;
    } catch {
      // A Period cell that is not a period belongs to none.
      return false;
    }
  };
  const sealed = payouts
    .filter((r) => r.Status === "locked" && inPeriod(r.Period))
    .map((r) => [text(r.PayoutID), text(r.Checksum)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sealed.length === 0) return null;
  return lockReceipt(await hash(canonicalJson({ period: p.text, sealed })));
}
