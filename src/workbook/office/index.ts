/** The Excel (Office.js) adapter of the WorkbookPort. */
export { OfficeWorkbook, type ExcelRun, type OfficeWorkbookOptions } from "./OfficeWorkbook";
export { GENERATED_SHEET_MARKER } from "../marker";
