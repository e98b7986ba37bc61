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

/** One end-to-end test; files named `*.e2e.ts` export `tests: E2eTest[]`. */
export interface E2eTest {
  name: string;
  run: (context: E2eContext) => Promise<void>;
}
