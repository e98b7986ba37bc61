/**
 * The fixtures every end-to-end test of the task pane gets from @playwright/test (playwright.config.ts): a fresh
 * page in a fresh browser context (a fresh in-memory workbook: nothing a test sets — a pinned clock, a viewport,
 * storage — leaks into the next), the preview's URL, a screenshot helper writing into test-results/screenshots/,
 * the project's language and pane width, the sample team's rows and the catalogue in that language, and a check
 * that the page threw no uncaught error.
 *
 * Node-only tests (LibreOffice, poppler: no page) import `test` from @playwright/test itself, carry the `@node`
 * tag and run in the `node` project, which never starts a browser.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as base, type Page } from "@playwright/test";
import { formatDate } from "../../src/format";
import { t, type Locale } from "../../src/i18n";
import { generateSample, SAMPLE_AS_OF } from "../../src/model";
import type { ThemeName } from "../../src/taskpane/theme";
// The tests' expected texts, every string in both languages (the pane itself loads one language on demand).
import "../../src/i18n/all";

/** Where screenshots go (outside Playwright's own output folder, which each run empties). */
export const SCREENSHOTS = path.resolve(__dirname, "..", "..", "test-results", "screenshots");

/** What a test of the pane gets: its page, the preview's URL, screenshots and measurements. */
export interface E2eContext {
  page: Page;
  /** The preview page's URL with a query string (`?lang=zh-CN&theme=dark`). */
  url: (query?: string) => string;
  /** Saves a screenshot of the viewport as `<name>.png` in test-results/screenshots/; returns the file path. */
  screenshot: (name: string) => Promise<string>;
  /** Reports a measurement: printed under the test and kept as an annotation in the HTML report. */
  log: (message: string) => void;
}

/** The options a project sets (playwright.config.ts): the pane's language and width. */
export interface PaneOptions {
  /** The language under test; tests open the preview with `?lang=<lang>`. */
  lang: Locale;
  /** The pane's width in CSS pixels (320: Excel's narrowest pane; 480: a common one). */
  paneWidth: number;
}

/** Reports a measurement: printed under the test and kept as an annotation in the HTML report. */
export function log(message: string): void {
  process.stdout.write(`${message}\n`);
  base.info().annotations.push({ type: "measurement", description: message });
}

/** The sample team the preview opens with `&sample`, in one language. */
export type Sample = ReturnType<typeof generateSample>;

/** What the tests get besides Playwright's own fixtures. */
interface Fixtures {
  e2e: E2eContext;
  pageErrors: void;
  sample: Sample;
  /** The catalogue in the project's language (`tr(key, params)`, see {@link translator}). */
  tr: ReturnType<typeof translator>;
}

export const test = base.extend<PaneOptions & Fixtures>({
  lang: ["en-US", { option: true }],
  paneWidth: [320, { option: true }],
  /** Uncaught errors in the page fail the test, after its own steps. */
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await use();
      if (errors.length > 0) throw new Error(`uncaught error in the page: ${errors.join("; ")}`);
    },
    { auto: true },
  ],
  e2e: async ({ page, baseURL }, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use({
      page,
      url: (query = "") => new URL(`preview.html${query}`, baseURL).href,
      screenshot: async (name) => {
        const file = path.join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file, fullPage: false });
        return file;
      },
      log,
    });
  },
  /** The sample team's rows in the project's language: what the pane shows after `openSample`. */
  sample: async ({ lang }, use) => {
    await use(generateSample({ locale: lang }));
  },
  tr: async ({ lang }, use) => {
    await use(translator(lang));
  },
});

/** Local noon of the sample's "today" (2026-05-15), so the pane's local calendar day is the sample's in any time zone. */
export const SAMPLE_NOON = (() => {
  const [y, m, d] = formatDate(SAMPLE_AS_OF).split("-").map(Number);
  return new Date(y, m - 1, d, 12);
})();

/** How a test opens the preview on the sample team. */
export interface Opening {
  /** The pane's language (`?lang=`). */
  lang: Locale;
  /** The pane's width: named in the screenshot tag, and with `height` the viewport's width. */
  width?: number;
  /** The viewport's height, when not the project's 720 px. */
  height?: number;
  /** The theme (`&theme=`), named in the screenshot tag; the pane's default when left out. */
  theme?: ThemeName;
  /** Pins the page's clock to {@link SAMPLE_NOON} first (the default); false keeps the real clock. */
  pinClock?: boolean;
  /** The navigation tab to open once the pane is shown (the screen's name in `lang`). */
  screen?: string;
}

