/**
 * The cockpit's figures (score, attainment, payout, risk) and its "needs attention" list, from the team book's
 * period picture — see cockpit.ts for what they hold and the decisions behind them. A module apart from the roster's
 * search and sort: the Team screen loads it after the roster's first rows, when the whole period picture is
 * computed. Pure.
 */
import type { FlagKind } from "../domain/types";
import type { PersonReport } from "../domain/period";
import { readSettings } from "../model";
import type { Book } from "./book";
import type { AttentionItem, AttentionKind, AttentionPlace, CockpitFigures } from "./cockpit";

const SEVERITY_WEIGHT = { high: 100, medium: 10, low: 1 } as const;
const KIND_ORDER: AttentionKind[] = [
  "goalOffTrack",
  "neglected",
  "overdueTasks",
  "lowPulse",
  "review",
  "data",
];
const NAMES_SHOWN = 3;

/**
 * @param person - the report's person.
 * @returns their cockpit figures.
 */
export function figuresOf(person: PersonReport): CockpitFigures {
  let weight = 0;
  let sum = 0;
  for (const g of person.goals) {
    if (g.attainment === null || g.weight <= 0) continue;
    weight += g.weight;
    sum += g.weight * g.attainment;
  }
  const hasPlan = person.bonus !== null || person.commission !== null;
  const high = person.flags.filter((f) => f.severity === "high").length;
  const medium = person.flags.filter((f) => f.severity === "medium").length;
  return {
    composite: person.composite,
    attainment: weight > 0 ? sum / weight : null,
    payout: hasPlan ? (person.bonus?.amount ?? 0) + (person.commission?.amount ?? 0) : null,
    risk: person.flags.reduce((s, f) => s + SEVERITY_WEIGHT[f.severity], 0),
    high,
    medium,
  };
}

/**
 * The cockpit figures of everyone on the team in the period.
 * @param book - the team book.
 * @param period - the period text.
 * @param asOf - today (Excel serial).
 * @returns figures by ManagerID.
 * @throws KpiError when the period cannot be read.
 */
export function cockpitFigures(
  book: Book,
  period: string,
  asOf: number,
): ReadonlyMap<string, CockpitFigures> {
  const model = book.period(period, asOf);
  return new Map(model.people.map((p) => [p.id, figuresOf(p)]));
}

const FLAG_KIND: Partial<Record<FlagKind, { kind: AttentionKind; place: AttentionPlace }>> = {
  goalOffTrack: { kind: "goalOffTrack", place: "goals" },
  overdueTasks: { kind: "overdueTasks", place: "goals" },
  lowPulse: { kind: "lowPulse", place: "people" },
  reviewMissing: { kind: "review", place: "reviews" },
  reviewDraft: { kind: "review", place: "reviews" },
  data: { kind: "data", place: "person" },
};

/**
 * The "needs attention" list of the team for the period (see the module comment for what is in it).
 * @param book - the team book.
 * @param period - the period text.
 * @param asOf - today (Excel serial).
 * @returns the items, by kind, then as the report orders its flags (severity, then person).
 * @throws KpiError when the period cannot be read.
 */
export function attentionList(book: Book, period: string, asOf: number): AttentionItem[] {
  const model = book.period(period, asOf);
  const { neglectDays } = readSettings(book.has("Settings") ? book.rows("Settings") : []).settings;
  const items: AttentionItem[] = [];
  for (const flag of model.flags) {
    const map = FLAG_KIND[flag.kind];
    if (!map) continue;
    // A data problem outside any person's rows is fixed in its sheet: it is listed, with nowhere to go.
    const place = map.kind === "data" && flag.person === null ? null : map.place;
    items.push({ kind: map.kind, severity: flag.severity, person: flag.person, flag, params: {}, place });
  }
  for (const p of model.people) {
    if (p.customers.neglected.length === 0) continue;
    const names = p.customers.neglected.slice(0, NAMES_SHOWN).map((c) => c.name);
    items.push({
      kind: "neglected",
      severity: p.customers.neglected.some((c) => c.key) ? "medium" : "low",
      person: { id: p.id, name: p.name },
      flag: null,
      params: {
        count: p.customers.neglected.length,
        days: neglectDays,
        names: names.join(", ") + (p.customers.neglected.length > NAMES_SHOWN ? ", …" : ""),
      },
      place: "customers",
    });
  }
  // Stable: within a kind, flags keep the report's order and neglected customers the roster's.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => KIND_ORDER.indexOf(a.item.kind) - KIND_ORDER.indexOf(b.item.kind) || a.i - b.i)
    .map((x) => x.item);
}
