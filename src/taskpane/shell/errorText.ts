/**
 * Turns anything thrown below the pane into words in the user's language. The pane's hooks are the boundary where
 * errors are caught (style.md, "One error catalogue"); this is the one place that decides how they read.
 */
import {
  ConflictError,
  DuplicateIdError,
  KpiError,
  ValidationError,
  type ConflictRow,
} from "../../core/errors";
import { t, type Locale } from "../../i18n";

/** A caught error, ready to show. */
export interface ErrorText {
  /** The main message. */
  message: string;
  /**
   * One line per refused cell (validation errors) or per conflicting cell or deleted row (conflicts: the sheet's
   * value and this screen's) — the first few only, so the bar stays readable.
   */
  details: string[];
}

/**
 * The names the team book knows, for a message about a row that refers to a person or a customer by id only.
 * Each returns undefined for an id it does not know.
 */
export interface RowNames {
  person: (managerId: string) => string | undefined;
  customer: (customerId: string) => string | undefined;
  /**
   * True while the customers' names are still being read (the first book's first part holds Customers in part):
   * a message that would name a customer waits for them ({@link awaitsNames}).
   */
  customersPending?: boolean;
}

/**
 * Whether a message would name the customer a row is about once the team book's customer names are in: an update
 * refused for a duplicated id whose row refers to a customer, while those names are still being read. The bar
 * holds that message until then (a second or two), rather than showing it first without the customer's name.
 * @param error - what was thrown.
 * @param names - the team book's names.
 * @returns true to hold the message.
 */
export function awaitsNames(error: unknown, names: RowNames | undefined): boolean {
  return (
    error instanceof DuplicateIdError &&
    !error.refs.name &&
    error.refs.customerId !== undefined &&
    names?.customersPending === true
  );
}

/** How many validation issues a message bar lists before it stops. */
export const MAX_ISSUES_SHOWN = 5;

/**
 * @param error - whatever was thrown: a `KpiError` (rendered from its key), or anything else (an unexpected
 *   error, shown as `err.internal` with its message so that it can be reported).
 * @param locale - the pane's language.
 * @param names - the team book's names: an update refused for a duplicated id names the customer and the person
 *   the row is about (the row itself holds their ids only).
 * @returns the message and its details.
 * @example errorText(new KpiError("na", "err.internal", { detail: "x" }), "zh-CN").message // "意外错误：x"
 */
export function errorText(error: unknown, locale: Locale, names?: RowNames): ErrorText {
  if (error instanceof DuplicateIdError && !error.refs.name && names) {
    const { customerId, managerId } = error.refs;
    const named = [
      customerId === undefined ? undefined : names.customer(customerId),
      managerId === undefined ? undefined : names.person(managerId),
    ].filter((name): name is string => name !== undefined && name !== "");
    if (named.length > 0) {
      const { table, tableZh, id, count } = error;
      const name = named.join(t(locale, "workbook.names.sep"));
      return {
        message: t(locale, "workbook.err.duplicateIdNamed", { table, tableZh, id, count, name }),
        details: [],
      };
    }
  }
  if (error instanceof KpiError) {
    const details =
      error instanceof ValidationError
        ? error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => t(locale, issue.key, issue.params))
        : error instanceof ConflictError
          ? conflictLines(error.rows, locale).slice(0, MAX_ISSUES_SHOWN)
          : [];
    return { message: error.localized(locale), details };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: t(locale, "err.internal", { detail }), details: [] };
}

/** One line per conflicting cell (sheet's value, this screen's) or deleted row, in the pane's language. */
function conflictLines(rows: readonly ConflictRow[], locale: Locale): string[] {
  const shown = (value: string) => (value === "" ? t(locale, "workbook.conflict.blank") : value);
  return rows.flatMap((row) =>
    row.kind === "deleted"
      ? [t(locale, "workbook.conflict.deleted", { table: row.table, tableZh: row.tableZh, id: row.id })]
      : row.columns.map((c) =>
          t(locale, "workbook.conflict.column", {
            table: row.table,
            tableZh: row.tableZh,
            id: row.id,
            column: c.columnEn,
            columnZh: c.columnZh,
            sheet: shown(c.sheet),
            pane: shown(c.pane),
          }),
        ),
  );
}
