// npm start — serve the add-in over https://localhost:3000 and sideload it into Excel desktop where that is
// possible (Windows/macOS with the optional office-addin-debugging installed). Elsewhere (Linux, or `--web`),
// keep serving and print how to sideload manifest.xml into Excel on the web and how to open the browser preview.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import {
  debuggingCli,
  desktopSideloadPossible,
  manifest,
  pidFile,
  port,
  root,
  webpackCli,
} from "./dev-server.mjs";

const webOnly = process.argv.includes("--web");

function run(args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  return child;
}

if (!webOnly && desktopSideloadPossible()) {
  // office-addin-debugging starts `npm run dev-server` itself, waits for it, then sideloads and opens Excel.
  run([debuggingCli(), "start", manifest, "desktop"]);
} else {
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8"));
    if (isAlive(pid)) {
      console.error(`A KPI Desk dev server is already running (pid ${pid}). Run \`npm stop\` first.`);
      process.exit(1);
    }
  }
  printWebSteps();
  const server = run([webpackCli(), "serve", "--mode", "development"]);
  writeFileSync(pidFile, String(server.pid));
  const cleanUp = () => rmSync(pidFile, { force: true });
  server.on("exit", cleanUp);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      cleanUp();
      server.kill(signal);
    });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function printWebSteps() {
  const why = webOnly
    ? "--web given"
    : process.platform === "win32" || process.platform === "darwin"
      ? "office-addin-debugging is not installed (optional dependency)"
      : `Excel desktop does not run on ${process.platform}`;
  console.log(`
KPI Desk dev server: https://localhost:${port}/  (${why}, so nothing is sideloaded automatically)

Sideload into Excel on the web:
  1. Open https://localhost:${port}/taskpane.html once in the same browser and accept the certificate
     (self-signed unless \`npx office-addin-dev-certs install\` was run).
  2. Open a workbook at https://www.office.com (Excel on the web).
  3. Home → Add-ins → More Add-ins (older layouts: Insert → Add-ins) → Upload My Add-in,
     and upload ${manifest}
  4. The "KPI Desk" tab appears on the ribbon; KPI.* functions are available in cells.

Without Excel: https://localhost:${port}/preview.html runs the task pane on an in-memory sample workbook.

Stop with Ctrl+C or \`npm stop\`.
`);
}
