// The Chinese parameter names the KPI. functions put in their error messages (src/functions/args.ts reads
// `translations.zh-CN.json`'s `<FN>.parameters.<param>.name`), without the descriptions the rest of that table holds
// for build/localize-functions.js: the shared runtime page parses only what a cell's message can use. Node (tests,
// HyperFormula, CLIs) imports the whole file; the names are the same.

/* eslint-disable */
/**
 * @param {string} source - translations.zh-CN.json.
 * @returns {string} the same JSON with only each function's parameter names.
 */
module.exports = function paramNamesLoader(source) {
  const table = JSON.parse(source);
  const names = {};
  for (const [fn, entry] of Object.entries(table)) {
    if (!entry || !entry.parameters) continue;
    names[fn] = { parameters: {} };
    for (const [param, text] of Object.entries(entry.parameters))
      names[fn].parameters[param] = { name: text.name };
  }
  return JSON.stringify(names);
};
