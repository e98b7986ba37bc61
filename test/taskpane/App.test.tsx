import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { KpiError } from "../../src/core/errors";
import { t } from "../../src/i18n";
import { TABLE_KEYS } from "../../src/model";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { WorkbookPort } from "../../src/workbook/port";
import { renderPane, row, screenOf } from "./render";
import { seededWorkbook } from "../fixtures/rows";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t("en-US", key, params);
const zh = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t("zh-CN", key, params);

/** A promise resolved from outside, to hold a port call open while the test looks at the pane. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("task pane shell", () => {
  it("first run: sets up the workbook with the sample team, reports the tables created, and lists the team", async () => {
    const user = userEvent.setup();
    const port = new MemoryWorkbook();
    renderPane(port);

    await screen.findByRole("heading", { name: en("tp.setup.title") });
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: en("tp.setup.sample") }));
    await user.click(screen.getByRole("button", { name: en("tp.setup.run") }));

    const total = TABLE_KEYS.length;
    const created = t("en-US", "workbook.setup.created", { created: total, total, existing: 0 });
    expect(await screen.findByText(created, { exact: false })).toBeInTheDocument();
    const roster = await screen.findByRole("list", { name: en("tp.team.roster") });
    await waitFor(() => expect(within(roster).getAllByRole("listitem").length).toBeGreaterThan(4));
    expect(await port.listTables()).toHaveLength(TABLE_KEYS.length);
    expect(screen.getByRole("tab", { name: en("tp.screen.team") })).toHaveAttribute("aria-selected", "true");
  });

  it("first run without the sample team: empty tables, and the roster says how to fill them", async () => {
    const user = userEvent.setup();
    const port = new MemoryWorkbook();
    renderPane(port);

    await user.click(await screen.findByRole("button", { name: en("tp.setup.run") }));

    expect(await screen.findByText(en("tp.team.empty"))).toBeInTheDocument();
    expect((await port.readTables(["Managers"])).Managers).toEqual([]);
  });

  it("sets up in the language chosen on the form, whatever the pane's language", async () => {
    const user = userEvent.setup();
    const port = new MemoryWorkbook();
    const ensure = jest.spyOn(port, "ensureTables");
    renderPane(port, { locale: "en-US" });

    await user.click(await screen.findByRole("radio", { name: "中文" }));
    await user.click(screen.getByRole("button", { name: en("tp.setup.run") }));

    await screen.findByText(en("tp.setup.doneTitle"));
    expect(ensure.mock.calls.every((call) => call[1] === "zh-CN")).toBe(true);
  });

  it("shows progress and blocks a second run while set-up is writing", async () => {
    const user = userEvent.setup();
    const port = new MemoryWorkbook();
    const gate = deferred();
    const ensure = port.ensureTables.bind(port);
    jest.spyOn(port, "ensureTables").mockImplementation(async (...args) => {
      await gate.promise;
      return ensure(...args);
    });
    renderPane(port);

    await user.click(await screen.findByRole("button", { name: en("tp.setup.run") }));

    expect(await screen.findByRole("progressbar", { name: en("tp.setup.running") })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: en("tp.setup.run") })).toBeDisabled();
    gate.resolve();
    expect(await screen.findByText(en("tp.setup.doneTitle"))).toBeInTheDocument();
    expect(screen.queryByRole("progressbar", { name: en("tp.setup.running") })).not.toBeInTheDocument();
  });

  it("a failed set-up shows the error in a MessageBar and leaves the form ready to try again", async () => {
    const user = userEvent.setup();
    const port = new MemoryWorkbook();
    jest
      .spyOn(port, "ensureTables")
      .mockRejectedValue(new KpiError("value", "err.internal", { detail: "the workbook is read-only" }));
    renderPane(port);

    await user.click(await screen.findByRole("button", { name: en("tp.setup.run") }));

    expect(await screen.findByText(en("tp.error.action"))).toBeInTheDocument();
    expect(screen.getByText(en("err.internal", { detail: "the workbook is read-only" }))).toBeInTheDocument();
    expect(screen.getByRole("button", { name: en("tp.setup.run") })).toBeEnabled();
    expect(await port.listTables()).toEqual([]);
  });

  it("when the workbook cannot be read, says so in the pane's language and recovers on Retry", async () => {
    const user = userEvent.setup();
    const port = new MemoryWorkbook();
    const list = jest
      .spyOn(port, "listTables")
      .mockRejectedValueOnce(new KpiError("na", "err.internal", { detail: "Excel is busy" }));
    renderPane(port, { locale: "zh-CN" });

    expect(await screen.findByText(zh("err.internal", { detail: "Excel is busy" }))).toBeInTheDocument();
    expect(screen.getByText(zh("tp.error.title"))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: zh("tp.retry") }));

    expect(await screen.findByRole("heading", { name: zh("tp.setup.title") })).toBeInTheDocument();
    // Once per revision for the shell (set-up or screens) and once for the team book (hooks/useBook) — twice for
    // its first whole read after Retry: the roster's tables, then the others (the workbook may change between).
    expect(list).toHaveBeenCalledTimes(5);
  });

  it("switching the language re-renders the whole pane in Chinese", async () => {
    const user = userEvent.setup();
    const port = await seededWorkbook({
      Managers: [row("Managers", { ManagerID: "M1", Name: "Ada Lin", Team: "North" })],
    });
    renderPane(port);
    await screen.findByRole("list", { name: en("tp.team.roster") });

    await user.click(screen.getByRole("button", { name: en("tp.lang.switch", { language: "English" }) }));
    await user.click(await screen.findByRole("menuitemradio", { name: "中文" }));

    expect(await screen.findByRole("heading", { name: zh("app.name") })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: zh("tp.screen.team") })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: zh("tp.team.roster") })).toBeInTheDocument();
    expect(screen.getByText(zh("tp.team.count", { count: 1 }))).toBeInTheDocument();
    expect(screen.queryByText(en("tp.team.count", { count: 1 }))).not.toBeInTheDocument();
  });

  it("offers to add the tables a workbook is missing, and adds only those", async () => {
    const user = userEvent.setup();
    const port = new MemoryWorkbook();
    await port.ensureTables(["Managers", "Settings"], "en-US");
    renderPane(port);

    const missing = TABLE_KEYS.length - 2;
    expect(
      await screen.findByText(en("tp.setup.missing", { missing, total: TABLE_KEYS.length })),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: en("tp.setup.addMissing") }));

    const total = TABLE_KEYS.length;
    const created = en("workbook.setup.created", { created: missing, total, existing: 2 });
    expect(await screen.findByText(created, { exact: false })).toBeInTheDocument();
    expect(await port.listTables()).toHaveLength(TABLE_KEYS.length);
    expect(screen.queryByRole("button", { name: en("tp.setup.addMissing") })).not.toBeInTheDocument();
  });

  it("shows exactly the registered screens and moves between them with the keyboard", async () => {
    const user = userEvent.setup();
    const port: WorkbookPort = await seededWorkbook();
    renderPane(port, {
      screens: [
        screenOf("one", "tp.screen.team", <p>first screen</p>),
        screenOf("two", "tp.setup.title", <p>second screen</p>),
      ],
    });

    const tabs = await screen.findAllByRole("tab");
    expect(tabs).toHaveLength(2);
    expect(tabs[0]).toHaveAccessibleName(en("tp.screen.team"));
    expect(tabs[1]).toHaveAccessibleName(en("tp.setup.title"));
    expect(screen.getByRole("tabpanel")).toHaveTextContent("first screen");
    // Enter on a focused tab opens its screen (arrow keys move focus along the strip: Fluent's tabster, which
    // needs a real layout; the e2e run covers the browser).
    tabs[1].focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("second screen");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName(en("tp.setup.title"));
  });
});
