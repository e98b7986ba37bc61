/**
 * Goal figures as the forms type them and the lists show them: weights and their 100% rule, what "Activate goals"
 * turns on, percent units (stored as fractions, typed as percentages), typed numbers and dates. Pure.
 */
import { parseTypedNumber } from "../../core";
import { readDateText } from "../fields";
import type { GoalRow } from "../../model";
import { formatDate, formatNumber, formatPercent } from "../../format";

/** Weights count as adding up to 100% within this tolerance (binary fractions such as 0.1 + 0.2). */
export const WEIGHT_TOLERANCE = 0.0001;

/**
 * The running weight total: cancelled goals weigh nothing, a blank weight counts 0.
 * @param goals - one person's goals of one period.
 * @returns the sum of weights (1 = 100%).
 */
export function weightTotal(goals: readonly GoalRow[]): number {
  return goals.reduce((sum, g) => (g.Status === "cancelled" ? sum : sum + (g.Weight ?? 0)), 0);
}

/**
 * @param total - a weight total.
 * @returns true when it is 100% within `WEIGHT_TOLERANCE`.
 */
export function isFullWeight(total: number): boolean {
  return Math.abs(total - 1) <= WEIGHT_TOLERANCE;
}

/**
 * What "Activate goals" writes: every draft (or blank-status) goal turned active — only when the set's weights add
 * up to 100%.
 * @param goals - one person's goals of one period.
 * @returns the rows to update (empty when the total is not 100% or nothing is a draft).
 */
export function activationRows(goals: readonly GoalRow[]): GoalRow[] {
  if (!isFullWeight(weightTotal(goals))) return [];
  return goals
    .filter((g) => g.Status === "draft" || g.Status === null)
    .map((g) => ({ ...g, Status: "active" }));
}

/**
 * @param unit - a KPI's Unit.
 * @returns true for "%": such targets and actuals are stored as fractions (0.35) and typed as percentages (35).
 */
export function isPercentUnit(unit: string | null | undefined): boolean {
  return (unit ?? "").trim() === "%";
}

/**
 * A KPI figure for display, with its unit.
 * @param value - target or actual as stored.
 * @param unit - the KPI's unit.
 * @returns e.g. "35%" or "1,200,000 CNY".
 */
export function formatFigure(value: number, unit: string | null | undefined): string {
  if (isPercentUnit(unit)) return formatPercent(value, 1);
  const text = formatNumber(value);
  const u = (unit ?? "").trim();
  return u === "" ? text : `${text} ${u}`;
}

/**
 * @param weight - a fraction.
 * @returns e.g. "30%" (at most one decimal).
 */
export function formatWeight(weight: number): string {
  return formatPercent(weight, 1);
}

/**
 * @param serial - an Excel date.
 * @returns ISO text `2026-09-30`: what a date input shows and takes.
 */
export function dateText(serial: number): string {
  return formatDate(serial);
}

/**
 * Reads the text of a date input.
 * @param text - `yyyy-mm-dd`.
 * @returns the Excel serial; null for blank; "invalid" for anything else (including 2026-02-30).
 */
export function parseDateText(text: string): number | null | "invalid" {
  const serial = readDateText(text, 1899);
  return Number.isNaN(serial) ? "invalid" : serial;
}

/**
 * Reads a goal's figure as typed ({@link parseTypedNumber}): a trailing % is the unit the goal is counted in, so
 * `95%` is 95; `200万` is 2,000,000.
 * @param text - the field's text.
 * @returns the number; null for blank; "invalid" for anything else.
 * @example parseNumberText("1,200,000") // 1200000
 */
export function parseNumberText(text: string): number | null | "invalid" {
  return parseTypedNumber(text, { percent: "number" });
}

/**
 * Turns a figure typed in the form into the stored value (percent units are stored as fractions).
 * @param value - as typed.
 * @param unit - the KPI's unit.
 * @returns the stored value.
 */
export function storedFigure(value: number, unit: string | null | undefined): number {
  return isPercentUnit(unit) ? value / 100 : value;
}

/**
 * The stored value as the form shows it for editing.
 * @param value - stored.
 * @param unit - the KPI's unit.
 * @returns the text to put in the field.
 */
export function typedFigure(value: number | null, unit: string | null | undefined): string {
  if (value === null) return "";
  // Round away binary noise (0.35 × 100 = 35.00000000000001).
  const shown = isPercentUnit(unit) ? Math.round(value * 100 * 1e9) / 1e9 : value;
  return String(shown);
}
