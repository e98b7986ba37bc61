/**
 * Goals & plans, end to end on the preview with the sample team: a person's goal set for the current quarter is
 * built in the goal form (live SMART checklist), reaches 100% and is activated; then a task is added to the work
 * plan with Enter and ticked done. In both languages at 320 px, and in English at a common pane width.
 */
import assert from "node:assert/strict";
import { formatDate } from "../../src/format";
import { nextPeriod, parsePeriod } from "../../src/core";
import { t, type Locale } from "../../src/i18n";
import { assertFits, type E2eContext, openSample, test } from "./harness";

/**
 * Adds one goal through the form: the `option`-th KPI of the library, a description, a target and a weight, and —
 * when given — another period and its last day as the due date.
 */
async function addGoal(
  { page }: E2eContext,
  locale: Locale,
  option: number,
  description: string,
  weight: string,
  period?: string,
) {
  await page.getByRole("button", { name: t(locale, "goals.new") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: t(locale, "goals.form.kpi") }).click();
  await page.getByRole("option").nth(option).click();
  if (period) {
    await dialog.getByRole("textbox", { name: t(locale, "goals.form.period") }).fill(period);
    await dialog.getByLabel(t(locale, "goals.form.due")).fill(formatDate(parsePeriod(period).end));
  }
  await dialog.getByRole("textbox", { name: t(locale, "goals.form.description") }).fill(description);
  await dialog.getByRole("textbox", { name: t(locale, "goals.form.target") }).fill("120");
  await dialog.getByRole("textbox", { name: t(locale, "goals.form.weight") }).fill(weight);
}

test(
  "goals: a goal set reaches 100% and is activated, a task is added and done",
  { tag: "@widths" },
  async ({ e2e: context, lang: locale, paneWidth: width }) => {
    const { page, screenshot } = context;
    const screen = t(locale, "goals.screen");
    const tag = await openSample(context, { lang: locale, width, pinClock: false, screen });
    const section = page.getByRole("region", { name: t(locale, "goals.screen") });
    await section.getByRole("combobox", { name: t(locale, "goals.filter.person") }).waitFor();
    const personPicker = section.getByRole("combobox", { name: t(locale, "goals.filter.person") });
    const periodPicker = section.getByRole("combobox", { name: t(locale, "goals.filter.period") });
    const person = await personPicker.locator("option:checked").textContent();
    const current = await periodPicker.inputValue();
    assert.ok(person && current, "no person or period chosen");
    // The sample has goals for this quarter and the last: the new set is for next quarter, which starts empty.
    const period = nextPeriod(parsePeriod(current)).text;

    const activate = page.getByRole("button", { name: t(locale, "goals.activate") });
    const first = locale === "zh-CN" ? "提升重点客户的对公存款余额" : "Grow deposits of key accounts";
    await addGoal(context, locale, 0, first, "60", period);
    await page.getByRole("dialog").getByText(t(locale, "goals.smart.title"), { exact: false }).waitFor();
    await screenshot(`goals form ${tag}`);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: t(locale, "goals.form.save") })
      .click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await periodPicker.selectOption(period);
    await page.getByText(t(locale, "goals.weight.value", { total: "60%" })).waitFor();
    assert.equal(await activate.isDisabled(), true, "activation is offered below 100%");

    const second = locale === "zh-CN" ? "拓展新客户并完成首笔交易" : "Win first deals with new customers";
    await addGoal(context, locale, 1, second, "40");
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByText(t(locale, "goals.weight.complete")).waitFor();
    await activate.click();
    await page.getByText(t(locale, "goals.activate.done", { count: 2 })).waitFor();
    const list = page.getByRole("list", { name: t(locale, "goals.list", { name: person, period }) });
    assert.equal(await list.getByRole("listitem").count(), 2);
    await assertFits(context, width, "goals");
    await screenshot(`goals ${tag}`);

    // Today's tasks belong to the current quarter.
    await periodPicker.selectOption(current);
    await page.getByRole("tab", { name: t(locale, "goals.tab.plans") }).click();
    const title = page.getByRole("textbox", { name: t(locale, "goals.plan.title") });
    const task = locale === "zh-CN" ? "回访新开户客户" : "Call back the new account";
    await title.fill(task);
    await title.press("Enter");
    const done = page.getByRole("checkbox", { name: t(locale, "goals.plan.done", { title: task }) });
    await done.waitFor();
    await done.check();
    await page.waitForFunction(
      (name) =>
        (document.querySelector(`input[aria-label="${name}"]`) as HTMLInputElement | null)?.checked === true,
      t(locale, "goals.plan.done", { title: task }),
    );
    await assertFits(context, width, "work plan");
    await screenshot(`work plan ${tag}`);
  },
);
