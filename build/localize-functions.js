// Localized custom-function metadata: functions.zh-CN.json from the English functions.json and ONE translation
// table (src/functions/translations.zh-CN.json). Ids, parameter order, types, dimensionality and optionality
// are copied from the English metadata, so the two files can only differ in the text a user reads: function and
// parameter descriptions, and parameter names. A function or parameter without a translation, or a translation
// for something that no longer exists, fails the build: a half-translated formula tooltip never ships.
//
// Webpack: `new LocalizedFunctionsPlugin({ output: "functions.zh-CN.json" })` after the
// CustomFunctionsMetadataPlugin; it reads the emitted English asset (option `source`, default functions.json).
// When that asset is missing (the English plugin failed or is configured elsewhere) it generates the English
// metadata itself from `input` (the functions file) with custom-functions-metadata.

/* eslint-disable */
const fs = require("fs");
const path = require("path");

const PLUGIN = "LocalizedFunctionsPlugin";
const DEFAULT_TRANSLATIONS = path.resolve(__dirname, "../src/functions/translations.zh-CN.json");

/**
 * Applies a translation table to English metadata.
 * @param {{ functions: Array<{ id: string, description?: string, parameters: Array<{ name: string, description?: string }> }> }} metadata
 *   the English functions.json content.
 * @param {Record<string, { description: string, parameters: Record<string, { name: string, description: string }> }>} table
 *   id → translated description and, per English parameter name, its translated name and description.
 * @returns {{ metadata: object, errors: string[] }} the localized metadata (a deep copy) and every problem found.
 */
function localizeMetadata(metadata, table) {
  const errors = [];
  const copy = JSON.parse(JSON.stringify(metadata));
  const seen = new Set();
  for (const fn of copy.functions) {
    seen.add(fn.id);
    const entry = table[fn.id];
    if (!entry) {
      errors.push(`${fn.id}: no translation`);
      continue;
    }
    if (typeof entry.description !== "string" || entry.description.trim() === "") {
      errors.push(`${fn.id}: no translated description`);
    } else {
      fn.description = entry.description;
    }
    const params = entry.parameters || {};
    const known = new Set();
    for (const p of fn.parameters) {
      known.add(p.name);
      const tp = params[p.name];
      if (!tp || typeof tp.name !== "string" || tp.name.trim() === "") {
        errors.push(`${fn.id}.${p.name}: no translated name`);
      }
      if (!tp || typeof tp.description !== "string" || tp.description.trim() === "") {
        errors.push(`${fn.id}.${p.name}: no translated description`);
      }
      if (tp) {
        if (tp.name) p.name = tp.name;
        if (tp.description) p.description = tp.description;
      }
    }
    for (const name of Object.keys(params)) {
      if (!known.has(name))
        errors.push(`${fn.id}.${name}: translated, but the function has no such parameter`);
    }
  }
  for (const id of Object.keys(table)) {
    if (!seen.has(id)) errors.push(`${id}: translated, but there is no such function`);
  }
  return { metadata: copy, errors };
}

/**
 * Reads the translation table.
 * @param {string} file - path of the JSON table.
 * @returns {object} the table.
 */
function readTranslations(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** Webpack plugin emitting the localized metadata next to functions.json. */
class LocalizedFunctionsPlugin {
  /**
   * @param {{ output?: string, source?: string, translations?: string, input?: string }} [options]
   *   output: asset to emit (default functions.zh-CN.json); source: the English asset (default functions.json);
   *   translations: the table (default src/functions/translations.zh-CN.json); input: the functions file, used
   *   only when the English asset is absent.
   */
  constructor(options = {}) {
    this.output = options.output || "functions.zh-CN.json";
    this.source = options.source || "functions.json";
    this.translations = path.resolve(options.translations || DEFAULT_TRANSLATIONS);
    this.input = options.input ? path.resolve(options.input) : null;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          compilation.fileDependencies.add(this.translations);
          try {
            const english = await this.english(compilation);
            if (english === null) return; // the English plugin already reported why there is no metadata
            const { metadata, errors } = localizeMetadata(english, readTranslations(this.translations));
            if (errors.length > 0) {
              for (const e of errors) compilation.errors.push(new WebpackError(`${PLUGIN}: ${e}`));
              return;
            }
            compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 4)));
          } catch (error) {
            compilation.errors.push(
              new WebpackError(`${PLUGIN}: ${error && error.message ? error.message : error}`),
            );
          }
        },
      );
    });
  }

  /** The English metadata: the emitted asset, or generated from `input`; null when neither is available. */
  async english(compilation) {
    const asset = compilation.getAsset(this.source);
    if (asset) return JSON.parse(asset.source.source().toString());
    if (this.input === null) return null;
    const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
    const result = await generateCustomFunctionsMetadata(this.input, false);
    if (result.errors.length > 0) throw new Error(result.errors.join("; "));
    return JSON.parse(result.metadataJson);
  }
}

module.exports = LocalizedFunctionsPlugin;
module.exports.LocalizedFunctionsPlugin = LocalizedFunctionsPlugin;
module.exports.localizeMetadata = localizeMetadata;
module.exports.readTranslations = readTranslations;
