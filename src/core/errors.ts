/**
 * The few error kinds the product raises on bad input. Core throws `KpiError`; boundaries (the custom-function
 * wrapper, ribbon handlers, task pane hooks) catch it and render the keyed message in the user's language.
 */
import { t, type Locale, type MessageKey, type MessageParams } from "../i18n";

/** Mirrors the Excel errors a custom function may return. */
export type KpiErrorKind = "value" | "num" | "div0" | "na";

/** A user-facing error: a kind (which Excel error), a catalogue key and its parameters. */
export class KpiError extends Error {
  /**
   * @param kind - which Excel error this becomes in a cell.
   * @param key - message key in the error catalogue (`src/i18n/strings/errors.ts`).
   * @param params - placeholder values.
   */
  constructor(
    readonly kind: KpiErrorKind,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(t("en-US", key, params));
    this.name = "KpiError";
  }

  /** The message in a given language. */
  localized(locale: Locale): string {
    return t(locale, this.key, this.params);
  }
}

/** A write or read refused because a row or column is wrong; names table, row (1-based data row) and column. */
export class ValidationError extends KpiError {
  constructor(
    key: MessageKey,
    params: MessageParams,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super("value", key, params);
    this.name = "ValidationError";
  }
}

/** One problem found while validating rows. */
export interface ValidationIssue {
  table: string;
  /** 1-based index among the rows being written or read. */
  row: number;
  column: string;
  key: MessageKey;
  params: MessageParams;
}
