// Shared by scripts/start.mjs and scripts/stop.mjs: where the dev server's pid is kept, and how the
// optional office-addin-debugging tool is found.
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const manifest = join(root, "manifest.xml");
export const port = 3000;
/** The pid of a dev server started by `npm start` in serve-only mode (one per checkout). */
export const pidFile = join(
  tmpdir(),
  `kpi-desk-dev-server-${Buffer.from(root).toString("hex").slice(-16)}.pid`,
);

/**
 * office-addin-debugging is an optional dependency (its native keytar dependency does not build everywhere).
 * @returns the path of its CLI, or null when it is not installed.
 */
export function debuggingCli() {
  try {
    return require.resolve("office-addin-debugging/cli.js", { paths: [root] });
  } catch {
    return null;
  }
}

/** Excel desktop exists (and can be sideloaded into) only on Windows and macOS. */
export function desktopSideloadPossible() {
  return (process.platform === "win32" || process.platform === "darwin") && debuggingCli() !== null;
}

/** @returns the webpack CLI entry script. */
export function webpackCli() {
  return require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
}
