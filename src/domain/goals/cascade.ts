/**
 * Cascading a team goal into individual goals, pure.
 *
 * Decisions where the spec is silent:
 * - Members are the people of the team (Managers Team) still on the team when the period starts (no LeaveDate
 *   before its first day).
 * - Equal split: total ÷ members. Proportional split: total × (the person's last-period actual ÷ the team's), with
 *   the last-period actual found the way the goal form finds it (entered, or derived from the CRM tables). It needs
 *   an actual for everyone and a positive sum; otherwise the dialog says whom it is missing for and suggests the
 *   equal split, rather than silently giving someone a target of 0.
 * - Shares are rounded to 2 decimals by the largest-remainder method, so that the individual targets add up to
 *   the team target and an equal split differs by at most 0.01 between people.
 * - Rates ("%" unit, or the deals.winrate source) do not add up across people: each member gets the team target.
 * - There is no Goals row for the team itself (a Goals row belongs to one ManagerID, and a team's supervisor need
 *   not be on the Managers table): ParentGoal carries the team goal's key `<team>/<period>/<KPI>`, the same for
 *   every goal of the cascade, so the individual goals can be found and summed in the sheet.
 * - A member who already has a (not cancelled) goal on the KPI in the period blocks the cascade: the dialog names
 *   them, so a goal is never doubled.
 * - The new goals are drafts, due on the period's last day, with the weight given in the dialog.
 * - Each goal's text is the team's text with the team target replaced by the person's own (./goalText.ts); a text
 *   that does not spell the team target gets the person's target in brackets. A member's goal never carries the
 *   team total.
 * - A member whose weights in the period would pass 100% with the new goal is named in a warning before anything
 *   is written (not a refusal: the weight bar and "Activate goals" hold the 100% rule).
 * - When a proportional split cannot be made, the preview shows what the equal split would give (rather than no
 *   targets at all) and the dialog offers to switch to it.
 */
import type { GoalRow, ManagerRow } from "../../model";
import { idOf } from "../input";
import type { FieldErrors } from "./goalForm";
import { nextIds } from "../fields";
import {
  WEIGHT_TOLERANCE,
  formatFigure,
  isPercentUnit,
  parseNumberText,
  storedFigure,
  weightTotal,
} from "./figures";
import { personalText } from "./goalText";
import { goalsOf, type GoalsBook } from "./goalsBook";

/** How a team target is split. */
export type SplitMethod = "equal" | "proportional";

/** The cascade dialog's fields, as typed. */
export interface CascadeDraft {
  team: string;
  kpi: string;
  period: string;
  total: string;
  description: string;
  /** Percent, as typed. */
  weight: string;
  method: SplitMethod;
}

/** A field of the cascade dialog. */
export type CascadeField = keyof CascadeDraft;

/** One member's share. */
export interface CascadeShare {
  id: string;
  name: string;
  /** Last period's actual (null when none). */
  last: number | null;
  /**
   * The individual target; null until the team target and the split can be read. While a proportional split
   * cannot be made (`CascadeReview.equalInstead`), the equal split's target.
   */
  target: number | null;
  /** The person's weight total in the period with the new goal (a fraction); null until the weight reads. */
  weightAfter: number | null;
}

/** The dialog's verdict. */
export interface CascadeReview {
  errors: FieldErrors<CascadeField>;
  /** The period before the chosen one, whose actuals a proportional split uses; null when the period is unreadable. */
  priorPeriod: string | null;
  /** True when the KPI is a rate and every member gets the team target. */
  rate: boolean;
  shares: CascadeShare[];
  /** True when a proportional split cannot be made: the shares then show the equal split, which is offered. */
  equalInstead: boolean;
  /** Members whose weights in the period would pass 100% with the new goal (a warning, not an error). */
  over: { name: string; total: number }[];
  /** The goals to append; empty while any field is in error. */
  rows: GoalRow[];
}

/** Decimals individual targets are rounded to (in the unit as typed). */
export const SHARE_DECIMALS = 2;

