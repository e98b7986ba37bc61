/**
 * What the domain's form checks share: a field's message, a checked draft, reading a typed date and making fresh
 * ids. Pure; the pane only renders the messages (each names its field through the `{field}` placeholder, filled with
 * the field's label in the pane's language, so one rule reads right in both languages).
 */
import { daysInMonth, serialFromYMD } from "../core";
import type { MessageKey, MessageParams } from "../i18n";

/** A message for one form field; `{field}` in it is filled with the field's label. */
export interface FieldError {
  key: MessageKey;
  params?: MessageParams;
}

/** Field errors of a form, by field. */
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

/** The outcome of checking a form: the row(s) to write, or the errors. */
export type Checked<F extends string, R> = { ok: true; value: R } | { ok: false; errors: FieldErrors<F> };

/**
 * @param text - `YYYY-MM-DD` as a date input gives it.
 * @returns the Excel serial, null when blank, NaN when not a real date.
 * @example parseDateText("2026-02-30") // NaN
 */
export function parseDateText(text: string): number | null {
  return readDateText(text, 1900);
}

/**
 * The one reading of a date input's text behind every form.
 * @param text - `YYYY-MM-DD` as a date input gives it.
 * @param firstYear - the earliest year taken: 1900 for the forms, 1899 for the goal form, which has always taken
 *   Excel's own first days (1899-12-30 is serial 0).
 * @returns the Excel serial, null when blank, NaN when not a real date (or before serial 0).
 * @example readDateText("1899-12-31", 1899) // 1
 */
export function readDateText(text: string, firstYear: 1899 | 1900): number | null {
  const value = text.trim();
  if (value === "") return null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!match) return NaN;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < firstYear || m < 1 || m > 12 || d < 1) return NaN;
  // 1899 has only Excel's serials 0 and 1 (1899-12-30 and 31); core refuses the days before.
  if (y === 1899) return m === 12 && d >= 30 && d <= 31 ? serialFromYMD(y, m, d) : NaN;
  return d > daysInMonth(y, m) ? NaN : serialFromYMD(y, m, d);
}

/**
 * Fresh ids after the highest numbered id with the prefix (the sample's `G000042` / `T000123` style); ids of
 * another shape are ignored.
 * @param prefix - e.g. `G` for goals, `T` for tasks.
 * @param existing - ids already in the table.
 * @param count - how many to make.
 * @returns `count` ids, ascending, none of them in `existing`.
 * @example nextIds("T", ["T000007", "X9"], 2) // ["T000008", "T000009"]
 */
export function nextIds(prefix: string, existing: readonly (string | null)[], count: number): string[] {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let max = 0;
  let width = 6;
  for (const id of existing) {
    const match = pattern.exec((id ?? "").trim());
    if (!match) continue;
    max = Math.max(max, Number(match[1]));
    width = Math.max(width, match[1].length);
  }
  return Array.from({ length: count }, (_, i) => `${prefix}${String(max + i + 1).padStart(width, "0")}`);
}
