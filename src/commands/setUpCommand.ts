/**
 * The ribbon's "Set up workbook" handler, free of Office globals so it can be tested with a fake port: it creates
 * the missing tables (headers in the user's Office language, no sample data — the pane's set-up offers the sample
 * team), reports progress and the result in the task pane, and always calls `event.completed()`.
 */
import { t, type Locale } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import type { SetUpOptions, SetUpResult } from "../workbook/setup";
import { commandHandler, type CommandEvent, type HandlerDeps } from "./handler";

/** Everything the handler needs from its surroundings. */
export interface SetUpCommandDeps extends HandlerDeps {
  /** The workbook to set up. */
  port: () => WorkbookPort;
  /** `setUpWorkbook` (src/workbook/setup.ts). */
  setUp: (port: WorkbookPort, options: SetUpOptions) => Promise<SetUpResult>;
  /** `describeSetUp`: the result in words. */
  describe: (result: SetUpResult, locale: Locale) => string;
}

/**
 * Builds the handler registered for the manifest's `setUpWorkbook` FunctionName.
 * @param deps - port, language, set-up routine, notification and pane.
 * @returns the handler; a second click while set-up runs is answered with a "busy" notice.
 * @example Office.actions.associate("setUpWorkbook", createSetUpCommand(deps));
 */
export function createSetUpCommand(deps: SetUpCommandDeps): (event: CommandEvent) => Promise<void> {
  return commandHandler(deps, "cmd.setUp.failed", async (locale) => {
    const result = await deps.setUp(deps.port(), {
      locale,
      withSample: false,
      onProgress: ({ done, total }) => deps.notify("info", t(locale, "cmd.setUp.running", { done, total })),
    });
    deps.notify("success", deps.describe(result, locale));
  });
}
