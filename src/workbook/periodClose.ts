/**
 * Closing a period: draft the payouts of a period from the period picture's bonus and commission
 * (`buildPeriod`), approve them, lock them with a checksum over the rows that produced them, list any change made
 * to those rows after the lock, and unlock with a recorded reason. Decisions are written up in docs/period-close.md.
 *
 * - **Payout rows.** One Payouts row per person and plan: PayoutID `<period>-<ManagerID>-<PlanID>`; Basis is the
 *   target bonus (bonus plans) or the credited won sales (commission plans); Attainment is the bonus attainment,
 *   or credited ÷ Quota for commission (blank without a quota); Amount the computed payout, as of the period's
 *   last day; Adjustment is the supervisor's, never overwritten by a re-draft.
 * - **What a lock covers.** The payout row itself (Checksum aside: it is the seal) and every row that fed it: the
 *   person's Managers row, the plan, its curve or tier points; for a bonus also the person's goals and actuals of
 *   the period, the KPI definitions and curves they are scored by, the rating scale, and the CRM rows the goals'
 *   KPI sources count (deals, interactions, customers); for commission the person's deals closed in the period.
 *   The scope is recorded at lock time, so a change elsewhere is never reported.
 * - **Where the "from" values live.** The canonical snapshot is kept in the add-in's PayoutLocks table (split in
 *   parts below the cell limit); Payouts.Checksum and PayoutLocks.Checksum hold its SHA-256 (locks made before
 *   SHA-256 hold FNV-1a 64 and are still verified with it). Approvals, locks and unlocks are appended to the
 *   hash-chained Audit table (src/workbook/audit.ts), always with the approver's name.
 * - **Receipt.** The locked payouts of a period, by id and checksum, hash to a lock receipt the approver keeps
 *   outside the workbook: a forger who recomputes every stored checksum and the whole audit chain still changes it.
 * - **Writes.** Each step writes one batch per table; when a later batch fails, the earlier ones are put back, so
 *   a payout is never left locked without its snapshot or its audit line.
 */
import {
  canonicalJson,
  checksumOf,
  diffSnapshots,
  parsePeriod,
  takeSnapshot,
  withinDays,
  KpiError,
  ValidationError,
  type Snapshot,
  type SnapshotChange,
  type SnapshotScope,
} from "../core";
import { readSettings, rowId, type TableKey, type TableRows } from "../model";
import { buildPeriod } from "../domain/period";
import type { ReportTables } from "../domain/input";
import type { Message } from "../domain/types";
import { appendStep, deleteStep, type Step } from "../domain/steps";
import { appendAudit, lockedByLog, verifyAuditChain, type AuditChainCheck, type NewAuditRow } from "./audit";
import { REPORT_TABLES } from "./generateReport";
import { sha256Hex, type HashFn } from "./hash";
import { periodReceipt } from "./receipt";

export { periodReceipt };
import type { WorkbookPort } from "./port";

/** Every table period close reads. */
export const CLOSE_TABLES = [...REPORT_TABLES, "Payouts", "PayoutLocks", "Audit"] as const;

/** A table period close reads. */
export type CloseTableKey = (typeof CLOSE_TABLES)[number];

/** The rows period close works on. */
export type CloseTables = { readonly [K in CloseTableKey]: readonly TableRows[K][] };

type PayoutRow = TableRows["Payouts"];

/** Characters of snapshot text per PayoutLocks row (a cell holds at most 32,767). */
export const SNAPSHOT_PART = 30000;

/** Version of the snapshot document; a later format would bump it and keep reading this one. */
const SNAPSHOT_VERSION = 1;

/**
 * @param period - canonical period text.
 * @param managerId - the person.
 * @param planId - the plan.
 * @returns the payout's id.
 * @example payoutIdOf("2026-Q1", "M001", "BON-A") // "2026-Q1-M001-BON-A"
 */
