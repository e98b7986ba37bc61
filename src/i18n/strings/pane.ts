/**
 * Strings the pane's first screen needs beside the base table's (taskpane.ts): the other screens' names in the
 * navigation, the reminders banner shown above every screen, the Team roster's search, sort and figures, and the
 * messages of the form and audit helpers that several screens share. Each screen's own strings arrive with that
 * screen (src/i18n/index.ts: areas).
 */
export const en = {
  // The other screens' names in the navigation (each screen's title too)
  "customers.title": "Customers",
  "goals.screen": "Goals & plans",
  "reviews.screen": "Reviews",
  "incentives.screen": "Incentives",
  "people.screen": "People",
  "reports.screen": "Reports",
  "close.screen": "Close period",
  "settings.screen": "Settings",

  // The reminders banner above every screen
  "goals.reminders.title": "Reminders",
  "goals.reminders.summary": "{overdue} overdue, {soon} due within {days} days",
  "goals.reminders.short": "{overdue} overdue · {soon} due soon",
  "goals.reminders.overdue": "{name}: {title} — overdue since {date}",
  "goals.reminders.soon": "{name}: {title} — due {date}",
  "goals.reminders.more": "and {count} more",
  "goals.reminders.hide": "Hide",
  "goals.reminders.dismiss": "Dismiss reminders",
  "goals.reminders.count": "{count} {count, plural, one {reminder} other {reminders}}",

  // The Team roster: search, sort and each row's figure
  "cockpit.search": "Search by name or ID",
  // The "needs attention" line while the whole book is still being read: its place is kept, its count not yet known
  "cockpit.attention.counting": "Needs attention: counting…",
  "cockpit.sort": "Sort by",
  "cockpit.sort.roster": "Roster order",
  "cockpit.sort.score": "Score",
  "cockpit.sort.attainment": "Attainment",
  "cockpit.sort.payout": "Payout",
  "cockpit.sort.risk": "Risk",
  "cockpit.figure.attainment": "{value} of target",
  "cockpit.figure.payout": "Paid {amount}",
  "cockpit.figure.risk": "Flags: {high} high, {medium} medium",
  "cockpit.figure.none": "—",
  "cockpit.noMatch": "Nobody matches “{query}”.",
  "cockpit.open": "Open the page of {name}",

  // Helpers several screens share (forms, work plans, the audit log, lock seals)
  "close.err.reasonRequired": "Reason: say why the payout is unlocked",
  "close.err.approverRequired": "Approver: type your name — it is written on every line of the audit log",
  "close.err.noCrypto":
    "This runtime has no Web Crypto (crypto.subtle), so locks can be neither sealed nor checked here. Use Excel 2021 or later, Microsoft 365, or Excel on the web.",
  "customers.field.amount": "Amount",
  "goals.err.titleRequired": "Task: say what is to be done",
  "goals.err.taskDueInvalid": "Due: enter a valid date",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "customers.title": "客户",
  "goals.screen": "目标与计划",
  "reviews.screen": "绩效评估",
  "incentives.screen": "激励",
  "people.screen": "人员发展",
  "reports.screen": "报告",
  "close.screen": "结算",
  "settings.screen": "设置",
  "goals.reminders.title": "提醒",
  "goals.reminders.summary": "逾期 {overdue} 项，{days} 天内到期 {soon} 项",
  "goals.reminders.short": "逾期 {overdue} 项 · 即将到期 {soon} 项",
  "goals.reminders.overdue": "{name}：{title}（{date} 起逾期）",
  "goals.reminders.soon": "{name}：{title}（{date} 到期）",
  "goals.reminders.more": "另有 {count} 项",
  "goals.reminders.hide": "收起",
  "goals.reminders.dismiss": "关闭提醒",
  "goals.reminders.count": "提醒 {count} 项",
  "cockpit.search": "按姓名或编号搜索",
  "cockpit.attention.counting": "待处理：统计中…",
  "cockpit.sort": "排序",
  "cockpit.sort.roster": "名单顺序",
  "cockpit.sort.score": "得分",
  "cockpit.sort.attainment": "完成率",
  "cockpit.sort.payout": "薪酬",
  "cockpit.sort.risk": "风险",
  "cockpit.figure.attainment": "完成 {value}",
  "cockpit.figure.payout": "应发 {amount}",
  "cockpit.figure.risk": "提示：高 {high}，中 {medium}",
  "cockpit.figure.none": "—",
  "cockpit.noMatch": "没有与“{query}”匹配的人员。",
  "cockpit.open": "打开{name}的个人页",
  "close.err.reasonRequired": "原因：请说明解锁的原因",
  "close.err.approverRequired": "审批人：请填写您的姓名——它会写在操作记录的每一行上",
  "close.err.noCrypto":
    "当前运行环境没有 Web Crypto（crypto.subtle），无法在此锁定或核对结算。请使用 Excel 2021 及以上版本、Microsoft 365 或网页版 Excel。",
  "customers.field.amount": "金额",
  "goals.err.titleRequired": "任务：请说明要做什么",
  "goals.err.taskDueInvalid": "截止日期：请输入有效日期",
};
