/** The `.xlsx` file WorkbookPort (Node only: ExcelJS). */
export { XlsxWorkbook } from "./XlsxWorkbook";
export type { XlsxWorkbookOptions } from "./XlsxWorkbook";
