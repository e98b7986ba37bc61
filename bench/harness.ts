/**
 * What bench modules share: the module contract `bench/run.ts` relies on, and a timer.
 */
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";

// A full garbage collection before every timed call, so that the garbage one call leaves (a 100,000-row result
// is megabytes) is not collected inside the next call's time: without it the call after a big allocation pays
// for it, which made a function's ratio to its floor swing from 0.6× to 40× between pairs.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
setFlagsFromString("--no-expose-gc");

/** Blocks the thread for `ms` (helper threads keep running). */
const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Collects garbage now (outside any timing), then waits (up to half a second) until the collector's helper
 * threads have finished: a full collection leaves the sweeping of the old generation to threads beside the main
 * one, and the process's CPU time of the next timed call would count that sweeping (in a heap holding the
 * functions bench's million-cell inputs, more than a cheap call's own time).
 * @example collect(); const start = performance.now();
 */
export function collect(): void {
  gc();
  for (let i = 0; i < 100; i++) {
    const before = cpuNow();
    pause(5);
    // Idle: under a fifth of a millisecond of CPU in 5 ms, the process's own timer threads and no more.
    if (cpuNow() - before < 0.2) return;
  }
}

/** One budget a bench checked, e.g. "KPI.TIERED within 3× of the floor". */
export interface Budget {
  label: string;
  met: boolean;
}

/** What a `bench/*.bench.ts` module exports. */
export interface BenchModule {
  name: string;
  run(): Promise<Budget[]> | Budget[];
}

/**
 * Times a function: two warm-up calls (so the JIT has compiled it), then the best of `runs` timed calls. The
 * best, not the mean: other processes only ever add time, so the fastest run is the closest to the code's cost.
 * @param fn - the work to time.
 * @param runs - timed calls (default 7).
 * @returns the fastest run in milliseconds.
 * @example best(() => [1, 2, 3].sort()) // 0.001…
 */
export function best(fn: () => unknown, runs = 7): number {
  for (let i = 0; i < 2; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

/**
 * @param values - measurements.
 * @returns their median (the mean of the middle two for an even count).
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * @param values - measurements.
 * @param digits - decimals shown.
 * @returns "min–max", the spread printed next to a median.
 * @example spread([3, 1, 2]) // "1–3"
 */
export function spread(values: readonly number[], digits = 0): string {
  return `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
}

/**
 * What {@link compare} measured: medians in ms, the median of the pairs' ratios, and the spread of those ratios.
 * The ratio is the median over pairs of (function ÷ floor) within each pair, not the ratio of the two medians: the
 * two calls of a pair run back to back under the same load and heap, so a slow spell moves both and cancels out.
 */
export interface Comparison {
  /** Wall-clock medians (ms) and the median of the pairs' ratios. */
  ms: number;
  floorMs: number;
  ratio: number;
  /** "min–max" of kpi/floor over the interleaved pairs, wall clock. */
  ratioSpread: string;
  /**
   * The same in CPU time of the process (`process.cpuUsage`, every thread: the garbage collector's helpers
   * included), which other processes on a busy machine barely move: the wall clock there also counts the time
   * the process waited for a core.
   */
  cpuMs: number;
  floorCpuMs: number;
  cpuRatio: number;
  cpuRatioSpread: string;
}

/**
 * @returns CPU time of this process so far, in ms (user + system, every thread).
 * @example const start = cpuNow(); work(); cpuNow() - start // 12.5
 */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times a function against its floor, interleaved (function, floor, floor, function, …: the order alternates, so
 * neither always runs first) so that a burst of load from other processes hits both alike: `warmups` calls of
 * each first (the JIT compiles both), then `runs` timed pairs, garbage collected before every timed call. Each
 * call is timed on the wall clock and in CPU time of the process. Budgets are judged on the median of the pairs'
 * ratios, which one slow pair cannot move.
 * @param fn - the work to time.
 * @param floor - the least work producing the same result.
 * @param runs - timed pairs (at least 5).
 * @param warmups - untimed calls of each first.
 * @returns the medians, the median and the spread of the pairs' ratios, wall clock and CPU time.
 * @example compare(() => f.curve(xs, CURVE), () => floorCurve(xs)).cpuRatio // 1.4
 */
export function compare(fn: () => unknown, floor: () => unknown, runs = 7, warmups = 2): Comparison {
  for (let i = 0; i < warmups; i++) {
    fn();
    floor();
  }
  const a: number[] = [];
  const b: number[] = [];
  const aCpu: number[] = [];
  const bCpu: number[] = [];
  const time = (work: () => unknown, wall: number[], cpu: number[]): void => {
    collect();
    const startCpu = cpuNow();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    cpu.push(cpuNow() - startCpu);
  };
  for (let i = 0; i < Math.max(5, runs); i++) {
    if (i % 2 === 0) {
      time(fn, a, aCpu);
      time(floor, b, bCpu);
    } else {
      time(floor, b, bCpu);
      time(fn, a, aCpu);
    }
  }
  const ratios = a.map((t, i) => t / b[i]);
  // A call too short for the CPU clock's resolution (0 µs) counts as 1 µs, so a ratio stays finite.
  const cpuRatios = aCpu.map((t, i) => Math.max(t, 0.001) / Math.max(bCpu[i], 0.001));
  return {
    ms: median(a),
    floorMs: median(b),
    ratio: median(ratios),
    ratioSpread: spread(ratios, 1),
    cpuMs: median(aCpu),
    floorCpuMs: median(bCpu),
    cpuRatio: median(cpuRatios),
    cpuRatioSpread: spread(cpuRatios, 1),
  };
}
