/**
 * Excel number formats: the per-locale codes of a sheet plan's formats, and the column formats set-up gives each
 * schema column type. Codes are the invariant (en-US) format codes Office.js `numberFormat` expects.
 */
import type { Locale } from "../i18n";
import type { ColumnType } from "../model";
import type { PlanFormat } from "../model/sheetPlan";

/** The number format that keeps whatever is written into a cell as text. */
export const TEXT_FORMAT = "@";

/** ISO dates read the same in both languages and sort as text. */
const DATE_FORMAT = "yyyy-mm-dd";

/**
 * @param format - a plan format.
 * @param locale - the language of the generated sheet.
 * @returns the Excel number format code.
 * @example planFormatCode("tenThousand", "zh-CN") // '0!.0,"万"' — 123456 shows as 12.3万
 */
export function planFormatCode(format: PlanFormat, locale: Locale): string {
  const zh = locale === "zh-CN";
  switch (format) {
    case "general":
      return "General";
    case "integer":
      return "#,##0";
    case "decimal":
      return "#,##0.00";
    case "percent":
      return "0.0%";
    case "currency":
      return zh ? "¥#,##0.00" : "#,##0.00";
    case "tenThousand":
      // Thousands scaling (the trailing comma) plus a literal point before the last digit shows ten-thousands
      // (万) with one decimal. English sheets show the full amount with grouping instead.
      return zh ? '0!.0,"万"' : "#,##0";
    case "date":
      return DATE_FORMAT;
  }
}

/**
 * @param type - a schema column type.
 * @returns the number format set-up gives the column's data cells, or `null` to leave Excel's General.
 */
export function columnFormatCode(type: ColumnType): string | null {
  switch (type) {
    case "text":
    case "enum":
      // Text columns stay text even when a user types 2026-09 (a month, not a date) or 00123 (an id).
      return TEXT_FORMAT;
    case "date":
      return DATE_FORMAT;
    case "fraction":
      return "0.0%";
    case "number":
    case "boolean":
      return null;
  }
}
