/**
 * Validation of typed rows before any write, and of rows read back from a sheet. Every issue names the table,
 * the 1-based row and the column (key in `column`, headers in both languages in the message parameters), so a
 * refused write can tell the user exactly which cell to fix.
 */
import type { MessageKey, MessageParams } from "../i18n";
import { ValidationError, type ValidationIssue } from "../core/errors";
import type { ColumnSpec } from "./columns";
import { display, formatIssue, type TypedValue } from "./coerce";
import { rowId, tableSpec, ID_SEPARATOR } from "./tables";
import type { TableKey, TableRows } from "./types";

/** Options of `validateRows`. */
export interface ValidateOptions {
  /** Ids already in the table: a new row whose id is among them is refused (appends). */
  existingIds?: ReadonlySet<string>;
  /** Skip the duplicate-id check (updates replace rows by id; reads accept what the user typed). */
  allowDuplicateIds?: boolean;
  /** The row number to report for each row (default: position + 1). */
  rowNumbers?: readonly number[];
}

/**
 * Builds one issue with the parameters every row message expects.
 * @param key - the table.
 * @param row - 1-based row number.
 * @param column - the column spec.
 * @param messageKey - the message.
 * @param params - extra parameters (`value`, `min`, …).
 * @returns the issue.
 */
export function issueAt(
  key: TableKey,
  row: number,
  column: ColumnSpec,
  messageKey: MessageKey,
  params: MessageParams = {},
): ValidationIssue {
  return {
    table: key,
    row,
    column: column.key,
    key: messageKey,
    params: {
      table: key,
      tableZh: tableSpec(key).sheet.zh,
      row,
      column: column.en,
      columnZh: column.zh,
      value: "",
      ...params,
    },
  };
}

/** A value as a problem's message shows it: made only for a problem (this check runs on every cell read). */
function shownOf(value: TypedValue): { value: string } {
  return { value: display(value) };
}

/**
 * Checks one present (non-blank) value against its column.
 * @returns the issue key and parameters, or `null` when the value is fine.
 */
function checkValue(
  column: ColumnSpec,
  value: TypedValue,
): { key: MessageKey; params: MessageParams } | null {
  switch (column.type) {
    case "text":
      if (typeof value !== "string") return { key: "model.issue.notText", params: shownOf(value) };
      {
        const format = formatIssue(column, value);
        return format ? { key: format, params: shownOf(value) } : null;
      }
    case "enum":
      return typeof value === "string" && (column.values ?? []).includes(value)
        ? null
        : {
            key: "model.issue.notAllowed",
            params: { ...shownOf(value), allowed: (column.values ?? []).join(", ") },
          };
    case "boolean":
      return typeof value === "boolean" ? null : { key: "model.issue.notBoolean", params: shownOf(value) };
    case "number":
    case "fraction":
    case "date": {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        return {
          key: column.type === "date" ? "model.issue.notDate" : "model.issue.notNumber",
          params: shownOf(value),
        };
      }
      if (column.integer && !Number.isInteger(value))
        return { key: "model.issue.notInteger", params: shownOf(value) };
      if (column.min !== undefined && value < column.min) {
        return { key: "model.issue.belowMin", params: { ...shownOf(value), min: column.min } };
      }
      if (column.max !== undefined && value > column.max) {
        return { key: "model.issue.aboveMax", params: { ...shownOf(value), max: column.max } };
      }
      return null;
    }
  }
}

/**
 * Checks one cell's typed value against its column, as `validateRows` checks each column of a row.
 * @param column - the column.
 * @param raw - the typed value (undefined or "" count as blank).
 * @returns the issue key and parameters, or `null` when the value is fine.
 */
export function cellIssue(
  column: ColumnSpec,
  raw: TypedValue | undefined,
): { key: MessageKey; params: MessageParams } | null {
  if (raw === undefined || raw === "" || raw === null)
    return column.required ? { key: "model.issue.required", params: {} } : null;
  return checkValue(column, raw);
}

/** Rules that involve more than one column of a row. */
export function rowRules(key: TableKey, fields: Record<string, unknown>, row: number): ValidationIssue[] {
  if (key === "Surveys" && fields.Kind !== "enps" && typeof fields.Score === "number") {
    const score = fields.Score;
    if (score < 1 || score > 5) {
      const column = tableSpec(key).columns.find((c) => c.key === "Score") as ColumnSpec;
      return [
        issueAt(key, row, column, "model.issue.surveyScale", { value: score, kind: String(fields.Kind) }),
      ];
    }
  }
  return [];
}

/**
 * Validates typed rows against the schema: types, required values, allowed words, ranges, formats, survey scales
 * and (unless `allowDuplicateIds`) unique ids within the batch and against `existingIds`.
 * @param key - the table.
 * @param rows - the rows to write.
 * @param options - existing ids, row numbering.
 * @returns every issue found, in row order; empty when the rows may be written.
 * @example validateRows("Goals", [{ ...goal, Weight: 1.5 }]) // [{ row: 1, column: "Weight", key: "model.issue.aboveMax", … }]
 */
export function validateRows<K extends TableKey>(
  key: K,
  rows: readonly TableRows[K][],
  options: ValidateOptions = {},
): ValidationIssue[] {
  const spec = tableSpec(key);
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const rowNumber = options.rowNumbers?.[index] ?? index + 1;
    const fields = row as unknown as Record<string, TypedValue | undefined>;
    let rowOk = true;
    for (const column of spec.columns) {
      const problem = cellIssue(column, fields[column.key]);
      if (problem) {
        issues.push(issueAt(key, rowNumber, column, problem.key, problem.params));
        rowOk = false;
      }
    }
    if (rowOk && key === "Surveys") issues.push(...rowRules(key, fields, rowNumber));
    if (rowOk && spec.id && !options.allowDuplicateIds) {
      const id = rowId(key, row) as string;
      if (seen.has(id) || options.existingIds?.has(id)) {
        const column = spec.columns.find((c) => c.key === spec.id?.[0]) as ColumnSpec;
        issues.push(
          issueAt(key, rowNumber, column, "model.issue.duplicateId", {
            value: id.split(ID_SEPARATOR).join(" / "),
          }),
        );
      }
      seen.add(id);
    }
  });
  return issues;
}

/**
 * Turns issues into the error a refused write or read throws: the first issue's message, with every issue
 * attached.
 * @param issues - at least one issue.
 * @returns the error to throw.
 */
export function validationErrorOf(issues: readonly ValidationIssue[]): ValidationError {
  const [first] = issues;
  return new ValidationError(first.key, first.params, issues);
}

/**
 * Validates and throws when anything is wrong: what every adapter calls before a write.
 * @param key - the table.
 * @param rows - the rows to write.
 * @param options - as for `validateRows`.
 * @throws ValidationError naming the first bad row and column; `issues` lists them all.
 */
export function assertValidRows<K extends TableKey>(
  key: K,
  rows: readonly TableRows[K][],
  options: ValidateOptions = {},
): void {
  const issues = validateRows(key, rows, options);
  if (issues.length > 0) throw validationErrorOf(issues);
}
