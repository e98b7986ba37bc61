/**
 * The sheet and the pane are one database, end to end on the preview with the sample team. `window.kpiDeskPreview`
 * edits the in-memory workbook as a user typing in Excel would (change event included), so these tests show:
 * - live refresh: an edit or a deletion in the sheet appears in the open Goals screen within about a second, and
 *   a goal form being filled in keeps its draft through the reload;
 * - no lost update: a form saved after the sheet changed another column keeps the sheet's edit (three-way merge);
 * - conflict: the same column changed in both places is refused with the sheet's and the pane's value in a message
 *   bar, the sheet keeps its value and the screen shows it;
 * - a goal deleted in the sheet is reported on save, not re-created.
 * In both languages at 320 px.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { t, type Locale } from "../../src/i18n";
import { test } from "./harness";

/** Live refresh must land within this long (the adapter waits 300 ms for a burst of edits to end). */
const LIVE_MS = 1500;

type Row = Record<string, string | number | boolean | null> | null;

const readRow = (page: Page, table: string, id: string) =>
  page.evaluate(([tb, i]) => window.kpiDeskPreview?.readRow(tb, i) ?? null, [table, id]) as Promise<Row>;

const editCell = (page: Page, table: string, id: string, column: string, value: string | number) =>
  page.evaluate(
    ([tb, i, c, v]) => window.kpiDeskPreview?.editCell(tb as string, i as string, c as string, v),
    [table, id, column, value] as const,
  );

const readRows = (page: Page, table: string) =>
  page.evaluate((tb) => window.kpiDeskPreview?.readRows(tb) ?? [], table) as Promise<NonNullable<Row>[]>;

const deleteRow = (page: Page, table: string, id: string) =>
  page.evaluate(([tb, i]) => window.kpiDeskPreview?.deleteRow(tb, i), [table, id]);

const TEXT: Record<Locale, { live: string; kept: string }> = {
  "en-US": {
    live: "Typed in the sheet: visit the top 10 accounts",
    kept: "Edited in the sheet while the form was open",
  },
  "zh-CN": { live: "在工作表中修改：拜访前十大客户", kept: "表单打开期间在工作表中修改" },
};

test("data safety: live refresh, three-way merge, conflict and deleted row", async ({
  e2e,
  lang: locale,
}) => {
  const { page, url, screenshot, log } = e2e;
  const tag = `${locale} 320px`;
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(url(`?lang=${locale}&sample`));
  await page.getByRole("tab", { name: t(locale, "goals.screen") }).click();
  const section = page.getByRole("region", { name: t(locale, "goals.screen") });
  const list = section.getByRole("list").first();
  const card = list.getByRole("listitem").first();
  await card.waitFor();
  const dialog = page.getByRole("dialog");
  const save = dialog.getByRole("button", { name: t(locale, "goals.form.save") });
  const target = dialog.getByRole("textbox", { name: t(locale, "goals.form.target") });

  // The first goal, as the pane itself names it (KPI · person, no id on screen): save it once unchanged, then find
  // its row in the workbook by that KPI, that person and the period on screen.
  await card.getByRole("button").first().click();
  await save.click();
  await dialog.waitFor({ state: "detached" });
  const notice = t(locale, "goals.form.saved", { kpi: "@1", name: "@2" }).replace(
    /[.*+?^${}()|[\]\\]/g,
    "\\$&",
  );
  const savedText = new RegExp(notice.replace("@1", "(.+)").replace("@2", "(.+)"));
  const saved = await section.getByText(savedText).textContent();
  const [, kpiName, personName] = savedText.exec(saved ?? "") ?? [];
  const period = await section.getByRole("combobox", { name: t(locale, "goals.filter.period") }).inputValue();
  const kpi = (await readRows(page, "KPIs")).find((k) => k.Name === kpiName)?.KPI;
  const person = (await readRows(page, "Managers")).find((m) => m.Name === personName)?.ManagerID;
  const goal = (await readRows(page, "Goals")).find(
    (g) => g.KPI === kpi && g.ManagerID === person && g.Period === period,
  );
  const id = goal?.GoalID as string | undefined;
  assert.ok(id, `no goal of ${kpiName} for ${personName} in ${period} (notice "${saved}")`);
  const read = await readRow(page, "Goals", id);
  assert.ok(read, `goal ${id} not in the workbook`);

  // 1. Live refresh: typed in the sheet, shown in the open screen within about a second.
  let started = Date.now();
  await editCell(page, "Goals", id, "Description", TEXT[locale].live);
  await card.getByText(TEXT[locale].live).waitFor({ timeout: LIVE_MS });
  log(`sheet edit shown after ${Date.now() - started} ms`);
  await screenshot(`data safety live refresh ${tag}`);

  // 2. A form being filled in survives the reload, and saving it keeps the sheet's edit (three-way merge).
  await card.getByRole("button").first().click();
  await target.fill("888");
  await editCell(page, "Goals", id, "Description", TEXT[locale].kept);
  // Behind the modal dialog the screen is hidden from the accessibility tree, so the card is found by its text.
  await page.locator("li").getByText(TEXT[locale].kept, { exact: true }).waitFor({ timeout: LIVE_MS });
  assert.equal(await target.inputValue(), "888", "the draft was lost when the screen reloaded");
  await screenshot(`data safety draft kept during reload ${tag}`);
  await save.click();
  await dialog.waitFor({ state: "detached" });
  const merged = await readRow(page, "Goals", id);
  assert.equal(merged?.Description, TEXT[locale].kept, "the sheet's edit was overwritten by the pane");
  assert.equal(merged?.Target, 888, "the pane's change was not written");
  assert.equal(merged?.Weight, read.Weight);

  // 3. The same column changed in both places: refused, both values shown, the sheet's value stays and shows.
  await card.getByRole("button").first().click();
  await target.fill("999");
  await editCell(page, "Goals", id, "Target", 777);
  await page.waitForTimeout(LIVE_MS);
  await save.click();
  const bar = dialog.getByText(
    t(locale, "workbook.err.conflict", { count: 1, table: "Goals", tableZh: "目标" }),
  );
  await bar.waitFor();
  const line = t(locale, "workbook.conflict.column", {
    table: "Goals",
    tableZh: "目标",
    id,
    column: "Target",
    columnZh: "目标值",
    sheet: "777",
    pane: "999",
  });
  await dialog.getByText(line).waitFor();
  await dialog.getByText(line).scrollIntoViewIfNeeded();
  await screenshot(`data safety conflict ${tag}`);
  assert.equal((await readRow(page, "Goals", id))?.Target, 777, "the conflicting write changed the sheet");
  await dialog.getByRole("button", { name: t(locale, "goals.form.cancel") }).click();
  await dialog.waitFor({ state: "detached" });

  // 4. Deleted in the sheet while the form is open: reported on save, not re-created.
  await card.getByRole("button").first().click();
  await target.fill("555");
  started = Date.now();
  await deleteRow(page, "Goals", id);
  await page
    .locator("li")
    .getByText(TEXT[locale].kept, { exact: true })
    .waitFor({ state: "detached", timeout: LIVE_MS });
  log(`sheet deletion shown after ${Date.now() - started} ms`);
  await save.click();
  const gone = dialog.getByText(
    t(locale, "workbook.conflict.deleted", { table: "Goals", tableZh: "目标", id }),
  );
  await gone.waitFor();
  await gone.scrollIntoViewIfNeeded();
  await screenshot(`data safety deleted row ${tag}`);
  assert.equal(await readRow(page, "Goals", id), null, "the deleted goal was re-created");
});
