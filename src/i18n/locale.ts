/** The two languages KPI Desk speaks. */
export type Locale = "en-US" | "zh-CN";

export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/**
 * Maps an Office display language (e.g. `zh-CN`, `zh-TW`, `en-GB`, `fr-FR`) to a supported locale:
 * every Chinese variant reads Simplified Chinese, everything else English.
 * @param displayLanguage - a BCP-47 tag such as `Office.context.displayLanguage`; blank means English.
 * @returns the locale to render in.
 * @example resolveLocale("zh-TW") // "zh-CN"
 */
export function resolveLocale(displayLanguage: string | null | undefined): Locale {
  return /^zh\b/i.test((displayLanguage ?? "").trim()) ? "zh-CN" : "en-US";
}
