import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { t, type MessageKey, type MessageParams } from "../../../../src/i18n";
import { Reminders } from "../../../../src/taskpane/screens/goals/Reminders";
import { KpiDeskProvider } from "../../../../src/taskpane/shell/KpiDeskContext";
import { TEAM, TODAY } from "./fixture";
import { seededWorkbook } from "../../../fixtures/rows";

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

const en = (key: MessageKey, params?: MessageParams) => t("en-US", key, params);

async function renderReminders(variant: "banner" | "count", seed = TEAM) {
  const port = await seededWorkbook(seed);
  const read = jest.spyOn(port, "readTables");
  const { container } = render(
    <KpiDeskProvider port={port} initialLocale="en-US" today={TODAY}>
      <FluentProvider theme={webLightTheme}>
        <Reminders variant={variant} />
      </FluentProvider>
    </KpiDeskProvider>,
  );
  return { container, read };
}

describe("<Reminders />", () => {
  it("shows the team's counts at the top of the pane, the tasks on demand, and can be dismissed", async () => {
    const user = userEvent.setup({ delay: null });
    await renderReminders("banner");
    // Collapsed: one short line, no title; the line itself opens the list.
    const toggle = await screen.findByRole("button", {
      name: en("goals.reminders.short", { overdue: 1, soon: 2 }),
    });
    expect(screen.queryByText(en("goals.reminders.title"))).not.toBeInTheDocument();
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(screen.getByText(en("goals.reminders.title"))).toBeInTheDocument();
    expect(
      screen.getByText(en("goals.reminders.summary", { overdue: 1, soon: 2, days: 3 })),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        en("goals.reminders.overdue", { name: "Ada Lin", title: "Call Acme", date: "2026-08-13" }),
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        en("goals.reminders.soon", { name: "Ada Lin", title: "Visit Birch", date: "2026-08-17" }),
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: en("goals.reminders.dismiss") }));
    expect(screen.queryByText(en("goals.reminders.title"))).not.toBeInTheDocument();
  });

  it("shows a count badge for the Team screen", async () => {
    await renderReminders("count");
    expect(await screen.findByText(en("goals.reminders.count", { count: 3 }))).toBeInTheDocument();
  });

  it("renders nothing without open tasks due", async () => {
    const { container, read } = await renderReminders("banner", { ...TEAM, Tasks: [] });
    await waitFor(() => expect(read).toHaveBeenCalled());
    await act(() => read.mock.results[0].value);
    expect(container).toHaveTextContent(/^$/);
  });
});
