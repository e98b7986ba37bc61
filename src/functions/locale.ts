/**
 * The language of the text a function produces (rule 8 of functions.md): Excel's display language, read at
 * call time so a user who switches Office to Chinese sees Chinese labels on the next recalculation.
 */
import { resolveLocale, type Locale } from "../i18n";

type OfficeLike = { context?: { displayLanguage?: string } };

/**
 * Reads `Office.context.displayLanguage` when the Office runtime is loaded.
 * @returns "zh-CN" for any `zh-*` display language, "en-US" otherwise and wherever Office is absent
 *   (Node, HyperFormula) or not ready (reading `context` before `Office.onReady` may throw).
 * @example displayLocale() // "en-US" in Node
 */
export function displayLocale(): Locale {
  try {
    const office = (globalThis as { Office?: OfficeLike }).Office;
    return resolveLocale(office?.context?.displayLanguage);
  } catch {
    return "en-US";
  }
}
