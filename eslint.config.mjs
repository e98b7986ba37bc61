// ESLint flat config: TypeScript, the Office add-in rules, and the layering rules of product.md.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeImports = [
  { name: "react", message: "src/core and src/model are pure: no React." },
  { name: "react-dom", message: "src/core and src/model are pure: no React." },
  { name: "exceljs", message: "src/core and src/model are pure: no I/O." },
  { name: "fs", message: "src/core and src/model are pure: no I/O." },
];
const domGlobals = ["window", "document", "Office", "Excel", "CustomFunctions", "navigator", "localStorage"].map(
  (name) => ({ name, message: "src/core and src/model are pure: no DOM or Office globals." }),
);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "playwright-report/**", "**/*.js", "**/*.mjs"] },
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
            { group: ["**/workbook/**", "**/taskpane/**", "**/functions/**", "**/report/**", "**/commands/**", "**/cli/**", "@fluentui/*"], message: "core and model sit at the bottom: nothing above them may be imported." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...domGlobals],
    },
  },
  {
    files: ["src/cli/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
);
