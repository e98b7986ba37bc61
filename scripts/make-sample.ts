/**
 * Writes sample workbooks with the xlsx adapter, each set up exactly as *Set up workbook* with the sample team does.
 *
 * - `npm run sample` (no options): the shipped samples, assets/sample-team.xlsx (English) and
 *   assets/sample-team.zh-CN.xlsx (Chinese), 12 people each — with 2026-Q1, the closed quarter, closed as a
 *   supervisor would on the Close period screen: the approver's name saved, the payouts drafted, approved and
 *   locked on 2026-04-10, so `npm run verify -- assets/sample-team.xlsx --period 2026-Q1` and the statements show a
 *   lock receipt from the first run.
 * - `npm run sample -- --managers 2000 --out big.xlsx [--lang zh-CN|en-US] [--seed 1]`: one workbook of that many
 *   account managers (teams of four, with their CRM history), for trying the report and the bench at scale.
 *
 * Deterministic: the same options write the same rows.
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import "../src/i18n/all";
import { serialFromYMD } from "../src/core";
import { t, type Locale } from "../src/i18n";
import { saveApprover } from "../src/workbook/audit";
import { approve, draftPayouts, lock } from "../src/workbook/periodClose";
import { describeSetUp, setUpWorkbook } from "../src/workbook/setup";
import { XlsxWorkbook } from "../src/workbook/xlsx";

const SHIPPED: [Locale, string, string][] = [
  ["en-US", "sample-team.xlsx", "Alex Morgan"],
  ["zh-CN", "sample-team.zh-CN.xlsx", "王主管"],
];

/** The day the shipped samples' 2026-Q1 was approved and locked. */
const CLOSED_ON = serialFromYMD(2026, 4, 10);

const USAGE =
  "usage: npm run sample -- [--managers N --out file.xlsx [--lang zh-CN|en-US] [--seed N]]\n" +
  "  without options: rewrites assets/sample-team.xlsx and assets/sample-team.zh-CN.xlsx (12 people each)";

/** Parsed command line. */
interface SampleArgs {
  managers: number | null;
  out: string | null;
  lang: Locale;
  seed: number | undefined;
}

/** Parses `--name value` / `--name=value` options; throws a message naming the bad option or value. */
function parseArgs(argv: readonly string[]): SampleArgs {
  const args: SampleArgs = { managers: null, out: null, lang: "zh-CN", seed: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === "") throw new Error(`${name} needs a value`);
    const count = (min: number, max: number): number => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min || n > max)
        throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
      return n;
    };
    switch (name) {
      case "--managers":
        args.managers = count(1, 100_000);
        break;
      case "--out":
        args.out = value;
        break;
      case "--lang":
        if (value !== "zh-CN" && value !== "en-US")
          throw new Error(`--lang must be zh-CN or en-US, not "${value}"`);
        args.lang = value;
        break;
      case "--seed":
        args.seed = count(0, 2 ** 31);
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if ((args.managers === null) !== (args.out === null)) throw new Error("--managers and --out go together");
  return args;
}

/** Sets up one workbook with the sample and saves it; prints what it wrote and how long it took. */
async function write(
  path: string,
  locale: Locale,
  managers?: number,
  seed?: number,
  approver?: string,
): Promise<void> {
  const start = performance.now();
  const port = XlsxWorkbook.create({ locale });
  // Fixed document dates: the sample is the same whenever it is rebuilt (its "today" is 2026-05-15 too).
  port.workbook.creator = "KPI Desk";
  port.workbook.created = port.workbook.modified = new Date(Date.UTC(2026, 4, 15));
  const result = await setUpWorkbook(port, { locale, withSample: true, sample: { managers, seed } });
  let closed = "";
  if (approver) {
    await saveApprover(port, approver);
    const ids = (await draftPayouts(port, "2026-Q1")).rows.map((r) => r.PayoutID);
    const actor = { date: CLOSED_ON, by: approver };
    await approve(port, ids, actor);
    const { receipts } = await lock(port, ids, actor);
    closed = `; 2026-Q1: ${ids.length} payouts locked by ${approver}, receipt ${receipts["2026-Q1"]}`;
  }
  // The input tables' print set-up a report gives them (A4, one page wide, header row on every page, the sheet's
  // own page numbers): they print sanely before any report, and the first report finds them as it leaves them, so
  // it copies their sheets into its file still packed rather than unpacking and packing them again.
  await port.printTables(t(locale, "report.print.page"));
  mkdirSync(dirname(path), { recursive: true });
  await port.save(path);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`${path}: ${describeSetUp(result, locale)} (${seconds} s)${closed}`);
}

async function main(): Promise<void> {
  let args: SampleArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  if (args.out !== null && args.managers !== null) {
    await write(resolve(args.out), args.lang, args.managers, args.seed);
    return;
  }
  const dir = join(__dirname, "..", "assets");
  for (const [locale, file, approver] of SHIPPED)
    await write(join(dir, file), locale, undefined, undefined, approver);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
