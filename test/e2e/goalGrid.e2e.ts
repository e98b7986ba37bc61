/**
 * Goals in minutes, end to end on the preview with the sample team, in both languages at 320 px: next quarter's
 * goals are copied from this quarter for the whole team in one grid, one target adjusted; then a KPI template is
 * applied to a person of another team in one step. Each lands as drafts due at the period's end.
 */
import assert from "node:assert/strict";
import { nextPeriod, parsePeriod } from "../../src/core";
import { t } from "../../src/i18n";
import { assertFits, openSample, test } from "./harness";

test("goals: copy this quarter's goals to the next for the team, adjust a target; apply a KPI template", async ({
  e2e: context,
  lang: locale,
  paneWidth: width,
}) => {
  const { page, screenshot } = context;
  const screen = t(locale, "goals.screen");
  const tag = await openSample(context, { lang: locale, width, pinClock: false, screen });
  const section = page.getByRole("region", { name: t(locale, "goals.screen") });
  const teamPicker = section.getByRole("combobox", { name: t(locale, "goals.filter.team") });
  const personPicker = section.getByRole("combobox", { name: t(locale, "goals.filter.person") });
  const periodPicker = section.getByRole("combobox", { name: t(locale, "goals.filter.period") });
  await personPicker.waitFor();
  const current = await periodPicker.inputValue();
  const next = nextPeriod(parsePeriod(current)).text;
  // Next year's quarters are offered before any goal exists in them.
  const offered = await periodPicker.locator("option").allTextContents();
  const nextYear = String(Number(current.slice(0, 4)) + 1);
  assert.ok(offered.includes(`${nextYear}-Q4`), `next year's quarters missing from ${offered.join(", ")}`);

  // The first team, next quarter: empty until the copy.
  const team = await teamPicker.locator("option").nth(1).textContent();
  assert.ok(team, "no team in the sample");
  await teamPicker.selectOption({ label: team });
  await periodPicker.selectOption(next);
  const person = (await personPicker.locator("option:checked").textContent()) ?? "";
  await page.getByText(t(locale, "goals.empty", { name: person, period: next })).waitFor();

  await page.getByRole("button", { name: t(locale, "goals.copy") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText(t(locale, "goals.copy.title", { from: current, to: next })).waitFor();
  await dialog.getByRole("radio", { name: t(locale, "goals.copy.team", { team }) }).check();
  const grid = dialog.getByRole("list", { name: t(locale, "goals.grid.label") });
  const lines = await grid.getByRole("textbox").count();
  // Four people of six goals each in the sample, each person's goals under their name.
  assert.equal(lines, 24, `the grid lists ${lines} goals`);
  assert.equal(await grid.getByRole("heading").count(), 4);
  await grid.getByRole("list", { name: t(locale, "goals.grid.person", { name: person }) }).waitFor();
  const first = grid.getByRole("textbox").first();
  const label = (await first.getAttribute("aria-label")) ?? "";
  await first.fill("2,500,000");
  await screenshot(`goals copy ${tag}`);
  await assertFits(context, width, "copy dialog");
  await dialog.getByRole("button", { name: t(locale, "goals.copy.save", { count: 24 }) }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByText(t(locale, "goals.copy.done", { count: 24, from: current, to: next })).waitFor();

  // The person's copied goals are in next quarter's list: drafts adding up to 100%, the adjusted target shown.
  const list = page.getByRole("list", { name: t(locale, "goals.list", { name: person, period: next }) });
  await list.waitFor();
  assert.equal(await list.getByRole("listitem").count(), 6);
  await page.getByText(t(locale, "goals.weight.complete")).waitFor();
  assert.ok(label.includes(person), `the first line (${label}) is not ${person}'s`);
  // Money as the pane writes it: in 万 in Chinese.
  await list
    .getByText(locale === "zh-CN" ? "250万" : "2,500,000", { exact: false })
    .first()
    .waitFor();
  await screenshot(`goals copied ${tag}`);

  // A template for a person of the second team in a quarter of next year.
  const other = await teamPicker.locator("option").nth(2).textContent();
  await teamPicker.selectOption({ label: other ?? "" });
  await periodPicker.selectOption(`${nextYear}-Q2`);
  const someone = (await personPicker.locator("option:checked").textContent()) ?? "";
  await page.getByRole("button", { name: t(locale, "goals.template") }).click();
  const templateDialog = page.getByRole("dialog");
  await templateDialog
    .getByRole("combobox", { name: t(locale, "goals.template.role") })
    .selectOption({ label: t(locale, "goals.template.retail") });
  const targets = templateDialog
    .getByRole("list", { name: t(locale, "goals.grid.label") })
    .getByRole("textbox");
  assert.equal(await targets.count(), 6);
  // Nothing to suggest for a target left empty: fill every empty one.
  for (let i = 0; i < 6; i++) {
    if ((await targets.nth(i).inputValue()) === "") await targets.nth(i).fill("100");
  }
  await screenshot(`goals template ${tag}`);
  await assertFits(context, width, "template dialog");
  await templateDialog.getByRole("button", { name: t(locale, "goals.template.save", { count: 6 }) }).click();
  await templateDialog.waitFor({ state: "detached" });
  await page
    .getByText(
      t(locale, "goals.template.done", {
        count: 6,
        template: t(locale, "goals.template.retail"),
        name: someone,
      }),
    )
    .waitFor();
  await page.getByText(t(locale, "goals.weight.complete")).waitFor();
  await assertFits(context, width, "goals after the template");
  await screenshot(`goals templated ${tag}`);
});
