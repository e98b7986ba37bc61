/**
 * The metadata Excel reads: functions.json generated from the JSDoc of src/functions/functions.ts (as
 * custom-functions-metadata-plugin does at build time) and its Chinese twin from build/localize-functions.js.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import { generateCustomFunctionsMetadata, type ICustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import translations from "../../src/functions/translations.zh-CN.json";

// The plugin is CommonJS build tooling, loaded as webpack.config.js loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const localize = require("../../build/localize-functions.js") as {
  LocalizedFunctionsPlugin: new (options?: object) => webpack.WebpackPluginInstance;
  localizeMetadata(metadata: object, table: object): { metadata: ICustomFunctionsMetadata; errors: string[] };
};

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

/** functions.md's catalogue: id → parameters, optional ones marked with "?". */
const SPEC: Record<string, string[]> = {
  ATTAINMENT: ["actual", "target", "direction?"],
  SCORE: ["actual", "target", "direction?", "threshold?", "cap?", "fullScore?"],
  STEPSCORE: [
    "actual",
    "target",
    "step",
    "pointsAbove",
    "pointsBelow?",
    "minPoints?",
    "maxPoints?",
    "direction?",
    "rounding?",
  ],
  BANDSCORE: ["actual", "target", "band", "fullScore?", "direction?"],
  CURVE: ["x", "curve", "mode?", "below?"],
  TIERED: ["amount", "tiers", "method?", "quota?", "prior?"],
  EXPLAIN: ["amount", "tiers", "method?", "quota?", "prior?"],
  NEXTTIER: ["amount", "tiers", "quota?"],
  WEIGHTED: ["scores", "weights", "normalize?"],
  BONUS: ["targetBonus", "attainment", "curve", "gate?", "multiplier?", "proration?", "cap?"],
  PRORATE: ["value", "start", "end", "periodStart", "periodEnd", "basis?"],
  RATING: ["score", "bands"],
  DISTRIBUTE: ["scores", "guide"],
  DISTCHECK: ["ratings", "guide", "tolerance?"],
  NINEBOX: ["performance", "potential", "performanceCuts", "potentialCuts?"],
  ENPS: ["scores", "minResponses?", "detractorMax?"],
  FAVORABLE: ["responses", "scaleMax?", "minResponses?"],
  PACE: ["actual", "target", "elapsed", "total", "tolerance?", "labels?"],
  CALIBRATE: ["scores", "raters", "method?"],
  DRAWS: ["earned", "guarantee", "type?"],
};

let english: ICustomFunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson) as ICustomFunctionsMetadata;
}, 30000);

const signature = (m: ICustomFunctionsMetadata) =>
  Object.fromEntries(
    m.functions.map((f) => [f.id, f.parameters.map((p) => p.name + (p.optional ? "?" : ""))]),
  );

describe("functions.json", () => {
  it("lists exactly the spec's 20 functions with their parameters and optional ones", () => {
    expect(signature(english)).toEqual(SPEC);
  });

  it("names each function after its JavaScript export, upper-cased (ids never change)", () => {
    const exported = Object.keys(functions).map((name) => name.toUpperCase());
    expect(exported.sort()).toEqual(Object.keys(SPEC).sort());
    for (const f of english.functions) expect(f.name).toBe(f.id);
  });

  it("declares every parameter and every result as a matrix of any, so ranges and spills work", () => {
    for (const f of english.functions) {
      expect([f.id, f.result]).toEqual([f.id, { dimensionality: "matrix" }]);
      for (const p of f.parameters)
        expect([f.id, p.name, p.type, p.dimensionality]).toEqual([f.id, p.name, "any", "matrix"]);
    }
  });

  it("is synchronous and non-volatile (rule 7), with one-line descriptions everywhere", () => {
    for (const f of english.functions) {
      expect([f.id, f.options]).toEqual([f.id, undefined]);
      for (const text of [f.description, ...f.parameters.map((p) => p.description)]) {
        expect([f.id, typeof text === "string" && text.length > 10 && !text.includes("\n")]).toEqual([
          f.id,
          true,
        ]);
      }
    }
  });
});