/**
 * Splits a total into shares proportional to `parts` (equal when `parts` is null), rounded to `decimals` by the
 * largest-remainder method: every share is rounded down, then the units left over go one each to the shares that
 * lost the most — so the shares add up to the (rounded) total and none is negative.
 * @param total - the team target (≥ 0).
 * @param count - number of members.
 * @param parts - each member's basis (same length as count, sum > 0), or null for an equal split.
 * @param decimals - decimals to round to.
 * @returns the shares, in member order.
 * @example splitTotal(100, 3, null) // [33.34, 33.33, 33.33]
 */
export function splitTotal(
  total: number,
  count: number,
  parts: readonly number[] | null,
  decimals = SHARE_DECIMALS,
): number[] {
  if (count <= 0) return [];
  const factor = 10 ** decimals;
  const units = Math.round(total * factor);
  const basis = Array.from({ length: count }, (_, i) => (parts ? parts[i] : 1));
  const sum = basis.reduce((s, p) => s + p, 0);
  const raw = basis.map((p) => (units * p) / sum);
  // The epsilon keeps 3333.9999999 (binary noise for an exact 3334) from being rounded down.
  const floors = raw.map((x) => Math.floor(x + 1e-9));
  let left = units - floors.reduce((s, x) => s + x, 0);
  const byLoss = raw.map((x, i) => ({ i, loss: x - floors[i] })).sort((a, b) => b.loss - a.loss || a.i - b.i);
  for (const { i } of byLoss) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors.map((x) => x / factor);
}

/**
 * @param managers - Managers rows.
 * @param team - a team name.
 * @param periodStart - the period's first day.
 * @returns the team's members on the team when the period starts, in table order.
 */
export function teamMembers(
  managers: readonly ManagerRow[],
  team: string,
  periodStart: number,
): { id: string; name: string }[] {
  const seen = new Set<string>();
  const members: { id: string; name: string }[] = [];
  for (const m of managers) {
    const id = idOf(m.ManagerID);
    if (id === null || seen.has(id) || idOf(m.Team) !== team) continue;
    if (m.LeaveDate !== null && m.LeaveDate < periodStart) continue;
    seen.add(id);
    members.push({ id, name: m.Name });
  }
  return members;
}

/**
 * Reads the cascade dialog.
 * @param draft - the fields as typed.
 * @param book - the workbook's goals, KPIs and actuals.
 * @returns shares for the preview, field messages, and the goals to append when all is well.
 */
