/**
 * What the browser benches share: the production build in dist/ (built when missing or stale), a loopback server
 * for it, and Debian's headless Chromium launched with the flags every bench and e2e run uses.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import { createServer, type Server } from "http";
import path from "path";
import { chromium, type Browser } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..");
export const DIST = path.join(ROOT, "dist");

/**
 * Chromium's flags for every bench and e2e run (playwright.config.ts): no sandbox or GPU, nothing fetched in the
 * background.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Newest modification time (ms) of the files under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return t;
}

/**
 * Runs the production build when one of the pages is missing or older than the sources or the build config.
 * @param pages - the dist/ pages the bench loads (e.g. "taskpane.html", "preview.html").
 */
export function ensureBuild(pages: readonly string[]): void {
  const sources = Math.max(
    newest(path.join(ROOT, "src")),
    newest(path.join(ROOT, "build")),
    fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
  );
  const fresh = (file: string) => fs.existsSync(file) && fs.statSync(file).mtimeMs > sources;
  // The e2e harness writes a preview-only build into dist/ without the Office page's scripts: rebuild then too.
  if (pages.every((p) => fresh(path.join(DIST, p))) && fs.existsSync(path.join(DIST, "functions.js"))) return;
  console.log(`dist/ is missing or stale for ${pages.join(", ")}: npm run build`);
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
}

/**
 * Serves dist/ on 127.0.0.1 on a free port (uncompressed, never cached).
 * @param extra - pages a bench adds beside dist/'s files, by path (e.g. the load bench's empty-page floor).
 * @returns the server (close it when done) and its origin.
 */
export async function serve(
  extra: Readonly<Record<string, { type: string; body: string }>> = {},
): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".json": "application/json",
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const added = Object.prototype.hasOwnProperty.call(extra, pathname) ? extra[pathname] : undefined;
    if (added !== undefined) {
      response.writeHead(200, { "Content-Type": added.type, "Cache-Control": "no-store" });
      response.end(added.body);
      return;
    }
    const file = path.normalize(path.join(DIST, pathname));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    response.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** @returns headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", ...CHROMIUM_FLAGS],
  });
}
