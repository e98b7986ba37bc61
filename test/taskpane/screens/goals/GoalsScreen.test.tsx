import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { KpiError } from "../../../../src/core/errors";
import { t, type MessageKey, type MessageParams } from "../../../../src/i18n";
import { enumLabel } from "../../../../src/model";
import { SCREENS } from "../../../../src/taskpane/screens/registry";
import { renderPane } from "../../render";
import { Q3_END, TEAM, TODAY } from "./fixture";
import { goal, seededWorkbook } from "../../../fixtures/rows";

// Fluent in jsdom is slow, more so on a busy 2-core machine: generous limits keep these tests about behaviour.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

const en = (key: MessageKey, params?: MessageParams) => t("en-US", key, params);
const GOALS = SCREENS.filter((s) => s.id === "goals");

async function paneWith() {
  const port = await seededWorkbook(TEAM);
  renderPane(port, { screens: GOALS });
  await screen.findByRole("list", { name: en("goals.list", { name: "Ada Lin", period: "2026-Q3" }) });
  return { port, user: userEvent.setup({ delay: null }) };
}

const dialog = () => screen.getByRole("dialog");
/** A field's accessible name starts with its label (a required field's ends with an asterisk). */
const named = (key: MessageKey) => new RegExp(`^${en(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
const field = (name: MessageKey) => within(dialog()).getByRole("textbox", { name: named(name) });
const smartStatus = (letter: MessageKey) =>
  within(dialog()).getByText(en(letter)).closest("li")?.getAttribute("data-status");

describe("Goals & plans: goals", () => {
  it("lists the person's goals of the current quarter with the running weight total", async () => {
    await paneWith();
    expect(screen.getByRole("combobox", { name: en("goals.filter.period") })).toHaveValue("2026-Q3");
    const list = screen.getByRole("list", { name: en("goals.list", { name: "Ada Lin", period: "2026-Q3" }) });
    const cards = within(list).getAllByRole("listitem");
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent("Revenue");
    expect(cards[0]).toHaveTextContent(en("goals.item.target", { target: "110 CNY" }));
    expect(cards[0]).toHaveTextContent(en("goals.item.weight", { weight: "60%" }));
    expect(cards[0]).toHaveTextContent(en("goals.item.due", { date: "2026-09-30" }));
    expect(screen.getByText(en("goals.weight.value", { total: "90%" }))).toBeInTheDocument();
    expect(screen.getByText(en("goals.weight.under", { gap: "10%" }))).toBeInTheDocument();
    expect(screen.getByRole("button", { name: en("goals.activate") })).toBeDisabled();
  });

  it("validates the goal form field by field and writes nothing until it is valid", async () => {
    const { port, user } = await paneWith();
    const append = jest.spyOn(port, "appendRows");
    await user.click(screen.getByRole("button", { name: en("goals.new") }));
    // Empty description, KPI, target and weight: the checklist fails live before anything is submitted.
    expect(smartStatus("goals.smart.specific")).toBe("fail");
    expect(smartStatus("goals.smart.timeBound")).toBe("ok");

    await user.click(within(dialog()).getByRole("button", { name: en("goals.form.save") }));
    for (const key of [
      "goals.err.kpiRequired",
      "goals.err.descriptionRequired",
      "goals.err.targetRequired",
      "goals.err.weightRequired",
    ] as const) {
      expect(within(dialog()).getByText(en(key))).toBeInTheDocument();
    }
    await user.type(field("goals.form.weight"), "150");
    await user.type(field("goals.form.target"), "many");
    expect(within(dialog()).getByText(en("goals.err.weightRange"))).toBeInTheDocument();
    expect(within(dialog()).getByText(en("goals.err.targetNotNumber", { text: "many" }))).toBeInTheDocument();
    await user.clear(field("goals.form.period"));
    await user.type(field("goals.form.period"), "Q3");
    expect(within(dialog()).getByText(en("goals.err.periodInvalid", { text: "Q3" }))).toBeInTheDocument();
    expect(append).not.toHaveBeenCalled();

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole("button", { name: en("goals.new") })).toHaveFocus());
  });

  it("checks SMART live — Achievable against last quarter's actual — then saves, and activates at 100%", async () => {
    const { port, user } = await paneWith();
    const update = jest.spyOn(port, "updateRows");
    await user.click(screen.getByRole("button", { name: en("goals.new") }));

    await user.click(within(dialog()).getByRole("combobox", { name: named("goals.form.kpi") }));
    await user.click(screen.getByRole("option", { name: "Revenue" }));
    await user.type(field("goals.form.description"), "Grow");
    expect(smartStatus("goals.smart.specific")).toBe("warn");
    await user.paste(" revenue of SME accounts");
    expect(smartStatus("goals.smart.specific")).toBe("ok");

    await user.type(field("goals.form.target"), "200");
    expect(
      within(dialog()).getByText(en("goals.form.lastActual", { period: "2026-Q2", value: "100 CNY" }), {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(smartStatus("goals.smart.achievable")).toBe("warn");
    expect(
      within(dialog()).getByText(en("smart.achievable.highGrowth", { pct: 100, last: "100 CNY" })),
    ).toBeInTheDocument();
    await user.clear(field("goals.form.target"));
    await user.type(field("goals.form.target"), "120");
    expect(smartStatus("goals.smart.achievable")).toBe("ok");
    await user.type(field("goals.form.weight"), "10{Enter}");

    const list = await screen.findByRole("list", {
      name: en("goals.list", { name: "Ada Lin", period: "2026-Q3" }),
    });
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(3));
    expect(screen.getByText(en("goals.form.saved", { kpi: "Revenue", name: "Ada Lin" }))).toBeInTheDocument();
    expect(screen.getByText(en("goals.weight.complete"))).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: en("goals.activate") }));
    expect(await screen.findByText(en("goals.activate.done", { count: 3 }))).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);
    const { Goals } = await port.readTables(["Goals"]);
    expect(Goals.map((g) => [g.GoalID, g.Status, g.Weight])).toEqual([
      ["G000001", "active", 0.6],
      ["G000002", "active", 0.3],
      ["G000003", "active", 0.1],
    ]);
  });

  it("shows a failed write in a MessageBar, keeps the dialog open and the workbook unchanged", async () => {
    const { port, user } = await paneWith();
    jest
      .spyOn(port, "updateRows")
      .mockRejectedValueOnce(new KpiError("value", "err.internal", { detail: "locked" }));
    await user.click(screen.getByRole("button", { name: en("goals.item.edit", { kpi: "Revenue" }) }));
    await user.clear(field("goals.form.weight"));
    await user.type(field("goals.form.weight"), "70");
    await user.click(within(dialog()).getByRole("button", { name: en("goals.form.save") }));
    expect(await within(dialog()).findByText(en("err.internal", { detail: "locked" }))).toBeInTheDocument();
    const { Goals } = await port.readTables(["Goals"]);
    expect(Goals[0].Weight).toBe(0.6);
  });

  it("cascades a team goal: validates, previews the split, and creates linked drafts", async () => {
    const { port, user } = await paneWith();
    await user.click(screen.getByRole("button", { name: en("goals.cascade") }));
    await user.click(
      within(dialog()).getByRole("button", { name: en("goals.cascade.create", { count: 2 }) }),
    );
    for (const key of [
      "goals.err.kpiRequired",
      "goals.err.totalRequired",
      "goals.err.weightRequired",
    ] as const) {
      expect(within(dialog()).getByText(en(key))).toBeInTheDocument();
    }
    await user.selectOptions(
      within(dialog()).getByRole("combobox", { name: named("goals.form.kpi") }),
      "REV",
    );
    // Ada already has a revenue goal in Q3: the cascade would double it.
    expect(
      within(dialog()).getByText(
        en("goals.err.duplicate", { names: "Ada Lin", count: 1, kpi: "Revenue", period: "2026-Q3" }),
      ),
    ).toBeInTheDocument();
    await user.clear(field("goals.form.period"));
    await user.type(field("goals.form.period"), "2026-Q4");
    await user.click(field("goals.form.description"));
    await user.paste("Grow the North team's revenue");
    await user.type(field("goals.cascade.total"), "1000");
    await user.type(field("goals.cascade.weight"), "20");
    await user.click(within(dialog()).getByRole("radio", { name: en("goals.cascade.proportional") }));
    expect(
      within(dialog()).getByText(en("goals.err.noHistory", { period: "2026-Q3", names: "Ada Lin, Bo Chen" })),
    ).toBeInTheDocument();
    // The equal split is offered in a sentence holding its figure, not a label ending in a colon.
    const offer = within(dialog()).getByText(en("goals.cascade.ifEqual", { share: "500 CNY" }));
    expect(offer.textContent).not.toMatch(/:\s*$/);
    await user.click(within(dialog()).getByRole("radio", { name: en("goals.cascade.equal") }));
    const preview = within(dialog()).getByRole("region", { name: en("goals.cascade.preview") });
    expect(within(preview).getAllByText("500 CNY")).toHaveLength(2);
    await user.click(
      within(dialog()).getByRole("button", { name: en("goals.cascade.create", { count: 2 }) }),
    );

    expect(
      await screen.findByText(en("goals.cascade.done", { count: 2, team: "North" })),
    ).toBeInTheDocument();
    const { Goals } = await port.readTables(["Goals"]);
    expect(
      Goals.slice(2).map((g) => [g.ManagerID, g.Period, g.Target, g.Weight, g.Status, g.ParentGoal]),
    ).toEqual([
      ["M1", "2026-Q4", 500, 0.2, "draft", "North/2026-Q4/REV"],
      ["M2", "2026-Q4", 500, 0.2, "draft", "North/2026-Q4/REV"],
    ]);
  });
});

describe("Goals & plans in Chinese: money in 万", () => {
  it("writes a money goal's target in 万 and offers the equal split in a sentence with its figure", async () => {
    const zh = (key: MessageKey, params?: MessageParams) => t("zh-CN", key, params);
    const port = await seededWorkbook(TEAM);
    renderPane(port, { screens: GOALS, locale: "zh-CN" });
    const user = userEvent.setup({ delay: null });
    const list = await screen.findByRole("list", {
      name: zh("goals.list", { name: "Ada Lin", period: "2026-Q3" }),
    });
    // Revenue counts CNY: 110 reads 0.011万 (was "110 CNY", and 0.0110万 where money was written in 万).
    expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent(
      zh("goals.item.target", { target: "0.011万" }),
    );
    await user.click(screen.getByRole("button", { name: zh("goals.cascade") }));
    const box = (key: MessageKey) =>
      within(dialog()).getByRole("textbox", {
        name: new RegExp(`^${zh(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
      });
    await user.selectOptions(
      within(dialog()).getByRole("combobox", { name: new RegExp(`^${zh("goals.form.kpi")}`) }),
      "REV",
    );
    await user.clear(box("goals.form.period"));
    await user.type(box("goals.form.period"), "2026-Q4");
    await user.type(box("goals.cascade.total"), "1000万");
    await user.click(within(dialog()).getByRole("radio", { name: zh("goals.cascade.proportional") }));
    const offer = await within(dialog()).findByText(zh("goals.cascade.ifEqual", { share: "500万" }));
    expect(offer.textContent).not.toMatch(/[:：]\s*$/);
    const preview = within(dialog()).getByRole("region", { name: zh("goals.cascade.preview") });
    expect(within(preview).getAllByText("500万")).toHaveLength(2);
  });
});

