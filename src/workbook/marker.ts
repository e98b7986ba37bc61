/**
 * How the add-in recognises the sheets it generated (see src/workbook/README.md, "Generated-sheet marker"): a
 * sheet-scoped defined name that refers to the sheet's own A1.
 */

/** The sheet-scoped name carried by every generated sheet. */
export const GENERATED_SHEET_MARKER = "KPIDESK_GENERATED";

/**
 * How generated sheets are protected (no password — it is a guard against accidental edits, not security; the
 * lock receipt is what proves figures were not forged): cells cannot be typed over, while widening columns and
 * rows, sorting and filtering stay allowed for reading. In Office.js `WorksheetProtectionOptions` terms; the xlsx
 * adapter maps them to ExcelJS's names.
 */
export const GENERATED_SHEET_PROTECTION = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: true,
} as const;
