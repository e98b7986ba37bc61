#!/usr/bin/env node
// The task pane's browser preview, built and served for the end-to-end tests (playwright.config.ts starts it as its
// `webServer`) and for looking at the pane in any browser:
//
//   node scripts/preview.mjs [--port N]     build dist/preview.html if stale, then serve dist/ on 127.0.0.1:N
//                                           (N: --port, else $KPI_PREVIEW_PORT, else 4173)
//   node scripts/preview.mjs --build-only   only the build step
//
// The build: dist/preview.html is rebuilt when it is missing or older than anything under src/ (or the webpack
// config) — the project's webpack config restricted to the `preview` entry and its page, written into dist/ without
// cleaning it (a full `npm run build` is not needed for this, and a surface that does not build yet does not block
// the pane's tests).
import { createServer } from "node:http";
import { readdir, readFile, stat, utimes } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const require = createRequire(import.meta.url);

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
  // The strings' module replacement stays: without it each language's strings chunk would carry both languages
  // (webpack.config.js), and the preview would not load strings as the pane in Excel does.
  config.plugins = config.plugins.filter(
    (plugin) =>
      (plugin.constructor.name === "HtmlWebpackPlugin" && plugin.userOptions.filename === "preview.html") ||
      plugin.constructor.name === "NormalModuleReplacementPlugin",
  );
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: false }));
    throw new Error("the preview bundle did not build");
  }
  // webpack does not rewrite an output whose content is unchanged (the page's script tags rarely change): mark the
  // page as built now, or every later run would find it older than the sources and build again.
  const now = new Date();
  await utimes(page, now, now);
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

/** Serves dist/ on 127.0.0.1:`port` ("/" is the preview page). */
async function serveDist(port) {
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
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  console.log(`preview: http://127.0.0.1:${server.address().port}/preview.html`);
  return server;
}

async function main() {
  const args = process.argv.slice(2);
  await ensurePreviewBuild();
  if (args.includes("--build-only")) return;
  const at = args.indexOf("--port");
  const port = Number(at >= 0 ? args[at + 1] : (process.env.KPI_PREVIEW_PORT ?? 4173));
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: "${args[at + 1]}" is not a port`);
  await serveDist(port);
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exitCode = 1;
});
