/**
 * Period close end to end in headless Chromium, on the preview's sample team (clock pinned to the sample's "today",
 * 2026-05-15, so the period offered is 2026-Q1): give the approver's name once, draft, approve (after the bulk
 * confirmation: how many, how much, whose name) and lock the quarter's payouts and see every lock
 * "unchanged" with the period's lock receipt shown; then edit a locked figure — raise a tier of the corporate commission plan on the Incentives screen —
 * and see, back on Close period, the change listed from what to what on the payouts that plan paid; unlock one
 * with a reason. In both languages, at 320 px and at a common pane width.
 */
import assert from "node:assert/strict";
import { generateSample } from "../../src/model";
import { assertFits, SAMPLE_NOON, test, translator } from "./harness";

test(
  "close: lock 2026-Q1, edit a locked figure, see the change listed",
  { tag: "@widths" },
  async ({ e2e: context, lang: locale, paneWidth: width }) => {
    const { page, url, screenshot, log } = context;
    const tag = `${locale} ${width}px`;
    const tr = translator(locale);
    await page.clock.setFixedTime(SAMPLE_NOON);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url(`?lang=${locale}&sample`));
    const closeTab = page.getByRole("tab", { name: tr("close.screen") });
    await closeTab.click();

    const period = page.getByRole("combobox", { name: tr("close.period") });
    await period.waitFor();
    assert.equal(await period.inputValue(), "2026-Q1");
    // The approver's name is asked once for the workbook; until it is saved nothing can be approved.
    const approver = locale === "zh-CN" ? "王主管" : "Lead";
    await page.getByRole("textbox", { name: tr("close.approver") }).fill(approver);
    await page.getByRole("button", { name: tr("close.approver.save") }).click();
    await page.getByText(tr("close.approver.current", { name: approver })).waitFor();
    await page.getByRole("button", { name: tr("close.draft") }).click();
    await page.getByText(tr("close.drafted.title")).waitFor();
    const list = page.getByRole("list", { name: tr("close.list", { period: "2026-Q1" }) });
    const cards = list.getByRole("listitem");
    const count = await cards.count();
    assert.ok(count > 0, "no payouts were drafted");
    await assertFits(context, width);
    await screenshot(`close drafted ${tag}`);

    // Approving in bulk shows how many payouts and the total, in the approver's name, before anything happens.
    await page.getByRole("button", { name: tr("close.approveAll", { count }) }).click();
    const confirm = page.getByRole("dialog");
    await confirm.getByText(tr("close.confirm.title", { count })).waitFor();
    const body = (await confirm.textContent()) ?? "";
    assert.ok(
      body.includes(approver) && body.includes("2026-Q1"),
      `confirmation without name or period: ${body}`,
    );
    await assertFits(context, width);
    await screenshot(`close confirm approve ${tag}`);
    const started = Date.now();
    await confirm.getByRole("button", { name: tr("close.confirm.ok", { count }) }).click();
    await page.getByText(tr("close.approved", { count })).waitFor();
    await page.locator(".fui-DialogSurface").waitFor({ state: "detached" });
    await page.getByRole("button", { name: tr("close.lockAll", { count }) }).click();
    const receiptBox = page.getByRole("group", { name: tr("close.receipt", { period: "2026-Q1" }) });
    await receiptBox.waitFor();
    const receipt = (await receiptBox.getByText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/).textContent()) ?? "";
    await page.getByText(tr("close.locked.receipt", { count, period: "2026-Q1", receipt })).waitFor();
    log(`approve + lock of ${count} payouts: ${Date.now() - started} ms, receipt ${receipt}`);
    const unchanged = page.getByText(tr("close.verify.unchanged"), { exact: true });
    await unchanged.first().waitFor();
    assert.equal(await unchanged.count(), count, "every fresh lock verifies unchanged");
    await assertFits(context, width);
    await screenshot(`close locked ${tag}`);

    // Edit a locked figure elsewhere in the pane: the corporate commission plan's second tier rate.
    await page.getByRole("tab", { name: tr("incentives.screen") }).click();
    const plans = page.getByRole("list", { name: tr("incentives.plans.list") });
    await plans.getByRole("listitem").first().waitFor();
    const plan = generateSample({ locale }).Plans.find((p) => p.PlanID === "COM-CORP");
    assert.ok(plan, "the sample has no corporate commission plan");
    await plans.getByRole("button", { name: plan.Name, exact: true }).click();
    const rate = page.getByRole("textbox", {
      name: tr("incentives.points.cell", { column: tr("incentives.points.rate"), row: 2 }),
    });
    await rate.fill("0.5%");
    await page.getByRole("button", { name: tr("incentives.save") }).click();
    await page
      .getByText(tr("incentives.saved", { name: plan.Name, added: 0, changed: 1, removed: 0 }))
      .waitFor();

    await closeTab.click();
    const changed = page.getByText(
      new RegExp(`^${tr("close.verify.changed", { count: 1 }).replace(/[()（）]/g, ".")}$`),
    );
    await changed.first().waitFor();
    const changeLists = page.getByRole("list", {
      name: new RegExp(tr("close.verify.changes", { name: ".+" })),
    });
    const lines = await changeLists.first().getByRole("listitem").allTextContents();
    assert.equal(lines.length, 1, `one change expected, got ${JSON.stringify(lines)}`);
    // The curve point is named by the plan using it, its bound as money and its value as a percentage, no ids.
    const planName = plan.Name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    assert.match(lines[0], new RegExp(`${planName} · .+ · .*0\\.3% → 0\\.5%$`));
    assert.doesNotMatch(lines[0], /COM-CORP|1000000|0\.003/);
    const stillUnchanged = await unchanged.count();
    assert.ok(
      stillUnchanged > 0 && stillUnchanged < count,
      "only the payouts of that plan report the change",
    );
    log(`${count - stillUnchanged} of ${count} locked payouts list the change: ${lines[0]}`);
    await changeLists.first().scrollIntoViewIfNeeded();
    await assertFits(context, width);
    await screenshot(`close change listed ${tag}`);

    // Unlock the first changed payout with a reason (Enter submits).
    const label = (await changeLists.first().getAttribute("aria-label")) ?? "";
    // The payout is named by its person and plan ("Abigail Smith · Corporate commission 2026"), not by its id.
    const changedName = new RegExp(`^${tr("close.verify.changes", { name: "(.+)" })}$`).exec(label)?.[1];
    assert.ok(changedName && changedName.endsWith(` · ${plan.Name}`), `no person and plan in "${label}"`);
    await page.getByRole("button", { name: tr("close.unlock.named", { name: changedName }) }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(tr("close.unlock.title", { name: changedName })).waitFor();
    await dialog.getByRole("button", { name: tr("close.unlock"), exact: true }).click();
    await dialog.getByText(tr("close.err.reasonRequired")).waitFor();
    await screenshot(`close unlock dialog ${tag}`);
    await dialog
      .getByRole("textbox")
      .fill(locale === "zh-CN" ? "提成阶梯已调整，重新计算" : "Tier rate corrected");
    await dialog.getByRole("textbox").press("Enter");
    await page.getByText(tr("close.unlocked", { name: changedName })).waitFor();
    // Wait out the dialog's closing animation, so the screenshot shows the log and not a fading dialog.
    await page.locator(".fui-DialogSurface").waitFor({ state: "detached" });
    const history = page.getByRole("list", { name: tr("close.history", { period: "2026-Q1" }) });
    assert.equal(await history.getByRole("listitem").count(), 2 * count + 1);
    // The newest line (the unlock, with its reason) is first: bring the log's heading to the top of the pane.
    await page
      .getByRole("heading", { name: tr("close.history", { period: "2026-Q1" }) })
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await screenshot(`close audit log ${tag}`);
  },
);
