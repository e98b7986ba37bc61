/**
 * The import end to end in headless Chromium, on the preview's sample team, in both languages at 320 px:
 * (a) Customers → Import from CRM with a 纷享销客 商机 export (GB18030 for zh-CN, as 纷享销客 writes it; UTF-8 for
 * en-US) whose owners and customers are the sample's: the preview's counts, Apply, the Customers KPI actuals
 * (revenue won, deals won) and the corporate commission plan's cost move by the imported amounts; the same
 * export again, one deal now won, is 0 to add, 1 to update, 2 unchanged; (b) People → Import survey answers with
 * a Microsoft Forms file of 2 answers, fewer than the sample's anonymity threshold (3): the round is imported and
 * its figures are hidden; (c) a sheet no source writes is mapped in the pane ("Map columns"), applied, and the next
 * file with the same headers is read with the saved map. The page's clock is pinned to the sample's "today" (2026-05-15).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { t, type Locale } from "../../src/i18n";
import { decodeText, mapFieldLabel, type CrmField } from "../../src/import";
import { type E2eContext, kpiActual, literal, openSample, test } from "./harness";

const FIXTURES = path.join(path.dirname(__filename), "fixtures");

/** Fails when anything sticks out sideways (the page, or the open dialog's surface). */
async function assertFits({ page }: E2eContext, what: string) {
  const overflow = await page.evaluate(() => {
    const surface = document.querySelector(".fui-DialogSurface");
    const page = document.documentElement.scrollWidth - window.innerWidth;
    const dialog = surface ? surface.scrollWidth - surface.clientWidth : 0;
    return Math.max(page, dialog);
  });
  assert.ok(overflow <= 0, `${what}: ${overflow} px stick out of the 320 px pane`);
}

/** Polls `read` until it returns something other than `before` (5 s at most), and returns that. */
async function changed(read: () => Promise<number>, before: number): Promise<number> {
  const until = Date.now() + 5_000;
  let value = await read();
  while (value === before && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** The what-if panel's "Now" cost of the open plan. */
async function costNow({ page }: E2eContext, locale: Locale): Promise<number> {
  const panel = page.getByRole("region", { name: t(locale, "incentives.whatIf.title") });
  const now = panel.getByRole("listitem").filter({ hasText: t(locale, "incentives.whatIf.now") });
  const text = (await now.textContent()) ?? "";
  // en-US "CNY 16,876"; zh-CN "1.6876万" (amounts of 10,000 and more in 万).
  const match = /([\d,]+(?:\.\d+)?)\s*(万?)$/.exec(text.trim());
  assert.ok(match, `no figure in the what-if line "${text}"`);
  return Math.round(Number(match[1].replace(/,/g, "")) * (match[2] === "万" ? 10_000 : 1));
}

/** Opens the Incentives screen's corporate commission plan and reads its cost now. */
async function commissionCost(context: E2eContext, locale: Locale, planName: string): Promise<number> {
  const { page } = context;
  await page.getByRole("tab", { name: t(locale, "incentives.screen") }).click();
  const list = page.getByRole("list", { name: t(locale, "incentives.plans.list") });
  await list.getByRole("button", { name: planName, exact: true }).click();
  await page.getByRole("region", { name: t(locale, "incentives.whatIf.title") }).waitFor();
  return costNow(context, locale);
}

/** Applies the previewed import and waits for the count of rows added and updated. */
async function apply(dialog: Locator, locale: Locale, added: number, updated: number) {
  await dialog.getByRole("button", { name: t(locale, "import.pane.apply") }).click();
  await dialog.getByText(t(locale, "import.applied", { added, updated })).waitFor();
}

/** Closes the import dialog and waits until it is gone. */
async function close({ page }: E2eContext, dialog: Locator, locale: Locale) {
  await dialog.getByRole("button", { name: t(locale, "import.pane.close") }).click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
}

/** Goes to People › Surveys and opens the survey import dialog. */
async function openSurveyImport({ page }: E2eContext, locale: Locale): Promise<Locator> {
  await page.getByRole("tab", { name: t(locale, "people.screen") }).click();
  await page.getByRole("tab", { name: t(locale, "people.view.surveys") }).click();
  await page.getByRole("button", { name: t(locale, "import.pane.survey"), exact: true }).click();
  const dialog = page.getByRole("dialog", { name: t(locale, "import.pane.survey") });
  await dialog.waitFor();
  return dialog;
}

/** Shows the team's pulse for 2025 and checks that both rounds (eNPS, satisfaction) are hidden; returns its card. */
async function bothRoundsHidden({ page }: E2eContext, locale: Locale, team: string, threshold: number) {
  await page.getByLabel(t(locale, "people.filter.team"), { exact: true }).selectOption(team);
  await page.getByLabel(t(locale, "people.filter.period"), { exact: true }).selectOption("2025");
  const card = page.getByRole("region", { name: team, exact: true });
  await card.waitFor();
  const hidden = t(locale, "people.pulse.hidden", { threshold });
  await card.getByText(hidden).first().waitFor();
  assert.equal(await card.getByText(hidden).count(), 2, "eNPS and satisfaction are both hidden");
  return card;
}

/** Opens Customers → Import from CRM (on the Customers screen), picks `file`, and returns the dialog. */
async function previewCrm({ page }: E2eContext, locale: Locale, file: string) {
  await page.getByRole("button", { name: t(locale, "import.pane.crm"), exact: true }).click();
  const dialog = page.getByRole("dialog", { name: t(locale, "import.pane.crm") });
  await dialog.waitFor();
  // The pane's own chooser, in the pane's language (not Chromium's "Choose File").
  await dialog.getByRole("button", { name: t(locale, "import.pane.choose") }).waitFor();
  await dialog.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, file));
  return dialog;
}

