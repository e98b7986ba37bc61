/** Which way a metric improves. */
import { requireOption } from "./numeric";

/** "higher": more is better (sales, deposits); "lower": less is better (complaints, churn, cost). */
export type Direction = "higher" | "lower";

/** The accepted directions, default first. */
export const DIRECTIONS: readonly Direction[] = ["higher", "lower"];

/**
 * Validates a direction, defaulting to "higher".
 * @param value - a direction, or undefined/null for the default.
 * @returns the direction.
 * @throws KpiError "value" for any other word.
 * @example toDirection(undefined) // "higher"
 */
export function toDirection(value: unknown): Direction {
  return requireOption("direction", value, DIRECTIONS);
}
