import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { KpiError } from "../../../../src/core/errors";
import { t, type MessageKey, type MessageParams } from "../../../../src/i18n";
import { ID_SEPARATOR } from "../../../../src/model/tables";
import { SCREENS } from "../../../../src/taskpane/screens/registry";
import type { SeedRows } from "../../../../src/workbook/port";
import { goal, kpi as kpiRow, seededWorkbook } from "../../../fixtures/rows";
import { itemWith, renderPane, row, TODAY, withBrowserLayout } from "../../render";

const en = (key: MessageKey, params?: MessageParams) => t("en-US", key, params);
const CUSTOMERS = SCREENS.filter((s) => s.id === "customers");
/** A field's label, with or without the required mark after it. */
const labelled = (key: MessageKey) => new RegExp(`^${en(key)}\\*?$`);

withBrowserLayout();

// Fluent in jsdom is slow: a flow of a dozen interactions takes several seconds.
jest.setTimeout(30_000);

/** Ada (North) with three customers, a visits goal and a revenue goal in 2026-Q3; Bo (South) with one. */
const SEED: SeedRows = {
  Managers: [
    row("Managers", { ManagerID: "M1", Name: "Ada Lin", Team: "North" }),
    row("Managers", { ManagerID: "M2", Name: "Bo Chen", Team: "South" }),
  ],
  KPIs: [
    kpiRow("VIS", "Visits", { Unit: "visits", Source: "interactions.visits" }),
    kpiRow("REV", "Revenue", { Source: "deals.amount" }),
  ],
  Goals: [goal("G1", "M1", "VIS", 4, { Weight: 0.5 }), goal("G2", "M1", "REV", 1000, { Weight: 0.5 })],
  Customers: [
    row("Customers", { CustomerID: "C1", Name: "Acme Bank", ManagerID: "M1", Since: TODAY - 400 }),
    row("Customers", { CustomerID: "C2", Name: "Birch Trading", ManagerID: "M1", Since: TODAY - 400 }),
    row("Customers", { CustomerID: "C3", Name: "Cedar Foods", ManagerID: "M1", Since: TODAY - 400 }),
    row("Customers", { CustomerID: "C4", Name: "Elm Retail", ManagerID: "M2", Since: TODAY - 400 }),
  ],
  Interactions: [
    row("Interactions", {
      InteractionID: "I0000001",
      CustomerID: "C1",
      ManagerID: "M1",
      Date: TODAY - 3,
      Type: "visit",
    }),
    row("Interactions", {
      InteractionID: "I0000002",
      CustomerID: "C3",
      ManagerID: "M1",
      Date: TODAY - 45,
      Type: "call",
      NextStep: "Send proposal",
      NextDate: TODAY - 30,
    }),
  ],
  Deals: [
    row("Deals", {
      DealID: "D000001",
      CustomerID: "C1",
      ManagerID: "M1",
      Product: "Loan",
      Amount: 600,
      Stage: "proposal",
      Credit: 1,
    }),
  ],
};

async function paneWith(seed: SeedRows = SEED, locale: "en-US" | "zh-CN" = "en-US") {
  const port = await seededWorkbook(seed);
  renderPane(port, { screens: CUSTOMERS, locale });
  // The first render of a suite loads Fluent: give it longer than Testing Library's default second.
  const list = await screen.findByRole(
    "list",
    { name: t(locale, "customers.list", { name: "Ada Lin" }) },
    { timeout: 10_000 },
  );
  await waitFor(() => expect(within(list).getAllByRole("listitem").length).toBeGreaterThan(0));
  return { port, list, user: userEvent.setup({ delay: null }) };
}

const kpi = (name: string) =>
  within(screen.getByRole("list", { name: /^KPI actuals of/ })).getByRole("listitem", { name });
/** The list's item of a customer, by name. */
const customer = itemWith;

