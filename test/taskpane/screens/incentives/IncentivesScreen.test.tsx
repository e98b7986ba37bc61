import "@testing-library/jest-dom";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { t, type MessageKey, type MessageParams } from "../../../../src/i18n";
import { SCREENS } from "../../../../src/taskpane/screens/registry";
import { renderPane } from "../../render";
import { seededWorkbook } from "./fixture";

const en = (key: MessageKey, params?: MessageParams) => t("en-US", key, params);
const INCENTIVES = SCREENS.filter((s) => s.id === "incentives");
/** A field's label, with or without the required mark after it. */
const labelled = (key: MessageKey) => new RegExp(`^${en(key)}\\s*\\*?$`);
const chartOf = (key: MessageKey) => screen.getByRole("img", { name: en(key) });
const cell = (column: MessageKey, row: number) =>
  screen.getByRole("textbox", { name: en("incentives.points.cell", { column: en(column), row }) });

/** Replaces a field's text in one input event (typing key by key re-renders the editor for every character). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/** Types `text` into the plan's field `label`, saves with Enter, and waits for the message of what was saved. */
async function saveWithEnter(
  user: ReturnType<typeof userEvent.setup>,
  label: MessageKey,
  text: string,
  saved: MessageParams,
) {
  await fill(user, screen.getByRole("textbox", { name: labelled(label) }), text);
  await user.keyboard("{Enter}");
  expect(await screen.findByText(en("incentives.saved", saved))).toBeInTheDocument();
}

// Fluent in jsdom is slow: a flow of a dozen interactions takes several seconds, and a dialog's first render can
// take over a second on a busy machine.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

async function pane() {
  const port = await seededWorkbook();
  renderPane(port, { screens: INCENTIVES });
  const list = await screen.findByRole("list", { name: en("incentives.plans.list") });
  return { port, list, user: userEvent.setup({ delay: null }) };
}

