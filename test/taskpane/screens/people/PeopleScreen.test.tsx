import "@testing-library/jest-dom";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { serialFromYMD } from "../../../../src/core";
import { t, type Locale, type MessageKey, type MessageParams } from "../../../../src/i18n";
import { SCREENS } from "../../../../src/taskpane/screens/registry";
import { renderPane } from "../../render";
import type { SeedRows } from "../../../../src/workbook/port";
import { SEED, seededWorkbook } from "./fixture";

const en = (key: MessageKey, params?: MessageParams) => t("en-US", key, params);
const PEOPLE = SCREENS.filter((s) => s.id === "people");
/** A field's label, with or without the required mark after it. */
const labelled = (key: MessageKey, params?: MessageParams) =>
  new RegExp(`^${en(key, params).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\*?$`);

// Fluent in jsdom is slow: a flow of a dozen interactions takes several seconds.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

/**
 * Opens a dialog and clicks into its first field. In jsdom, Fluent cannot find the first focusable element (no
 * layout), focuses the surface instead, and Tabster keeps the dialog aria-hidden until focus enters it.
 */
async function openDialog(user: ReturnType<typeof userEvent.setup>, button: MessageKey) {
  await user.click(screen.getByRole("button", { name: en(button) }));
  const field = await waitFor(() => {
    const el = document.querySelector("[role=dialog] input, [role=dialog] select, [role=dialog] textarea");
    if (!el) throw new Error("no dialog yet");
    return el as HTMLElement;
  });
  await user.click(field);
  return screen.findByRole("dialog");
}

/** Each field's "required" message shows in the dialog. */
function expectRequired(dialog: HTMLElement, ...fields: MessageKey[]) {
  for (const field of fields) {
    expect(within(dialog).getByText(en("people.err.required", { field: en(field) }))).toBeInTheDocument();
  }
}

async function pane(override?: SeedRows, locale?: Locale) {
  const port = await seededWorkbook(override);
  renderPane(port, { screens: PEOPLE, locale });
  await screen.findByRole("tablist", { name: t(locale ?? "en-US", "people.view.label") });
  return { port, user: userEvent.setup({ delay: null }) };
}

