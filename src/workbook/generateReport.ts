/**
 * The *Generate report* workflow shared by the ribbon button, the task pane's Reports screen and the CLI: read the
 * tables the report needs in one `readTables` into one team book (src/book), take the book's period picture, lay
 * it out (`planReport`) and write each sheet plan through the port. Works on any WorkbookPort (Office.js, memory, `.xlsx` file).
 *
 * Order of writes, and what a failure leaves: an adapter with `writeSheets` (Office.js) writes every sheet in one
 * batch — one look at the workbook, the cells in as few requests as Excel on the web's 5 MB limit allows, the
 * sheets swapped in together at the end — so a failure leaves the previous report and statements in place. The
 * batch is given in the report's own order (the report sheet with its scorecard, its detail, goals and analysis
 * sheets, the statements), the order new sheets take in the workbook, and the report sheet is left active. On an
 * adapter with only `writeSheet`, every write is atomic per sheet but two sheets cannot be swapped together. The
 * statements are written first and the report sheet last: a failure on the statements changes nothing; a failure
 * on the report sheet (the sheet people open, and the one whose "generated" date shows how current it is) leaves
 * the previous report in place and says by name which sheet was updated and which was not, so the user runs it
 * again. Everything that can be checked before writing — tables, columns, period, scope, people — is checked
 * before the first write.
 */
import { KpiError } from "../core/errors";
import { parsePeriod, periodOf } from "../core";
import { t, type Locale } from "../i18n";
import { moneyStyleOf, readSettings, type MoneyStyle, type TableRows } from "../model";
import { buildBook } from "../book";
import { SCOPE_ALL, type KeyFigures, type PeriodPicture } from "../domain/period";
import { planReport } from "../report";
import type { Severity } from "../domain/types";
import { REPORT_TABLES } from "../domain/input";
import type { WorkbookPort } from "./port";
import { periodReceipt } from "./receipt";

/** The tables the report reads, every one required (Payouts is read too when the workbook has it). */
export { REPORT_TABLES };

/** Steps reported through `onProgress`: read, compute, write the statements, write the report. */
export const REPORT_STEPS = 4;

/** Options of {@link generateReport}. */
export interface GenerateReportOptions {
  /** `2026-Q3`, `2026-H1`, `2026-09`, …; blank = the current quarter of `asOf` by the fiscal calendar in Settings. */
  period?: string | null;
  /** A Team value; blank (or "all" / "全部") = the whole team. */
  scope?: string | null;
  /** The report date (Excel serial): pace, overdue tasks and neglected customers are judged as of this day. */
  asOf: number;
  /** Language of the sheets (names, headers, 万 formats); default: the workbook's language in Settings. */
  locale?: Locale;
  /**
   * Refuse a period in which nobody in the scope has a goal (`gen.err.noGoals`, naming the periods that have
   * goals) instead of writing a report without scores. The CLI asks for it: a typo in `--period` should not
   * produce an empty report; the pane and the ribbon offer the periods that exist.
   */
  requireGoals?: boolean;
  /** Called after each of the {@link REPORT_STEPS} steps. */
  onProgress?: (progress: { done: number; total: number }) => void;
}

/** What was written, and the headline figures. */
export interface GeneratedReport {
  /** Sheet names written, report first, then the statements sheet(s). */
  sheets: string[];
  /** The period in canonical form (`2026-Q3`). */
  period: string;
  /** The Team reported on, or null for the whole team. */
  scope: string | null;
  /** The language the sheets were written in. */
  locale: Locale;
  asOf: number;
  /** "projected" while the period runs on the report date (the sheets show to-date and projected pay), else "final". */
  basis: PeriodPicture["basis"];
  figures: KeyFigures;
  /** Number of flags by severity. */
  flags: Record<Severity, number>;
  /** How amounts read (Settings moneyFormat for the report's language): the sheets and the summary agree. */
  money: MoneyStyle;
  /** The people of the statements, in order (the CLI names one PDF statement per person). */
  people: { id: string; name: string; team: string | null }[];
}

