/**
 * ExcelJS as the `.xlsx` adapter uses it: the in-memory workbook and the cell value types, loaded from their own
 * modules rather than through the package's entry point, which also loads the streaming reader and writer (unzipper,
 * archiver, bluebird, es-abstract…) the adapter never uses — 660 modules instead of 280, about 0.7 s more on every
 * start of a CLI (measured with `require`: 1.0 s against 0.33 s). Types are the package's own.
 */
import type ExcelJS from "exceljs";
import WorkbookClass from "exceljs/lib/doc/workbook";
import enums from "exceljs/lib/doc/enums";

/** ExcelJS's `Workbook` (the class `require("exceljs").Workbook` is). */
export const Workbook: typeof ExcelJS.Workbook = WorkbookClass;

/** ExcelJS's `ValueType` enum (the object `require("exceljs").ValueType` is). */
export const ValueType: typeof ExcelJS.ValueType = enums.ValueType;
