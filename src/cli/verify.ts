/**
 * Verification without Excel: `npm run verify -- <book.xlsx> --period <P> [--receipt <code>] [--lang zh-CN|en-US]`.
 *
 * Reads the workbook file with the `.xlsx` adapter (never writes it) and prints, for every payout of the period,
 * its lock state — locked and unchanged; changed, with each change from → to; lock record damaged; unlocked
 * outside KPI Desk; or not locked — then the state of the audit chain and the period's lock receipt. With
 * `--receipt` it compares the receipt the approver kept with the one the workbook gives now. Messages follow the
 * workbook's language unless `--lang` says otherwise. Exit code: 0 when everything checks, 1 when anything is
 * wrong (a change, a damaged lock, an unlock outside KPI Desk, a broken chain, a receipt that does not match, a
 * file that cannot be read), 2 for bad usage.
 */
import path from "node:path";
import { normalizeReceipt, parsePeriod } from "../core";
import { resolveLocale, t, type Locale, type MessageKey, type MessageParams } from "../i18n";
import { enumLabel, readSettings } from "../model";
import { formatDate } from "../format";
import { changeText } from "../domain/close/closeView";
import { verifyAuditChain, type AuditChainCheck } from "../workbook/audit";
import { CLOSE_TABLES, periodReceipt, verifyLocks, type CloseTables } from "../workbook/periodClose";
import { XlsxWorkbook } from "../workbook/xlsx";
import { runAsMain, runOnWorkbook, scanArgs, UsageError, type CliIo } from "./command";

/** Parsed command line. */
export interface VerifyArgs {
  input: string;
  period: string;
  /** The receipt as typed, canonical, or null when none was given. */
  receipt: string | null;
  lang: Locale | null;
  help: boolean;
}

const OPTIONS = ["--period", "--receipt", "--lang"] as const;

/**
 * Parses the command line (`--opt value` or `--opt=value`, options before or after the file).
 * @param argv - the arguments after the script name.
 * @returns the parsed arguments.
 * @throws UsageError for an unknown option, a missing value, a bad language or receipt, no file or no period.
 * @example parseVerifyArgs(["book.xlsx", "--period", "2026-Q1"]).period // "2026-Q1"
 */
export function parseVerifyArgs(argv: readonly string[]): VerifyArgs {
  const args: VerifyArgs = { input: "", period: "", receipt: null, lang: null, help: false };
  const { help, positional } = scanArgs(argv, { valued: OPTIONS }, (name, typed) => {
    const value = typed.trim();
    if (name === "--period") args.period = value;
    else if (name === "--lang") {
      if (!/^(zh-CN|en-US)$/i.test(value)) throw new UsageError("cli.err.badLang", { value });
      args.lang = resolveLocale(value);
    } else {
      const receipt = normalizeReceipt(value);
      if (receipt === null) throw new UsageError("verify.err.badReceipt", { value });
      args.receipt = receipt;
    }
  });
  args.help = help;
  if (args.help) return args;
  if (positional.length > 1) throw new UsageError("cli.err.unknownOption", { option: positional[1] });
  if (positional.length === 0) throw new UsageError("verify.err.noInput");
  if (args.period === "") throw new UsageError("verify.err.noPeriod");
  args.input = positional[0];
  return args;
}

/** What {@link verifyWorkbook} found: the lines to print and whether anything is wrong. */
export interface VerifyReport {
  lines: string[];
  problems: number;
  receipt: string | null;
}

function chainLines(
  chain: AuditChainCheck,
  tr: (key: MessageKey, params?: MessageParams) => string,
): string[] {
  if (chain.state === "intact") {
    const lines = [tr("verify.chain.intact", { count: chain.chained })];
    if (chain.legacy > 0) lines.push(tr("verify.chain.legacy", { count: chain.legacy }));
    return lines;
  }
  if (chain.state === "unchained") return chain.legacy > 0 ? [tr("verify.chain.none")] : [];
  return [
    tr("verify.chain.broken"),
    ...chain.problems.map(
      (p) =>
        `  ${tr(p.kind === "edited" ? "close.chain.edited" : p.kind === "link" ? "close.chain.link" : "close.chain.unchained", { row: p.row })}`,
    ),
  ];
}

