/**
 * The worked examples of docs/functions.md and docs/functions.zh-CN.md, pasted into a formula engine: every
 * "`=KPI.X(…)` → value" with a single-value result must compute that value, so the docs cannot drift from the
 * functions.
 */
import fs from "fs";
import path from "path";
import { createEngine } from "./hyperformula";
import { withDisplayLanguage } from "./helpers";

const EXAMPLE = /`(=KPI\.([A-Z]+)\([^`]*\))` → ([^·;；，。（(:\n]+)/g;
/** Functions whose examples spill several cells; their tables are checked in functions.test.ts. */
const SPILLING = new Set(["EXPLAIN", "DISTRIBUTE", "DISTCHECK", "DRAWS", "CALIBRATE"]);

function examples(file: string): { formula: string; expected: string }[] {
  const text = fs.readFileSync(path.resolve(__dirname, "../../docs", file), "utf8");
  return (
    [...text.matchAll(EXAMPLE)]
      .filter((m) => !SPILLING.has(m[2]))
      // HyperFormula has TRUE() and FALSE() but not the bare constants Excel accepts.
      .map((m) => ({
        formula: m[1].replace(/\b(TRUE|FALSE)\b(?!\()/g, "$1()"),
        expected: m[3]
          .trim()
          .replace(/^−/, "-")
          .replace(/[.。]$/, ""),
      }))
  );
}

describe.each([
  ["functions.md", "en-US"],
  ["functions.zh-CN.md", "zh-CN"],
])("worked examples in docs/%s", (file, displayLanguage) => {
  const list = examples(file);

  it("has an example for every single-value function", () => {
    expect(new Set(list.map((e) => e.formula.match(/KPI\.([A-Z]+)/)?.[1])).size).toBe(15);
  });

  it("computes what the docs say", () => {
    // Labels a function writes follow Excel's display language: the Chinese docs show Chinese labels.
    const values = withDisplayLanguage(displayLanguage, () => {
      const hf = createEngine({ S: list.map((e) => [e.formula]) });
      const all = list.map((_, row) => hf.getCellValue({ sheet: 0, row, col: 0 }));
      hf.destroy();
      return all;
    });
    const failures: string[] = [];
    list.forEach((e, row) => {
      const got = values[row];
      const truncated = e.expected.endsWith("…");
      const text = truncated ? e.expected.slice(0, -1) : e.expected;
      const n = Number(text);
      let ok: boolean;
      if (Number.isFinite(n)) {
        const decimals = (text.split(".")[1] ?? "").length;
        ok =
          typeof got === "number" &&
          Math.abs(got - n) <= (truncated ? 10 ** -decimals : 1e-9 * Math.max(1, Math.abs(n)));
      } else {
        ok = got === text || (text === "FALSE" && got === false) || (text === "TRUE" && got === true);
      }
      if (!ok) failures.push(`${e.formula} → ${JSON.stringify(got)}, docs say ${e.expected}`);
    });
    expect(failures).toEqual([]);
  });
});
