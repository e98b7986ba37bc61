/**
 * Request size. Excel on the web refuses a request above 5 MB, so large writes are split into batches that each
 * stay under a budget; everything else is one batch whatever the row count.
 */

/** The default budget per `context.sync()`: 4 MB of payload, leaving room for the request envelope. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** Fixed cost counted for every queued operation (object paths, method names). */
const OPERATION_BYTES = 64;

/**
 * Estimates what a queued write adds to the request: its JSON plus a fixed per-operation overhead.
 * @param payload - the arguments of the write (e.g. a 2-D values array).
 * @returns an estimate in bytes (UTF-16 characters, an upper bound for ASCII-heavy data).
 */
export function payloadBytes(payload: unknown): number {
  return OPERATION_BYTES + (payload === undefined ? 0 : JSON.stringify(payload).length * 2);
}

/**
 * Groups items into consecutive batches whose estimated size stays within `budget`. An item larger than the
 * budget on its own gets a batch of its own (the caller splits rows, so that never exceeds the real limit).
 * @param sizes - the estimated size of each item.
 * @param budget - the byte budget per batch.
 * @returns the batches as [start, end) index pairs, in order; one empty batch for no items.
 * @example batchBySize([3, 3, 3], 6) // [[0, 2], [2, 3]]
 */
export function batchBySize(sizes: readonly number[], budget: number): [number, number][] {
  const batches: [number, number][] = [];
  let start = 0;
  let used = 0;
  sizes.forEach((size, i) => {
    if (i > start && used + size > budget) {
      batches.push([start, i]);
      start = i;
      used = 0;
    }
    used += size;
  });
  batches.push([start, sizes.length]);
  return batches;
}