/**
 * Checks one period of a workbook's rows (no I/O): every payout's lock, the audit chain, the receipt.
 * @param tables - the workbook's rows.
 * @param period - the period text.
 * @param file - the file name, for the title.
 * @param locale - the language of the lines.
 * @param given - the receipt the approver kept, or null.
 * @returns the lines, the number of problems and the period's receipt.
 * @throws KpiError when the period cannot be read.
 */
export async function verifyWorkbook(
  tables: CloseTables,
  period: string,
  file: string,
  locale: Locale,
  given: string | null,
): Promise<VerifyReport> {
  const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  const fiscal = readSettings(tables.Settings).settings.fiscalYearStart;
  const p = parsePeriod(period, fiscal).text;
  const inPeriod = (text: string | null) => {
    try {
      return text !== null && parsePeriod(text, fiscal).text === p;
    } catch {
      // A Period cell that is not a period belongs to none.
      return false;
    }
  };
  const [checks, chain, receipt] = await Promise.all([
    verifyLocks(tables),
    verifyAuditChain(tables.Audit),
    periodReceipt(tables.Payouts, p, fiscal),
  ]);
  const names = new Map(tables.Managers.map((m) => [m.ManagerID, m.Name]));
  const lines = [tr("verify.title", { file, period: p })];
  let problems = 0;
  const payouts = tables.Payouts.filter((r) => inPeriod(r.Period));
  const ids = [
    ...new Set([
      ...payouts.map((r) => r.PayoutID),
      ...checks.filter((c) => inPeriod(c.period)).map((c) => c.payoutId),
    ]),
  ];
  if (ids.length === 0) lines.push(tr("verify.noPayouts", { period: p }));
  for (const id of ids) {
    const row = payouts.find((r) => r.PayoutID === id);
    const check = checks.find((c) => c.payoutId === id);
    const managerId = row?.ManagerID ?? check?.managerId ?? "";
    const base = { id, name: names.get(managerId) ?? managerId };
    const date = (n: number | null | undefined) =>
      n === null || n === undefined ? tr("close.blank") : formatDate(n);
    if (!check) {
      lines.push(tr("verify.line.notLocked", { ...base, status: enumLabel(row?.Status ?? "draft", locale) }));
      continue;
    }
    if (check.state === "unchanged") {
      lines.push(tr("verify.line.unchanged", { ...base, date: date(check.lockedOn) }));
      continue;
    }
    problems++;
    if (check.state === "changed") {
      lines.push(
        tr("verify.line.changed", { ...base, date: date(check.lockedOn), count: check.changes.length }),
      );
      for (const change of check.changes) lines.push(`    ${changeText(change, (k, v) => tr(k, v), locale)}`);
    } else if (check.state === "damaged") lines.push(tr("verify.line.damaged", base));
    else lines.push(tr("verify.line.unlockedOutside", base));
  }
  lines.push("");
  lines.push(...chainLines(chain, tr));
  if (chain.state === "broken") problems++;
  lines.push(
    receipt ? tr("verify.receipt", { period: p, receipt }) : tr("verify.receipt.none", { period: p }),
  );
  if (given !== null) {
    if (given === receipt) lines.push(tr("verify.receipt.match"));
    else {
      problems++;
      lines.push(tr("verify.receipt.mismatch", { given, receipt: receipt ?? tr("close.blank"), period: p }));
    }
  }
  lines.push(problems === 0 ? tr("verify.ok") : tr("verify.problems", { count: problems }));
  return { lines, problems, receipt };
}

/**
 * Runs the verify command.
 * @param argv - the arguments after the script name.
 * @param io - output streams and, for tests, the message language before the workbook's is known.
 * @returns the exit code: 0 everything checks, 1 something is wrong or the file cannot be read, 2 bad usage.
 * @example await runVerifyCli(["assets/sample-team.xlsx", "--period", "2026-Q1"], io)
 */
export function runVerifyCli(argv: readonly string[], io: CliIo): Promise<number> {
  return runOnWorkbook(argv, parseVerifyArgs, "verify.usage", io, async (args, input, speaking) => {
    const port = await XlsxWorkbook.load(input);
    const tables = (await port.readTables(CLOSE_TABLES)) as unknown as CloseTables;
    speaking.locale = args.lang ?? readSettings(tables.Settings).settings.language;
    const report = await verifyWorkbook(
      tables,
      args.period,
      path.basename(input),
      speaking.locale,
      args.receipt,
    );
    for (const line of report.lines) io.out(line);
    return report.problems === 0 ? 0 : 1;
  });
}

if (require.main === module) runAsMain(runVerifyCli);
