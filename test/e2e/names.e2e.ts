/**
 * No id where a name exists, end to end on the preview with the sample team in both languages at 320 px: every
 * screen, each of its tabs, every person's page, every form dialog those screens open (goal, cascade, copy,
 * interaction, deal, customer, review cycle, review, rating move, training, career, meeting, pulse round, award), a
 * customer's detail and the plan editor are read as a user and a screen reader meet them (the visible text, the
 * pickers' choices, the name a searchable picker's box holds, the accessible names, descriptions and tooltips), and none may hold a row
 * id (M012, C00042, G000145, D000451, T000321, R000012, I0000123, a payout id such as 2026-Q3-M012-COM-SME), a KPI
 * code (COMPLAINT_RATE) or a plan id (BON-RM): a person, customer, deal, KPI or plan is named by its name. A curve
 * has no name but its id, so a curve id may show. At 400 people the searchable pickers' open lists are read too.
 */
import assert from "node:assert/strict";
import { expect, type Locator, type Page } from "@playwright/test";
import { localToday } from "../../src/core";
import { t, type Locale, type MessageKey } from "../../src/i18n";
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

/**
 * What the pane shows and says: visible text (an open searchable picker's list among it), every native picker's
 * choices, a searchable picker's chosen name, accessible names and descriptions, tooltips.
 */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const option of Array.from(document.querySelectorAll("option"))) parts.push(option.text);
    // A searchable picker's box holds the chosen name (a plain field may hold an id: the plan editor's Plan ID).
    for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('input[role="combobox"]')))
      parts.push(box.value);
    const named = ["aria-label", "aria-description", "aria-valuetext", "title", "placeholder", "alt"];
    for (const element of Array.from(document.querySelectorAll(named.map((n) => `[${n}]`).join(", "))))
      for (const name of named) if (element.hasAttribute(name)) parts.push(element.getAttribute(name) ?? "");
    return parts.join("\n");
  });
}

/**
 * Waits until the screen has loaded (no "Loading…") and what it shows has stopped changing: two readings a poll
 * apart are the same (a screen that never settles fails here instead of being read half-drawn).
 */
async function settle(page: Page, locale: Locale): Promise<void> {
  await expect(page.getByText(t(locale, "tp.loading"))).toHaveCount(0);
  let before: string | undefined;
  await expect
    .poll(
      async () => {
        const now = await shownText(page);
        const same = now === before;
        before = now;
        return same;
      },
      { message: "the screen's text keeps changing", intervals: [250], timeout: 10_000 },
    )
    .toBe(true);
}

/** The lines of what is shown that hold an id, by where they were found. */
const found: Record<string, string[]> = {};

async function assertNoIds(page: Page, locale: Locale, patterns: RegExp[], where: string): Promise<void> {
  await settle(page, locale);
  const lines = (await shownText(page)).split("\n");
  const withIds = lines.filter((line) => patterns.some((p) => p.test(line)));
  if (withIds.length > 0) found[where] = [...new Set(withIds)];
}

/**
 * The buttons that open a form dialog (each by its exact name), wherever a screen or tab shows one: the dialog is
 * opened, read and closed with Escape, unsaved.
 */
const DIALOG_BUTTONS = [
  "customers.log.open",
  "customers.deal.new",
  "customers.add.open",
  "reviews.action.openCycle",
  "people.training.add",
  // A person has a career plan to edit, or none yet to add.
  "people.career.add|people.career.edit",
  "people.meetings.add",
  "people.round.add",
  "incentives.awards.add",
] as const;

/** A dialog button's accessible name: its text, or a name with a person's in it ("Move rating of Wang Fang"). */
function buttonName(locale: Locale, key: MessageKey): RegExp {
  const [before, after] = t(locale, key, { name: "\u0000" }).split("\u0000");
  return new RegExp(`^${literal(before)}${after === undefined ? "" : `.+${literal(after)}`}$`);
}

/** Opens each form dialog the screen shows a button for, and reads it; returns the dialogs read. */
async function assertNoIdsInDialogs(page: Page, locale: Locale, patterns: RegExp[], where: string) {
  const read: string[] = [];
  for (const entry of DIALOG_BUTTONS) {
    for (const key of entry.split("|") as MessageKey[]) {
      const button = page.getByRole("button", { name: buttonName(locale, key) }).first();
      if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
      await button.click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      await assertNoIds(page, locale, patterns, `${where} › ${t(locale, key)}`);
      read.push(entry);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
    }
  }
  return read;
}

/** The screen's own tabs (not the pane's navigation). */
function screenTabs(page: Page): Locator {
  return page.locator("main [role=tablist] [role=tab], section [role=tablist] [role=tab]");
}

