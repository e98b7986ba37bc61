/** The two ExcelJS modules `exceljs.ts` loads on their own, typed as the package types what it exports of them. */
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}

declare module "exceljs/lib/doc/enums" {
  import type { ValueType } from "exceljs";
  const enums: { ValueType: typeof ValueType };
  export default enums;
}
