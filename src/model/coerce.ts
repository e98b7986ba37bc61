/**
 * Cell coercion: raw cell values as adapters read them (Office.js numbers, strings and booleans with "" for a
 * blank; ExcelJS values already unwrapped to numbers, strings, booleans or JS `Date`s) become typed row values,
 * and typed values become cell values to write. Pure: no I/O.
 */
import type { MessageKey, MessageParams } from "../i18n";
import type { ColumnSpec } from "./columns";
import { ENUM_LABELS } from "./schema";

/** What an adapter hands over for one cell. */
export type RawCell = string | number | boolean | Date | null | undefined;

/** What an adapter writes into one cell: strings are always written as text, never as a formula. */
export type CellValue = string | number | boolean | null;

/** The value a column holds in a typed row (before narrowing to the column's own type). */
export type TypedValue = string | number | boolean | null;

/** Result of coercing one cell. */
export type Coerced = { ok: true; value: TypedValue } | { ok: false; key: MessageKey; params: MessageParams };

const MS_PER_DAY = 86_400_000;
/** Days between 1899-12-30 (Excel's day 0 in the 1900 system, leap bug included) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Converts a JS Date (read as UTC, as ExcelJS produces them) to an Excel serial number.
 * @param d - the date.
 * @returns the serial, with the time of day as a fraction.
 * @example serialOfDate(new Date(Date.UTC(2026, 0, 1))) // 46023
 */
export function serialOfDate(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * Converts an Excel serial number to a UTC JS Date.
 * @param serial - days since 1899-12-30.
 * @returns the date.
 */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/**
 * @param y - year.
 * @param m - month 1–12.
 * @param d - day of month.
 * @returns the Excel serial of that calendar date.
 * @example serialOf(2026, 3, 31) // 46112
 */
export function serialOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * The `safeText` rule: a string that Excel would read as a formula (or as a signed number) when typed, i.e. one
 * beginning with `=`, `+`, `-` or `@`. Adapters write such strings so that they stay text: Office.js with the
 * cell's number format set to text (`"@"`) before the value; ExcelJS as a plain string value, never `{ formula }`.
 * @param value - a string to write.
 * @returns true when the string needs the text guard.
 * @example needsTextGuard("=SUM(A1)") // true
 */
export function needsTextGuard(value: string): boolean {
  return /^[=+\-@]/.test(value);
}

/**
 * Normalises a word for lenient matching: trimmed, lower case, without spaces, underscores, hyphens or dots.
 * @param word - a header or enum word as typed.
 * @returns the comparable form.
 * @example normalizeWord(" Hire_Date ") // "hiredate"
 */
export function normalizeWord(word: string): string {
  return word
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.·]/g, "");
}

const PERIOD = /^\d{4}(?:-(?:H[12]|Q[1-4]|0[1-9]|1[0-2]|W(?:0[1-9]|[1-4]\d|5[0-3])))?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

function fail(key: MessageKey, value: RawCell, extra: MessageParams = {}): Coerced {
  return { ok: false, key, params: { value: display(value), ...extra } };
}

/**
 * A raw value as a user would recognise it in a message.
 * @param raw - the cell value.
 * @returns its text.
 */
export function display(raw: RawCell | TypedValue): string {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return raw === null || raw === undefined ? "" : String(raw);
}

function parseNumber(raw: string): number | null {
  const s = raw.trim().replace(/[,，\s]/g, "");
  const percent = s.endsWith("%");
  const body = percent ? s.slice(0, -1) : s;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return null;
  const n = Number(body);
  return Number.isFinite(n) ? (percent ? n / 100 : n) : null;
}

function parseDate(raw: string): number | null {
  const s = raw.trim();
  const m = ISO_DATE.exec(s) ?? CN_DATE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1) return null;
  const time = m[4] !== undefined ? (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86400 : 0;
  return serialOf(y, mo, d) + time;
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  y: true,
  n: false,
  "1": true,
  "0": false,
  是: true,
  否: false,
  真: true,
  假: false,
};

/** Per list of allowed words: each text seen → the word it stands for (a table repeats a handful of words). */
const ENUM_MATCHES = new WeakMap<readonly string[], Map<string, string | null>>();
/** Texts remembered per list of words, at most (a column of typos cannot grow the memory without bound). */
const ENUM_MATCHES_KEPT = 10_000;

/**
 * Finds the enum word a typed text stands for: the word itself or its English or Chinese label, compared
 * leniently (case, spaces, hyphens). Each text is matched once per list of words and remembered.
 * @param values - the column's allowed words.
 * @param input - what the cell holds.
 * @returns the word, or `null` when it matches none.
 * @example matchEnum(["draft", "active"], "草稿") // "draft"
 */
export function matchEnum(values: readonly string[], input: string): string | null {
  let seen = ENUM_MATCHES.get(values);
  if (!seen) ENUM_MATCHES.set(values, (seen = new Map()));
  const known = seen.get(input);
  if (known !== undefined) return known;
  const word = matchEnumWord(values, input);
  if (seen.size < ENUM_MATCHES_KEPT) seen.set(input, word);
  return word;
}

