// Size budgets of the shared runtime page, in gzip'd bytes (what Excel's webview downloads), checked on every
// production build. The page registers the KPI. functions and the ribbon commands from its own scripts before
// the pane's code is fetched (src/taskpane/index.tsx imports the pane on demand), so there are two budgets:
//
//   page   every script the page loads itself (the entries functions, commands and taskpane: functions.js holds
//          webpack's runtime, core and the base strings; the other two depend on it): what is on the page when
//          CustomFunctions.associate is first called.
//   pane   the pane's first screen: the chunks the on-demand "pane" import fetches (React, Fluent, the shell and
//          the first screen) and, beside them, the first screen's strings in one language ("strings-en-US" or
//          "strings-zh-CN", the "pane" area of src/i18n: the larger is counted), not counting what the page has
//          already loaded. Every other screen's strings come with that screen, outside this budget.
//
// Every production build prints both figures (one line, "size budgets: …"), met or not.
//
// A budget exceeded is a compilation ERROR in production (the build fails) and a warning in development. The
// figures can be overridden for an experiment or to prove the check works:
//   KPI_DESK_BUDGET_PAGE_KB=10 npm run build     → fails, naming the budget and the figures.
// `npm run bench -- load` measures the same scripts in a browser (bench/load.bench.ts).

/* eslint-disable */
const zlib = require("zlib");

const PLUGIN = "SizeBudgetsPlugin";

/**
 * @param {Buffer | string} source - an asset's content.
 * @returns {number} its size gzip'd (zlib's default level, as web servers use).
 */
function gzipSize(source) {
  return zlib.gzipSync(source).length;
}

class SizeBudgetsPlugin {
  /**
   * @param {{ pageEntries: string[], paneChunk: string, paneAlongside: string[], pageKB: number, paneKB: number,
   *   failBuild: boolean }} options the entries on the page, the name of the pane's on-demand chunk group, the
   *   chunk groups of which the pane loads one beside it (the strings of each language), the budgets in KB (1,000
   *   bytes) and whether exceeding one fails the build.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const report = measure(compilation, this.options);
          if (!report) return;
          const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
          this.summary =
            `size budgets: page ${kb(report.pageBytes)} gzip (≤ ${this.options.pageKB} KB), pane's first screen ` +
            `${kb(report.paneBytes)} (≤ ${this.options.paneKB} KB; with ${report.alongside})`;
          for (const line of report.problems) {
            const error = new WebpackError(`${PLUGIN}: ${line}`);
            (this.options.failBuild ? compilation.errors : compilation.warnings).push(error);
          }
        },
      );
    });
    compiler.hooks.done.tap(PLUGIN, () => {
      if (this.summary) console.log(this.summary);
      this.summary = null;
    });
  }
}

/**
 * @returns the page's and the pane's scripts with their gzip sizes, and each budget exceeded as a sentence.
 */
function measure(compilation, { pageEntries, paneChunk, paneAlongside = [], pageKB, paneKB }) {
  const size = (file) => {
    const asset = compilation.getAsset(file);
    return asset ? gzipSize(asset.source.buffer()) : 0;
  };
  const js = (f) => f.endsWith(".js");
  const page = new Set();
  for (const name of pageEntries) {
    const entry = compilation.entrypoints.get(name);
    if (!entry) return null; // a partial build (e.g. one entry): nothing to judge
    for (const f of entry.getFiles()) if (js(f)) page.add(f);
  }
  const group = compilation.namedChunkGroups.get(paneChunk);
  if (!group) return null;
  const pane = new Set();
  for (const chunk of group.chunks) for (const f of chunk.files) if (js(f) && !page.has(f)) pane.add(f);
  const total = (files) => [...files].reduce((sum, f) => sum + size(f), 0);
  // The pane loads one of these beside its own chunks (one language's strings): count the largest.
  let alongside = "nothing";
  let largest = new Set();
  for (const name of paneAlongside) {
    const other = compilation.namedChunkGroups.get(name);
    if (!other) continue;
    const files = new Set();
    for (const chunk of other.chunks)
      for (const f of chunk.files) if (js(f) && !page.has(f) && !pane.has(f)) files.add(f);
    if (alongside === "nothing" || total(files) > total(largest)) {
      largest = files;
      alongside = name;
    }
  }
  for (const f of largest) pane.add(f);
  const pageBytes = total(page);
  const paneBytes = total(pane);
  const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
  const list = (files) => [...files].map((f) => `${f} ${kb(size(f))}`).join(", ");
  const problems = [];
  if (pageBytes > pageKB * 1000) {
    problems.push(
      `the shared runtime page's scripts (before the KPI. functions register) are ${kb(pageBytes)} gzip, over ` +
        `the ${pageKB} KB budget: ${list(page)}`,
    );
  }
  if (paneBytes > paneKB * 1000) {
    problems.push(
      `the pane's first screen ("${paneChunk}" chunks) is ${kb(paneBytes)} gzip, over the ${paneKB} KB budget: ` +
        list(pane),
    );
  }
  return { page: [...page], pane: [...pane], pageBytes, paneBytes, alongside, problems };
}

module.exports = SizeBudgetsPlugin;
module.exports.gzipSize = gzipSize;