export function reviewCascade(draft: CascadeDraft, book: GoalsBook): CascadeReview {
  const errors: FieldErrors<CascadeField> = {};
  const team = draft.team.trim();
  const kpiCode = draft.kpi.trim();
  const kpi = kpiCode === "" ? undefined : book.kpis.get(kpiCode);
  const unit = kpi?.Unit ?? null;
  const rate = isPercentUnit(unit) || kpi?.Source === "deals.winrate";

  if (team === "") errors.team = { key: "goals.err.teamRequired" };
  if (kpiCode === "") errors.kpi = { key: "goals.err.kpiRequired" };
  if (draft.description.trim() === "") errors.description = { key: "goals.err.descriptionRequired" };

  const period = book.period(draft.period);
  if (draft.period.trim() === "") errors.period = { key: "goals.err.periodRequired" };
  else if (!period) errors.period = { key: "goals.err.periodInvalid", params: { text: draft.period.trim() } };

  const totalTyped = parseNumberText(draft.total);
  let total: number | null = null;
  if (totalTyped === null) errors.total = { key: "goals.err.totalRequired" };
  else if (totalTyped === "invalid")
    errors.total = { key: "goals.err.totalNotNumber", params: { text: draft.total } };
  else if (totalTyped < 0) errors.total = { key: "goals.err.totalNegative" };
  else total = totalTyped;

  const weightTyped = parseNumberText(draft.weight);
  let weight: number | null = null;
  if (weightTyped === null) errors.weight = { key: "goals.err.weightRequired" };
  else if (weightTyped === "invalid")
    errors.weight = { key: "goals.err.weightNotNumber", params: { text: draft.weight } };
  else if (weightTyped <= 0 || weightTyped > 100) errors.weight = { key: "goals.err.weightRange" };
  else weight = weightTyped / 100;

  let priorPeriod: string | null = null;
  let shares: CascadeShare[] = [];
  let equalInstead = false;
  if (period && team !== "") {
    const members = teamMembers(book.tables.Managers, team, period.start);
    if (members.length === 0)
      errors.team = { key: "goals.err.teamEmpty", params: { team, period: period.text } };
    shares = members.map((m) => {
      const last = kpiCode === "" ? null : book.lastComparable(m.id, kpiCode, period.text);
      priorPeriod = last?.period ?? priorPeriod;
      const before = weightTotal(goalsOf(book.tables.Goals, m.id, period.text, book));
      return {
        ...m,
        last: last?.value ?? null,
        target: null,
        weightAfter: weight === null ? null : before + weight,
      };
    });

    if (kpiCode !== "") {
      const taken = new Set(
        book.tables.Goals.filter(
          (g) =>
            g.Status !== "cancelled" &&
            g.KPI.trim() === kpiCode &&
            book.period(g.Period)?.text === period.text,
        ).map((g) => (g.ManagerID ?? "").trim()),
      );
      const doubled = shares.filter((s) => taken.has(s.id)).map((s) => s.name);
      if (doubled.length > 0) {
        errors.kpi = {
          key: "goals.err.duplicate",
          params: {
            names: doubled.join(", "),
            count: doubled.length,
            kpi: kpi?.Name.trim() || kpiCode,
            period: period.text,
          },
        };
      }
    }

    if (total !== null && shares.length > 0) {
      let parts: number[] | null = null;
      if (draft.method === "proportional" && !rate && kpiCode !== "") {
        const missing = shares.filter((s) => s.last === null).map((s) => s.name);
        const sum = shares.reduce((s, m) => s + (m.last ?? 0), 0);
        if (missing.length > 0) {
          errors.method = {
            key: "goals.err.noHistory",
            params: { period: priorPeriod ?? "", names: missing.join(", ") },
          };
        } else if (!(sum > 0)) {
          errors.method = { key: "goals.err.historyZero", params: { period: priorPeriod ?? "" } };
        } else parts = shares.map((s) => s.last as number);
      }
      equalInstead = errors.method !== undefined;
      const typed = rate ? shares.map(() => total as number) : splitTotal(total, shares.length, parts);
      shares = shares.map((s, i) => ({ ...s, target: storedFigure(typed[i], unit) }));
    }
  }

  const over = shares
    .filter((s) => s.weightAfter !== null && s.weightAfter > 1 + WEIGHT_TOLERANCE)
    .map((s) => ({ name: s.name, total: s.weightAfter as number }));
  const ok = Object.keys(errors).length === 0 && period !== null && weight !== null;
  const teamTotal = total === null ? null : storedFigure(total, unit);
  const ids = ok
    ? nextIds(
        "G",
        book.tables.Goals.map((g) => g.GoalID),
        shares.length,
      )
    : [];
  const rows: GoalRow[] =
    ok && period
      ? shares.map((s, i) => ({
          GoalID: ids[i],
          ManagerID: s.id,
          Period: period.text,
          KPI: kpiCode,
          Description:
            teamTotal === null || s.target === null
              ? draft.description.trim()
              : personalText(draft.description, teamTotal, s.target, formatFigure(s.target, unit), unit),
          Target: s.target,
          Weight: weight,
          Due: period.end,
          Status: "draft",
          ParentGoal: `${team}/${period.text}/${kpiCode}`,
          SetBy: null,
          Note: null,
        }))
      : [];
  return { errors, priorPeriod, rate, shares, equalInstead, over, rows };
}
