// ESLint flat config: TypeScript, the Office add-in rules, and the layering rules of product.md and
// docs/architecture.md. The layers, bottom up: core + model (pure) → domain (+ format, i18n) → book → report /
// task pane / functions / ribbon / CLI, with the workbook adapters (src/workbook/{office,xlsx,memory}) chosen only
// at the edges. test/lint/layers.test.ts lints small in-memory files to prove each boundary below fails.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeImports = [
  { name: "react", message: "src/core and src/model are pure: no React." },
  { name: "react-dom", message: "src/core and src/model are pure: no React." },
  { name: "exceljs", message: "src/core and src/model are pure: no I/O." },
  { name: "fs", message: "src/core and src/model are pure: no I/O." },
];
const domGlobals = [
  "window",
  "document",
  "Office",
  "Excel",
  "CustomFunctions",
  "navigator",
  "localStorage",
].map((name) => ({ name, message: "src/core and src/model are pure: no DOM or Office globals." }));

/** The workbook adapters: only a composition root picks one. */
const ADAPTERS = [
  "**/workbook/office",
  "**/workbook/office/**",
  "**/workbook/xlsx",
  "**/workbook/xlsx/**",
  "**/workbook/memory",
  "**/workbook/memory/**",
];
/** The surfaces above the domain. */
const SURFACES = ["taskpane", "report", "functions", "commands", "cli", "book"].flatMap((dir) => [
  `**/${dir}`,
  `**/${dir}/**`,
]);
/**
 * The files of src/taskpane that pick a workbook adapter, the pane's composition roots: mount.tsx puts the pane on
 * Office.js (OfficeWorkbook) inside Excel; preview.tsx is the separate `preview` webpack entry that puts the same App
 * on the in-memory workbook in a plain browser (demonstrations, e2e, the pane bench) and is never in Excel's bundle.
 */
const PANE_ROOTS = ["src/taskpane/mount.tsx", "src/taskpane/preview.tsx"];

/**
 * The task pane's import boundary for some files.
 * @param files - globs.
 * @param ignores - globs left out.
 * @param rules - which boundaries apply: no adapter, no src/report.
 */
function paneRule(files, ignores, { adapters, report }) {
  const patterns = [];
  if (adapters) {
    patterns.push({
      group: ADAPTERS,
      message: `src/taskpane never imports a workbook adapter; only ${PANE_ROOTS.join(" and ")} pick one.`,
    });
  }
  if (report) {
    patterns.push({
      group: ["**/report/**"],
      message: "src/taskpane never imports src/report: use src/domain, src/book or src/format.",
    });
  }
  return { files, ignores, rules: { "no-restricted-imports": ["error", { patterns }] } };
}

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: ["src/core/**/*.ts", "src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: officeImports,
          patterns: [
            {
              group: ["**/workbook/**", "**/domain/**", ...SURFACES, "@fluentui/*"],
              message: "core and model sit at the bottom: nothing above them may be imported.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...domGlobals],
    },
  },
  {
    // The domain layer: pure TypeScript on rows and the WorkbookPort *type*. It may import core, model, i18n,
    // format and other domain modules; never React, Fluent, Office.js, I/O, an adapter or a surface above it.
    files: ["src/domain/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            ...["react", "react-dom", "exceljs", "fs", "papaparse", "jszip"].map((name) => ({
              name,
              message: "src/domain is pure: no React and no I/O (the surfaces and adapters do that).",
            })),
          ],
          patterns: [
            { group: ["@fluentui/*", "@fluentui/**"], message: "src/domain is pure: no UI." },
            {
              group: ADAPTERS,
              message: "src/domain never imports a workbook adapter: take a WorkbookPort or rows.",
            },
            {
              group: ["**/workbook/*", ...ADAPTERS.map((a) => `!${a}`)],
              allowTypeImports: true,
              message: "src/domain may use the workbook's types (WorkbookPort) only: `import type`.",
            },
            {
              group: SURFACES,
              message:
                "src/domain sits below the pane, the report, the book and the CLIs: it may not import them.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...domGlobals.map((g) => ({ ...g, message: "src/domain is pure: no DOM or Office globals." })),
      ],
    },
  },
  // The task pane is React over domain and book: it never picks an adapter (except its composition roots) and
  // never imports the period report's sections.
  paneRule(["src/taskpane/**/*.{ts,tsx}"], PANE_ROOTS, {
    adapters: true,
    report: true,
  }),
  paneRule(PANE_ROOTS, [], { adapters: false, report: true }),
  {
    // The period report reads the domain (and book); the pane sits beside it, never below.
    files: ["src/report/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/taskpane/**"], message: "src/report never imports src/taskpane." }] },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
);
