/** Helpers of the pane tests: render on a port with today pinned, and build typed rows from the fields that matter. */
import { PeopleTeamRegular } from "@fluentui/react-icons";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { serialFromYMD } from "../../src/core";
import type { Locale, MessageKey } from "../../src/i18n";
import { tableSpec, type TableKey, type TableRows } from "../../src/model";
import { App } from "../../src/taskpane/App";
import type { ScreenDefinition } from "../../src/taskpane/screens/registry";
import type { WorkbookPort } from "../../src/workbook/port";

/** The day every pane test runs on: 2026-08-15, in 2026-Q3 (fiscal year = calendar year by default). */
export const TODAY = serialFromYMD(2026, 8, 15);

/**
 * @param port - the workbook.
 * @param options - language (English by default) and screens (the registry by default).
 * @returns Testing Library's render result.
 */
export function renderPane(
  port: WorkbookPort,
  options: { locale?: Locale; screens?: ScreenDefinition[] } = {},
) {
  return render(
    <App
      port={port}
      locale={options.locale ?? "en-US"}
      theme="light"
      today={TODAY}
      screens={options.screens}
    />,
  );
}

/**
 * @param id - screen id.
 * @param labelKey - its navigation label.
 * @param content - what it renders.
 * @returns a screen definition, for shell tests.
 */
export function screenOf(id: string, labelKey: MessageKey, content: ReactNode): ScreenDefinition {
  return { id, labelKey, icon: PeopleTeamRegular, component: () => <>{content}</> };
}

/**
 * @param key - the table.
 * @param fields - the fields that matter to the test.
 * @returns a full typed row: every other column blank.
 */
export function row<K extends TableKey>(key: K, fields: Partial<TableRows[K]>): TableRows[K] {
  const blank = Object.fromEntries(tableSpec(key).columns.map((c) => [c.key, null]));
  return { ...blank, ...fields } as TableRows[K];
}
