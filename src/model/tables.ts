/**
 * Lookups over the schema: table and column specs by key, headers and sheet names per language, row identity.
 */
import type { Locale } from "../i18n/locale";
import type { ColumnSpec } from "./columns";
import { ENUM_LABELS, SCHEMA } from "./schema";
import type { TableKey, TableRows } from "./types";

/** A table as the rest of the product sees it. */
export interface TableSpec {
  /** English key: the Excel table name. */
  readonly key: TableKey;
  /** Sheet names in each language. */
  readonly sheet: { readonly en: string; readonly zh: string };
  /** Columns in the order set-up writes them. */
  readonly columns: readonly ColumnSpec[];
  /** Columns whose values identify a row (one = natural id, several = composite); `null` = append-only. */
  readonly id: readonly string[] | null;
}

/** Separator of composite row ids: a character no one types into an id or a name. */
export const ID_SEPARATOR = "\u241f";

/** Every table key, in schema order. */
export const TABLE_KEYS = Object.keys(SCHEMA) as TableKey[];

/** Every table spec, in schema order. */
export const TABLES: readonly TableSpec[] = TABLE_KEYS.map((key) => ({
  key,
  sheet: SCHEMA[key].sheet,
  columns: SCHEMA[key].columns as readonly ColumnSpec[],
  id: SCHEMA[key].id as readonly string[] | null,
}));

const byKey = new Map<string, TableSpec>(TABLES.map((spec) => [spec.key, spec]));

/**
 * @param key - a table key.
 * @returns true when `key` names a schema table.
 * @example isTableKey("Goals") // true
 */
export function isTableKey(key: string): key is TableKey {
  return byKey.has(key);
}

/**
 * @param key - a table key.
 * @returns the table's spec.
 * @example tableSpec("Goals").id // ["GoalID"]
 */
export function tableSpec(key: TableKey): TableSpec {
  return byKey.get(key) as TableSpec;
}

/**
 * @param key - a table key.
 * @param column - a column key of that table.
 * @returns the column spec, or `undefined` when the table has no such column.
 */
export function columnSpec(key: TableKey, column: string): ColumnSpec | undefined {
  return tableSpec(key).columns.find((c) => c.key === column);
}

/**
 * @param column - a column spec.
 * @param locale - the workbook language.
 * @returns the header written for the column in that language.
 * @example headerOf(columnSpec("Goals", "Weight")!, "zh-CN") // "权重"
 */
export function headerOf(column: ColumnSpec, locale: Locale): string {
  return locale === "zh-CN" ? column.zh : column.en;
}

/**
 * @param key - a table key.
 * @param locale - the workbook language.
 * @returns the header row of the table in that language.
 */
export function headersOf(key: TableKey, locale: Locale): string[] {
  return tableSpec(key).columns.map((c) => headerOf(c, locale));
}

/**
 * @param key - a table key.
 * @param locale - the workbook language.
 * @returns the name of the sheet set-up creates for the table.
 * @example sheetNameOf("Managers", "zh-CN") // "客户经理"
 */
export function sheetNameOf(key: TableKey, locale: Locale): string {
  const { sheet } = tableSpec(key);
  return locale === "zh-CN" ? sheet.zh : sheet.en;
}

/**
 * The label of an enum word in a language (for display; cells keep the word itself).
 * @param value - an enum word such as `"draft"`.
 * @param locale - the language.
 * @returns the label, or the word itself when it has none.
 * @example enumLabel("draft", "zh-CN") // "草稿"
 */
export function enumLabel(value: string, locale: Locale): string {
  const labels = ENUM_LABELS[value];
  return labels ? (locale === "zh-CN" ? labels.zh : labels.en) : value;
}

/**
 * The identity of a row: the id column's text, or the composite of the id columns joined by `ID_SEPARATOR`
 * (dates and numbers as their serial/decimal text, blanks as empty text).
 * @param key - a table key.
 * @param row - a row of that table.
 * @returns the id, or `null` for a table without identity (Surveys).
 * @example rowId("Curves", { Curve: "BON", Point: 1, Value: 1 }) // "BON\u241f1"
 */
export function rowId<K extends TableKey>(key: K, row: TableRows[K]): string | null {
  const { id } = tableSpec(key);
  if (!id) return null;
  const fields = row as unknown as Record<string, unknown>;
  // One id column (most tables): its text, without an array and a joined copy per row (this runs on every row
  // of a table validated or screened).
  if (id.length === 1) {
    const value = fields[id[0]];
    return value === null || value === undefined ? "" : String(value);
  }
  return id
    .map((column) => (fields[column] === null || fields[column] === undefined ? "" : String(fields[column])))
    .join(ID_SEPARATOR);
}

/**
 * Builds a composite id from its parts, in the order of the table's id columns.
 * @param parts - the values of the id columns.
 * @returns the id `rowId` gives a row with those values.
 * @example makeId("M001", "2026-Q1", "NEW_DEPOSITS", 46112)
 */
export function makeId(...parts: readonly (string | number | null)[]): string {
  return parts.map((p) => (p === null ? "" : String(p))).join(ID_SEPARATOR);
}
