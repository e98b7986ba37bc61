import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { serialFromYMD } from "../../../../src/core";
import { t, type MessageKey, type MessageParams } from "../../../../src/i18n";
import { SCREENS } from "../../../../src/taskpane/screens/registry";
import { MemoryWorkbook } from "../../../../src/workbook/memory";
import type { SeedRows } from "../../../../src/workbook/port";
import { wonDeal } from "../../../fixtures/rows";
import { renderPane, row, withBrowserLayout } from "../../render";

const en = (key: MessageKey, params?: MessageParams) => t("en-US", key, params);
const CLOSE = SCREENS.filter((s) => s.id === "close");

withBrowserLayout();

jest.setTimeout(30_000);

/** Two people on one commission plan (1% to 100,000, then 2%), each with a won deal in 2026-Q2. */
const SEED: SeedRows = {
  Managers: [
    row("Managers", { ManagerID: "M1", Name: "Ada Lin", Team: "North", Plan: "COM" }),
    row("Managers", { ManagerID: "M2", Name: "Bo Chen", Team: "South", Plan: "COM" }),
  ],
  Plans: [
    row("Plans", {
      PlanID: "COM",
      Name: "Commission",
      Kind: "commission",
      Method: "marginal",
      Curve: "COM-T",
    }),
  ],
  Curves: [
    { Curve: "COM-T", Point: 0, Value: 0.01 },
    { Curve: "COM-T", Point: 100000, Value: 0.02 },
  ],
  Deals: [
    wonDeal("D1", "M1", 50000, serialFromYMD(2026, 5, 10)),
    wonDeal("D2", "M2", 20000, serialFromYMD(2026, 6, 1)),
  ],
};

const cardOf = async (name: string) => (await screen.findByText(name)).closest("li") as HTMLElement;

