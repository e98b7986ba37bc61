/**
 * The Close period screen's view of the workbook (pure): which periods and teams to offer, the payouts of a period
 * as cards with their lock check, changes and audit lines in words.
 */
import { parsePeriod, periodOf, type SnapshotCell, type SnapshotChange } from "../../core";
import type { Locale, MessageKey, Translate } from "../../i18n";
import {
  columnSpec,
  enumLabel,
  ID_SEPARATOR,
  isTableKey,
  readSettings,
  sheetNameOf,
  headerOf,
  type PlanRow,
  type TableRows,
} from "../../model";
import { formatDate, formatNumber, formatPercent } from "../../format";
import type { AuditChainCheck } from "../../workbook/audit";
import type { CloseTables, DraftResult, LockCheck, LockResult } from "../../workbook/periodClose";
import { ALL_TEAMS } from "../teams";

/** The team filter value meaning every team. */
export { ALL_TEAMS };

/** The periods to offer, latest first, and the one chosen at first. */
export interface ClosePeriods {
  periods: string[];
  /** The last quarter that has ended by today: the one a supervisor usually closes. */
  initial: string;
}

/**
 * @param tables - Goals, Payouts and Settings rows.
 * @param today - today (Excel serial).
 * @returns the periods that have goals or payouts, plus the last ended quarter, latest first.
 * @example closePeriods(tables, 46157).initial // "2026-Q1" (on 2026-05-15)
 */
export function closePeriods(
  tables: Pick<CloseTables, "Goals" | "Payouts" | "Settings">,
  today: number,
): ClosePeriods {
  const fiscal = readSettings(tables.Settings).settings.fiscalYearStart;
  const current = periodOf("quarter", today, fiscal);
  const initial = periodOf("quarter", current.start - 1, fiscal).text;
  const found = new Map<string, { start: number; end: number }>();
  const add = (text: string | null) => {
    if (!text) return;
    try {
      const p = parsePeriod(text, fiscal);
      found.set(p.text, { start: p.start, end: p.end });
    } catch {
      // A Period typed by hand that is not one is simply not offered (the Goals screen flags it).
    }
  };
  add(initial);
  for (const row of tables.Goals) add(row.Period);
  for (const row of tables.Payouts) add(row.Period);
  const periods = [...found.entries()]
    .sort(([, a], [, b]) => b.start - a.start || b.end - a.end)
    .map(([text]) => text);
  return { periods, initial };
}

/**
 * @param managers - Managers rows.
 * @param locale - sort order.
 * @returns the distinct teams, sorted.
 */
export function closeTeams(managers: readonly TableRows["Managers"][], locale: Locale): string[] {
  const teams = new Set(managers.map((m) => (m.Team ?? "").trim()).filter((t) => t !== ""));
  return [...teams].sort((a, b) => a.localeCompare(b, locale));
}

/** One payout as the screen shows it. */
export interface PayoutCard {
  id: string;
  managerId: string;
  name: string;
  team: string | null;
  planId: string;
  planName: string;
  status: "draft" | "approved" | "locked";
  amount: number | null;
  adjustment: number | null;
  attainment: number | null;
  lockedOn: number | null;
  checksum: string | null;
  /** The lock check of a locked payout. */
  check: LockCheck | null;
}

/** The payouts of a period, and counts by status. */
export interface PeriodPayouts {
  cards: PayoutCard[];
  counts: Record<PayoutCard["status"], number>;
}

/**
 * The payouts of a period (and team) with their lock checks, in Payouts order.
 * @param tables - the rows.
 * @param checks - `verifyLocks(tables)`.
 * @param period - canonical period text.
 * @param team - a Team, or {@link ALL_TEAMS}.
 * @returns cards and counts.
 */