function matchEnumWord(values: readonly string[], input: string): string | null {
  const wanted = normalizeWord(input);
  for (const value of values) {
    if (normalizeWord(value) === wanted) return value;
  }
  for (const value of values) {
    const labels = ENUM_LABELS[value];
    if (labels && (normalizeWord(labels.en) === wanted || normalizeWord(labels.zh) === wanted)) return value;
  }
  return null;
}

/** A cell holding an Excel error's text (`#N/A`, `#DIV/0!`, `#VALUE!`…). */
const CELL_ERROR = /^#[A-Z0-9/_]+[!?]?$/;

/** What {@link coerceValue} returns for a cell its column cannot hold ({@link coerceCell} says why). */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/**
 * Converts one raw cell to the typed value of its column, as {@link coerceCell} does, without saying why a cell
 * cannot be read: the form for reading whole tables (millions of cells at 2,000 people), which makes no result
 * object per cell.
 * @param column - the column spec.
 * @param raw - the cell value.
 * @returns the value, or {@link UNREADABLE} (then `coerceCell` gives the problem).
 * @example coerceValue(columnSpec("Goals", "Weight")!, "25%") // 0.25
 */
export function coerceValue(column: ColumnSpec, raw: RawCell): TypedValue | typeof UNREADABLE {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    const s = raw.trim();
    if (s === "") return null;
    // An error's text read into a column that is not text (the check begins with its first character).
    if (column.type !== "text" && s.charCodeAt(0) === 0x23 && CELL_ERROR.test(s)) return UNREADABLE;
  }
  switch (column.type) {
    case "text": {
      if (raw instanceof Date) return display(raw);
      const s = typeof raw === "boolean" ? (raw ? "TRUE" : "FALSE") : String(raw).trim();
      return column.format === "period" ? s.toUpperCase() : s;
    }
    case "number":
    case "fraction": {
      if (typeof raw === "number") return Number.isFinite(raw) ? raw : UNREADABLE;
      if (typeof raw === "string") return parseNumber(raw) ?? UNREADABLE;
      return UNREADABLE;
    }
    case "date": {
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? UNREADABLE : serialOfDate(raw);
      if (typeof raw === "number") return Number.isFinite(raw) ? raw : UNREADABLE;
      if (typeof raw === "string") {
        const serial = parseDate(raw) ?? (/^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw.trim()) : null);
        return serial ?? UNREADABLE;
      }
      return UNREADABLE;
    }
    case "boolean": {
      if (typeof raw === "boolean") return raw;
      const word = BOOLEAN_WORDS[normalizeWord(String(raw))];
      return word === undefined ? UNREADABLE : word;
    }
    case "enum":
      return matchEnum(column.values ?? [], String(raw)) ?? UNREADABLE;
  }
}

/** Why {@link coerceValue} could not read a cell: the message key and parameters. */
function unreadable(column: ColumnSpec, raw: RawCell): Coerced {
  if (typeof raw === "string" && CELL_ERROR.test(raw.trim()) && column.type !== "text") {
    return fail("model.issue.cellError", raw);
  }
  switch (column.type) {
    case "date":
      return fail("model.issue.notDate", raw instanceof Date ? "" : raw);
    case "boolean":
      return fail("model.issue.notBoolean", raw);
    case "enum":
      return fail("model.issue.notAllowed", raw, { allowed: (column.values ?? []).join(", ") });
    default:
      // number and fraction (text is always readable)
      return fail("model.issue.notNumber", raw);
  }
}

/**
 * Converts one raw cell to the typed value of its column. Blank cells are `null` (the required check is the
 * validator's business). Strings are trimmed; numbers accept thousands separators and `%`; dates accept serials,
 * JS Dates and `2026-03-31` / `2026/3/31` / `2026年3月31日` text; enums accept the word or its label.
 * @param column - the column spec.
 * @param raw - the cell value.
 * @returns the value, or the key and parameters of the problem.
 * @example coerceCell(columnSpec("Goals", "Weight")!, "25%") // { ok: true, value: 0.25 }
 */
export function coerceCell(column: ColumnSpec, raw: RawCell): Coerced {
  const value = coerceValue(column, raw);
  return value === UNREADABLE ? unreadable(column, raw) : { ok: true, value };
}

/**
 * The value an adapter writes for a typed value: `null` for blank, numbers (dates as serials) and booleans as
 * they are, and every string as text (see `needsTextGuard` for how adapters keep formula-looking text as text).
 * @param value - a field of a typed row.
 * @returns the cell value.
 */
export function toCellValue(value: TypedValue | undefined): CellValue {
  return value === undefined ? null : value;
}

/** Checks a text value against a column's format; returns the issue key or `null`. */
export function formatIssue(column: ColumnSpec, value: string): MessageKey | null {
  if (column.format === "period" && !PERIOD.test(value)) return "model.issue.badPeriod";
  if (column.format === "email" && !EMAIL.test(value)) return "model.issue.badEmail";
  return null;
}
