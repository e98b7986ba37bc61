/**
 * The task pane inside Excel. It shares its page with the custom functions and the ribbon commands (the shared
 * runtime), so it only renders once Office is ready and talks to the workbook through the Office.js adapter.
 */
import { createRoot } from "react-dom/client";
import { resolveLocale } from "../i18n";
import { OfficeWorkbook } from "../workbook/office";
import { App } from "./App";
import { themeFromOffice } from "./theme";

/** `(forced-colors: active)`: Windows high contrast, which Office follows. */
const forcedColors = window.matchMedia("(forced-colors: active)");

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const port = new OfficeWorkbook();
  const locale = resolveLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  const render = () =>
    root.render(
      <App
        port={port}
        locale={locale}
        theme={themeFromOffice(Office.context.officeTheme, forcedColors.matches)}
      />,
    );
  render();
  // Turning high contrast on or off while the pane is open re-themes it; Office itself reloads add-ins when its
  // own theme changes, so the first render's theme holds until then.
  forcedColors.addEventListener("change", render);
});
