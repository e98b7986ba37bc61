#!/usr/bin/env node
// End-to-end tests of the task pane's browser preview in headless Chromium (Debian's `chromium` package, driven by
// playwright-core — no browser download).
//
//   npm run test:e2e                 build the preview if needed, run every test/e2e/*.e2e.ts
//   npm run test:e2e -- roster       only tests whose name contains "roster"
//
// 1. Builds the preview bundle when dist/preview.html is missing or older than anything under src/ (or the webpack
//    config): the project's webpack config, restricted to the `preview` entry and its page, written into dist/
//    without cleaning it (a full `npm run build` is not needed for this, and a surface that does not build yet
//    does not block the pane's tests).
// 2. Serves dist/ over http on the loopback interface, on a free port.
// 3. Launches /usr/bin/chromium (override with CHROMIUM_PATH) with a fresh user-data-dir (Playwright makes a new
//    temporary profile per launch), and gives each test its own browser context and page: a fresh in-memory
//    workbook, and nothing a test sets (a pinned clock, a viewport, storage) leaks into the next.
// 4. Screenshots go to test-results/screenshots/. The last line is `N passed, M failed`; any failure exits 1.
//
// Tests marked `node: true` (test/e2e/pdf.e2e.ts: LibreOffice and poppler-utils) need no page: they run first, in
// this process, and the preview build and Chromium are skipped when only such tests are selected.
import { createServer } from "node:http";
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const screenshots = path.join(root, "test-results", "screenshots");
const require = createRequire(import.meta.url);
const TEST_TIMEOUT_MS = 60_000;
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Newest modification time (ms) of the files under `dir`, recursively. */
async function newestMtime(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? await newestMtime(full) : (await stat(full)).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** Builds the preview entry into dist/ when its page is missing or older than the sources. */
async function ensurePreviewBuild() {
  const page = path.join(dist, "preview.html");
  const built = await stat(page).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sources = Math.max(
    await newestMtime(path.join(root, "src")),
    (await stat(path.join(root, "webpack.config.js"))).mtimeMs,
  );
  if (built > sources) {
    console.log("preview: dist/preview.html is up to date");
    return;
  }
  console.log(built ? "preview: sources changed, rebuilding" : "preview: building dist/preview.html");
  const started = Date.now();
  const webpack = require("webpack");
  const makeConfig = require(path.join(root, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "production" });
  config.entry = { preview: makeConfig.entries.preview };
  config.devtool = false;
  config.output = { ...config.output, clean: false, filename: "[name].js", chunkFilename: "[name].js" };
  // Only the preview page: the functions metadata, the Office page and the copied assets belong to `npm run build`.
  config.plugins = config.plugins.filter(
    (plugin) =>
      plugin.constructor.name === "HtmlWebpackPlugin" && plugin.userOptions.filename === "preview.html",
  );
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: false }));
    throw new Error("the preview bundle did not build");
  }
  console.log(`preview: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
};

/** Serves dist/ on 127.0.0.1 on a free port. */
async function serveDist() {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.normalize(path.join(dist, pathname === "/" ? "preview.html" : pathname));
    if (!file.startsWith(dist + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/** Loads every test/e2e/*.e2e.ts (through tsx, so tests can use the typed i18n catalogues). */
async function loadTests(filter) {
  const { tsImport } = await import("tsx/esm/api");
  const dir = path.join(root, "test", "e2e");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".e2e.ts")).sort();
  const tests = [];
  for (const file of files) {
    const module = await tsImport(pathToFileURL(path.join(dir, file)).href, import.meta.url);
    for (const test of module.tests ?? []) tests.push({ ...test, file });
  }
  return filter ? tests.filter((test) => test.name.includes(filter)) : tests;
}

/** Rejects after `ms` unless `promise` settles first. */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs the Node-only tests (no page); returns [passed, failed]. */
async function runNodeTests(tests) {
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const notes = [];
    const started = Date.now();
    try {
      await withTimeout(
        test.run({ log: (message) => notes.push(message) }),
        test.timeoutMs ?? TEST_TIMEOUT_MS,
        test.name,
      );
      passed++;
      console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
      for (const note of notes) console.log(`    ${note}`);
    } catch (error) {
      failed++;
      console.log(
        `  ✗ ${test.name} [${test.file}]\n    ${String(error?.stack ?? error)
          .split("\n")
          .join("\n    ")}`,
      );
    }
  }
  return [passed, failed];
}

async function main() {
  const filter = process.argv[2];
  const all = await loadTests(filter);
  if (all.length === 0) throw new Error(`no e2e test${filter ? ` matches "${filter}"` : ""} in test/e2e/`);
  const [nodePassed, nodeFailed] = await runNodeTests(all.filter((test) => test.node === true));
  const tests = all.filter((test) => test.node !== true);
  if (tests.length === 0) {
    console.log(`${nodePassed} passed, ${nodeFailed} failed`);
    process.exitCode = nodeFailed > 0 ? 1 : 0;
    return;
  }
  await ensurePreviewBuild();
  await mkdir(screenshots, { recursive: true });
  const server = await serveDist();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let passed = nodePassed;
  let failed = nodeFailed;
  try {
    for (const test of tests) {
      const browserContext = await browser.newContext({ viewport: { width: 320, height: 720 } });
      const page = await browserContext.newPage();
      const errors = [];
      const notes = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const started = Date.now();
      try {
        await withTimeout(
          test.run({
            page,
            url: (query = "") => `${base}preview.html${query}`,
            screenshot: async (name) => {
              const file = path.join(screenshots, `${name}.png`);
              await page.screenshot({ path: file, fullPage: false });
              return file;
            },
            log: (message) => notes.push(message),
          }),
          TEST_TIMEOUT_MS,
          test.name,
        );
        if (errors.length > 0) throw new Error(`uncaught error in the page: ${errors.join("; ")}`);
        passed++;
        console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
        for (const note of notes) console.log(`    ${note}`);
      } catch (error) {
        failed++;
        console.log(
          `  ✗ ${test.name} [${test.file}]\n    ${String(error?.stack ?? error)
            .split("\n")
            .join("\n    ")}`,
        );
        await page
          .screenshot({ path: path.join(screenshots, `FAILED ${test.name.replace(/[^\w.-]+/g, "_")}.png`) })
          .catch(() => undefined);
      } finally {
        await browserContext.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`screenshots: ${path.relative(root, screenshots)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});
