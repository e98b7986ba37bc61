/**
 * The report CLI end to end — `npm run report -- <file> --period 2026-Q2 --as-of 2026-05-15 --out <file>` on sample
 * workbooks of 12, 400 and 2,000 people (made once per bench run with `npm run sample`): process start, reading
 * the file, the model, the sheets and writing the file. Each run is its own process, so one run's memory and
 * warm caches do not flatter the next; the sizes are interleaved run by run, so a busy spell on the machine falls
 * on every size alike. Prints per size the median wall time, CPU time (user + system: what the run itself cost,
 * whatever else the shared machine was doing) and peak memory (resident set size), with ratios to 12 people —
 * for a first report (on the sample) and a second one (the CLI again on the first's output, which then holds a
 * report's sheets to replace).
 *
 * Budgets at 2,000 people, on the medians of the first and of the second report: under 15 s and under 1 GB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Budget } from "./harness";

export const name = "Report CLI, end to end";

const SIZES = [12, 400, 2000];
/** Runs per size (override with BENCH_RUNS). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const BUDGET_S = 15;
const BUDGET_MB = 1024;
const ROOT = path.join(__dirname, "..");

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

/** Runs a TypeScript entry point in a fresh Node process; returns its stdout, or throws with its stderr. */
function node(script: string, args: readonly string[]): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`${script} ${args.join(" ")} failed:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @returns the budgets checked. */
export function run(): Budget[] {
  const dir = mkdtempSync(path.join(tmpdir(), "kpidesk-bench-"));
  try {
    const files = new Map<number, string>();
    for (const size of SIZES) {
      const file = path.join(dir, `sample-${size}.xlsx`);
      const start = performance.now();
      node("scripts/make-sample.ts", ["--managers", String(size), "--out", file]);
      console.log(`sample of ${size} people written in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      files.set(size, file);
    }
    const KINDS = ["first", "second"] as const;
    const runs = new Map<string, Run[]>();
    /** One report run: `input` → `output`, timed from outside, CPU and memory from inside the child. */
    const report = (size: number, kind: (typeof KINDS)[number], input: string, output: string) => {
      const args = [input, "--period", "2026-Q2", "--as-of", "2026-05-15", "--out", output];
      const start = performance.now();
      const out = node("bench/report-cli.child.ts", args);
      const wallMs = performance.now() - start;
      const last = JSON.parse(out.trim().split("\n").at(-1)!) as Run & { code: number; errors: string[] };
      if (last.code !== 0)
        throw new Error(`${kind} report on ${size} people exited ${last.code}: ${last.errors.join(" ")}`);
      const key = `${kind} ${size}`;
      runs.set(key, [...(runs.get(key) ?? []), { wallMs, cpuMs: last.cpuMs, maxRssMb: last.maxRssMb }]);
    };
    for (let i = 0; i < RUNS; i++) {
      for (const size of SIZES) {
        const first = path.join(dir, `report-${size}.xlsx`);
        report(size, "first", files.get(size)!, first);
        report(size, "second", first, path.join(dir, `report2-${size}.xlsx`));
      }
    }
    const budgets: Budget[] = [];
    console.log(`medians of ${RUNS} interleaved runs, each in its own process:`);
    for (const kind of KINDS) {
      const figures = SIZES.map((size) => {
        const r = runs.get(`${kind} ${size}`)!;
        return {
          size,
          wall: median(r.map((x) => x.wallMs)) / 1000,
          cpu: median(r.map((x) => x.cpuMs)) / 1000,
          rss: median(r.map((x) => x.maxRssMb)),
        };
      });
      const base = figures[0];
      console.log(`${kind} report (${kind === "first" ? "on the sample" : "on the first report's output"}):`);
      console.log("people |   wall s |    CPU s | peak RSS MB | wall × | CPU × | RSS ×");
      for (const f of figures) {
        console.log(
          `${String(f.size).padStart(6)} | ${f.wall.toFixed(1).padStart(8)} | ${f.cpu.toFixed(1).padStart(8)} | ` +
            `${f.rss.toFixed(0).padStart(11)} | ${(f.wall / base.wall).toFixed(1).padStart(6)} | ` +
            `${(f.cpu / base.cpu).toFixed(1).padStart(5)} | ${(f.rss / base.rss).toFixed(1).padStart(5)}`,
        );
      }
      const top = figures[figures.length - 1];
      budgets.push(
        {
          label: `${kind} report CLI for ${top.size} people under ${BUDGET_S} s (median ${top.wall.toFixed(1)} s wall, ${top.cpu.toFixed(1)} s CPU)`,
          met: top.wall < BUDGET_S,
        },
        {
          label: `${kind} report CLI for ${top.size} people under ${BUDGET_MB} MB (median peak RSS ${top.rss.toFixed(0)} MB)`,
          met: top.rss < BUDGET_MB,
        },
      );
    }
    return budgets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
