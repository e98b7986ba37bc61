/**
 * A goal's text when its target changes, pure: a copied goal or a cascaded share says its own target, never the
 * old one or the team's total.
 *
 * Decisions where the spec is silent:
 * - A target is found in the text in the spellings people write it: as stored (`1800000`), with thousands
 *   separators (`1,800,000`), in 万 (`180万`) and, for a "%" KPI, as a percentage (`35%`). Each spelling found is
 *   replaced by the new target in the same spelling. A number that merely contains the target (`18000000`,
 *   `1,800,000.5`) is left alone.
 * - A period named in the text (`2026-Q2`) becomes the new period.
 */
import { formatNumber } from "../../format";
import { isPercentUnit } from "./figures";

/** How a figure is spelled in a text. */
type Spelling = "plain" | "grouped" | "wan" | "percent";

/** Binary noise off (0.35 × 100 = 35.00000000000001), at most 6 decimals. */
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;

/** How a figure is written in a spelling (the 万 of a figure under 10,000 is written out instead). */
function spell(value: number, spelling: Spelling): string {
  switch (spelling) {
    case "plain":
      return String(tidy(value));
    case "grouped":
      return formatNumber(value, 6);
    case "wan":
      return Math.abs(value) >= 10_000 ? `${tidy(value / 10_000)}万` : formatNumber(value, 6);
    case "percent":
      return `${tidy(value * 100)}%`;
  }
}

/** Whether a figure can be told apart in a spelling (1,000 and 1万 are; 500 in either is just the plain 500). */
const spelledApart = (value: number, spelling: Spelling) =>
  spelling === "grouped" ? Math.abs(value) >= 1000 : spelling === "wan" ? Math.abs(value) >= 10_000 : true;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Replaces every spelling of one figure in a text with the same spelling of another.
 * @param text - the goal's text.
 * @param from - the figure as stored (a fraction for a "%" KPI).
 * @param to - the new figure, stored the same way.
 * @param unit - the KPI's unit.
 * @returns the text and whether the figure was found in it.
 * @example replaceFigure("Revenue: reach 1,800,000", 1800000, 2000000, "CNY").text // "Revenue: reach 2,000,000"
 */
export function replaceFigure(
  text: string,
  from: number,
  to: number,
  unit: string | null | undefined,
): { text: string; found: boolean } {
  const spellings: Spelling[] = isPercentUnit(unit) ? ["percent"] : ["grouped", "wan", "plain"];
  let out = text;
  let found = false;
  for (const spelling of spellings) {
    if (!spelledApart(from, spelling)) continue;
    const old = spell(from, spelling);
    const next = spell(to, spelling);
    // Not part of a longer number: no digit, separator or decimal point glued to either side.
    const pattern = new RegExp(`(^|[^\\d.,])${escape(old)}(?![\\d]|[.,]\\d)`, "g");
    out = out.replace(pattern, (_, before: string) => {
      found = true;
      return `${before}${next}`;
    });
  }
  return { text: out, found };
}

/**
 * A copied goal's text: its old target and period become the new ones.
 * @param text - the source goal's Description.
 * @param change - the old and new target (null when none) and period texts.
 * @param unit - the KPI's unit.
 * @returns the text for the copy.
 * @example retargetText("Revenue: reach 1,800,000 in 2026-Q2", { from: 1800000, to: 2000000, fromPeriod: "2026-Q2",
 *   toPeriod: "2026-Q3" }, "CNY") // "Revenue: reach 2,000,000 in 2026-Q3"
 */
export function retargetText(
  text: string,
  change: { from: number | null; to: number | null; fromPeriod: string; toPeriod: string },
  unit: string | null | undefined,
): string {
  let out = text;
  if (change.from !== null && change.to !== null && change.from !== change.to)
    out = replaceFigure(out, change.from, change.to, unit).text;
  if (change.fromPeriod !== change.toPeriod)
    out = out.replace(
      new RegExp(`(^|[^\\w-])${escape(change.fromPeriod)}(?![\\w-])`, "g"),
      `$1${change.toPeriod}`,
    );
  return out;
}

/**
 * A cascaded share's text: the team's text with the team total replaced by the person's own target, or — when the
 * text does not spell the total — the team's text followed by the person's target in brackets.
 * @param text - the team goal's text as typed.
 * @param total - the team target, stored.
 * @param own - the person's target, stored.
 * @param ownText - the person's target as shown (with its unit), for the bracket.
 * @param unit - the KPI's unit.
 * @returns the person's goal text.
 * @example personalText("North: 1,000 in Q4", 1000, 500, "500 CNY", "CNY") // "North: 500 in Q4"
 */
export function personalText(
  text: string,
  total: number,
  own: number,
  ownText: string,
  unit: string | null | undefined,
): string {
  const trimmed = text.trim();
  if (total === own) return trimmed;
  const replaced = replaceFigure(trimmed, total, own, unit);
  return replaced.found ? replaced.text : `${trimmed} (${ownText})`;
}
