/**
 * Request size. Excel on the web refuses a request above 5 MB, so large writes are split into batches that each
 * stay under a budget; everything else is one batch whatever the row count.
 */

/**
 * The default budget per `context.sync()`: 4.5 MB of estimated payload (UTF-8 bytes of the queued arguments plus
 * a per-operation allowance), leaving about 0.7 MB of Excel on the web's 5 MiB for the request envelope.
 */
export const DEFAULT_MAX_REQUEST_BYTES = 4_500_000;

/** Fixed cost counted for every queued operation (object paths, method names, ids in the request). */
export const OPERATION_BYTES = 64;

/**
 * The UTF-8 length of a string, which is what the request body carries (a CJK character is 3 bytes, not 2).
 * @param text - any string.
 * @returns its size in bytes once UTF-8 encoded.
 * @example utf8Length("万") // 3
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: 2 UTF-16 units, 4 UTF-8 bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Estimates what a queued write adds to the request: the UTF-8 bytes of its JSON plus a fixed per-operation
 * overhead.
 * @param payload - the arguments of the write (e.g. a 2-D values array).
 * @returns an estimate in bytes.
 * @example payloadBytes([["万"]]) // 64 + 9
 */
export function payloadBytes(payload: unknown): number {
  return OPERATION_BYTES + (payload === undefined ? 0 : utf8Length(JSON.stringify(payload)));
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