describe("Customers screen", () => {
  it("lists the person's customers, neglected first, with contact, deals and next step, and filters by team", async () => {
    const { list, user } = await paneWith();

    expect(
      within(list)
        .getAllByRole("listitem")
        .map((i) => i.querySelector("button")?.textContent),
    ).toEqual(["Birch Trading", "Cedar Foods", "Acme Bank"]);
    expect(screen.getByText(en("customers.count", { count: 3, neglected: 2 }))).toBeInTheDocument();
    const birch = customer(list, "Birch Trading");
    expect(birch).toHaveTextContent(en("customers.row.never"));
    const cedar = customer(list, "Cedar Foods");
    expect(cedar).toHaveTextContent(en("customers.row.days", { days: 45 }));
    expect(cedar).toHaveTextContent(
      en("customers.row.nextOverdue", { next: "Next: Send proposal 2026-07-16" }),
    );
    const acme = customer(list, "Acme Bank");
    expect(acme).toHaveTextContent(en("customers.row.openDeals", { count: 1, amount: "600" }));
    expect(acme).toHaveTextContent(en("customers.row.inPeriod", { count: 1, period: "2026-Q3" }));

    expect(kpi("Visits")).toHaveTextContent(
      en("customers.kpi.actualOfTarget", { actual: "1", target: "4", unit: "visits" }),
    );
    expect(kpi("Visits")).toHaveTextContent("25%");

    await user.selectOptions(screen.getByRole("combobox", { name: en("customers.filter.team") }), "South");
    const bo = await screen.findByRole("list", { name: en("customers.list", { name: "Bo Chen" }) });
    expect(within(bo).getAllByRole("listitem")).toHaveLength(1);
    expect(
      screen.getByText(en("customers.kpi.none", { name: "Bo Chen", period: "2026-Q3" })),
    ).toBeInTheDocument();
  });

  it("logs a visit from a customer's row in a few keystrokes, and the visits actual moves", async () => {
    const { port, list, user } = await paneWith();
    const logButton = within(customer(list, "Birch Trading")).getByRole("button", {
      name: en("customers.row.log", { name: "Birch Trading" }),
    });
    await user.click(logButton);

    const dialog = await screen.findByRole("dialog", { name: en("customers.log.title") });
    expect(within(dialog).getByRole("combobox", { name: en("customers.field.customer") })).toHaveValue("C2");
    expect(within(dialog).getByRole("combobox", { name: en("customers.field.type") })).toHaveValue("visit");
    expect(within(dialog).getByLabelText(labelled("customers.field.date"))).toHaveValue("2026-08-15");
    await user.type(
      within(dialog).getByRole("textbox", { name: en("customers.field.outcome") }),
      "Agreed a review{Enter}",
    );

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const { Interactions } = await port.readTables(["Interactions"]);
    expect(Interactions.at(-1)).toMatchObject({
      InteractionID: "I0000003",
      CustomerID: "C2",
      ManagerID: "M1",
      Date: TODAY,
      Type: "visit",
      Outcome: "Agreed a review",
    });
    expect(
      await screen.findByText(
        en("customers.log.done", { type: "Visit", customer: "Birch Trading", date: "2026-08-15" }),
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(kpi("Visits")).toHaveTextContent(
        en("customers.kpi.actualOfTarget", { actual: "2", target: "4", unit: "visits" }),
      ),
    );
    expect(within(kpi("Visits")).getByText("+1")).toBeInTheDocument();
    expect(within(kpi("Revenue")).queryByText(/^[+−]/)).not.toBeInTheDocument();
    // Birch is no longer neglected.
    expect(screen.getByText(en("customers.count", { count: 3, neglected: 1 }))).toBeInTheDocument();
  });

  it("validates the log form before writing, naming each field, and writes nothing on a failed write", async () => {
    const { port, user } = await paneWith();
    await user.click(screen.getByRole("button", { name: en("customers.log.open") }));
    const dialog = await screen.findByRole("dialog");
    const date = within(dialog).getByLabelText(labelled("customers.field.date"));
    await user.clear(date);
    await user.type(date, "2026-08-20");
    await user.click(within(dialog).getByRole("button", { name: en("customers.log.submit") }));

    expect(within(dialog).getByText(en("customers.err.customerRequired"))).toBeInTheDocument();
    expect(
      within(dialog).getByText(en("customers.err.dateFuture", { today: "2026-08-15" })),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole("combobox", { name: en("customers.field.customer") })).toHaveFocus();
    expect((await port.readTables(["Interactions"])).Interactions).toHaveLength(2);

    // Valid now, but the workbook refuses the write: the message shows, the form keeps what was typed.
    jest
      .spyOn(port, "appendRows")
      .mockRejectedValueOnce(new KpiError("value", "err.internal", { detail: "sheet locked" }));
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: en("customers.field.customer") }),
      "C1",
    );
    await user.clear(date);
    await user.type(date, "2026-08-14");
    expect(within(dialog).queryByText(/^Customer:|^Date:/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: en("customers.log.submit") }));
    expect(
      await within(dialog).findByText(en("err.internal", { detail: "sheet locked" })),
    ).toBeInTheDocument();
    expect((await port.readTables(["Interactions"])).Interactions).toHaveLength(2);

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: en("customers.log.open") })).toHaveFocus();
  });

  it("updates a deal from the customer's page: a won deal needs its close date, then revenue moves", async () => {
    const { port, list, user } = await paneWith();
    within(customer(list, "Acme Bank")).getByRole("button", { name: "Acme Bank" }).focus();
    await user.keyboard("{Enter}");
    const page = await screen.findByRole("dialog", { name: "Acme Bank" });
    expect(within(page).getByRole("list", { name: en("customers.detail.historyList") })).toHaveTextContent(
      "Visit",
    );
    await user.click(
      within(page).getByRole("button", {
        name: en("customers.deal.updateNamed", { deal: "Loan · Acme Bank" }),
      }),
    );

    const form = await screen.findByRole("dialog", {
      name: en("customers.deal.updateTitle", { deal: "Loan · Acme Bank" }),
    });
    await user.selectOptions(
      within(form).getByRole("combobox", { name: en("customers.field.stage") }),
      "won",
    );
    await user.click(within(form).getByRole("button", { name: en("customers.deal.save") }));
    expect(within(form).getByText(en("customers.err.closeDateClosed"))).toBeInTheDocument();

    await user.type(within(form).getByLabelText(en("customers.field.closeDate")), "2026-08-10");
    await user.click(within(form).getByRole("button", { name: en("customers.deal.save") }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect((await port.readTables(["Deals"])).Deals).toEqual([
      expect.objectContaining({
        DealID: "D000001",
        Stage: "won",
        CloseDate: TODAY - 5,
        Amount: 600,
        Credit: 1,
      }),
    ]);
    await waitFor(() => expect(kpi("Revenue")).toHaveTextContent("60%"));
    expect(within(kpi("Revenue")).getByText("+600")).toBeInTheDocument();
  });

  it.each(["en-US", "zh-CN"] as const)(
    "refuses to update a deal whose id is on two rows of Deals, naming the sheet, the id, the customer and the person (%s)",
    async (locale) => {
      const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
      // The deal's id typed twice in the sheet: the screen shows the first row (the second is a data problem).
      const port = await seededWorkbook({
        ...SEED,
        Deals: [SEED.Deals![0], { ...SEED.Deals![0], DealID: "D000002", Product: "Deposit", Amount: 900 }],
      });
      port.editCell("Deals", ["D000002", "M1"].join(ID_SEPARATOR), "DealID", "D000001");
      renderPane(port, { screens: CUSTOMERS, locale });
      const list = await screen.findByRole(
        "list",
        { name: tr("customers.list", { name: "Ada Lin" }) },
        { timeout: 10_000 },
      );
      const user = userEvent.setup({ delay: null });
      within(customer(list, "Acme Bank")).getByRole("button", { name: "Acme Bank" }).focus();
      await user.keyboard("{Enter}");
      const page = await screen.findByRole("dialog", { name: "Acme Bank" });
      const deal = "Loan · Acme Bank";
      await user.click(
        within(page).getByRole("button", { name: tr("customers.deal.updateNamed", { deal }) }),
      );
      const form = await screen.findByRole("dialog", { name: tr("customers.deal.updateTitle", { deal }) });
      await user.selectOptions(
        within(form).getByRole("combobox", { name: tr("customers.field.stage") }),
        "qualified",
      );
      await user.click(within(form).getByRole("button", { name: tr("customers.deal.save") }));
      const message = tr("workbook.err.duplicateIdNamed", {
        table: "Deals",
        tableZh: "商机成交",
        id: "D000001 / M1",
        count: 2,
        name: ["Acme Bank", "Ada Lin"].join(tr("workbook.names.sep")),
      });
      expect(await within(form).findByText(message, { exact: false })).toBeInTheDocument();
      expect(
        within(form).queryByText(tr("workbook.err.conflict", { count: 1 }), { exact: false }),
      ).toBeNull();
      // Nothing was written.
      expect((await port.readTables(["Deals"])).Deals.map((d) => [d.DealID, d.Stage])).toEqual([
        ["D000001", "proposal"],
        ["D000001", "proposal"],
      ]);
    },
  );

  it.each([
    ["en-US", "wan", "0.06万", "0.1万"],
    ["zh-CN", "yuan", "600", "1,000"],
    ["zh-CN", "auto", "0.06万", "0.1万"],
    ["en-US", "auto", "600", "1,000"],
  ] as const)(
    "writes amounts as Settings' money format says (%s pane, moneyFormat %s)",
    async (locale, moneyFormat, open, target) => {
      const { list } = await paneWith(
        { ...SEED, Settings: [{ Key: "moneyFormat", Value: moneyFormat }] },
        locale,
      );
      const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
      await waitFor(() =>
        expect(customer(list, "Acme Bank")).toHaveTextContent(
          tr("customers.row.openDeals", { count: 1, amount: open }),
        ),
      );
      // The revenue goal's target is money too (its Source is deals.amount).
      const kpis = screen.getByRole("list", {
        name: tr("customers.kpi.list", { name: "Ada Lin", period: "2026-Q3" }),
      });
      const revenue = within(kpis)
        .getAllByRole("listitem")
        .find((item) => item.textContent?.includes("Revenue"));
      expect(revenue?.textContent).toContain(target);
    },
  );

  it("adds a new deal, and speaks Chinese", async () => {
    const { port, user } = await paneWith(SEED, "zh-CN");
    await user.click(screen.getByRole("button", { name: t("zh-CN", "customers.deal.new") }));
    const form = await screen.findByRole("dialog", { name: t("zh-CN", "customers.deal.newTitle") });
    await user.click(within(form).getByRole("button", { name: t("zh-CN", "customers.deal.create") }));
    expect(within(form).getByText(t("zh-CN", "customers.err.customerRequired"))).toBeInTheDocument();

    await user.selectOptions(
      within(form).getByRole("combobox", { name: t("zh-CN", "customers.field.customer") }),
      "C3",
    );
    await user.type(
      within(form).getByRole("textbox", { name: t("zh-CN", "customers.field.product") }),
      "现金管理",
    );
    await user.type(
      within(form).getByRole("textbox", { name: t("zh-CN", "customers.field.amount") }),
      "120,000{Enter}",
    );

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect((await port.readTables(["Deals"])).Deals.at(-1)).toEqual({
      DealID: "D000002",
      CustomerID: "C3",
      ManagerID: "M1",
      Product: "现金管理",
      Amount: 120000,
      Stage: "lead",
      CloseDate: null,
      Credit: 1,
    });
    expect(
      await screen.findByText(t("zh-CN", "customers.deal.added", { deal: "现金管理 · Cedar Foods" })),
    ).toBeInTheDocument();
  });
});