const summary = (locale: Locale, file: string, c: Record<string, number>) =>
  t(locale, "import.summary", { file, profile: "fxiaoke.deals", missing: 0, ...c } as never);

test("import: a 纷享销客 商机 export moves the KPI actuals and the commission", async ({
  e2e: context,
  lang: locale,
  sample,
}) => {
  const { page, screenshot, log } = context;
  const kpi = (id: string) => sample.KPIs.find((k) => k.KPI === id)?.Name ?? id;
  const plan = sample.Plans.find((p) => p.PlanID === "COM-CORP");
  assert.ok(plan, "the sample has no corporate commission plan");

  await openSample(context, { lang: locale });
  const costBefore = await commissionCost(context, locale, plan.Name);

  await page.getByRole("tab", { name: t(locale, "customers.title") }).click();
  await page.getByRole("listitem", { name: kpi("REVENUE"), exact: true }).waitFor();
  const revenueBefore = await kpiActual(context, locale, kpi("REVENUE"));

  // First import: 2 won deals (500,000 and 300,000 in May), 1 in negotiation, 1 owner not in Managers.
  const v1 = `fxiaoke-deals-${locale}-v1.csv`;
  let dialog = await previewCrm(context, locale, v1);
  await dialog.getByText(summary(locale, v1, { add: 3, update: 0, unchanged: 0, skipped: 1 })).waitFor();
  await dialog.getByText(t(locale, "import.pane.toAdd", { count: 3 })).waitFor();
  await dialog.getByText(t(locale, "import.pane.skipped", { count: 1 })).waitFor();
  const stranger = locale === "zh-CN" ? "赵六" : "Zoe Stranger";
  await dialog.getByText(t(locale, "import.unknownOwners", { owners: stranger })).waitFor();
  await assertFits(context, "the preview");
  await screenshot(`import crm preview ${locale} 320px`);
  await apply(dialog, locale, 3, 0);
  await assertFits(context, "the result");
  await screenshot(`import crm applied ${locale} 320px`);
  await close(context, dialog, locale);

  // The KPI panel reads the Deals table again (the screen refreshes after a write; the button is a fallback).
  const refresh = page.getByRole("button", { name: t(locale, "tp.refresh") });
  if ((await refresh.count()) > 0) await refresh.first().click();
  const revenueAfter = await changed(() => kpiActual(context, locale, kpi("REVENUE")), revenueBefore);
  log(`revenue won ${revenueBefore} → ${revenueAfter}`);
  assert.equal(revenueAfter, revenueBefore + 800_000);
  await screenshot(`import crm kpis ${locale} 320px`);

  // Second import of the same export, the negotiation now won on 2026-05-14.
  const v2 = `fxiaoke-deals-${locale}-v2.csv`;
  dialog = await previewCrm(context, locale, v2);
  await dialog.getByText(summary(locale, v2, { add: 0, update: 1, unchanged: 2, skipped: 1 })).waitFor();
  await dialog.getByText(t(locale, "import.pane.toUpdate", { count: 1 })).waitFor();
  // The change reads as the user's words: the localised header, a date, the stage's label.
  const closeDate =
    locale === "zh-CN" ? "成交日期 2026-06-30 → 2026-05-14" : "Close date 2026-06-30 → 2026-05-14";
  await dialog.getByText(closeDate, { exact: false }).waitFor();
  await assertFits(context, "the update preview");
  await screenshot(`import crm update preview ${locale} 320px`);
  await apply(dialog, locale, 0, 1);
  await close(context, dialog, locale);

  // The deal won on 2026-05-14 adds its 200,000.
  const revenueLast = await changed(() => kpiActual(context, locale, kpi("REVENUE")), revenueAfter);
  log(`revenue won after the update ${revenueAfter} → ${revenueLast}`);
  assert.equal(revenueLast, revenueAfter + 200_000);

  const costAfter = await commissionCost(context, locale, plan.Name);
  log(`commission plan ${plan.PlanID} cost now ${costBefore} → ${costAfter}`);
  // 1,000,000 more credited to one person on tiers of 0.2% / 0.3% / 0.4%: between 2,000 and 4,000 more.
  assert.ok(
    costAfter - costBefore >= 2_000 && costAfter - costBefore <= 4_000,
    `the commission cost moved by ${costAfter - costBefore}`,
  );
  await page.getByRole("region", { name: t(locale, "incentives.whatIf.title") }).scrollIntoViewIfNeeded();
  await screenshot(`import crm commission ${locale} 320px`);
});

