/**
 * Ribbon commands (the manifest's ExecuteFunction buttons), loaded into the shared runtime page. "Open KPI Desk"
 * is a ShowTaskpane action and needs no code; "Set up workbook" and "Generate report" are registered here. Office
 * calls a handler by the manifest's FunctionName, so the ids below and the manifest's <FunctionName>s must stay
 * equal (checked by test/manifest/manifest.test.ts).
 *
 * The buttons are registered at once, but what they run (ribbon.ts: the Office adapter, set-up, the report
 * planner) is fetched on the first click, with the strings it speaks in the user's language: this page also
 * serves the KPI. functions, which must not wait for it.
 */
import { loadStrings, resolveLocale } from "../i18n";
import { postNotice } from "./notices";
import { errorText, type CommandEvent } from "./handler";

type Ribbon = typeof import("./ribbon");

let ribbon: Promise<Ribbon> | null = null;

/** The string areas ribbon.ts speaks (test/i18n/areas.test.ts checks that they hold every key it uses). */
const RIBBON_STRINGS = ["pane", "report"] as const;

/**
 * @param pick - the handler to run, once ribbon.ts is loaded.
 * @returns a handler for Office.actions.associate; if ribbon.ts cannot be loaded (offline), the user is told why
 *   and the event still completes, as Office requires.
 */
function lazyHandler(pick: (r: Ribbon) => (event: CommandEvent) => Promise<void>) {
  return async (event: CommandEvent): Promise<void> => {
    let loaded: Ribbon;
    try {
      ribbon ??= import(/* webpackChunkName: "ribbon" */ "./ribbon");
      // What the handlers say (the workbook's headers and messages, the report) is in two string areas of the
      // user's language; the pane's own languages are left alone.
      const locale = resolveLocale(Office.context.displayLanguage);
      [loaded] = await Promise.all([ribbon, loadStrings(locale, RIBBON_STRINGS)]);
    } catch (error) {
      ribbon = null; // the next click tries again
      postNotice("error", errorText(error, resolveLocale(Office.context.displayLanguage)));
      event.completed();
      return;
    }
    await pick(loaded)(event);
  };
}

Office.onReady(() => {
  Office.actions.associate(
    "setUpWorkbook",
    lazyHandler((r) => r.setUpWorkbookCommand),
  );
  Office.actions.associate(
    "generateReport",
    lazyHandler((r) => r.generateReportCommand),
  );
});
