/**
 * Strings of src/commands (what the ribbon commands tell the user, in the task pane they open), of the report run
 * shared by the ribbon, the pane and the CLI (`src/workbook/generateReport.ts`, `gen.*`) and of the CLI (`cli.*`).
 */
export const en = {
  "cmd.setUp.running": "Setting up the workbook… (step {done} of {total})",
  "cmd.setUp.failed":
    "Set up workbook did not finish: {detail} Tables already in the workbook were not changed; run it again to create the rest.",
  "cmd.busy": "KPI Desk is still running the previous command; try again when it has finished.",
  "cmd.unexpected": "unexpected error ({detail}).",
  "cmd.report.running": "Generating the report… (step {done} of {total})",
  "cmd.report.done": "Report {period} ({scope}) written: {sheets}. {people} people, average score {average}.",
  "cmd.report.failed": "Generate report did not finish: {detail}",
  "gen.scope.all": "whole team",
  "gen.scope.team": "team {team}",
  "gen.err.noPeople":
    "No account manager in {scope} was active in {period}, so there is nothing to report. Check the period and the Team values in Managers.",
  "gen.err.partial":
    "{written} was written, but {failed} was not: {detail} Run the report again to bring both up to date.",
  "gen.err.unknownScope": "There is no team “{scope}” in Managers. Teams in this workbook: {teams}.",
  "gen.err.noGoals":
    "No one ({scope}) has a goal for {period}, so there is nothing to score. Periods with goals: {periods}.",
  "cli.usage":
    "Usage: npm run report -- <workbook.xlsx> [--period 2026-Q3] [--scope TEAM] [--out report.xlsx] [--lang zh-CN|en-US] [--as-of 2026-09-30] [--pdf report.pdf] [--statements <dir>]",
  "cli.err.noInput": "Name the workbook to report on.",
  "cli.err.noProgram":
    "{program} is not installed, so no PDF was made (the report workbook was saved). Install it with: sudo apt-get install -y {package}",
  "cli.err.pdf": "LibreOffice could not print the report to PDF: {detail}",
  "cli.summary.pdf": "PDF of the report and statements: {file} ({pages} pages)",
  "cli.summary.statements": "{count} PDF statements in {dir}",
  "cli.err.notFound": "The file {file} does not exist.",
  "cli.err.unknownOption": "Unknown option {option}.",
  "cli.err.missingValue": "The option {option} needs a value.",
  "cli.err.badLang": "{value} is not a language: use zh-CN or en-US.",
  "cli.err.badDate": "{value} is not a date: write it as 2026-09-30.",
  "cli.err.write": "Could not write {file}: {detail}",
  "cli.summary.title": "KPI Desk report {period} — {scope}, as of {asOf}",
  "cli.summary.people": "People: {people}",
  "cli.summary.average": "Average composite score: {average}",
  "cli.summary.pay": "Total bonus: {bonus} · total commission: {commission}",
  "cli.summary.payToDate": "Earned to date: bonus {bonus} · commission {commission}",
  "cli.summary.projected": "Projected at the period end: bonus {bonus} · commission {commission}",
  "cli.summary.goals": "Goals met: {met} of {total}",
  "cli.summary.tasks": "Task completion: {completion}",
  "cli.summary.enps": "eNPS: {enps}",
  "cli.summary.flags": "Flags: {high} high, {medium} medium, {low} low",
  "cli.summary.sheets": "Sheets written: {sheets}",
  "cli.summary.saved": "Saved to {file}",
  "cli.none": "—",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "cmd.setUp.running": "正在设置工作簿…（第 {done} 步，共 {total} 步）",
  "cmd.setUp.failed": "设置工作簿未完成：{detail}工作簿中已有的表没有被改动；再次运行即可创建其余的表。",
  "cmd.busy": "绩效管理仍在执行上一条命令，请在其完成后再试。",
  "cmd.unexpected": "意外错误（{detail}）。",
  "cmd.report.running": "正在生成报告…（第 {done} 步，共 {total} 步）",
  "cmd.report.done": "已写入 {period} 报告（{scope}）：{sheets}。共 {people} 人，平均得分 {average}。",
  "cmd.report.failed": "生成报告未完成：{detail}",
  "gen.scope.all": "全团队",
  "gen.scope.team": "团队 {team}",
  "gen.err.noPeople":
    "{period} 期间{scope}没有在职的客户经理，无可报告的内容。请检查期间以及客户经理表中的团队。",
  "gen.err.partial": "已写入 {written}，但未写入 {failed}：{detail}请再次生成报告，使两者保持一致。",
  "gen.err.unknownScope": "客户经理表中没有团队“{scope}”。此工作簿中的团队：{teams}。",
  "gen.err.noGoals": "{period} 没有任何目标（{scope}），无可评分。有目标的期间：{periods}。",
  "cli.usage":
    "用法：npm run report -- <工作簿.xlsx> [--period 2026-Q3] [--scope 团队] [--out report.xlsx] [--lang zh-CN|en-US] [--as-of 2026-09-30] [--pdf 报告.pdf] [--statements <目录>]",
  "cli.err.noInput": "请指定要生成报告的工作簿。",
  "cli.err.noProgram":
    "未安装 {program}，因此未生成 PDF（报告工作簿已保存）。安装方法：sudo apt-get install -y {package}",
  "cli.err.pdf": "LibreOffice 无法将报告打印为 PDF：{detail}",
  "cli.summary.pdf": "报告与结算单 PDF：{file}（共 {pages} 页）",
  "cli.summary.statements": "已在 {dir} 生成 {count} 份 PDF 结算单",
  "cli.err.notFound": "文件 {file} 不存在。",
  "cli.err.unknownOption": "未知选项 {option}。",
  "cli.err.missingValue": "选项 {option} 需要一个值。",
  "cli.err.badLang": "{value} 不是可用的语言：请使用 zh-CN 或 en-US。",
  "cli.err.badDate": "{value} 不是日期：请写作 2026-09-30。",
  "cli.err.write": "无法写入 {file}：{detail}",
  "cli.summary.title": "绩效管理报告 {period} — {scope}，截至 {asOf}",
  "cli.summary.people": "人数：{people}",
  "cli.summary.average": "平均综合得分：{average}",
  "cli.summary.pay": "奖金合计：{bonus} · 提成合计：{commission}",
  "cli.summary.payToDate": "截至报告日已得：奖金 {bonus} · 提成 {commission}",
  "cli.summary.projected": "预计期末：奖金 {bonus} · 提成 {commission}",
  "cli.summary.goals": "达成目标：{met} / {total}",
  "cli.summary.tasks": "任务完成率：{completion}",
  "cli.summary.enps": "eNPS：{enps}",
  "cli.summary.flags": "提示：高 {high} 条，中 {medium} 条，低 {low} 条",
  "cli.summary.sheets": "已写入工作表：{sheets}",
  "cli.summary.saved": "已保存到 {file}",
  "cli.none": "—",
};
