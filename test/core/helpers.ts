/** Shared test helpers for core: read the error a call throws as [kind, key] or with its message. */
import { KpiError } from "../../src/core/errors";
import { makeCurve, type Curve } from "../../src/core/curve";
import { makeTiers, type Tiers } from "../../src/core/tiers";

/** The KpiError a call throws; fails the test when it returns or throws anything else. */
export function thrown(fn: () => unknown): KpiError {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    if (e instanceof KpiError) return e;
    throw e;
  }
  throw new Error(`expected a KpiError, got ${JSON.stringify(result)}`);
}

/** [kind, key] of the error a call throws. */
export function errorOf(fn: () => unknown): [string, string] {
  const e = thrown(fn);
  return [e.kind, e.key];
}

/** A curve from [point, value] pairs (rows numbered from 1). */
export function curveOf(...pairs: [number, number][]): Curve {
  return makeCurve(pairs.map(([key, value], i) => ({ row: i + 1, key, value })));
}

/** Tiers from [bound, rate] pairs (rows numbered from 1). */
export function tiersOf(...pairs: [number, number][]): Tiers {
  return makeTiers(pairs.map(([key, value], i) => ({ row: i + 1, key, value })));
}

/** Table rows from [key, value] pairs, numbered from 2 as under a header row. */
export function rowsOf(...pairs: [number, number][]): { row: number; key: number; value: number }[] {
  return pairs.map(([key, value], i) => ({ row: i + 2, key, value }));
}

/** Relative closeness for property tests on money amounts. */
export function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}

/** What a call gives: its value, or the kind, key and message of the KpiError it throws. */
export type Outcome = { value: unknown } | { error: [string, string, string] };

/** Runs a call and records its outcome, so two ways of computing can be compared value for value, error for error. */
export function outcome(fn: () => unknown): Outcome {
  try {
    return { value: fn() };
  } catch (e) {
    if (e instanceof KpiError) return { error: [e.kind, e.key, e.message] };
    throw e;
  }
}
