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

/** One column a write and the sheet both changed, to different values. */
export interface ConflictColumn {
  /** Column key (e.g. `Title`). */
  column: string;
  /** Its header in each language. */
  columnEn: string;
  columnZh: string;
  /** The value now in the sheet, as the user would read it. */
  sheet: string;
  /** The value the pane wanted to write (for a refused delete: the value the pane had read). */
  pane: string;
}

/** One row a write could not apply without losing an edit made in the sheet. */
export interface ConflictRow {
  /** Table key and its Chinese sheet name. */
  table: string;
  tableZh: string;
  /** The row's id as the user reads it (composite ids joined with " / "). */
  id: string;
  /**
   * `changed`: the sheet and the write changed the same columns differently (an update), or the sheet changed a
   * row the write would delete; `deleted`: the row was deleted in the sheet, and an update does not re-create it.
   */
  kind: "changed" | "deleted";
  /** The columns in conflict (empty for `deleted`). */
  columns: readonly ConflictColumn[];
}

/** Who a row is about, for a message that names them: its own name, or the person and customer it refers to. */
export interface RowRefs {
  /** The row's own name (a person's, a customer's, a KPI's). */
  name?: string;
  /** The ManagerID the row belongs to. */
  managerId?: string;
  /** The CustomerID the row is about. */
  customerId?: string;
}

/**
 * An update refused because the id of the row it writes is on several rows of its sheet (typed or pasted twice
 * there): the screen read one of them and cannot tell which to save. Nothing was written. The message names the
 * sheet and the id, and the row's name when it has one; the pane's boundary may name the person or customer the
 * row refers to (`refs`), which only the team book knows.
 */
export class DuplicateIdError extends KpiError {
  /**
   * @param table - the table key (its sheet's English name) and its Chinese sheet name.
   * @param tableZh - the Chinese sheet name.
   * @param id - the id as the user reads it (composite ids joined with " / ").
   * @param count - how many rows hold it.
   * @param refs - who the row is about.
   */
  constructor(
    readonly table: string,
    readonly tableZh: string,
    readonly id: string,
    readonly count: number,
    readonly refs: RowRefs = {},
  ) {
    super(
      "value",
      refs.name ? "workbook.err.duplicateIdNamed" : "workbook.err.duplicateId",
      refs.name ? { table, tableZh, id, count, name: refs.name } : { table, tableZh, id, count },
    );
    this.name = "DuplicateIdError";
  }
}

/**
 * A write refused because rows changed in the sheet since the pane read them (a lost update prevented). Nothing
 * of the write was applied; `rows` lists every row in conflict with the sheet's and the pane's values.
 */
export class ConflictError extends KpiError {
  /**
   * @param rows - the rows in conflict (at least one).
   * @param operation - whether an update or a delete was refused (the message says which).
   */
  constructor(
    readonly rows: readonly ConflictRow[],
    readonly operation: "update" | "delete" = "update",
  ) {
    super("value", operation === "update" ? "workbook.err.conflict" : "workbook.err.conflictDelete", {
      table: rows[0]?.table ?? "",
      tableZh: rows[0]?.tableZh ?? "",
      count: rows.length,
    });
    this.name = "ConflictError";
  }
}