describe("Goals & plans: copy last period", () => {
  it("copies the whole team's goals in one grid, each person's lines under their name", async () => {
    const port = await seededWorkbook({
      ...TEAM,
      Goals: [...(TEAM.Goals ?? []), goal("G000003", "M2", "WIN", 50, { Weight: 1, Due: Q3_END })],
    });
    renderPane(port, { screens: GOALS });
    const user = userEvent.setup({ delay: null });
    await screen.findByRole("list", { name: en("goals.list", { name: "Ada Lin", period: "2026-Q3" }) });
    await user.selectOptions(screen.getByRole("combobox", { name: en("goals.filter.period") }), "2026-Q4");
    await user.click(await screen.findByRole("button", { name: en("goals.copy") }));
    await user.click(within(dialog()).getAllByRole("radio")[1]);

    // Ada's two lines under her name, Bo's one under his; a line names the KPI, not the person again.
    const grid = within(dialog()).getByRole("list", { name: en("goals.grid.label") });
    const groups = within(grid)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(groups).toEqual(["Ada Lin", "Bo Chen"]);
    const bo = within(grid).getByRole("list", { name: en("goals.grid.person", { name: "Bo Chen" }) });
    expect(
      within(bo)
        .getAllByRole("textbox")
        .map((box) => box.getAttribute("aria-label")),
    ).toEqual([en("goals.grid.target", { kpi: "Win rate", name: "Bo Chen" })]);
    expect(
      within(bo).getByText(en("goals.grid.line", { kpi: "Win rate", weight: "100%" })),
    ).toBeInTheDocument();
    const ada = within(grid).getByRole("list", { name: en("goals.grid.person", { name: "Ada Lin" }) });
    expect(within(ada).getAllByRole("textbox")).toHaveLength(2);

    await user.click(within(dialog()).getByRole("button", { name: en("goals.copy.save", { count: 3 }) }));
    await screen.findByText(en("goals.copy.done", { count: 3, from: "2026-Q3", to: "2026-Q4" }));
    const { Goals } = await port.readTables(["Goals"]);
    expect(Goals.filter((g) => g.Period === "2026-Q4").map((g) => [g.ManagerID, g.KPI])).toEqual([
      ["M1", "REV"],
      ["M1", "DEALS"],
      ["M2", "WIN"],
    ]);
  });
});

