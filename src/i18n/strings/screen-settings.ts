/** Strings of the task pane's Settings screen. */
export const en = {
  "settings.screen": "Settings",
  "settings.save": "Save",
  "settings.saving": "Saving…",
  "settings.saved": "Saved to the Settings table.",
  "settings.fix": "Fix the fields marked in red: nothing was saved.",
  "settings.notSaved": "Not saved",
  "settings.issues.title": "Some settings in the workbook could not be read",
  "settings.issues.body": "The defaults are shown for them; saving the section replaces them.",

  "settings.lang.title": "Language",
  "settings.lang.label": "Pane language",
  "settings.lang.help":
    "Switches the pane at once and is saved in the workbook, so the pane opens in it next time. The headers of the tables stay as they were set up.",
  "settings.lang.isSaved": "Saved: this workbook opens the pane in {language}.",
  "settings.lang.otherSaved": "This workbook opens the pane in {language}.",
  "settings.lang.noneSaved":
    "No language is saved in this workbook: the pane follows Office's display language.",
  "settings.lang.saveCurrent": "Save {language} for this workbook",

  "settings.general.title": "Year and thresholds",
  "settings.general.fiscalYearStart": "Fiscal year starts in",
  "settings.general.fiscalYearStartHint": "Fiscal years, halves and quarters count from this month.",
  "settings.general.anonymityMin": "Anonymity threshold",
  "settings.general.anonymityMinHint":
    "A team's survey results stay hidden until it has at least this many answers (2 or more).",
  "settings.general.trainingHours": "Training hours required per year",
  "settings.general.trainingHoursHint": "Each person's logged training hours are compared with this.",
  "settings.general.paceTolerance": "Pace tolerance (%)",
  "settings.general.paceToleranceHint":
    "A goal is off track when its actual lags the value expected by now by more than this.",
  "settings.general.neglectDays": "Days without contact before a customer is flagged",
  "settings.general.neglectDaysHint":
    "Customers nobody contacted for this many days are flagged as neglected.",

  "settings.weights.title": "Review dimension weights",
  "settings.weights.help":
    "How much each dimension counts in a review's overall score. Any numbers of 0 or more: each counts by its share of the total.",
  "settings.weights.share": "{share} of the total",
  "settings.weights.allZero": "Review dimension weights: at least one weight must be above 0.",

  "settings.ratings.title": "Rating scale and distribution guide",
  "settings.ratings.help":
    "A composite score (0–100) gets the rating of the highest minimum score it reaches. Guide shares are the intended spread of ratings across the team and add up to 100%.",
  "settings.ratings.list": "Ratings",
  "settings.ratings.row": "Row {row}",
  "settings.ratings.label": "Label",
  "settings.ratings.minScore": "Minimum score",
  "settings.ratings.guideShare": "Guide share (%)",
  "settings.ratings.bonusMultiplier": "Bonus multiplier",
  "settings.ratings.cell": "{column}, row {row}",
  "settings.ratings.add": "Add a rating",
  "settings.ratings.remove": "Remove row {row}",
  "settings.ratings.total": "Guide shares add up to {total}",
  "settings.ratings.scaleArg": "Rating scale",
  "settings.ratings.guideArg": "Distribution guide",
  "settings.ratings.sameMin": "{field}: row {other} has the same minimum score",
  "settings.ratings.empty": "Rating scale: add at least one rating.",
  "settings.ratings.saved":
    "Saved to the Ratings table: {added} added, {changed} changed, {removed} removed.",

  "settings.err.required": "{field}: enter a value",
  "settings.err.notNumber": "{field}: enter a number",
  "settings.err.notWhole": "{field}: enter a whole number",
  "settings.err.range": "{field}: enter a number from {min} to {max}",
  "settings.err.atLeast": "{field}: enter {min} or more",
  "settings.err.percentRange": "{field}: enter a percentage from 0 to 100",
  "settings.err.undoFailed":
    "The {table} table was only partly saved and could not be put back as it was: check it before going on.",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "settings.screen": "设置",
  "settings.save": "保存",
  "settings.saving": "正在保存…",
  "settings.saved": "已保存到设置表。",
  "settings.fix": "请修改标红的字段：尚未保存任何内容。",
  "settings.notSaved": "未保存",
  "settings.issues.title": "工作簿中部分设置无法读取",
  "settings.issues.body": "这些设置暂以默认值显示；保存该部分后将被替换。",

  "settings.lang.title": "语言",
  "settings.lang.label": "界面语言",
  "settings.lang.help":
    "立即切换界面语言，并保存在工作簿中，下次打开时使用。各表的表头保持设置时的语言不变。",
  "settings.lang.isSaved": "已保存：此工作簿以{language}打开界面。",
  "settings.lang.otherSaved": "此工作簿以{language}打开界面。",
  "settings.lang.noneSaved": "此工作簿未保存语言：界面跟随 Office 的显示语言。",
  "settings.lang.saveCurrent": "为此工作簿保存{language}",

  "settings.general.title": "年度与阈值",
  "settings.general.fiscalYearStart": "财年起始月份",
  "settings.general.fiscalYearStartHint": "财年、半年和季度从该月起算。",
  "settings.general.anonymityMin": "匿名阈值",
  "settings.general.anonymityMinHint": "团队的调查答卷达到该数量后才显示结果（不少于 2）。",
  "settings.general.trainingHours": "每年应完成培训学时",
  "settings.general.trainingHoursHint": "每人登记的培训学时与此比较。",
  "settings.general.paceTolerance": "进度容差（%）",
  "settings.general.paceToleranceHint": "实际值落后于当前应达值超过该比例时，目标视为进度落后。",
  "settings.general.neglectDays": "客户未联系提醒天数",
  "settings.general.neglectDaysHint": "超过该天数无人联系的客户会被标记为疏于维护。",

  "settings.weights.title": "评估维度权重",
  "settings.weights.help": "各维度在评估总分中所占的比重。可填写任意不小于 0 的数，按其占合计的比例计算。",
  "settings.weights.share": "占合计 {share}",
  "settings.weights.allZero": "评估维度权重：至少有一项权重大于 0。",

  "settings.ratings.title": "评级标准与分布指导",
  "settings.ratings.help":
    "综合得分（0–100）取其达到的最高最低分所对应的评级。指导比例是团队评级的预期分布，合计应为 100%。",
  "settings.ratings.list": "评级",
  "settings.ratings.row": "第 {row} 行",
  "settings.ratings.label": "等级",
  "settings.ratings.minScore": "最低分",
  "settings.ratings.guideShare": "指导比例（%）",
  "settings.ratings.bonusMultiplier": "奖金系数",
  "settings.ratings.cell": "第 {row} 行{column}",
  "settings.ratings.add": "添加评级",
  "settings.ratings.remove": "删除第 {row} 行",
  "settings.ratings.total": "指导比例合计 {total}",
  "settings.ratings.scaleArg": "评级标准",
  "settings.ratings.guideArg": "分布指导",
  "settings.ratings.sameMin": "{field}：与第 {other} 行的最低分相同",
  "settings.ratings.empty": "评级标准：请至少添加一个评级。",
  "settings.ratings.saved": "已保存到评级表：新增 {added} 行，修改 {changed} 行，删除 {removed} 行。",

  "settings.err.required": "{field}：请填写",
  "settings.err.notNumber": "{field}：请输入数字",
  "settings.err.notWhole": "{field}：请输入整数",
  "settings.err.range": "{field}：请输入 {min} 到 {max} 之间的数",
  "settings.err.atLeast": "{field}：不能小于 {min}",
  "settings.err.percentRange": "{field}：请输入 0 到 100 之间的百分比",
  "settings.err.undoFailed": "{table} 表只保存了一部分，且无法恢复原状：请先检查该表再继续。",
};
