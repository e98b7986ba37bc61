/** Strings of the task pane's reviews screen. */
export const en = {} as const;

export const zh: Record<keyof typeof en, string> = {};
