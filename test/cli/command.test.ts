/** The command-line walk every CLI shares: options before or after files, `--opt value` and `--opt=value`. */
import { scanArgs, UsageError, type ArgSpec } from "../../src/cli/command";

const SPEC: ArgSpec = { valued: ["--period", "--lang"], flags: ["--dry-run"] };

function scan(argv: string[], spec: ArgSpec = SPEC) {
  const seen: string[] = [];
  const result = scanArgs(
    argv,
    spec,
    (name, value) => seen.push(`${name}=${value}`),
    (name) => seen.push(name),
  );
  return { ...result, seen };
}

function usage(argv: string[], spec: ArgSpec = SPEC): UsageError {
  try {
    scan(argv, spec);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
}

describe("scanArgs", () => {
  it.each([
    [["in.xlsx", "--period", "2026-Q2"], ["--period=2026-Q2"], ["in.xlsx"]],
    [["--period=2026-Q2", "in.xlsx", "--dry-run"], ["--period=2026-Q2", "--dry-run"], ["in.xlsx"]],
    [["--lang", " en-US ", "a", "b"], ["--lang= en-US "], ["a", "b"]],
  ])("%j hands on %j and keeps files %j", (argv, seen, positional) => {
    const result = scan(argv);
    expect(result.seen).toEqual(seen);
    expect(result.positional).toEqual(positional);
    expect(result.help).toBe(false);
  });

  it("notes -h and --help", () => {
    expect(scan(["-h"]).help).toBe(true);
    expect(scan(["x", "--help"]).help).toBe(true);
  });

  it.each([
    [["--colour", "red"], "cli.err.unknownOption", { option: "--colour" }],
    [["--colour=red"], "cli.err.unknownOption", { option: "--colour=red" }],
    [["--period"], "cli.err.missingValue", { option: "--period" }],
    [["--period", "--lang", "en-US"], "cli.err.missingValue", { option: "--period" }],
    [["--period="], "cli.err.missingValue", { option: "--period" }],
    [["--period", "  "], "cli.err.missingValue", { option: "--period" }],
  ])("%j is refused with %s", (argv, key, params) => {
    const error = usage(argv);
    expect(error.key).toBe(key);
    expect(error.params).toEqual(params);
  });

  it("uses the command's own messages when it names them", () => {
    const spec = {
      ...SPEC,
      unknown: "import.err.usage.unknownOption",
      missing: "import.err.usage.noValue",
    } as const;
    expect(usage(["--x"], spec).key).toBe("import.err.usage.unknownOption");
    expect(usage(["--period"], spec).key).toBe("import.err.usage.noValue");
  });
});
