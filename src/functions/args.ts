/**
 * The one coercion layer between Excel's arguments and the pure core: ranges, broadcasting, blanks, option
 * words, table arguments, booleans and error values inside ranges (rules 2–6 of functions.md).
 *
 * Excel passes every argument declared `any[][]` as a 2-D array (a single cell or literal as `[[v]]`), blank
 * cells as `""` (or `null`, or `0` on some clients), an omitted optional argument as `null`, and an error in a
 * range as a `CustomFunctions.Error`. Helpers here turn that into plain numbers, strings and booleans, or throw a
 * `KpiError` (`#VALUE!` naming the argument and the row/column as the user sees them) or an `ErrorSignal`.
 */
import { KpiError, type KpiErrorKind } from "../core/errors";
import type { Cell, CellForm } from "../core/numeric";
import { t, type Locale, type MessageKey, type MessageParams } from "../i18n";
import { ErrorSignal, isErrorValue, makeError, propagate, toErrorValue, type ErrorValue } from "./errors";
import { displayLocale } from "./locale";
import zhMetadata from "./translations.zh-CN.json";

/** What Excel hands over for an `any[][]` parameter. */
export type Grid = readonly (readonly unknown[])[];
/** A cell of a result: numbers, text, booleans or an error value (blank is `""`). */
export type Out = number | string | boolean | ErrorValue;
/** A result: always a matrix; 1×1 shows as a single value. */
export type Result = Out[][];

/** The state of one call: which function (for localized argument names) and the user's language. */
export interface CallContext {
  readonly fn: string;
  readonly locale: Locale;
}

/** Marks a blank element; distinct from every value a coercer may return. */
export const BLANK: unique symbol = Symbol("blank");
/** The type of `BLANK`. */
export type Blank = typeof BLANK;

/** Turns one raw cell into a typed value, `BLANK`, or throws `BadValue`. */
export type Coercer<T> = (value: unknown) => T | Blank;

/** A coercion failure before it knows where it happened (the caller adds argument, row and column). */
export class BadValue extends Error {
  /**
   * @param kind - Excel error kind.
   * @param key - message key; the message receives `{where}` and `{got}`.
   * @param got - the offending value.
   * @param params - extra placeholders.
   */
  constructor(
    readonly kind: KpiErrorKind,
    readonly key: MessageKey,
    readonly got: unknown,
    readonly params: MessageParams = {},
  ) {
    super(String(key));
    this.name = "BadValue";
  }
}

type ParamNames = Record<string, { name?: string }>;
const zhParams = zhMetadata as unknown as Record<string, { parameters?: ParamNames }>;

/**
 * Runs one custom function call: builds the context, runs the body, and maps anything thrown to an error value;
 * then makes the result safe for Excel (no `NaN`/`Infinity`, no `null`/`undefined` inside the array).
 * @param fn - the function id, e.g. "TIERED".
 * @param body - the function's work.
 * @returns the result matrix; a failure of the whole call is a 1×1 matrix holding the error.
 * @example run("ATTAINMENT", () => [[0.8]]) // [[0.8]]
 */
export function run(fn: string, body: (ctx: CallContext) => Result): Result {
  const ctx: CallContext = { fn, locale: displayLocale() };
  let result: Result;
  try {
    result = body(ctx);
  } catch (error) {
    return [[errorValueOf(ctx, error)]];
  }
  return clean.has(result) ? result : sanitize(result);
}

/** Replaces what Excel cannot show faithfully: non-finite numbers become `#NUM!`, holes become `""`. */
function sanitize(result: Result): Result {
  for (const row of result) {
    for (let j = 0; j < row.length; j++) {
      const v = row[j] as unknown;
      if (typeof v === "number") {
        if (!Number.isFinite(v)) row[j] = makeError("#NUM!");
      } else if (v === null || v === undefined) {
        row[j] = "";
      } else if (typeof v !== "string" && typeof v !== "boolean" && !isErrorValue(v)) {
        row[j] = String(v);
      }
    }
  }
  return result.length === 0 ? [[""]] : result;
}

/**
 * The error value for anything thrown during a call, with argument names as the user sees them.
 * @param ctx - the call.
 * @param error - what was thrown.
 * @returns the error value.
 */
export function errorValueOf(ctx: CallContext, error: unknown): ErrorValue {
  return toErrorValue(error, ctx.locale, (arg) => argName(ctx, arg));
}

/**
 * The name of an argument as the user sees it in Excel's tooltip: the English parameter name, or its Chinese
 * name from the localized metadata.
 * @param ctx - the call.
 * @param arg - the JavaScript parameter name.
 * @returns the display name.
 */
export function argName(ctx: CallContext, arg: string): string {
  if (ctx.locale !== "zh-CN") return arg;
  return zhParams[ctx.fn]?.parameters?.[arg]?.name ?? arg;
}

/** A 1-based position in an argument's range; 0 means "not applicable". */
interface Position {
  row: number;
  col: number;
}

/**
 * Names a place in an argument the way the user reads it: the argument alone for a single cell, "row r" in a
 * column, "column c" in a row, both in a block.
 */
function where(ctx: CallContext, arg: string, rows: number, cols: number, at: Position): string {
  const name = argName(ctx, arg);
  if (rows <= 1 && cols <= 1) return name;
  if (cols === 1) return t(ctx.locale, "fn.where.row", { arg: name, row: at.row });
  if (rows === 1) return t(ctx.locale, "fn.where.column", { arg: name, col: at.col });
  return t(ctx.locale, "fn.where.cell", { arg: name, row: at.row, col: at.col });
}

/** Shows an offending value in a message. */
function describe(ctx: CallContext, value: unknown): string {
  if (value === null || value === undefined || value === "") return t(ctx.locale, "fn.got.blank");
  if (typeof value === "string") return t(ctx.locale, "fn.got.text", { text: value });
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isErrorValue(value)) return value.code;
  return String(value);
}

/** Turns a `BadValue` into the `KpiError` with its place. */
function placed(ctx: CallContext, bad: BadValue, whereText: string): KpiError {
  return new KpiError(bad.kind, bad.key, { ...bad.params, where: whereText, got: describe(ctx, bad.got) });
}

/** The error an input error cell becomes, with its place for codes a function may not return. */
function fromInputError(ctx: CallContext, value: ErrorValue, whereText: string): ErrorValue {
  return propagate(value, () => t(ctx.locale, "fn.err.inputError", { where: whereText, code: value.code }));
}

/**
 * Normalizes what Excel (or a test) passes: a 2-D array as is, a 1-D array as one row, a scalar as 1×1.
 * @param raw - the argument.
 * @returns the grid, or null when the argument was omitted.
 */
export function toGrid(raw: unknown): Grid | null {
  if (raw === null || raw === undefined) return null;
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0) return [[""]];
  if (!Array.isArray(raw[0])) return [raw as unknown[]];
  if ((raw[0] as unknown[]).length === 0) return [[""]];
  return raw as Grid;
}

/** "3×1" for a grid. */
/**
 * Names a grid's size the way messages show it.
 * @param grid - a non-empty grid.
 * @returns e.g. "3×1".
 */
