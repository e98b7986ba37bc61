/**
 * The report's input (typed rows of the schema tables) and the small readers over it: settings, row grouping,
 * curves and tier tables. Problems found while reading are collected as `DataIssue`s that name table, row and
 * column, so one bad row becomes a flag instead of stopping the report.
 */
import { KpiError, makeCurve, makeTiers, type Curve, type NumericRow, type Tiers } from "../core";
import type { Locale, MessageKey, MessageParams } from "../i18n";
import {
  layoutOf,
  normalizeWord,
  readSettings,
  REVIEW_DIMENSIONS,
  type ReviewDimension,
  type AnyTables,
  type DataProblem,
  type Settings,
  type TableKey,
  type TableRows,
  type TablesOf,
} from "../model";
import type { CurveTable, DataIssue } from "./types";

/** The people, their goals and the actuals entered by hand: what every goal score starts from. */
export const GOAL_TABLES = ["Managers", "KPIs", "Goals", "Actuals"] as const;

/** The CRM tables a derived actual is counted from (KPI Sources `deals.*`, `customers.new`, `interactions.*`). */
export const CRM_TABLES = ["Customers", "Interactions", "Deals"] as const;

/** Tables the report reads (Payouts is optional: it is only used to spot recorded payouts above the cap). */
export const REPORT_TABLES = [
  ...GOAL_TABLES,
  "Tasks",
  ...CRM_TABLES,
  "Reviews",
  "Plans",
  "Curves",
  "Ratings",
  "Careers",
  "Training",
  "Meetings",
  "Surveys",
  "Settings",
] as const;

/** A table the report reads. */
export type ReportTableKey = (typeof REPORT_TABLES)[number];

/** The tables handed to `buildPeriod`: typed rows, blank = null, dates = Excel serials. */
export type ReportTables = TablesOf<typeof REPORT_TABLES> & {
  readonly Payouts?: readonly TableRows["Payouts"][];
};

/** What `buildPeriod` needs. */
export interface ReportInput {
  tables: ReportTables;
  /** `2026`, `2026-H1`, `2026-Q3`, `2026-09` or `2026-W37`; halves, quarters and years follow Settings fiscalYearStart. */
  period: string;
  /** A Team value; blank, "all" or "全部" mean the whole team. */
  scope?: string | null;
  /** The report date (Excel serial): pace, overdue tasks and neglected customers are judged as of this day. */
  asOf: number;
  locale: Locale;
}

/**
 * Collects data issues once each (the same bad KPI row is reported once, not once per goal). Given the tables the
 * rows come from, each issue also names the sheet, the Excel row and the column header as the user sees them.
 */
export class IssueLog {
  private readonly seen = new Set<string>();
  readonly issues: DataIssue[] = [];

  /**
   * @param tables - the tables the row numbers refer to (their layouts give sheet, Excel rows and headers).
   */
  constructor(private readonly tables: AnyTables | null = null) {}

  /**
   * Where a row and column are in the workbook: sheet, Excel row and header from the table's layout when it was
   * read from a workbook; for rows built by hand only the Excel row (header at row 1), names then follow the
   * language the flag is shown in.
   */
  private where(table: TableKey, row: number | null, column: string | null): Partial<DataIssue> {
    if (this.tables === null) return {};
    const rows = this.tables[table] ?? [];
    const layout = layoutOf(rows);
    if (!layout) return { excelRow: row === null ? null : row + 1 };
    return {
      sheet: layout.sheet,
      excelRow: row === null ? null : (layout.rowNumbers[row - 1] ?? layout.headerRow + row),
      header: column === null ? null : (layout.headers[column] ?? null),
    };
  }

  /**
   * Keeps an issue unless one with the same identity was kept already.
   * @param id - what makes two issues the same (table, row, reason and its parameters).
   * @param issue - the issue.
   * @returns the issue.
   */
  private once(id: string, issue: DataIssue): DataIssue {
    if (!this.seen.has(id)) {
      this.seen.add(id);
      this.issues.push(issue);
    }
    return issue;
  }

  /**
   * Records the issues another log kept (an index's, built once and shared: the team book's CRM index), in its
   * order, as if they had been recorded here.
   * @param other - the other log (of the same tables: its issues are located as this log would locate them).
   */
  replay(other: IssueLog): void {
    // `seen` and `issues` grow together: the n-th identity is the n-th issue's.
    let i = 0;
    for (const id of other.seen) this.once(id, other.issues[i++]);
  }

