/**
 * The Audit table as a hash chain, and the approver's name. Every row the add-in appends carries `Prev` (the Hash
 * of the row before it, blank for the first chained row) and `Hash` = SHA-256 of the canonical form of `Prev` and
 * the row's own content. Editing a row breaks its Hash; deleting, inserting or reordering rows breaks the next
 * row's Prev. Decisions are in docs/period-close.md ("The audit chain").
 *
 * - **One way in.** Everything that logs — period close, import logging — appends through
 *   {@link appendAudit}, which reads the chain's head and links the new rows to it in one write.
 * - **Content hashed.** Every column but Prev and Hash, blanks left out — so a column added to the table later
 *   (blank on old rows) does not break the rows written before it.
 * - **Old workbooks.** A table set up before the chain lacks the Prev and Hash columns: rows are still appended
 *   (unchained) and verification says the log is not chained rather than broken. Rows written before the first
 *   chained row are "legacy"; any unchained row after it is a break (typed by hand).
 */
import { canonicalJson, ValidationError } from "../core";
import type { TableKey, TableRows } from "../model";
import { sha256Hex, type HashFn } from "./hash";
import type { TableAppend, WorkbookPort } from "./port";

/** One Audit row. */
export type AuditRow = TableRows["Audit"];

/** An Audit row before it is chained: Prev and Hash are filled in by {@link appendAudit}. */
export type NewAuditRow = Omit<AuditRow, "Prev" | "Hash" | "Subject"> & { Subject?: string | null };

/** The Settings key holding the approver's name (asked once per workbook). */
export const APPROVER_KEY = "approver";

const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * The hash of one Audit row linked to the one before it.
 * @param prev - the previous row's Hash ("" for the first chained row).
 * @param row - the row (its Prev and Hash are ignored).
 * @param hash - the digest (SHA-256 by default).
 * @returns 64 hex digits.
 */
export async function auditRowHash(
  prev: string,
  row: Partial<AuditRow>,
  hash: HashFn = sha256Hex,
): Promise<string> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key !== "Prev" && key !== "Hash" && !blank(value)) content[key] = value;
  }
  return hash(canonicalJson({ prev, row: content }));
}

/**
 * Links new rows to the chain's head.
 * @param head - the Hash of the last row in the table ("" when it is empty or not chained).
 * @param rows - the rows to append, in order.
 * @param hash - the digest.
 * @returns the rows with Prev and Hash.
 */
export async function chainRows(
  head: string,
  rows: readonly NewAuditRow[],
  hash: HashFn = sha256Hex,
): Promise<AuditRow[]> {
  const out: AuditRow[] = [];
  let prev = head;
  for (const row of rows) {
    const full: AuditRow = { Subject: null, ...row, Prev: prev === "" ? null : prev, Hash: null };
    const own = await auditRowHash(prev, full, hash);
    out.push({ ...full, Hash: own });
    prev = own;
  }
  return out;
}

/** Whether a refusal is only the table lacking the Prev / Hash columns (a workbook set up before the chain). */
function lacksChainColumns(error: unknown): boolean {
  return (
    error instanceof ValidationError &&
    error.issues.length > 0 &&
    error.issues.every(
      (i) => i.key === "model.issue.notInTable" && (i.column === "Prev" || i.column === "Hash"),
    )
  );
}

/**
 * Appends rows to the Audit table, chained to the last row: the one function every writer of the log uses.
 * The log is append-only, so callers write it last (after the changes it records).
 * @param port - the workbook.
 * @param rows - the rows, in order (Date, Action, Period, By … — Prev and Hash are computed).
 * @param hash - the digest (SHA-256 by default; tests may inject another).
 * @returns the rows as written.
 * @throws ValidationError for a refused row (nothing written), KpiError from the port.
 * @example await appendAudit(port, [{ Date: 46150, Action: "lock", PayoutID: "2026-Q1-M001-BON-RM", … }])
 */
export async function appendAudit(
  port: WorkbookPort,
  rows: readonly NewAuditRow[],
  hash: HashFn = sha256Hex,
): Promise<AuditRow[]> {
  if (rows.length === 0) return [];
  return chainAndWrite(port, rows, hash, (chained) => port.appendRows("Audit", chained));
}

/**
 * Links rows to the chain's head and writes them with `write`; a table set up before the chain (no Prev / Hash
 * columns) gets them unchained.
 */
async function chainAndWrite(
  port: WorkbookPort,
  rows: readonly NewAuditRow[],
  hash: HashFn,
  write: (rows: AuditRow[]) => Promise<void>,
): Promise<AuditRow[]> {
  const { Audit } = await port.readTables(["Audit"]);
  const head = Audit.length > 0 ? (Audit[Audit.length - 1].Hash ?? "").trim() : "";
  const chained = await chainRows(head, rows, hash);
  try {
    await write(chained);
    return chained;
  } catch (error) {
    if (!lacksChainColumns(error)) throw error;
    const plain = chained.map((r) => ({ ...r, Prev: null, Hash: null }));
    await write(plain);
    return plain;
  }
}

/**
 * Appends rows to other tables and their Audit rows in one write (`appendRowsTogether`): both land or neither
 * does. For writes that cannot be undone — a survey import's answers (the Surveys table refuses deletes) — where
 * writing the Audit line after the rows could leave rows the log never records.
 * @param port - the workbook.
 * @param writes - the rows of the other tables.
 * @param rows - the Audit rows (Prev and Hash are computed, as {@link appendAudit} does).
 * @param hash - the digest.
 * @returns the Audit rows as written.
 * @throws ValidationError for a refused row, KpiError from the port; nothing is written then.
 */
