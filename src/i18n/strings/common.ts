/** Strings shared by every surface. Each area keeps its own catalogue file beside this one. */
export const en = {
  "app.name": "KPI Desk",
  "app.tagline": "Goals, reviews and incentives for account managers, inside Excel",
  "lang.en-US": "English",
  "lang.zh-CN": "中文",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "app.name": "绩效管理",
  "app.tagline": "客户经理的目标、评估与激励，就在 Excel 中",
  "lang.en-US": "English",
  "lang.zh-CN": "中文",
};