test("no id where a name exists: every screen, its tabs, every person's page, the form dialogs, a customer and a plan", async ({
  e2e,
  lang,
}) => {
  // Twelve person pages and a dozen dialogs in each language on a shared 2-core machine.
  test.setTimeout(180_000);
  const { page, url } = e2e;
  const patterns = idPatterns(lang);
  await page.goto(url(`?lang=${lang}&sample`));
  const roster = page.getByRole("list", { name: t(lang, "tp.team.roster") });
  await roster.getByRole("listitem").first().waitFor();
  await assertNoIds(page, lang, patterns, "Team");

  // Every person's page: one person's may have no deals, no review or no commission to show.
  const people = await roster.getByRole("listitem").count();
  for (let i = 0; i < people; i++) {
    await roster.getByRole("listitem").nth(i).getByRole("button").first().click();
    await page.getByRole("button", { name: t(lang, "person.back") }).waitFor();
    await assertNoIds(page, lang, patterns, `person page ${i + 1}`);
    await page.getByRole("button", { name: t(lang, "person.back") }).click();
    await roster.waitFor();
  }

  const nav = page.getByRole("navigation", { name: t(lang, "tp.nav.label") }).getByRole("tab");
  const count = await nav.count();
  const dialogs: string[] = [];
  for (let i = 1; i < count; i++) {
    const name = (await nav.nth(i).getAttribute("aria-label")) ?? (await nav.nth(i).innerText());
    await nav.nth(i).click();
    await assertNoIds(page, lang, patterns, name);
    dialogs.push(...(await assertNoIdsInDialogs(page, lang, patterns, name)));
    const tabs = screenTabs(page);
    for (let j = 0; j < (await tabs.count()); j++) {
      const tab = tabs.nth(j);
      if ((await tab.getAttribute("aria-selected")) === "true") continue;
      const tabName = await tab.innerText();
      await tab.click();
      await assertNoIds(page, lang, patterns, `${name} › ${tabName}`);
      // A new review: the form takes the screen's place (the person picked in it), Back returns.
      const newReview = page.getByRole("button", { name: t(lang, "reviews.action.newReview"), exact: true });
      if ((await newReview.isVisible()) && (await newReview.isEnabled())) {
        await newReview.click();
        await page.getByRole("button", { name: t(lang, "reviews.form.back") }).waitFor();
        await assertNoIds(page, lang, patterns, `${name} › ${t(lang, "reviews.action.newReview")}`);
        dialogs.push("reviews.action.newReview");
        await page.getByRole("button", { name: t(lang, "reviews.form.back") }).click();
      }
      dialogs.push(...(await assertNoIdsInDialogs(page, lang, patterns, `${name} › ${tabName}`)));
    }
  }
  // A rating moved in calibration: a past cycle with ratings (the current one has drafts only).
  await page.getByRole("tab", { name: t(lang, "reviews.screen") }).click();
  const cycles = page.getByRole("combobox", { name: t(lang, "reviews.filter.cycle") });
  const move = page.getByRole("button", { name: buttonName(lang, "reviews.move.action") }).first();
  for (const cycle of await cycles
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
    await cycles.selectOption(cycle);
    await page.getByRole("tab", { name: t(lang, "reviews.view.calibration") }).click();
    await settle(page, lang);
    if (await move.isVisible()) break;
  }
  await move.click();
  await page.getByRole("dialog").waitFor();
  await assertNoIds(page, lang, patterns, t(lang, "reviews.move.short"));
  dialogs.push("reviews.move.action");
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "detached" });

  // Every form dialog was met somewhere (a button renamed would otherwise leave its dialog unread).
  assert.deepEqual(
    [...DIALOG_BUTTONS, "reviews.action.newReview", "reviews.move.action"].filter(
      (key) => !dialogs.includes(key),
    ),
    [],
    "form dialogs not reached",
  );

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
  // Its edit form (the owner picked in it).
  await page
    .getByRole("dialog")
    .getByRole("button", { name: t(lang, "customers.edit.open") })
    .click();
  await page.getByRole("button", { name: t(lang, "customers.edit.submit") }).waitFor();
  await assertNoIds(page, lang, patterns, t(lang, "customers.edit.open"));
  await page
    .getByRole("dialog")
    .getByRole("button", { name: t(lang, "customers.cancel") })
    .click();
  // Cancel returns to the customer's detail; Close closes it.
  await page
    .getByRole("dialog")
    .getByRole("button", { name: t(lang, "customers.close"), exact: true })
    .click();
  await page.getByRole("dialog").waitFor({ state: "detached" });

  await page.getByRole("tab", { name: t(lang, "incentives.screen") }).click();
  const plans = page.getByRole("list", { name: t(lang, "incentives.plans.list") });
  await plans.getByRole("button").first().click();
  await assertNoIds(page, lang, patterns, "the plan editor");
  assert.deepEqual(found, {}, "ids shown where names exist");
});

test("no id in the searchable pickers' lists at 400 people: a filter's and a dialog's", async ({
  e2e,
  lang,
}) => {
  const { page, url } = e2e;
  const patterns = idPatterns(lang);
  await page.goto(url(`?lang=${lang}&sample=400`));
  await page
    .getByRole("list", { name: t(lang, "tp.team.roster") })
    .getByRole("listitem")
    .first()
    .waitFor();

  // The Goals screen's person filter, open: its first people, each with the team, and the line saying how many more.
  await page.getByRole("tab", { name: t(lang, "goals.screen") }).click();
  const filter = page.getByRole("combobox", { name: t(lang, "goals.filter.person") });
  await expect(filter).toHaveJSProperty("tagName", "INPUT");
  await filter.click();
  const options = page.getByRole("listbox").getByRole("option");
  await options.first().waitFor();
  await assertNoIds(page, lang, patterns, "the Goals person filter, open");
  await page.keyboard.press("Escape");

  // The award dialog's person choice, open and narrowed by a letter.
  await page.getByRole("tab", { name: t(lang, "incentives.screen") }).click();
  await page.getByRole("tab", { name: t(lang, "incentives.tab.recognition") }).click();
  await page.getByRole("button", { name: t(lang, "incentives.awards.add"), exact: true }).click();
  const person = page.getByRole("dialog").getByRole("combobox", { name: t(lang, "incentives.field.person") });
  await expect(person).toHaveJSProperty("tagName", "INPUT");
  await person.click();
  await options.first().waitFor();
  await assertNoIds(page, lang, patterns, "the award dialog's person choice, open");
  await person.pressSequentially(lang === "zh-CN" ? "王" : "a");
  await options.first().waitFor();
  await assertNoIds(page, lang, patterns, "the award dialog's person choice, narrowed");
  assert.deepEqual(found, {}, "ids shown where names exist");
});