export function sizeText(grid: Grid): string {
  return `${grid.length}×${grid[0].length}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Coercers

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/** Blank test shared by every coercer: `null`, `undefined`, `""` and whitespace-only text. */
export function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === "" ||
    (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Numbers: finite numbers, and text that is a plain decimal number (numbers stored as text are common in
 * exported data; "80%" reads 0.8 as Excel's VALUE does). Booleans are refused: TRUE is never a sales figure.
 */
export const toNumber: Coercer<number> = (value) => {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new BadValue("num", "fn.err.finite", value);
  }
  if (isBlank(value)) return BLANK;
  if (typeof value === "string") {
    const text = value.trim();
    if (NUMERIC_TEXT.test(text)) {
      const n = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
      if (Number.isFinite(n)) return n;
    }
  }
  throw new BadValue("value", "fn.err.number", value);
};

/** Booleans: TRUE/FALSE, numbers (0 is FALSE) and the words "true"/"false". */
export const toBoolean: Coercer<boolean> = (value) => {
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
  if (isBlank(value)) return BLANK;
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (word === "true") return true;
    if (word === "false") return false;
  }
  throw new BadValue("value", "fn.err.boolean", value);
};

/** Numbers where a blank is not allowed (cells of a fixed-size setting such as NINEBOX's cuts). */
export const toRequiredNumber: Coercer<number> = (value) => {
  const n = toNumber(value);
  if (n === BLANK) throw new BadValue("value", "fn.err.number", value);
  return n;
};

/** Labels and names (ratings, raters): text as typed, numbers as their text. */
export const toLabel: Coercer<string> = (value) => {
  if (typeof value === "string") return value.trim() === "" ? BLANK : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (isBlank(value)) return BLANK;
  throw new BadValue("value", "fn.err.text", value);
};

/** Option words: each canonical word with its aliases (English and Chinese). */
export type OptionWords<T extends string> = Readonly<Record<T, readonly string[]>>;

/** Case, spaces, hyphens and underscores do not matter in option words ("Non-Recoverable" = "nonrecoverable"). */
function normalizeWord(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

/**
 * A coercer for option words.
 * @param words - canonical word → aliases.
 * @returns a coercer accepting any canonical word or alias, case-insensitively; blank is `BLANK` (the default). Its
 *   table of words is built on the first call, not when the functions' script loads (issue #14: the shared runtime
 *   page registers the functions before any of them runs).
 * @example option({ higher: ["up"], lower: ["down"] })("UP") // "higher"
 */
export function option<T extends string>(words: OptionWords<T>): Coercer<T> {
  let lookup: Map<string, T> | undefined;
  let list = "";
  const build = (): Map<string, T> => {
    const table = new Map<string, T>();
    const accepted: string[] = [];
    for (const canonical of Object.keys(words) as T[]) {
      for (const word of [canonical, ...words[canonical]]) {
        table.set(normalizeWord(word), canonical);
        accepted.push(word);
      }
    }
    list = accepted.join(", ");
    return table;
  };
  return (value) => {
    if (isBlank(value)) return BLANK;
    lookup ??= build();
    if (typeof value === "string") {
      const found = lookup.get(normalizeWord(value));
      if (found !== undefined) return found;
    }
    throw new BadValue("value", "fn.err.option", value, { accepted: list, word: String(value) });
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Element-wise arguments and broadcasting

/** What a blank element of an argument means. */
export type BlankRule =
  /** the element's result is blank (`""`): required value arguments */
  | "result"
  /** the core's default applies (`undefined` is passed): optional arguments */
  | "default"
  /** `null` is passed: the blank has a meaning (PRORATE's start/end) */
  | "null";

/** One argument of an element-wise function. */
export interface ElementArg<T> {
  readonly name: string;
  readonly grid: Grid | null;
  readonly coerce: Coercer<T>;
  readonly blank: BlankRule;
}

/**
 * A required value argument (blank → blank result).
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @param coerce - how to read one element.
 * @returns the argument description.
 */
export function required<T>(name: string, raw: unknown, coerce: Coercer<T>): ElementArg<T> {
  return { name, grid: toGrid(raw), coerce, blank: "result" };
}

/**
 * An optional argument (omitted or blank → `undefined`, the core's default).
 * @param name - the parameter name.
 * @param raw - what Excel passed (`null` when omitted).
 * @param coerce - how to read one element.
 * @returns the argument description.
 */
export function optional<T>(name: string, raw: unknown, coerce: Coercer<T>): ElementArg<T | undefined> {
  return { name, grid: toGrid(raw), coerce, blank: "default" };
}

/**
 * An argument whose blank means something (passed as `null`).
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @param coerce - how to read one element.
 * @returns the argument description.
 */
export function nullable<T>(name: string, raw: unknown, coerce: Coercer<T>): ElementArg<T | null> {
  return { name, grid: toGrid(raw), coerce, blank: "null" };
}

type ArgsOf<T extends unknown[]> = { readonly [K in keyof T]: ElementArg<T[K]> };

/**
 * Per-argument state during the loop. A 1×1 argument is read once (`constant`), so a shared target or option
 * costs nothing per element; a range is indexed per element, with a fast path for plain numbers.
 */
interface Prepared {
  readonly arg: ElementArg<unknown>;
  readonly grid: Grid | null;
  readonly constant: boolean;
  /** True when the coercer is `toNumber`: a finite number cell needs no call at all. */
  readonly numeric: boolean;
  /** For constants and omitted arguments: the value, `BLANK`, or the error every element gets. */
  readonly value: unknown;
}

/**
 * Reads one element of an argument.
 * @returns the typed value, `BLANK` (blank result), or an `ErrorValue` for the element.
 */
function readElement(ctx: CallContext, arg: ElementArg<unknown>, grid: Grid, i: number, j: number): unknown {
  const raw = grid[i][j];
  if (isErrorValue(raw)) {
    return fromInputError(
      ctx,
      raw,
      where(ctx, arg.name, grid.length, grid[0].length, { row: i + 1, col: j + 1 }),
    );
  }
  try {
    const v = arg.coerce(raw);
    if (v !== BLANK) return v;
  } catch (error) {
    if (!(error instanceof BadValue)) throw error;
    const place = where(ctx, arg.name, grid.length, grid[0].length, { row: i + 1, col: j + 1 });
    return errorValueOf(ctx, placed(ctx, error, place));
  }
  if (arg.blank === "result") return BLANK;
  return arg.blank === "null" ? null : undefined;
}

/**
 * Checks that argument ranges broadcast: every grid is 1×1 or has the one common shape.
 * @param ctx - the call.
 * @param args - name and grid of each argument (omitted ones are null).
 * @returns the result shape [rows, cols].
 * @throws KpiError("value") "ranges differ in size: 3×1 and 4×1 (actual, target)".
 */
export function broadcastShape(
  ctx: CallContext,
  args: readonly { name: string; grid: Grid | null }[],
): [number, number] {
  let shape: { rows: number; cols: number; name: string; grid: Grid } | null = null;
  for (const { name, grid } of args) {
    if (grid === null || (grid.length === 1 && grid[0].length === 1)) continue;
    if (shape === null) {
      shape = { rows: grid.length, cols: grid[0].length, name, grid };
    } else if (grid.length !== shape.rows || grid[0].length !== shape.cols) {
      throw shapeError(ctx, shape, { name, grid });
    }
  }
  return shape === null ? [1, 1] : [shape.rows, shape.cols];
}

/** Results already made safe element by element (`elementwise`, `safeResult`), which `run` need not scan again. */
const clean = new WeakSet<Result>();

/**
 * Marks a result whose every element went through `safe`, so `run` does not scan it again (a 100,000-row
 * result is scanned in about the time it takes to compute it).
 * @param result - the result; every element must come from `safe`.
 * @returns the same result.
 */
export function safeResult(result: Result): Result {
  clean.add(result);
  return result;
}

/**
 * Makes one computed element safe for Excel (see `sanitize`): a non-finite number becomes `#NUM!`, null or
 * undefined `""`, anything else not a cell value its text.
 * @param out - a computed value.
 * @returns the cell value.
 * @example safe(Infinity) // #NUM!
 */
export function safe(out: unknown): Out {
  if (typeof out === "number") return out - out === 0 ? out : makeError("#NUM!");
  if (typeof out === "string" || typeof out === "boolean") return out;
  if (out === null || out === undefined) return "";
  return isErrorValue(out) ? out : String(out);
}

type Drop1<T extends unknown[]> = T extends [unknown, ...infer R] ? R : never;
type Drop2<T extends unknown[]> = T extends [unknown, unknown, ...infer R] ? R : never;

/** A prepared core rule of one number, with its column form (`PreparedCurve`, `PreparedTiered`). */
export interface ColumnRule1 {
  (a: number): Out;
  column(a: ArrayLike<number>, out: Float64Array): void;
  /**
   * When given, `column` writes Infinity where the call throws this (a common outcome such as NEXTTIER's top tier,
   * answered without a throw per element).
   */
  readonly atInfinity?: unknown;
  /**
   * When given, the rule gives labels (KPI.RATING): `column` writes the index of an element's label here (NaN to
   * call the rule again), and the rule itself returns the label.
   */
  readonly labels?: readonly Out[];
  /** The rule's element form: when given, the column path reads, computes and writes each element in one pass. */
  readonly cells?: CellForm;
}

/** A prepared core rule of two numbers, with its column form (`PreparedScore`). */
export interface ColumnRule2 {
  (a: number, b: number): Out;
  column(a: ArrayLike<number>, b: ArrayLike<number>, out: Float64Array): void;
  /** As {@link ColumnRule1.labels} (KPI.PACE). */
  readonly labels?: readonly Out[];
  /** As {@link ColumnRule1.cells}. */
  readonly cells?: CellForm;
}

/**
 * The fast path of an element-wise function whose first `lead` arguments are numbers: when every other argument
 * is one value (a single cell or omitted — the usual case for options), `make` receives those values once and
 * returns the prepared core rule (`prepareTiered`, `prepareScore`, `prepareCurve`), so options are checked once
 * per call instead of once per element, and a range of plain numbers goes through the rule's `column` loop in one
 * call (a labelling rule, RATING or PACE, writes label indexes and names its `labels`). A rule without `column` is
 * called element by element. It must give exactly what `compute` gives.
 */
export type Specialized<T extends unknown[]> =
  | { readonly lead: 1; readonly make: (...rest: Drop1<T>) => ColumnRule1 | ((a: T[0]) => unknown) }
  | { readonly lead: 2; readonly make: (...rest: Drop2<T>) => ColumnRule2 | ((a: T[0], b: T[1]) => unknown) };

/**
 * `elementwise`'s rule and fast path for a rule of the leading numbers and one options value built from the other
 * arguments (`core.score(a, t, { direction, threshold, cap, fullScore })` and `core.prepareScore({ … })`): both
 * get their options from the one `options` builder, so the per-element and the fast path cannot read an argument
 * differently. Spread the result into `elementwise`'s last two arguments.
 * @param lead - how many leading numbers vary per element (1 or 2).
 * @param options - builds the rule's options from the arguments after the leading ones.
 * @param rule - the core rule: the leading numbers, then the options.
 * @param prepare - the rule's prepared form, of the options.
 * @returns `[compute, fast]`.
 */
export function withOptions<R extends unknown[], O>(
  lead: 2,
  options: (...rest: R) => O,
  rule: (a: number, b: number, options: O) => Out | null,
  prepare: (options: O) => ColumnRule2 | ((a: number, b: number) => unknown),
): [compute: (a: number, b: number, ...rest: R) => Out | null, fast: Specialized<[number, number, ...R]>];
export function withOptions<R extends unknown[], O>(
  lead: 1,
  options: (...rest: R) => O,
  rule: (a: number, options: O) => Out | null,
  prepare: (options: O) => ColumnRule1 | ((a: number) => unknown),
): [compute: (a: number, ...rest: R) => Out | null, fast: Specialized<[number, ...R]>];
export function withOptions(
  lead: 1 | 2,
  options: (...rest: unknown[]) => unknown,
  rule: (a: number, b: never, options?: never) => Out | null,
  prepare: (options: never) => unknown,
): [unknown, unknown] {
  const make = (...rest: unknown[]) => prepare(options(...rest) as never);
  const compute =
    lead === 2
      ? (a: number, b: number, ...rest: unknown[]) => rule(a, b as never, options(...rest) as never)
      : (a: number, ...rest: unknown[]) => rule(a, options(...rest) as never);
  return [compute, { lead, make }];
}

/**
 * Runs an element-wise function: broadcasts the arguments, reads each element (blank → `""` result, bad value
 * or input error → an error in that cell only) and calls `compute` for each element, mapping what it throws to
 * an error in that cell.
 * @param ctx - the call.
 * @param args - the arguments, in the order `compute` takes them.
 * @param compute - the core call for one element.
 * @param fast - optional fast path, used when only the first `fast.lead` arguments can vary per element.
 * @returns the result, in the common shape of the arguments.
 * @throws KpiError("value") when shapes differ.
 * @example elementwise(ctx, [required("x", [[1], [2]], toNumber)], (x) => x * 2) // [[2], [4]]
 */
export function elementwise<T extends unknown[]>(
  ctx: CallContext,
  args: ArgsOf<T>,
  compute: (...values: T) => Out | null,
  fast?: Specialized<T>,
): Result {
  const list = args as readonly ElementArg<unknown>[];
  const [rows, cols] = broadcastShape(ctx, list);
  const prepared: Prepared[] = list.map((arg) => prepare(ctx, arg));
  const n = prepared.length;
  const call = compute as (...v: unknown[]) => unknown;
  // Constant arguments (1×1 or omitted) are read once and keep their place in `values` for the whole loop; only
  // ranges are read per element. Elements stop at their first blank or error argument, in argument order, so a
  // blank or error constant decides every element whose earlier range arguments are fine.
  const values = new Array<unknown>(n);
  const ranges: number[] = [];
  let stop: Out | null = null;
  for (let k = 0; k < n; k++) {
    const p = prepared[k];
    if (!p.constant) {
      ranges.push(k);
      continue;
    }
    const v = p.value;
    if (v === BLANK || (typeof v === "object" && v !== null)) {
      stop = v === BLANK ? "" : (v as Out);
      break;
    }
    values[k] = v;
  }
  if (fast !== undefined && stop === null && ranges.every((k) => k < fast.lead)) {
    const make = fast.make as (...rest: unknown[]) => ColumnRule1 | ColumnRule2;
    const rule = make(...values.slice(fast.lead));
    if ("column" in rule) return columns(ctx, prepared, values, fast.lead, rule, rows, cols);
    const result: Result = new Array(rows);
    leading(
      ctx,
      prepared,
      values,
      fast.lead,
      rule as (a: unknown, b: unknown) => unknown,
      0,
      rows,
      cols,
      result,
    );
    clean.add(result);
    return result;
  }
  const m = ranges.length;
  const grids = ranges.map((k) => prepared[k].grid as Grid);
  const numeric = ranges.map((k) => prepared[k].numeric);
  const result: Result = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const line: Out[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      let early: Out | null = null;
      for (let r = 0; r < m; r++) {
        const k = ranges[r];
        const raw = grids[r][i][j];
        // The common case, a finite number where a number is expected, skips the coercer entirely.
        const v =
          numeric[r] && typeof raw === "number" && raw - raw === 0
            ? raw
            : readElement(ctx, prepared[k].arg, grids[r], i, j);
        if (v === BLANK) {
          early = "";
          break;
        }
        if (typeof v === "object" && v !== null) {
          early = v as Out; // an error value for this element
          break;
        }
        values[k] = v;
      }
      if (early === null) early = stop;
      if (early !== null) {
        line[j] = early;
        continue;
      }
      try {
        line[j] = safe(invoke(call, values, n));
      } catch (error) {
        line[j] = errorValueOf(ctx, error);
      }
    }
    result[i] = line;
  }
  clean.add(result);
  return result;
}

