/**
 * What scripts/e2e.mjs hands each end-to-end test: a fresh page (a fresh in-memory workbook), the preview's URL,
 * and a screenshot helper writing into test-results/screenshots/.
 */
import type { Page } from "playwright-core";

/** The context of one test. */
export interface E2eContext {
  page: Page;
  /** The preview page's URL with a query string (`?lang=zh-CN&theme=dark`). */
  url: (query?: string) => string;
  /** Saves a screenshot of the viewport as `<name>.png`; returns the file path. */
  screenshot: (name: string) => Promise<string>;
  /** Prints a measurement under the test's result line. */
  log: (message: string) => void;
}

/** What a Node-only test gets: no browser, only the measurement log. */
export interface NodeE2eContext {
  /** Prints a measurement under the test's result line. */
  log: (message: string) => void;
}

/** One end-to-end test in the browser; files named `*.e2e.ts` export `tests: E2eTest[]`. */
export interface BrowserE2eTest {
  name: string;
  node?: false;
  run: (context: E2eContext) => Promise<void>;
}

/**
 * One end-to-end test that needs programs outside Node (LibreOffice, poppler) but no browser page: the runner
 * starts Chromium only when a browser test is selected.
 */
export interface NodeE2eTest {
  name: string;
  node: true;
  /** Longer than a pane test's 60 s: a LibreOffice conversion of a large workbook. */
  timeoutMs?: number;
  run: (context: NodeE2eContext) => Promise<void>;
}

/** One end-to-end test. */
export type E2eTest = BrowserE2eTest | NodeE2eTest;
