/**
 * Excel number formats: the per-locale codes of a sheet plan's formats, and the column formats set-up gives each
 * schema column type. Codes are the invariant (en-US) format codes Office.js `numberFormat` expects.
 */
import type { ColumnType } from "../model";
import type { PlanFormat } from "../model/sheetPlan";

/** The number format that keeps whatever is written into a cell as text. */
export const TEXT_FORMAT = "@";

/** ISO dates read the same in both languages and sort as text. */
const DATE_FORMAT = "yyyy-mm-dd";

/**
 * 万 exact to the yuan, without scaling: the last four digits of the whole yuan amount become the decimals, so
 * 65,600 shows as 6.5600万 and 694 as 0.0694万. The point is a quoted literal because that is the one spelling
 * every reader keeps: ExcelJS rewrites a backslash-escaped `\.` to a plain `.` on re-save (a decimal point — the
 * amount then prints 10 000× off), and LibreOffice prints Excel's `!.` as the characters "!.".
 */
export const WAN_FORMAT = '0"."0000"万"';

/** Whole yuan with thousands separators: pay is exact to the yuan and never shows .00. */
export const YUAN_FORMAT = "#,##0";

/**
 * @param format - a plan format.
 * @returns the Excel number format code (the same in both languages: only the plan's choice of money format
 *   differs between workbooks).
 * @example planFormatCode("wan") // '0"."0000"万"' — 123456 shows as 12.3456万
 */
export function planFormatCode(format: PlanFormat): string {
  switch (format) {
    case "general":
      return "General";
    case "integer":
      return "#,##0";
    case "decimal":
      return "#,##0.00";
    case "percent":
      return "0.0%";
    case "yuan":
      return YUAN_FORMAT;
    case "wan":
      return WAN_FORMAT;
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
