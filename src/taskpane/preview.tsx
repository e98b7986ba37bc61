/**
 * The task pane in a plain browser (no Office): the same App on the in-memory workbook, for demonstrations and
 * the end-to-end tests. It starts on an empty workbook so that the first-run set-up is what one sees and tests;
 * `?sample` starts it already set up with the sample team instead.
 *
 * Query string: `lang=zh-CN|en-US` (default: the browser's language), `theme=light|dark|highContrast`,
 * `sample` (set up with the sample team before showing the pane; `sample=2000` makes it 2,000 people).
 */
import { resolveLocale } from "../i18n";
import { MemoryWorkbook } from "../workbook/memory";
import { setUpWorkbook } from "../workbook/setup";
import { localToday } from "./shell/localToday";
import { parseThemeName } from "./theme";

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const locale = resolveLocale(params.get("lang") ?? navigator.language);
  const theme = parseThemeName(params.get("theme"));
  document.documentElement.lang = locale;
  const port = new MemoryWorkbook();
  if (params.has("sample")) {
    const managers = Number(params.get("sample")) || undefined;
    await setUpWorkbook(port, { locale, withSample: true, sample: { managers, asOf: localToday() } });
  }
  const container = document.getElementById("root");
  if (!container) return;
  // The pane's code loads on demand, as on the Office page (index.tsx), so both build the same "pane" chunks.
  const [{ createRoot }, { App }] = await Promise.all([
    import(/* webpackChunkName: "pane" */ "react-dom/client"),
    import(/* webpackChunkName: "pane" */ "./App"),
  ]);
  createRoot(container).render(<App port={port} locale={locale} theme={theme} />);
}

void main();
