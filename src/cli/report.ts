/**
 * The headless period report: `npm run report -- <in.xlsx> [--period 2026-Q3] [--scope TEAM] [--out report.xlsx]
 * [--lang zh-CN|en-US] [--as-of 2026-09-30] [--pdf report.pdf] [--statements <dir>]`.
 *
 * Reads the workbook file with the `.xlsx` adapter, runs the same `generateReport` as the ribbon and the task pane,
 * and saves the workbook with the report sheets to a NEW file — by default `<in>-report-<period>.xlsx` next to the
 * input — because ExcelJS drops what it does not model (charts, pivot tables) when it re-saves a user's file. The
 * input is overwritten only when `--out` names it. Prints a short summary; on bad input prints why and exits 1
 * (2 for bad usage).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { localToday, serialFromYMD } from "../core";
import { KpiError } from "../core/errors";
import { resolveLocale, t, type Locale, type MessageKey, type MessageParams } from "../i18n";
import { formatDate, formatMoney, formatNumber, formatPercent } from "../format";
import { generateReport, scopeText, type GeneratedReport } from "../workbook/generateReport";
import { XlsxWorkbook } from "../workbook/xlsx";
import { runAsMain, runOnWorkbook, scanArgs, UsageError, type CliIo } from "./command";
import { printPdf, statementFileName } from "./pdf";

export type { CliIo } from "./command";

/** Parsed command line. */
export interface ReportArgs {
  input: string;
  period: string | null;
  scope: string | null;
  out: string | null;
  lang: Locale | null;
  /** `--as-of` as an Excel serial, or null for today. */
  asOf: number | null;
  /** `--pdf`: the report and statements printed through LibreOffice. */
  pdf: string | null;
  /** `--statements`: a folder for one PDF statement per person. */
  statements: string | null;
  help: boolean;
}

const OPTIONS = ["--period", "--scope", "--out", "--lang", "--as-of", "--pdf", "--statements"] as const;
type Option = (typeof OPTIONS)[number];

/**
 * Parses the command line (options may come before or after the file; `--opt value` or `--opt=value`).
 * @param argv - the arguments after the script name.
 * @returns the parsed arguments.
 * @throws UsageError for an unknown option, a missing value, a bad language or date, or no input file.
 * @example parseReportArgs(["in.xlsx", "--period", "2026-Q2"]).period // "2026-Q2"
 */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const args: ReportArgs = {
    input: "",
    period: null,
    scope: null,
    out: null,
    lang: null,
    asOf: null,
    pdf: null,
    statements: null,
    help: false,
  };
  const { help, positional } = scanArgs(argv, { valued: OPTIONS }, (name, value) => {
    switch (name as Option) {
      case "--period":
        args.period = value;
        break;
      case "--scope":
        args.scope = value;
        break;
      case "--out":
        args.out = value;
        break;
      case "--lang":
        if (!/^(zh-CN|en-US)$/i.test(value)) throw new UsageError("cli.err.badLang", { value });
        args.lang = resolveLocale(value);
        break;
      case "--as-of":
        args.asOf = parseIsoDate(value);
        break;
      case "--pdf":
        args.pdf = value;
        break;
      case "--statements":
        args.statements = value;
        break;
    }
  });
  args.help = help;
  if (positional.length > 1) throw new UsageError("cli.err.unknownOption", { option: positional[1] });
  if (!args.help && positional.length === 0) throw new UsageError("cli.err.noInput");
  args.input = positional[0] ?? "";
  return args;
}

/** `2026-09-30` as an Excel serial. */
function parseIsoDate(value: string): number {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  const bad = () => new UsageError("cli.err.badDate", { value });
  if (!m) throw bad();
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) throw bad();
  try {
    return serialFromYMD(y, mo, d);
  } catch {
    // 2026-02-30 and dates before Excel's first day.
    throw bad();
  }
}

/**
 * The default output file: `<in>-report-<period>.xlsx` next to the input.
 * @param input - the input workbook's path.
 * @param period - the report period.
 * @returns the output path.
 * @example defaultOutput("/data/team.xlsx", "2026-Q3") // "/data/team-report-2026-Q3.xlsx"
 */