export function periodPayouts(
  tables: CloseTables,
  checks: readonly LockCheck[],
  period: string,
  team: string,
): PeriodPayouts {
  const managers = new Map(tables.Managers.map((m) => [m.ManagerID, m]));
  const plans = new Map(tables.Plans.map((p) => [p.PlanID, p]));
  const byId = new Map(checks.map((c) => [c.payoutId, c]));
  const fiscal = readSettings(tables.Settings).settings.fiscalYearStart;
  const canonical = (text: string) => {
    try {
      return parsePeriod(text, fiscal).text;
    } catch {
      // Unreadable periods match nothing.
      return null;
    }
  };
  const cards: PayoutCard[] = [];
  for (const row of tables.Payouts) {
    if (canonical(row.Period) !== period) continue;
    const manager = managers.get(row.ManagerID);
    if (team !== ALL_TEAMS && (manager?.Team ?? "").trim() !== team) continue;
    cards.push({
      id: row.PayoutID,
      managerId: row.ManagerID,
      name: manager?.Name ?? row.ManagerID,
      team: manager?.Team ?? null,
      planId: row.PlanID,
      planName: plans.get(row.PlanID)?.Name ?? row.PlanID,
      status: row.Status ?? "draft",
      amount: row.Amount,
      adjustment: row.Adjustment,
      attainment: row.Attainment,
      lockedOn: row.LockedOn,
      checksum: row.Checksum,
      check: byId.get(row.PayoutID) ?? null,
    });
  }
  const counts = { draft: 0, approved: 0, locked: 0 };
  for (const card of cards) counts[card.status]++;
  return { cards, counts };
}

/**
 * Lock checks of the period whose payout row is gone (deleted after the lock): shown so the deletion is not lost.
 * @param checks - all lock checks.
 * @param cards - the period's cards.
 * @param period - canonical period text.
 * @returns checks without a card.
 */
export function orphanChecks(
  checks: readonly LockCheck[],
  cards: readonly PayoutCard[],
  period: string,
): LockCheck[] {
  const shown = new Set(cards.map((c) => c.id));
  return checks.filter((c) => c.period === period && !shown.has(c.payoutId));
}

/**
 * @param card - a payout card.
 * @returns the amount paid: Amount plus Adjustment.
 */
export function payable(card: PayoutCard): number {
  return (card.amount ?? 0) + (card.adjustment ?? 0);
}

/**
 * What a change needs to name a curve's rows: the plans reading each curve, and whether its points are amounts
 * (a commission's tiers on credited amounts, no quota) or attainments (every other curve: percentages).
 */
export interface CurveNames {
  /** Curve name → the names of the plans using it, and whether its points are amounts. */
  curves: ReadonlyMap<string, { plans: string[]; amounts: boolean }>;
  /** An amount in the workbook's money format. */
  money: (value: number) => string;
}

/**
 * @param plans - Plans rows.
 * @param money - an amount in the workbook's money format.
 * @returns each curve's plans and the format of its points (as the report's Analysis sheet prints them).
 */
export function curveNames(plans: readonly PlanRow[], money: (value: number) => string): CurveNames {
  const curves = new Map<string, { plans: string[]; amounts: boolean }>();
  for (const plan of plans) {
    const curve = plan.Curve?.trim();
    if (!curve) continue;
    const entry = curves.get(curve) ?? { plans: [], amounts: false };
    entry.plans.push(plan.Name.trim() || plan.PlanID);
    if (plan.Kind === "commission" && plan.Quota === null) entry.amounts = true;
    curves.set(curve, entry);
  }
  return { curves, money };
}

function cellText(table: string, column: string, value: SnapshotCell, t: Translate, locale: Locale): string {
  if (value === null) return t("close.blank");
  const spec = isTableKey(table) ? columnSpec(table, column) : undefined;
  // Enum words read as their label; text a user typed is shown as typed, even when it happens to be an enum word.
  if (typeof value === "string") return spec?.type === "enum" ? enumLabel(value, locale) : value;
  if (typeof value !== "number") return String(value);
  if (spec?.type === "date") return formatDate(value);
  // A curve's values are rates, payout and score shares: percentages.
  if (spec?.type === "fraction" || (table === "Curves" && column === "Value")) return formatPercent(value, 2);
  return formatNumber(value, Number.isInteger(value) ? 0 : 4);
}

