/**
 * The shared runtime page as Excel loads it: dist/taskpane.html (the production build; built first when missing or
 * older than the sources) in headless Chromium with its CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), served
 * over http from 127.0.0.1, with office.js replaced by a stub (Office.onReady at DOMContentLoaded,
 * CustomFunctions.associate and Office.actions.associate recording when they are called, Excel.run answering an
 * empty workbook, so the pane paints its first-run set-up).
 *
 * Measures, per cold load (a fresh browser context, nothing cached):
 * - functions: time from navigation start to the first CustomFunctions.associate call, and the gzip'd bytes of
 *   every script the page had loaded by then;
 * - pane: time to the pane's first paint (its header rendered, then one animation frame), and the gzip'd bytes of
 *   the scripts fetched for it after the page's own.
 * One warm-up load, then the median of RUNS loads (spread: min–max). Budgets, judged on the medians: ≤ 100 KB and
 * ≤ 300 ms to function registration; the pane's first screen ≤ 250 KB.
 *
 * The floor: interleaved with the real page, the same browser loads an empty page built the same way (office.js
 * stubbed, one deferred script that registers one function and nothing else). Its time is what the browser, the
 * stub and the machine cost before any KPI Desk code runs; the real page's time minus it is the page's own cost.
 * The stub is served by the same loopback server at /__office.js, and the page's office.js script tag is pointed
 * there as the page is served: no request goes through Playwright's request interception (page.route), which made
 * every request of the page a round trip through this Node process.
 * Bytes are gzip at zlib's default level of the files in dist/ (what a server compressing them sends), the same measure as build/size-budgets.js.
 */
import fs from "fs";
import path from "path";
import { gzipSync } from "zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DIST, ensureBuild, launchChromium, serve } from "./browser";
import type { Budget } from "./harness";
import { median, spread } from "./harness";

/** Title printed by bench/run.ts. */
export const name = "Shared runtime page load (4× slowed CPU)";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const RUNS = 7;
/** The floor page (see the module comment): same head as taskpane.html, one script registering one function. */
const FLOOR_PAGE = "/__floor.html";
/** Where the bench's server serves the office.js stub; both pages' office.js script points here. */
const OFFICE_STUB_PATH = "/__office.js";
const FLOOR_HTML =
  `<!doctype html><html lang=en><head><meta charset=UTF-8><title>floor</title>` +
  `<script src=${OFFICE_STUB_PATH}></script>` +
  `<script defer src=__floor.js></script></head><body><div id=root></div></body></html>`;
const FLOOR_SCRIPT = "/__floor.js";
const FLOOR_JS = `CustomFunctions.associate("FLOOR", function () { return 1; });`;
const THROTTLE = 4;
const BUDGET = { functionsKB: 100, functionsMs: 300, paneKB: 250 };

/** office.js stand-in: records when the page registers its functions and commands, and when the pane paints. */
const OFFICE_STUB = `
(() => {
  // The page's first script (office.js is the first script of the head): navigation → here is Chromium's own
  // start-up of the document (process, commit, parser), which no page content can shorten.
  const bench = (window.__bench = { firstScript: performance.now(), ids: [], actions: [] });
  const scriptsNow = () => performance.getEntriesByType("resource")
    .filter((e) => e.initiatorType === "script" || e.name.endsWith(".js")).map((e) => e.name);
  const ready = new Promise((resolve) => {
    const go = () => resolve({ host: "Excel", platform: "PC" });
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go);
    else setTimeout(go);
  });
  // Any Office.js proxy object: loads and property reads chain, collections are empty, sync resolves.
  const proxy = () => new Proxy(function () {}, {
    get: (_t, key) => key === "items" ? [] : key === "then" ? undefined : key === "sync" ? async () => {} :
      key === "isNullObject" ? true : proxy(),
    apply: () => proxy(),
  });
  window.Office = {
    onReady: (callback) => ready.then((info) => { if (callback) callback(info); return info; }),
    context: { displayLanguage: "en-US", officeTheme: undefined, requirements: { isSetSupported: () => true } },
    actions: { associate: (id) => bench.actions.push([id, performance.now()]) },
    addin: { showAsTaskpane: async () => {}, onVisibilityModeChanged: async () => async () => {} },
    VisibilityMode: { taskpane: "Taskpane", hidden: "Hidden" },
    HostType: { Excel: "Excel" },
  };
  window.CustomFunctions = {
    associate: (id) => {
      if (bench.associate === undefined) {
        bench.associate = performance.now();
        bench.scriptsAtAssociate = scriptsNow();
      }
      bench.ids.push(id);
    },
    Error: class extends Error { constructor(code, message) { super(message); this.code = code; } },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
      nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  window.Excel = { run: async (batch) => batch(proxy()) };
  new MutationObserver((_m, observer) => {
    if (!document.querySelector("#root h1")) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      bench.panePaint = performance.now();
      bench.scriptsAtPaint = scriptsNow();
    });
  }).observe(document, { childList: true, subtree: true });
})();
`;