export function defaultOutput(input: string, period: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-report-${period}.xlsx`);
}

/**
 * The summary printed after a run.
 * @param result - what `generateReport` returned.
 * @param file - where it was saved.
 * @returns the lines, in the report's language.
 */
export function summaryLines(result: GeneratedReport, file: string): string[] {
  const tr = (key: MessageKey, params?: MessageParams) => t(result.locale, key, params);
  const f = result.figures;
  const none = tr("cli.none");
  return [
    tr("cli.summary.title", {
      period: result.period,
      scope: scopeText(result.scope, result.locale),
      asOf: formatDate(result.asOf),
    }),
    tr("cli.summary.people", { people: f.people }),
    tr("cli.summary.average", {
      average: f.averageComposite === null ? none : formatNumber(f.averageComposite, 1),
    }),
    // As the report's key figures print them: mid-period the totals are to date, and the projection to the period
    // end stands beside them, labelled (a sample run mid-quarter read "Total bonus: 0" with no word of either).
    tr(result.basis === "projected" ? "cli.summary.payToDate" : "cli.summary.pay", {
      bonus: formatMoney(f.totalBonus, result.locale, result.money),
      commission: formatMoney(f.totalCommission, result.locale, result.money),
    }),
    ...(result.basis === "projected"
      ? [
          tr("cli.summary.projected", {
            bonus: formatMoney(f.projectedBonus, result.locale, result.money),
            commission: formatMoney(f.projectedCommission, result.locale, result.money),
          }),
        ]
      : []),
    // Held bonuses are in no total: say how many, so the totals are not read as complete.
    ...(f.heldPayouts > 0 ? [tr("report.cli.held", { count: f.heldPayouts })] : []),
    tr("cli.summary.goals", { met: f.goalsMet, total: f.goalsTotal }),
    tr("cli.summary.tasks", {
      completion: f.taskCompletion === null ? none : formatPercent(f.taskCompletion),
    }),
    tr("cli.summary.enps", { enps: f.enps === null ? none : formatNumber(f.enps, 1) }),
    tr("cli.summary.flags", result.flags),
    tr("cli.summary.sheets", { sheets: result.sheets.join(", ") }),
    tr("cli.summary.saved", { file }),
  ];
}

/**
 * Runs the report command.
 * @param argv - the arguments after the script name.
 * @param io - output streams and, for tests, today and the message language.
 * @returns the exit code: 0 done, 1 the report could not be made or saved, 2 bad usage.
 * @example await runReportCli(["assets/sample-team.xlsx", "--period", "2026-Q2", "--out", "/tmp/r.xlsx"], io)
 */
export function runReportCli(argv: readonly string[], io: CliIo): Promise<number> {
  return runOnWorkbook(argv, parseReportArgs, "cli.usage", io, async (args, input, speaking) => {
    // Every sheet kept as XML, however small: the report writes no table, so no sheet's cells need to become
    // ExcelJS cells — ExcelJS only reads what surrounds them (a workbook holding a report has a dozen sheets just
    // under the 1 MB default, which ExcelJS spent seconds turning into cells only for them to be written back).
    const port = await XlsxWorkbook.load(input, {
      lazySheetBytes: 0,
      ...(args.lang ? { locale: args.lang } : {}),
    });
    const result = await generateReport(port, {
      period: args.period,
      scope: args.scope,
      asOf: args.asOf ?? io.today ?? localToday(),
      locale: args.lang ?? undefined,
      requireGoals: true,
    });
    speaking.locale = result.locale;
    const out = path.resolve(args.out ?? defaultOutput(input, result.period));
    try {
      await port.save(out);
    } catch (error) {
      io.err(
        t(result.locale, "cli.err.write", {
          file: out,
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
      return 1;
    }
    for (const line of summaryLines(result, out)) io.out(line);
    if (args.pdf || args.statements) return printReport(port, result, args, io);
    return 0;
  });
}

/**
 * `--pdf` and `--statements`: prints the two report sheets through LibreOffice (after the workbook is saved, so a
 * missing LibreOffice costs only the PDF).
 * @returns the exit code.
 */
async function printReport(
  port: XlsxWorkbook,
  result: GeneratedReport,
  args: ReportArgs,
  io: CliIo,
): Promise<number> {
  const tr = (key: MessageKey, params?: MessageParams) => t(result.locale, key, params);
  const dir = mkdtempSync(path.join(os.tmpdir(), "kpi-desk-print-"));
  try {
    const workbooks = await port.savePrintCopies(dir, [...result.sheets]);
    const statementsDir = args.statements ? path.resolve(args.statements) : null;
    const printed = printPdf({
      workbooks,
      pdf: args.pdf ? path.resolve(args.pdf) : null,
      locale: result.locale,
      statements: statementsDir
        ? {
            dir: statementsDir,
            title: tr("report.stmt.title", { period: result.period }),
            people: result.people.map((p) => ({
              heading: tr("report.stmt.person", {
                name: p.name,
                id: p.id,
                team: p.team ?? tr("report.team.none"),
              }),
              file: statementFileName(result.period, p.name, p.id),
            })),
          }
        : null,
    });
    if (args.pdf) io.out(tr("cli.summary.pdf", { file: path.resolve(args.pdf), pages: printed.pages }));
    if (statementsDir)
      io.out(tr("cli.summary.statements", { count: printed.statements, dir: statementsDir }));
    return 0;
  } catch (error) {
    if (!(error instanceof KpiError)) throw error;
    io.err(error.localized(result.locale));
    return 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runAsMain(runReportCli);
