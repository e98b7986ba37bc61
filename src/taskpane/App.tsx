/**
 * The task pane, whatever hosts it: Excel (index.tsx, Office.js adapter) or a plain browser (preview.tsx, memory
 * adapter). Everything the screens need arrives through props here and the context below — no globals.
 */
import { FluentProvider, makeStaticStyles } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Locale } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import type { ScreenDefinition } from "./screens/registry";
import { KpiDeskProvider, useKpiDesk } from "./shell/KpiDeskContext";
import { localToday } from "../core";
import { Shell } from "./shell/Shell";
import { fluentTheme, type ThemeName } from "./theme";

// The pane fills its frame edge to edge: no browser margin around it (it would show as a white frame in dark mode),
// and the provider under #root spans the full height. The height is NOT a className on FluentProvider: Fluent copies
// the provider's classes onto every portal (menus, dialogs, combobox lists), which would make each a full-screen layer.
const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
  "#root > .fui-FluentProvider": { minHeight: "100vh" },
});

/** Props of {@link App}. */
export type AppProps = {
  /** The workbook the pane reads and writes. */
  port: WorkbookPort;
  /** The language to start in. */
  locale: Locale;
  /** The look, following Office's theme. */
  theme: ThemeName;
  /** The screens to offer (the registry by default). */
  screens?: readonly ScreenDefinition[];
  /** Today as an Excel serial; defaults to the local calendar day when the pane opens (tests pin it). */
  today?: number;
  /** What the host shows beside the pane, inside its providers (the preview's sheet view). */
  beside?: ReactNode;
};

/**
 * @param props - port, language, theme, and optionally screens, today and what the host shows beside the pane.
 * @returns the whole pane.
 * @example createRoot(el).render(<App port={new MemoryWorkbook()} locale="zh-CN" theme="light" />)
 */
export function App({ port, locale, theme, screens, today, beside }: AppProps) {
  const [openedOn] = useState(localToday);
  return (
    <KpiDeskProvider port={port} initialLocale={locale} today={today ?? openedOn}>
      <Themed theme={theme}>
        <Shell screens={screens} />
        {beside}
      </Themed>
    </KpiDeskProvider>
  );
}

/** The Fluent provider, inside the context so that its `lang` follows a language switch. */
function Themed({ theme, children }: { theme: ThemeName; children: ReactNode }) {
  const { locale } = useKpiDesk();
  useGlobalStyles();
  return (
    <FluentProvider theme={fluentTheme(theme)} lang={locale}>
      {children}
    </FluentProvider>
  );
}
