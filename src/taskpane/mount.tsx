/**
 * The task pane inside Excel, rendered into the shared runtime page once the pane is shown (index.tsx loads this
 * module on demand). It talks to the workbook through the Office.js adapter.
 */
import { createRoot } from "react-dom/client";
import type { Locale } from "../i18n";
import { OfficeWorkbook } from "../workbook/office";
import { App } from "./App";
import { themeFromOffice } from "./theme";

/**
 * Renders the pane into `container` (replacing the loading text) and re-themes it when high contrast changes.
 * @param container - the page's #root.
 * @param locale - Office's display language.
 * @example mountPane(document.getElementById("root")!, "zh-CN")
 */
export function mountPane(container: HTMLElement, locale: Locale): void {
  /** `(forced-colors: active)`: Windows high contrast, which Office follows. */
  const forcedColors = window.matchMedia("(forced-colors: active)");
  container.replaceChildren();
  const root = createRoot(container);
  const port = new OfficeWorkbook();
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
}
