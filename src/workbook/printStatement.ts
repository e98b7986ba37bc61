/**
 * *Print statement* from the person page: one person's pay statement for a period, written as its own sheet —
 * the same statement the period report writes for everyone (src/report `planStatements`), through the port, so the
 * pane never imports src/report. Re-printing replaces the sheet (only if the add-in made it).
 */
import { KpiError } from "../core/errors";
import { parsePeriod } from "../core";
import { t, type Locale } from "../i18n";
import { moneyStyleOf, readSettings, type TableRows } from "../model";
import { buildBook } from "../book";
import { planStatements } from "../report";
import { readReportTables } from "./generateReport";
import type { WorkbookPort } from "./port";
import { periodReceipt } from "./receipt";

/** Excel's longest sheet name. */
const SHEET_NAME_MAX = 31;

/** What {@link printStatement} needs. */
export interface PrintStatementOptions {
  /** The ManagerID. */
  person: string;
  /** `2026-Q3`, … */
  period: string;
  /** The report date (Excel serial). */
  asOf: number;
  /** Language of the sheet. */
  locale: Locale;
}

/**
 * The statement sheet's name: "Statement {name} {period}", cut to Excel's 31 characters (the name is shortened,
 * the period kept) and without the characters Excel refuses in a sheet name.
 * @param name - the person's name.
 * @param period - the period text.
 * @param locale - the language.
 * @returns the sheet name.
 * @example statementSheetName("Abigail Smith", "2026-Q4", "en-US") // "Statement Abigail Smith 2026-Q4"
 */
export function statementSheetName(name: string, period: string, locale: Locale): string {
  const clean = (text: string) =>
    text
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const full = clean(t(locale, "person.stmt.sheet", { name, period }));
  if (full.length <= SHEET_NAME_MAX) return full;
  const over = full.length - SHEET_NAME_MAX + 1;
  const short = clean(name).slice(0, Math.max(1, clean(name).length - over)) + "…";
  return clean(t(locale, "person.stmt.sheet", { name: short, period })).slice(0, SHEET_NAME_MAX);
}

/**
 * Writes one person's statement for a period.
 * @param port - the workbook.
 * @param options - person, period, report date, language.
 * @returns the sheet written.
 * @throws KpiError before any write: a missing table (`workbook.err.tableMissing`), a period that cannot be read,
 *   a person not on the team in the period (`person.err.notInPeriod`), a user's sheet of that name.
 */
export async function printStatement(
  port: WorkbookPort,
  options: PrintStatementOptions,
): Promise<{ sheet: string }> {
  const tables = await readReportTables(port);
  const { settings } = readSettings(tables.Settings);
  const period = parsePeriod(options.period, settings.fiscalYearStart).text;
  const model = buildBook(tables, { locale: options.locale }).period(period, Math.floor(options.asOf));
  const person = model.people.find((p) => p.id === options.person.trim());
  if (!person) {
    const row = tables.Managers.find((m) => m.ManagerID.trim() === options.person.trim());
    throw new KpiError("na", "person.err.notInPeriod", { name: row?.Name ?? options.person, period });
  }
  const receipt =
    "Payouts" in tables
      ? await periodReceipt(tables.Payouts as TableRows["Payouts"][], period, settings.fiscalYearStart)
      : null;
  const money = moneyStyleOf(settings.moneyFormat, options.locale);
  const [statement] = planStatements({ ...model, people: [person] }, options.locale, { money, receipt });
  const sheet = { ...statement, name: statementSheetName(person.name, period, options.locale) };
  await port.writeSheet(sheet);
  return { sheet: sheet.name };
}
