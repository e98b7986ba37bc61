import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { t, type Locale, type MessageKey, type MessageParams } from "../../../../src/i18n";
import {
  DEFAULT_RATINGS,
  DEFAULT_SETTINGS,
  readSettings,
  settingRows,
  type SettingRow,
  type Settings,
} from "../../../../src/model";
import { SCREENS } from "../../../../src/taskpane/screens/registry";
import type { WorkbookPort } from "../../../../src/workbook/port";
import { renderPane } from "../../render";
import { seededWorkbook } from "../../../fixtures/rows";

const en = (key: MessageKey, params?: MessageParams) => t("en-US", key, params);
const SETTINGS = SCREENS.filter((s) => s.id === "settings");

// Fluent in jsdom is slow: a flow of a dozen interactions takes several seconds.
jest.setTimeout(60_000);

async function workbook(settings: SettingRow[] = settingRows({ ...DEFAULT_SETTINGS, language: "en-US" })) {
  const port = await seededWorkbook({ Settings: settings, Ratings: [...DEFAULT_RATINGS] });
  return port;
}

async function pane(port: WorkbookPort, locale: Locale = "en-US") {
  renderPane(port, { screens: SETTINGS, locale });
  const user = userEvent.setup({ delay: null });
  await screen.findByRole("form", { name: t(locale, "settings.general.title") }, { timeout: 10_000 });
  return user;
}

const settingsOf = async (port: WorkbookPort) => readSettings((await port.readTables(["Settings"])).Settings);

