/**
 * The language saved in the workbook wins over Office's display language: when the pane opens, it reads the
 * Settings table once and, if a `language` is set there, switches to it. Mounted once, inside the pane's
 * provider (the shell).
 */
import { useEffect, useRef } from "react";
import type { Locale } from "../../../i18n";
import { normalizeWord, readSettings, type SettingRow } from "../../../model";
import { useKpiDesk } from "../../shell/KpiDeskContext";

/**
 * The language the Settings rows ask for.
 * @param rows - the Settings table.
 * @returns the saved language, or null when none is set (or it cannot be read: then Office's stays).
 * @example savedLanguage([{ Key: "language", Value: "en-US" }]) // "en-US"
 */
export function savedLanguage(rows: readonly SettingRow[]): Locale | null {
  const set = rows.some((r) => normalizeWord(r.Key) === "language" && (r.Value ?? "").trim() !== "");
  if (!set) return null;
  const { settings, issues } = readSettings(rows);
  return issues.some((i) => i.setting === "language") ? null : settings.language;
}

/**
 * Applies the saved language once, when the pane opens. A workbook without a Settings table (not set up yet)
 * keeps Office's language, and so does a pane whose user picked a language before the read came back.
 */
export function useSavedLanguage(): void {
  const { port, locale, setLocale } = useKpiDesk();
  const current = useRef(locale);
  current.current = locale;
  useEffect(() => {
    const opened = current.current;
    let live = true;
    port.readTables(["Settings"]).then(
      ({ Settings }) => {
        const saved = savedLanguage(Settings);
        if (live && saved && current.current === opened) setLocale(saved);
      },
      // No Settings table (not set up yet) or a failed read: Office's language stays. Not a failure of the pane —
      // the screens report their own read errors.
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Once per workbook: later switches are the user's.
  }, [port, setLocale]);
}
