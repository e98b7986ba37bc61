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

const CASES: Case[] = [
  // core and model: pure.
  {
    name: "core imports React",
    filePath: "src/core/__layer.ts",
    code: `import React from "react";\nexport { React };\n`,
  },
  {
    name: "model imports the domain",
    filePath: "src/model/__layer.ts",
    code: `import { idOf } from "../domain/input";\nexport { idOf };\n`,
  },
  {
    name: "model imports the team book",
    filePath: "src/model/__layer.ts",
    code: `import * as book from "../book";\nexport { book };\n`,
  },
  // domain: no React, Fluent, Office, adapters or surfaces; workbook types only.
  {
    name: "domain imports React",
    filePath: "src/domain/goals/__layer.ts",
    code: `import { useState } from "react";\nexport { useState };\n`,
  },
  {
    name: "domain imports Fluent",
    filePath: "src/domain/goals/__layer.ts",
    code: `import { Button } from "@fluentui/react-components";\nexport { Button };\n`,
  },
  {
    name: "domain imports the memory adapter (even as a type)",
    filePath: "src/domain/goals/__layer.ts",
    code: `import type { MemoryWorkbook } from "../../workbook/memory";\nexport type { MemoryWorkbook };\n`,
  },
  {
    name: "domain imports the Office adapter",
    filePath: "src/domain/goals/__layer.ts",
    code: `import { OfficeWorkbook } from "../../workbook/office";\nexport { OfficeWorkbook };\n`,
  },
  {
    name: "domain imports a workbook value",
    filePath: "src/domain/goals/__layer.ts",
    code: `import { setUpWorkbook } from "../../workbook/setup";\nexport { setUpWorkbook };\n`,
  },
  {
    name: "domain uses the Office global",
    filePath: "src/domain/__layer.ts",
    code: `export const host = Office.context.host;\n`,
  },
  {
    name: "domain imports a screen",
    filePath: "src/domain/people/__layer.ts",
    code: `import { PEOPLE_TABLES } from "../../taskpane/screens/people/peopleView";\nexport { PEOPLE_TABLES };\n`,
  },
  {
    name: "domain imports the report",
    filePath: "src/domain/reviews/__layer.ts",
    code: `import { buildReport } from "../../report/model";\nexport { buildReport };\n`,
  },
  // task pane: no adapter outside its composition roots, never src/report.
  {
    name: "a screen imports the Office adapter",
    filePath: "src/taskpane/screens/goals/__layer.tsx",
    code: `import { OfficeWorkbook } from "../../../workbook/office";\nexport { OfficeWorkbook };\n`,
  },
  {
    name: "a screen imports the xlsx adapter",
    filePath: "src/taskpane/screens/goals/__layer.tsx",
    code: `import { XlsxWorkbook } from "../../../workbook/xlsx";\nexport { XlsxWorkbook };\n`,
  },
  {
    name: "a screen imports the report",
    filePath: "src/taskpane/screens/goals/__layer.tsx",
    code: `import { buildReport } from "../../../report/model";\nexport { buildReport };\n`,
  },
  {
    name: "the preview root imports the report",
    filePath: "src/taskpane/preview.tsx",
    code: `import { buildReport } from "../report/model";\nexport { buildReport };\n`,
  },
  // report: never the pane.
  {
    name: "the report imports the pane",
    filePath: "src/report/__layer.ts",
    code: `import { localToday } from "../taskpane/shell/localToday";\nexport { localToday };\n`,
  },
];

/** What the layering allows: these must lint without a boundary error. */
const ALLOWED: Case[] = [
  {
    name: "domain on core, model, i18n, format, another domain module and the port's type",
    filePath: "src/domain/goals/__layer.ts",
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
  {
    name: "the pane's Office composition root picks the Office adapter",
    filePath: "src/taskpane/mount.tsx",
    code: `import { OfficeWorkbook } from "../workbook/office";\nexport { OfficeWorkbook };\n`,
  },
  {
    name: "the pane's preview root picks the memory adapter",
    filePath: "src/taskpane/preview.tsx",
    code: `import { MemoryWorkbook } from "../workbook/memory";\nexport { MemoryWorkbook };\n`,
  },
  {
    name: "a screen on the domain and format",
    filePath: "src/taskpane/screens/goals/__layer.tsx",
    code: `import { nextIds } from "../../../domain/fields";\nimport { formatDate } from "../../../format";\nexport { nextIds, formatDate };\n`,
  },
  {
    name: "the report on the domain",
    filePath: "src/report/__layer.ts",
    code: `import { scoreGoals } from "../domain/goals/scoring";\nexport { scoreGoals };\n`,
  },
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