export async function appendWithAudit(
  port: WorkbookPort,
  writes: readonly TableAppend[],
  rows: readonly NewAuditRow[],
  hash: HashFn = sha256Hex,
): Promise<AuditRow[]> {
  return chainAndWrite(port, rows, hash, (chained) =>
    port.appendRowsTogether([...writes, { key: "Audit", rows: chained }]),
  );
}

/**
 * Replaces rows by id, then appends their Audit lines; when the log refuses its lines, the rows are put back (an
 * edit the log does not record does not stand). For edits of rows that can be written back: a reopened review, a
 * calibrated rating, an edited customer.
 * @param port - the workbook.
 * @param key - the table edited.
 * @param after - the rows as they become.
 * @param before - the same rows as read: the base of the update (a change made in the sheet since is refused) and
 *   what is written back if the log refuses.
 * @param rows - the Audit rows (Prev and Hash are computed, as {@link appendAudit} does).
 * @param hash - the digest.
 * @returns the Audit rows as written.
 * @throws ConflictError, ValidationError or KpiError from the port; nothing is left written then.
 */
export async function updateWithAudit<K extends TableKey>(
  port: WorkbookPort,
  key: K,
  after: readonly TableRows[K][],
  before: readonly TableRows[K][],
  rows: readonly NewAuditRow[],
  hash: HashFn = sha256Hex,
): Promise<AuditRow[]> {
  await port.updateRows(key, after, before);
  try {
    return await appendAudit(port, rows, hash);
  } catch (error) {
    await port.updateRows(key, before);
    throw error;
  }
}

/** Something wrong with one row of the chain. */
export interface AuditProblem {
  /** The row's position among the Audit rows read (1 = the first row under the header). */
  row: number;
  /**
   * `edited`: the row's content no longer matches its Hash; `link`: its Prev is not the Hash of the row before
   * (a row was deleted, inserted or moved before it); `unchained`: a row without Hash after the chain began (added
   * by hand).
   */
  kind: "edited" | "link" | "unchained";
}

/** How the Audit table's chain stands. */
export interface AuditChainCheck {
  /**
   * `intact`: every chained row checks; `broken`: see `problems`; `unchained`: no row carries a Hash (a workbook
   * set up before the chain, or an empty log).
   */
  state: "intact" | "broken" | "unchained";
  /** Rows before the first chained row (written before the chain existed): not protected. */
  legacy: number;
  /** Rows checked in the chain. */
  chained: number;
  problems: AuditProblem[];
}

/**
 * Checks the chain row by row. One edited row is reported once (the next row's link is checked against the stored
 * Hash, which the edit did not change); a deleted row shows as a broken link at the row that followed it.
 * @param rows - the Audit rows, in table order.
 * @param hash - the digest.
 * @returns the check.
 */
export async function verifyAuditChain(
  rows: readonly AuditRow[],
  hash: HashFn = sha256Hex,
): Promise<AuditChainCheck> {
  const problems: AuditProblem[] = [];
  let legacy = 0;
  let chained = 0;
  let prev: string | null = null;
  for (const [i, row] of rows.entries()) {
    const own = (row.Hash ?? "").trim();
    if (own === "") {
      if (prev === null) legacy++;
      else problems.push({ row: i + 1, kind: "unchained" });
      continue;
    }
    chained++;
    const link = (row.Prev ?? "").trim();
    if (link !== (prev ?? "")) problems.push({ row: i + 1, kind: "link" });
    if ((await auditRowHash(link, row, hash)) !== own) problems.push({ row: i + 1, kind: "edited" });
    prev = own;
  }
  const state = problems.length > 0 ? "broken" : chained > 0 ? "intact" : "unchained";
  return { state, legacy, chained, problems };
}

/**
 * What the log says about each payout's lock: the last lock or unlock recorded for it.
 * @param rows - the Audit rows, in order.
 * @returns PayoutID → whether the log leaves it locked.
 */
export function lockedByLog(rows: readonly AuditRow[]): Map<string, boolean> {
  const state = new Map<string, boolean>();
  for (const row of rows) {
    const id = (row.PayoutID ?? "").trim();
    if (id === "") continue;
    if (row.Action === "lock") state.set(id, true);
    else if (row.Action === "unlock") state.set(id, false);
  }
  return state;
}

/**
 * The approver's name stored in Settings.
 * @param settings - the Settings rows.
 * @returns the name, or "" when none is stored.
 */
export function approverOf(settings: readonly TableRows["Settings"][]): string {
  const row = settings.find((r) => r.Key.trim().toLowerCase() === APPROVER_KEY);
  return (row?.Value ?? "").trim();
}

/**
 * Stores the approver's name in Settings (once per workbook; changing it later is allowed and takes effect on
 * the next Audit row).
 * @param port - the workbook.
 * @param name - the name.
 * @throws ValidationError naming the Value when the name is blank.
 */
export async function saveApprover(port: WorkbookPort, name: string): Promise<void> {
  const value = name.trim();
  if (value === "") {
    throw new ValidationError("close.err.approverRequired", {}, [
      { table: "Settings", row: 1, column: "Value", key: "close.err.approverRequired", params: {} },
    ]);
  }
  const { Settings } = await port.readTables(["Settings"]);
  const row = Settings.find((r) => r.Key.trim().toLowerCase() === APPROVER_KEY);
  if (row) await port.updateRows("Settings", [{ ...row, Value: value }]);
  else await port.appendRows("Settings", [{ Key: APPROVER_KEY, Value: value }]);
}