/**
 * `elementwise`'s fast path with a column rule, in blocks of about {@link BLOCK_CELLS} cells: a block whose leading
 * elements are all finite numbers is copied into small typed arrays, computed by the rule's `column` loop and its
 * result rows built at once; a block holding anything else (a blank, text, an error cell) is read element by element
 * as `leading` does, and the blocks after it go on in bulk. An element the column loop could not compute (NaN) is
 * computed again on its own for its value or error.
 * @returns the result.
 */
function columns(
  ctx: CallContext,
  prepared: readonly Prepared[],
  values: readonly unknown[],
  lead: 1 | 2,
  rule: ColumnRule1 | ColumnRule2,
  rows: number,
  cols: number,
): Result {
  // A rule that throws one shared error object for a common outcome (NEXTTIER's top tier) gets one error value,
  // written as the rows are built.
  const atInfinity = lead === 1 ? (rule as ColumnRule1).atInfinity : undefined;
  const infinite = atInfinity === undefined ? undefined : errorValueOf(ctx, atInfinity);
  const result: Result = new Array(rows);
  const bad: number[] = [];
  const first = prepared[0];
  const second = lead === 2 ? prepared[1] : null;
  const cells = rule.cells;
  if (
    cells !== undefined &&
    first.numeric &&
    (!first.constant || typeof values[0] === "number") &&
    (second === null || (second.numeric && (!second.constant || typeof values[1] === "number")))
  ) {
    // The element form: each element read, computed and its result row written in one pass (a row holding
    // anything but finite numbers read as `leading` reads it, then the pass goes on).
    // A constant is read as a 1×1 grid whose index mask is 0 (a range's is −1: `i & -1` is i), and a one-number
    // rule reads its grid twice (`cell` ignores y): the loop has one shape, two grids, whose elements stay
    // unboxed numbers (a choice between a constant and a grid's element inside the loop put ATTAINMENT at 1.7–2×
    // its floor instead of 1.3–1.4×). Before the masks, a constant was a grid of `rows` references to one shared
    // row: building that array (800 KB at 100,000 rows) cost about half of PRORATE's floor.
    const xs = first.constant ? [[values[0] as number]] : (first.grid as Grid);
    const mx = first.constant ? 0 : -1;
    const ys = second === null ? xs : second.constant ? [[values[1] as number]] : (second.grid as Grid);
    const my = second === null ? mx : second.constant ? 0 : -1;
    const fn = rule as (a: unknown, b: unknown) => unknown;
    for (let i = 0; i < rows; i++) {
      i = cellRows(
        xs,
        mx,
        ys,
        my,
        i,
        rows,
        cols,
        cells.cell,
        cells.p,
        cells.u,
        cells.v,
        rule.labels,
        infinite,
        result,
        bad,
      );
      if (i < rows) leading(ctx, prepared, values, lead, fn, i, i + 1, cols, result);
    }
    return again(ctx, prepared, values, lead, rule, bad, cols, result);
  }
  const per = Math.max(1, Math.floor(BLOCK_CELLS / cols));
  for (let i0 = 0; i0 < rows; i0 += per) {
    const i1 = Math.min(rows, i0 + per);
    const size = (i1 - i0) * cols;
    const a = numbersOf(prepared[0], values[0], scratch(0, size), i0, i1, cols);
    const b =
      a !== null && lead === 2 ? numbersOf(prepared[1], values[1], scratch(1, size), i0, i1, cols) : null;
    if (a === null || (lead === 2 && b === null)) {
      leading(ctx, prepared, values, lead, rule as (a: unknown, b: unknown) => unknown, i0, i1, cols, result);
      continue;
    }
    const out = scratch(2, size);
    if (b === null) (rule as ColumnRule1).column(a, out);
    else (rule as ColumnRule2).column(a, b, out);
    fillRows(out, result, i0, i1, cols, bad, infinite, rule.labels);
  }
  return again(ctx, prepared, values, lead, rule, bad, cols, result);
}