/**
 * A row's key in words: a curve's point by the plans using the curve and the point as an amount or a percentage
 * ("Corporate commission · 1,000,000"); any other composite id joined with " · ".
 */
function rowText(change: SnapshotChange, names: CurveNames | undefined): string {
  const parts = change.id.split(ID_SEPARATOR);
  if (change.table !== "Curves" || parts.length !== 2) return parts.join(" · ");
  const [curve, point] = parts;
  const used = names?.curves.get(curve);
  const value = Number(point);
  let bound = point;
  if (point.trim() !== "" && Number.isFinite(value) && names) {
    // A KPI's scoring curve, used by no plan, reads attainments too.
    bound = used?.amounts ? names.money(value) : formatPercent(value, 2);
  }
  return `${used && used.plans.length > 0 ? used.plans.join(", ") : curve} · ${bound}`;
}

/**
 * A change in words: table and column in the user's language, composite ids with " · " (a curve named by its
 * plans), values formatted by the column's type.
 * @param change - one change.
 * @param t - translator.
 * @param locale - the language.
 * @param names - the plans of each curve and the money format ({@link curveNames}); without it a curve and its
 *   points are shown as they are in the sheet.
 * @returns e.g. "Deals D000001 · M001 · Amount: 267,000 → 268,000", "Curves Corporate commission · 1,000,000 ·
 *   Value: 0.3% → 0.5%".
 */
export function changeText(change: SnapshotChange, t: Translate, locale: Locale, names?: CurveNames): string {
  const table = isTableKey(change.table) ? sheetNameOf(change.table, locale) : change.table;
  const id = rowText(change, names);
  if (change.kind === "added") return t("close.change.added", { table, id });
  if (change.kind === "removed") return t("close.change.removed", { table, id });
  const spec = isTableKey(change.table) ? columnSpec(change.table, change.column) : undefined;
  return t("close.change.changed", {
    table,
    id,
    column: spec ? headerOf(spec, locale) : change.column,
    from: cellText(change.table, change.column, change.from, t, locale),
    to: cellText(change.table, change.column, change.to, t, locale),
  });
}

/** One line of the period's audit log. */
export interface AuditLine {
  key: string;
  text: string;
  by: string | null;
  reason: string | null;
}

/**
 * Each payout in words, by PayoutID: the person's name and the plan's ("Ada Lin · Relationship bonus"), so that no
 * line shows an id such as `2026-Q3-M012-COM-SME` where names exist.
 * @param tables - the Payouts, Managers and Plans rows.
 * @returns the words of each payout (an unknown person or plan keeps its id).
 */
export function payoutNames(
  tables: Pick<CloseTables, "Payouts" | "Managers" | "Plans">,
): Map<string, string> {
  const managers = new Map(tables.Managers.map((m) => [m.ManagerID, m.Name]));
  const plans = new Map(tables.Plans.map((p) => [p.PlanID, p.Name]));
  return new Map(
    tables.Payouts.map((row) => [
      row.PayoutID,
      `${managers.get(row.ManagerID) || row.ManagerID} · ${plans.get(row.PlanID) || row.PlanID}`,
    ]),
  );
}

/**
 * The audit log of a period, latest first.
 * @param audit - Audit rows.
 * @param period - canonical period text.
 * @param t - translator.
 * @param locale - the language.
 * @param names - each payout in words ({@link payoutNames}); a payout not in it is named by its id.
 * @returns lines in words.
 */
export function auditLines(
  audit: readonly TableRows["Audit"][],
  period: string,
  t: Translate,
  locale: Locale,
  names: ReadonlyMap<string, string> = new Map(),
): AuditLine[] {
  return audit
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.Period === period)
    .reverse()
    .map(({ row, i }) => ({
      key: `${i}`,
      text: t("close.history.item", {
        date: formatDate(row.Date),
        action: enumLabel(row.Action, locale),
        // Lines about something other than a payout (an import, a reopened review) name their subject.
        id:
          (row.PayoutID !== null ? names.get(row.PayoutID) : undefined) ?? row.PayoutID ?? row.Subject ?? "",
      }),
      by: row.By,
      reason: row.Reason,
    }));
}