/**
 * Opens the preview on the sample team: the clock pinned, the viewport set, the page loaded, a screen opened.
 * @param context - the test's page and URL.
 * @param opening - language, width, height, theme, clock and screen.
 * @returns the screenshot tag of this run: `<lang> <width>px <theme>` (each part as given).
 */
export async function openSample({ page, url }: E2eContext, opening: Opening): Promise<string> {
  const { lang, width, height, theme, pinClock = true, screen } = opening;
  if (pinClock) await page.clock.setFixedTime(SAMPLE_NOON);
  if (height !== undefined) await page.setViewportSize({ width: width ?? 320, height });
  await page.goto(url(`?lang=${lang}${theme === undefined ? "" : `&theme=${theme}`}&sample`));
  if (screen !== undefined) await page.getByRole("tab", { name: screen }).click();
  return [lang, width === undefined ? undefined : `${width}px`, theme].filter((part) => part).join(" ");
}

/**
 * The theme of a test run at both pane widths (playwright.config.ts): light at 320 px; dark at 480 px, in every
 * language or only in `darkIn`.
 * @param width - the pane's width.
 * @param lang - the run's language.
 * @param darkIn - the one language shown dark at 480 px (every language when left out).
 */
export const themeOf = (width: number, lang: Locale, darkIn?: Locale): ThemeName =>
  width !== 320 && (darkIn === undefined || darkIn === lang) ? "dark" : "light";

/**
 * Nothing may stick out sideways: the pane must fit its width.
 * @param context - the test's page.
 * @param width - the pane's width, for the message.
 * @param where - what is on screen, for the message.
 */
export async function assertFits({ page }: E2eContext, width: number, where?: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const what = `the page is ${overflow} px wider than the ${width} px pane`;
  assert.ok(overflow <= 0, where === undefined ? what : `${where}: ${what}`);
}

/**
 * Every visible drop-down shows its whole choice: the chosen option's text, in the select's own font, fits the
 * select's text box (its width less its padding, which leaves room for the chevron). A cut choice ("2026-Q2 (thi…")
 * is named in the message.
 * @param context - the test's page.
 * @param where - what is on screen, for the message.
 */
export async function assertChoicesShown({ page }: E2eContext, where: string): Promise<void> {
  const cut = await page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
    return [...document.querySelectorAll("select")]
      .filter((select) => select.offsetParent !== null)
      .flatMap((select) => {
        const style = getComputedStyle(select);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = select.selectedOptions[0]?.text ?? "";
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const needed = canvas.measureText(text).width;
        return needed > room ? [`“${text}” needs ${Math.ceil(needed)} px, has ${Math.floor(room)}`] : [];
      });
  });
  assert.deepEqual(cut, [], `${where}: a drop-down cuts its choice`);
}

/** The catalogue in one language: `tr(key, params)` is `t(locale, key, params)`. */
export const translator =
  (locale: Locale) =>
  (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string =>
    t(locale, key, params);

/** A text as a regular expression matching it literally. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The actual a Customers KPI line shows ("1,234 of 5,000 …" / "1,234 / 目标 5,000 …"). */
export async function kpiActual({ page }: E2eContext, locale: Locale, kpiName: string): Promise<number> {
  const line = page.getByRole("listitem", { name: kpiName, exact: true });
  const text = (await line.textContent()) ?? "";
  const pattern = new RegExp(
    literal(t(locale, "customers.kpi.actualOfTarget", { actual: "\u0000", target: "\u0001", unit: "\u0002" }))
      .replace("\u0000", "([\\d,.]+)(万?)")
      .replace("\u0001", "[\\d,.]+万?")
      .replace(" \u0002", ".*?"),
  );
  const match = pattern.exec(text);
  assert.ok(match, `no actual in the KPI line "${text}"`);
  // zh-CN shows amounts of 10,000 and more in 万 ("252万"), to 4 decimals: exact to the yuan.
  return Math.round(Number(match[1].replace(/,/g, "")) * (match[2] === "万" ? 10_000 : 1));
}