test("import: 2 Microsoft Forms answers, under the anonymity threshold, stay hidden", async ({
  e2e: context,
  lang: locale,
  sample,
}) => {
  const { screenshot } = context;
  const team = sample.Managers[0].Team ?? "";
  const threshold = Number(sample.Settings.find((s) => s.Key === "anonymityMin")?.Value);
  assert.equal(threshold, 3);

  await openSample(context, { lang: locale });
  const dialog = await openSurveyImport(context, locale);
  await dialog.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, `forms-pulse-${locale}.csv`));
  await dialog.getByText(t(locale, "import.pane.rounds", { count: 2 })).waitFor();
  await dialog.getByText(new RegExp(`^2025-12-10 · ${literal(team)} · How likely `)).waitFor();
  await assertFits(context, "the survey preview");
  await screenshot(`import survey preview ${locale} 320px`);
  await apply(dialog, locale, 4, 0);
  await screenshot(`import survey applied ${locale} 320px`);
  await close(context, dialog, locale);

  // December 2025 is in the previous year; the team's only answers there are the 2 imported.
  const card = await bothRoundsHidden(context, locale, team, threshold);
  assert.equal(await card.getByText("希望多一些培训").count(), 0, "a comment of a hidden round shows");
  assert.equal(await card.getByText("More training please").count(), 0, "a comment of a hidden round shows");
  await assertFits(context, "the pulse panel");
  await card.scrollIntoViewIfNeeded();
  await screenshot(`import survey hidden ${locale} 320px`);
});