const gzipCache = new Map<string, number>();
/** gzip'd size of a dist/ file named by its URL. */
function gzipBytes(url: string): number {
  const file = path.join(DIST, new URL(url).pathname);
  if (!gzipCache.has(file))
    gzipCache.set(file, fs.existsSync(file) ? gzipSync(fs.readFileSync(file)).length : 0);
  return gzipCache.get(file)!;
}

/**
 * @param origin - the server's origin.
 * @returns the URLs of the scripts dist/taskpane.html loads itself (its `<script src>` tags).
 */
function pageScripts(origin: string): Set<string> {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return new Set(
    [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => new URL(m[1], `${origin}/`).href),
  );
}

interface Load {
  firstScriptMs: number;
  associateMs: number;
  associateBytes: number;
  paintMs: number;
  paneBytes: number;
  functions: number;
  commands: number;
}

/**
 * A fresh browser context (nothing cached) with office.js stubbed and the CPU slowed.
 * @returns the context (close it when done) and its page.
 */
async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  return { context, page };
}

/**
 * Loads the floor page once (see the module comment).
 * @returns ms from navigation to its first script (the stub) and to its CustomFunctions.associate.
 */
async function floorOnce(
  browser: Browser,
  origin: string,
): Promise<{ firstScriptMs: number; associateMs: number }> {
  const { context, page } = await openPage(browser);
  try {
    await page.goto(`${origin}${FLOOR_PAGE}`);
    await page.waitForFunction(() => (window as { __bench?: { associate?: number } }).__bench?.associate);
    return await page.evaluate(() => {
      const b = (window as unknown as { __bench: { firstScript: number; associate: number } }).__bench;
      return { firstScriptMs: b.firstScript, associateMs: b.associate };
    });
  } finally {
    await context.close();
  }
}

async function loadOnce(browser: Browser, origin: string, onPage: ReadonlySet<string>): Promise<Load> {
  const { context, page } = await openPage(browser);
  try {
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForFunction(
      () => (window as { __bench?: { panePaint?: number } }).__bench?.panePaint,
      null,
      {
        timeout: 60_000,
      },
    );
    const b = await page.evaluate(() => {
      const w = window as unknown as {
        __bench: {
          firstScript: number;
          associate: number;
          panePaint: number;
          scriptsAtAssociate: string[];
          scriptsAtPaint: string[];
          ids: string[];
          actions: unknown[];
        };
      };
      return w.__bench;
    });
    const own = (urls: string[]) => [...new Set(urls)].filter((u) => u.startsWith(origin));
    const atAssociate = own(b.scriptsAtAssociate);
    // The page's own scripts (`onPage`: its <script src> tags) are never the pane's, even when one of the deferred
    // ones (commands, the pane loader) finished loading only after the first associate call.
    const paneOnly = own(b.scriptsAtPaint).filter((u) => !atAssociate.includes(u) && !onPage.has(u));
    const sum = (urls: string[]) => urls.reduce((s, u) => s + gzipBytes(u), 0);
    return {
      firstScriptMs: b.firstScript,
      associateMs: b.associate,
      associateBytes: sum(atAssociate),
      paintMs: b.panePaint,
      paneBytes: sum(paneOnly),
      functions: b.ids.length,
      commands: b.actions.length,
    };
  } finally {
    await context.close();
  }
}

/**
 * Builds if needed, loads the page RUNS + 1 times, prints the medians and spreads.
 * @returns the budgets checked.
 */