  /**
   * Records a problem found by `screenTables` (a later duplicate id, merged cells), located by Excel row.
   * @param problem - the problem.
   * @returns the issue.
   */
  addProblem(problem: DataProblem): DataIssue {
    const cause: DataIssue["cause"] =
      problem.kind === "duplicateId"
        ? {
            key: "report.issue.duplicateId",
            params: { id: problem.id, columns: problem.columns, first: problem.firstRow },
          }
        : { key: "report.issue.mergedCells", params: { range: problem.range } };
    const issue: DataIssue = {
      table: problem.table,
      person: null,
      row: null,
      column: problem.column,
      cause,
      sheet: problem.sheet,
      excelRow: problem.row,
      header: problem.header,
    };
    return this.once(
      `${problem.table}|${problem.row}|${problem.kind}|${JSON.stringify(cause.params)}`,
      issue,
    );
  }

  /**
   * Records a problem.
   * @param table - the table.
   * @param row - 1-based data row, or null for the table as a whole.
   * @param column - column key, or null.
   * @param key - reason message key.
   * @param params - its parameters.
   * @param person - the ManagerID the row belongs to, if any.
   * @returns the issue (new or already recorded).
   */
  add(
    table: TableKey,
    row: number | null,
    column: string | null,
    key: MessageKey,
    params: MessageParams = {},
    person: string | null = null,
  ): DataIssue {
    const issue: DataIssue = {
      table,
      person,
      row,
      column,
      cause: { key, params },
      ...this.where(table, row, column),
    };
    return this.once(`${table}|${row}|${column}|${key}|${JSON.stringify(params)}`, issue);
  }

  /**
   * Records a KpiError raised by core for a cell; other exceptions are programming errors and are re-thrown.
   * @param table - the table.
   * @param row - 1-based data row.
   * @param column - column key.
   * @param error - what was thrown.
   * @param person - the ManagerID the row belongs to, if any.
   * @returns the issue.
   * @throws the error itself when it is not a KpiError.
   */
  fromError(
    table: TableKey,
    row: number | null,
    column: string | null,
    error: unknown,
    person: string | null = null,
  ): DataIssue {
    if (!(error instanceof KpiError)) throw error;
    return this.add(table, row, column, error.key, error.params, person);
  }
}

/**
 * Groups rows by a text key, remembering each row's 1-based position in its table.
 * @param rows - table rows.
 * @param key - the grouping key of a row (null rows are left out).
 * @returns a map from key to the rows (with their row numbers), in table order.
 */
export function groupRows<R>(
  rows: readonly R[],
  key: (row: R) => string | null,
): Map<string, { row: R; n: number }[]> {
  const groups = new Map<string, { row: R; n: number }[]>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (k === null) return;
    const list = groups.get(k);
    if (list) list.push({ row, n: i + 1 });
    else groups.set(k, [{ row, n: i + 1 }]);
  });
  return groups;
}

/**
 * Groups rows added to a table into a copy of its groups (rows by person, by customer, …): a group a row joins is
 * copied once, the others are shared, so `groups` — the previous version's — stays as it was.
 * @param groups - the groups of the rows before.
 * @param rows - the rows added, in table order.
 * @param key - a row's group, or null to leave it out.
 * @param place - puts a row into its group's list (default: at the end).
 * @returns the groups with the rows added.
 */
export function extendGroups<R>(
  groups: ReadonlyMap<string, readonly R[]>,
  rows: readonly R[],
  key: (row: R) => string | null,
  place: (list: R[], row: R) => void = (list, row) => list.push(row),
): Map<string, R[]> {
  const next = new Map(groups) as Map<string, R[]>;
  const copied = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    let list = next.get(k);
    if (!list || !copied.has(k)) {
      list = [...(list ?? [])];
      next.set(k, list);
      copied.add(k);
    }
    place(list, row);
  }
  return next;
}

/**
 * Normalizes an id for matching.
 * @param value - a cell value.
 * @returns the trimmed text, or null when blank.
 * @example idOf(" M001 ") // "M001"
 */
export function idOf(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value.trim() : String(value);
  return text === "" ? null : text;
}

/** The settings the report reads (the model's typed settings; review weights equal unless set). */
export type ReportSettings = Settings;

/**
 * Reads the Settings table with the model's reader. A value that cannot be read keeps its default and is reported
 * on its Settings row. Review weights are equal when the table sets none (the spec's "reviewWeights or equal").
 * @param rows - Settings rows.
 * @param log - where unreadable values are reported.
 * @returns the settings.
 */