/**
 * The default report period: the quarter holding `asOf` by the workbook's fiscal calendar.
 * @param settings - the Settings rows (fiscalYearStart; an unreadable value falls back to January).
 * @param asOf - the report date (Excel serial).
 * @returns the period text, e.g. `2026-Q3`.
 * @example defaultReportPeriod([], 46250) // "2026-Q3" (2026-08-15, calendar fiscal year)
 */
export function defaultReportPeriod(settings: readonly TableRows["Settings"][], asOf: number): string {
  return periodOf("quarter", asOf, readSettings(settings).settings.fiscalYearStart).text;
}

/**
 * A scope in words.
 * @param scope - a Team value or null.
 * @param locale - the language.
 * @returns "whole team" or "team North".
 */
export function scopeText(scope: string | null, locale: Locale): string {
  return scope === null ? t(locale, "gen.scope.all") : t(locale, "gen.scope.team", { team: scope });
}

/**
 * Reads the report's tables in one round trip; Payouts (optional: only used to spot recorded payouts above a
 * plan's cap) is asked for too, and left out only when the workbook has no such table.
 */
export async function readReportTables(port: WorkbookPort) {
  try {
    return await port.readTables([...REPORT_TABLES, "Payouts"]);
  } catch (error) {
    const payoutsMissing =
      error instanceof KpiError &&
      error.key === "workbook.err.tableMissing" &&
      String(error.params.table).toLowerCase() === "payouts";
    if (!payoutsMissing) throw error;
    return port.readTables(REPORT_TABLES);
  }
}

/**
 * Generates the period report into the workbook: the report sheet and the statements sheet, each replaced when
 * re-run (only if the add-in made it).
 * @param port - the workbook.
 * @param options - period, scope, report date, language, progress.
 * @returns the sheets written and the key figures.
 * @throws KpiError naming the problem, before anything is written: a missing table or column
 *   (`workbook.err.tableMissing`, ValidationError), a period that cannot be read (`err.period.invalid`), nobody
 *   active in the scope (`gen.err.noPeople`), a user's sheet with the report's name (`workbook.err.sheetNotOurs`).
 *   When the statements were written but the report sheet was not, `gen.err.partial` names both.
 * @example
 * const result = await generateReport(port, { asOf: 46250, locale: "en-US" });
 * result.sheets; // ["KPI Report 2026-Q3", "Statements 2026-Q3"]
 */