describe("Customers screen: the whole team", () => {
  // Each of these flows is twice as long as the ones above: a loaded machine needs more than the file's 30 s.
  const LONG = 60_000;
  const teamList = () => screen.findByRole("list", { name: en("customers.team.list") });
  const names = (list: HTMLElement) =>
    within(list)
      .getAllByRole("listitem")
      .map((i) => i.querySelector("button")?.textContent);

  it(
    "lists every customer of the team with its owner, searches name, owner and industry, and filters the neglected",
    async () => {
      const seed: SeedRows = {
        ...SEED,
        Customers: [
          ...(SEED.Customers ?? []).slice(0, 3),
          row("Customers", {
            CustomerID: "C4",
            Name: "Elm Retail",
            ManagerID: "M2",
            Industry: "Manufacturing",
            Since: TODAY - 400,
          }),
        ],
        // A stricter threshold than the default 30 days: Cedar (45 days) and the never contacted ones.
        Settings: [{ Key: "neglectDays", Value: "40" }],
      };
      const { user } = await paneWith(seed);
      await user.click(screen.getByRole("tab", { name: en("customers.view.team") }));
      const list = await teamList();
      expect(names(list)).toEqual(["Birch Trading", "Elm Retail", "Cedar Foods", "Acme Bank"]);
      expect(customer(list, "Elm Retail")).toHaveTextContent("Bo Chen");
      expect(
        screen.getByText(en("customers.team.count", { shown: 4, count: 4, neglected: 3 })),
      ).toBeInTheDocument();
      // No person filter in this view: the list is the team's.
      expect(screen.queryByRole("combobox", { name: en("customers.filter.person") })).not.toBeInTheDocument();

      const search = screen.getByRole("searchbox", { name: en("customers.search.label") });
      await user.type(search, "bo");
      await waitFor(() => expect(names(list)).toEqual(["Elm Retail"]));
      await user.clear(search);
      await user.type(search, "manufact");
      await waitFor(() => expect(names(list)).toEqual(["Elm Retail"]));
      await user.clear(search);
      await user.type(search, "ACME");
      await waitFor(() => expect(names(list)).toEqual(["Acme Bank"]));
      await user.clear(search);

      await user.click(
        screen.getByRole("checkbox", { name: en("customers.filter.neglected", { days: 40 }) }),
      );
      await waitFor(() => expect(names(list)).toEqual(["Birch Trading", "Elm Retail", "Cedar Foods"]));
      await user.type(search, "nothing like this");
      expect(await screen.findByText(en("customers.team.noMatch"))).toBeInTheDocument();

      await user.selectOptions(screen.getByRole("combobox", { name: en("customers.filter.team") }), "North");
      await user.clear(search);
      // The list came back after "no match": found again.
      await waitFor(async () => expect(names(await teamList())).toEqual(["Birch Trading", "Cedar Foods"]));
    },
    LONG,
  );

  it(
    "adds a customer for a person picked from the people, with its Audit line; a second of the same name is refused",
    async () => {
      const { port, user } = await paneWith();
      await user.click(screen.getByRole("tab", { name: en("customers.view.team") }));
      await teamList();
      await user.click(screen.getByRole("button", { name: en("customers.add.open") }));
      const form = await screen.findByRole("dialog", { name: en("customers.add.title") });
      expect(within(form).getByLabelText(labelled("customers.field.since"))).toHaveValue("2026-08-15");
      await user.click(within(form).getByRole("button", { name: en("customers.add.submit") }));
      expect(within(form).getByText(en("customers.err.nameRequired"))).toBeInTheDocument();
      expect(within(form).getByText(en("customers.err.ownerRequired"))).toBeInTheDocument();

      const name = within(form).getByRole("textbox", { name: labelled("customers.field.name") });
      await user.type(name, "acme bank");
      await user.selectOptions(
        within(form).getByRole("combobox", { name: labelled("customers.field.owner") }),
        "M2",
      );
      await user.click(within(form).getByRole("button", { name: en("customers.add.submit") }));
      expect(
        within(form).getByText(en("customers.err.nameTaken", { name: "Acme Bank" })),
      ).toBeInTheDocument();
      expect((await port.readTables(["Customers"])).Customers).toHaveLength(4);

      await user.clear(name);
      await user.type(name, "Fir Logistics");
      await user.type(
        within(form).getByRole("textbox", { name: en("customers.field.industry") }),
        "Logistics{Enter}",
      );
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      const { Customers, Audit } = await port.readTables(["Customers", "Audit"]);
      expect(Customers.at(-1)).toMatchObject({
        CustomerID: "C00005",
        Name: "Fir Logistics",
        ManagerID: "M2",
        Industry: "Logistics",
        Since: TODAY,
      });
      expect(Audit.at(-1)).toMatchObject({
        Action: "add",
        Subject: "C00005",
        Period: "2026-Q3",
        Reason: en("customers.add.audit", { name: "Fir Logistics", owner: "Bo Chen" }),
      });
      expect(
        await screen.findByText(en("customers.add.done", { name: "Fir Logistics", owner: "Bo Chen" })),
      ).toBeInTheDocument();
      await waitFor(async () =>
        expect(customer(await teamList(), "Fir Logistics")).toHaveTextContent("Bo Chen"),
      );
    },
    LONG,
  );

  it(
    "edits a customer from its page: the owner moves, the Audit line says what changed",
    async () => {
      const { port, list, user } = await paneWith();
      await user.click(within(customer(list, "Cedar Foods")).getByRole("button", { name: "Cedar Foods" }));
      const page = await screen.findByRole("dialog", { name: "Cedar Foods" });
      await user.click(within(page).getByRole("button", { name: en("customers.edit.open") }));
      const form = await screen.findByRole("dialog", {
        name: en("customers.edit.title", { name: "Cedar Foods" }),
      });
      expect(within(form).getByRole("combobox", { name: labelled("customers.field.owner") })).toHaveValue(
        "M1",
      );
      await user.selectOptions(
        within(form).getByRole("combobox", { name: labelled("customers.field.owner") }),
        "M2",
      );
      await user.click(within(form).getByRole("button", { name: en("customers.edit.submit") }));
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

      const { Customers, Audit } = await port.readTables(["Customers", "Audit"]);
      expect(Customers.find((c) => c.CustomerID === "C3")).toMatchObject({
        Name: "Cedar Foods",
        ManagerID: "M2",
      });
      expect(Audit.at(-1)).toMatchObject({
        Action: "edit",
        Subject: "C3",
        Reason: "Manager ID: Ada Lin (M1) → Bo Chen (M2)",
      });
      expect(await screen.findByText(en("customers.edit.done", { name: "Cedar Foods" }))).toBeInTheDocument();
      await waitFor(() => expect(names(list)).toEqual(["Birch Trading", "Acme Bank"]));
    },
    LONG,
  );
});