describe("Goals & plans: work plan", () => {
  it("lists tasks by horizon with overdue and due-soon marks; quick add and done write through the port", async () => {
    const { port, user } = await paneWith();
    await user.click(screen.getByRole("tab", { name: en("goals.tab.plans") }));
    const list = await screen.findByRole("list", { name: en("goals.plan.list", { name: "Ada Lin" }) });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((i) => i.getAttribute("data-state"))).toEqual(["overdue", "dueSoon", "open", "done"]);
    expect(items[0]).toHaveTextContent(en("goals.plan.overdue"));
    expect(items[1]).toHaveTextContent(en("goals.plan.dueSoon"));

    const title = screen.getByRole("textbox", { name: en("goals.plan.title") });
    await user.click(screen.getByRole("button", { name: en("goals.plan.add") }));
    expect(screen.getByText(en("goals.err.titleRequired"))).toBeInTheDocument();
    await user.type(title, "Call Cedar{Enter}");
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(5));
    expect(title).toHaveValue("");
    expect(title).toHaveFocus();

    await user.click(screen.getByRole("checkbox", { name: en("goals.plan.done", { title: "Call Acme" }) }));
    await waitFor(() =>
      expect(
        screen.getByRole("checkbox", { name: en("goals.plan.done", { title: "Call Acme" }) }),
      ).toBeChecked(),
    );
    const { Tasks } = await port.readTables(["Tasks"]);
    expect(Tasks.find((task) => task.TaskID === "T000001")).toMatchObject({ Status: "done", DoneOn: TODAY });
    expect(Tasks.find((task) => task.Title === "Call Cedar")).toMatchObject({
      TaskID: "T000007",
      ManagerID: "M1",
      Horizon: "day",
      Due: TODAY,
      Status: "todo",
    });

    await user.click(screen.getByRole("tab", { name: enumLabel("week", "en-US") }));
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((i) => i.textContent),
    ).toEqual([expect.stringContaining("Plan Q4 visits")]);
  });
});
