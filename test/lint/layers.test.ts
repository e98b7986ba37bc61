/**
 * The layer boundaries of eslint.config.mjs (docs/architecture.md): small in-memory files, linted as if they sat
 * at a path in the tree, must fail exactly where a boundary is crossed — and pass where the layering allows.
 * ESLint runs in a child Node process (its flat config is an ES module, which Jest's CommonJS runtime cannot load).
 */
import { execFile } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

/** The rules that carry the boundaries. */
const BOUNDARY_RULES = new Set([
  "no-restricted-imports",
  "@typescript-eslint/no-restricted-imports",
  "no-restricted-globals",
]);

/** One in-memory file: where it pretends to live, and its text. */
interface Case {
  name: string;
  filePath: string;
  code: string;
}

/**
 * A file that imports `what` from `from` and re-exports it (so nothing is unused).
 * @param name - the case's name.
 * @param filePath - where the file pretends to live.
 * @param from - the import specifier.
 * @param what - the imported name; `type Name` for a type-only import.
 */
function importing(name: string, filePath: string, from: string, what: string): Case {
  const [kind, id] = what.startsWith("type ") ? ["type ", what.slice(5)] : ["", what];
  return { name, filePath, code: `import ${kind}{ ${id} } from "${from}";\nexport ${kind}{ ${id} };\n` };
}

const CORE = "src/core/__layer.ts";
const MODEL = "src/model/__layer.ts";
const DOMAIN = "src/domain/goals/__layer.ts";
const SCREEN = "src/taskpane/screens/goals/__layer.tsx";
const REPORT = "src/report/__layer.ts";

const CASES: Case[] = [
  // core and model: pure.
  importing("core imports React", CORE, "react", "useState"),
  importing("model imports the domain", MODEL, "../domain/input", "idOf"),
  importing("model imports the team book", MODEL, "../book", "Book"),
  // domain: no React, Fluent, Office, adapters or surfaces; workbook types only.
  importing("domain imports React", DOMAIN, "react", "useState"),
  importing("domain imports Fluent", DOMAIN, "@fluentui/react-components", "Button"),
  importing(
    "domain imports the memory adapter (even as a type)",
    DOMAIN,
    "../../workbook/memory",
    "type MemoryWorkbook",
  ),
  importing("domain imports the Office adapter", DOMAIN, "../../workbook/office", "OfficeWorkbook"),
  importing("domain imports a workbook value", DOMAIN, "../../workbook/setup", "setUpWorkbook"),
  {
    name: "domain uses the Office global",
    filePath: "src/domain/__layer.ts",
    code: `export const host = Office.context.host;\n`,
  },
  importing("domain imports a screen", DOMAIN, "../../taskpane/screens/people/peopleView", "PEOPLE_TABLES"),
  importing("domain imports the report", DOMAIN, "../../report/plan", "planReport"),
  // task pane: no adapter outside its composition roots, never src/report.
  importing("a screen imports the Office adapter", SCREEN, "../../../workbook/office", "OfficeWorkbook"),
  importing("a screen imports the xlsx adapter", SCREEN, "../../../workbook/xlsx", "XlsxWorkbook"),
  importing("a screen imports the report", SCREEN, "../../../report/plan", "planReport"),
  importing(
    "the preview root imports the report",
    "src/taskpane/preview.tsx",
    "../report/plan",
    "planReport",
  ),
  // report: never the pane.
  importing("the report imports the pane", REPORT, "../taskpane/shell/localToday", "localToday"),
];

/** What the layering allows: these must lint without a boundary error. */
const ALLOWED: Case[] = [
  {
    name: "domain on core, model, i18n, format, another domain module and the port's type",
    filePath: DOMAIN,
    code: [
      `import { serialFromYMD } from "../../core";`,
      `import { readSettings } from "../../model";`,
      `import { t } from "../../i18n";`,
      `import { formatDate } from "../../format";`,
      `import { nextIds } from "../fields";`,
      `import type { WorkbookPort } from "../../workbook/port";`,
      `export type Port = WorkbookPort;`,
      `export { serialFromYMD, readSettings, t, formatDate, nextIds };`,
      ``,
    ].join("\n"),
  },
  importing(
    "the pane's Office composition root picks the Office adapter",
    "src/taskpane/mount.tsx",
    "../workbook/office",
    "OfficeWorkbook",
  ),
  importing(
    "the pane's preview root picks the memory adapter",
    "src/taskpane/preview.tsx",
    "../workbook/memory",
    "MemoryWorkbook",
  ),
  importing("a screen on the domain", SCREEN, "../../../domain/fields", "nextIds"),
  importing("a screen on format", SCREEN, "../../../format", "formatDate"),
  importing("the report on the domain", REPORT, "../domain/goals/scoring", "scoreGoals"),
];

/** ESLint's boundary findings per case, in order. */
type Findings = { ruleId: string | null; message: string }[][];

/** Lints every case in one child process (ESLint's start-up is the slow part). */
function lintAll(cases: readonly Case[]): Promise<Findings> {
  const script = `
    import { ESLint } from "eslint";
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
      out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--input-type=module", "-e", script, JSON.stringify(cases)],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`ESLint failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as Findings);
      },
    );
  });
}

let findings: Findings;

beforeAll(async () => {
  findings = await lintAll([...CASES, ...ALLOWED]);
}, 180_000);

describe("layer boundaries fail where crossed", () => {
  it.each(CASES.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
    const boundary = findings[i].filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
    expect(boundary).toHaveLength(1);
  });
});

describe("the layering allows", () => {
  it.each(ALLOWED.map((c, i) => [c.name, CASES.length + i] as const))("%s", (_name, i) => {
    // Any finding at all (a boundary or a parse error) would be a false alarm for code the layers allow.
    expect(findings[i]).toEqual([]);
  });
});