export function payoutIdOf(period: string, managerId: string, planId: string): string {
  return `${period}-${managerId}-${planId}`;
}

/** A payout the report could not compute, and why (a catalogue message). */
export interface PayoutNotComputed {
  managerId: string;
  name: string;
  planId: string;
  reason: Message;
}

/** What {@link computePayouts} gives. */
export interface ComputedPayouts {
  /** The period in canonical form. */
  period: string;
  /** Draft rows, one per person and plan (Adjustment blank, Status draft). */
  rows: PayoutRow[];
  notComputed: PayoutNotComputed[];
}

/**
 * Computes the payouts of a period from the report (pure): bonus and commission per person, as of the period's
 * last day, the whole team.
 * @param tables - the workbook's rows.
 * @param period - the period text (`2026-Q1`, …).
 * @returns draft Payouts rows and the payouts that could not be computed.
 * @throws KpiError when the period cannot be read.
 * @example computePayouts(tables, "2026-Q1").rows[0].Status // "draft"
 */
export function computePayouts(tables: CloseTables, period: string): ComputedPayouts {
  const fiscal = readSettings(tables.Settings).settings.fiscalYearStart;
  const p = parsePeriod(period, fiscal);
  const model = buildPeriod({
    tables: tables as ReportTables,
    period: p.text,
    asOf: p.end,
    locale: "en-US",
  });
  const rows: PayoutRow[] = [];
  const notComputed: PayoutNotComputed[] = [];
  for (const person of model.people) {
    const draft = (planId: string, basis: number | null, attainment: number | null, amount: number) =>
      rows.push({
        PayoutID: payoutIdOf(p.text, person.id, planId),
        ManagerID: person.id,
        Period: p.text,
        PlanID: planId,
        Basis: basis,
        Attainment: attainment === null ? null : Math.max(0, attainment),
        Amount: amount,
        Adjustment: null,
        Status: "draft",
        LockedOn: null,
        Checksum: null,
      });
    const { bonus, commission } = person;
    if (bonus) {
      if (bonus.amount === null) {
        // A held bonus (gate cannot be evaluated) is not drafted: it says why, like one that was not computed.
        const reason: Message =
          bonus.error ??
          (bonus.held
            ? { key: "report.held.why", params: { kpi: bonus.gate?.kpiName ?? "—" } }
            : {
                key: "report.payout.planIncomplete",
                params: { plan: bonus.planName.trim() || bonus.planId },
              });
        notComputed.push({ managerId: person.id, name: person.name, planId: bonus.planId, reason });
      } else draft(bonus.planId, bonus.targetBonus, bonus.attainment, bonus.amount);
    }
    if (commission) {
      if (commission.amount === null) {
        const reason: Message = commission.error ?? {
          key: "report.payout.planIncomplete",
          params: { plan: commission.planName.trim() || commission.planId },
        };
        notComputed.push({ managerId: person.id, name: person.name, planId: commission.planId, reason });
      } else {
        const quota = commission.quota;
        const attainment = quota !== null && quota > 0 ? commission.credited / quota : null;
        draft(commission.planId, commission.credited, attainment, commission.amount);
      }
    }
  }
  return { period: p.text, rows, notComputed };
}

/** What the lock of one payout covers: recorded with the snapshot so verification looks at the same rows. */
export interface LockScope {
  payoutId: string;
  person: string;
  period: string;
  start: number;
  end: number;
  fiscalYearStart: number;
  plan: string;
  kind: "bonus" | "commission";
  /** KPIs whose definitions fed the payout (the person's goals, basis and gate KPIs). */
  kpis: string[];
  /** Curve and tier tables that fed the payout. */
  curves: string[];
  /** CRM tables the goals' KPI sources count. */
  crm: ("Deals" | "Interactions" | "Customers")[];
}

