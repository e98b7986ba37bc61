/**
 * The Incentives screen end to end in headless Chromium, on the preview's sample team: open the corporate
 * commission plan, raise one tier's rate in the points grid and see the chart and the worked example change before
 * saving, then save — in both languages, at 320 px and at a common pane width; and the recognition awards. The
 * page's clock is pinned to the sample's "today" (2026-05-15).
 */
import assert from "node:assert/strict";
import { t } from "../../src/i18n";
import { formatNumber } from "../../src/format";
import { assertFits, type E2eContext, openSample, test, themeOf } from "./harness";

/** The chart's text summary (its accessible description). */
async function chartSummary({ page }: E2eContext, title: string): Promise<string> {
  const chart = page.getByRole("img", { name: title });
  const id = await chart.getAttribute("aria-describedby");
  assert.ok(id, "the chart has no description");
  return ((await page.locator(`[id="${id}"]`).textContent()) ?? "").trim();
}

test(
  "incentives: edit a commission plan, the chart and worked example follow",
  { tag: "@widths" },
  async ({ e2e: context, lang: locale, paneWidth: width, sample }) => {
    const { page, screenshot } = context;
    const plan = sample.Plans.find((p) => p.PlanID === "COM-CORP");
    assert.ok(plan, "the sample has no corporate commission plan");
    const tag = await openSample(context, {
      lang: locale,
      width,
      height: 900,
      theme: themeOf(width, locale),
      screen: t(locale, "incentives.screen"),
    });

    const list = page.getByRole("list", { name: t(locale, "incentives.plans.list") });
    await list.getByRole("listitem").first().waitFor();
    assert.equal(await list.getByRole("listitem").count(), sample.Plans.length);
    await assertFits(context, width);
    await screenshot(`incentives plans ${tag}`);

    await list.getByRole("button", { name: plan.Name, exact: true }).click();
    const title = t(locale, "incentives.chart.titleCommission");
    await page.getByRole("img", { name: title }).waitFor();
    const before = await chartSummary(context, title);
    // Tiers (0, 0.2%), (1,000,000, 0.3%), (3,000,000, 0.4%); the example amount is 80% of the 4.5M span.
    const example = page.getByRole("region", { name: t(locale, "incentives.example.title") });
    const amount = example.getByRole("textbox", { name: t(locale, "incentives.example.amount") });
    assert.equal(await amount.inputValue(), "3600000");
    const payout = (value: number) => t(locale, "incentives.example.payout", { amount: formatNumber(value) });
    await example.getByText(payout(2000 + 6000 + 2400), { exact: true }).waitFor();
    await assertFits(context, width);
    await screenshot(`incentives editor ${tag}`);

    // Raise the second tier's rate to 0.5%: the chart and the example follow before anything is saved.
    const rate = page.getByRole("textbox", {
      name: t(locale, "incentives.points.cell", { column: t(locale, "incentives.points.rate"), row: 2 }),
    });
    await rate.fill("0.5%");
    await example.getByText(payout(2000 + 10000 + 2400), { exact: true }).waitFor();
    const after = await chartSummary(context, title);
    assert.notEqual(after, before, "the chart did not change");
    assert.ok(
      after.includes(`3,000,000 → ${formatNumber(2000 + 10000)}`),
      `unexpected chart summary "${after}"`,
    );
    const lines = example
      .getByRole("list", { name: t(locale, "incentives.example.lines") })
      .getByRole("listitem");
    assert.equal(await lines.count(), 4, "three tiers and the total");
    await page.getByRole("img", { name: title }).scrollIntoViewIfNeeded();
    await screenshot(`incentives chart ${tag}`);
    await example.scrollIntoViewIfNeeded();
    await screenshot(`incentives worked example ${tag}`);
    await page.getByRole("region", { name: t(locale, "incentives.whatIf.title") }).scrollIntoViewIfNeeded();
    await screenshot(`incentives what-if ${tag}`);

    await page.getByRole("button", { name: t(locale, "incentives.save") }).click();
    await page
      .getByText(t(locale, "incentives.saved", { name: plan.Name, added: 0, changed: 1, removed: 0 }))
      .waitFor();
    await assertFits(context, width);
  },
);

test("incentives: recognition awards of the period", async ({ e2e: context, lang: locale }) => {
  const { page, screenshot } = context;
  await openSample(context, { lang: locale, width: 320, screen: t(locale, "incentives.screen") });
  await page.getByRole("tab", { name: t(locale, "incentives.tab.recognition") }).click();
  // The sample gives its awards early in the current quarter (2026-Q2), the period shown first.
  const awards = page.getByRole("list", { name: t(locale, "incentives.awards.list") });
  await awards.getByRole("listitem").first().waitFor();
  await assertFits(context, 320);
  await screenshot(`incentives recognition ${locale} 320px`);

  await page.getByRole("button", { name: t(locale, "incentives.awards.add") }).click();
  const dialog = page.getByRole("dialog");
  await dialog
    .getByRole("combobox", { name: t(locale, "incentives.field.person") })
    .selectOption({ index: 1 });
  await dialog.getByRole("textbox", { name: t(locale, "incentives.field.award") }).fill("Star");
  await screenshot(`incentives add award ${locale} 320px`);
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "detached" });
  await page.getByRole("combobox", { name: t(locale, "incentives.filter.period") }).selectOption("2026-Q2");
  await awards.getByText("Star", { exact: true }).waitFor();
});
