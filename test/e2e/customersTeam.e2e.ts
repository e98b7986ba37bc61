/**
 * The team-wide customer list end to end in headless Chromium, on the preview's sample team, in both languages at
 * 320 px: find a customer not contacted for Settings' neglectDays among everyone's customers (searched by its
 * owner and name), add a customer for a person picked from the people (written with its Audit line), and log a
 * deal of "200万" on it, saved as 2,000,000. The page's clock is pinned to the sample's "today" (2026-05-15).
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { parsePeriod } from "../../src/core";
import { formatMoney } from "../../src/format";
import { t } from "../../src/i18n";
import { generateSample, SAMPLE_AS_OF } from "../../src/model";
import { indexCustomerBook, teamCustomerEntries } from "../../src/domain/crm/customerBook";
import { assertFits, SAMPLE_NOON, test } from "./harness";

type Row = Record<string, string | number | boolean | null>;
const readRows = (page: Page, table: string) =>
  page.evaluate((tb) => window.kpiDeskPreview?.readRows(tb) ?? [], table) as Promise<Row[]>;

/** Waits until the open dialog has finished fading in, so that a screenshot shows it and not the screen through it. */
const settled = (page: Page) =>
  page
    .getByRole("dialog")
    .last()
    .evaluate((dialog) => Promise.all(dialog.getAnimations({ subtree: true }).map((a) => a.finished)));

test("customers: the whole team — a neglected customer found, a customer added, a 200万 deal saved as 2,000,000", async ({
  e2e: context,
  lang: locale,
  paneWidth: width,
}) => {
  const { page, url, screenshot } = context;
  const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
  const sample = generateSample({ locale });
  const book = indexCustomerBook(sample);
  // A neglected customer of someone other than the first person (whom the one-person view shows first).
  const everyone = teamCustomerEntries(book, book.people, parsePeriod("2026-Q2"), SAMPLE_AS_OF);
  const target = everyone.find((c) => c.neglected && c.owner !== book.people[0].id);
  assert.ok(target, "the sample has no neglected customer outside the first person's");
  const owner = book.people.find((p) => p.id !== target.owner && p.id !== book.people[0].id);
  assert.ok(owner);
  const newName = locale === "zh-CN" ? "杭州云帆物流有限公司" : "Fir Logistics Ltd";
  const product = locale === "zh-CN" ? "供应链融资" : "Supply chain finance";

  await page.clock.setFixedTime(SAMPLE_NOON);
  await page.setViewportSize({ width, height: 720 });
  await page.goto(url(`?lang=${locale}&sample`));
  await page.getByRole("tab", { name: tr("customers.title") }).click();
  await page.getByRole("tab", { name: tr("customers.view.team") }).click();
  const list = page.getByRole("list", { name: tr("customers.team.list") });
  await list.getByRole("listitem").first().waitFor();
  await assertFits(context, width, "team-wide list");
  await screenshot(`customers team ${locale} ${width}px`);

  // Only those not contacted for neglectDays, then the owner's name and the customer's: the customer, flagged.
  await page
    .getByRole("checkbox", { name: tr("customers.filter.neglected", { days: book.neglectDays }) })
    .check();
  const search = page.getByRole("searchbox", { name: tr("customers.search.label") });
  await search.fill(`${target.ownerName} ${target.name}`);
  const found = list.getByRole("listitem").filter({ hasText: target.name });
  await found.first().waitFor();
  const text = (await found.first().textContent()) ?? "";
  assert.ok(text.includes(target.ownerName), `the row does not name its owner: ${text}`);
  const flag =
    target.daysSince === null
      ? tr("customers.row.neverShort")
      : tr("customers.row.days", { days: target.daysSince });
  assert.ok(text.includes(flag), `the row does not say how long without contact (${flag}): ${text}`);
  await assertFits(context, width, "search");
  await screenshot(`customers team neglected ${locale} ${width}px`);

  // Add a customer for another person, picked from the people.
  await search.fill("");
  await page.getByRole("button", { name: tr("customers.add.open") }).click();
  const form = page.getByRole("dialog", { name: tr("customers.add.title") });
  await form.waitFor();
  await form.getByRole("button", { name: tr("customers.add.submit") }).click();
  await form.getByText(tr("customers.err.nameRequired")).waitFor();
  await form.getByRole("textbox", { name: tr("customers.field.name") }).fill(newName);
  await form.getByRole("combobox", { name: tr("customers.field.owner") }).selectOption(owner.id);
  await form
    .getByRole("textbox", { name: tr("customers.field.industry") })
    .fill(locale === "zh-CN" ? "物流" : "Logistics");
  await assertFits(context, width, "add customer");
  await settled(page);
  await screenshot(`customers add ${locale} ${width}px`);
  await form.getByRole("button", { name: tr("customers.add.submit") }).click();
  await form.waitFor({ state: "detached" });
  await page.getByText(tr("customers.add.done", { name: newName, owner: owner.name })).waitFor();
  const customers = await readRows(page, "Customers");
  const added = customers.find((c) => c.Name === newName);
  assert.equal(added?.ManagerID, owner.id);
  const audit = (await readRows(page, "Audit")).at(-1);
  assert.equal(audit?.Action, "add");
  assert.equal(audit?.Subject, added?.CustomerID);

  // The new customer in the team's list (unchecking "needing contact": it became a customer today), a deal of 200万.
  await page
    .getByRole("checkbox", { name: tr("customers.filter.neglected", { days: book.neglectDays }) })
    .uncheck();
  await search.fill(newName);
  const row = list.getByRole("listitem").filter({ hasText: newName });
  await row.first().waitFor();
  await row.first().getByRole("button", { name: newName, exact: true }).click();
  const detail = page.getByRole("dialog", { name: newName });
  await detail.getByRole("button", { name: tr("customers.deal.new") }).click();
  const deal = page.getByRole("dialog", { name: tr("customers.deal.newTitle") });
  await deal.getByRole("textbox", { name: tr("customers.field.product") }).fill(product);
  await deal.getByRole("textbox", { name: tr("customers.field.amount") }).fill("200万");
  await assertFits(context, width, "new deal");
  await settled(page);
  await screenshot(`customers team deal 200万 ${locale} ${width}px`);
  await deal.getByRole("button", { name: tr("customers.deal.create") }).click();
  await deal.waitFor({ state: "detached" });
  await page.getByText(tr("customers.deal.added", { deal: `${product} · ${newName}` })).waitFor();
  const saved = (await readRows(page, "Deals")).find((d) => d.CustomerID === added?.CustomerID);
  assert.equal(saved?.Amount, 2_000_000);
  assert.equal(saved?.ManagerID, owner.id);

  await row.first().getByRole("button", { name: newName, exact: true }).click();
  await page
    .getByRole("dialog", { name: newName })
    .getByRole("list", { name: tr("customers.detail.dealList") })
    .getByRole("listitem")
    .filter({ hasText: formatMoney(2_000_000, locale) })
    .first()
    .waitFor();
  await settled(page);
  await screenshot(`customers team deal saved ${locale} ${width}px`);
});