export async function generateReport(
  port: WorkbookPort,
  options: GenerateReportOptions,
): Promise<GeneratedReport> {
  const progress = (done: number) => options.onProgress?.({ done, total: REPORT_STEPS });
  const tables = await readReportTables(port);
  progress(1);

  const { settings } = readSettings(tables.Settings);
  const locale = options.locale ?? settings.language;
  const asOf = Math.floor(options.asOf);
  const requested = (options.period ?? "").trim();
  const period =
    requested === ""
      ? periodOf("quarter", asOf, settings.fiscalYearStart).text
      : parsePeriod(requested, settings.fiscalYearStart).text;
  checkScope(tables.Managers, options.scope ?? null);
  const book = buildBook(tables, { locale });
  const model = book.period(period, asOf, options.scope ?? null);
  if (options.requireGoals && model.figures.goalsTotal === 0) {
    throw new KpiError("na", "gen.err.noGoals", {
      period,
      scope: scopeText(model.scope, locale),
      periods: goalPeriods(tables.Goals, settings.fiscalYearStart).join(", ") || "—",
    });
  }
  if (model.people.length === 0) {
    throw new KpiError("na", "gen.err.noPeople", { period, scope: scopeText(model.scope, locale) });
  }
  // The lock receipt of the period's payouts, printed on the report and every statement (none when not locked).
  const receipt =
    "Payouts" in tables
      ? await periodReceipt(tables.Payouts as TableRows["Payouts"][], period, settings.fiscalYearStart)
      : null;
  const money = moneyStyleOf(settings.moneyFormat, locale);
  // The report's own sheet, then its detail, goals and analysis sheets and the statements sheet(s): all of them
  // are written before the report's own sheet, whose formulas name them.
  const [report, ...statements] = planReport(model, locale, { money, receipt });
  const names = [report.name, ...statements.map((s) => s.name)];
  progress(2);

  if (port.writeSheets) {
    // One batch: the adapter checks every name first and (Office.js) swaps all sheets in together, in a fixed
    // handful of round trips whatever the team size. In the report's order: so they stand in the workbook (and in
    // the pane's list of generated sheets), the report first, which is left active.
    await port.writeSheets([report, ...statements]);
    await port.printTables?.(t(locale, "report.print.page"));
    progress(3);
    progress(4);
    return summary(model, names, period, locale, asOf, money);
  }
  for (const sheet of statements) await port.writeSheet(sheet);
  progress(3);
  try {
    await port.writeSheet(report);
  } catch (error) {
    const detail = error instanceof KpiError ? error.localized(locale) : String(error);
    throw new KpiError("value", "gen.err.partial", {
      written: statements.map((s) => s.name).join(", "),
      failed: report.name,
      detail,
    });
  }
  // The input tables print sensibly too (page set-up only; their data is not touched).
  await port.printTables?.(t(locale, "report.print.page"));
  progress(4);
  return summary(model, names, period, locale, asOf, money);
}

/**
 * The Team values in Managers, as first written, sorted.
 * @param managers - the Managers rows.
 * @returns each team once (compared without case and surrounding spaces).
 * @example teamsOf([{ Team: "North " }, { Team: "north" }, { Team: "South" }]) // ["North", "South"]
 */
export function teamsOf(managers: readonly Pick<TableRows["Managers"], "Team">[]): string[] {
  const teams = new Map<string, string>();
  for (const row of managers) {
    const team = (row.Team ?? "").trim();
    if (team !== "" && !teams.has(team.toLowerCase())) teams.set(team.toLowerCase(), team);
  }
  return [...teams.values()].sort((a, b) => a.localeCompare(b));
}

/** A scope that is no Team in Managers is a typo, not an empty team: say which teams exist. */
function checkScope(managers: readonly TableRows["Managers"][], scope: string | null): void {
  const text = (scope ?? "").trim();
  if (SCOPE_ALL.has(text.toLowerCase())) return;
  const teams = teamsOf(managers);
  if (teams.some((team) => team.toLowerCase() === text.toLowerCase())) return;
  throw new KpiError("na", "gen.err.unknownScope", { scope: text, teams: teams.join(", ") || "—" });
}

/** The periods (canonical, sorted) that have at least one goal that is not cancelled. */
function goalPeriods(goals: readonly TableRows["Goals"][], fiscalYearStart: number): string[] {
  const found = new Set<string>();
  for (const goal of goals) {
    if (goal.Status === "cancelled") continue;
    try {
      found.add(parsePeriod(String(goal.Period), fiscalYearStart).text);
    } catch {
      // An unreadable period is a data problem the report flags; it is not a period to suggest.
    }
  }
  return [...found].sort();
}

/** What {@link generateReport} returns: the sheets written and the headline figures. */
function summary(
  model: PeriodPicture,
  sheets: string[],
  period: string,
  locale: Locale,
  asOf: number,
  money: MoneyStyle,
): GeneratedReport {
  const flags: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const flag of model.flags) flags[flag.severity] += 1;
  const people = model.people.map((p) => ({ id: p.id, name: p.name, team: p.team }));
  return {
    sheets,
    period,
    scope: model.scope,
    locale,
    asOf,
    basis: model.basis,
    figures: model.figures,
    flags,
    money,
    people,
  };
}
