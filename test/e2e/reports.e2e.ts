/**
 * The Reports screen end to end in headless Chromium, on the preview's sample team: generate this quarter's
 * report for the whole team and see the sheets listed under the success message's one line and in the list of
 * generated sheets, then open the scorecard from the message (in Excel the sheet becomes the active one; the preview shows its cells in a dialog over the pane),
 * then one team's report for last quarter — in both languages, at 320 px and at a common pane width. The page's
 * clock is pinned to the sample's "today" (2026-05-15), so this quarter (2026-Q2) is the one with goals in progress.
 */
import assert from "node:assert/strict";
import { assertChoicesShown, assertFits, openSample, test, themeOf } from "./harness";

test(
  "reports: generate this quarter's report and one team's last quarter",
  { tag: "@widths" },
  async ({ e2e: context, lang: locale, paneWidth: width, tr }) => {
    const { page, screenshot, log } = context;
    // In the workbook's order, which is the report's: the report sheet (the scorecard) first, the statements
    // last (the list's "Open" buttons are checked on these two); the report's long tables each print on a sheet of
    // their own between them.
    const sheets = (period: string) => [
      tr("report.sheet.report", { period }),
      ...(["pay", "work", "growth", "goals", "analysis"] as const).map((part) =>
        tr(`report.sheet.${part}`, { period }),
      ),
      tr("report.sheet.statements", { period }),
    ];
    const statementsOf = (period: string) => tr("report.sheet.statements", { period });

    // English at 480 px in the dark theme, the other runs light.
    const tag = await openSample(context, {
      lang: locale,
      width,
      height: 900,
      theme: themeOf(width, locale, "en-US"),
      screen: tr("reports.screen"),
    });
    const period = page.getByRole("combobox", { name: tr("reports.period") });
    await period.waitFor();
    assert.equal(await period.inputValue(), "2026-Q2");
    await page.getByText(tr("reports.generated.empty")).waitFor();
    await assertFits(context, width, "reports screen");
    await assertChoicesShown(context, "reports screen");
    await screenshot(`reports start ${tag}`);

    // This quarter, whole team.
    const started = Date.now();
    await page.getByRole("button", { name: tr("reports.generate") }).click();
    await page
      .getByText(tr("reports.done.title", { period: "2026-Q2", count: sheets("2026-Q2").length }))
      .waitFor();
    log(`${tag}: whole-team report written in ${Date.now() - started} ms`);
    const list = page.getByRole("list", { name: tr("reports.generated") });
    await list.waitFor();
    assert.deepEqual(await list.getByRole("listitem").allTextContents(), sheets("2026-Q2"));
    // The intro names every kind of sheet the report writes, not "both".
    await page.getByText(tr("reports.intro")).waitFor();
    await assertFits(context, width, "report written");
    await screenshot(`reports done ${tag}`);

    // The success message lists the sheets written, the scorecard first; each opens. The first shows the report
    // sheet: its name as the dialog's title, its cells (a person of the team among them).
    const written = page.getByRole("list", { name: tr("reports.done.sheets") });
    const names = await written.getByRole("button").allTextContents();
    assert.equal(names[0], sheets("2026-Q2")[0]);
    assert.deepEqual([...names].sort(), [...sheets("2026-Q2")].sort());
    await written
      .getByRole("button", { name: tr("reports.open.sheet", { sheet: sheets("2026-Q2")[0] }), exact: true })
      .click();
    const shown = page.getByRole("dialog", { name: sheets("2026-Q2")[0] });
    await shown.waitFor();
    await shown.getByText(tr("tp.preview.sheetNote")).waitFor();
    const cells = shown.getByRole("region", { name: sheets("2026-Q2")[0] });
    assert.ok((await cells.getByRole("cell").count()) > 20, "the report's cells are listed");
    const someone = (await page.evaluate(() => window.kpiDeskPreview?.readRows("Managers")))?.[0];
    assert.ok(someone && "Name" in someone);
    await cells.getByText(String(someone.Name), { exact: true }).first().waitFor();
    await screenshot(`reports open ${tag}`);
    await shown.getByRole("button", { name: tr("tp.preview.back") }).click();
    await shown.waitFor({ state: "hidden" });
    // … and so does each sheet of the list: the statements this time.
    await list
      .getByRole("button", { name: tr("reports.open.sheet", { sheet: statementsOf("2026-Q2") }) })
      .click();
    const statements = page.getByRole("dialog", { name: statementsOf("2026-Q2") });
    await statements.waitFor();
    await page.keyboard.press("Escape");
    await statements.waitFor({ state: "hidden" });

    // Last quarter, one team.
    await period.selectOption("2026-Q1");
    const scope = page.getByRole("combobox", { name: tr("reports.scope") });
    const team = (await scope.locator("option").nth(1).textContent()) ?? "";
    await scope.selectOption(team);
    await page.getByRole("button", { name: tr("reports.generate") }).click();
    await page
      .getByText(tr("reports.done.title", { period: "2026-Q1", count: sheets("2026-Q1").length }))
      .waitFor();
    await page.waitForFunction(
      (names) => names.every((n) => document.body.textContent?.includes(n)),
      sheets("2026-Q1"),
    );
    // A second period's sheets follow the first's, in the same order.
    assert.deepEqual(await list.getByRole("listitem").allTextContents(), [
      ...sheets("2026-Q2"),
      ...sheets("2026-Q1"),
    ]);
    await assertFits(context, width, "team report written");
    await screenshot(`reports team ${tag}`);
  },
);
