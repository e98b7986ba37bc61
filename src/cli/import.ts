/**
 * The headless import: `npm run import -- <file> --into <book.xlsx> [--source <name>] [--dry-run] [--out <file>]
 * [--map <map.json>] [--team <Team>] [--lang zh-CN|en-US] [--by <name>]`.
 *
 * Reads the export (CSV in UTF-8, UTF-8 with BOM or GB18030, or XLSX), recognises it, prints the preview, and —
 * unless `--dry-run` — applies it all or nothing and saves the workbook to a NEW file (`<book>-imported.xlsx`
 * next to it, or `--out`): the input workbook is changed only when `--out` names it, because ExcelJS drops what it
 * does not model when it re-saves a user's file. A `--map` is saved in the workbook's Settings and offered next
 * time. Exit codes: 0 done, 1 the import could not be made or saved, 2 bad usage.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { KpiError } from "../core/errors";
import { resolveLocale, t, type Locale, type MessageKey, type MessageParams } from "../i18n";
import {
  applyImport,
  changeText,
  countsOf,
  mapsOfSettings,
  parseImportMap,
  planImport,
  readImportBook,
  readImportFile,
  type ImportMap,
  type ImportPreview,
} from "../import";
import { formatDate } from "../format";
import { localToday } from "../core";
import { XlsxWorkbook } from "../workbook/xlsx";
import { parseCommand, runAsMain, scanArgs, UsageError, type CliIo } from "./command";

/** Parsed command line. */
export interface ImportArgs {
  file: string;
  into: string;
  source: string | null;
  dryRun: boolean;
  out: string | null;
  map: string | null;
  team: string | null;
  lang: Locale | null;
  by: string | null;
  help: boolean;
}

const VALUED = ["--into", "--source", "--out", "--map", "--team", "--lang", "--by"] as const;

/**
 * Parses the command line (`--opt value` or `--opt=value`, options before or after the file).
 * @param argv - the arguments after the script name.
 * @returns the arguments.
 * @throws UsageError for an unknown option, a missing value, a bad language, no file or no `--into`.
 * @example parseImportArgs(["deals.csv", "--into", "team.xlsx", "--dry-run"]).dryRun // true
 */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const args: ImportArgs = {
    file: "",
    into: "",
    source: null,
    dryRun: false,
    out: null,
    map: null,
    team: null,
    lang: null,
    by: null,
    help: false,
  };
  const spec = {
    valued: VALUED,
    flags: ["--dry-run"],
    unknown: "import.err.usage.unknownOption",
    missing: "import.err.usage.noValue",
  } as const;
  const onValue = (name: string, typed: string) => {
    const value = typed.trim();
    if (name === "--into") args.into = value;
    else if (name === "--source") args.source = value;
    else if (name === "--out") args.out = value;
    else if (name === "--map") args.map = value;
    else if (name === "--team") args.team = value;
    else if (name === "--by") args.by = value;
    else if (name === "--lang") {
      if (!/^(zh-CN|en-US)$/i.test(value)) throw new UsageError("import.err.usage.badLang");
      args.lang = resolveLocale(value);
    }
  };
  const { help, positional } = scanArgs(argv, spec, onValue, () => {
    args.dryRun = true;
  });
  args.help = help;
  if (args.help) return args;
  if (positional.length > 1)
    throw new UsageError("import.err.usage.unknownOption", { option: positional[1] });
  if (positional.length === 0) throw new UsageError("import.err.usage.noInput");
  if (args.into === "") throw new UsageError("import.err.usage.noInto");
  args.file = positional[0];
  return args;
}

/**
 * The preview as printed lines, in one language.
 * @param preview - the preview.
 * @param locale - the language.
 * @returns the lines.
 */