describe("People screen", () => {
  it("development: hours against the requirement, criteria, awards; Add training checks fields, then writes", async () => {
    const { port, user } = await pane();
    expect(
      await screen.findByText(
        en("people.training.remaining", { hours: "24", required: "40", remaining: "16" }),
      ),
    ).toBeInTheDocument();
    const criteria = screen.getByRole("list", { name: en("people.criteria.title") });
    expect(
      within(criteria)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "40 training hours this year — not yet",
      "Ready now — met",
      "High potential (4 or 5) — met",
      "Development plan with a target date ahead — met",
    ]);
    expect(
      within(screen.getByRole("list", { name: en("people.awards.title") })).getByText("Top performer"),
    ).toBeInTheDocument();
    // Q3 (the default period): one course, and its topic.
    const log = screen.getByRole("list", { name: en("people.training.log", { period: "2026-Q3" }) });
    expect(within(log).getAllByRole("listitem")).toHaveLength(1);

    const dialog = await openDialog(user, "people.training.add");
    await user.click(within(dialog).getByRole("button", { name: en("people.training.save") }));
    expectRequired(dialog, "people.field.course", "people.field.hours");

    await user.type(
      within(dialog).getByRole("textbox", { name: labelled("people.field.course") }),
      "Service clinic",
    );
    await user.type(
      within(dialog).getByRole("combobox", { name: labelled("people.field.topic") }),
      "Service",
    );
    await user.type(within(dialog).getByRole("textbox", { name: labelled("people.field.hours") }), "300");
    await user.click(within(dialog).getByRole("button", { name: en("people.training.save") }));
    expect(
      within(dialog).getByText(en("people.err.hours", { field: en("people.field.hours"), max: 200 })),
    ).toBeInTheDocument();
    expect((await port.readTables(["Training"])).Training).toHaveLength(3);

    await user.clear(within(dialog).getByRole("textbox", { name: labelled("people.field.hours") }));
    await user.type(
      within(dialog).getByRole("textbox", { name: labelled("people.field.hours") }),
      "16{Enter}",
    );
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByText(en("people.training.met", { hours: "40", required: "40" }))).toBeInTheDocument();
    const written = (await port.readTables(["Training"])).Training.at(-1);
    expect(written).toMatchObject({
      ManagerID: "M1",
      Course: "Service clinic",
      Topic: "Service",
      Hours: 16,
      Date: serialFromYMD(2026, 8, 15),
    });
  });

  it.each(["en-US", "zh-CN"] as const)(
    "development at the top of the ladder: no readiness and no promotion criteria, said so (%s)",
    async (locale) => {
      const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
      const career = SEED.Careers![0]!;
      await pane({ Careers: [{ ...career, CurrentLevel: "AM3", NextLevel: " am3 " }] }, locale);
      expect(await screen.findByText(tr("people.criteria.top", { name: "Ada" }))).toBeInTheDocument();
      expect(screen.queryByRole("list", { name: tr("people.criteria.title") })).not.toBeInTheDocument();
      expect(screen.queryByText(tr("people.career.readiness"))).not.toBeInTheDocument();
      expect(screen.getByText(tr("people.career.top"))).toBeInTheDocument();
    },
  );

  it("meetings: a one-on-one's dated action is written to Meetings and, as a task, to Tasks", async () => {
    const { port, user } = await pane();
    await user.click(screen.getByRole("tab", { name: en("people.view.meetings") }));
    const list = await screen.findByRole("list", { name: en("people.meetings.list") });
    expect(within(list).getByText("Q3 goals")).toBeInTheDocument();

    const dialog = await openDialog(user, "people.meetings.add");
    await user.type(
      within(dialog).getByRole("textbox", { name: labelled("people.meeting.actionLabel", { n: 1 }) }),
      "Send proposal",
    );
    await user.click(within(dialog).getByRole("button", { name: en("people.meeting.save") }));
    expectRequired(dialog, "people.field.person", "people.field.topic", "people.field.owner");

    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: labelled("people.field.person") }),
      "M2",
    );
    await user.type(
      within(dialog).getByRole("textbox", { name: labelled("people.field.topic") }),
      "Pipeline",
    );
    const due = within(dialog).getByLabelText(labelled("people.meeting.dueLabel", { n: 1 }));
    await user.type(due, "2026-08-10");
    await user.click(within(dialog).getByRole("button", { name: en("people.meeting.save") }));
    expect(
      within(dialog).getByText(en("people.err.dueBeforeMeeting", { field: en("people.field.due") })),
    ).toBeInTheDocument();
    await user.clear(due);
    await user.type(due, "2026-08-20");
    await user.click(within(dialog).getByRole("button", { name: en("people.meeting.save") }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(
      screen.getByText(en("people.meetings.saved", { topic: "Pipeline", name: "Bo", tasks: 1 })),
    ).toBeInTheDocument();

    const { Meetings, Tasks } = await port.readTables(["Meetings", "Tasks"]);
    expect(Meetings.at(-1)).toMatchObject({
      Kind: "one-on-one",
      ManagerID: "M2",
      Topic: "Pipeline",
      Actions: "Send proposal",
      Owner: "Bo",
      Due: serialFromYMD(2026, 8, 20),
    });
    expect(Tasks.at(-1)).toMatchObject({
      TaskID: "T000002",
      ManagerID: "M2",
      Title: "Send proposal",
      Horizon: "week",
      Status: "todo",
      Due: serialFromYMD(2026, 8, 20),
    });
  });

  it("surveys: a team below the threshold is hidden, and All teams leaves it out; low results suggest follow-up", async () => {
    const { port, user } = await pane();
    await user.click(screen.getByRole("tab", { name: en("people.view.surveys") }));
    const north = await screen.findByRole("region", { name: "North" });
    const south = screen.getByRole("region", { name: "South" });
    const all = screen.getByRole("region", { name: en("people.filter.allTeams") });
    expect(within(north).getByText("+50")).toBeInTheDocument();
    // The trend: North's eNPS went from +100 (Q2) to +50, a fall of 50 ("▼50", not "▼+50").
    expect(screen.getAllByText(/▼50$/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/▼\+/)).not.toBeInTheDocument();
    expect(within(south).getAllByText(en("people.pulse.hidden", { threshold: 3 }))).not.toHaveLength(0);
    expect(within(south).queryByText(/^[+\-−]?\d/)).not.toBeInTheDocument();
    // All teams pools North's round only: the same +50 from 4 answers, and says one round was left out.
    expect(within(all).getByText("+50")).toBeInTheDocument();
    expect(within(all).getByText(en("people.pulse.answers", { count: 4 }))).toBeInTheDocument();
    expect(within(all).getByText(en("people.pulse.leftOut", { count: 1 }))).toBeInTheDocument();
    // North's satisfaction (0% favourable) is low: follow-up suggestions, none for hidden South.
    expect(
      within(north).getByRole("list", {
        name: en("people.followup.list", { kind: "Satisfaction", team: "North" }),
      }),
    ).toBeInTheDocument();
    expect(within(south).queryByRole("button", { name: /team action/ })).not.toBeInTheDocument();

    // Enter a round of two answers: below the threshold, saved, hidden.
    const dialog = await openDialog(user, "people.round.add");
    await user.click(within(dialog).getByRole("button", { name: en("people.round.save") }));
    expectRequired(dialog, "people.field.team");
    await user.type(within(dialog).getByRole("combobox", { name: labelled("people.field.team") }), "East");
    const answers = within(dialog).getByRole("textbox", { name: labelled("people.field.responses") });
    await user.type(answers, "9, 11");
    await user.click(within(dialog).getByRole("button", { name: en("people.round.save") }));
    expect(
      within(dialog).getByText(
        en("people.err.responseScale", {
          field: en("people.field.responses"),
          value: "11",
          line: 1,
          min: 0,
          max: 10,
        }),
      ),
    ).toBeInTheDocument();
    await user.clear(answers);
    await user.type(answers, "9, 10");
    expect(
      within(dialog).getByText(en("people.round.belowThreshold", { count: 2, threshold: 3 })),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: en("people.round.save") }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const rows = (await port.readTables(["Surveys"])).Surveys.filter((r) => r.Team === "East");
    expect(rows.map((r) => [r.Kind, r.Score, r.Date])).toEqual([
      ["enps", 9, serialFromYMD(2026, 8, 15)],
      ["enps", 10, serialFromYMD(2026, 8, 15)],
    ]);
    const east = await screen.findByRole("region", { name: "East" });
    expect(within(east).getAllByText(en("people.pulse.hidden", { threshold: 3 })).length).toBeGreaterThan(0);
  });
});
