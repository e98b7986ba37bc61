/**
 * The ribbon's "Set up workbook" handler, free of Office globals so it can be tested with a fake port: it creates
 * the missing tables (headers in the user's Office language, no sample data — the pane's set-up offers the sample
 * team), reports progress and the result in the task pane, and always calls `event.completed()`.
 */
import { KpiError } from "../core/errors";
import { t, type Locale } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import type { SetUpOptions, SetUpResult } from "../workbook/setup";
import type { NoticeIntent } from "./notices";

/** What Office hands an ExecuteFunction handler (only `completed` is used). */
export interface CommandEvent {
  completed(): void;
}

/** Everything the handler needs from its surroundings. */
export interface SetUpCommandDeps {
  /** The workbook to set up. */
  port: () => WorkbookPort;
  /** The user's language (Office's display language). */
  locale: () => Locale;
  /** `setUpWorkbook` (src/workbook/setup.ts). */
  setUp: (port: WorkbookPort, options: SetUpOptions) => Promise<SetUpResult>;
  /** `describeSetUp`: the result in words. */
  describe: (result: SetUpResult, locale: Locale) => string;
  /** Shows a message to the user (the task pane renders it). */
  notify: (intent: NoticeIntent, text: string) => void;
  /** Opens the task pane, where the notices are shown. */
  showPane: () => Promise<void>;
}

/**
 * The text of an error in the user's language: a product error's own message, anything else as unexpected.
 * @param error - what was thrown.
 * @param locale - the user's language.
 * @returns the message.
 */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof KpiError) return error.localized(locale);
  const detail = error instanceof Error ? error.message : String(error);
  return t(locale, "cmd.unexpected", { detail });
}

/**
 * Builds the handler registered for the manifest's `setUpWorkbook` FunctionName.
 * @param deps - port, language, set-up routine, notification and pane.
 * @returns the handler; a second click while set-up runs is answered with a "busy" notice.
 * @example Office.actions.associate("setUpWorkbook", createSetUpCommand(deps));
 */
export function createSetUpCommand(deps: SetUpCommandDeps): (event: CommandEvent) => Promise<void> {
  let running = false;
  return async (event) => {
    let locale: Locale = "en-US";
    try {
      locale = deps.locale();
      if (running) {
        deps.notify("warning", t(locale, "cmd.busy"));
        return;
      }
      running = true;
      try {
        // The pane is where progress and the result are shown; failing to open it must not stop set-up.
        await deps.showPane().catch(() => undefined);
        const result = await deps.setUp(deps.port(), {
          locale,
          withSample: false,
          onProgress: ({ done, total }) =>
            deps.notify("info", t(locale, "cmd.setUp.running", { done, total })),
        });
        deps.notify("success", deps.describe(result, locale));
      } finally {
        running = false;
      }
    } catch (error) {
      deps.notify("error", t(locale, "cmd.setUp.failed", { detail: errorText(error, locale) }));
    } finally {
      event.completed();
    }
  };
}
