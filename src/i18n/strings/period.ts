/**
 * Strings of the period picture (src/domain/period with the scoring and payouts it runs): why a person is flagged,
 * the data problems found in the tables, why a payout was not computed, and the review dimensions' names. The
 * pane's first screen (the Team roster and its data problems) speaks them as well as the report, so they arrive
 * with the pane's first strings (area "pane", src/i18n/index.ts).
 */
export const en = {
  // Flag reasons
  "report.flag.data": "{table}, row {row}, column {column}: {cause}",
  "report.flag.dataRow": "{table}, row {row}: {cause}",
  "report.flag.dataTable": "{table}: {cause}",
  "report.flag.noGoals": "No goals for {period}",
  "report.flag.goalOffTrack":
    "{kpi} is off track: {actual} against {expected} expected by now (target {target})",
  "report.flag.scoreDown": "Score heading {drop} points lower: {now} projected against {before} last period",
  "report.flag.reviewMissing": "No submitted review for {period}",
  "report.flag.reviewDraft": "The review for {period} is still a draft",
  "report.flag.overdueTasks": "{count} overdue {count, plural, one {task} other {tasks}} due this period",
  "report.flag.neglectedCustomers":
    "{count} key {count, plural, one {customer} other {customers}} without contact for {days} days or more: {names}",
  "report.flag.gateFailed": "Bonus gate not met: {kpi} at {attainment}, needs {min}",
  "report.flag.bonusCapped": "Bonus capped at {cap} (uncapped {uncapped})",
  "report.flag.commissionCapped": "Commission capped at {cap} (uncapped {uncapped})",
  "report.flag.payoutAboveCap":
    "The payout recorded under plan “{plan}” (Payouts row {row}), {amount}, is above the plan's cap of {cap}",
  "report.flag.bonusNotComputed": "Bonus under plan “{plan}” not computed: {cause}",
  "report.flag.commissionNotComputed": "Commission under plan “{plan}” not computed: {cause}",
  "report.flag.distribution": "Rating distribution outside the guide: {labels}",
  "report.flag.lowPulse": "Low team pulse: eNPS {enps}, favourable {favorable}",

  // Data problems (causes)
  "report.issue.setting": 'setting {key} has a value that cannot be read ("{value}"); the default is used',
  "report.issue.curveMissing": 'curve or tier table "{curve}" is not in the Curves table',
  "report.issue.dealNoCloseDate": "the deal “{deal}” is closed but has no close date; it is left out",
  "report.issue.dealNoAmount": "the won deal “{deal}” has no amount; it is left out",
  "report.issue.creditOver": "the credit shares of the deal “{deal}” add up to {sum}, more than 100%",
  "report.issue.ruleParam":
    'the KPI “{kpi}” is scored by "{rule}" but this parameter is missing or invalid; its goals are not scored',
  "report.issue.goalNoWeight": "the goal “{goal}” has no weight; it counts as 0",
  "report.issue.kpiUnknown":
    'the goal “{goal}” uses KPI "{kpi}", which is not in the KPI library; it is not scored',
  "report.issue.goalNoTarget": "the goal “{goal}” has no target; it is not scored",
  "report.issue.planUnknown": 'plan "{plan}" is not in the Plans table',
  "report.issue.noTargetBonus": "no target bonus, so the bonus cannot be computed",
  "report.issue.planParam": "the plan “{plan}” needs this parameter",
  "report.issue.duplicateManager": "manager ID {id} appears again; this row is ignored",
  "report.issue.duplicateId":
    "the id {id} ({columns}) is already used on row {first}; this later row is left out of every figure until one of the two is changed",
  "report.issue.mergedCells":
    "cells {range} are merged: Excel reads only the top-left cell and the others as empty, so those rows lose their values; unmerge the cells and fill in every row",
  "report.issue.guideBlank":
    "rating {label} has no guide share while others have one; the distribution is not checked",

  // Why a payout was not computed
  "report.payout.noTargetBonus": "no target bonus in Managers",
  "report.payout.noComposite": "no score (no goal with an actual)",
  "report.payout.planIncomplete": "the plan “{plan}” is incomplete (see the data problems)",
  "report.payout.noBasisGoal": "no goal with an actual on KPI {kpi}",

  // A held bonus: its gate cannot be evaluated
  "report.issue.gateNoGoal":
    "{name} has no goal with an actual on {kpi}, the gate KPI of plan {plan}: the gate cannot be evaluated and the bonus is held",

  // The review dimensions
  "reviews.dim.Workload": "Workload",
  "reviews.dim.Quality": "Quality",
  "reviews.dim.Satisfaction": "Customer satisfaction",
  "reviews.dim.Attitude": "Attitude",
  "reviews.dim.Teamwork": "Teamwork",
  "reviews.dim.Innovation": "Innovation",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "report.flag.data": "{table} 第 {row} 行“{column}”列：{cause}",
  "report.flag.dataRow": "{table} 第 {row} 行：{cause}",
  "report.flag.dataTable": "{table}：{cause}",
  "report.flag.noGoals": "{period} 没有目标",
  "report.flag.goalOffTrack": "{kpi} 进度落后：实际 {actual}，按时间应达 {expected}（目标 {target}）",
  "report.flag.scoreDown": "综合得分预计下降 {drop} 分：本期预计 {now}，上期 {before}",
  "report.flag.reviewMissing": "{period} 没有已提交的评估",
  "report.flag.reviewDraft": "{period} 的评估仍是草稿",
  "report.flag.overdueTasks": "本期到期任务中有 {count} 项逾期",
  "report.flag.neglectedCustomers": "{count} 位重点客户 {days} 天以上未联系：{names}",
  "report.flag.gateFailed": "未达奖金门槛：{kpi} 完成率 {attainment}，要求 {min}",
  "report.flag.bonusCapped": "奖金按封顶 {cap} 发放（封顶前 {uncapped}）",
  "report.flag.commissionCapped": "提成按封顶 {cap} 发放（封顶前 {uncapped}）",
  "report.flag.payoutAboveCap": "奖金结算表第 {row} 行记录的方案“{plan}”结算金额 {amount} 超过方案封顶 {cap}",
  "report.flag.bonusNotComputed": "方案“{plan}”的奖金无法计算：{cause}",
  "report.flag.commissionNotComputed": "方案“{plan}”的提成无法计算：{cause}",
  "report.flag.distribution": "评级分布偏离指导比例：{labels}",
  "report.flag.lowPulse": "团队氛围偏低：eNPS {enps}，好评率 {favorable}",
  "report.issue.setting": "设置项 {key} 的值无法识别（“{value}”），已使用默认值",
  "report.issue.curveMissing": "“曲线与阶梯”表中没有曲线或阶梯“{curve}”",
  "report.issue.dealNoCloseDate": "商机“{deal}”已结束但没有成交日期，未计入",
  "report.issue.dealNoAmount": "成交商机“{deal}”没有金额，未计入",
  "report.issue.creditOver": "商机“{deal}”的业绩分成合计 {sum}，超过 100%",
  "report.issue.ruleParam": "指标“{kpi}”采用“{rule}”计分，但此参数缺失或无效，相关目标未计分",
  "report.issue.goalNoWeight": "目标“{goal}”没有权重，按 0 计",
  "report.issue.kpiUnknown": "目标“{goal}”使用的指标“{kpi}”不在指标库中，未计分",
  "report.issue.goalNoTarget": "目标“{goal}”没有目标值，未计分",
  "report.issue.planUnknown": "“激励方案”表中没有方案“{plan}”",
  "report.issue.noTargetBonus": "没有目标奖金，无法计算奖金",
  "report.issue.planParam": "方案“{plan}”缺少此参数",
  "report.issue.duplicateManager": "客户经理编号 {id} 重复出现，此行已忽略",
  "report.issue.duplicateId":
    "编号 {id}（{columns}）已在第 {first} 行使用；在修改其中之一之前，此后出现的这一行不计入任何数字",
  "report.issue.mergedCells":
    "单元格 {range} 已合并：Excel 只读取左上角的单元格，其余视为空白，这些行因此丢失数值；请取消合并并逐行填写",
  "report.issue.guideBlank": "等级 {label} 没有指导比例而其他等级有，未检查分布",
  "report.payout.noTargetBonus": "“客户经理”表中没有目标奖金",
  "report.payout.noComposite": "没有综合得分（没有带实际值的目标）",
  "report.payout.planIncomplete": "方案“{plan}”不完整（见数据问题）",
  "report.payout.noBasisGoal": "指标 {kpi} 没有带实际值的目标",
  "report.issue.gateNoGoal":
    "{name}在方案“{plan}”的门槛指标 {kpi} 上没有带实际值的目标：门槛无法判定，奖金暂缓",
  "reviews.dim.Workload": "工作量",
  "reviews.dim.Quality": "工作质量",
  "reviews.dim.Satisfaction": "客户满意度",
  "reviews.dim.Attitude": "工作态度",
  "reviews.dim.Teamwork": "团队协作",
  "reviews.dim.Innovation": "创新",
};