/** The snapshot document stored for a locked payout; its checksum is the payout's Checksum. */
export interface LockDocument {
  v: number;
  scope: LockScope;
  rows: Snapshot;
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? "" : String(value).trim();
const same = (a: string | number | null | undefined, b: string) => text(a).toLowerCase() === b.toLowerCase();

/** Whether a Period cell names the period (in whatever spelling the reader accepts). */
function inPeriod(value: string | null, scope: LockScope): boolean {
  if (value === null) return false;
  if (value === scope.period) return true;
  try {
    return parsePeriod(value, scope.fiscalYearStart).text === scope.period;
  } catch {
    // A Period that is not a period belongs to no period.
    return false;
  }
}

/** By calendar day, as the report counts: a deal closed 14:24 on the period's last day is in the lock. */
const between = (date: number | null, scope: LockScope) => withinDays(date, scope);

/**
 * The rows a lock covers, per table, as snapshot scopes.
 * @param scope - the lock's recorded scope.
 * @returns one scope per table the payout depends on.
 */
export function lockScopes(scope: LockScope): {
  [K in CloseTableKey]?: SnapshotScope<TableRows[K]>;
} {
  const byId =
    <K extends TableKey>(key: K) =>
    (row: TableRows[K]) =>
      rowId(key, row) ?? "";
  const person = (row: { ManagerID: string | null }) => same(row.ManagerID, scope.person);
  const scopes: { [K in CloseTableKey]?: SnapshotScope<TableRows[K]> } = {
    Payouts: { id: byId("Payouts"), include: (r) => same(r.PayoutID, scope.payoutId) },
    Managers: { id: byId("Managers"), include: person },
    Plans: { id: byId("Plans"), include: (r) => same(r.PlanID, scope.plan) },
    Curves: { id: byId("Curves"), include: (r) => scope.curves.some((c) => same(r.Curve, c)) },
  };
  if (scope.kind === "bonus") {
    scopes.Goals = { id: byId("Goals"), include: (r) => person(r) && inPeriod(r.Period, scope) };
    scopes.Actuals = { id: byId("Actuals"), include: (r) => person(r) && inPeriod(r.Period, scope) };
    scopes.KPIs = { id: byId("KPIs"), include: (r) => scope.kpis.some((k) => same(r.KPI, k)) };
    scopes.Ratings = { id: byId("Ratings"), include: () => true };
  }
  if (scope.kind === "commission" || scope.crm.includes("Deals")) {
    scopes.Deals = { id: byId("Deals"), include: (r) => person(r) && between(r.CloseDate, scope) };
  }
  if (scope.crm.includes("Interactions")) {
    scopes.Interactions = { id: byId("Interactions"), include: (r) => person(r) && between(r.Date, scope) };
  }
  if (scope.crm.includes("Customers")) scopes.Customers = { id: byId("Customers"), include: person };
  return scopes;
}

/** Payouts rows as a lock sees them: the Checksum is the seal, not part of what is sealed. */
function sealable(tables: CloseTables): CloseTables {
  return { ...tables, Payouts: tables.Payouts.map((r) => ({ ...r, Checksum: null })) };
}

/**
 * The snapshot of the rows a lock covers, as they are in `tables`.
 * @param tables - the workbook's rows.
 * @param scope - the lock's scope.
 * @returns the snapshot.
 */
export function snapshotFor(tables: CloseTables, scope: LockScope): Snapshot {
  return takeSnapshot(
    sealable(tables) as Record<CloseTableKey, readonly object[]>,
    lockScopes(scope) as never,
  );
}

/**
 * The scope of a payout's lock: which KPIs, curves and CRM tables fed it.
 * @param tables - the workbook's rows.
 * @param payout - the payout row.
 * @returns the scope to record.
 * @throws KpiError when the plan or the period cannot be found.
 */
export function scopeOf(tables: CloseTables, payout: PayoutRow): LockScope {
  const fiscal = readSettings(tables.Settings).settings.fiscalYearStart;
  const period = parsePeriod(payout.Period, fiscal);
  const plan = tables.Plans.find((r) => same(r.PlanID, payout.PlanID));
  if (!plan) throw new KpiError("na", "close.err.planMissing", { plan: payout.PlanID, id: payout.PayoutID });
  const kind = plan.Kind;
  const base: LockScope = {
    payoutId: payout.PayoutID,
    person: payout.ManagerID,
    period: period.text,
    start: period.start,
    end: period.end,
    fiscalYearStart: fiscal,
    plan: plan.PlanID,
    kind,
    kpis: [],
    curves: plan.Curve ? [text(plan.Curve)] : [],
    crm: [],
  };
  if (kind === "commission") return base;
  const goals = tables.Goals.filter((g) => same(g.ManagerID, base.person) && inPeriod(g.Period, base));
  const kpis = new Set<string>(goals.map((g) => text(g.KPI)));
  for (const extra of [plan.BasisKPI, plan.GateKPI]) if (text(extra) !== "") kpis.add(text(extra));
  const curves = new Set(base.curves);
  const crm = new Set<LockScope["crm"][number]>(plan.Basis === "deals" ? ["Deals"] : []);
  for (const kpi of tables.KPIs) {
    if (![...kpis].some((k) => same(kpi.KPI, k))) continue;
    if (kpi.Scoring === "curve" && text(kpi.Curve) !== "") curves.add(text(kpi.Curve));
    if (kpi.Source?.startsWith("deals.")) crm.add("Deals");
    if (kpi.Source?.startsWith("interactions.")) crm.add("Interactions");
    if (kpi.Source === "customers.new") crm.add("Customers");
  }
  return { ...base, kpis: [...kpis].sort(), curves: [...curves].sort(), crm: [...crm].sort() };
}

/**
 * Snapshot text safe in a cell: canonical JSON with every whitespace character escaped (`\u0020`), so that
 * reading a cell back (which trims text) cannot change it, then cut into parts of {@link SNAPSHOT_PART}.
 * @param doc - the lock document.
 * @returns the parts, in order.
 */
export function snapshotParts(doc: LockDocument): string[] {
  const json = canonicalJson(doc).replace(
    /\s/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += SNAPSHOT_PART) parts.push(json.slice(i, i + SNAPSHOT_PART));
  return parts;
}

/** How a locked payout compares with the workbook now. */
export type LockState =
  /** Nothing the lock covers has changed. */
  | "unchanged"
  /** Rows the lock covers were edited, added or removed: see `changes`. */
  | "changed"
  /** The lock's own record was edited or lost: the "from" values cannot be trusted. */
  | "damaged"
  /**
   * The audit log's last word on the payout is a lock, but the Payouts table no longer says locked (its Status
   * typed back, its lock record deleted): unlocked by hand, outside KPI Desk.
   */
  | "unlockedOutside";

/** The verification of one locked payout. */
export interface LockCheck {
  payoutId: string;
  managerId: string;
  period: string;
  planId: string;
  lockedOn: number | null;
  checksum: string;
  state: LockState;
  /** What changed since the lock, table by table (empty unless `changed`). */
  changes: SnapshotChange[];
}

function readDocument(parts: readonly TableRows["PayoutLocks"][]): LockDocument | null {
  try {
    const doc = JSON.parse(parts.map((p) => p.Snapshot).join("")) as LockDocument;
    return doc && doc.v === SNAPSHOT_VERSION && doc.scope && doc.rows ? doc : null;
  } catch {
    // Text that no longer parses is a damaged lock record, reported as such by the caller.
    return null;
  }
}

/**
 * The hash a stored lock was sealed with: SHA-256 (64 hex digits) or, for a lock made before KPI Desk used
 * SHA-256, FNV-1a 64 (16 hex digits).
 */
async function sealOf(doc: LockDocument, sealed: string, hash: HashFn): Promise<string> {
  return /^[0-9a-f]{16}$/.test(sealed) ? checksumOf(doc) : hash(canonicalJson(doc));
}

/**
 * Compares every locked payout with the workbook: payouts with a lock record, payouts whose Status says locked
 * without one (a record deleted, or a status typed by hand — both reported as damaged), and payouts the audit log
 * says are locked while the Payouts table says they are not (unlocked outside KPI Desk).
 * @param tables - the workbook's rows.
 * @param hash - the digest (SHA-256 by default).
 * @returns one check per locked payout, in Payouts order (records without a payout row, then payouts unlocked
 *   outside KPI Desk, last).
 */
export async function verifyLocks(tables: CloseTables, hash: HashFn = sha256Hex): Promise<LockCheck[]> {
  const records = new Map<string, TableRows["PayoutLocks"][]>();
  for (const part of tables.PayoutLocks) {
    const id = text(part.PayoutID);
    records.set(id, [...(records.get(id) ?? []), part]);
  }
  const ids = [
    ...tables.Payouts.filter((p) => p.Status === "locked" || records.has(text(p.PayoutID))).map((p) =>
      text(p.PayoutID),
    ),
    ...[...records.keys()].filter((id) => !tables.Payouts.some((p) => text(p.PayoutID) === id)),
  ];
  const checks = await Promise.all(
    [...new Set(ids)].map(async (id): Promise<LockCheck> => {
      const payout = tables.Payouts.find((p) => text(p.PayoutID) === id) ?? null;
      const parts = [...(records.get(id) ?? [])].sort((a, b) => a.Part - b.Part);
      const doc = parts.length > 0 ? readDocument(parts) : null;
      const sealed = parts[0]?.Checksum ?? "";
      const check: LockCheck = {
        payoutId: id,
        managerId: payout?.ManagerID ?? doc?.scope.person ?? "",
        period: payout?.Period ?? doc?.scope.period ?? "",
        planId: payout?.PlanID ?? doc?.scope.plan ?? "",
        lockedOn: parts[0]?.LockedOn ?? payout?.LockedOn ?? null,
        checksum: sealed,
        state: "damaged",
        changes: [],
      };
      const intact =
        doc !== null &&
        parts.every((p, i) => p.Part === i + 1 && p.Checksum === sealed) &&
        (await sealOf(doc, sealed, hash)) === sealed;
      if (!intact) return check;
      const changes = diffSnapshots(doc.rows, snapshotFor(tables, doc.scope));
      if (payout && text(payout.Checksum) !== sealed) {
        changes.push({
          kind: "changed",
          table: "Payouts",
          id,
          column: "Checksum",
          from: sealed,
          to: payout.Checksum,
        });
      }
      return { ...check, state: changes.length === 0 ? "unchanged" : "changed", changes };
    }),
  );
  const seen = new Set(checks.map((c) => c.payoutId));
  for (const [id, locked] of lockedByLog(tables.Audit)) {
    if (!locked || seen.has(id)) continue;
    const payout = tables.Payouts.find((p) => text(p.PayoutID) === id);
    const logged = tables.Audit.find((a) => text(a.PayoutID) === id);
    checks.push({
      payoutId: id,
      managerId: payout?.ManagerID ?? "",
      period: payout?.Period ?? logged?.Period ?? "",
      planId: payout?.PlanID ?? "",
      lockedOn: null,
      checksum: "",
      state: "unlockedOutside",
      changes: [],
    });
  }
  return checks;
}

/** Who did it and when, for the Audit table. */
export interface Actor {
  /** The day (Excel serial). */
  date: number;
  /** The approver's name: required (every Audit row is named). */
  by: string;
}

/** The name of the actor, or a refusal naming what is missing (before anything is written). */
function nameOf(actor: Actor): string {
  const by = text(actor.by);
  if (by === "") {
    throw new ValidationError("close.err.approverRequired", {}, [
      { table: "Audit", row: 1, column: "By", key: "close.err.approverRequired", params: {} },
    ]);
  }
  return by;
}

/** What {@link draftPayouts} did. */
export interface DraftResult extends ComputedPayouts {
  added: number;
  updated: number;
  /** Approved or locked payouts left as they were. */
  kept: number;
  /** Drafts of the period the report no longer computes (their plan ended, the person left). */
  removed: number;
}

async function readAll(port: WorkbookPort): Promise<CloseTables> {
  return port.readTables(CLOSE_TABLES);
}

/**
 * Runs writes in order; when one fails, runs the undo of every earlier one (latest first) and re-throws.
 * @param steps - each write with its undo.
 */
async function inOrder(steps: readonly Step[]): Promise<void> {
  const done: (() => Promise<void>)[] = [];
  try {
    for (const step of steps) {
      await step.run();
      done.unshift(step.undo);
    }
  } catch (error) {
    for (const undo of done) await undo();
    throw error;
  }
}

/**
 * Drafts (or re-drafts) the payouts of a period: new payouts are added as drafts, existing drafts get the new
 * figures (their Adjustment kept), approved and locked payouts are left alone, and drafts no longer computed are
 * removed.
 * @param port - the workbook.
 * @param period - the period text.
 * @returns counts and the payouts that could not be computed.
 * @throws KpiError or ValidationError from reading, the period or the port (nothing written then).
 * @example await draftPayouts(port, "2026-Q1")
 */
export async function draftPayouts(port: WorkbookPort, period: string): Promise<DraftResult> {
  const tables = await readAll(port);
  const computed = computePayouts(tables, period);
  const existing = new Map(tables.Payouts.map((r) => [text(r.PayoutID), r]));
  const add: PayoutRow[] = [];
  const update: PayoutRow[] = [];
  let kept = 0;
  for (const row of computed.rows) {
    const old = existing.get(row.PayoutID);
    if (!old) add.push(row);
    else if (old.Status === "approved" || old.Status === "locked") kept++;
    else update.push({ ...row, Adjustment: old.Adjustment });
  }
  const fresh = new Set(computed.rows.map((r) => r.PayoutID));
  const stale = tables.Payouts.filter(
    (r) => (r.Status ?? "draft") === "draft" && r.Period === computed.period && !fresh.has(text(r.PayoutID)),
  );
  const before = tables.Payouts.filter((r) => update.some((u) => u.PayoutID === text(r.PayoutID)));
  const steps: Step[] = [];
  if (update.length > 0) {
    steps.push({
      // With the rows as read: an edit made in the sheet meanwhile is kept or refused, never overwritten.
      run: () => port.updateRows("Payouts", update, before),
      undo: () => port.updateRows("Payouts", before, update),
    });
  }
  if (stale.length > 0) steps.push(deleteStep(port, "Payouts", stale));
  if (add.length > 0) steps.push(appendStep(port, "Payouts", add));
  await inOrder(steps);
  return { ...computed, added: add.length, updated: update.length, kept, removed: stale.length };
}

/** Finds payouts by id and checks their status. */
function pick(tables: CloseTables, ids: readonly string[], status: "draft" | "approved" | "locked") {
  return ids.map((id) => {
    const row = tables.Payouts.find((r) => text(r.PayoutID) === id);
    if (!row) throw new KpiError("na", "close.err.notFound", { id });
    if ((row.Status ?? "draft") !== status) {
      // Status words in English here; the pane shows the message in the user's language from the same key.
      throw new KpiError("value", "close.err.status", {
        id,
        status: row.Status ?? "draft",
        expected: status,
      });
    }
    return row;
  });
}

const auditRow = (
  action: "approve" | "lock" | "unlock",
  row: PayoutRow,
  actor: Actor,
  reason: string | null = null,
): NewAuditRow => ({
  Date: Math.floor(actor.date),
  Action: action,
  PayoutID: row.PayoutID,
  Period: row.Period,
  By: nameOf(actor),
  Reason: reason,
});

/**
 * The audit rows appended by one call, chained; undone by nothing (the log is append-only) — so they are written
 * last.
 */
/**
 * Writes changed payouts against the rows read (an edit made in the sheet since is refused); undone by writing the
 * rows read back.
 */
function payoutsStep(port: WorkbookPort, changed: PayoutRow[], read: PayoutRow[]): Step {
  return {
    run: () => port.updateRows("Payouts", changed, read),
    undo: () => port.updateRows("Payouts", read),
  };
}

/** Logs audit lines: the last step, so it has nothing to undo. */
function auditStep(port: WorkbookPort, rows: NewAuditRow[]): Step {
  return {
    run: async () => {
      await appendAudit(port, rows);
    },
    undo: async () => {},
  };
}

/**
 * Approves draft payouts.
 * @param port - the workbook.
 * @param ids - PayoutIDs of drafts.
 * @param actor - the day and, optionally, who.
 * @returns the number approved.
 * @throws KpiError when an id is unknown or not a draft (nothing written).
 */
export async function approve(port: WorkbookPort, ids: readonly string[], actor: Actor): Promise<number> {
  nameOf(actor);
  const tables = await readAll(port);
  const rows = pick(tables, ids, "draft");
  if (rows.length === 0) return 0;
  await inOrder([
    payoutsStep(
      port,
      rows.map((r) => ({ ...r, Status: "approved" as const })),
      rows,
    ),
    auditStep(
      port,
      rows.map((r) => auditRow("approve", r, actor)),
    ),
  ]);
  return rows.length;
}

/** What {@link lock} did. */
export interface LockResult {
  /** The SHA-256 checksums, by PayoutID. */
  sums: Record<string, string>;
  /**
   * The lock receipt of each period touched, after the lock ({@link periodReceipt}): for the approver to keep
   * outside the workbook.
   */
  receipts: Record<string, string>;
}

/**
 * Locks approved payouts: records the snapshot of everything each one was computed from in PayoutLocks, seals
 * the payout with the snapshot's SHA-256, and logs the lock in the audit chain.
 * @param port - the workbook.
 * @param ids - PayoutIDs of approved payouts.
 * @param actor - the day (LockedOn) and who (required).
 * @param hash - the digest (SHA-256 by default).
 * @returns the checksums and the receipts of the periods locked.
 * @throws KpiError when an id is unknown, not approved, or its plan is missing; ValidationError without a name
 *   (nothing written).
 */
export async function lock(
  port: WorkbookPort,
  ids: readonly string[],
  actor: Actor,
  hash: HashFn = sha256Hex,
): Promise<LockResult> {
  nameOf(actor);
  const tables = await readAll(port);
  const rows = pick(tables, ids, "approved");
  const day = Math.floor(actor.date);
  const locked = rows.map((r) => ({ ...r, Status: "locked" as const, LockedOn: day, Checksum: null }));
  // The snapshot sees the payout as it will be (locked, dated); the checksum then seals it.
  const after: CloseTables = {
    ...tables,
    Payouts: tables.Payouts.map((r) => locked.find((l) => l.PayoutID === r.PayoutID) ?? r),
  };
  const sums: Record<string, string> = {};
  const parts: TableRows["PayoutLocks"][] = [];
  for (const row of locked) {
    const scope = scopeOf(after, row);
    const doc: LockDocument = { v: SNAPSHOT_VERSION, scope, rows: snapshotFor(after, scope) };
    const sum = await hash(canonicalJson(doc));
    sums[row.PayoutID] = sum;
    snapshotParts(doc).forEach((Snapshot, i) =>
      parts.push({ PayoutID: row.PayoutID, Part: i + 1, LockedOn: day, Checksum: sum, Snapshot }),
    );
  }
  if (rows.length === 0) return { sums, receipts: {} };
  // Parts left by a payout deleted and drafted again under the same id are replaced, not mixed in.
  const leftovers = tables.PayoutLocks.filter((p) => sums[text(p.PayoutID)] !== undefined);
  const partId = (p: TableRows["PayoutLocks"]) => rowId("PayoutLocks", p) as string;
  const steps: Step[] = [];
  if (leftovers.length > 0) steps.push(deleteStep(port, "PayoutLocks", leftovers));
  steps.push(
    {
      run: () => port.appendRows("PayoutLocks", parts),
      undo: () => port.deleteRows("PayoutLocks", parts.map(partId), parts),
    },
    payoutsStep(
      port,
      locked.map((r) => ({ ...r, Checksum: sums[r.PayoutID] })),
      rows,
    ),
    auditStep(
      port,
      rows.map((r) => auditRow("lock", r, actor)),
    ),
  );
  await inOrder(steps);
  const fiscal = readSettings(tables.Settings).settings.fiscalYearStart;
  const sealedPayouts = after.Payouts.map((r) =>
    sums[r.PayoutID] !== undefined ? { ...r, Checksum: sums[r.PayoutID] } : r,
  );
  const receipts: Record<string, string> = {};
  for (const period of new Set(locked.map((r) => parsePeriod(r.Period, fiscal).text))) {
    const receipt = await periodReceipt(sealedPayouts, period, fiscal, hash);
    if (receipt) receipts[period] = receipt;
  }
  return { sums, receipts };
}

/**
 * Every locked payout compared with the workbook now.
 * @param port - the workbook.
 * @returns one check per locked payout.
 * @throws KpiError or ValidationError from reading.
 */
export async function verify(port: WorkbookPort): Promise<LockCheck[]> {
  return verifyLocks(await readAll(port));
}

/** The locks, the audit chain and a period's receipt, checked on rows read (what the Close screen shows). */
export interface CloseCheck {
  /** One check per locked payout. */
  checks: LockCheck[];
  chain: AuditChainCheck;
  /** The period's lock receipt, or null when no period is chosen. */
  receipt: string | null;
}

/**
 * Checks every lock, the audit chain and the receipt of a period, all on the same rows.
 * @param tables - the rows read.
 * @param period - canonical period text, or "" for none.
 * @returns the checks.
 * @throws KpiError when Settings cannot be read.
 */
export async function checkClose(tables: CloseTables, period: string): Promise<CloseCheck> {
  const fiscal = readSettings(tables.Settings).settings.fiscalYearStart;
  const [checks, chain, receipt] = await Promise.all([
    verifyLocks(tables),
    verifyAuditChain(tables.Audit),
    period === "" ? Promise.resolve(null) : periodReceipt(tables.Payouts, period, fiscal),
  ]);
  return { checks, chain, receipt };
}

/**
 * Unlocks a locked payout: back to approved, its lock record removed, the reason logged. A reason is required —
 * an unlock without one would make the lock meaningless.
 * @param port - the workbook.
 * @param id - the PayoutID.
 * @param reason - why (required).
 * @param actor - the day and, optionally, who.
 * @throws ValidationError naming the Reason when it is blank; KpiError when the payout is unknown or not locked.
 */
export async function unlock(port: WorkbookPort, id: string, reason: string, actor: Actor): Promise<void> {
  const why = reason.trim();
  if (why === "") {
    throw new ValidationError("close.err.reasonRequired", {}, [
      { table: "Audit", row: 1, column: "Reason", key: "close.err.reasonRequired", params: {} },
    ]);
  }
  nameOf(actor);
  const tables = await readAll(port);
  const [row] = pick(tables, [id], "locked");
  const parts = tables.PayoutLocks.filter((p) => text(p.PayoutID) === text(id));
  const steps = [
    payoutsStep(port, [{ ...row, Status: "approved" as const, LockedOn: null, Checksum: null }], [row]),
  ];
  if (parts.length > 0) steps.push(deleteStep(port, "PayoutLocks", parts));
  steps.push(auditStep(port, [auditRow("unlock", row, actor, why)]));
  await inOrder(steps);
}
