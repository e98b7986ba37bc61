/**
 * The `KPI.` custom functions inside a real formula engine: HyperFormula (test-only dependency, GPLv3 licence
 * key) with one FunctionPlugin registering every function of src/functions/functions.ts under its Excel name
 * (`KPI.TIERED`, …). Parameters and optionality come from the same JSDoc metadata Excel reads, so the engine
 * sees exactly the catalogue Excel sees. Reusable by other suites: `createEngine({ Sheet1: [[...]] })`.
 *
 * How Excel's calling convention is reproduced: every argument arrives as a 2-D array (`[[v]]` for a single
 * value), blank cells as `""`, an omitted optional argument as `null`, and error cells as `{ code, message }`.
 * Results are matrices; HyperFormula needs the spill size before evaluating, so each function declares it from
 * the shapes of its arguments (an upper bound for EXPLAIN and DISTCHECK, whose extra rows are blank).
 */
import fs from "fs";
import path from "path";
import { parseTree } from "custom-functions-metadata";
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type Sheets,
} from "hyperformula";
import * as functions from "../../src/functions/functions";
import { CellErrorValue, isErrorValue } from "../../src/functions/errors";

/** The namespace Excel puts in front of every id (manifest `<Namespace>`). */
export const NAMESPACE = "KPI";

type CustomFunction = (...args: unknown[]) => unknown[][];
type Ast = { args: Ast[] };
type State = unknown;

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

/** Parameters that are tables or fixed-size settings: they never set the size of an element-wise result. */
const TABLE_PARAMS = new Set([
  "tiers",
  "curve",
  "bands",
  "guide",
  "labels",
  "performanceCuts",
  "potentialCuts",
]);

/** One function as the engine registers it. */
interface Registered {
  id: string;
  javascriptName: string;
  parameters: { name: string; optional: boolean }[];
}

/** Reads the catalogue from the JSDoc metadata of functions.ts (the same source Excel's functions.json has). */
function catalogue(): Registered[] {
  const parsed = parseTree(fs.readFileSync(SOURCE, "utf8"), SOURCE);
  return parsed.functions.map((f, i) => ({
    id: f.id,
    javascriptName: parsed.associate[i].functionName,
    parameters: f.parameters.map((p) => ({ name: p.name, optional: p.optional === true })),
  }));
}

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};
const ERROR_CODES: Partial<Record<ErrorType, string>> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
};

/** An engine value as Excel would hand it to a custom function. */
function toExcelCell(v: unknown): unknown {
  if (v === EmptyValue || v === undefined || v === null) return "";
  if (v instanceof CellError)
    return new CellErrorValue((ERROR_CODES[v.type] ?? "#VALUE!") as "#VALUE!", v.message);
  if (typeof v === "object" && typeof (v as { val?: unknown }).val === "number")
    return (v as { val: number }).val;
  return v;
}

/** An engine argument as Excel would pass it: always 2-D; omitted → null. */
function toExcelArg(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(toExcelCell));
  return [[toExcelCell(v)]];
}

/** A result cell as the engine stores it. */
function toEngineCell(v: unknown): unknown {
  if (isErrorValue(v)) return new CellError(ERROR_TYPES[v.code] ?? ErrorType.ERROR, v.message);
  return v;
}

/** The size HyperFormula reserves for a function's result, from the shapes of its arguments. */
function predictSize(id: string, params: Registered["parameters"], sizes: ArraySize[]): ArraySize {
  const size = (i: number) => sizes[i] ?? ArraySize.scalar();
  switch (id) {
    case "EXPLAIN":
      return new ArraySize(6, size(1).height + 3);
    case "DISTCHECK":
      return new ArraySize(6, size(1).height + 2);
    case "DISTRIBUTE":
    case "CALIBRATE":
      return new ArraySize(size(0).width, size(0).height);
    case "DRAWS": {
      const earned = size(0);
      return earned.height === 1 && earned.width > 1
        ? new ArraySize(earned.width, 2)
        : new ArraySize(2, earned.height);
    }
    case "WEIGHTED": {
      const scores = size(0);
      return scores.width > 1 && scores.height > 1 ? new ArraySize(1, scores.height) : ArraySize.scalar();
    }
    case "ENPS":
    case "FAVORABLE":
      return ArraySize.scalar();
    default: {
      let width = 1;
      let height = 1;
      params.forEach((p, i) => {
        if (TABLE_PARAMS.has(p.name) || sizes[i] === undefined) return;
        width = Math.max(width, sizes[i].width);
        height = Math.max(height, sizes[i].height);
      });
      return new ArraySize(width, height);
    }
  }
}

