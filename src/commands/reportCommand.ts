/**
 * The ribbon's "Generate report" handler, free of Office globals so it can be tested with a fake port: it writes
 * the report of the current quarter (by the fiscal calendar in Settings) for the whole team, in the user's Office
 * language, shows progress and the result in the task pane, and always calls `event.completed()`. Another period
 * or one team is chosen in the pane's Reports screen.
 */
import { t, type Locale } from "../i18n";
import { formatNumber } from "../format";
import {
  REPORT_STEPS,
  scopeText,
  type GenerateReportOptions,
  type GeneratedReport,
} from "../workbook/generateReport";
import type { WorkbookPort } from "../workbook/port";
import { commandHandler, type CommandEvent, type HandlerDeps } from "./handler";

/** Everything the handler needs from its surroundings. */
export interface ReportCommandDeps extends HandlerDeps {
  /** The workbook, with generated sheets in `locale` (number formats). */
  port: (locale: Locale) => WorkbookPort;
  /** Today as an Excel serial (the report date). */
  today: () => number;
  /** `generateReport` (src/workbook/generateReport.ts). */
  generate: (port: WorkbookPort, options: GenerateReportOptions) => Promise<GeneratedReport>;
}

/**
 * The result of a report run in words.
 * @param result - what `generateReport` returned.
 * @param locale - the user's language.
 * @returns e.g. "Report 2026-Q3 (whole team) written: KPI Report 2026-Q3, Statements 2026-Q3. 12 people, …".
 */
export function describeReport(result: GeneratedReport, locale: Locale): string {
  const average = result.figures.averageComposite;
  return t(locale, "cmd.report.done", {
    period: result.period,
    scope: scopeText(result.scope, locale),
    sheets: result.sheets.join(locale === "zh-CN" ? "、" : ", "),
    people: result.figures.people,
    average: average === null ? t(locale, "cli.none") : formatNumber(average, 1),
  });
}

/**
 * Builds the handler registered for the manifest's `generateReport` FunctionName.
 * @param deps - port, language, today, the report routine, notification and pane.
 * @returns the handler; a second click while a report is being written is answered with a "busy" notice.
 * @example Office.actions.associate("generateReport", createReportCommand(deps));
 */
export function createReportCommand(deps: ReportCommandDeps): (event: CommandEvent) => Promise<void> {
  return commandHandler(deps, "cmd.report.failed", async (locale) => {
    deps.notify("info", t(locale, "cmd.report.running", { done: 0, total: REPORT_STEPS }));
    const result = await deps.generate(deps.port(locale), {
      asOf: deps.today(),
      locale,
      onProgress: ({ done, total }) => deps.notify("info", t(locale, "cmd.report.running", { done, total })),
    });
    deps.notify("success", describeReport(result, locale));
  });
}
