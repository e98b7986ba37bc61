/**
 * What every ribbon command handler shares: one run at a time (a second click is answered with a "busy" notice),
 * the pane opened to show progress and the result, a failure told in the user's language, and
 * `event.completed()` always called, as Office requires.
 */
import { KpiError } from "../core/errors";
import { t, type Locale, type MessageKey } from "../i18n";
import type { NoticeIntent } from "./notices";

/** What Office hands an ExecuteFunction handler (only `completed` is used). */
export interface CommandEvent {
  completed(): void;
}

/** What a handler needs from its surroundings, whatever it runs. */
export interface HandlerDeps {
  /** The user's language (Office's display language). */
  locale: () => Locale;
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
 * Builds a ribbon handler that runs `work` once at a time.
 * @param deps - language, notification and pane.
 * @param failed - the message of a failure; its `detail` is the error's text.
 * @param work - the command, given the user's language, after the pane was asked to open (failing to open it does
 *   not stop the command).
 * @returns the handler for Office.actions.associate.
 */
export function commandHandler(
  deps: HandlerDeps,
  failed: MessageKey,
  work: (locale: Locale) => Promise<void>,
): (event: CommandEvent) => Promise<void> {
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
        await deps.showPane().catch(() => undefined);
        await work(locale);
      } finally {
        running = false;
      }
    } catch (error) {
      deps.notify("error", t(locale, failed, { detail: errorText(error, locale) }));
    } finally {
      event.completed();
    }
  };
}