describe("Close period screen", () => {
  it("drafts, approves and locks the period's payouts, then lists a later edit from what to what", async () => {
    const user = userEvent.setup();
    const port = new MemoryWorkbook({ seed: SEED, locale: "en-US" });
    renderPane(port, { screens: CLOSE });
    // Today is 2026-08-15: the period offered first is the last ended quarter.
    const period = await screen.findByRole("combobox", { name: en("close.period") });
    expect(period).toHaveValue("2026-Q2");
    expect(screen.getByText(en("close.empty"))).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: en("close.draft") }));
    await screen.findByText(en("close.drafted", { added: 2, updated: 0, kept: 0, removed: 0 }));
    expect(within(await cardOf("Ada Lin")).getByText("Commission · 500")).toBeInTheDocument();
    expect(within(await cardOf("Bo Chen")).getByText("Commission · 200")).toBeInTheDocument();

    // No approval without a name: it is asked once and kept in Settings.
    const approveAll = screen.getByRole("button", { name: en("close.approveAll", { count: 2 }) });
    expect(approveAll).toBeDisabled();
    await user.type(screen.getByRole("textbox", { name: en("close.approver") }), "Lead");
    await user.click(screen.getByRole("button", { name: en("close.approver.save") }));
    await screen.findByText(en("close.approver.current", { name: "Lead" }));
    const { Settings } = await port.readTables(["Settings"]);
    expect(Settings).toContainEqual({ Key: "approver", Value: "Lead" });

    // Approving in bulk says how many and how much first; Cancel changes nothing.
    await user.click(await screen.findByRole("button", { name: en("close.approveAll", { count: 2 }) }));
    let dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent(
      en("close.confirm.body", {
        count: 2,
        period: "2026-Q2",
        team: "All teams",
        name: "Lead",
        amount: "700",
      }),
    );
    await user.click(within(dialog).getByRole("button", { name: en("close.cancel") }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect((await port.readTables(["Payouts"])).Payouts.every((p) => p.Status === "draft")).toBe(true);
    await user.click(await screen.findByRole("button", { name: en("close.approveAll", { count: 2 }) }));
    dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: en("close.confirm.ok", { count: 2 }) }));
    await screen.findByText(en("close.approved", { count: 2 }));
    await user.click(await screen.findByRole("button", { name: en("close.lockAll", { count: 2 }) }));
    const receiptBox = await screen.findByRole("group", { name: en("close.receipt", { period: "2026-Q2" }) });
    const receipt = within(receiptBox).getByText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/).textContent ?? "";
    await screen.findByText(en("close.locked.receipt", { count: 2, period: "2026-Q2", receipt }));
    await waitFor(() => expect(screen.getAllByText(en("close.verify.unchanged"))).toHaveLength(2));

    // Someone edits Ada's deal in the sheet after the lock; "Check again" reads the workbook anew.
    const { Deals } = await port.readTables(["Deals"]);
    await port.updateRows("Deals", [{ ...Deals[0], Amount: 65000 }]);
    await user.click(screen.getByRole("button", { name: en("close.verify.again") }));
    const changes = await screen.findByRole("list", {
      name: en("close.verify.changes", { name: "Ada Lin · Commission" }),
    });
    expect(
      within(changes)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Deals D1 · M1 · Amount: 50,000 → 65,000"]);
    expect(within(await cardOf("Bo Chen")).getByText(en("close.verify.unchanged"))).toBeInTheDocument();

    const history = screen.getByRole("list", { name: en("close.history", { period: "2026-Q2" }) });
    expect(within(history).getAllByRole("listitem")).toHaveLength(4);
    expect(within(history).getAllByText(en("close.history.by", { by: "Lead" }))).toHaveLength(4);
  });

  it("filters by team, and unlocks only with a reason (Escape closes, focus returns, Enter unlocks)", async () => {
    const user = userEvent.setup();
    const port = new MemoryWorkbook({ seed: SEED, locale: "en-US" });
    await port.appendRows("Settings", [{ Key: "approver", Value: "Lead" }]);
    renderPane(port, { screens: CLOSE });
    await screen.findByText(en("close.approver.current", { name: "Lead" }));
    await user.click(await screen.findByRole("button", { name: en("close.draft") }));
    await user.click(await screen.findByRole("button", { name: en("close.approveAll", { count: 2 }) }));
    const confirm = await screen.findByRole("dialog");
    await user.click(within(confirm).getByRole("button", { name: en("close.confirm.ok", { count: 2 }) }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await user.click(await screen.findByRole("button", { name: en("close.lockAll", { count: 2 }) }));
    await screen.findByRole("group", { name: en("close.receipt", { period: "2026-Q2" }) });

    await user.selectOptions(screen.getByRole("combobox", { name: en("close.team") }), "South");
    expect(screen.queryByText("Ada Lin")).not.toBeInTheDocument();
    const unlockBo = screen.getByRole("button", {
      name: en("close.unlock.named", { name: "Bo Chen · Commission" }),
    });

    await user.click(unlockBo);
    let dialog = await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(unlockBo).toHaveFocus());

    await user.click(unlockBo);
    dialog = await screen.findByRole("dialog");
    // The payout is named by its person and plan, not by its id (2026-Q2-M2-COM).
    expect(
      within(dialog).getByText(en("close.unlock.title", { name: "Bo Chen · Commission" })),
    ).toBeInTheDocument();
    const reason = within(dialog).getByRole("textbox", { name: new RegExp(en("close.unlock.reason")) });
    await user.click(within(dialog).getByRole("button", { name: en("close.unlock") }));
    expect(within(dialog).getByText(en("close.err.reasonRequired"))).toBeInTheDocument();
    expect(reason).toHaveFocus();
    expect((await port.readTables(["Payouts"])).Payouts.every((p) => p.Status === "locked")).toBe(true);

    await user.type(reason, "Deal D2 was booked in the wrong quarter{Enter}");
    await screen.findByText(en("close.unlocked", { name: "Bo Chen · Commission" }));
    expect(within(await cardOf("Bo Chen")).getByText("Approved")).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("heading", { name: en("close.list", { period: "2026-Q2" }) })).toHaveFocus(),
    );
    const { Audit } = await port.readTables(["Audit"]);
    expect(Audit[Audit.length - 1]).toMatchObject({
      Action: "unlock",
      PayoutID: "2026-Q2-M2-COM",
      Reason: "Deal D2 was booked in the wrong quarter",
    });
  });
});
