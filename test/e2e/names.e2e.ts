/**
 * No id where a name exists, end to end on the preview with the sample team in both languages at 320 px: every
 * screen, each of its tabs, a person's page, a customer's detail and the plan editor are read as a user and a screen
 * reader meet them (the visible text, the pickers' choices, the buttons' accessible names and tooltips), and none may
 * hold a row id (M012, C00042, G000145, D000451, T000321, R000012, I0000123, a payout id such as
 * 2026-Q3-M012-COM-SME), a KPI code (COMPLAINT_RATE) or a plan id (BON-RM): a person, customer, deal, KPI or plan is
 * named by its name. A curve has no name but its id, so a curve id may show.
 */
import assert from "node:assert/strict";
import type { Locator, Page } from "@playwright/test";
import { localToday } from "../../src/core";
import { t, type Locale } from "../../src/i18n";
import { generateSample } from "../../src/model";
import { literal, test } from "./harness";

/** The ids of the sample that have a name: row ids by their shape, KPI codes and plan ids by their text. */
function idPatterns(locale: Locale): RegExp[] {
  const rows = generateSample({ locale, asOf: localToday() });
  const curves = new Set(rows.Curves.map((c) => c.Curve.trim()));
  const codes = [
    ...rows.KPIs.map((k) => k.KPI.trim()),
    ...rows.Plans.map((p) => p.PlanID.trim()).filter((id) => !curves.has(id)),
  ];
  return [
    /\b[A-Z]{1,2}\d{3,7}\b/,
    ...codes.map((code) => new RegExp(`(?<![A-Za-z0-9_-])${literal(code)}(?![A-Za-z0-9_-])`)),
  ];
}

/** What the pane shows and says: visible text, every picker's choices, accessible names and tooltips. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const option of Array.from(document.querySelectorAll("option"))) parts.push(option.text);
    for (const element of Array.from(document.querySelectorAll("[aria-label], [title], [placeholder]")))
      for (const name of ["aria-label", "title", "placeholder"])
        if (element.hasAttribute(name)) parts.push(element.getAttribute(name) ?? "");
    return parts.join("\n");
  });
}

/** Waits until the screen has loaded (no "Loading…") and its text has stopped changing. */
async function settle(page: Page, locale: Locale): Promise<void> {
  await page.getByText(t(locale, "tp.loading")).waitFor({ state: "detached" });
  let before = "";
  for (let i = 0; i < 20; i++) {
    const now = await shownText(page);
    if (now === before) return;
    before = now;
    await page.waitForTimeout(250);
  }
}

/** The lines of what is shown that hold an id, by where they were found. */
const found: Record<string, string[]> = {};

async function assertNoIds(page: Page, locale: Locale, patterns: RegExp[], where: string): Promise<void> {
  await settle(page, locale);
  const lines = (await shownText(page)).split("\n");
  const withIds = lines.filter((line) => patterns.some((p) => p.test(line)));
  if (withIds.length > 0) found[where] = [...new Set(withIds)];
}

/** The screen's own tabs (not the pane's navigation). */
function screenTabs(page: Page): Locator {
  return page.locator("main [role=tablist] [role=tab], section [role=tablist] [role=tab]");
}

test("no id where a name exists: every screen, its tabs, a person's page, the goal dialogs, a customer and a plan", async ({
  e2e,
  lang,
}) => {
  const { page, url } = e2e;
  const patterns = idPatterns(lang);
  await page.goto(url(`?lang=${lang}&sample`));
  const roster = page.getByRole("list", { name: t(lang, "tp.team.roster") });
  await roster.getByRole("listitem").first().waitFor();
  await assertNoIds(page, lang, patterns, "Team");

  await roster.getByRole("button").first().click();
  await page.getByRole("button", { name: t(lang, "person.back") }).waitFor();
  await assertNoIds(page, lang, patterns, "a person's page");
  await page.getByRole("button", { name: t(lang, "person.back") }).click();

  const nav = page.getByRole("navigation", { name: t(lang, "tp.nav.label") }).getByRole("tab");
  const count = await nav.count();
  for (let i = 1; i < count; i++) {
    const name = (await nav.nth(i).getAttribute("aria-label")) ?? (await nav.nth(i).innerText());
    await nav.nth(i).click();
    await assertNoIds(page, lang, patterns, name);
    const tabs = screenTabs(page);
    for (let j = 0; j < (await tabs.count()); j++) {
      const tab = tabs.nth(j);
      if ((await tab.getAttribute("aria-selected")) === "true") continue;
      const tabName = await tab.innerText();
      await tab.click();
      await assertNoIds(page, lang, patterns, `${name} › ${tabName}`);
    }
  }

  // The goal and cascade dialogs (their KPI pickers), a customer's detail (its deals) and the plan editor.
  await page.getByRole("tab", { name: t(lang, "goals.screen") }).click();
  for (const button of ["goals.new", "goals.cascade", "goals.copy"] as const) {
    await page.getByRole("button", { name: t(lang, button) }).click();
    await page.getByRole("dialog").waitFor();
    await assertNoIds(page, lang, patterns, t(lang, button));
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  }

  await page.getByRole("tab", { name: t(lang, "customers.title") }).click();
  await page.getByRole("tab", { name: t(lang, "customers.view.person") }).click();
  const person = await page
    .getByRole("combobox", { name: t(lang, "customers.filter.person") })
    .locator("option:checked")
    .textContent();
  await page
    .getByRole("list", { name: t(lang, "customers.list", { name: person ?? "" }) })
    .getByRole("listitem")
    .first()
    .getByRole("button")
    .first()
    .click();
  await page.getByRole("dialog").waitFor();
  await assertNoIds(page, lang, patterns, "a customer's detail");
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "detached" });

  await page.getByRole("tab", { name: t(lang, "incentives.screen") }).click();
  const plans = page.getByRole("list", { name: t(lang, "incentives.plans.list") });
  await plans.getByRole("button").first().click();
  await assertNoIds(page, lang, patterns, "the plan editor");
  assert.deepEqual(found, {}, "ids shown where names exist");
});