/** Pads a result with blanks to the reserved size (EXPLAIN and DISTCHECK may use fewer rows than reserved). */
function fit(result: unknown[][], size: ArraySize): unknown[][] {
  const out: unknown[][] = [];
  for (let i = 0; i < size.height; i++) {
    const row: unknown[] = [];
    for (let j = 0; j < size.width; j++) row.push(toEngineCell(result[i]?.[j] ?? ""));
    out.push(row);
  }
  return out;
}

let registered: { plugin: typeof FunctionPlugin; ids: string[] } | null = null;

/**
 * Registers the KPI plugin once per process (HyperFormula's registry is global).
 * @returns the registered function names, e.g. "KPI.TIERED".
 */
export function registerKpiFunctions(): string[] {
  if (registered !== null) return registered.ids;
  const entries = catalogue();
  class KpiPlugin extends FunctionPlugin {}
  const implemented: Record<string, object> = {};
  const names: Record<string, string> = {};
  const proto = KpiPlugin.prototype as unknown as Record<string, unknown>;
  for (const entry of entries) {
    const fullName = `${NAMESPACE}.${entry.id}`;
    const fn = (functions as unknown as Record<string, CustomFunction>)[entry.javascriptName];
    const metadata = {
      method: `kpi_${entry.id}`,
      sizeOfResultArrayMethod: `kpi_${entry.id}_size`,
      vectorizationForbidden: true,
      parameters: entry.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: p.optional,
      })),
    };
    implemented[fullName] = metadata;
    names[fullName] = fullName;
    proto[`kpi_${entry.id}_size`] = function (
      this: FunctionPlugin & { sizeOf(a: Ast, s: State): ArraySize },
      ast: Ast,
      state: State,
    ) {
      return predictSize(
        entry.id,
        entry.parameters,
        ast.args.map((a) => this.sizeOf(a, state)),
      );
    };
    proto[`kpi_${entry.id}`] = function (
      this: FunctionPlugin & {
        run(args: Ast[], s: State, m: object, f: (...a: unknown[]) => unknown): unknown;
        sizeOf(a: Ast, s: State): ArraySize;
      },
      ast: Ast,
      state: State,
    ) {
      const size = predictSize(
        entry.id,
        entry.parameters,
        ast.args.map((a) => this.sizeOf(a, state)),
      );
      return this.run(ast.args, state, metadata, (...args: unknown[]) => {
        const padded = entry.parameters.map((_, i) => toExcelArg(args[i]));
        const result = fit(fn(...padded), size);
        if (size.isScalar()) return result[0][0];
        return SimpleRangeValue.onlyValues(result as never);
      });
    };
  }
  // Expose the protected helpers to the generated methods under plain names.
  proto.sizeOf = function (this: { arraySizeForAst(a: Ast, s: State): ArraySize }, a: Ast, s: State) {
    return this.arraySizeForAst(a, s);
  };
  proto.run = function (
    this: { runFunction(args: Ast[], s: State, m: object, f: (...a: unknown[]) => unknown): unknown },
    args: Ast[],
    s: State,
    m: object,
    f: (...a: unknown[]) => unknown,
  ) {
    return this.runFunction(args, s, m, f);
  };
  (KpiPlugin as unknown as { implementedFunctions: object }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(KpiPlugin as never, { enGB: names } as never);
  registered = { plugin: KpiPlugin, ids: Object.keys(names) };
  return registered.ids;
}

/**
 * Builds an engine with the KPI functions registered.
 * @param sheets - sheet name → rows of raw cell contents (numbers, text, formulas such as "=KPI.TIERED(A2,$E$2:$F$5)").
 * @returns the HyperFormula instance (call `destroy()` when done).
 * @example createEngine({ S: [[80, 100, "=KPI.ATTAINMENT(A1,B1)"]] }).getCellValue({ sheet: 0, row: 0, col: 2 }) // 0.8
 */
export function createEngine(sheets: Sheets): HyperFormula {
  registerKpiFunctions();
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
}
