/** Two projects: pure/Node suites, and the task pane in jsdom. */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
];
module.exports = {
  // testTimeout is a global option: Jest ignores it inside `projects`. A hang guard on a loaded 2-core machine.
  testTimeout: 30000,
  projects: [
    {
      displayName: "node",
      testTimeout: 30000,
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/taskpane/", "/test/e2e/"],
      // Every string in both languages, as the CLIs have them (the browser fetches one language on demand).
      setupFiles: ["<rootDir>/src/i18n/all.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      // numfmt 4.0.1's package.json points `require` at dist/index.cjs, which it ships as dist/index.js.
      moduleNameMapper: { "^numfmt$": "<rootDir>/node_modules/numfmt/dist/index.js" },
    },
    {
      displayName: "taskpane",
      // Fluent UI renders slowly in jsdom on a loaded 2-core machine; this is a hang guard, not a speed test.
      testTimeout: 30000,
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test/taskpane"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      setupFiles: ["<rootDir>/src/i18n/all.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
