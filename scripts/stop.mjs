// npm stop — mirrors npm start: unload the desktop sideload through office-addin-debugging, or stop the dev
// server that serve-only mode started (found by the pid file start.mjs wrote).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { debuggingCli, desktopSideloadPossible, manifest, pidFile, root } from "./dev-server.mjs";

const webOnly = process.argv.includes("--web");

if (!webOnly && desktopSideloadPossible() && !existsSync(pidFile)) {
  const child = spawn(process.execPath, [debuggingCli(), "stop", manifest], { cwd: root, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else if (!existsSync(pidFile)) {
  console.log("No KPI Desk dev server started by `npm start` is running.");
} else {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the KPI Desk dev server (pid ${pid}).`);
  } catch {
    console.log(`The dev server (pid ${pid}) had already stopped.`);
  }
  rmSync(pidFile, { force: true });
  console.log(
    "If you uploaded manifest.xml to Excel on the web, remove it there under Add-ins → My Add-ins.",
  );
}