/**
 * The column path's last step: every element its loop left non-finite (`bad`, flat indexes), computed again by
 * the rule for its value or error; then the result is marked clean.
 * @returns the result.
 */
function again(
  ctx: CallContext,
  prepared: readonly Prepared[],
  values: readonly unknown[],
  lead: 1 | 2,
  rule: ColumnRule1 | ColumnRule2,
  bad: readonly number[],
  cols: number,
  result: Result,
): Result {
  clean.add(result);
  if (bad.length === 0) return result;
  const first = prepared[0];
  const second = lead === 2 ? prepared[1] : null;
  let lastThrown: unknown = undefined;
  let lastValue: Out = "";
  for (const k of bad) {
    const i = Math.floor(k / cols);
    const j = k % cols;
    const x = first.constant ? (values[0] as number) : ((first.grid as Grid)[i][j] as number);
    let value: Out;
    try {
      if (second === null) value = safe((rule as ColumnRule1)(x));
      else {
        const y = second.constant ? (values[1] as number) : ((second.grid as Grid)[i][j] as number);
        value = safe((rule as ColumnRule2)(x, y));
      }
    } catch (error) {
      // One error value per distinct thrown error (a rule may throw one shared error for many elements).
      if (error !== lastThrown) {
        lastThrown = error;
        lastValue = errorValueOf(ctx, error);
      }
      value = lastValue;
    }
    result[i][j] = value;
  }
  return result;
}

/**
 * The element form's pass over rows `from`… of a result (see {@link Cell}): each element of the leading arguments'
 * grids (`ys` is `xs` for a one-number rule; element (i, j) is read at (i & mask, j & mask), the grid's mask `mx`
 * or `my` being 0 for a constant's 1×1 grid, −1 for a range) that is a finite number is computed by `cell`, and
 * each row is written whole — a number row, or with `labels` the label the cell indexes; `infinite` where the cell
 * gave Infinity; "" with its flat index pushed onto `bad` where it gave NaN (the rule answers later). A
 * module-level loop of arrays and numbers only (see `copyNumbers`).
 * @returns the first row holding an element that is not a finite number (left for the caller), or `rows`.
 */
