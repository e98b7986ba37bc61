/**
 * The ribbon handlers with everything they run on: the Office adapter, set-up and report generation. commands.ts
 * loads this module only when a button is first clicked, so the shared runtime page registers the buttons (and the
 * KPI. functions) without downloading the report planner and the workbook adapter first.
 */
import { resolveLocale } from "../i18n";
import { localToday } from "../core";
import { generateReport } from "../workbook/generateReport";
import { OfficeWorkbook } from "../workbook/office";
import { describeSetUp, setUpWorkbook } from "../workbook/setup";
import { postNotice } from "./notices";
import { createReportCommand } from "./reportCommand";
import type { CommandEvent } from "./handler";
import { createSetUpCommand } from "./setUpCommand";

const locale = () => resolveLocale(Office.context.displayLanguage);

/** The manifest's `setUpWorkbook` handler. */
export const setUpWorkbookCommand: (event: CommandEvent) => Promise<void> = createSetUpCommand({
  port: () => new OfficeWorkbook(),
  locale,
  setUp: setUpWorkbook,
  describe: describeSetUp,
  notify: postNotice,
  showPane: () => Office.addin.showAsTaskpane(),
});

/** The manifest's `generateReport` handler. */
export const generateReportCommand: (event: CommandEvent) => Promise<void> = createReportCommand({
  port: () => new OfficeWorkbook(),
  locale,
  today: () => localToday(),
  generate: generateReport,
  notify: postNotice,
  showPane: () => Office.addin.showAsTaskpane(),
});
