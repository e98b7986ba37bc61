/**
 * Ribbon commands (the manifest's ExecuteFunction buttons), loaded into the shared runtime page. "Open KPI Desk"
 * is a ShowTaskpane action and needs no code; "Set up workbook" and "Generate report" are registered here. Office
 * calls a handler by the manifest's FunctionName, so the ids below and the manifest's <FunctionName>s must stay
 * equal (checked by test/manifest/manifest.test.ts).
 */
import { resolveLocale } from "../i18n";
import { localToday } from "../taskpane/shell/localToday";
import { generateReport } from "../workbook/generateReport";
import { OfficeWorkbook } from "../workbook/office";
import { describeSetUp, setUpWorkbook } from "../workbook/setup";
import { postNotice } from "./notices";
import { createReportCommand } from "./reportCommand";
import { createSetUpCommand } from "./setUpCommand";

Office.onReady(() => {
  const locale = () => resolveLocale(Office.context.displayLanguage);
  Office.actions.associate(
    "setUpWorkbook",
    createSetUpCommand({
      port: () => new OfficeWorkbook(),
      locale,
      setUp: setUpWorkbook,
      describe: describeSetUp,
      notify: postNotice,
      showPane: () => Office.addin.showAsTaskpane(),
    }),
  );
  Office.actions.associate(
    "generateReport",
    createReportCommand({
      port: () => new OfficeWorkbook(),
      locale,
      today: () => localToday(),
      generate: generateReport,
      notify: postNotice,
      showPane: () => Office.addin.showAsTaskpane(),
    }),
  );
});
