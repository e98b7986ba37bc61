/**
 * The Reviews screen end to end in headless Chromium, on the preview's sample team: open a quarterly review
 * cycle, fill a manager review (six dimensions, strengths, improvements) and submit it, then look at the
 * calibration of last quarter's reviews — in both languages, at 320 px and at a common pane width. The page's
 * clock is pinned to the sample's "today" (2026-05-15), so this quarter (2026-Q2) has no quarterly reviews yet and
 * last quarter (2026-Q1) has the sample's submitted ones.
 */
import assert from "node:assert/strict";
import { type Locale } from "../../src/i18n";
import { REVIEW_DIMENSIONS, enumLabel } from "../../src/model";
import type { ThemeName } from "../../src/taskpane/theme";
import { assertFits, SAMPLE_NOON, test, translator } from "./harness";

/** The theme of each project (playwright.config.ts): light, except English at 480 px in the dark theme. */
const themeOf = (locale: Locale, width: number): ThemeName =>
  locale === "en-US" && width === 480 ? "dark" : "light";

test(
  "reviews: open a cycle, fill and submit a review, calibrate",
  { tag: "@widths" },
  async ({ e2e: context, lang: locale, paneWidth: width }) => {
    const { page, url, screenshot } = context;
    const theme = themeOf(locale, width);
    const tag = `${locale} ${width}px ${theme}`;
    const tr = translator(locale);

    await page.clock.setFixedTime(SAMPLE_NOON);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url(`?lang=${locale}&theme=${theme}&sample`));
    await page.getByRole("tab", { name: tr("reviews.screen") }).click();
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
    await page
      .getByRole("textbox", { name: tr("reviews.form.strengths") })
      .fill(
        locale === "zh-CN"
          ? "五月与重点客户的复盘会上清楚讲解了三种定价方案，客户当周签约。"
          : "At the May review with a key client you walked the CFO through three pricing options; they signed that week.",
      );
    await page
      .getByRole("textbox", { name: tr("reviews.form.improvements") })
      .fill(
        locale === "zh-CN"
          ? "四月有两次拜访后没有及时跟进；建议离开客户前就约好下一步。"
          : "Follow-ups slipped twice in April; book the next step before leaving the visit.",
      );
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
