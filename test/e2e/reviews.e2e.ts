/**
 * The Reviews screen end to end in headless Chromium, on the preview's sample team: open a quarterly review
 * cycle, fill a manager review (six dimensions, strengths, improvements) and submit it, then look at the
 * calibration of last quarter's reviews — in both languages, at 320 px and at a common pane width. The page's
 * clock is pinned to the sample's "today" (2026-05-15), so this quarter (2026-Q2) has no quarterly reviews yet and
 * last quarter (2026-Q1) has the sample's submitted ones.
 */
import assert from "node:assert/strict";
import { REVIEW_DIMENSIONS, enumLabel } from "../../src/model";
import { assertFits, literal, openSample, test, themeOf } from "./harness";

test(
  "reviews: open a cycle, fill and submit a review, calibrate",
  { tag: "@widths" },
  async ({ e2e: context, lang: locale, paneWidth: width, tr }) => {
    const { page, screenshot } = context;
    // English at 480 px in the dark theme, the other runs light.
    const theme = themeOf(width, locale, "en-US");
    const tag = await openSample(context, {
      lang: locale,
      width,
      height: 900,
      theme,
      screen: tr("reviews.screen"),
    });
    const cycleFilter = page.getByRole("combobox", { name: tr("reviews.filter.cycle") });
    await cycleFilter.waitFor();

    // Open this quarter's cycle: one draft manager review per person.
    await page.getByRole("button", { name: tr("reviews.action.openCycle") }).click();
    const dialog = page.getByRole("dialog");
    const period = dialog.getByRole("textbox", { name: tr("reviews.cycle.period") });
    assert.equal(await period.inputValue(), "2026-Q2");
    const reviewer = await dialog.getByRole("textbox", { name: tr("reviews.cycle.reviewer") }).inputValue();
    assert.ok(reviewer.trim() !== "", "no reviewer proposed");
    await screenshot(`reviews open-cycle ${tag}`);
    await dialog.getByRole("button", { name: tr("reviews.cycle.create") }).click();
    await dialog.waitFor({ state: "detached" });
    assert.equal(await cycleFilter.inputValue(), "2026-Q2|quarter");
    const list = page.getByRole("list", { name: tr("reviews.list.label") });
    // The list is windowed: every row carries the total as aria-setsize.
    const drafts = Number(await list.getByRole("listitem").first().getAttribute("aria-setsize"));
    assert.ok(drafts >= 5, `only ${drafts} drafts listed`);
    await page
      .getByText(tr("reviews.cycle.done", { period: "2026-Q2", created: drafts, skipped: 0 }))
      .waitFor();
    await assertFits(context, width, "review list");
    await screenshot(`reviews list ${tag}`);

    // Fill the first review and submit it.
    const first = list.getByRole("button").first();
    const name = ((await first.locator("span").first().textContent()) ?? "").trim();
    await first.click();
    await page.getByRole("heading", { name: tr("reviews.form.title", { name }) }).waitFor();
    await screenshot(`reviews form-top ${tag}`);
    await page.getByRole("button", { name: tr("reviews.form.submit") }).click();
    await page.getByText(tr("reviews.err.fixFields")).waitFor();
    await screenshot(`reviews form-invalid ${tag}`);
    const levels = [4, 3, 5, 4, 4, 3];
    for (const [i, dimension] of REVIEW_DIMENSIONS.entries()) {
      const group = page.getByRole("radiogroup", {
        name: tr(`reviews.dim.${dimension}` as "reviews.dim.Workload"),
      });
      await group.getByRole("radio", { name: String(levels[i]), exact: true }).check();
    }
    await page.getByText(tr("reviews.form.overallValue", { overall: "3.9" })).waitFor();
    const feedback = {
      "reviews.form.strengths": {
        "zh-CN": "五月与重点客户的复盘会上清楚讲解了三种定价方案，客户当周签约。",
        "en-US":
          "At the May review with a key client you walked the CFO through three pricing options; they signed that week.",
      },
      "reviews.form.improvements": {
        "zh-CN": "四月有两次拜访后没有及时跟进；建议离开客户前就约好下一步。",
        "en-US": "Follow-ups slipped twice in April; book the next step before leaving the visit.",
      },
    } as const;
    for (const [label, text] of Object.entries(feedback))
      await page.getByRole("textbox", { name: tr(label as keyof typeof feedback) }).fill(text[locale]);
    await assertFits(context, width, "review form");
    await screenshot(`reviews form ${tag}`);
    await page.getByRole("button", { name: tr("reviews.form.submit") }).click();
    // Submitting is confirmed first (a submitted review is read-only).
    await page
      .getByRole("dialog")
      .getByRole("button", { name: tr("reviews.confirm.ok") })
      .click();
    await page.getByText(tr("reviews.form.submitted")).waitFor();
    await page.getByRole("button", { name: tr("reviews.form.acknowledge", { name }) }).waitFor();
    const mail = (await page.getByRole("link", { name: tr("reviews.mail.link") }).getAttribute("href")) ?? "";
    assert.ok(
      mail.startsWith("mailto:") && mail.length <= 1800,
      `bad feedback e-mail link: ${mail.slice(0, 80)}`,
    );
    await screenshot(`reviews submitted ${tag}`);

    await page.getByRole("button", { name: tr("reviews.form.back") }).click();
    const row = list.getByRole("button", { name: new RegExp(name) }).first();
    assert.ok(
      ((await row.textContent()) ?? "").includes(enumLabel("submitted", locale)),
      "the review is not submitted",
    );

    // Calibrate last quarter's submitted reviews.
    await cycleFilter.selectOption("2026-Q1|quarter");
    await page.getByRole("tab", { name: tr("reviews.view.calibration") }).click();
    const people = page.getByRole("list", { name: tr("reviews.calib.people") });
    await people.waitFor();
    assert.ok((await people.getByRole("listitem").count()) >= 5, "too few people calibrated");
    await page.getByRole("list", { name: tr("reviews.calib.distribution") }).waitFor();
    await assertFits(context, width, "calibration");
    await screenshot(`reviews calibration ${tag}`);
  },
);

