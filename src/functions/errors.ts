/**
 * The error boundary of the custom functions: every failure becomes an Excel error value, never a JavaScript
 * exception, and never `NaN`/`Infinity`.
 *
 * Excel's runtime provides `CustomFunctions.Error`; tests and the HyperFormula adapter run without it. The
 * indirection is `makeError`: it builds the runtime's class when the global exists (checked at call time, so a
 * test may install or remove it) and a plain `CellErrorValue` with the same `code`/`message` shape otherwise.
 */
import { KpiError, type KpiErrorKind } from "../core/errors";
import { t, type Locale } from "../i18n";

/** The Excel errors a custom function may return (`#REF!` and `#NAME?` are input-only in Excel). */
export type ErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A" | "#NULL!";

/** What both `CustomFunctions.Error` and `CellErrorValue` look like. */
export interface ErrorValue {
  readonly code: string;
  readonly message?: string;
}

/** The stand-in for `CustomFunctions.Error` where the Excel runtime is absent (Node tests, HyperFormula). */
export class CellErrorValue implements ErrorValue {
  /**
   * @param code - the Excel error shown in the cell.
   * @param message - the explanation (kept only for `#VALUE!` and `#N/A`, as in Excel).
   */
  constructor(
    readonly code: ErrorCode,
    readonly message?: string,
  ) {}
}

/** Maps the core's error kinds to Excel's error codes. */
export const CODE_OF_KIND: Readonly<Record<KpiErrorKind, ErrorCode>> = {
  value: "#VALUE!",
  num: "#NUM!",
  div0: "#DIV/0!",
  na: "#N/A",
};

const OUTPUT_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  "#VALUE!",
  "#NUM!",
  "#DIV/0!",
  "#N/A",
  "#NULL!",
]);

type Runtime = { Error?: new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error };

/**
 * Builds an Excel error value. Only `#VALUE!` and `#N/A` carry a message (Excel accepts none on the others).
 * @param code - the error code.
 * @param message - the user-facing explanation.
 * @returns a `CustomFunctions.Error` inside Excel, a `CellErrorValue` elsewhere.
 * @example makeError("#N/A", "already in the top tier").code // "#N/A"
 */
export function makeError(code: ErrorCode, message?: string): ErrorValue {
  const kept = code === "#VALUE!" || code === "#N/A" ? message : undefined;
  const runtime = (globalThis as { CustomFunctions?: Runtime }).CustomFunctions;
  if (runtime !== undefined && typeof runtime.Error === "function") {
    return new runtime.Error(code as CustomFunctions.ErrorCode, kept);
  }
  return new CellErrorValue(code, kept);
}

/**
 * Tells whether a value is an Excel error: one arriving inside an input range (Excel hands those over as
 * `CustomFunctions.Error`) or one built by `makeError`.
 * @param value - any cell value.
 * @returns true for an object with a `code` such as `"#N/A"`.
 */
export function isErrorValue(value: unknown): value is ErrorValue {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    (value as { code: string }).code.startsWith("#")
  );
}

/**
 * Thrown by the argument helpers to carry an error value found in an input (or one already built) up to the
 * boundary unchanged, as Excel propagates `#N/A` through `=A1+1`.
 */
export class ErrorSignal extends Error {
  /** @param value - the error value to return. */
  constructor(readonly value: ErrorValue) {
    super(value.code);
    this.name = "ErrorSignal";
  }
}

/**
 * The error an input error turns into: the same code when Excel lets a function return it, else `#VALUE!`
 * with a message naming where it was.
 * @param input - the error value found in an argument.
 * @param describe - renders the message for codes a function may not return (`#REF!`, `#NAME?`, …).
 * @returns the error value for the result cell.
 */
export function propagate(input: ErrorValue, describe: () => string): ErrorValue {
  if (OUTPUT_CODES.has(input.code)) return makeError(input.code as ErrorCode, input.message);
  return makeError("#VALUE!", describe());
}

/**
 * The catch-all mapping at the boundary: `KpiError` → its Excel error with the message in `locale`; an
 * `ErrorSignal` → the value it carries; anything else (a defect) → `#VALUE!` "unexpected error: …".
 * @param error - whatever was thrown.
 * @param locale - the language of the message.
 * @param rename - maps an argument name in the message (`{arg}`, as core spells it) to the name the user sees.
 * @returns an error value; never throws.
 */
export function toErrorValue(error: unknown, locale: Locale, rename?: (arg: string) => string): ErrorValue {
  if (error instanceof ErrorSignal) return error.value;
  if (error instanceof KpiError) {
    const arg = error.params.arg;
    const message =
      rename !== undefined && typeof arg === "string"
        ? t(locale, error.key, { ...error.params, arg: rename(arg) })
        : error.localized(locale);
    return makeError(CODE_OF_KIND[error.kind], message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return makeError("#VALUE!", t(locale, "err.internal", { detail }));
}
