import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { translator } from "../../src/i18n";
import { ConfirmDialog } from "../../src/taskpane/components/ConfirmDialog";
import { PeriodFilter, PersonFilter, TeamFilter } from "../../src/taskpane/components/FilterBar";
import { SEARCH_CHOICES, SHOWN_CHOICES } from "../../src/taskpane/components/ChoicePicker";
import { Screen, ScreenTabs } from "../../src/taskpane/components/Screen";
import { KpiDeskProvider } from "../../src/taskpane/shell/KpiDeskContext";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { TODAY } from "./render";

const en = translator("en-US");
const zh = translator("zh-CN");

/**
 * Renders `content` inside the provider and waits for the provider's first read of the (empty) workbook to settle,
 * so that its state update lands inside act() rather than after the test's last assertion.
 */
async function renderIn(content: ReactNode, locale: "en-US" | "zh-CN" = "en-US") {
  render(
    <KpiDeskProvider port={new MemoryWorkbook()} initialLocale={locale} today={TODAY}>
      {content}
    </KpiDeskProvider>,
  );
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return userEvent.setup();
}

describe("the pane's shared pieces", () => {
  it("Screen: a spinner while the first read runs, then the named section with the failure and Retry", async () => {
    const onRetry = jest.fn();
    const { rerender } = render(
      <KpiDeskProvider port={new MemoryWorkbook()} initialLocale="en-US" today={TODAY}>
        <Screen label="People" loading error={null}>
          <p>content</p>
        </Screen>
      </KpiDeskProvider>,
    );
    expect(screen.getByText(en("tp.loading"))).toBeInTheDocument();
    expect(screen.queryByText("content")).toBeNull();

    rerender(
      <KpiDeskProvider port={new MemoryWorkbook()} initialLocale="en-US" today={TODAY}>
        <Screen label="People" loading={false} error={new Error("read failed")} onRetry={onRetry}>
          <p>content</p>
        </Screen>
      </KpiDeskProvider>,
    );
    const section = screen.getByRole("region", { name: "People" });
    expect(section).toHaveTextContent("content");
    expect(section).toHaveTextContent("read failed");
    await userEvent.setup().click(screen.getByRole("button", { name: en("tp.retry") }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("ScreenTabs: selects the tab given and reports the one chosen", async () => {
    const onChange = jest.fn();
    const user = await renderIn(
      <ScreenTabs
        label="Views"
        value="b"
        tabs={[
          { value: "a", text: "First" },
          { value: "b", text: "Second" },
        ]}
        onChange={onChange}
      />,
    );
    expect(screen.getByRole("tab", { name: "Second" })).toHaveAttribute("aria-selected", "true");
    await user.click(screen.getByRole("tab", { name: "First" }));
    expect(onChange).toHaveBeenCalledWith("a");
  });

  it("TeamFilter and PeriodFilter are labelled Team and Period in both languages", async () => {
    const onPeriod = jest.fn();
    const filters = (
      <>
        <TeamFilter value="" teams={{ teams: ["North"], hasNoTeam: true }} onChange={() => undefined} />
        <PeriodFilter value="2026-Q3" periods={["2026-Q3", "2026-Q2"]} onChange={onPeriod} />
      </>
    );
    const user = await renderIn(filters);
    const team = screen.getByRole("combobox", { name: en("tp.team.filter") });
    expect(team).toHaveTextContent(en("tp.filter.noTeam"));
    await user.selectOptions(screen.getByRole("combobox", { name: en("tp.team.periodLabel") }), "2026-Q2");
    expect(onPeriod).toHaveBeenCalledWith("2026-Q2");

    cleanup();
    await renderIn(filters, "zh-CN");
    expect(screen.getByRole("combobox", { name: zh("tp.team.filter") })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: zh("tp.team.periodLabel") })).toHaveValue("2026-Q3");
  });

  it("PersonFilter of many people is searchable by name or team, any case, with a bounded list", async () => {
    const teams = ["North", "South", "零售一部"];
    const people = Array.from({ length: 2000 }, (_, i) => ({
      id: `M${i}`,
      name: i === 1234 ? "王小明" : `Person ${i}`,
      team: teams[i % 3],
    }));
    const onChange = jest.fn();
    render(
      <KpiDeskProvider port={new MemoryWorkbook()} initialLocale="en-US" today={TODAY}>
        <PersonFilter label="Person" value="M7" people={people} onChange={onChange} />
      </KpiDeskProvider>,
    );
    // While the searchable picker's code is fetched (its own chunk), the plain select stands in with the chosen
    // person only — never a select of 2,000 options.
    const standIn = screen.getByRole("combobox", { name: "Person" });
    expect(standIn.tagName).toBe("SELECT");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Person 7"]);
    expect(standIn).toHaveValue("M7");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Person" }).tagName).toBe("INPUT"));
    const user = userEvent.setup();
    const picker = screen.getByRole("combobox", { name: "Person" });
    expect(picker).toHaveValue("Person 7");
    expect(screen.queryAllByRole("option")).toHaveLength(0);

    // Opened: the first choices and a last entry saying how many more typing reaches.
    await user.click(picker);
    expect(screen.getAllByRole("option")).toHaveLength(SHOWN_CHOICES + 1);
    expect(
      screen.getByRole("option", { name: en("tp.picker.more", { shown: SHOWN_CHOICES, count: "2,000" }) }),
    ).toHaveAttribute("aria-disabled", "true");

    // Latin, any case: "person 1999" narrows to one.
    await user.clear(picker);
    await user.paste("PERSON 1999");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Person 1999 South"]);
    await user.click(screen.getByRole("option", { name: /Person 1999/ }));
    expect(onChange).toHaveBeenLastCalledWith("M1999");

    // Chinese, part of a name.
    await user.click(picker);
    await user.clear(picker);
    await user.paste("小明");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onChange).toHaveBeenLastCalledWith("M1234");

    // A team: its 666 people match, 50 in the page.
    await user.click(picker);
    await user.clear(picker);
    await user.paste("零售");
    expect(screen.getAllByRole("option")).toHaveLength(SHOWN_CHOICES + 1);
    expect(
      screen.getByText(en("tp.picker.more", { shown: SHOWN_CHOICES, count: "666" })),
    ).toBeInTheDocument();
    await user.clear(picker);
    await user.paste("nobody");
    expect(screen.getByText(en("tp.picker.none", { query: "nobody" }))).toBeInTheDocument();
    await user.tab();
    expect(picker).toHaveValue("Person 7");

    // A few people: the native select, every option from the start.
    cleanup();
    await renderIn(
      <PersonFilter label="Person" value="M1" people={people.slice(0, SEARCH_CHOICES)} onChange={onChange} />,
    );
    expect(screen.getAllByRole("option")).toHaveLength(SEARCH_CHOICES);
  });

  it("ConfirmDialog: confirm calls onConfirm; Escape and Cancel call onCancel", async () => {
    const onConfirm = jest.fn();
    const onCancel = jest.fn();
    const user = await renderIn(
      <ConfirmDialog
        open
        title="Submit?"
        confirmLabel="Submit"
        cancelLabel="Cancel"
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        A submitted review is read-only.
      </ConfirmDialog>,
    );
    const dialog = await screen.findByRole("dialog", { name: "Submit?" });
    expect(dialog).toHaveTextContent("A submitted review is read-only.");
    await user.click(screen.getByRole("button", { name: "Submit" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.keyboard("{Escape}");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
