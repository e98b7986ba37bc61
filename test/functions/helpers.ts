/** Small helpers shared by the custom-function suites. */

/**
 * Matches an error value by code and, optionally, message.
 * @param code - "#VALUE!", "#NUM!", "#DIV/0!" or "#N/A".
 * @param message - exact text or a pattern.
 * @returns a Jest asymmetric matcher.
 */
export function err(code: string, message?: string | RegExp): unknown {
  if (message === undefined) return expect.objectContaining({ code });
  return expect.objectContaining({
    code,
    message: typeof message === "string" ? message : expect.stringMatching(message),
  });
}

/**
 * A column range.
 * @param values - the cells, top to bottom.
 * @returns `[[a], [b], …]`.
 */
export function col(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/**
 * A range of several columns.
 * @param rows - its rows, top to bottom.
 * @returns `[[a, b], [c, d], …]`.
 */
export function range(...rows: unknown[][]): unknown[][] {
  return rows;
}

/**
 * Installs a fake `Office` global with a display language for the duration of `body`.
 * @param displayLanguage - e.g. "zh-CN".
 * @param body - the code to run.
 * @returns what body returns.
 */
export function withDisplayLanguage<T>(displayLanguage: string, body: () => T): T {
  const g = globalThis as { Office?: unknown };
  const before = g.Office;
  g.Office = { context: { displayLanguage } };
  try {
    return body();
  } finally {
    if (before === undefined) delete g.Office;
    else g.Office = before;
  }
}

/** Tiers used across suites: (0, 4%), (150000, 6%), (250000, 8%) with a header and a spare blank row. */
export const TIERS = [
  ["Lower bound", "Rate"],
  [0, 0.04],
  [150000, 0.06],
  [250000, 0.08],
  ["", ""],
];

/** A payout curve with a header row: 90% pays 50%, 100% pays 100%, 120% pays 200%. */
export const CURVE = [
  ["Attainment", "Payout"],
  [0.9, 0.5],
  [1, 1],
  [1.2, 2],
];

/** An omitted optional argument, as Excel passes it. */
export const N = null as unknown as unknown[][];
