/**
 * What every KPI Desk command line shares: output streams, the message language before a workbook's is known,
 * usage errors (exit 2, with the usage text), `--help`, and running as the process's main module.
 */
// Every catalogue in both languages: a command line speaks whichever --lang asks for.
import "../i18n/all";
import { existsSync } from "node:fs";
import path from "node:path";
import { KpiError } from "../core/errors";
import { resolveLocale, t, type Locale, type MessageKey, type MessageParams } from "../i18n";

/** Output streams and, for tests, today and the message language. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Today as an Excel serial; default: the local calendar day. */
  today?: number;
  /** Language of messages before `--lang` is known; default: from the LANG environment variable. */
  locale?: Locale;
}

/** A usage problem: the message, then the usage text, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(String(key));
  }
}

/** The options every command takes. */
export interface CommonArgs {
  lang: Locale | null;
  help: boolean;
}

/** The options a command takes, and the messages of its usage errors. */
export interface ArgSpec {
  /** Options that take a value (`--opt value` or `--opt=value`). */
  valued: readonly string[];
  /** Options that stand alone (besides `-h` / `--help`). */
  flags?: readonly string[];
  /** Message of an unknown option (`{option}`: the argument as typed); default `cli.err.unknownOption`. */
  unknown?: MessageKey;
  /** Message of an option without a value (`{option}`: its name); default `cli.err.missingValue`. */
  missing?: MessageKey;
}

/** What {@link scanArgs} found besides the options it handed on. */
export interface ScannedArgs {
  help: boolean;
  /** The arguments that are not options (files), in order. */
  positional: string[];
}

/**
 * Walks a command line: options may come before or after the files; a valued option's value follows it or comes
 * after `=`, and may not be blank or look like an option. Each option is handed on in order, so a command checks
 * its values (a language, a date) where they stand.
 * @param argv - the arguments after the script name.
 * @param spec - the options and the usage messages.
 * @param onValue - called with each valued option's name and value (as typed).
 * @param onFlag - called with each stand-alone option's name.
 * @returns `--help` seen, and the positional arguments.
 * @throws UsageError for an unknown option or a missing value (and whatever the callbacks throw).
 * @example scanArgs(["in.xlsx", "--period=2026-Q2"], { valued: ["--period"] }, (name, value) => …).positional
 *   // ["in.xlsx"]
 */
export function scanArgs(
  argv: readonly string[],
  spec: ArgSpec,
  onValue: (name: string, value: string) => void,
  onFlag: (name: string) => void = () => {},
): ScannedArgs {
  const unknown = spec.unknown ?? "cli.err.unknownOption";
  const missing = spec.missing ?? "cli.err.missingValue";
  const result: ScannedArgs = { help: false, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") result.help = true;
    else if (spec.flags?.includes(arg)) onFlag(arg);
    else if (!arg.startsWith("--")) result.positional.push(arg);
    else {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!spec.valued.includes(name)) throw new UsageError(unknown, { option: arg });
      let value: string | undefined = arg.slice(eq + 1);
      if (eq < 0) {
        value = argv[++i];
        if (value === undefined || value.startsWith("--")) throw new UsageError(missing, { option: name });
      }
      if (value.trim() === "") throw new UsageError(missing, { option: name });
      onValue(name, value);
    }
  }
  return result;
}

/**
 * Parses a command's arguments and settles the message language. Bad usage prints why and the usage text
 * (exit 2); `--help` prints the usage text (exit 0).
 * @param argv - the arguments after the script name.
 * @param parse - the command's parser; throws `UsageError`.
 * @param usage - the command's usage text.
 * @param io - output streams and the language before `--lang` is known.
 * @returns the arguments and the language, or the exit code when the command is done already.
 */
export function parseCommand<A extends CommonArgs>(
  argv: readonly string[],
  parse: (argv: readonly string[]) => A,
  usage: MessageKey,
  io: CliIo,
): { args: A; locale: Locale } | number {
  let locale: Locale = io.locale ?? resolveLocale((process.env.LANG ?? "").replace(/_/g, "-"));
  let args: A;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(t(locale, error.key, error.params));
    io.err(t(locale, usage));
    return 2;
  }
  if (args.lang) locale = args.lang;
  if (args.help) {
    io.out(t(locale, usage));
    return 0;
  }
  return { args, locale };
}

/**
 * The workbook a command reads, as an absolute path; a missing file is told (the command then exits 1).
 * @param file - the path as given on the command line.
 * @param locale - the message language.
 * @param io - where the message goes.
 * @returns the absolute path, or `null` when there is no such file.
 */
export function inputWorkbook(file: string, locale: Locale, io: CliIo): string | null {
  const input = path.resolve(file);
  if (existsSync(input)) return input;
  io.err(t(locale, "cli.err.notFound", { file: input }));
  return null;
}

/** The language a command speaks; a command that reads a workbook's own language sets it. */
export interface Speaking {
  locale: Locale;
}

/**
 * Runs a command that reads one workbook (`args.input`): parses the arguments, tells a missing file (exit 1), then
 * runs `work`; a product error it throws is printed in the language it last set (exit 1).
 * @param argv - the arguments after the script name.
 * @param parse - the command's parser; throws `UsageError`.
 * @param usage - the command's usage text.
 * @param io - output streams and the language before `--lang` is known.
 * @param work - the command, given its arguments, the workbook's absolute path and the language it speaks.
 * @returns the exit code.
 */
export async function runOnWorkbook<A extends CommonArgs & { input: string }>(
  argv: readonly string[],
  parse: (argv: readonly string[]) => A,
  usage: MessageKey,
  io: CliIo,
  work: (args: A, input: string, speaking: Speaking) => Promise<number>,
): Promise<number> {
  const parsed = parseCommand(argv, parse, usage, io);
  if (typeof parsed === "number") return parsed;
  const speaking: Speaking = { locale: parsed.locale };
  const input = inputWorkbook(parsed.args.input, speaking.locale, io);
  if (input === null) return 1;
  try {
    return await work(parsed.args, input, speaking);
  } catch (error) {
    if (!(error instanceof KpiError)) throw error;
    io.err(error.localized(speaking.locale));
    return 1;
  }
}

/**
 * Runs a command as the process's main module: its promise sets the exit code; an unexpected failure prints its
 * stack and exits 1.
 * @param run - the command.
 */
export function runAsMain(run: (argv: readonly string[], io: CliIo) => Promise<number>): void {
  run(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
