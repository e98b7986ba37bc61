/** Strings of src/functions: argument errors, option words, labels functions produce (PACE, EXPLAIN, DISTCHECK). */
export const en = {} as const;

export const zh: Record<keyof typeof en, string> = {};