describe("Settings screen", () => {
  it("opens in the workbook's saved language, and a language chosen here switches the pane and is saved", async () => {
    const port = await workbook(settingRows({ ...DEFAULT_SETTINGS, language: "zh-CN" }));
    renderPane(port, { screens: SETTINGS, locale: "en-US" });
    const user = userEvent.setup({ delay: null });
    // Office said English; the workbook says Chinese, and wins.
    const zhSection = await screen.findByRole(
      "region",
      { name: t("zh-CN", "settings.lang.title") },
      { timeout: 10_000 },
    );
    expect(
      within(zhSection).getByText(t("zh-CN", "settings.lang.isSaved", { language: "中文" })),
    ).toBeInTheDocument();

    await user.click(within(zhSection).getByRole("radio", { name: "English" }));
    const section = await screen.findByRole("region", { name: en("settings.lang.title") });
    expect(screen.getByRole("heading", { name: en("settings.general.title") })).toBeInTheDocument();
    await within(section).findByText(en("settings.lang.isSaved", { language: "English" }));
    expect((await settingsOf(port)).settings.language).toBe("en-US");
    expect((await port.readTables(["Settings"])).Settings.filter((r) => r.Key === "language")).toHaveLength(
      1,
    );
  });

  it("offers to save a language switched elsewhere (the header) when the workbook has none", async () => {
    const port = await workbook([]);
    const user = await pane(port, "zh-CN");
    const section = screen.getByRole("region", { name: t("zh-CN", "settings.lang.title") });
    expect(within(section).getByText(t("zh-CN", "settings.lang.noneSaved"))).toBeInTheDocument();
    await user.click(
      within(section).getByRole("button", {
        name: t("zh-CN", "settings.lang.saveCurrent", { language: "中文" }),
      }),
    );
    await within(section).findByText(t("zh-CN", "settings.lang.isSaved", { language: "中文" }));
    expect((await port.readTables(["Settings"])).Settings).toEqual([{ Key: "language", Value: "zh-CN" }]);
  });

  it("checks every field of the year and thresholds before saving, naming it, and saves by key", async () => {
    const port = await workbook();
    const user = await pane(port);
    const form = screen.getByRole("form", { name: en("settings.general.title") });
    const box = (key: MessageKey) => within(form).getByRole("textbox", { name: en(key) });
    const bad: [MessageKey, string, string][] = [
      ["settings.general.anonymityMin", "1", "Anonymity threshold: enter 2 or more"],
      ["settings.general.trainingHours", "-4", "Training hours required per year: enter 0 or more"],
      ["settings.general.paceTolerance", "150", "Pace tolerance (%): enter a percentage from 0 to 100"],
      [
        "settings.general.neglectDays",
        "2.5",
        "Days without contact before a customer is flagged: enter a whole number",
      ],
    ];
    for (const [key, text, message] of bad) {
      await user.clear(box(key));
      await user.type(box(key), text);
      expect(within(form).getByText(message)).toBeInTheDocument();
    }
    await user.click(within(form).getByRole("button", { name: en("settings.save") }));
    expect(within(form).getByText(en("settings.fix"))).toBeInTheDocument();
    expect((await settingsOf(port)).settings).toEqual({ ...DEFAULT_SETTINGS, language: "en-US" });

    await user.selectOptions(
      within(form).getByRole("combobox", { name: en("settings.general.fiscalYearStart") }),
      "4",
    );
    expect(within(form).getByRole("option", { name: "April" })).toHaveProperty("selected", true);
    // How amounts read: offered in words, saved as the word readSettings reads.
    const money = within(form).getByRole("combobox", { name: en("settings.general.moneyFormat") });
    expect(money).toHaveValue("auto");
    expect(
      within(money)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([en("settings.money.auto"), en("settings.money.wan"), en("settings.money.yuan")]);
    await user.selectOptions(money, "wan");
    // Each field as typed, and the setting it saves (the pace tolerance typed in percent).
    const good: [MessageKey, string, keyof Settings, number][] = [
      ["settings.general.anonymityMin", "5", "anonymityMin", 5],
      ["settings.general.trainingHours", "24", "trainingHours", 24],
      ["settings.general.paceTolerance", "15", "paceTolerance", 0.15],
      ["settings.general.neglectDays", "21", "neglectDays", 21],
    ];
    for (const [key, text] of good) {
      await user.clear(box(key));
      await user.type(box(key), text);
    }
    // Enter in a field saves the section.
    await user.type(box("settings.general.neglectDays"), "{Enter}");
    await within(form).findByText(en("settings.saved"));
    expect(within(form).queryByText(en("settings.fix"))).not.toBeInTheDocument();
    const { settings, issues } = await settingsOf(port);
    expect(issues).toEqual([]);
    expect(settings).toMatchObject({
      fiscalYearStart: 4,
      moneyFormat: "wan",
      ...Object.fromEntries(good.map(([, , setting, value]) => [setting, value])),
    });
  });

  it("shows each weight's share of the total, refuses negative and all-zero weights, and saves them", async () => {
    const port = await workbook();
    const user = await pane(port);
    const form = screen.getByRole("form", { name: en("settings.weights.title") });
    const box = (name: string) => within(form).getByRole("textbox", { name });
    expect(within(form).getAllByText(en("settings.weights.share", { share: "20%" }))).toHaveLength(3);

    await user.clear(box("Innovation"));
    await user.type(box("Innovation"), "-1");
    expect(within(form).getByText("Innovation: enter 0 or more")).toBeInTheDocument();
    for (const name of ["Workload", "Quality", "Satisfaction", "Attitude", "Teamwork", "Innovation"]) {
      await user.clear(box(name));
      await user.type(box(name), "0");
    }
    await user.click(within(form).getByRole("button", { name: en("settings.save") }));
    expect(within(form).getByText(en("settings.weights.allZero"))).toBeInTheDocument();
    expect(within(form).getByText(en("settings.fix"))).toBeInTheDocument();
    expect((await settingsOf(port)).settings.reviewWeights).toEqual(DEFAULT_SETTINGS.reviewWeights);

    await user.clear(box("Workload"));
    await user.type(box("Workload"), "3");
    await user.clear(box("Quality"));
    await user.type(box("Quality"), "1");
    expect(within(form).getByText(en("settings.weights.share", { share: "75%" }))).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: en("settings.save") }));
    await within(form).findByText(en("settings.saved"));
    expect((await settingsOf(port)).settings.reviewWeights).toEqual({
      Workload: 0.75,
      Quality: 0.25,
      Satisfaction: 0,
      Attitude: 0,
      Teamwork: 0,
      Innovation: 0,
    });
  });

  it("edits the rating scale: core's messages on the row, a failed write changes nothing, then saves", async () => {
    const port = await workbook();
    let failUpdates = true;
    const flaky: WorkbookPort = Object.assign(Object.create(port) as WorkbookPort, {
      updateRows: (...args: Parameters<WorkbookPort["updateRows"]>) =>
        failUpdates ? Promise.reject(new Error("the workbook went away")) : port.updateRows(...args),
    });
    const user = await pane(flaky);
    const form = screen.getByRole("form", { name: en("settings.ratings.title") });
    const cell = (column: MessageKey, row: number) =>
      within(form).getByRole("textbox", { name: en("settings.ratings.cell", { column: en(column), row }) });
    /** Replaces the text of a cell, as a person clears it and types. */
    const retype = async (column: MessageKey, row: number, text: string) => {
      await user.clear(cell(column, row));
      await user.type(cell(column, row), text);
    };
    expect(cell("settings.ratings.label", 1)).toHaveValue("A");
    expect(within(form).getByText(en("settings.ratings.total", { total: "100%" }))).toBeInTheDocument();

    // A minimum score used twice and a negative multiplier, shown on their rows.
    await retype("settings.ratings.minScore", 2, "90");
    expect(
      within(form).getByText("Minimum score, row 2: row 1 has the same minimum score"),
    ).toBeInTheDocument();
    await retype("settings.ratings.bonusMultiplier", 4, "-1");
    expect(within(form).getByText("Bonus multiplier, row 4: enter 0 or more")).toBeInTheDocument();
    await retype("settings.ratings.minScore", 2, "80");
    await retype("settings.ratings.bonusMultiplier", 4, "0");

    // Shares off 100%: the running total says so, Save shows core's message.
    await retype("settings.ratings.guideShare", 1, "25");
    expect(within(form).getByText(en("settings.ratings.total", { total: "105%" }))).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: en("settings.save") }));
    expect(within(form).getByText("Distribution guide: shares add up to 105%, not 100%")).toBeInTheDocument();

    // A repeated label, in core's words on its row.
    await retype("settings.ratings.label", 4, "c");
    expect(within(form).getByText('Distribution guide: row 4 repeats the label "c"')).toBeInTheDocument();
    await retype("settings.ratings.label", 4, "E");

    // Row 3 removed, a new one added; shares back to 100%.
    await user.click(within(form).getByRole("button", { name: en("settings.ratings.remove", { row: 3 }) }));
    await user.click(within(form).getByRole("button", { name: en("settings.ratings.add") }));
    const fill: [MessageKey, string][] = [
      ["settings.ratings.label", "C+"],
      ["settings.ratings.minScore", "65"],
      ["settings.ratings.guideShare", "15"],
      ["settings.ratings.bonusMultiplier", "0.8"],
    ];
    for (const [column, text] of fill) await user.type(cell(column, 4), text);
    await retype("settings.ratings.guideShare", 1, "20");
    await retype("settings.ratings.guideShare", 2, "55");
    expect(within(form).getByText(en("settings.ratings.total", { total: "100%" }))).toBeInTheDocument();

    // The write fails half-way: the MessageBar says so and the table is as it was.
    await user.click(within(form).getByRole("button", { name: en("settings.save") }));
    expect(await within(form).findByText(en("settings.notSaved"))).toBeInTheDocument();
    expect(
      within(form).getByText(en("err.internal", { detail: "the workbook went away" })),
    ).toBeInTheDocument();
    expect((await port.readTables(["Ratings"])).Ratings).toEqual(DEFAULT_RATINGS);

    failUpdates = false;
    await user.click(within(form).getByRole("button", { name: en("settings.save") }));
    await within(form).findByText(en("settings.ratings.saved", { added: 2, changed: 1, removed: 2 }));
    const { Ratings } = await port.readTables(["Ratings"]);
    expect([...Ratings].sort((a, b) => b.MinScore - a.MinScore)).toEqual([
      { Label: "A", MinScore: 90, GuideShare: 0.2, BonusMultiplier: 1.3 },
      { Label: "B", MinScore: 80, GuideShare: 0.55, BonusMultiplier: 1 },
      { Label: "C+", MinScore: 65, GuideShare: 0.15, BonusMultiplier: 0.8 },
      { Label: "E", MinScore: 0, GuideShare: 0.1, BonusMultiplier: 0 },
    ]);
    await waitFor(() => expect(cell("settings.ratings.label", 3)).toHaveValue("C+"));
  });
});