function cellRows(
  xs: Grid,
  mx: number,
  ys: Grid,
  my: number,
  from: number,
  rows: number,
  cols: number,
  cell: Cell,
  p: Float64Array,
  u: readonly number[],
  v: readonly number[],
  labels: readonly Out[] | undefined,
  infinite: Out | undefined,
  result: Result,
  bad: number[],
): number {
  if (cols === 1) {
    for (let i = from; i < rows; i++) {
      const x = xs[i & mx][0];
      const y = ys[i & my][0];
      if (typeof x !== "number" || typeof y !== "number" || x - x !== 0 || y - y !== 0) return i;
      const r = cell(x, y, p, u, v);
      if (r - r === 0 && labels === undefined) {
        result[i] = numberRow(r);
        continue;
      }
      const row = textRow();
      if (r - r === 0) row[0] = (labels as readonly Out[])[r];
      else if (r === Infinity && infinite !== undefined) row[0] = infinite;
      else bad.push(i);
      result[i] = row;
    }
    return rows;
  }
  for (let i = from; i < rows; i++) {
    const line: Out[] = new Array(cols);
    const xl = xs[i & mx];
    const yl = ys[i & my];
    for (let j = 0; j < cols; j++) {
      const x = xl[j & mx];
      const y = yl[j & my];
      if (typeof x !== "number" || typeof y !== "number" || x - x !== 0 || y - y !== 0) return i;
      const r = cell(x, y, p, u, v);
      if (r - r === 0) line[j] = labels === undefined ? r : labels[r];
      else if (r === Infinity && infinite !== undefined) line[j] = infinite;
      else {
        bad.push(i * cols + j);
        line[j] = "";
      }
    }
    result[i] = line;
  }
  return rows;
}

/**
 * Cells of one block of the column path: small enough that the block's three typed arrays stay in the processor's
 * nearest caches between the copy, the rule's loop and the building of the rows (whole 100,000-cell arrays made three
 * passes over memory, which put the cheap rules at 2–3× their floors).
 */
const BLOCK_CELLS = 1024;

/** Cells up to which the column path reuses its three arrays (Excel returns at most about 250,000 rows). */
const SCRATCH_CELLS = 1 << 18;
/** The column path's arrays (first and second leading argument, output), kept between calls up to SCRATCH_CELLS. */
const scratchArrays: Float64Array[] = [];

/**
 * An array of `size` numbers for the column path's slot `slot` (0 and 1: leading arguments, 2: output, also
 * WEIGHTED's composites): a view of the slot's kept array up to SCRATCH_CELLS cells, a new array
 * beyond. Allocating three 100,000-cell arrays per call cost more than the whole call of a cheap rule (their
 * external memory makes the garbage collector work during the call), which put PRORATE and ATTAINMENT at 2–3×
 * their floors; a call never keeps a view past its return, so one set serves every call.
 * @param slot - which kept array.
 * @param size - how many numbers.
 * @returns `size` numbers, contents unspecified.
 */
export function scratch(slot: 0 | 1 | 2, size: number): Float64Array {
  if (size > SCRATCH_CELLS) return new Float64Array(size);
  let kept = scratchArrays[slot];
  if (kept === undefined || kept.length < size) {
    // Grow to the next power of two, so a run of slightly larger calls does not allocate each time.
    kept = new Float64Array(Math.min(SCRATCH_CELLS, 2 ** Math.ceil(Math.log2(Math.max(size, 1024)))));
    scratchArrays[slot] = kept;
  }
  return kept.subarray(0, size);
}

/**
 * The elements of rows `i0`…`i1 − 1` of a leading argument as a flat row-major array (written into `out`), or null
 * when one is not a finite number. A constant fills the whole array.
 */
function numbersOf(
  p: Prepared,
  constant: unknown,
  out: Float64Array,
  i0: number,
  i1: number,
  cols: number,
): Float64Array | null {
  if (!p.numeric) return null;
  if (p.constant) {
    if (typeof constant !== "number") return null;
    out.fill(constant);
    return out;
  }
  return copyNumbers(p.grid as Grid, i0, i1, cols, out) ? out : null;
}

// The hot loops of the fast path are module-level functions of plain arrays and numbers only: code optimized for
// them holds no object of one call (a prepared rule, its closures, an argument's record), so the garbage collector
// freeing the previous call's objects never throws it away ("weak objects" deoptimization) and a call after a full
// collection runs them compiled, as the floors' loops do.

/**
 * Copies rows `i0`…`i1 − 1` of a grid of finite numbers into `out`, row-major.
 * @returns false at the first element that is not a finite number.
 */
function copyNumbers(grid: Grid, i0: number, i1: number, cols: number, out: Float64Array): boolean {
  for (let i = i0, k = 0; i < i1; i++) {
    const line = grid[i];
    for (let j = 0; j < cols; j++, k++) {
      const raw = line[j];
      if (typeof raw !== "number" || raw - raw !== 0) return false;
      out[k] = raw;
    }
  }
  return true;
}

/**
 * A one-cell result row the caller fills (a label, an error value), made as {@link numberRow} is: an allocation
 * site of its own, so the number rows' site keeps its rows of unboxed numbers.
 * @returns `[""]`.
 */
function textRow(): Out[] {
  const row = new Array<Out>(1);
  row[0] = "";
  return row;
}

/**
 * A result row holding one number: `new Array(1)` with the number stored. Not the literal `[v]`: V8 tracks where
 * each literal is allocated, and once the rows of one site have survived a young-generation collection (a
 * million-row call, or a collection that falls inside a large call), it allocates every later row of that site
 * directly in the old generation — slower to allocate and freed only by a full collection (one site shared by
 * every function's results put TIERED and SCORE at 3–5× their floors for the rest of the session). Not a copy
 * of a kept row either (`slice`, the way before): a builtin call per row cost about 0.4× of a cheap rule's floor.
 * With default flags after million-row calls, 100,000 rows took 3.1 ms this way, 4.5–4.7 ms by `slice` and
 * 6.7 ms by the literal (CPU medians, load 10–12).
 * @param v - the number.
 * @returns `[v]`.
 */
export function numberRow(v: number): number[] {
  const row = new Array<number>(1);
  row[0] = v;
  return row;
}

/**
 * The result rows of a column loop's output (`elementwise`'s column path, WEIGHTED's composites): each finite value
 * in its cell, or with `labels` the label it indexes; `infinite` (when given) where the loop wrote Infinity; the
 * flat index of every other one is pushed onto `bad` and its cell left "" for the caller to fill. A module-level
 * loop of arrays and numbers only (see `copyNumbers`).
 * @param out - the loop's output, row-major.
 * @param rows - rows of the result.
 * @param cols - columns of the result.
 * @param bad - receives the flat indexes left for the caller.
 * @param infinite - the cell value where the loop wrote Infinity (NEXTTIER's top tier), or undefined.
 * @param labels - the labels `out` indexes (RATING, PACE), or undefined for numbers.
 * @returns the rows.
 */
export function resultRows(
  out: Float64Array,
  rows: number,
  cols: number,
  bad: number[],
  infinite?: Out,
  labels?: readonly Out[],
): Result {
  const result: Result = new Array(rows);
  fillRows(out, result, 0, rows, cols, bad, infinite, labels);
  return result;
}

/**
 * {@link resultRows} for rows `i0`…`i1 − 1` of a result: `out` holds those rows' cells (row-major, from its start),
 * and the flat indexes pushed onto `bad` count from the result's first row.
 */