describe("Incentives screen", () => {
  it("edits a commission plan: the chart, worked example and what-if follow the grid, and Save writes both tables", async () => {
    const { port, list, user } = await pane();
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((i) => i.querySelector("button")?.textContent),
    ).toEqual(["Team bonus", "Team commission"]);
    expect(
      screen.getByText(en("incentives.plans.hidden", { count: 1, period: "2026-Q3" })),
    ).toBeInTheDocument();

    const open = within(list).getByRole("button", { name: "Team commission" });
    await user.click(open);
    const chart = await screen.findByRole("img", { name: en("incentives.chart.titleCommission") });
    expect(chart).toHaveAccessibleDescription("Commission against amount: 0 → 0; 1,000 → 10; 1,500 → 20");
    const example = screen.getByRole("region", { name: en("incentives.example.title") });
    expect(within(example).getByRole("textbox", { name: en("incentives.example.amount") })).toHaveValue(
      "1200",
    );
    const lines = within(example)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines).toEqual([
      "Tier 1From 0To 1,000Amount in tier 1,000Rate 1%Commission 10",
      "Tier 2From 1,000To no limitAmount in tier 200Rate 2%Commission 4",
      "TotalAmount in tier 1,200Commission 14",
    ]);
    expect(within(example).getByText("Payout 14")).toBeInTheDocument();
    const whatIf = screen.getByRole("region", { name: en("incentives.whatIf.title") });
    expect(
      within(whatIf).getByText(en("incentives.whatIf.people", { count: 2, period: "2026-Q3" })),
    ).toBeInTheDocument();
    expect(
      within(whatIf)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Credited −10%22", "Now25", "Credited +10%29"]);

    // A tier rate raised: every figure follows before anything is saved.
    await fill(user, cell("incentives.points.rate", 2), "3%");
    // The chart is redrawn (it waits while the cell is blank): find it again.
    await waitFor(() =>
      expect(chartOf("incentives.chart.titleCommission")).toHaveAccessibleDescription(
        "Commission against amount: 0 → 0; 1,000 → 10; 1,500 → 25",
      ),
    );
    expect(within(example).getByText("Payout 16")).toBeInTheDocument();
    await waitFor(() => expect(within(whatIf).getAllByRole("listitem")[1]).toHaveTextContent("Now30"));

    // A bad bound is shown on its cell in core's words, and the chart waits for it.
    await fill(user, cell("incentives.points.bound", 2), "lots");
    expect(await screen.findByText("Points: row 2, column 1 is not a number")).toBeInTheDocument();
    expect(
      screen.queryByRole("img", { name: en("incentives.chart.titleCommission") }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: en("incentives.save") }));
    expect(await screen.findByText(en("incentives.err.fix"))).toBeInTheDocument();
    expect((await port.readTables(["Curves"])).Curves.filter((c) => c.Curve === "COM-C")).toHaveLength(2);

    // Fixed, a third tier added, the name changed and saved.
    await fill(user, cell("incentives.points.bound", 2), "1000");
    await user.click(screen.getByRole("button", { name: en("incentives.points.add") }));
    await fill(user, cell("incentives.points.bound", 3), "2,000");
    await fill(user, cell("incentives.points.rate", 3), "0.05");
    await saveWithEnter(user, "incentives.field.name", "Commission 2026", {
      name: "Commission 2026",
      added: 1,
      changed: 1,
      removed: 0,
    });
    const { Plans, Curves } = await port.readTables(["Plans", "Curves"]);
    expect(Plans.find((p) => p.PlanID === "COM-T")?.Name).toBe("Commission 2026");
    expect(Curves.filter((c) => c.Curve === "COM-C").map((c) => [c.Point, c.Value])).toEqual([
      [0, 0.01],
      [1000, 0.03],
      [2000, 0.05],
    ]);

    // Back to the list: focus returns to the plan's button.
    await user.click(screen.getByRole("button", { name: en("incentives.editor.back") }));
    const again = await screen.findByRole("list", { name: en("incentives.plans.list") });
    await waitFor(() => expect(within(again).getByRole("button", { name: "Commission 2026" })).toHaveFocus());
  });

  it("refuses a new plan until its fields are valid, naming each field, and shows a bonus curve's steps", async () => {
    const { port, user } = await pane();
    await user.click(screen.getByRole("button", { name: en("incentives.plans.new") }));
    await user.click(await screen.findByRole("button", { name: en("incentives.save") }));
    expect(await screen.findByText("Plan ID is required")).toBeInTheDocument();
    expect(screen.getByText("Name is required")).toBeInTheDocument();
    expect(screen.getByText("Curve is required")).toBeInTheDocument();
    expect(screen.getByText("Points: the table has no rows")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: labelled("incentives.field.planId") })).toHaveFocus();

    await fill(user, screen.getByRole("textbox", { name: labelled("incentives.field.planId") }), "BON-T");
    await fill(
      user,
      screen.getByRole("textbox", { name: labelled("incentives.field.name") }),
      "Second bonus",
    );
    // Naming an existing curve loads its points into the empty grid.
    await fill(user, screen.getByRole("combobox", { name: labelled("incentives.field.curve") }), "BON-C");
    expect(cell("incentives.points.attainment", 3)).toHaveValue("1.2");
    expect(
      screen.getByText(en("incentives.hint.curveShared", { users: "BON-T, OLD-P" })),
    ).toBeInTheDocument();
    expect(await screen.findByText("Plan ID: BON-T already exists")).toBeInTheDocument();

    const example = screen.getByRole("region", { name: en("incentives.example.title") });
    const attainment = within(example).getByRole("textbox", { name: en("incentives.example.attainment") });
    await fill(user, attainment, "90");
    expect(
      within(example).getByText(
        en("incentives.example.between", {
          attainment: "90%",
          from: "80%",
          fromValue: "50%",
          to: "100%",
          toValue: "100%",
          value: "75%",
        }),
      ),
    ).toBeInTheDocument();
    expect(within(example).getByText("Payout 75")).toBeInTheDocument();

    await saveWithEnter(user, "incentives.field.planId", "BON-2", {
      name: "Second bonus",
      added: 0,
      changed: 0,
      removed: 0,
    });
    const { Plans } = await port.readTables(["Plans"]);
    expect(Plans.at(-1)).toMatchObject({
      PlanID: "BON-2",
      Name: "Second bonus",
      Kind: "bonus",
      Curve: "BON-C",
    });
    expect(
      await screen.findByRole("heading", {
        name: en("incentives.editor.editTitle", { name: "Second bonus" }),
      }),
    ).toBeInTheDocument();
  });

  it("lists the period's awards and adds one from the quick form", async () => {
    const { port, user } = await pane();
    await user.click(screen.getByRole("tab", { name: en("incentives.tab.recognition") }));
    const awards = await screen.findByRole("list", { name: en("incentives.awards.list") });
    expect(
      within(awards)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Top seller2026-07-20Ada LinGiven by LeeBest July"]);

    const add = screen.getByRole("button", { name: en("incentives.awards.add") });
    await user.click(add);
    // In jsdom (no layout) Fluent finds no focusable to start on, so focus stays on the surface and Tabster keeps
    // the modal hidden from the accessibility tree until focus enters one of its fields: click one first.
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(en("incentives.awards.formTitle"))).toBeInTheDocument();
    await user.click(within(dialog).getByLabelText(labelled("incentives.field.award")));
    await waitFor(() => expect(dialog).not.toHaveAttribute("aria-hidden"));
    await user.click(within(dialog).getByRole("button", { name: en("incentives.awards.save") }));
    expect(await within(dialog).findByText("Person is required")).toBeInTheDocument();
    expect(within(dialog).getByText("Award is required")).toBeInTheDocument();

    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: labelled("incentives.field.person") }),
      "M2",
    );
    await fill(
      user,
      within(dialog).getByRole("textbox", { name: labelled("incentives.field.award") }),
      "Rookie of the quarter",
    );
    await fill(
      user,
      within(dialog).getByRole("textbox", { name: en("incentives.field.reason") }),
      "First big deal",
    );
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(
      screen.getByText(en("incentives.awards.saved", { award: "Rookie of the quarter", name: "Bo Chen" })),
    ).toBeInTheDocument();
    const { Recognition } = await port.readTables(["Recognition"]);
    expect(Recognition.at(-1)).toEqual({
      Date: 46249,
      ManagerID: "M2",
      Award: "Rookie of the quarter",
      Reason: "First big deal",
      By: null,
    });
    await waitFor(() => expect(within(awards).getAllByRole("listitem")).toHaveLength(2));
    await waitFor(() => expect(add).toHaveFocus());
  });
});
