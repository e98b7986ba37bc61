/**
 * The KPI functions against the least work producing the same result (what is measured, the floors and the
 * budgets: `functions.child.ts`, which this module runs).
 *
 * The measuring runs in its own Node process with a fixed young generation (`--min-semi-space-size` =
 * `--max-semi-space-size`): with the default one, V8 grows and shrinks the young generation with the allocation
 * rate, so whether a 100,000-row call fits in it between two collections changed from run to run, and a
 * single function's ratio to its floor flipped between 1× and 2.5× across runs. With room for a whole 100,000-row
 * call, neither the function nor its floor is interrupted by a scavenge, and its own process starts from the same
 * heap whatever bench ran before it. The tables stream to this process's stdout; the budgets come back in a file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Budget } from "./harness";

/** Title printed by bench/run.ts. */
export const name = "KPI custom functions";

/** The young generation's semi-space, MB: a 100,000-row call allocates about 6 MB of result rows. */
const SEMI_SPACE_MB = 32;

/** @returns the budgets the measuring process checked. */
export function run(): Budget[] {
  const dir = mkdtempSync(path.join(tmpdir(), "kpidesk-bench-functions-"));
  try {
    const file = path.join(dir, "budgets.json");
    const result = spawnSync(
      process.execPath,
      [
        `--min-semi-space-size=${SEMI_SPACE_MB}`,
        `--max-semi-space-size=${SEMI_SPACE_MB}`,
        "--import",
        "tsx",
        path.join(__dirname, "functions.child.ts"),
        file,
      ],
      { cwd: path.join(__dirname, ".."), stdio: "inherit" },
    );
    if (result.status !== 0) throw new Error(`bench/functions.child.ts failed (exit code ${result.status})`);
    return JSON.parse(readFileSync(file, "utf8")) as Budget[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
