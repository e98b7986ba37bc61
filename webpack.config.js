// KPI Desk build: one entry per surface, the shared runtime page, generated custom-function metadata.
//
// Surfaces (one entry each):
//   taskpane  src/taskpane/index.tsx     the React task pane
//   functions src/functions/functions.ts every KPI.* custom function (one file: the metadata generator reads it)
//   commands  src/commands/commands.ts   ribbon handlers (Office.actions.associate)
//   preview   src/taskpane/preview.tsx   the task pane in a plain browser on the in-memory adapter (no Office)
//
// taskpane.html is the shared runtime page (<Runtime lifetime="long">): it loads functions + commands + taskpane
// with ONE webpack runtime, so a module such as the shared-state store is a single instance for the pane, the
// functions and the ribbon. Functions first: functions.js is ONE self-contained script — webpack's runtime, the
// functions, core and the strings they speak — that registers every KPI. function as it runs, with no other request
// before it; commands and taskpane depend on it (`dependOn`: they reuse its runtime and modules) and are tiny (the
// ribbon's registration, a pane loader), requested after it at low priority. The pane (React, Fluent, screens:
// chunk "pane"), the ribbon's handlers (chunk "ribbon") and every screen but the first load on demand. Size budgets
// (gzip) are checked by build/size-budgets.js and webpack's own size hints; both fail a production build.
// preview.html loads only the preview entry and never
// office.js, so it runs offline.
//
// URLs: manifest.xml names https://localhost:3000/. A production build copies it unchanged unless a deployment
// URL is given — `npm run build -- --env urlProd=https://kpi.example.com/addin/` (or KPI_DESK_URL_PROD=...) —
// in which case every https://localhost:3000/ in dist/manifest.xml becomes that URL. The source manifest always
// keeps the dev URL, which is what `npm start` and the manifest tests use.
//
// HTTPS for the dev server: office-addin-dev-certs' trusted localhost certificate when it can be had without a
// password prompt (installed already, or Windows/macOS where the tool installs it per user); otherwise
// webpack-dev-server's own self-signed certificate (Linux without installed dev certs), which a browser accepts
// after one click-through. See scripts/start.mjs.

/* eslint-disable */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");
const LocalizedFunctionsPlugin = require("./build/localize-functions.js");
const SizeBudgetsPlugin = require("./build/size-budgets.js");

const urlDev = "https://localhost:3000/";
const devPort = 3000;

/** Files the entries live in; the manifest test reads this to know what the build emits. */
const entries = {
  taskpane: "./src/taskpane/index.tsx",
  functions: "./src/functions/functions.ts",
  commands: "./src/commands/commands.ts",
  preview: "./src/taskpane/preview.tsx",
};

/** Entries that share the one Office runtime page, in load order (functions before commands and pane). */
const sharedRuntimeChunks = ["functions", "commands", "taskpane"];

/**
 * webpack's entries: the page's commands and taskpane depend on functions (its runtime, and every module it holds
 * is theirs too, never a second copy); functions and preview carry their own runtime.
 */
const entryConfig = {
  functions: entries.functions,
  commands: { import: entries.commands, dependOn: "functions" },
  taskpane: { import: entries.taskpane, dependOn: "functions" },
  preview: entries.preview,
};

/**
 * Size budgets in KB (1,000 bytes). gzip: the shared runtime page's scripts (everything loaded before the KPI.
 * functions register) and the pane's first screen (its on-demand chunks). raw: webpack's own hints, per emitted
 * script and per entrypoint (minified, before gzip). Each can be overridden by an environment variable, e.g.
 * `KPI_DESK_BUDGET_PAGE_KB=10 npm run build` to see the build fail.
 */
const budgets = {
  pageGzipKB: Number(process.env.KPI_DESK_BUDGET_PAGE_KB || 100),
  paneGzipKB: Number(process.env.KPI_DESK_BUDGET_PANE_KB || 250),
  assetKB: Number(process.env.KPI_DESK_BUDGET_ASSET_KB || 800),
  entrypointKB: Number(process.env.KPI_DESK_BUDGET_ENTRY_KB || 350),
};

/** The custom functions metadata, generated from the JSDoc of the functions file (English, then zh-CN). */
const functionsMetadata = { input: entries.functions, output: "functions.json" };
const functionsMetadataZh = { input: entries.functions, output: "functions.zh-CN.json" };

/**
 * The https options for the dev server.
 * @returns a webpack-dev-server `server` option.
 */
async function httpsServer() {
  const devCerts = require("office-addin-dev-certs");
  const certDir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const present = Object.values(files).every((f) => fs.existsSync(path.join(certDir, f)));
  if (present) {
    const options = {};
    for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(certDir, f));
    return { type: "https", options };
  }
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      return { type: "https", options: await devCerts.getHttpsServerOptions() };
    } catch (e) {
      console.warn(
        `office-addin-dev-certs could not provide a certificate (${e.message}); using a self-signed one.`,
      );
    }
  } else {
    console.warn(
      "No Office dev certificate in ~/.office-addin-dev-certs: serving with a self-signed certificate.\n" +
        "To trust localhost instead, run `npx office-addin-dev-certs install` once (it asks for sudo).",
    );
  }
  return { type: "https" };
}

/**
 * The output file name of a chunk. functions.js keeps a fixed name because manifest.xml names it; the rest are
 * content-hashed in production so Office's web cache never serves a stale pane after a deployment.
 */
