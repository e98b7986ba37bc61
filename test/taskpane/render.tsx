/** Helpers of the pane tests: render on a port with today pinned, and build typed rows from the fields that matter. */
import { PeopleTeamRegular } from "@fluentui/react-icons";
import { render, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { serialFromYMD } from "../../src/core";
import type { Locale, MessageKey } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import type { ScreenDefinition } from "../../src/taskpane/screens/registry";
import type { WorkbookPort } from "../../src/workbook/port";

export { row } from "../fixtures/rows";

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
 * jsdom has no layout: `offsetParent` is always null and the body measures 0 × 0, so Fluent's focus manager
 * (tabster) takes every element for invisible — a dialog then cannot move focus inside and hides itself from the
 * accessibility tree. Called at the top of a test file, this gives elements the parent and the body the size a
 * browser would report, for the file's tests, and puts them back after.
 */
export function withBrowserLayout(): void {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
    jest.spyOn(document.body, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 320, 720));
  });
  afterAll(() => {
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
    jest.restoreAllMocks();
  });
}

/**
 * @param list - a list.
 * @param text - a text one of its items holds (a person's or customer's name).
 * @returns the first item of the list whose text includes `text`.
 */
export function itemWith(list: HTMLElement, text: string): HTMLElement {
  return within(list)
    .getAllByRole("listitem")
    .find((item) => item.textContent?.includes(text)) as HTMLElement;
}
