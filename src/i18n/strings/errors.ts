/**
 * The one error catalogue: every message a user can see when input is wrong.
 * Placeholders are `{name}`; core raises errors by key, surfaces render them in the user's language.
 */
export const en = {
  "err.internal": "unexpected error: {detail}",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "err.internal": "意外错误：{detail}",
};
