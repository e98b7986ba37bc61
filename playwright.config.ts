/**
 * The end-to-end tests (test/e2e/*.e2e.ts) on @playwright/test, with Debian's Chromium (no browser download).
 *
 *   npm run test:e2e                          every project: both languages at 320 px, the width-sensitive tests
 *                                             again at 480 px, and the Node-only tests (LibreOffice, poppler)
 *   npm run test:e2e -- import                only test/e2e files whose path matches "import"
 *   npm run test:e2e -- -g "roster"           only tests whose title matches
 *   npm run test:e2e -- --project zh-CN       one project (see `projects` below)
 *   npx playwright show-report                the HTML report of the last run (playwright-report/)
 *   npx playwright show-trace <trace.zip>     a failed test's trace (recorded on its first retry, CI only)
 *
 * The preview (scripts/preview.mjs) is built when stale and served as the `webServer` on a free loopback port.
 */
import { execFileSync } from "node:child_process";
import { defineConfig, type PlaywrightTestOptions, type Project } from "@playwright/test";
import type { PaneOptions } from "./test/e2e/harness";
import { CHROMIUM_FLAGS } from "./bench/browser";

const CI = Boolean(process.env.CI);

/**
 * A free loopback port for the preview, picked once by the main process and handed to the workers through the
 * environment (each worker loads this file again). Several checkouts can run their suites at the same time.
 */
function previewPort(): number {
  if (!process.env.KPI_PREVIEW_PORT) {
    const probe =
      "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
    process.env.KPI_PREVIEW_PORT = execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" }).trim();
  }
  return Number(process.env.KPI_PREVIEW_PORT);
}
const port = previewPort();

/** A browser project: the pane in one language at one width. Tests tagged `@widths` also run at 480 px. */
function pane(lang: PaneOptions["lang"], paneWidth: number): Project<PlaywrightTestOptions & PaneOptions> {
  return {
    name: paneWidth === 320 ? lang : `${lang} ${paneWidth}px`,
    grep: paneWidth === 320 ? undefined : /@widths/,
    // Settings starts in English and switches the pane to Chinese itself: it belongs to the English projects.
    grepInvert: lang === "en-US" ? /@node/ : [/@node/, /@from-en-US/],
    use: { lang, paneWidth, viewport: { width: paneWidth, height: 720 } },
  };
}

export default defineConfig<PaneOptions>({
  testDir: "test/e2e",
  testMatch: "**/*.e2e.ts",
  outputDir: "test-results/playwright",
  timeout: 60_000,
  retries: CI ? 2 : 0,
  // Two cores are shared by everyone on the development machine; CI gets Playwright's default.
  workers: CI ? undefined : 1,
  forbidOnly: CI,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_FLAGS,
    },
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    pane("en-US", 320),
    pane("zh-CN", 320),
    pane("en-US", 480),
    pane("zh-CN", 480),
    // Node-only tests: the report's PDF through LibreOffice and poppler. No page, so no browser is started.
    { name: "node", grep: /@node/ },
  ],
  webServer: {
    command: `node scripts/preview.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/preview.html`,
    // The preview's build when src/ changed: up to several minutes on a loaded 2-core machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
