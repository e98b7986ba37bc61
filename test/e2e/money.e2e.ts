/**
 * The pane follows Settings' money format end to end in headless Chromium, on the preview's sample team: a
 * customer's open deals read in the language's own style (yuan in English, 万 in Chinese), then in the other one
 * once it is chosen and saved in Settings — the same amount, exact to the yuan. Both languages at 320 px.
 */
import assert from "node:assert/strict";
import { t, type Locale } from "../../src/i18n";
import { formatMoney } from "../../src/format";
import { generateSample, type MoneyStyle } from "../../src/model";
import { literal, SAMPLE_NOON, test } from "./harness";

/** A row's open deals ("2 open · 152,500" / "2 个进行中 · 15.25万"), the amount in either style. */
function openDealsPattern(locale: Locale): RegExp {
  const template = t(locale, "customers.row.openDeals", { count: "\u0000", amount: "\u0001" });
  return new RegExp(
    literal(template)
      .replace("\u0000", "\\d+")
      // 万 without trailing zeros (15.25万, 360万), at most four decimals: exact to the yuan.
      .replace("\u0001", "(?:(\\d+(?:\\.\\d{1,4})?)万|(\\d{1,3}(?:,\\d{3})*))"),
  );
}

/** The amount of a row's open deals in yuan, and which style wrote it; null when the row shows none. */
function openAmount(locale: Locale, text: string): { yuan: number; style: MoneyStyle } | null {
  const match = openDealsPattern(locale).exec(text);
  if (!match) return null;
  return match[1] !== undefined
    ? { yuan: Math.round(Number(match[1]) * 10000), style: "wan" }
    : { yuan: Number(match[2].replace(/,/g, "")), style: "yuan" };
}

test("money: the pane's amounts follow Settings' money format", async ({ e2e: context, lang: locale }) => {
  const { page, url, screenshot } = context;
  const person = generateSample({ locale }).Managers[0].Name;
  const other: MoneyStyle = locale === "zh-CN" ? "yuan" : "wan";
  const own: MoneyStyle = other === "wan" ? "yuan" : "wan";

  await page.clock.setFixedTime(SAMPLE_NOON);
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(url(`?lang=${locale}&sample`));
  await page.getByRole("tab", { name: t(locale, "customers.title") }).click();
  const list = page.getByRole("list", { name: t(locale, "customers.list", { name: person }) });
  await list.getByRole("listitem").first().waitFor();

  // The first customer with open deals: its amount in the language's own style (Settings: auto).
  const rows = list.getByRole("listitem");
  let customer = "";
  let before: ReturnType<typeof openAmount> = null;
  for (let i = 0; i < (await rows.count()) && before === null; i++) {
    before = openAmount(locale, (await rows.nth(i).textContent()) ?? "");
    if (before) customer = ((await rows.nth(i).getByRole("button").first().textContent()) ?? "").trim();
  }
  assert.ok(before && customer !== "", "no customer with open deals in view");
  assert.equal(before.style, own, `auto writes ${own} in ${locale}`);
  await screenshot(`money customers ${own} ${locale} 320px`);

  // Settings: choose the other style and save.
  await page.getByRole("tab", { name: t(locale, "settings.screen") }).click();
  const general = page.getByRole("form", { name: t(locale, "settings.general.title") });
  const select = general.getByRole("combobox", { name: t(locale, "settings.general.moneyFormat") });
  assert.equal(await select.inputValue(), "auto");
  await select.selectOption(other);
  await general.getByRole("button", { name: t(locale, "settings.save") }).click();
  await general.getByText(t(locale, "settings.saved")).waitFor();
  await select.scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `settings: the page is ${overflow} px wider than the 320 px pane`);
  await screenshot(`money settings ${other} ${locale} 320px`);

  // Back on Customers: the same amount, now in the other style, exact to the yuan.
  await page.getByRole("tab", { name: t(locale, "customers.title") }).click();
  const expected = formatMoney(before.yuan, locale, other);
  const row = list.getByRole("listitem").filter({ hasText: customer }).first();
  await row.getByText(expected, { exact: false }).waitFor();
  assert.deepEqual(openAmount(locale, (await row.textContent()) ?? ""), { yuan: before.yuan, style: other });
  await screenshot(`money customers ${other} ${locale} 320px`);
});