function chunkFileName(production) {
  return (pathData) =>
    pathData.chunk && pathData.chunk.name === "functions"
      ? "functions.js"
      : production
        ? "[name].[contenthash:8].js"
        : "[name].js";
}

/**
 * Script priorities on the shared runtime page: functions.js is fetched at high priority (a deferred script is low by
 * default), the page's other scripts (commands, the pane loader) at low, so that nothing delays registration.
 */
class ScriptPriorityPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("ScriptPriorityPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tap("ScriptPriorityPlugin", (data) => {
        if (data.outputName !== "taskpane.html") return data;
        for (const tag of data.assetTags.scripts) {
          const src = String(tag.attributes.src || "");
          tag.attributes.fetchpriority = /(^|\/)functions\.js$/.test(src) ? "high" : "low";
        }
        return data;
      });
    });
  }
}

/**
 * @param env - webpack --env values (`urlProd`, `WEBPACK_SERVE`).
 * @param argv - webpack CLI options (`mode`).
 * @returns the webpack configuration.
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const urlProd = env.urlProd || process.env.KPI_DESK_URL_PROD || "";
  if (urlProd && !/^https:\/\/.+\/$/.test(urlProd)) {
    throw new Error(`urlProd must be an https URL ending in "/": ${urlProd}`);
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: entryConfig,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: chunkFileName(production),
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs the emit.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // The functions read only the parameter names of the Chinese metadata table (for their messages): the
          // page carries those, not the descriptions (build/param-names-loader.js).
          test: /[\\/]src[\\/]functions[\\/]translations\.zh-CN\.json$/,
          issuer: /[\\/]src[\\/]functions[\\/]args\.ts$/,
          use: path.resolve(__dirname, "build/param-names-loader.js"),
        },
        {
          // The sample team's generator and vocabulary have no side effects: the model's index re-exports them,
          // but only set-up's on-demand import (src/workbook/setup.ts) uses them, so they stay out of the pane.
          test: /[\\/]src[\\/]model[\\/]sample(Data)?\.ts$/,
          sideEffects: false,
        },
      ],
    },
    optimization: {
      // No runtime chunk: functions.js holds the page's one runtime (commands and taskpane use it through
      // dependOn), so registration needs one request, not a runtime, shared chunks and then the functions.
      runtimeChunk: false,
      // Modules shared by several on-demand chunks (React and Fluent among the pane's screens, the strings areas)
      // are emitted once, in chunks webpack sizes by use: no single "vendor" chunk. The page's entries are never
      // split: functions.js stays one script, and what the pane shares with it (core, i18n) is taken from it.
      splitChunks: { chunks: (chunk) => !sharedRuntimeChunks.includes(chunk.name) },
    },
    // webpack's size hints on raw (minified) scripts: an error in production, so an oversized chunk fails the
    // build. Source maps, metadata and icons are not downloaded by the page, so they are not counted; nor is
    // ExcelJS's own prebuilt bundle (the `exceljs` chunk, 919 KiB, 258 kB gzip), which the pane fetches only when
    // someone imports an .xlsx file (src/import/file.ts, docs/libraries.md) and which webpack cannot split.
    performance: {
      hints: production ? "error" : "warning",
      maxAssetSize: budgets.assetKB * 1000,
      maxEntrypointSize: budgets.entrypointKB * 1000,
      assetFilter: (file) => file.endsWith(".js") && !/^exceljs\b/.test(file),
    },
    plugins: [
      // The strings chunks of each language (src/i18n/lang/*.ts: one per area and language): each catalogue file
      // exports `en` and `zh`, and a module imported by both languages would carry both halves. The query makes
      // each language's import its own module instance, which uses one export only, so the unused half is dropped
      // from that chunk.
      new NormalModuleReplacementPlugin(/^\.\.\/strings\//, (resource) => {
        const issuer = (resource.contextInfo && resource.contextInfo.issuer) || "";
        const lang = /[\\/]src[\\/]i18n[\\/]lang[\\/](en|zh)-[A-Z]{2}\.ts$/.exec(issuer);
        if (lang && !resource.request.includes("?")) resource.request += `?lang=${lang[1]}`;
      }),
      new CustomFunctionsMetadataPlugin(functionsMetadata),
      new LocalizedFunctionsPlugin(functionsMetadataZh),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: sharedRuntimeChunks,
        chunksSortMode: "manual",
      }),
      new ScriptPriorityPlugin(),
      new SizeBudgetsPlugin({
        pageEntries: sharedRuntimeChunks,
        paneChunk: "pane",
        paneAlongside: ["strings-en-US", "strings-zh-CN"],
        pageKB: budgets.pageGzipKB,
        paneKB: budgets.paneGzipKB,
        failBuild: production,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production && urlProd ? content.toString().split(urlDev).join(urlProd) : content,
          },
        ],
      }),
    ],
    devServer: {
      port: devPort,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Everything served is emitted by this build (copied assets and manifest included), straight from memory.
      static: false,
      // Only computed when serving, so `webpack --mode production` never touches certificates.
      server: env.WEBPACK_SERVE ? await httpsServer() : "https",
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.entries = entries;
module.exports.sharedRuntimeChunks = sharedRuntimeChunks;
module.exports.budgets = budgets;
module.exports.metadataFiles = [functionsMetadata.output, functionsMetadataZh.output];