function fillRows(
  out: Float64Array,
  result: Result,
  i0: number,
  i1: number,
  cols: number,
  bad: number[],
  infinite: Out | undefined,
  labels: readonly Out[] | undefined,
): void {
  if (cols === 1) {
    // One column, the usual range: each row is built whole (a row of the right kind, not an empty array filled
    // and converted), a million rows in about the floor's time.
    for (let i = i0, k = 0; i < i1; i++, k++) {
      const v = out[k];
      if (v - v === 0 && labels === undefined) {
        result[i] = numberRow(v);
        continue;
      }
      const row = textRow();
      if (v - v === 0) row[0] = (labels as readonly Out[])[v];
      else if (v === Infinity && infinite !== undefined) row[0] = infinite;
      else bad.push(i);
      result[i] = row;
    }
    return;
  }
  for (let i = i0, k = 0; i < i1; i++) {
    const line: Out[] = new Array(cols);
    for (let j = 0; j < cols; j++, k++) {
      const v = out[k];
      if (v - v === 0) line[j] = labels === undefined ? v : labels[v];
      else if (v === Infinity && infinite !== undefined) line[j] = infinite;
      else {
        bad.push(i * cols + j);
        line[j] = "";
      }
    }
    result[i] = line;
  }
}

/**
 * `elementwise`'s fast path element by element, when some leading element is not a plain number (a blank, text,
 * an error cell): only the first `lead` (1 or 2) arguments are read per element; `fn`, the prepared rule, has the
 * other arguments built in. Same reading, blank and error rules as the general loop.
 */
function leading(
  ctx: CallContext,
  prepared: readonly Prepared[],
  values: readonly unknown[],
  lead: 1 | 2,
  fn: (a: unknown, b: unknown) => unknown,
  i0: number,
  i1: number,
  cols: number,
  result: Result,
): void {
  const first = prepared[0];
  const second = lead === 2 ? prepared[1] : null;
  for (let i = i0; i < i1; i++) {
    const line: Out[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      const a = first.constant ? values[0] : readFast(ctx, first, i, j);
      if (a === BLANK) {
        line[j] = "";
        continue;
      }
      if (typeof a === "object" && a !== null) {
        line[j] = a as Out;
        continue;
      }
      let b: unknown;
      if (second !== null) {
        b = second.constant ? values[1] : readFast(ctx, second, i, j);
        if (b === BLANK) {
          line[j] = "";
          continue;
        }
        if (typeof b === "object" && b !== null) {
          line[j] = b as Out;
          continue;
        }
      }
      try {
        line[j] = safe(fn(a, b));
      } catch (error) {
        line[j] = errorValueOf(ctx, error);
      }
    }
    result[i] = line;
  }
}

/** Reads element (i, j) of a range argument; a finite number where a number is expected needs no coercer. */
function readFast(ctx: CallContext, p: Prepared, i: number, j: number): unknown {
  const grid = p.grid as Grid;
  const raw = grid[i][j];
  return p.numeric && typeof raw === "number" && raw - raw === 0 ? raw : readElement(ctx, p.arg, grid, i, j);
}

/** Calls `fn` with the first `n` values, without the cost of spreading an array on the hot path. */
function invoke(fn: (...v: unknown[]) => unknown, v: unknown[], n: number): unknown {
  switch (n) {
    case 1:
      return fn(v[0]);
    case 2:
      return fn(v[0], v[1]);
    case 3:
      return fn(v[0], v[1], v[2]);
    case 4:
      return fn(v[0], v[1], v[2], v[3]);
    case 5:
      return fn(v[0], v[1], v[2], v[3], v[4]);
    case 6:
      return fn(v[0], v[1], v[2], v[3], v[4], v[5]);
    default:
      return fn(...v.slice(0, n));
  }
}

/** Pre-reads a 1×1 or omitted argument once. */
function prepare(ctx: CallContext, arg: ElementArg<unknown>): Prepared {
  const grid = arg.grid;
  const numeric = arg.coerce === toNumber;
  if (grid === null) {
    return { arg, grid, constant: true, numeric, value: arg.blank === "null" ? null : undefined };
  }
  if (grid.length !== 1 || grid[0].length !== 1)
    return { arg, grid, constant: false, numeric, value: undefined };
  return { arg, grid, constant: true, numeric, value: readElement(ctx, arg, grid, 0, 0) };
}

// ---------------------------------------------------------------------------------------------------------------
// Whole-argument readers (aggregates, settings, tables)

/** Throws the input error found in a cell, with its place for codes Excel does not let a function return. */
function raiseInputError(ctx: CallContext, value: ErrorValue, whereText: string): never {
  throw new ErrorSignal(fromInputError(ctx, value, whereText));
}

/** Reads one cell of a grid with a coercer, throwing a placed error. */
function readCell<T>(
  ctx: CallContext,
  name: string,
  grid: Grid,
  i: number,
  j: number,
  coerce: Coercer<T>,
): T | Blank {
  const raw = grid[i][j];
  if (typeof raw === "number" && raw - raw === 0 && coerce === (toNumber as unknown)) return raw as T;
  if (isErrorValue(raw)) raiseInputError(ctx, raw, cellPlace(ctx, name, grid, i, j));
  try {
    return coerce(raw);
  } catch (error) {
    if (error instanceof BadValue) throw placed(ctx, error, cellPlace(ctx, name, grid, i, j));
    throw error;
  }
}

/** `where` for cell (i, j) of a grid (0-based). */
function cellPlace(ctx: CallContext, name: string, grid: Grid, i: number, j: number): string {
  return where(ctx, name, grid.length, grid[0].length, { row: i + 1, col: j + 1 });
}

/**
 * A setting that must be one value (`minResponses`, `normalize`, an option of an aggregate).
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @param coerce - how to read it.
 * @returns the value, or `undefined` when omitted or blank (the default applies).
 * @throws KpiError("value") for a range larger than one cell or a bad value; ErrorSignal for an error cell.
 */
export function single<T>(ctx: CallContext, name: string, raw: unknown, coerce: Coercer<T>): T | undefined {
  const grid = toGrid(raw);
  if (grid === null) return undefined;
  if (grid.length !== 1 || grid[0].length !== 1) {
    throw new KpiError("value", "fn.err.single", { arg: argName(ctx, name), size: sizeText(grid) });
  }
  const v = readCell(ctx, name, grid, 0, 0, coerce);
  return v === BLANK ? undefined : v;
}

/** One element of a vector or block argument, with its place. */
export interface Item<T> {
  /** 0-based row and column in the argument's range. */
  readonly i: number;
  readonly j: number;
  /** the value, or null for a blank cell */
  readonly value: T | null;
}

/**
 * Every cell of an argument, row by row (blanks kept as null), for aggregates and shape-preserving spills.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @param coerce - how to read a cell.
 * @returns the grid's shape and its cells; a bad cell or an input error fails the whole call.
 * @throws KpiError("value") naming the cell; ErrorSignal for an input error.
 */
export function cells<T>(
  ctx: CallContext,
  name: string,
  raw: unknown,
  coerce: Coercer<T>,
): { rows: number; cols: number; items: Item<T>[] } {
  const grid = toGrid(raw) ?? [[""]];
  const items: Item<T>[] = [];
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j < grid[i].length; j++) {
      const v = readCell(ctx, name, grid, i, j, coerce);
      items.push({ i, j, value: v === BLANK ? null : v });
    }
  }
  return { rows: grid.length, cols: grid[0].length, items };
}

/**
 * Like `cells`, but a bad cell becomes an error for that cell instead of failing the call (DISTRIBUTE,
 * CALIBRATE: one typo must not hide everyone's result).
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @param coerce - how to read a cell.
 * @returns shape and, per cell, the value, null (blank) or the error for that cell.
 */