/**
 * @param audit - Audit rows.
 * @returns the last name recorded in the log, or "" when none.
 * @example lastActor([{ By: "Lead", … }, { By: null, … }]) // "Lead"
 */
export function lastActor(audit: readonly TableRows["Audit"][]): string {
  for (let i = audit.length - 1; i >= 0; i--) {
    const by = (audit[i].By ?? "").trim();
    if (by !== "") return by;
  }
  return "";
}

/**
 * @param line - one line of the log.
 * @param t - translator.
 * @returns who and why (" · " between), or null when the line names neither.
 * @example auditNote({ by: "Lead", reason: "Typo", … }, t) // "by Lead · Typo"
 */
export function auditNote(line: AuditLine, t: Translate): string | null {
  const parts = [line.by ? t("close.history.by", { by: line.by }) : null, line.reason].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/**
 * @param cards - the period's cards.
 * @param status - a status.
 * @returns the PayoutIDs of the cards in that status: what Approve all (drafts) or Lock all (approved) acts on.
 */
export function idsWithStatus(cards: readonly PayoutCard[], status: PayoutCard["status"]): string[] {
  return cards.filter((c) => c.status === status).map((c) => c.id);
}

/**
 * What Approve all will approve, shown before it does.
 * @param cards - the period's cards.
 * @returns how many drafts, and the total they pay.
 */
export function approvalOf(cards: readonly PayoutCard[]): { count: number; amount: number } {
  const drafts = cards.filter((c) => c.status === "draft");
  return { count: drafts.length, amount: drafts.reduce((sum, card) => sum + payable(card), 0) };
}

/** What a step of the close did, in words. */
export interface CloseOutcome {
  title?: MessageKey;
  text: string;
  /** Lines under the text (the payouts that could not be computed). */
  list?: string[];
}

/**
 * @param result - what `draftPayouts` did.
 * @param t - translator.
 * @param plans - the Plans rows, to name each plan by its name (a plan not in them is named by its id).
 * @returns the counts in words, and one line per payout that could not be computed, with its reason.
 */
export function draftedOutcome(
  result: DraftResult,
  t: Translate,
  plans: readonly Pick<CloseTables["Plans"][number], "PlanID" | "Name">[] = [],
): CloseOutcome {
  const names = new Map(plans.map((p) => [p.PlanID.trim(), (p.Name ?? "").trim()]));
  const { added, updated, kept, removed } = result;
  return {
    title: "close.drafted.title",
    text: t("close.drafted", { added, updated, kept, removed }),
    list: result.notComputed.map((n) =>
      t("close.notComputed.item", {
        name: n.name,
        plan: names.get(n.planId.trim()) || n.planId,
        reason: t(n.reason.key, n.reason.params),
      }),
    ),
  };
}

/**
 * @param result - what `lock` did.
 * @param period - the period locked.
 * @param t - translator.
 * @returns how many were locked, with the period's receipt when there is one.
 */
export function lockedOutcome(result: LockResult, period: string, t: Translate): CloseOutcome {
  const count = Object.keys(result.sums).length;
  const receipt = result.receipts[period];
  return {
    text: receipt ? t("close.locked.receipt", { count, period, receipt }) : t("close.locked", { count }),
  };
}

/**
 * @param chain - the audit chain's check.
 * @param t - translator.
 * @returns what was done to which entry of a broken chain, one sentence per problem.
 */
export function chainProblemsText(chain: AuditChainCheck, t: Translate): string {
  return chain.problems
    .map((p) =>
      t(
        p.kind === "edited"
          ? "close.chain.edited"
          : p.kind === "link"
            ? "close.chain.link"
            : "close.chain.unchained",
        { row: p.row },
      ),
    )
    .join(" ");
}