export async function run(): Promise<Budget[]> {
  ensureBuild(["taskpane.html"]);
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  if (!html.includes(OFFICE_JS)) throw new Error(`dist/taskpane.html does not load ${OFFICE_JS}`);
  const { server, origin } = await serve({
    "/taskpane.html": { type: "text/html", body: html.replace(OFFICE_JS, OFFICE_STUB_PATH) },
    [OFFICE_STUB_PATH]: { type: "text/javascript", body: OFFICE_STUB },
    [FLOOR_PAGE]: { type: "text/html", body: FLOOR_HTML },
    [FLOOR_SCRIPT]: { type: "text/javascript", body: FLOOR_JS },
  });
  const browser = await launchChromium();
  const onPage = pageScripts(origin);
  try {
    await loadOnce(browser, origin, onPage); // warm-up: the OS file cache, Chromium's own start-up
    await floorOnce(browser, origin);
    const loads: Load[] = [];
    const floorRuns: { firstScriptMs: number; associateMs: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      loads.push(await loadOnce(browser, origin, onPage));
      floorRuns.push(await floorOnce(browser, origin));
    }
    const m = (pick: (l: Load) => number) => median(loads.map(pick));
    const s = (pick: (l: Load) => number, digits = 0) => spread(loads.map(pick), digits);
    const kb = (b: number) => (b / 1000).toFixed(1);
    const first = loads[0];
    console.log(
      `dist/taskpane.html, office.js stubbed, CPU ${THROTTLE}× slowed; median of ${RUNS} cold loads after a warm-up, ` +
        `interleaved with the empty page ` +
        `(spread min–max). ${first.functions} KPI. functions and ${first.commands} ribbon commands registered.`,
    );
    console.log(
      `functions registered  ${m((l) => l.associateMs)
        .toFixed(0)
        .padStart(5)} ms (${s((l) => l.associateMs)})` +
        `  ${kb(m((l) => l.associateBytes)).padStart(6)} KB gzip of script on the page`,
    );
    console.log(
      `pane first paint      ${m((l) => l.paintMs)
        .toFixed(0)
        .padStart(5)} ms (${s((l) => l.paintMs)})` +
        `  ${kb(m((l) => l.paneBytes)).padStart(6)} KB gzip more for the pane's first screen`,
    );
    const floors = floorRuns.map((f) => f.associateMs);
    const floorMs = median(floors);
    console.log(
      `empty page floor      ${floorMs.toFixed(0).padStart(5)} ms (${spread(floors)})  the same stubbed office.js ` +
        `and one deferred script registering one function: what the browser and this machine cost before any ` +
        `KPI Desk code`,
    );
    const starts = [...loads.map((l) => l.firstScriptMs), ...floorRuns.map((f) => f.firstScriptMs)];
    console.log(
      `document start-up     ${median(starts).toFixed(0).padStart(5)} ms (${spread(starts)})  navigation → the ` +
        `first script of the head (office.js) runs, both pages: Chromium committing the navigation and starting the ` +
        `document, before a byte of any page's script`,
    );
    const afterStart = loads.map((l) => l.associateMs - l.firstScriptMs);
    console.log(
      `after start-up        ${median(afterStart).toFixed(0).padStart(5)} ms (${spread(afterStart)})  the page's ` +
        `first script → functions registered`,
    );
    const own = loads.map((l, i) => l.associateMs - floors[i]);
    console.log(
      `page's own cost       ${median(own).toFixed(0).padStart(5)} ms (${spread(own)})  functions registered ` +
        `minus the floor, pair by pair`,
    );
    const ms = m((l) => l.associateMs);
    const ownMs = median(own);
    if (floorMs > BUDGET.functionsMs) {
      console.log(
        `NOTE: the empty page alone takes ${floorMs.toFixed(0)} ms here, over the ${BUDGET.functionsMs} ms budget: ` +
          `no page can register its functions within the budget on this machine now. The page's own cost ` +
          `(${ownMs.toFixed(0)} ms) is the part KPI Desk controls; the budget is still judged on the page's full time.`,
      );
    }
    const bytes = m((l) => l.associateBytes);
    const pane = m((l) => l.paneBytes);
    return [
      {
        label: `scripts before CustomFunctions.associate ≤ ${BUDGET.functionsKB} KB gzip (${kb(bytes)} KB)`,
        met: bytes <= BUDGET.functionsKB * 1000,
      },
      {
        label:
          `CustomFunctions.associate ≤ ${BUDGET.functionsMs} ms after navigation (median ${ms.toFixed(0)} ms; ` +
          `the empty page's floor ${floorMs.toFixed(0)} ms on this machine now, the page's own cost ` +
          `${ownMs.toFixed(0)} ms)`,
        met: ms <= BUDGET.functionsMs,
      },
      {
        label: `the pane's first screen ≤ ${BUDGET.paneKB} KB gzip (${kb(pane)} KB)`,
        met: pane <= BUDGET.paneKB * 1000,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
