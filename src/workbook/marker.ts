/**
 * How the add-in recognises the sheets it generated (see src/workbook/README.md, "Generated-sheet marker"): a
 * sheet-scoped defined name that refers to the sheet's own A1.
 */

/** The sheet-scoped name carried by every generated sheet. */
export const GENERATED_SHEET_MARKER = "KPIDESK_GENERATED";