test("reviews: goal results in the form, a nudge on judging the person, the whole review copied, a rating moved with a reason", async ({
  e2e: context,
  lang: locale,
  paneWidth: width,
  tr,
}) => {
  const { page, screenshot } = context;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const tag = await openSample(context, { lang: locale, width, height: 900, screen: tr("reviews.screen") });
  const cycleFilter = page.getByRole("combobox", { name: tr("reviews.filter.cycle") });
  await cycleFilter.waitFor();
  const list = page.getByRole("list", { name: tr("reviews.list.label") });
  /** Picks a cycle and opens its first review whose row shows `label` (a role or a status). */
  const openReview = async (cycle: string, label: string) => {
    await cycleFilter.selectOption(cycle);
    await list.getByRole("button").filter({ hasText: label }).first().click();
  };

  // Last quarter's review shows the person's goal results and composite of 2026-Q1, read-only, above the ratings.
  await openReview("2026-Q1|quarter", enumLabel("manager", locale));
  const goals = page.getByRole("group", { name: tr("reviews.goals.title", { period: "2026-Q1" }) });
  await goals.waitFor();
  const [pre, post] = tr("reviews.goals.compositeValue", { score: "§" }).split("§");
  assert.match((await goals.textContent()) ?? "", new RegExp(`${literal(pre)}[\\d.,]+${literal(post)}`));
  assert.ok((await goals.getByRole("list").getByRole("listitem").count()) >= 1, "no goal listed");
  const goalsBox = await goals.boundingBox();
  const ratingsBox = await page.getByRole("radiogroup").first().boundingBox();
  assert.ok(goalsBox && ratingsBox && goalsBox.y < ratingsBox.y, "goal results are not above the ratings");
  await assertFits(context, width, "goal results");
  await goals.scrollIntoViewIfNeeded();
  await screenshot(`reviews goal-results ${tag}`);
  await page.getByRole("button", { name: tr("reviews.form.back") }).click();

  // This month's draft: feedback that judges the person gets a specific nudge, and is still saved.
  await openReview("2026-04|month", enumLabel("draft", locale));
  await page.getByRole("button", { name: tr("reviews.form.saveDraft") }).waitFor();
  const improvements = page.getByRole("textbox", { name: tr("reviews.form.improvements") });
  const judged = locale === "zh-CN" ? "太懒了，跟进总是拖延。" : "Lazy about follow-ups.";
  await improvements.fill(judged);
  const word = locale === "zh-CN" ? "太懒" : "Lazy";
  await page.getByText(tr("reviews.nudge.lead", { words: `“${word}”` }), { exact: false }).waitFor();
  await page.getByText(tr("reviews.nudge.effort"), { exact: false }).waitFor();
  await improvements.scrollIntoViewIfNeeded();
  await assertFits(context, width, "nudge");
  await screenshot(`reviews nudge ${tag}`);

  // The whole review is too long for a mail link: copy it instead, action plan included.
  const sentence =
    locale === "zh-CN"
      ? "五月与重点客户的复盘会上清楚讲解了三种定价方案，客户当周签约，并主动介绍了两家上下游企业。"
      : "At the May review with a key client you walked the CFO through three pricing options; they signed that week. ";
  await page.getByRole("textbox", { name: tr("reviews.form.strengths") }).fill(sentence.repeat(12));
  const actions =
    locale === "zh-CN" ? "九月底前参加两次定价电话会。" : "Join two pricing calls by 30 September.";
  await page.getByRole("textbox", { name: tr("reviews.form.actions") }).fill(actions);
  await page.getByRole("button", { name: tr("reviews.mail.copy") }).click();
  await page.getByText(tr("reviews.mail.copied")).waitFor();
  assert.equal(
    await page.getByRole("link", { name: tr("reviews.mail.link") }).count(),
    0,
    "a cut link offered",
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(
    copied.startsWith(tr("reviews.mail.subjectLine", { subject: "" }).trim()),
    "no subject line copied",
  );
  assert.ok(
    copied.includes(`${tr("reviews.mail.actions")}\n${actions}`),
    "the action plan is not in the e-mail",
  );
  assert.equal(copied.split(sentence.trim()).length - 1 >= 12, true, "the review was cut");
  await page.getByRole("button", { name: tr("reviews.mail.copy") }).scrollIntoViewIfNeeded();
  await assertFits(context, width, "mail copy");
  await screenshot(`reviews mail-copy ${tag}`);
  await page.getByRole("button", { name: tr("reviews.form.saveDraft") }).click();
  await page.getByText(tr("reviews.form.saved")).waitFor();
  await page.getByRole("button", { name: tr("reviews.form.back") }).click();

  // Calibration: move a rating; the reason is required, then shown with the move.
  await cycleFilter.selectOption("2026-Q1|quarter");
  await page.getByRole("tab", { name: tr("reviews.view.calibration") }).click();
  const people = page.getByRole("list", { name: tr("reviews.calib.people") });
  const first = people
    .getByRole("listitem")
    .filter({ has: page.getByRole("button") })
    .first();
  const name = ((await first.locator("span span").first().textContent()) ?? "").trim();
  await first.getByRole("button", { name: tr("reviews.move.action", { name }) }).click();
  const dialog = page.getByRole("dialog");
  const rating = dialog.getByRole("combobox", { name: tr("reviews.move.rating") });
  const before = await rating.inputValue();
  const to = before === "A" ? "B" : "A";
  await rating.selectOption(to);
  await dialog.getByRole("button", { name: tr("reviews.move.save") }).click();
  await dialog.getByText(tr("reviews.move.err.reason")).waitFor();
  const reason =
    locale === "zh-CN" ? "季度最后一周赢得华信集团账户" : "Won the Huaxin account in the last week";
  await dialog.getByRole("textbox", { name: tr("reviews.move.reason") }).fill(reason);
  await screenshot(`reviews move-dialog ${tag}`);
  await dialog.getByRole("button", { name: tr("reviews.move.save") }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByText(tr("reviews.move.done", { name, rating: to })).waitFor();
  const item = people.getByRole("listitem").filter({ hasText: name }).first();
  await item.getByText(tr("reviews.calib.movedReason", { reason }), { exact: false }).waitFor();
  assert.ok(
    ((await item.textContent()) ?? "").includes(tr("reviews.calib.rating", { rating: to })),
    "the moved rating is not shown",
  );
  await item.scrollIntoViewIfNeeded();
  await assertFits(context, width, "moved rating");
  await screenshot(`reviews moved ${tag}`);
});
