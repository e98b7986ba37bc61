/**
 * Recognition awards: the list for a period and team, newest first, and the quick "Add award" form as plain data
 * (checked before anything is written; each message names its field). Pure.
 */
import { periodContains, type Period } from "../../core";
import { rowId, type ManagerRow, type RecognitionRow } from "../../model";
import { formatDate } from "../../format";
import { inTeam } from "../teams";
import { parseDateText, type Checked, type FieldError } from "./planForm";

/** One award as the list shows it. */
export interface AwardEntry {
  /** The row's id (Date + ManagerID + Award), unique in the table. */
  id: string;
  date: number;
  person: string;
  /** The person's name, or their id when they are not in Managers. */
  name: string;
  award: string;
  reason: string | null;
  by: string | null;
}

/**
 * Awards dated in the period, of people in the team, newest first (ties in table order).
 * @param rows - Recognition rows.
 * @param managers - Managers rows (names and teams).
 * @param period - the period.
 * @param team - the team filter.
 * @returns the entries.
 */
export function awardsOf(
  rows: readonly RecognitionRow[],
  managers: readonly ManagerRow[],
  period: Period,
  team: string,
): AwardEntry[] {
  const people = new Map(managers.map((m) => [m.ManagerID.trim(), m]));
  return rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => {
      if (!periodContains(period, r.Date)) return false;
      const person = people.get(r.ManagerID.trim());
      return inTeam(person ? person.Team : null, team);
    })
    .sort((a, b) => b.r.Date - a.r.Date || a.i - b.i)
    .map(({ r }) => ({
      id: rowId("Recognition", r) as string,
      date: r.Date,
      person: r.ManagerID,
      name: people.get(r.ManagerID.trim())?.Name ?? r.ManagerID,
      award: r.Award,
      reason: r.Reason,
      by: r.By,
    }));
}

/** The "Add award" form as typed; the date is `YYYY-MM-DD`. */
export interface AwardDraft {
  date: string;
  person: string;
  award: string;
  reason: string;
  by: string;
}

/** Fields of {@link AwardDraft}. */
export type AwardField = keyof AwardDraft;

/**
 * @param today - today (Excel serial): the default date.
 * @param person - the person to preselect ("" for none).
 * @returns a fresh form.
 */
export function emptyAward(today: number, person = ""): AwardDraft {
  return { date: formatDate(today), person, award: "", reason: "", by: "" };
}

/** What checking an award needs besides the draft. */
export interface AwardContext {
  /** ManagerIDs that may be chosen. */
  people: ReadonlySet<string>;
  /** Ids of the awards already in the table (Date + ManagerID + Award). */
  existingIds: ReadonlySet<string>;
}

/**
 * Checks the form and builds the Recognition row: date, person and award are required; the same award to the
 * same person on the same day is already in the table.
 * @param draft - the form.
 * @param ctx - the people and existing awards.
 * @returns the row, or the messages per field.
 * @example checkAward({ date: "2026-08-15", person: "M1", award: "Top seller", reason: "", by: "" }, ctx).ok // true
 */
export function checkAward(draft: AwardDraft, ctx: AwardContext): Checked<RecognitionRow, AwardField> {
  const errors: Partial<Record<AwardField, FieldError>> = {};
  const date = parseDateText(draft.date);
  if (date === null) errors.date = { key: "incentives.err.required" };
  else if (Number.isNaN(date)) errors.date = { key: "incentives.err.notDate" };
  const person = draft.person.trim();
  if (person === "") errors.person = { key: "incentives.err.required" };
  else if (!ctx.people.has(person))
    errors.person = { key: "incentives.err.unknownPerson", params: { value: person } };
  const award = draft.award.trim();
  if (award === "") errors.award = { key: "incentives.err.required" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const row: RecognitionRow = {
    Date: date as number,
    ManagerID: person,
    Award: award,
    Reason: draft.reason.trim() === "" ? null : draft.reason.trim(),
    By: draft.by.trim() === "" ? null : draft.by.trim(),
  };
  if (ctx.existingIds.has(rowId("Recognition", row) as string)) {
    return { ok: false, errors: { award: { key: "incentives.err.awardExists", params: { value: award } } } };
  }
  return { ok: true, row };
}
