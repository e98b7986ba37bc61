/**
 * Strings of src/model: validation messages. Every row message receives `table`/`tableZh` (table key and Chinese
 * sheet name), `row` (1-based data row), `column`/`columnZh` (English and Chinese header) and `value`, so that
 * each language names the table and column in its own words.
 */
export const en = {
  "model.issue.required": "{table}, row {row}, column “{column}”: a value is required",
  "model.issue.notText": "{table}, row {row}, column “{column}”: “{value}” is not text",
  "model.issue.notNumber": "{table}, row {row}, column “{column}”: “{value}” is not a number",
  "model.issue.notInteger": "{table}, row {row}, column “{column}”: {value} is not a whole number",
  "model.issue.notDate": "{table}, row {row}, column “{column}”: “{value}” is not a date",
  "model.issue.notBoolean": "{table}, row {row}, column “{column}”: “{value}” is not TRUE or FALSE",
  "model.issue.notAllowed": "{table}, row {row}, column “{column}”: “{value}” is not one of {allowed}",
  "model.issue.belowMin": "{table}, row {row}, column “{column}”: {value} is below the minimum {min}",
  "model.issue.aboveMax": "{table}, row {row}, column “{column}”: {value} is above the maximum {max}",
  "model.issue.badPeriod":
    "{table}, row {row}, column “{column}”: “{value}” is not a period (2026, 2026-H1, 2026-Q3, 2026-09 or 2026-W37)",
  "model.issue.badEmail": "{table}, row {row}, column “{column}”: “{value}” is not an e-mail address",
  "model.issue.cellError": "{table}, row {row}, column “{column}”: the cell shows the error {value}",
  "model.issue.duplicateId": "{table}, row {row}, column “{column}”: the id “{value}” is already used",
  "model.issue.notInTable":
    "{table}, row {row}, column “{column}”: the table has no such column, so the value “{value}” cannot be written",
  "model.issue.surveyScale":
    "{table}, row {row}, column “{column}”: {value} is outside 1–5, the scale of a “{kind}” survey",
  "model.err.missingColumn":
    "Table {table} has no column “{column}” (also accepted: “{columnZh}”, “{key}”); it is required. Headers found: {found}",
  "model.err.duplicateHeader":
    "Table {table}: the headers “{first}” and “{second}” both mean the column “{column}”",
  "model.err.noIdentity": "Table {table} has no row id: rows can only be added, not changed or deleted",
  "model.err.badSetting": "Setting “{key}”: “{value}” is not valid; expected {expected}",
  "model.expect.locale": "zh-CN or en-US",
  "model.expect.month": "a month number from 1 to 12",
  "model.expect.positiveInteger": "a whole number of 1 or more",
  "model.expect.nonNegative": "a number of 0 or more",
  "model.expect.fraction": "a fraction from 0 to 1",
  "model.expect.weights":
    "six weights in the order workload, quality, satisfaction, attitude, teamwork, innovation, or Dimension=weight pairs",
  "model.expect.cadence": "week, month or quarter",
  "model.expect.calibration": "mean or z",
  "model.expect.moneyFormat": "auto, wan (万) or yuan",
  "model.expect.currency": "a three-letter currency code such as CNY",
  "model.expect.words": "one or more words separated by commas",
} as const;

export const zh: Record<keyof typeof en, string> = {
  "model.issue.required": "{tableZh}第 {row} 行“{columnZh}”列：必须填写",
  "model.issue.notText": "{tableZh}第 {row} 行“{columnZh}”列：“{value}”不是文本",
  "model.issue.notNumber": "{tableZh}第 {row} 行“{columnZh}”列：“{value}”不是数字",
  "model.issue.notInteger": "{tableZh}第 {row} 行“{columnZh}”列：{value} 不是整数",
  "model.issue.notDate": "{tableZh}第 {row} 行“{columnZh}”列：“{value}”不是日期",
  "model.issue.notBoolean": "{tableZh}第 {row} 行“{columnZh}”列：“{value}”不是 TRUE 或 FALSE",
  "model.issue.notAllowed": "{tableZh}第 {row} 行“{columnZh}”列：“{value}”不在可选值 {allowed} 之中",
  "model.issue.belowMin": "{tableZh}第 {row} 行“{columnZh}”列：{value} 小于最小值 {min}",
  "model.issue.aboveMax": "{tableZh}第 {row} 行“{columnZh}”列：{value} 大于最大值 {max}",
  "model.issue.badPeriod":
    "{tableZh}第 {row} 行“{columnZh}”列：“{value}”不是期间（2026、2026-H1、2026-Q3、2026-09 或 2026-W37）",
  "model.issue.badEmail": "{tableZh}第 {row} 行“{columnZh}”列：“{value}”不是电子邮件地址",
  "model.issue.cellError": "{tableZh}第 {row} 行“{columnZh}”列：单元格显示错误 {value}",
  "model.issue.duplicateId": "{tableZh}第 {row} 行“{columnZh}”列：编号“{value}”已被使用",
  "model.issue.notInTable": "{tableZh}第 {row} 行“{columnZh}”列：表中没有此列，无法写入“{value}”",
  "model.issue.surveyScale": "{tableZh}第 {row} 行“{columnZh}”列：{value} 超出“{kind}”调查的 1–5 分制",
  "model.err.missingColumn":
    "表“{tableZh}”缺少必需的列“{columnZh}”（也可写作“{columnEn}”或“{key}”）。现有表头：{found}",
  "model.err.duplicateHeader": "表“{tableZh}”：表头“{first}”和“{second}”都表示“{columnZh}”列",
  "model.err.noIdentity": "表“{tableZh}”没有行编号：只能新增行，不能修改或删除",
  "model.err.badSetting": "设置项“{key}”：“{value}”无效，应为{expected}",
  "model.expect.locale": "zh-CN 或 en-US",
  "model.expect.month": "1 到 12 的月份",
  "model.expect.positiveInteger": "不小于 1 的整数",
  "model.expect.nonNegative": "不小于 0 的数",
  "model.expect.fraction": "0 到 1 之间的比例",
  "model.expect.weights":
    "按工作量、工作质量、客户满意度、工作态度、团队协作、创新顺序的六个权重，或“维度=权重”",
  "model.expect.cadence": "week、month 或 quarter",
  "model.expect.calibration": "mean 或 z",
  "model.expect.moneyFormat": "auto、wan（万元）或 yuan（元）",
  "model.expect.currency": "三个字母的货币代码，如 CNY",
  "model.expect.words": "以逗号分隔的一个或多个词",
};
