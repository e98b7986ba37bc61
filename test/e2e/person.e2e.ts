/**
 * The Team cockpit and the person page, end to end in both languages at 320 px: a person's page reached from the
 * roster (click and Enter) and back to the roster as it was left; a held and a zero payout with their reasons; the
 * statement printed; search and sort.
 */
import assert from "node:assert/strict";
import { expect, type Page } from "@playwright/test";
import { buildBook } from "../../src/book";
import { localToday, periodOf } from "../../src/core";
import { t, type Locale, type MessageKey, type MessageParams } from "../../src/i18n";
import { generateSample, readSettings } from "../../src/model";
import { statementSheetName } from "../../src/workbook/printStatement";
import { literal, test } from "./harness";

/**
 * Who, in the preview's sample team today, has a held bonus and who a bonus of 0 (the sample is generated as of
 * today, so this is computed the same way rather than assumed).
 */
function samplePayouts(locale: Locale) {
  const asOf = localToday();
  const rows = generateSample({ locale, asOf });
  const period = periodOf("quarter", asOf, readSettings(rows.Settings).settings.fiscalYearStart).text;
  const people = buildBook(rows, { locale }).period(period, asOf).people;
  const held = people.find((p) => p.bonus?.held);
  const zero = people.find((p) => p.bonus?.amount === 0 && p.bonus.zeroReason !== null);
  assert.ok(held && zero, "the sample team has a held bonus and a bonus of 0");
  return {
    period,
    held,
    zero,
    best: [...people].sort((a, b) => (b.composite ?? -1) - (a.composite ?? -1))[0],
  };
}

async function openSample(page: Page, url: (q?: string) => string, lang: Locale) {
  await page.goto(url(`?lang=${lang}&sample`));
  const roster = page.getByRole("list", { name: t(lang, "tp.team.roster") });
  await roster.getByRole("listitem").first().waitFor();
  return roster;
}

