/** Strings of the task pane's reports screen. */
export const en = {
  "reports.title": "Period report",
  "reports.intro":
    "Writes the report sheet (scorecard with live KPI formulas, rating distribution, flags, charts) and a statement sheet with each person's pay worked out step by step. Re-running replaces both.",
  "reports.period": "Period",
  "reports.period.current": "{period} (this quarter)",
  "reports.scope": "Scope",
  "reports.scope.all": "Whole team",
  "reports.generate": "Generate report",
  "reports.running": "Writing the report…",
  "reports.progress": "Step {done} of {total}",
  "reports.done.title": "Report written",
  "reports.done.body":
    "{sheets} — {people} {people, plural, one {person} other {people}}, average score {average}.",
  "reports.none": "—",
  "reports.failed": "The report was not written",
  "reports.open": "Open",
  "reports.open.sheet": "Open {sheet}",
  "reports.open.failed": "The sheet could not be opened",
  "reports.generated": "Generated sheets",
  "reports.generated.empty": "No report has been generated in this workbook yet.",
  "reports.generated.loading": "Listing the generated sheets…",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "reports.title": "期间报告",
  "reports.intro":
    "生成报告工作表（含实时 KPI 公式的记分卡、评级分布、提示、图表）以及结算单工作表（逐步列出每个人的薪酬计算）。再次生成会替换这两张表。",
  "reports.period": "期间",
  "reports.period.current": "{period}（本季度）",
  "reports.scope": "范围",
  "reports.scope.all": "全团队",
  "reports.generate": "生成报告",
  "reports.running": "正在写入报告…",
  "reports.progress": "第 {done} 步，共 {total} 步",
  "reports.done.title": "报告已写入",
  "reports.done.body": "{sheets} — 共 {people} 人，平均得分 {average}。",
  "reports.none": "—",
  "reports.failed": "报告未写入",
  "reports.open": "打开",
  "reports.open.sheet": "打开“{sheet}”",
  "reports.open.failed": "无法打开工作表",
  "reports.generated": "已生成的工作表",
  "reports.generated.empty": "本工作簿尚未生成过报告。",
  "reports.generated.loading": "正在列出已生成的工作表…",
};
