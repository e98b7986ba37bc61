/**
 * What bench modules share: the module contract `bench/run.ts` relies on, and a timer.
 */

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
