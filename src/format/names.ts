/**
 * Naming rows in words where a list shows them: a plan by its name, and which names (or other keys) a list holds
 * more than once — those rows then add their id, so that two people (or deals) of the same name stay apart.
 */

/**
 * @param items - the rows of a list.
 * @param keyOf - what a row reads as (its name, trimmed, or a composite key).
 * @returns the keys two or more rows share.
 * @example repeatedKeys([{ name: "王刚" }, { name: "王刚" }, { name: "李娜" }], (p) => p.name) // Set {"王刚"}
 */
export function repeatedKeys<T>(items: Iterable<T>, keyOf: (item: T) => string): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) repeated.add(key);
    else seen.add(key);
  }
  return repeated;
}

/**
 * @param plan - a plan's ID and its name from Plans ("" when Plans does not name it).
 * @returns the plan in words: its name, or its ID when it has none.
 * @example planName({ planId: "BON-RM", planName: "客户经理奖金方案 2026" }) // "客户经理奖金方案 2026"
 */
export function planName(plan: { planId: string; planName: string }): string {
  return plan.planName.trim() || plan.planId.trim();
}