export function cellsOrErrors<T>(
  ctx: CallContext,
  name: string,
  raw: unknown,
  coerce: Coercer<T>,
): { rows: number; cols: number; values: (T | null | ErrorValue)[] } {
  const grid = toGrid(raw) ?? [[""]];
  const arg: ElementArg<T> = { name, grid, coerce, blank: "null" };
  const values: (T | null | ErrorValue)[] = [];
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j < grid[i].length; j++) {
      values.push(readElement(ctx, arg as ElementArg<unknown>, grid, i, j) as T | null | ErrorValue);
    }
  }
  return { rows: grid.length, cols: grid[0].length, values };
}

/**
 * A numeric range read in one pass into a typed array (the whole-range functions' fast reader: no object or
 * boxed number per cell).
 */
export interface NumberCells {
  readonly rows: number;
  readonly cols: number;
  /** The cells row by row; NaN for a blank cell, and for a bad cell in `numberCellsOrErrors`. */
  readonly values: Float64Array;
  /** `numberCellsOrErrors`: the error value of each bad cell, by its index in `values`; empty otherwise. */
  readonly errors: ReadonlyMap<number, ErrorValue>;
}

const NO_ERRORS: ReadonlyMap<number, ErrorValue> = new Map();

/**
 * Every cell of a numeric range, as `cells(…, toNumber)` reads them (a bad cell or an input error fails the
 * call), into one typed array.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns shape and values (NaN for blanks).
 * @throws KpiError("value") naming the cell; ErrorSignal for an input error.
 */
export function numberCells(ctx: CallContext, name: string, raw: unknown): NumberCells {
  return readNumbers(ctx, name, raw, false);
}

/**
 * Like `numberCells`, but a bad cell becomes an error for that cell instead of failing the call, as
 * `cellsOrErrors(…, toNumber)` reads it (DISTRIBUTE, CALIBRATE).
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns shape, values (NaN for blanks and bad cells) and the bad cells' error values.
 */
export function numberCellsOrErrors(ctx: CallContext, name: string, raw: unknown): NumberCells {
  return readNumbers(ctx, name, raw, true);
}

/** `numberCells` (`cellErrors` false: a bad cell fails the call) and `numberCellsOrErrors` (true). */
function readNumbers(ctx: CallContext, name: string, raw: unknown, cellErrors: boolean): NumberCells {
  const grid = toGrid(raw) ?? [[""]];
  const rows = grid.length;
  const cols = grid[0].length;
  const arg: ElementArg<unknown> = { name, grid, coerce: toNumber, blank: "null" };
  const values = new Float64Array(rows * cols);
  const errors = new Map<number, ErrorValue>();
  for (let i = 0, k = 0; i < rows; i++) {
    const line = grid[i];
    for (let j = 0; j < cols; j++, k++) {
      const v = line[j];
      if (typeof v === "number" && v - v === 0) {
        values[k] = v;
      } else if (!cellErrors) {
        const read = readCell(ctx, name, grid, i, j, toNumber);
        values[k] = read === BLANK ? NaN : read;
      } else {
        const read = readElement(ctx, arg, grid, i, j);
        values[k] = typeof read === "number" ? read : NaN;
        if (read !== null && typeof read === "object") errors.set(k, read as ErrorValue);
      }
    }
  }
  return { rows, cols, values, errors: cellErrors ? errors : NO_ERRORS };
}

/**
 * The numbers of a range, blanks skipped, as rows: a row holding only finite numbers is passed as it is (no copy),
 * any other row as the numbers read from it (ENPS, FAVORABLE over a million answers).
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns the numbers, row after row.
 * @throws KpiError("value") naming the cell; ErrorSignal for an input error.
 */
export function presentNumberRows(ctx: CallContext, name: string, raw: unknown): ArrayLike<number>[] {
  const grid = toGrid(raw) ?? [[""]];
  const parts: ArrayLike<number>[] = new Array(grid.length);
  for (let i = 0; i < grid.length; i++) {
    const line = grid[i];
    let plain = true;
    for (let j = 0; j < line.length && plain; j++) {
      const v = line[j];
      plain = typeof v === "number" && v - v === 0;
    }
    if (plain) {
      parts[i] = line as number[];
      continue;
    }
    const out = new Float64Array(line.length);
    let n = 0;
    for (let j = 0; j < line.length; j++) {
      const v = line[j];
      if (typeof v === "number" && v - v === 0) {
        out[n++] = v;
      } else {
        const read = readCell(ctx, name, grid, i, j, toNumber);
        if (read !== BLANK) out[n++] = read;
      }
    }
    parts[i] = out.subarray(0, n);
  }
  return parts;
}

/**
 * A text range read in one pass as ids (CALIBRATE's raters): labels that share a key (`keyOf`) share an id
 * 0…count − 1, in order of first appearance; −1 for a blank or a bad cell, whose error value is kept.
 */
export interface LabelIds {
  readonly rows: number;
  readonly cols: number;
  readonly ids: Int32Array;
  /** How many distinct keys. */
  readonly count: number;
  readonly errors: ReadonlyMap<number, ErrorValue>;
}

/**
 * Every cell of a range of labels, as `cellsOrErrors(…, toLabel)` reads them (a bad cell is an error for that
 * cell), straight into ids: no label list, and each distinct cell text is trimmed and keyed once.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @param keyOf - what makes two labels the same (e.g. `raterKey`: trimmed, case-insensitive).
 * @returns shape, ids, the number of keys and the bad cells' error values.
 */
export function labelIdsOrErrors(
  ctx: CallContext,
  name: string,
  raw: unknown,
  keyOf: (label: string) => string,
): LabelIds {
  const grid = toGrid(raw) ?? [[""]];
  const rows = grid.length;
  const cols = grid[0].length;
  const arg: ElementArg<unknown> = { name, grid, coerce: toLabel, blank: "null" };
  const ids = new Int32Array(rows * cols);
  const errors = new Map<number, ErrorValue>();
  /** Cell text (as given, untrimmed) → id; key → id. */
  const idOfText = new Map<string, number>();
  const idOfKey = new Map<string, number>();
  const idOf = (label: string): number => {
    const key = keyOf(label);
    let id = idOfKey.get(key);
    if (id === undefined) {
      id = idOfKey.size;
      idOfKey.set(key, id);
    }
    return id;
  };
  for (let i = 0, k = 0; i < rows; i++) {
    const line = grid[i];
    for (let j = 0; j < cols; j++, k++) {
      const v = line[j];
      if (typeof v === "string") {
        let id = idOfText.get(v);
        if (id === undefined) {
          const text = v.trim();
          id = text === "" ? -1 : idOf(text);
          idOfText.set(v, id);
        }
        ids[k] = id;
        continue;
      }
      const read = readElement(ctx, arg, grid, i, j);
      if (typeof read === "string") {
        ids[k] = idOf(read);
      } else {
        ids[k] = -1;
        if (read !== null) errors.set(k, read as ErrorValue);
      }
    }
  }
  return { rows, cols, ids, count: idOfKey.size, errors };
}

/**
 * How many times each label occurs in a range, reading every cell as `cells(…, toLabel)` does (blanks skipped;
 * a bad cell or an input error fails the call): DISTCHECK over a million ratings counts, it keeps no list.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns label → count, labels trimmed.
 * @throws KpiError("value") naming the cell; ErrorSignal for an input error.
 */
