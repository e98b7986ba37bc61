/**
 * The team cockpit: the roster's figures for sorting (score, attainment, payout, risk), its search, and one
 * "needs attention" list for the whole team, each item saying where it is fixed. Shaped from the team book's period
 * picture (the report model), so the cockpit and the report cannot disagree. Pure.
 *
 * Decisions where the spec leaves room:
 * - Attainment: the weighted mean attainment to date of the person's goals that have one (goal weights).
 * - Payout: bonus + commission earned to date; a held or uncomputable bonus counts 0 (the report's totals do too).
 * - Risk: the person's flags weighted by severity (high 100, medium 10, low 1), so one high flag outranks any
 *   number of medium ones up to nine.
 * - Sorting: highest first for score, attainment and payout, riskiest first for risk; people without the figure
 *   last; ties keep the roster's order (Managers' order).
 * - Search: the name or the id, ignoring case, surrounding spaces and width (Ａ = A).
 * - Attention: off-track goals, customers not contacted for Settings neglectDays (30) or more days (all of the
 *   person's, not only key ones), overdue tasks, a low team pulse, reviews missing or still drafts, and data
 *   problems — in that order of kind, high severity first within the report's flag order.
 */
import type { Flag } from "../domain/types";
import type { MessageParams } from "../i18n";

/** How the roster can be sorted. */
export type RosterSort = "roster" | "score" | "attainment" | "payout" | "risk";

/** The sort keys the cockpit offers, in menu order. */
export const ROSTER_SORTS: readonly RosterSort[] = ["roster", "score", "attainment", "payout", "risk"];

/** A person's cockpit figures for the period (null when they were not on the team in it). */
export interface CockpitFigures {
  composite: number | null;
  attainment: number | null;
  payout: number | null;
  risk: number | null;
  /** Flags by severity. */
  high: number;
  medium: number;
}

/** Where an attention item is fixed. */
export type AttentionPlace = "person" | "goals" | "customers" | "people" | "reviews";

/** What an attention item is about. */
export type AttentionKind = "goalOffTrack" | "neglected" | "overdueTasks" | "lowPulse" | "review" | "data";

/** One item of the "needs attention" list. */
export interface AttentionItem {
  kind: AttentionKind;
  severity: Flag["severity"];
  person: { id: string; name: string } | null;
  /** The flag behind the item (its reason is the item's text), or null for neglected customers. */
  flag: Flag | null;
  /** Neglected customers: how many, the threshold in days, and the first names. */
  params: MessageParams;
  /** Where one click takes the supervisor; null for a data problem outside any person's rows (fixed in its sheet). */
  place: AttentionPlace | null;
}

/** Full-width letters and digits to their ASCII forms, lower case, trimmed. */
function fold(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}

/**
 * @param entries - the roster.
 * @param query - what was typed: part of a name or an id.
 * @returns the entries whose name or id contains it (all of them for a blank query).
 */
export function searchRoster<T extends { id: string; name: string }>(
  entries: readonly T[],
  query: string,
): readonly T[] {
  const q = fold(query);
  if (q === "") return entries;
  return entries.filter((e) => fold(e.name).includes(q) || fold(e.id).includes(q));
}

/**
 * @param entries - the roster, in roster order.
 * @param sort - the key.
 * @param figures - the cockpit figures by id.
 * @returns a new array: highest first (riskiest first for risk), people without the figure last, ties in roster
 *   order; the roster order itself for "roster".
 */
export function sortRoster<T extends { id: string }>(
  entries: readonly T[],
  sort: RosterSort,
  figures: ReadonlyMap<string, CockpitFigures>,
): readonly T[] {
  if (sort === "roster") return entries;
  const key = (e: T): number | null => {
    const f = figures.get(e.id);
    if (!f) return null;
    return sort === "score" ? f.composite : f[sort];
  };
  return entries
    .map((entry, i) => ({ entry, i, k: key(entry) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null)
        return a.k === null && b.k === null ? a.i - b.i : a.k === null ? 1 : -1;
      return b.k - a.k || a.i - b.i;
    })
    .map((x) => x.entry);
}
