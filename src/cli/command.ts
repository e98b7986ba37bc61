/**
 * What every KPI Desk command line shares: output streams, the message language before a workbook's is known,
 * usage errors (exit 2, with the usage text), `--help`, and running as the process's main module.
 */
// Every catalogue in both languages: a command line speaks whichever --lang asks for.
import "../i18n/all";
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
