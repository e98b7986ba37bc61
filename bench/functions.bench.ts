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
 *
 * Allocation-site pretenuring is off: V8 allocates an array literal's later arrays directly in the old generation
 * once a scavenge found most of them alive, and whether a scavenge fell inside a call during the warm-ups (while
 * its result rows were all alive) was chance. The function's result rows and its floor's each have such a site,
 * so either side could be slowed 3–6× for the rest of the process: ATTAINMENT's floor took 38.4 ms in one run and
 * 5.9 ms in another, and with the same code ATTAINMENT's call took 21–31 ms with pretenuring, 6–9 ms without.
 *
 * Each function is measured in a process of its own. In one process for all, a function's figures depended on
 * which functions ran before it (PRORATE: 1.39× its floor alone, 4.47× in the full run): the code the
 * functions share (reading the arguments, building the result rows) is compiled for what the earlier functions
 * gave it, while each floor is a loop of its own that nothing else ever ran. The budget is about the function
 * against its floor, so both start from the same fresh process; a workbook's mix of functions is not the bench's
 * order either. `KPI_BENCH_FUNCTIONS=ATTAINMENT,DISTRIBUTE npm run bench -- functions` measures only those named.
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

/** The functions to measure: KPI_BENCH_FUNCTIONS (comma-separated ids), or all of them. */
const ONLY = (process.env.KPI_BENCH_FUNCTIONS ?? "")
  .split(",")
  .map((id) => id.trim().toUpperCase())
  .filter((id) => id !== "");

/**
 * Runs `functions.child.ts` in a process of its own.
 * @param file - where the child writes its answer.
 * @param args - the function's id (or `list`, `payload`), then `heading` to print its table's heading first.
 * @returns what the child wrote.
 */
function child<T>(file: string, ...args: string[]): T {
  const result = spawnSync(
    process.execPath,
    [
      `--min-semi-space-size=${SEMI_SPACE_MB}`,
      `--max-semi-space-size=${SEMI_SPACE_MB}`,
      "--no-allocation-site-pretenuring",
      "--import",
      "tsx",
      path.join(__dirname, "functions.child.ts"),
      file,
      ...args,
    ],
    { cwd: path.join(__dirname, ".."), stdio: "inherit" },
  );
  if (result.status !== 0)
    throw new Error(`bench/functions.child.ts ${args[0]} failed (exit code ${result.status})`);
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** @returns the budgets the measuring processes checked. */
export function run(): Budget[] {
  const dir = mkdtempSync(path.join(tmpdir(), "kpidesk-bench-functions-"));
  try {
    const file = path.join(dir, "out.json");
    const ids = child<{ elementwise: string[]; whole: string[] }>(file, "list");
    const chosen = (id: string): boolean => ONLY.length === 0 || ONLY.includes(id);
    const budgets: Budget[] = [];
    for (const table of [ids.elementwise, ids.whole]) {
      table.filter(chosen).forEach((id, i) => {
        budgets.push(...child<Budget[]>(file, id, i === 0 ? "heading" : ""));
      });
    }
    child<Budget[]>(file, "payload");
    return budgets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
