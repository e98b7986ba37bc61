/**
 * The Customers screen end to end in headless Chromium, on the preview's sample team: log a customer visit from a
 * customer's row with the keyboard and see the visits KPI actual move — in both languages, at 320 px and at a
 * common pane width. The page's clock is pinned to the sample's "today" (2026-05-15), so the current quarter is
 * the one the sample's goals and interactions fill.
 */
import assert from "node:assert/strict";
import { t } from "../../src/i18n";
import { formatMoney } from "../../src/format";
import { assertFits, kpiActual, openSample, test, themeOf } from "./harness";

test(
  "customers: log a visit and see the visits actual move",
  { tag: "@widths" },
  async ({ e2e: context, lang: locale, paneWidth: width, sample }) => {
    const { page, screenshot } = context;
    const visits = sample.KPIs.find((k) => k.KPI === "VISITS")?.Name ?? "";
    const person = sample.Managers[0].Name;
    const tag = await openSample(context, {
      lang: locale,
      width,
      theme: themeOf(width, locale),
      screen: t(locale, "customers.title"),
    });

    const list = page.getByRole("list", { name: t(locale, "customers.list", { name: person }) });
    await list.getByRole("listitem").first().waitFor();
    assert.equal(
      await page.getByRole("combobox", { name: t(locale, "customers.filter.period") }).inputValue(),
      "2026-Q2",
    );
    const before = await kpiActual(context, locale, visits);
    await assertFits(context, width);
    await screenshot(`customers ${tag}`);

    // Neglected customers come first and are flagged.
    const first = list.getByRole("listitem").first();
    const firstName = (await first.getByRole("button").first().textContent())?.trim() ?? "";
    assert.ok(firstName.length > 0, "the first customer has no name");

    // Keyboard only: the row's log button, then type an outcome and press Enter (type = visit, date = today).
    await first.getByRole("button", { name: t(locale, "customers.row.log", { name: firstName }) }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: t(locale, "customers.log.title") });
    await dialog.waitFor();
    assert.equal(
      await dialog.getByRole("combobox", { name: t(locale, "customers.field.type") }).inputValue(),
      "visit",
    );
    await dialog
      .getByRole("textbox", { name: t(locale, "customers.field.outcome") })
      .fill(locale === "zh-CN" ? "确认续约意向" : "Agreed to renew");
    await screenshot(`customers log ${tag}`);
    await dialog.getByRole("textbox", { name: t(locale, "customers.field.outcome") }).press("Enter");
    await page.getByRole("dialog").waitFor({ state: "detached" });

    const done = t(locale, "customers.log.done", {
      type: locale === "zh-CN" ? "拜访" : "Visit",
      customer: firstName,
      date: "2026-05-15",
    });
    await page.getByText(done).waitFor();
    await page
      .getByRole("listitem", { name: visits, exact: true })
      .getByText("+1", { exact: true })
      .waitFor();
    assert.equal(await kpiActual(context, locale, visits), before + 1);
    // The customer, contacted now, moved down the list out of view: focus is on the message saying what was done.
    assert.ok(
      (await page.evaluate(() => document.activeElement?.textContent ?? "")).includes(done),
      "focus is not on the result of the write",
    );
    await screenshot(`customers logged ${tag}`);

    // The customer's page (scrolled to: contacted today, it is now among the last): the new visit tops its history.
    await list.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await list.getByRole("button", { name: firstName, exact: true }).click();
    const detail = page.getByRole("dialog", { name: firstName });
    await detail.waitFor();
    const history = detail.getByRole("list", { name: t(locale, "customers.detail.historyList") });
    assert.match((await history.getByRole("listitem").first().textContent()) ?? "", /2026-05-15/);
    await screenshot(`customers detail ${tag}`);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  },
);

test("customers: a deal amount typed as 200万 is read as 2,000,000", async ({
  e2e: context,
  lang: locale,
  sample,
}) => {
  const { page, screenshot } = context;
  const person = sample.Managers[0].Name;
  const product = locale === "zh-CN" ? "现金管理服务" : "Cash management";
  await openSample(context, { lang: locale, screen: t(locale, "customers.title") });
  const list = page.getByRole("list", { name: t(locale, "customers.list", { name: person }) });
  const first = list.getByRole("listitem").first();
  await first.waitFor();
  const customer = (await first.getByRole("button").first().textContent())?.trim() ?? "";
  await screenshot(`customers list ${locale}`);
  await first.getByRole("button", { name: customer, exact: true }).click();
  await page
    .getByRole("dialog", { name: customer })
    .getByRole("button", { name: t(locale, "customers.deal.new") })
    .click();

  const form = page.getByRole("dialog", { name: t(locale, "customers.deal.newTitle") });
  await form.waitFor();
  await form.getByRole("textbox", { name: t(locale, "customers.field.product") }).fill(product);
  await form.getByRole("textbox", { name: t(locale, "customers.field.amount") }).fill("200万");
  await screenshot(`customers deal 200万 ${locale}`);
  await form.getByRole("button", { name: t(locale, "customers.deal.create") }).click();
  await form.waitFor({ state: "detached" });
  await page.getByText(t(locale, "customers.deal.added", { deal: `${product} · ${customer}` })).waitFor();

  // The customer's page lists the new deal with its amount as the pane shows money.
  await list.getByRole("button", { name: customer, exact: true }).first().click();
  const detail = page.getByRole("dialog", { name: customer });
  // A deal of this product reads 200万 in zh-CN (2,000,000 in en-US): the amount typed with 万 was read whole.
  const deal = detail
    .getByRole("list", { name: t(locale, "customers.detail.dealList") })
    .getByRole("listitem")
    .filter({ hasText: product })
    .filter({ hasText: formatMoney(2_000_000, locale) });
  await deal.first().waitFor();
  await screenshot(`customers deal saved ${locale}`);
});
