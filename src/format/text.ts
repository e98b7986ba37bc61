/**
 * Rendering the model's messages in a language: flag reasons with their cause, and data problems with the table
 * and column named as the user sees them in their workbook.
 */
import { t, type Locale, type MessageParams } from "../i18n";
import type { MoneyStyle } from "../model/settings";
import { formatMoney, isMoneyUnit } from "./format";
import { columnSpec, headerOf, sheetNameOf, type DataProblem } from "../model";
import { IssueLog } from "../domain/input";
import type { DataIssue, Flag, Message } from "../domain/types";

/**
 * @param message - a catalogue message.
 * @param locale - the language.
 * @returns the text.
 */
export function messageText(message: Message, locale: Locale): string {
  return t(locale, message.key, message.params);
}

/**
 * The plain-language reason of a flag.
 * @param flag - the flag.
 * @param locale - the language.
 * @param money - Settings moneyFormat as resolved by `moneyStyleOf` (default: 万 in Chinese, yuan in English).
 * @returns the text; a data flag reads e.g. "Goals, row 4, column Target: goal G-4 has no target; it is not scored".
 * @example flagText(flag, "zh-CN") // "目标 第 4 行“目标值”列：目标 G-4 没有目标值，未计分"
 */
export function flagText(flag: Flag, locale: Locale, money?: MoneyStyle): string {
  const cause = flag.cause ? messageText(flag.cause, locale) : "";
  if (flag.issue) return issueText(flag.issue, cause, locale);
  return t(locale, flag.reason.key, {
    ...flag.reason.params,
    ...moneyFigures(flag.reason.params, locale, money),
    cause,
  });
}

/**
 * A flag's figures of a money KPI (its `unit` a currency, its `…Value` params the numbers) written as money, as the
 * goals beside the flag show them: "实际 252万（目标 360万）", not "实际 2,520,000（目标 3,600,000）".
 */
function moneyFigures(
  params: MessageParams | undefined,
  locale: Locale,
  style?: MoneyStyle,
): Record<string, string> {
  const figures: Record<string, string> = {};
  if (!params || typeof params.unit !== "string" || !isMoneyUnit(params.unit)) return figures;
  for (const name of ["actual", "expected", "target"]) {
    const value = params[`${name}Value`];
    if (typeof value === "number") figures[name] = formatMoney(value, locale, style);
  }
  return figures;
}

/**
 * A data problem found when the tables were read (duplicate id, merged cells), worded exactly as the report's
 * flag for it: the task pane lists the same lines as the report.
 * @param problem - the problem.
 * @param locale - the language.
 * @returns e.g. "Goals, row 7, column Goal ID: the id G-4 (Goal ID) is already used on row 3; …".
 */
export function dataProblemText(problem: DataProblem, locale: Locale): string {
  const issue = new IssueLog().addProblem(problem);
  return issueText(issue, messageText(issue.cause, locale), locale);
}

/** A data issue located by sheet, row and column, with its cause. */
function issueText(issue: DataIssue, cause: string, locale: Locale): string {
  // The sheet, Excel row and header as the workbook spells them when known; else the schema's names.
  const table = issue.sheet ?? sheetNameOf(issue.table, locale);
  const spec = issue.column === null ? undefined : columnSpec(issue.table, issue.column);
  const column = issue.header ?? (spec ? headerOf(spec, locale) : (issue.column ?? ""));
  const row = issue.excelRow ?? issue.row;
  if (row === null) return t(locale, "report.flag.dataTable", { table, cause });
  if (issue.column === null) return t(locale, "report.flag.dataRow", { table, row, cause });
  return t(locale, "report.flag.data", { table, row, column, cause });
}
