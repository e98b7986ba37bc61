/** Two projects: pure/Node suites, and the task pane in jsdom. */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
];
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/taskpane/", "/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test/taskpane"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