export function labelCounts(ctx: CallContext, name: string, raw: unknown): Map<string, number> {
  const grid = toGrid(raw) ?? [[""]];
  const counts = new Map<string, number>();
  // Texts as they arrive → the label they count as (trimming each repeated text once).
  const seen = new Map<string, string>();
  for (let i = 0; i < grid.length; i++) {
    const line = grid[i];
    for (let j = 0; j < line.length; j++) {
      const v = line[j];
      let label: string | undefined = typeof v === "string" ? seen.get(v) : undefined;
      if (label === undefined) {
        const read = readCell(ctx, name, grid, i, j, toLabel);
        if (read === BLANK) continue;
        label = read;
        if (typeof v === "string") seen.set(v, label);
      }
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Reads one row of a grid, each cell with its place in the whole argument.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param grid - the argument's grid.
 * @param i - 0-based row.
 * @param coerce - how to read a cell.
 * @returns the row's values, null for blanks.
 * @throws KpiError("value") for a bad cell; ErrorSignal for an input error.
 */
export function readRow<T>(
  ctx: CallContext,
  name: string,
  grid: Grid,
  i: number,
  coerce: Coercer<T>,
): (T | null)[] {
  const out: (T | null)[] = new Array(grid[i].length);
  for (let j = 0; j < grid[i].length; j++) {
    const v = readCell(ctx, name, grid, i, j, coerce);
    out[j] = v === BLANK ? null : v;
  }
  return out;
}

/**
 * Reads one row of numbers into a caller's buffer (no allocation per row), each cell with its place in the whole
 * argument: the numeric `readRow` for loops over many rows whose consumer does not keep the row.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param grid - the argument's grid.
 * @param i - 0-based row.
 * @param buffer - receives the row's values (null for blanks); its length becomes the row's length.
 * @returns the buffer.
 * @throws KpiError("value") for a bad cell; ErrorSignal for an input error.
 */
export function readRowInto(
  ctx: CallContext,
  name: string,
  grid: Grid,
  i: number,
  buffer: (number | null)[],
): (number | null)[] {
  const line = grid[i];
  buffer.length = line.length;
  for (let j = 0; j < line.length; j++) {
    const raw = line[j];
    if (typeof raw === "number" && raw - raw === 0) {
      buffer[j] = raw;
    } else {
      const v = readCell(ctx, name, grid, i, j, toNumber);
      buffer[j] = v === BLANK ? null : v;
    }
  }
  return buffer;
}

/**
 * The "ranges differ in size" error for two arguments.
 * @param ctx - the call.
 * @param first - name and grid of one argument.
 * @param second - name and grid of the other.
 * @returns the error to throw.
 */
export function shapeError(
  ctx: CallContext,
  first: { name: string; grid: Grid },
  second: { name: string; grid: Grid },
): KpiError {
  return new KpiError("value", "fn.err.shape", {
    a: sizeText(first.grid),
    b: sizeText(second.grid),
    first: argName(ctx, first.name),
    second: argName(ctx, second.name),
  });
}

/**
 * A one-row or one-column argument (DRAWS' earnings).
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @returns the grid and whether it is a row.
 * @throws KpiError("value") for a block of several rows and columns.
 */
export function vectorGrid(ctx: CallContext, name: string, raw: unknown): { grid: Grid; isRow: boolean } {
  const grid = toGrid(raw) ?? [[""]];
  if (grid.length > 1 && grid[0].length > 1) {
    throw new KpiError("value", "fn.err.vector", { arg: argName(ctx, name), size: sizeText(grid) });
  }
  return { grid, isRow: grid.length === 1 && grid[0].length > 1 };
}

/**
 * A fixed number of cells in one row or column, blanks kept as null (NINEBOX cuts, PACE labels).
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @param count - how many cells.
 * @param coerce - how to read a cell.
 * @returns the values in reading order.
 * @throws KpiError("value") when the count differs or a cell is bad.
 */
export function fixedCells<T>(
  ctx: CallContext,
  name: string,
  raw: unknown,
  count: number,
  coerce: Coercer<T>,
): (T | null)[] {
  const { items } = cells(ctx, name, raw, coerce);
  if (items.length !== count) {
    throw new KpiError("value", "fn.err.cells", {
      arg: argName(ctx, name),
      expected: count,
      got: items.length,
    });
  }
  return items.map((item) => item.value);
}

/** One data row of a table argument: its 1-based row number in the user's range and its cells. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly unknown[];
}

/** Which column a table's header is recognized by: the key column normally, the share column of a guide. */
export type HeaderColumn = number;

/**
 * The rows of a table argument (rule 3): exactly `columns` columns; a first row whose cell in `headerColumn` is
 * text (not a number) is a header and is skipped; fully blank rows are ignored.
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param raw - what Excel passed.
 * @param columns - the required number of columns.
 * @param headerColumn - the 0-based column holding a number in data rows (0 for tiers, 1 for a guide).
 * @returns the data rows with their row numbers as the user sees them in the range.
 * @throws KpiError("value") for a wrong width or an empty table; ErrorSignal for an error cell.
 */
export function tableRows(
  ctx: CallContext,
  name: string,
  raw: unknown,
  columns: number,
  headerColumn: HeaderColumn = 0,
): TableRow[] {
  const grid = toGrid(raw) ?? [[""]];
  if (grid[0].length !== columns) {
    throw new KpiError("value", "fn.err.tableColumns", {
      arg: argName(ctx, name),
      expected: columns,
      got: grid[0].length,
    });
  }
  const rows: TableRow[] = [];
  for (let i = 0; i < grid.length; i++) {
    const line = grid[i];
    if (line.every(isBlank)) continue;
    for (let j = 0; j < line.length; j++) {
      const v = line[j];
      if (isErrorValue(v)) {
        raiseInputError(
          ctx,
          v,
          t(ctx.locale, "fn.where.cell", { arg: argName(ctx, name), row: i + 1, col: j + 1 }),
        );
      }
    }
    // Only the range's first row can be a header, as in core's tableRows: the same range reads the same way in
    // a formula and in the report.
    if (i === 0) {
      const key = line[headerColumn];
      if (typeof key === "string" && toNumberOrNull(key) === null) continue;
    }
    rows.push({ row: i + 1, cells: line });
  }
  if (rows.length === 0) throw new KpiError("value", "fn.err.tableEmpty", { arg: argName(ctx, name) });
  return rows;
}

/** `toNumber` without throwing: null for anything that is not a number. */
function toNumberOrNull(value: unknown): number | null {
  try {
    const n = toNumber(value);
    return n === BLANK ? null : n;
  } catch {
    return null;
  }
}

/**
 * Reads a cell of a table row with a coercer; blank is an error (a partly filled row is a mistake).
 * @param ctx - the call.
 * @param name - the parameter name.
 * @param row - the table row.
 * @param col - 0-based column.
 * @param coerce - how to read it.
 * @returns the value.
 * @throws KpiError("value") naming row and column.
 */
export function tableCell<T>(
  ctx: CallContext,
  name: string,
  row: TableRow,
  col: number,
  coerce: Coercer<T>,
): T {
  const raw = row.cells[col];
  const place = t(ctx.locale, "fn.where.cell", { arg: argName(ctx, name), row: row.row, col: col + 1 });
  try {
    const v = coerce(raw);
    if (v !== BLANK) return v;
    throw new BadValue("value", coerce === toNumber ? "fn.err.number" : "fn.err.text", raw);
  } catch (error) {
    if (error instanceof BadValue) throw placed(ctx, error, place);
    throw error;
  }
}