async function noSidewaysScroll(page: Page, width: number) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the ${width} px pane`);
}

test("a person's page from the roster: pay statement with the reasons for a held and a zero bonus, print, back", async ({
  e2e,
  lang,
  paneWidth,
}) => {
  const { page, url, screenshot } = e2e;
  const { period, held, zero } = samplePayouts(lang);
  const roster = await openSample(page, url, lang);

  // A click on the row opens the page; the pay statement explains the held bonus.
  await roster.getByRole("button", { name: t(lang, "cockpit.open", { name: held.name }) }).click();
  const person = page.getByRole("region", { name: t(lang, "person.page", { name: held.name }) });
  await person.getByRole("heading", { name: held.name }).waitFor();
  await person.getByText(t(lang, "report.held.why", { kpi: held.bonus!.gate!.kpiName })).waitFor();
  await person.getByText(t(lang, "report.held"), { exact: true }).waitFor();
  for (const title of [
    "person.pay.title",
    "person.score.title",
    "person.goals.title",
    "person.tasks.title",
  ] as const)
    await person.getByRole("heading", { name: t(lang, title) }).waitFor();
  // No id where a name exists: the header, the pay statement, the score and the goals name the person.
  for (const title of ["person.pay.title", "person.score.title", "person.goals.title"] as const) {
    const text = (await person.getByRole("region", { name: t(lang, title) }).textContent()) ?? "";
    assert.ok(!text.includes(held.id), `${title} shows the id ${held.id}`);
  }
  await noSidewaysScroll(page, paneWidth);
  await screenshot(`person ${lang} ${paneWidth}px held`);

  // Print statement writes the person's sheet.
  await person.getByRole("button", { name: t(lang, "person.print") }).click();
  const sheet = statementSheetName(held.name, period, lang);
  await page.getByText(t(lang, "person.print.done", { sheet })).waitFor();

  // Back to the roster; Enter on another row opens that person's page, with the zero bonus's reason.
  await page.getByRole("button", { name: t(lang, "person.back") }).click();
  const row = roster.getByRole("button", { name: t(lang, "cockpit.open", { name: zero.name }) });
  await row.focus();
  await page.keyboard.press("Enter");
  const zeroPage = page.getByRole("region", { name: t(lang, "person.page", { name: zero.name }) });
  const reason = t(lang, "report.stmt.zero", { reason: t(lang, `report.zero.${zero.bonus!.zeroReason!}`) });
  await zeroPage.getByText(reason).waitFor();
  await zeroPage.getByText(reason).scrollIntoViewIfNeeded();
  await screenshot(`person ${lang} ${paneWidth}px zero bonus`);
  await zeroPage.getByRole("heading", { name: t(lang, "person.review.title") }).scrollIntoViewIfNeeded();
  await screenshot(`person ${lang} ${paneWidth}px review and development`);
  await page.getByRole("button", { name: t(lang, "person.back") }).click();
  // The row the page was opened from has the focus back.
  await assertFocused(page, t(lang, "cockpit.open", { name: zero.name }));
});

async function assertFocused(page: Page, label: string) {
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  assert.equal(focused, label);
}

test("the roster shows each person's level whole at 320 px, the longest level of the ladder included", async ({
  e2e,
  lang,
  paneWidth,
}) => {
  const { page, url, screenshot } = e2e;
  const roster = await openSample(page, url, lang);
  const levels = roster.locator('[data-part="level"]');
  await levels.first().waitFor();
  const rows = await levels.evaluateAll((spans) =>
    spans.map((span) => ({ text: span.textContent ?? "", cut: span.scrollWidth > span.clientWidth + 1 })),
  );
  // "Principal Account Manager" / "资深客户经理": the sample's top level, the longest.
  const top = generateSample({ locale: lang })
    .Managers.map((m) => m.Level ?? "")
    .sort((a, b) => b.length - a.length)[0];
  assert.ok(
    rows.some((r) => r.text === top),
    `no row in view shows ${top}`,
  );
  const cut = rows.filter((r) => r.text === "" || r.cut).map((r) => r.text);
  assert.deepEqual(cut, [], `levels cut or missing at ${paneWidth} px`);
  await noSidewaysScroll(page, paneWidth);
  await screenshot(`roster ${lang} ${paneWidth}px levels whole`);
});

test("the roster searches by name or id and sorts by score; search and sort are kept across a person's page", async ({
  e2e,
  lang,
  paneWidth,
}) => {
  const { page, url, screenshot } = e2e;
  const { best, zero } = samplePayouts(lang);
  const roster = await openSample(page, url, lang);
  const search = page.getByRole("searchbox", { name: t(lang, "cockpit.search") });

  const part = zero.name.slice(0, Math.max(2, Math.ceil(zero.name.length / 2)));
  await search.fill(part);
  const names = await roster.getByRole("listitem").allTextContents();
  assert.ok(
    names.length >= 1 && names.every((n) => n.toLowerCase().includes(part.toLowerCase())),
    names.join(" | "),
  );
  await search.fill(zero.id.toLowerCase());
  await roster.getByRole("listitem").filter({ hasText: zero.name }).waitFor();
  assert.equal(await roster.getByRole("listitem").count(), 1);
  await search.fill("zzzz-nobody");
  await page.getByText(t(lang, "cockpit.noMatch", { query: "zzzz-nobody" })).waitFor();
  await search.fill("");

  await page
    .getByRole("combobox", { name: t(lang, "cockpit.sort") })
    .selectOption(t(lang, "cockpit.sort.score"));
  const first = roster.getByRole("listitem").first();
  assert.ok(((await first.textContent()) ?? "").includes(best.name), `the best score is not first`);
  await noSidewaysScroll(page, paneWidth);
  await screenshot(`cockpit ${lang} ${paneWidth}px sorted by score`);

  await page
    .getByRole("combobox", { name: t(lang, "cockpit.sort") })
    .selectOption(t(lang, "cockpit.sort.payout"));
  await roster
    .getByRole("listitem")
    .first()
    .getByText(t(lang, "cockpit.figure.payout", { amount: "" }).trim().split(" ")[0])
    .waitFor();
  await search.fill(zero.name);
  await roster.getByRole("button", { name: t(lang, "cockpit.open", { name: zero.name }) }).click();
  await page.getByRole("button", { name: t(lang, "person.back") }).click();
  assert.equal(await search.inputValue(), zero.name);
  assert.equal(await page.getByRole("combobox", { name: t(lang, "cockpit.sort") }).inputValue(), "payout");
});

test("needs attention: an off-track goal opens Goals & plans on its person, a neglected customer that person's customers", async ({
  e2e,
  lang,
  paneWidth,
}) => {
  const { page, url, screenshot } = e2e;
  await openSample(page, url, lang);
  const tr = (key: MessageKey, params?: MessageParams) => t(lang, key, params);
  /** A label of `key` around any name or count, and the name it holds. */
  const around = (key: MessageKey, param: string) => {
    const [before, after] = tr(key, { [param]: "\u0000" }).split("\u0000");
    return {
      pattern: new RegExp(`^${literal(before)}.+${literal(after)}$`),
      inside: (label: string) => label.slice(before.length, label.length - after.length),
    };
  };
  const attention = page.getByRole("button", { name: around("cockpit.attention", "count").pattern });
  await attention.click();
  await screenshot(`attention ${lang} ${paneWidth}px`);

  // An off-track goal: its button opens Goals & plans with the person chosen.
  const goals = around("cockpit.go.goals", "name");
  const toGoals = page.getByRole("button", { name: goals.pattern }).first();
  const who = goals.inside((await toGoals.getAttribute("aria-label")) ?? "");
  await toGoals.click();
  await page.getByRole("tab", { name: tr("goals.screen"), selected: true }).waitFor();
  const person = page.getByRole("combobox", { name: tr("goals.filter.person"), exact: true });
  await expect(person.locator("option:checked")).toHaveText(who);
  await screenshot(`attention ${lang} ${paneWidth}px to goals`);

  // Back on Team, a neglected customer's button opens Customers on that person.
  await page.getByRole("tab", { name: tr("tp.screen.team") }).click();
  if ((await attention.getAttribute("aria-expanded")) !== "true") await attention.click();
  // The list shows its first items; a neglected customer comes after the off-track goals.
  const more = page.getByRole("button", { name: around("cockpit.attention.more", "count").pattern });
  if (await more.isVisible()) await more.click();
  const customers = around("cockpit.go.customers", "name");
  const toCustomers = page.getByRole("button", { name: customers.pattern }).first();
  const owner = customers.inside((await toCustomers.getAttribute("aria-label")) ?? "");
  await toCustomers.click();
  await page.getByRole("tab", { name: tr("customers.title"), selected: true }).waitFor();
  const filter = page.getByRole("combobox", { name: tr("customers.filter.person"), exact: true });
  await expect(filter.locator("option:checked")).toHaveText(owner);
  await screenshot(`attention ${lang} ${paneWidth}px to customers`);
});
