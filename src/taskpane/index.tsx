/**
 * The task pane's entry on the shared runtime page. Excel opens this page for every workbook that uses KPI.
 * formulas, whether or not the pane is ever shown, and the functions must not wait for the pane: so this entry is
 * tiny, and the pane itself (React, Fluent, the screens: mount.tsx) is fetched only once the page is visible —
 * at once when Excel opens it as the pane, or later when a hidden runtime's pane is first shown. Until then the
 * page shows a plain "Loading…" in the user's language; a failed download says so and offers a retry. The first
 * screen's strings come with it, in the user's language only; every other screen's arrive with that screen
 * (src/i18n: `loadStrings`, `needStrings`).
 */
import { loadStrings, resolveLocale, t, type Locale } from "../i18n";

/**
 * Loads and mounts the pane.
 * @param container - the page's #root.
 * @param locale - Office's display language.
 */
function loadPane(container: HTMLElement, locale: Locale): void {
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.style.cssText = "font: 14px 'Segoe UI', 'Microsoft YaHei', sans-serif; margin: 16px";
  status.textContent = t(locale, "tp.loading");
  container.replaceChildren(status);
  // The pane's code and its first screen's strings in the user's language (the other language loads on a
  // switch), side by side.
  Promise.all([import(/* webpackChunkName: "pane" */ "./mount"), loadStrings(locale)]).then(
    ([pane]) => pane.mountPane(container, locale),
    (error: unknown) => {
      status.setAttribute("role", "alert");
      const detail = error instanceof Error ? error.message : String(error);
      status.textContent = `${t(locale, "tp.error.title")}: ${t(locale, "cmd.unexpected", { detail })} `;
      const retry = document.createElement("button");
      retry.type = "button";
      retry.textContent = t(locale, "tp.retry");
      retry.addEventListener("click", () => loadPane(container, locale));
      status.append(retry);
    },
  );
}

/**
 * Calls `show` once the page is visible: now, or on the first visibility change (a hidden shared runtime whose
 * pane the user opens later).
 * @param show - what to do.
 */
function whenVisible(show: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    document.removeEventListener("visibilitychange", onChange);
    show();
  };
  const onChange = () => {
    if (document.visibilityState === "visible") once();
  };
  if (document.visibilityState === "visible") {
    once();
    return;
  }
  document.addEventListener("visibilitychange", onChange);
  // Office tells a shared runtime when its pane is shown (SharedRuntime 1.1), even where the page's own
  // visibility does not change.
  void Office.addin?.onVisibilityModeChanged?.((args) => {
    if (args.visibilityMode === Office.VisibilityMode.taskpane) once();
  });
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const locale = resolveLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  whenVisible(() => loadPane(container, locale));
});