describe("functions.zh-CN.json", () => {
  const cjk = /[\u4e00-\u9fff]/;

  it("matches the English metadata in ids, parameter count, order, types and optionality", () => {
    const { metadata: zh, errors } = localize.localizeMetadata(english, translations);
    expect(errors).toEqual([]);
    expect(zh.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    zh.functions.forEach((f, i) => {
      const en = english.functions[i];
      expect(f.name).toBe(en.name);
      expect(f.result).toEqual(en.result);
      expect(
        f.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional })),
      ).toEqual(
        en.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional })),
      );
    });
  });

  it("translates every description and parameter name", () => {
    const { metadata: zh } = localize.localizeMetadata(english, translations);
    for (const f of zh.functions) {
      expect([f.id, cjk.test(f.description ?? "")]).toEqual([f.id, true]);
      for (const p of f.parameters) {
        expect([f.id, p.name, cjk.test(p.name), cjk.test(p.description ?? "")]).toEqual([
          f.id,
          p.name,
          true,
          true,
        ]);
      }
    }
  });

  it.each([
    ["a missing function", (t: Record<string, unknown>) => delete t.TIERED, "TIERED: no translation"],
    [
      "a missing parameter",
      (t: Record<string, { parameters: Record<string, unknown> }>) => delete t.TIERED.parameters.prior,
      "TIERED.prior: no translated name",
    ],
    [
      "a stale parameter",
      (t: Record<string, { parameters: Record<string, unknown> }>) =>
        (t.TIERED.parameters.rate = { name: "率", description: "率" }),
      "TIERED.rate: translated, but the function has no such parameter",
    ],
    [
      "a stale function",
      (t: Record<string, unknown>) => (t.GONE = { description: "无", parameters: {} }),
      "GONE: translated, but there is no such function",
    ],
  ])("reports %s", (_, mutate, message) => {
    const table = JSON.parse(JSON.stringify(translations));
    mutate(table);
    expect(localize.localizeMetadata(english, table).errors).toContain(message);
  });

  it("is emitted by the webpack plugin next to functions.json", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-localize-"));
    fs.writeFileSync(path.join(dir, "entry.js"), "module.exports = 1;\n");
    const metadataJson = JSON.stringify(english);
    // Stands in for custom-functions-metadata-plugin: functions.json is an asset before processAssets runs.
    const englishPlugin = {
      apply(compiler: webpack.Compiler) {
        compiler.hooks.compilation.tap("English", (compilation) => {
          compilation.assets["functions.json"] = new compiler.webpack.sources.RawSource(metadataJson);
        });
      },
    };
    const compiler = webpack({
      mode: "development",
      devtool: false,
      context: dir,
      entry: "./entry.js",
      output: { path: path.join(dir, "dist") },
      plugins: [englishPlugin, new localize.LocalizedFunctionsPlugin({ output: "functions.zh-CN.json" })],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
    );
    await new Promise((resolve) => compiler.close(resolve));
    expect(stats.compilation.errors).toEqual([]);
    const zh = JSON.parse(fs.readFileSync(path.join(dir, "dist", "functions.zh-CN.json"), "utf8"));
    expect(zh.functions.map((f: { id: string }) => f.id)).toEqual(Object.keys(SPEC));
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30000);
});

describe("the Chinese parameter names on the shared runtime page", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build tooling, as webpack loads it
  const namesOnly = require("../../build/param-names-loader.js") as (source: string) => string;
  const source = fs.readFileSync(
    path.resolve(__dirname, "../../src/functions/translations.zh-CN.json"),
    "utf8",
  );

  it("keeps every parameter's name the functions' messages use, and none of the descriptions", () => {
    const pruned = JSON.parse(namesOnly(source)) as Record<string, { parameters: Record<string, object> }>;
    const full = translations as Record<string, { parameters?: Record<string, { name: string }> }>;
    const expected = Object.fromEntries(
      Object.entries(full)
        .filter(([, entry]) => entry.parameters)
        .map(([fn, entry]) => [
          fn,
          {
            parameters: Object.fromEntries(
              Object.entries(entry.parameters ?? {}).map(([p, { name }]) => [p, { name }]),
            ),
          },
        ]),
    );
    expect(pruned).toEqual(expected);
    expect(Object.keys(pruned)).toEqual(Object.keys(SPEC));
    expect(namesOnly(source).length).toBeLessThan(source.length / 3);
  });
});