export function previewLines(preview: ImportPreview, locale: Locale): string[] {
  const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  const c = countsOf(preview);
  const lines = [tr("import.summary", { file: preview.fileName, profile: preview.profile, ...c })];
  for (const a of preview.add)
    if (preview.kind === "crm") lines.push(`  + ${tr("import.line", { line: a.line })} ${a.label}`);
  for (const r of preview.rounds) {
    lines.push(
      `  + ${tr("import.round", { date: formatDate(r.date), team: r.team, question: r.question, added: r.added, present: r.present })}`,
    );
  }
  for (const u of preview.update) {
    const changes = u.changes.map((ch) => changeText(preview.table, ch, locale)).join("; ");
    lines.push(`  ~ ${tr("import.line", { line: u.line })} ${u.label}: ${changes}`);
  }
  for (const s of preview.skipped) {
    const where = s.line > 0 ? `${tr("import.line", { line: s.line })} ` : "";
    lines.push(`  − ${where}${s.label ? `${s.label}: ` : ""}${tr(s.key, s.params)}`);
  }
  if (preview.unknownOwners.length > 0)
    lines.push(tr("import.unknownOwners", { owners: preview.unknownOwners.join(", ") }));
  if (preview.unmappedStages.length > 0)
    lines.push(tr("import.unmappedStages", { stages: preview.unmappedStages.join(", ") }));
  if (preview.ignoredQuestions.length > 0) {
    lines.push(tr("import.ignoredQuestions", { questions: preview.ignoredQuestions.join(" / ") }));
  }
  if (preview.missing.length > 0) {
    lines.push(tr("import.missing", { ids: preview.missing.map((m) => `${m.id} (${m.label})`).join(", ") }));
  }
  return lines;
}

/**
 * @param into - the workbook imported into.
 * @returns `<book>-imported.xlsx` next to it.
 */
export function defaultImportOutput(into: string): string {
  const ext = path.extname(into);
  return path.join(path.dirname(into), `${path.basename(into, ext)}-imported.xlsx`);
}

/**
 * Runs the import command.
 * @param argv - the arguments after the script name.
 * @param io - output streams, today and the message language (tests pin them).
 * @returns the exit code.
 */
export async function runImportCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(argv, parseImportArgs, "import.usage", io);
  if (typeof parsed === "number") return parsed;
  const { args, locale } = parsed;
  const file = path.resolve(args.file);
  const into = path.resolve(args.into);
  for (const f of [file, into, ...(args.map ? [path.resolve(args.map)] : [])]) {
    if (!existsSync(f)) {
      io.err(t(locale, "import.err.fileMissing", { file: f }));
      return 1;
    }
  }
  try {
    let given: ImportMap | null = null;
    if (args.map) {
      const mapFile = path.resolve(args.map);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(mapFile, "utf8"));
      } catch (error) {
        io.err(
          t(locale, "import.err.mapFile", {
            file: mapFile,
            detail: error instanceof Error ? error.message : "",
          }),
        );
        return 1;
      }
      given = parseImportMap(json, path.basename(mapFile));
    }
    const port = await XlsxWorkbook.load(into, args.lang ? { locale: args.lang } : {});
    const { book, settings } = await readImportBook(port);
    const saved = mapsOfSettings(settings);
    const maps = [...(given ? [given] : []), ...saved.maps.filter((m) => m.name !== given?.name)];
    const table = await readImportFile(path.basename(file), new Uint8Array(readFileSync(file)));
    const preview = planImport(table, book, {
      source: args.source ?? given?.name,
      maps,
      team: args.team ?? undefined,
    });
    for (const line of previewLines(preview, locale)) io.out(line);
    if (args.dryRun) {
      io.out(t(locale, "import.dryRun"));
      return 0;
    }
    const c = countsOf(preview);
    if (c.add === 0 && c.update === 0 && !given) {
      io.out(t(locale, "import.nothing"));
      return 0;
    }
    // The rows, the map (saved in Settings) and the Audit line: one all-or-nothing write.
    const result = await applyImport(
      port,
      preview,
      { date: io.today ?? localToday(), by: args.by },
      given ? { map: given } : {},
    );
    const out = path.resolve(args.out ?? defaultImportOutput(into));
    await port.save(out);
    io.out(t(locale, "import.applied", { added: result.added, updated: result.updated }));
    io.out(t(locale, "import.saved", { out }));
    return 0;
  } catch (error) {
    if (!(error instanceof KpiError)) throw error;
    io.err(error.localized(locale));
    return 1;
  }
}

if (require.main === module) runAsMain(runImportCli);
