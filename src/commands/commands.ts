/**
 * Ribbon commands (the manifest's ExecuteFunction buttons), loaded into the shared runtime page. "Open KPI Desk"
 * is a ShowTaskpane action and needs no code; "Set up workbook" is registered here. Office calls the handler by
 * the manifest's FunctionName, so the id below and the manifest's <FunctionName> must stay equal (checked by
 * test/manifest/manifest.test.ts).
 */
import { resolveLocale } from "../i18n";
import { OfficeWorkbook } from "../workbook/office";
import { describeSetUp, setUpWorkbook } from "../workbook/setup";
import { postNotice } from "./notices";
import { createSetUpCommand } from "./setUpCommand";

Office.onReady(() => {
  const locale = () => resolveLocale(Office.context.displayLanguage);
  Office.actions.associate(
    "setUpWorkbook",
    createSetUpCommand({
      port: () => new OfficeWorkbook({ locale: locale() }),
      locale,
      setUp: setUpWorkbook,
      describe: describeSetUp,
      notify: postNotice,
      showPane: () => Office.addin.showAsTaskpane(),
    }),
  );
});
