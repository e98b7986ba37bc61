/**
 * Cascading a team goal, end to end in both languages at 320 px (#12 point 4): a team target typed as 200万, a
 * weight that would pass 100% warned about with the people named, a proportional split that cannot be made (no
 * actuals last period) offering the equal split inside its message, and each member's draft goal created with their
 * own share of the target.
 */
import assert from "node:assert/strict";
import type { Locator } from "@playwright/test";
import { formatInUnit } from "../../src/format";
import { openSample, test } from "./harness";

/** Asserts that `inner` lies inside `outer` on the page (nothing spills over the box it belongs to). */
async function assertInside(inner: Locator, outer: Locator, what: string): Promise<void> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  assert.ok(a && b, `${what}: not shown`);
  const inside =
    a.x >= b.x - 0.5 &&
    a.y >= b.y - 0.5 &&
    a.x + a.width <= b.x + b.width + 0.5 &&
    a.y + a.height <= b.y + b.height + 0.5;
  assert.ok(inside, `${what}: ${JSON.stringify(a)} spills out of ${JSON.stringify(b)}`);
}

test("goals: cascade a 200万 team goal, warned at 100% weight, the equal split offered and taken", async ({
  e2e: context,
  lang,
  paneWidth,
  sample,
  tr,
}) => {
  const { page, screenshot } = context;
  await openSample(context, { lang, width: paneWidth, height: 1000, screen: tr("goals.screen") });
  await page.getByRole("button", { name: tr("goals.cascade") }).click();
  const dialog = page.getByRole("dialog", { name: tr("goals.cascade.title") });
  const team = sample.Managers[0].Team as string;
  // A KPI without last period's actuals: the proportional split cannot be made.
  const kpi = sample.KPIs.find((k) => k.KPI === "WEALTH_SALES")!;
  // The fields in the dialog's order: Team and KPI (selects); Description, Period, Team target and Weight.
  const selects = dialog.getByRole("combobox");
  const boxes = dialog.getByRole("textbox");
  await selects.nth(0).selectOption({ label: team });
  await selects.nth(1).selectOption({ label: kpi.Name });
  await boxes.nth(0).fill(tr("goals.cascade.title"));
  await boxes.nth(2).fill("200万");
  await boxes.nth(3).fill("20");
  const preview = dialog.getByRole("region", { name: tr("goals.cascade.preview") });
  const members = (await preview.getByRole("listitem").allTextContents()).length;
  assert.ok(members >= 2, `${members} members`);
  // Every member's goals of the period already weigh 100%: the warning names each with the total it would reach.
  const first = sample.Managers.find((m) => m.Team === team)!.Name as string;
  await dialog.getByText(new RegExp(`${first} 120%`)).waitFor();

  await dialog.getByRole("radio", { name: tr("goals.cascade.proportional") }).check();
  const equalInstead = dialog.getByRole("button", { name: tr("goals.cascade.equalInstead") });
  await equalInstead.waitFor();
  // The offer is a sentence holding the equal share (money, as the pane writes it: 66.6667万 in Chinese, 666,667
  // CNY in English), not a label ending in a colon with nothing after it.
  const share = formatInUnit(2_000_000 / members, kpi.Unit, lang);
  const bar = dialog.locator(".fui-MessageBar").filter({ hasText: tr("goals.cascade.ifEqual", { share }) });
  await equalInstead.scrollIntoViewIfNeeded();
  await screenshot(`cascade ${lang} ${paneWidth}px equal split offered`);
  await assertInside(equalInstead, bar, "the equal split's button");
  // The share is read on one line ("50" / "万。" was split at 320 px).
  const lines = await bar.evaluate((element, figure) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(figure) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + figure.length);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }
    return 0;
  }, share);
  assert.equal(lines, 1, `the share ${share} is on ${lines} lines`);
  await equalInstead.click();
  assert.ok(await dialog.getByRole("radio", { name: tr("goals.cascade.equal") }).isChecked());

  // 2,000,000 split equally: each member's share in the preview, then one draft goal each.
  assert.equal(await preview.getByRole("listitem").filter({ hasText: share }).count(), members);
  await dialog.getByRole("button", { name: tr("goals.cascade.create", { count: members }) }).click();
  await page.getByText(tr("goals.cascade.done", { count: members, team })).waitFor();
  await screenshot(`cascade ${lang} ${paneWidth}px created`);
});
