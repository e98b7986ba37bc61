/**
 * The one error catalogue: every message a user can see when input is wrong.
 * Placeholders are `{name}`; core raises errors by key, surfaces render them in the user's language.
 *
 * `{arg}` is always the name of the offending argument as the spec spells it (`amount`, `tiers`, `quota`…) and
 * `{row}` the 1-based row the user sees in their range, so a message points at the cell to fix.
 * The `smart.*` keys are the SMART checklist verdicts produced by `src/core/smart.ts` (not errors, but input
 * feedback of the same kind, kept here so core owns a single catalogue).
 */
export const en = {
  "err.internal": "unexpected error: {detail}",

  // Scalars
  "err.notNumber": "{arg}: expected a number",
  "err.notFinite": "{arg}: {value} is not a finite number",
  "err.notHexDigest": "{arg}: a digest of at least 20 hex digits is needed",
  "err.zero": "{arg} must not be zero",
  "err.negative": "{arg} must not be negative (got {value})",
  "err.notPositive": "{arg} must be greater than 0 (got {value})",
  "err.notWhole": "{arg} must be a whole number (got {value})",
  "err.outOfRange": "{arg}: {value} is outside {min} to {max}",
  "err.order": "{arg}: {low} must not be greater than {high}",
  "err.capBelowThreshold": "cap ({cap}) must not be below threshold ({threshold})",
  "err.option": '{arg}: unknown option "{value}"; use one of: {options}',
  "err.sizeMismatch": "ranges differ in size: {a} and {b}",
  "err.overflow": "the result is too large to compute",

  // Tables (curves, tiers, bands, guides)
  "err.table.empty": "{arg}: the table has no rows",
  "err.table.notAscending": "{arg}: row {row} is not in ascending order",
  "err.table.notNumber": "{arg}: row {row}, column {column} is not a number",
  "err.table.negative": "{arg}: row {row}, column {column} must not be negative",
  "err.table.noLabel": "{arg}: row {row} has no label",
  "err.table.duplicateLabel": '{arg}: row {row} repeats the label "{label}"',
  "err.table.shareSum": "{arg}: shares add up to {sum}, not 100%",

  // Nothing to return
  "err.tier.top": "already in the top tier",
  "err.rating.below": "below the lowest band",
  "err.survey.tooFew": "fewer than {min} responses: hidden to protect anonymity",

  // Dates and periods
  "err.date.invalid": "{arg}: {value} is not a valid date",
  "err.date.range": "{arg}: {value} is not a date Excel can show (serial 0 to 2958465)",
  "err.period.invalid": '"{text}" is not a period: write 2026, 2026-H1, 2026-Q3, 2026-09 or 2026-W37',

  // SMART checklist
  "smart.specific.ok": "The description says what is to be done",
  "smart.specific.missing": "Describe what is to be done",
  "smart.specific.short": "The description is very short: say what is to be done and for whom",
  "smart.measurable.ok": "Measured by a KPI with a numeric target and unit",
  "smart.measurable.noKpi": "Choose the KPI that measures this goal",
  "smart.measurable.noTarget": "Enter a numeric target",
  "smart.measurable.notInLibrary": 'KPI "{kpi}" is not in the KPI library',
  "smart.measurable.noUnit": "Give the target a unit",
  "smart.achievable.ok": "The target is in line with the last actual ({last})",
  "smart.achievable.noTarget": "Enter a target to compare with past results",
  "smart.achievable.noHistory": "No earlier actual to compare the target with",
  "smart.achievable.highGrowth": "The target is {pct}% above the last actual ({last}): check it is reachable",
  "smart.achievable.belowLast":
    "The target is below the last actual ({last}): it asks for less than already done",
  "smart.achievable.aboveLast": "The target is above the last actual ({last}) on a lower-is-better KPI",
  "smart.achievable.steepCut": "The target is {pct}% below the last actual ({last}): check it is reachable",
  "smart.relevant.ok": "Weighted and tied to a library KPI",
  "smart.relevant.noWeight": "Give the goal a weight above 0%",
  "smart.relevant.overWeight": "A weight above 100% ({pct}%) is not possible",
  "smart.relevant.notInLibrary": "Link the goal to a KPI from the library",
  "smart.timeBound.ok": "Has a period and a due date",
  "smart.timeBound.missing": "Set the period and the due date",
  "smart.timeBound.noPeriod": "Set the period",
  "smart.timeBound.noDue": "Set the due date",
  "smart.timeBound.badPeriod":
    '"{period}" is not a period: write 2026, 2026-H1, 2026-Q3, 2026-09 or 2026-W37',
  "smart.timeBound.dueOutside": "The due date falls outside period {period}",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "err.internal": "意外错误：{detail}",

  "err.notNumber": "{arg}：应为数字",
  "err.notFinite": "{arg}：{value} 不是有限的数字",
  "err.notHexDigest": "{arg}：需要至少 20 位十六进制的摘要",
  "err.zero": "{arg} 不能为 0",
  "err.negative": "{arg} 不能为负数（当前为 {value}）",
  "err.notPositive": "{arg} 必须大于 0（当前为 {value}）",
  "err.notWhole": "{arg} 必须为整数（当前为 {value}）",
  "err.outOfRange": "{arg}：{value} 超出 {min} 至 {max} 的范围",
  "err.order": "{arg}：{low} 不能大于 {high}",
  "err.capBelowThreshold": "上限（{cap}）不能低于门槛（{threshold}）",
  "err.option": "{arg}：无法识别的选项“{value}”，可用：{options}",
  "err.sizeMismatch": "区域大小不一致：{a} 与 {b}",
  "err.overflow": "结果太大，无法计算",

  "err.table.empty": "{arg}：表中没有数据行",
  "err.table.notAscending": "{arg}：第 {row} 行未按升序排列",
  "err.table.notNumber": "{arg}：第 {row} 行第 {column} 列不是数字",
  "err.table.negative": "{arg}：第 {row} 行第 {column} 列不能为负数",
  "err.table.noLabel": "{arg}：第 {row} 行缺少标签",
  "err.table.duplicateLabel": "{arg}：第 {row} 行的标签“{label}”重复",
  "err.table.shareSum": "{arg}：比例合计为 {sum}，不等于 100%",

  "err.tier.top": "已处于最高档",
  "err.rating.below": "低于最低档",
  "err.survey.tooFew": "答复少于 {min} 份：为保护匿名性不予显示",

  "err.date.invalid": "{arg}：{value} 不是有效日期",
  "err.date.range": "{arg}：{value} 不是 Excel 可显示的日期（序列号 0 至 2958465）",
  "err.period.invalid": "“{text}”不是有效期间：请写作 2026、2026-H1、2026-Q3、2026-09 或 2026-W37",

  "smart.specific.ok": "描述说明了要做什么",
  "smart.specific.missing": "请描述要做什么",
  "smart.specific.short": "描述过短：请说明要做什么、针对谁",
  "smart.measurable.ok": "以 KPI 衡量，有数值目标和单位",
  "smart.measurable.noKpi": "请选择衡量该目标的 KPI",
  "smart.measurable.noTarget": "请输入数值目标",
  "smart.measurable.notInLibrary": "KPI“{kpi}”不在 KPI 库中",
  "smart.measurable.noUnit": "请为目标填写单位",
  "smart.achievable.ok": "目标与上期实际（{last}）相符",
  "smart.achievable.noTarget": "请输入目标，以便与以往结果比较",
  "smart.achievable.noHistory": "没有以往实际可与目标比较",
  "smart.achievable.highGrowth": "目标比上期实际（{last}）高 {pct}%：请确认可以达成",
  "smart.achievable.belowLast": "目标低于上期实际（{last}）：要求低于已完成水平",
  "smart.achievable.aboveLast": "该 KPI 越低越好，但目标高于上期实际（{last}）",
  "smart.achievable.steepCut": "目标比上期实际（{last}）低 {pct}%：请确认可以达成",
  "smart.relevant.ok": "已设权重，并关联 KPI 库中的指标",
  "smart.relevant.noWeight": "请为目标设置大于 0% 的权重",
  "smart.relevant.overWeight": "权重不能超过 100%（当前为 {pct}%）",
  "smart.relevant.notInLibrary": "请将目标关联到 KPI 库中的指标",
  "smart.timeBound.ok": "已设期间和截止日期",
  "smart.timeBound.missing": "请设置期间和截止日期",
  "smart.timeBound.noPeriod": "请设置期间",
  "smart.timeBound.noDue": "请设置截止日期",
  "smart.timeBound.badPeriod": "“{period}”不是有效期间：请写作 2026、2026-H1、2026-Q3、2026-09 或 2026-W37",
  "smart.timeBound.dueOutside": "截止日期不在期间 {period} 内",
};
