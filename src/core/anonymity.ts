/**
 * The anonymity rule for survey results — one rule, used by the task pane, the report and any chart:
 *
 * 1. **Groups.** Responses are judged in fixed groups that do not depend on how they are viewed. For pulse
 *    surveys the group is the *round*: the answers to one question, of one kind, by one team, on one date
 *    (`pulseRoundKey`). A round is what one set of people answered together, so its size is the number of
 *    respondents behind it.
 * 2. **Threshold.** A group is shown only when it holds at least `threshold` responses (Settings anonymityMin;
 *    at least 1). A smaller group is hidden with a reason, never with its value.
 * 3. **No differencing.** Every figure that pools responses (a team over a month, all teams together, a quarter,
 *    a trend point) is computed from the *shown groups only*: a hidden group's responses are left out of every
 *    total, everywhere. So no figure — and no difference of figures, such as "all teams minus the teams shown",
 *    or "the quarter minus its months" — carries any information about a hidden group: change every answer of a
 *    hidden group and every figure stays the same (the property the tests check). There is therefore no "rest"
 *    or "other teams" figure to infer a hidden team from; a pooled figure says how many groups it left out.
 *    A pooled figure is a union of whole groups by construction (`pooled` takes groups, not responses), so a view
 *    can never show part of a group either.
 *
 * What this rule cannot do by itself: if answers are added to a round after its result was seen, the change
 * reveals the late answers. The pane therefore refuses to add answers to a round that already exists.
 */
import { requireWhole } from "./numeric";
import { enps, favorable } from "./surveys";

/** Why a result is not shown. */
export type HiddenReason =
  /** No responses at all. */
  | "noResponses"
  /** Responses exist, but too few to protect anonymity. */
  | "belowThreshold";

/** A result that is either shown with its value or hidden with a reason — never both. */
export type Suppressed<V> =
  { shown: true; value: V; count: number } | { shown: false; reason: HiddenReason; threshold: number };

/** A pooled result: the result, and how many groups were left out because they were below the threshold. */
export type Pooled<V> = Suppressed<V> & { hiddenGroups: number };

/** Responses that are judged together. */
export interface ResponseGroup<T> {
  key: string;
  items: T[];
}

/**
 * @param threshold - fewest responses shown (Settings anonymityMin).
 * @returns the effective threshold: whole, and at least 1 (nothing is computed from no responses).
 * @throws KpiError "num" when it is not a whole number ≥ 0.
 * @example effectiveThreshold(0) // 1
 */
export function effectiveThreshold(threshold: number): number {
  return Math.max(1, requireWhole("threshold", threshold, 0, Number.MAX_SAFE_INTEGER));
}

/**
 * The rule for one group: shown only when `count ≥ threshold`.
 * @param items - the group's responses.
 * @param threshold - fewest responses shown.
 * @param compute - the figure, called only when the group is shown.
 * @returns `{ shown: true, value, count }` or `{ shown: false, reason, threshold }`.
 * @throws KpiError "num" for a bad threshold; whatever `compute` throws.
 * @example suppress([9, 10], 3, (s) => s.length) // { shown: false, reason: "belowThreshold", threshold: 3 }
 */
export function suppress<T, V>(
  items: readonly T[],
  threshold: number,
  compute: (items: readonly T[]) => V,
): Suppressed<V> {
  const min = effectiveThreshold(threshold);
  if (items.length === 0) return { shown: false, reason: "noResponses", threshold: min };
  if (items.length < min) return { shown: false, reason: "belowThreshold", threshold: min };
  return { shown: true, value: compute(items), count: items.length };
}

/**
 * Splits responses into groups by key, in order of first appearance.
 * @param items - responses.
 * @param keyOf - the group key of a response (e.g. {@link pulseRoundKey}).
 * @returns the groups.
 * @example groupResponses([{ t: "A" }, { t: "B" }, { t: "A" }], (r) => r.t).map((g) => g.items.length) // [2, 1]
 */
export function groupResponses<T>(items: readonly T[], keyOf: (item: T) => string): ResponseGroup<T>[] {
  const groups = new Map<string, ResponseGroup<T>>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { key, items: [item] });
  }
  return [...groups.values()];
}

/**
 * A figure over several whole groups, pooling only the groups that are shown on their own (rule 3 above).
 * @param groups - the groups making up the view (whole groups: a view never splits one).
 * @param threshold - fewest responses per group.
 * @param compute - the figure over the pooled responses of the shown groups.
 * @returns the result, hidden when no group is shown, and the number of groups left out.
 * @throws KpiError "num" for a bad threshold; whatever `compute` throws.
 * @example pooled([{ key: "A", items: [9, 9, 9] }, { key: "B", items: [0] }], 3, (s) => s.length) // { shown: true, value: 3, count: 3, hiddenGroups: 1 }
 */
export function pooled<T, V>(
  groups: readonly ResponseGroup<T>[],
  threshold: number,
  compute: (items: readonly T[]) => V,
): Pooled<V> {
  const min = effectiveThreshold(threshold);
  const shown = groups.filter((g) => g.items.length >= min);
  const hiddenGroups = groups.filter((g) => g.items.length > 0 && g.items.length < min).length;
  const items = shown.flatMap((g) => g.items);
  if (items.length > 0) return { shown: true, value: compute(items), count: items.length, hiddenGroups };
  return {
    shown: false,
    reason: hiddenGroups > 0 ? "belowThreshold" : "noResponses",
    threshold: min,
    hiddenGroups,
  };
}

/** The pulse survey kinds (Surveys.Kind). */
export type PulseKind = "enps" | "satisfaction" | "wellbeing";

/** What identifies a pulse round. */
export interface PulseResponse {
  /** Excel serial of the round. */
  date: number;
  kind: PulseKind;
  team: string;
  question?: string | null;
  score: number;
}

/**
 * The group a pulse answer is judged in: its round (date, kind, team, question). Team and question are compared
 * trimmed and case-insensitively, so retyping a team's name differently does not split a round in two.
 * @param response - one answer.
 * @returns the round's key.
 * @example pulseRoundKey({ date: 46167, kind: "enps", team: "North ", question: null, score: 9 }) // "46167|enps|north|"
 */
export function pulseRoundKey(response: Omit<PulseResponse, "score">): string {
  const norm = (s: string | null | undefined) => (s ?? "").trim().toLowerCase();
  return `${Math.floor(response.date)}|${response.kind}|${norm(response.team)}|${norm(response.question)}`;
}

/**
 * The figure of a pulse kind: eNPS (−100…100, KPI.ENPS) for `enps`, favourability (0…1 share of 4–5 on 1–5,
 * KPI.FAVORABLE) for `satisfaction` and `wellbeing` — pooled over the shown rounds only.
 * @param kind - the survey kind.
 * @param rounds - the rounds of the view (from {@link groupResponses} with {@link pulseRoundKey}).
 * @param threshold - Settings anonymityMin.
 * @returns the pooled, suppressed figure.
 * @throws KpiError "num" for answers outside the kind's scale or a bad threshold.
 * @example pulseFigure("enps", [{ key: "r", items: [{ score: 10 }, { score: 9 }, { score: 3 }] }], 3) // shown, value 33.3…
 */
export function pulseFigure(
  kind: PulseKind,
  rounds: readonly ResponseGroup<{ score: number }>[],
  threshold: number,
): Pooled<number> {
  const min = effectiveThreshold(threshold);
  return pooled(rounds, min, (items) => {
    const scores = items.map((r) => r.score);
    return kind === "enps" ? enps(scores, min) : favorable(scores, 5, min);
  });
}
