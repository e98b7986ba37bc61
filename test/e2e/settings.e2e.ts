/**
 * The Settings screen end to end in headless Chromium, on the preview's sample team (set up in English): switch
 * the pane to Chinese through Settings and see the whole pane in Chinese, the choice saved in the workbook; a bad
 * guide share refused on its row with core's message; the weights saved. At 320 px and at a common pane width,
 * with screenshots of every section in both languages.
 */
import assert from "node:assert/strict";
import { t, type Locale, type MessageKey, type MessageParams } from "../../src/i18n";
import type { ThemeName } from "../../src/taskpane/theme";
import { assertFits, type E2eContext, test } from "./harness";

/** The theme at each pane width of the projects (playwright.config.ts): light at 320 px, dark at 480 px. */
const themeOf = (width: number): ThemeName => (width === 320 ? "light" : "dark");

/** Screenshots each section of the screen, scrolled into view, in the language shown. */
async function shootSections(context: E2eContext, locale: Locale, tag: string) {
  const { page, screenshot } = context;
  const sections: [MessageKey, string][] = [
    ["settings.general.title", "general"],
    ["settings.weights.title", "weights"],
    ["settings.ratings.title", "ratings"],
  ];
  await page.getByRole("region", { name: t(locale, "settings.lang.title") }).scrollIntoViewIfNeeded();
  await screenshot(`settings language ${locale} ${tag}`);
  for (const [title, name] of sections) {
    const form = page.getByRole("form", { name: t(locale, title) });
    await form.scrollIntoViewIfNeeded();
    await screenshot(`settings ${name} ${locale} ${tag}`);
  }
}

test(
  "settings: switch the pane to Chinese, refuse a bad rating scale, save weights",
  { tag: ["@widths", "@from-en-US"] },
  async ({ e2e: context, paneWidth: width }) => {
    const { page, url, screenshot } = context;
    const theme = themeOf(width);
    const tag = `${width}px ${theme}`;
    const en = (key: MessageKey, params?: MessageParams) => t("en-US", key, params);
    const zh = (key: MessageKey, params?: MessageParams) => t("zh-CN", key, params);

    await page.setViewportSize({ width, height: 900 });
    await page.goto(url(`?lang=en-US&theme=${theme}&sample`));
    await page.getByRole("tab", { name: en("settings.screen") }).click();
    const language = page.getByRole("region", { name: en("settings.lang.title") });
    await language.getByText(en("settings.lang.isSaved", { language: "English" })).waitFor();
    await assertFits(context, width, "settings in English");
    await shootSections(context, "en-US", tag);

    // A guide share that breaks the 100% total: refused on Save in core's words, nothing written.
    const ratings = page.getByRole("form", { name: en("settings.ratings.title") });
    const share = ratings.getByRole("textbox", {
      name: en("settings.ratings.cell", { column: en("settings.ratings.guideShare"), row: 1 }),
    });
    await share.fill("35");
    await ratings.getByText(en("settings.ratings.total", { total: "115%" })).waitFor();
    await ratings.getByRole("button", { name: en("settings.save") }).click();
    await ratings.getByText("Distribution guide: shares add up to 115%, not 100%").waitFor();
    await ratings.getByText(en("settings.fix")).waitFor();
    await ratings.scrollIntoViewIfNeeded();
    await assertFits(context, width, "rating scale refused");
    await screenshot(`settings ratings-refused en-US ${tag}`);
    await share.fill("20");
    await ratings.getByText(en("settings.ratings.total", { total: "100%" })).waitFor();

    // Switch to Chinese through Settings: the whole pane speaks Chinese at once, and the choice is saved.
    await language.scrollIntoViewIfNeeded();
    await language.getByRole("radio", { name: "中文" }).check();
    await page.getByRole("heading", { name: zh("app.name") }).waitFor();
    await page.getByRole("tab", { name: zh("settings.screen") }).waitFor();
    await page.getByRole("tab", { name: zh("tp.screen.team") }).waitFor();
    const languageZh = page.getByRole("region", { name: zh("settings.lang.title") });
    await languageZh.getByText(zh("settings.lang.isSaved", { language: "中文" })).waitFor();
    assert.equal(await page.locator(".fui-FluentProvider").first().getAttribute("lang"), "zh-CN");
    await assertFits(context, width, "settings in Chinese");

    // Weights saved in Chinese: the share of the total follows as typed.
    const weights = page.getByRole("form", { name: zh("settings.weights.title") });
    const workload = weights.getByRole("textbox", { name: "工作量" });
    await workload.fill("40");
    await weights.getByText(zh("settings.weights.share", { share: "33.3%" })).waitFor();
    await weights.getByRole("button", { name: zh("settings.save") }).click();
    await weights.getByText(zh("settings.saved")).waitFor();
    await shootSections(context, "zh-CN", tag);

    // The other screens speak Chinese too.
    await page.getByRole("tab", { name: zh("tp.screen.team") }).click();
    await page.getByRole("list", { name: zh("tp.team.roster") }).waitFor();
    await screenshot(`settings team-after-switch zh-CN ${tag}`);
  },
);