export function readReportSettings(rows: readonly TableRows["Settings"][], log: IssueLog): ReportSettings {
  const { settings, issues } = readSettings(rows);
  const rowOf = (setting: string) => rows.findIndex((r) => normalizeWord(r.Key) === normalizeWord(setting));
  for (const issue of issues) {
    const i = rowOf(issue.setting);
    log.add("Settings", i < 0 ? null : i + 1, "Value", "report.issue.setting", {
      key: issue.setting,
      value: i < 0 ? "" : (rows[i].Value ?? ""),
    });
  }
  const weightsRow = rowOf("reviewWeights");
  const weightsSet =
    weightsRow >= 0 &&
    (rows[weightsRow].Value ?? "").trim() !== "" &&
    !issues.some((x) => x.setting === "reviewWeights");
  if (!weightsSet) {
    settings.reviewWeights = Object.fromEntries(
      REVIEW_DIMENSIONS.map((d) => [d, 1 / REVIEW_DIMENSIONS.length]),
    ) as Record<ReviewDimension, number>;
  }
  return settings;
}

/**
 * Curves and tier tables from the Curves table, by name, built lazily and once. Points are sorted (users may list
 * them in any order); a duplicate point or an empty curve is a data issue naming the Curves row.
 */
export class CurveBook {
  private readonly rows: Map<string, { row: TableRows["Curves"]; n: number }[]>;
  private readonly curves = new Map<string, Curve | null>();
  private readonly tiers = new Map<string, Tiers | null>();
  private readonly used = new Set<string>();

  /**
   * @param rows - Curves rows.
   * @param log - where bad curves are reported.
   */
  constructor(
    rows: readonly TableRows["Curves"][],
    private readonly log: IssueLog,
  ) {
    this.rows = groupRows(rows, (r) => idOf(r.Curve));
  }

  private numericRows(name: string): NumericRow[] | null {
    const list = this.rows.get(name);
    if (!list) return null;
    return [...list]
      .sort((a, b) => a.row.Point - b.row.Point || a.n - b.n)
      .map(({ row, n }) => ({ row: n, key: row.Point, value: row.Value }));
  }

  /**
   * A curve by name (used by scoring rules and bonus plans).
   * @param name - the curve name.
   * @param table - the table naming the curve (for the message when it does not exist).
   * @param row - that table's row.
   * @param column - that table's column.
   * @returns the curve, or null when missing or invalid (reported).
   */
  curve(name: string, table: TableKey, row: number, column: string): Curve | null {
    return this.build(name, table, row, column, this.curves, makeCurve);
  }

  /**
   * A tier table by name (used by commission plans).
   * @param name - the tier table name.
   * @param table - the table naming it.
   * @param row - that table's row.
   * @param column - that table's column.
   * @returns the tiers, or null when missing or invalid (reported).
   */
  tierTable(name: string, table: TableKey, row: number, column: string): Tiers | null {
    return this.build(name, table, row, column, this.tiers, (rows) => makeTiers(rows));
  }

  private build<T>(
    name: string,
    table: TableKey,
    row: number,
    column: string,
    cache: Map<string, T | null>,
    make: (rows: NumericRow[]) => T,
  ): T | null {
    if (!cache.has(name)) {
      const rows = this.numericRows(name);
      let built: T | null = null;
      if (rows !== null) {
        try {
          built = make(rows);
        } catch (error) {
          const at =
            error instanceof KpiError && typeof error.params.row === "number" ? error.params.row : null;
          this.log.fromError("Curves", at, "Point", error);
        }
      }
      cache.set(name, built);
    }
    const result = cache.get(name) ?? null;
    if (result === null && !this.rows.has(name)) {
      this.log.add(table, row, column, "report.issue.curveMissing", { curve: name });
    }
    if (result !== null) this.used.add(name);
    return result;
  }

  /**
   * A curve already read by {@link CurveBook.curve} (no new issue is recorded).
   * @param name - the curve name.
   * @returns the curve, or null.
   */
  known(name: string): Curve | null {
    return this.curves.get(name) ?? null;
  }

  /**
   * A tier table already read by {@link CurveBook.tierTable}.
   * @param name - the table name.
   * @returns the tiers, or null.
   */
  knownTiers(name: string): Tiers | null {
    return this.tiers.get(name) ?? null;
  }

  /** @returns the tables that were used and valid, sorted by name, with their points ascending. */
  usedTables(): CurveTable[] {
    return [...this.used].sort().map((name) => ({
      name,
      points: (this.numericRows(name) ?? []).map((r) => ({ point: r.key, value: r.value })),
    }));
  }
}
