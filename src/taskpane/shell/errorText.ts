/**
 * Turns anything thrown below the pane into words in the user's language. The pane's hooks are the boundary where
 * errors are caught (style.md, "One error catalogue"); this is the one place that decides how they read.
 */
import { KpiError, ValidationError } from "../../core/errors";
import { t, type Locale } from "../../i18n";

/** A caught error, ready to show. */
export interface ErrorText {
  /** The main message. */
  message: string;
  /** One line per refused cell, for validation errors (first few only, so the bar stays readable). */
  details: string[];
}

/** How many validation issues a message bar lists before it stops. */
export const MAX_ISSUES_SHOWN = 5;

/**
 * @param error - whatever was thrown: a `KpiError` (rendered from its key), or anything else (an unexpected
 *   error, shown as `err.internal` with its message so that it can be reported).
 * @param locale - the pane's language.
 * @returns the message and its details.
 * @example errorText(new KpiError("na", "err.internal", { detail: "x" }), "zh-CN").message // "意外错误：x"
 */
export function errorText(error: unknown, locale: Locale): ErrorText {
  if (error instanceof KpiError) {
    const details =
      error instanceof ValidationError
        ? error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => t(locale, issue.key, issue.params))
        : [];
    return { message: error.localized(locale), details };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: t(locale, "err.internal", { detail }), details: [] };
}