/** A CSV fixture as the source's "export to Excel" writes it: the same cells on one sheet of an .xlsx. */
async function asXlsx(file: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const { text } = decodeText(new Uint8Array(readFileSync(path.join(FIXTURES, file))));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  for (const row of Papa.parse<string[]>(text, { skipEmptyLines: true }).data) sheet.addRow(row);
  return {
    name: file.replace(/\.csv$/, ".xlsx"),
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

test("import: the 纷享销客 商机 export saved as .xlsx previews as its CSV does and applies", async ({
  e2e: context,
  lang: locale,
}) => {
  const { page, screenshot } = context;
  // ExcelJS is fetched the first time an .xlsx is chosen, never before (not on the pane's first screen).
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(request.url()));
  const excelJs = () => fetched.filter((u) => /exceljs/i.test(u));
  await openSample(context, { lang: locale, screen: t(locale, "customers.title") });
  await page.getByRole("button", { name: t(locale, "import.pane.crm"), exact: true }).click();
  const dialog = page.getByRole("dialog", { name: t(locale, "import.pane.crm") });
  await dialog.getByText(t(locale, "import.pane.fileCrm")).waitFor();
  const xlsx = await asXlsx(`fxiaoke-deals-${locale}-v1.csv`);
  assert.deepEqual(excelJs(), [], "ExcelJS was loaded before an .xlsx was chosen");
  await dialog.locator('input[type="file"]').setInputFiles(xlsx);
  await dialog
    .getByText(summary(locale, xlsx.name, { add: 3, update: 0, unchanged: 0, skipped: 1 }))
    .waitFor();
  assert.equal(excelJs().length, 1, `ExcelJS was not loaded once on demand: ${excelJs().join(", ")}`);
  await dialog.getByText(t(locale, "import.pane.toAdd", { count: 3 })).waitFor();
  await assertFits(context, "the xlsx preview");
  await screenshot(`import crm xlsx preview ${locale} 320px`);
  await apply(dialog, locale, 3, 0);
});

test("import: an owner not in Managers is mapped with the searchable picker and their deal imports", async ({
  e2e: context,
  lang: locale,
  sample,
}) => {
  const { page, screenshot } = context;
  await openSample(context, { lang: locale, screen: t(locale, "customers.title") });
  const v1 = `fxiaoke-deals-${locale}-v1.csv`;
  const dialog = await previewCrm(context, locale, v1);
  await dialog.getByText(summary(locale, v1, { add: 3, update: 0, unchanged: 0, skipped: 1 })).waitFor();
  await dialog.getByText(t(locale, "import.pane.owners")).waitFor();
  const stranger = locale === "zh-CN" ? "赵六" : "Zoe Stranger";
  const picker = dialog.getByRole("combobox", { name: stranger });
  // The sample's first person, typed as a person does (fill would set the text without the key events that open
  // the list).
  const person = sample.Managers[0];
  await picker.click();
  await picker.pressSequentially(person.Name ?? "");
  // Name and team, without the employee number (the sample's names are unique).
  const option = page.getByRole("option", { name: `${person.Name} · ${person.Team}`, exact: true });
  await option.waitFor();
  await assertFits(context, "the owner picker");
  await screenshot(`import crm owner picker ${locale} 320px`);
  await option.click();
  await dialog.getByText(summary(locale, v1, { add: 4, update: 0, unchanged: 0, skipped: 0 })).waitFor();
  await screenshot(`import crm owner mapped ${locale} 320px`);
  await apply(dialog, locale, 4, 0);
  await assertFits(context, "the result with the owner mapped");
});

test("import: a sheet KPI Desk does not know is mapped once, and the map is offered for the next one", async ({
  e2e: context,
  lang: locale,
  sample,
}) => {
  const { page, screenshot, log } = context;
  const revenue = sample.KPIs.find((k) => k.KPI === "REVENUE")?.Name ?? "REVENUE";
  const mapName = locale === "zh-CN" ? "自建商机表" : "our pipeline";
  const header = (en: string, zh: string) => (locale === "zh-CN" ? zh : en);
  await openSample(context, { lang: locale, screen: t(locale, "customers.title") });
  await page.getByRole("listitem", { name: revenue, exact: true }).waitFor();
  const revenueBefore = await kpiActual(context, locale, revenue);

  const first = `own-pipeline-${locale}-1.csv`;
  let dialog = await previewCrm(context, locale, first);
  await dialog.getByText(t(locale, "import.pane.unrecognised")).waitFor();
  await dialog.getByRole("button", { name: t(locale, "import.pane.mapColumns") }).click();
  // The same dialog, titled "Map columns" while the map is made.
  const form = page.getByRole("dialog", { name: t(locale, "import.map.title") });
  await form.getByText(t(locale, "import.map.intro", { file: first })).waitFor();
  const select = (field: CrmField) =>
    form.getByLabel(new RegExp(`^${literal(t(locale, mapFieldLabel("Deals", field)))}`));

  // A needed field left out and one column chosen twice: a MessageBar naming both fields.
  await form.getByLabel(new RegExp(`^${literal(t(locale, "import.map.name"))}`)).fill(mapName);
  await select("name").selectOption(header("Opportunity", "机会"));
  await select("stage").selectOption(header("Opportunity", "机会"));
  await form.getByRole("button", { name: t(locale, "import.map.preview") }).click();
  const problems = form.getByRole("listitem");
  const field = (f: CrmField) => t(locale, mapFieldLabel("Deals", f));
  await problems
    .filter({
      hasText: t(locale, "import.map.err.twice", {
        field: field("stage"),
        column: header("Opportunity", "机会"),
        other: field("name"),
      }),
    })
    .waitFor();
  await problems.filter({ hasText: t(locale, "import.map.err.needed", { field: field("owner") }) }).waitFor();
  await assertFits(context, "the column map with its problems");
  await screenshot(`import map problems ${locale} 320px`);

  await select("owner").selectOption(header("Rep e-mail", "销售邮箱"));
  await select("stage").selectOption(header("Phase", "进度"));
  await select("id").selectOption(header("Ref", "编号"));
  await select("customer").selectOption(header("Client", "客户"));
  await select("amount").selectOption(header("Value", "金额"));
  await select("closeDate").selectOption(header("Won on", "赢单日期"));
  // The sample of the chosen column shows under it.
  await form.getByText(t(locale, "import.map.sample", { sample: "2026-05-10" }), { exact: true }).waitFor();
  await assertFits(context, "the column map");
  await screenshot(`import map filled ${locale} 320px`);
  await form.getByRole("button", { name: t(locale, "import.map.preview") }).click();

  const summaryOf = (file: string, c: Record<string, number>) =>
    t(locale, "import.summary", { file, profile: mapName, missing: 0, ...c } as never);
  await dialog.getByText(summaryOf(first, { add: 2, update: 0, unchanged: 0, skipped: 0 })).waitFor();
  await dialog.getByText(t(locale, "import.pane.newMap", { name: mapName })).waitFor();
  await assertFits(context, "the mapped preview");
  await screenshot(`import map preview ${locale} 320px`);
  await apply(dialog, locale, 2, 0);
  await close(context, dialog, locale);

  // The won deal (120,000 on 2026-05-10) counts in the revenue KPI like a deal typed by hand.
  const refresh = page.getByRole("button", { name: t(locale, "tp.refresh") });
  if ((await refresh.count()) > 0) await refresh.first().click();
  const revenueAfter = await changed(() => kpiActual(context, locale, revenue), revenueBefore);
  log(`revenue won ${revenueBefore} → ${revenueAfter}`);
  assert.equal(revenueAfter, revenueBefore + 120_000);

  // The next export with the same headers: recognised with the saved map, named in the preview.
  const second = `own-pipeline-${locale}-2.csv`;
  dialog = await previewCrm(context, locale, second);
  await dialog.getByText(summaryOf(second, { add: 1, update: 0, unchanged: 2, skipped: 0 })).waitFor();
  await dialog.getByText(t(locale, "import.pane.savedMap", { name: mapName })).waitFor();
  assert.equal(await dialog.getByText(t(locale, "import.pane.unrecognised")).count(), 0);
  await assertFits(context, "the preview with the saved map");
  await screenshot(`import map offered ${locale} 320px`);
  await apply(dialog, locale, 1, 0);
});

test("import: survey answers from another tool are mapped once (team, date, questions), and 2 answers stay hidden", async ({
  e2e: context,
  lang: locale,
  sample,
}) => {
  const { page, screenshot } = context;
  const team = sample.Managers[0].Team ?? "";
  const threshold = Number(sample.Settings.find((s) => s.Key === "anonymityMin")?.Value);
  const zh = locale === "zh-CN";
  // A Google Forms sheet (en-US) and a 腾讯问卷 export (zh-CN): neither is a source KPI Desk knows.
  const file = `survey-other-${locale}.csv`;
  const columns = zh
    ? {
        team: "1.您所在的团队",
        date: "结束答题时间",
        enps: "2.您会向朋友推荐来本团队工作吗？（0-10分）",
        satisfaction: "3.您对本月工作的满意程度",
      }
    : {
        team: "Your team",
        date: "Timestamp",
        enps: "How likely are you to recommend this team as a place to work? (0-10)",
        satisfaction: "How satisfied are you with your work this month?",
      };
  const secrets = zh ? ["赵一", "钱二", "101.1.2.3", "149秒"] : ["Ann Lee", "ann.lee@", "Bob Marsh"];

  await openSample(context, { lang: locale });
  const dialog = await openSurveyImport(context, locale);
  await dialog.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, file));
  await dialog.getByText(t(locale, "import.pane.unrecognisedSurvey")).waitFor();
  await dialog.getByRole("button", { name: t(locale, "import.pane.mapColumns") }).click();

  const form = page.getByRole("dialog", { name: t(locale, "import.map.title") });
  await form.getByText(t(locale, "import.map.surveyIntro", { file })).waitFor();
  const select = (label: string) => form.getByLabel(new RegExp(`^${literal(label)}`));
  await form
    .getByLabel(new RegExp(`^${literal(t(locale, "import.map.name"))}`))
    .fill(zh ? "腾讯问卷" : "Google pulse");
  await select(t(locale, "import.field.team")).selectOption(columns.team);
  await select(t(locale, "import.field.answered")).selectOption(columns.date);
  // No question scored yet: the MessageBar says so, and nothing is previewed.
  await form.getByRole("button", { name: t(locale, "import.map.preview") }).click();
  await form
    .getByRole("listitem")
    .filter({ hasText: t(locale, "import.map.err.noQuestion") })
    .waitFor();
  await assertFits(context, "the survey map with its problem");
  await screenshot(`import survey map problem ${locale} 320px`);
  await select(columns.enps).selectOption("enps");
  await select(columns.satisfaction).selectOption("satisfaction");
  // Headers only: no answer, name or e-mail is shown while mapping.
  const shown = (await form.textContent()) ?? "";
  for (const secret of secrets) assert.ok(!shown.includes(secret), `the map form shows "${secret}"`);
  await assertFits(context, "the survey map");
  await screenshot(`import survey map filled ${locale} 320px`);
  await form.getByRole("button", { name: t(locale, "import.map.preview") }).click();

  await dialog.getByText(t(locale, "import.pane.rounds", { count: 2 })).waitFor();
  await dialog
    .getByText(new RegExp(`^2025-12-11 · ${literal(team)} · `))
    .first()
    .waitFor();
  await assertFits(context, "the mapped survey preview");
  await screenshot(`import survey map preview ${locale} 320px`);
  await apply(dialog, locale, 4, 0);
  await close(context, dialog, locale);

  // 2 answers, under the anonymity threshold of 3: both rounds hidden, and no name or comment anywhere.
  const card = await bothRoundsHidden(context, locale, team, threshold);
  const page_ = (await page.content()) ?? "";
  for (const secret of secrets) assert.ok(!page_.includes(secret), `the pane shows "${secret}"`);
  await card.scrollIntoViewIfNeeded();
  await screenshot(`import survey map hidden ${locale} 320px`);
});
