/**
 * The team book: the workbook's tables as one indexed, typed picture, built once per data version and shared by
 * every surface (the pane's screens, the report, the ribbon, the CLIs).
 *
 * - Tables: each table screened once (later duplicate ids left out, merged cells found; `screenTables`), with its
 *   data problems.
 * - Indexes: people by id, the teams, any person-keyed table grouped by ManagerID — built on first use, then kept.
 * - The period picture: `period(period, asOf, scope)` (src/domain/period `buildPeriod`) — people and teams
 *   for the period, goals with their actuals (entered or derived from CRM rows) and scores, bonus and commission,
 *   payout status, reviews, development, pulse under the anonymity rule and the flags — computed once per data
 *   version, period and day, and shared: the Team screen, the what-if and the generated report read the same one.
 * - Shared indexes: `indexes(fiscalYearStart)` — the goal and CRM indexes (src/domain/goals/scoring), one of each per
 *   data version, read by the period picture and by the screens' own pictures alike.
 * - Derived pictures: `derive(name, tables, build)` keeps anything computed from the book, keyed by name and by
 *   the tables it reads.
 *
 * Versions: `buildBook(tables, { previous, versions })` makes the next version from newly read rows. A table is
 * unchanged when the adapter's change token (`WorkbookPort.tableVersions`) is the one the previous book read it
 * at — then it need not even be read again — or, without a token, when its rows and layout hash the same. An
 * unchanged table keeps its screened rows (the same array) and its problems; a derived picture keeps its value
 * when none of the tables it reads changed. So a write to Interactions reads and re-screens only Interactions and
 * recomputes only what reads it. Pure: no React, no Office, no I/O.
 */
import type { Locale } from "../i18n";
import {
  attachLayout,
  layoutOf,
  layoutOrDefault,
  screenTables,
  type AnyTables,
  type DataProblem,
  type ManagerRow,
  type TableKey,
  type TableRows,
} from "../model";
import { extendGroups, IssueLog, REPORT_TABLES, type ReportTables } from "../domain/input";
import {
  CRM_INDEX_TABLES,
  CrmIndex,
  GOAL_INDEX_TABLES,
  GoalIndex,
  type SharedIndexes,
} from "../domain/goals/scoring";
import {
  buildPeriod,
  buildRosterFigures,
  ROSTER_FIGURE_TABLES,
  type PeriodInput,
  type PeriodPicture,
  type RosterFigure,
} from "../domain/period";

/** Rows of the tables a book holds (screened). */
export type BookTables = { readonly [K in TableKey]?: readonly TableRows[K][] };

/** Rows appended to tables (`WorkbookPort.readAppended`), by table. */
export type AppendedRows = { readonly [K in TableKey]?: readonly TableRows[K][] };

/**
 * Brings a derived picture up to date with rows appended to the tables it reads, instead of computing it again.
 * @param previous - the picture of the book it was computed in.
 * @param appended - the rows appended since, of the tables it reads that changed (only appends).
 * @returns the picture of this book (a new value: `previous` stays as it was), or null to compute it anew.
 */
export type Extend<T> = (previous: T, appended: AppendedRows) => T | null;

/** One table as the book keeps it. */
interface BookTable {
  /** The adapter's change token, or null when the table was read without one. */
  token: string | null;
  /**
   * Without a token: the rows as read, hashed (rows and layout) only when a next version has rows to compare them
   * with — a book that is never followed (the CLI's report) never pays for it.
   */
  read: readonly unknown[] | null;
  /** The hash of `read`, once computed. */
  hash: string | null;
  rows: readonly unknown[];
  problems: readonly DataProblem[];
  /**
   * Null: the whole table. Else the only columns its rows hold (`WorkbookPort.readColumns`: the first part of a
   * book read in two) — such a table is not `has`, its rows are no screen's and only the roster's figures read them.
   */
  columns: readonly string[] | null;
}

/** The hash of a table read without a token (computed once, on first use). */
function hashOf(entry: BookTable): string {
  entry.hash ??= fingerprintOf(entry.read ?? entry.rows);
  return entry.hash;
}

/** A picture derived from the book, with the tables it was computed from. */
interface Derived {
  tables: readonly TableKey[];
  value: unknown;
  /** Rows appended to its tables since `value` was computed (it is then of an earlier version). */
  pending?: AppendedRows;
}

/** Options of {@link buildBook}. */
export interface BuildBookOptions {
  /** The language of sheet and header names for rows without a layout (built by hand), and of the report model. */
  locale: Locale;
  /** The book this one follows: unchanged tables and what was derived only from them are carried over. */
  previous?: Book | null;
  /**
   * The adapter's change token of every table the workbook holds (`WorkbookPort.tableVersions`), when it has
   * them: a table whose token is the one `previous` holds it at is carried over, and need not be in `tables`.
   */
  versions?: { readonly [K in TableKey]?: string } | null;
  /**
   * Rows appended to tables since `previous` read them (`WorkbookPort.readAppended` from the token `previous`
   * holds), with the new tokens in `versions`: such a table's rows are the previous ones followed by these —
   * neither read nor screened again (the append checked their ids unique) — and a picture derived from it is
   * extended from these rows when `derive` is given a way to (`Extend`), else computed again on first use.
   */
  appended?: AppendedRows | null;
  /**
   * Tables of `previous` carried over unread although read without a change token: read for the same version of
   * the workbook (the first part of a book read in two, `completeBook`).
   */
  carry?: readonly TableKey[];
  /**
   * Tables of `tables` read with only some columns (`WorkbookPort.readColumns`), with those columns: held in part
   * (see `Book.holds`), read whole by the next version.
   */
  columns?: { readonly [K in TableKey]?: readonly string[] } | null;
}

/** The indexed, typed picture of one version of the workbook's tables. */
export class Book {
  /** 0 for a first book, previous + 1 after. */
  readonly version: number;
  readonly locale: Locale;
  /** The tables whose rows differ from the previous version (every table of a first book). */
  readonly changed: ReadonlySet<TableKey>;
  private readonly entries: ReadonlyMap<TableKey, BookTable>;
  private readonly derived: Map<string, Derived>;
  private problemList: readonly DataProblem[] | null = null;

  /** @internal use {@link buildBook}. */
  constructor(
    version: number,
    locale: Locale,
    entries: ReadonlyMap<TableKey, BookTable>,
    changed: ReadonlySet<TableKey>,
    derived: Map<string, Derived>,
  ) {
    this.version = version;
    this.locale = locale;
    this.entries = entries;
    this.changed = changed;
    this.derived = derived;
  }

  /** @returns the tables the book holds, in the order they were read. */
  get keys(): TableKey[] {
    return [...this.entries.keys()];
  }

  /**
   * @param key - a table.
   * @returns whether the book holds it whole (the workbook has it and it was read, every column).
   */
  has(key: TableKey): boolean {
    return this.entries.get(key)?.columns === null;
  }

  /**
   * @param key - a table.
   * @returns whether the book holds it, whole or some of its columns (the first part of a book read in two holds
   *   the goals' and the CRM tables' columns the roster's figures count: `ROSTER_FIGURE_COLUMNS`).
   */
  holds(key: TableKey): boolean {
    return this.entries.has(key);
  }

  /**
   * @param keys - tables.
   * @returns whether the book holds each of them, whole or in part.
   */
  holdsAll(keys: readonly TableKey[]): boolean {
    return keys.every((key) => this.entries.has(key));
  }

  /**
   * @param key - a table the book holds whole.
   * @returns its screened rows (later duplicate ids left out); the same array while the table is unchanged.
   * @throws Error when the book does not hold the whole table (a programming error: check `has`).
   */
  rows<K extends TableKey>(key: K): readonly TableRows[K][] {
    const entry = this.entries.get(key);
    if (!entry) throw new Error(`the team book holds no ${key} table`);
    if (entry.columns !== null)
      throw new Error(`the team book holds only the columns ${entry.columns.join(", ")} of ${key}`);
    return entry.rows as readonly TableRows[K][];
  }

  /** A table's rows, whole or in part (only what reads the columns a part holds may use them). */
  private heldRows<K extends TableKey>(key: K): readonly TableRows[K][] {
    return (this.entries.get(key)?.rows ?? []) as readonly TableRows[K][];
  }

  /**
   * The rows of several tables as one object, the same object for the same keys while they are unchanged.
   * @param keys - tables the book holds.
   * @returns `{ [key]: rows }`.
   */
  pick<K extends TableKey>(keys: readonly K[]): { [P in K]: TableRows[P][] } {
    return this.derive(`tables:${keys.join(",")}`, keys, () => {
      const out = {} as { [P in K]: TableRows[P][] };
      for (const key of keys) out[key] = this.rows(key) as TableRows[K][];
      return out;
    });
  }

  /**
   * @param key - a table.
   * @returns the adapter's change token the book holds the table at, or null (not held, or read without one).
   */
  versionOf(key: TableKey): string | null {
    const entry = this.entries.get(key);
    // A table held in part is read whole by the next version, whatever its token.
    return entry && entry.columns === null ? entry.token : null;
  }

  /** Every data problem found (duplicate ids, merged cells), table by table. */
  get problems(): readonly DataProblem[] {
    this.problemList ??= [...this.entries.values()].flatMap((e) => e.problems);
    return this.problemList;
  }

  /**
   * @param keys - tables.
   * @returns the data problems of those tables.
   */
  problemsOf(keys: readonly TableKey[]): DataProblem[] {
    return keys.flatMap((key) => [...(this.entries.get(key)?.problems ?? [])]);
  }

  /** People by ManagerID (trimmed), first row of an id only. */
  get people(): ReadonlyMap<string, ManagerRow> {
    return this.derive("people", ["Managers"], () => {
      const people = new Map<string, ManagerRow>();
      for (const row of this.has("Managers") ? this.rows("Managers") : []) {
        const id = row.ManagerID.trim();
        if (id !== "" && !people.has(id)) people.set(id, row);
      }
      return people;
    });
  }

  /** The teams named in Managers, sorted in the book's language. */
  get teams(): readonly string[] {
    return this.derive("teams", ["Managers"], () => {
      const teams = new Set<string>();
      for (const row of this.people.values())
        if (row.Team && row.Team.trim() !== "") teams.add(row.Team.trim());
      return [...teams].sort((a, b) => a.localeCompare(b, this.locale));
    });
  }

  /**
   * A person-keyed table grouped by ManagerID (trimmed), in table order.
   * @param key - a table with a ManagerID column (Goals, Tasks, Deals, Interactions, …).
   * @returns the rows by person; empty when the book does not hold the table.
   */
  byPerson<K extends TableKey>(key: K): ReadonlyMap<string, readonly TableRows[K][]> {
    const person = (row: TableRows[K]) => {
      const id = (row as { ManagerID?: unknown }).ManagerID;
      return typeof id === "string" ? id.trim() : null;
    };
    return this.derive<ReadonlyMap<string, readonly TableRows[K][]>>(
      `byPerson:${key}`,
      [key],
      () => extendGroups(new Map(), this.has(key) ? this.rows(key) : [], person),
      // Rows appended: only the lists of the people they belong to are copied.
      (previous, appended) => extendGroups(previous, appended[key] ?? [], person),
    );
  }

  /**
   * The goal and CRM indexes of this version, built once and shared by every picture of it — the period
   * picture, the Customers screen's customer book, the Goals screen's goals book — and kept while their tables
   * are unchanged; after interactions were only appended, the CRM index is extended by them.
   * @param fiscalYearStart - Settings fiscalYearStart (the goal index reads period cells by it).
   * @returns the indexes (missing tables count as empty).
   */
  indexes(fiscalYearStart: number): SharedIndexes {
    const goals = this.derive(`index:goals:${fiscalYearStart}`, GOAL_INDEX_TABLES, () => {
      const tables = this.rowsOf(GOAL_INDEX_TABLES);
      return new GoalIndex(tables, fiscalYearStart);
    });
    const crm = this.derive(
      "index:crm",
      CRM_INDEX_TABLES,
      () => {
        const tables = this.rowsOf(CRM_INDEX_TABLES);
        const crmLog = new IssueLog(tables);
        return { crm: new CrmIndex(tables, crmLog), crmLog };
      },
      // Interactions appended: the deals (and so the issues found in them) are unchanged.
      (previous, appended) =>
        Object.keys(appended).every((key) => key === "Interactions")
          ? { crm: previous.crm.withInteractions(appended.Interactions ?? []), crmLog: previous.crmLog }
          : null,
    );
    return { goals, ...crm };
  }

  /**
   * The rows of tables (a table the book does not hold is empty; a table held in part, its rows of those columns:
   * the indexes read only the columns `ROSTER_FIGURE_COLUMNS` names, and a book holding a part is followed by one
   * holding the whole table, where they are built anew).
   */
  private rowsOf<K extends TableKey>(keys: readonly K[]): { [P in K]: TableRows[P][] } {
    const out = {} as { [P in K]: TableRows[P][] };
    for (const key of keys) out[key] = this.heldRows(key) as TableRows[K][];
    return out;
  }

  /**
   * Computes once per book what is derived from some of its tables, and keeps it for the next versions while
   * those tables are unchanged — or only appended to, when `extend` brings it up to date with the new rows.
   * @param name - what it is, with its parameters (`customers:M001:2026-Q2`).
   * @param tables - every table `build` reads.
   * @param build - the computation (pure).
   * @param extend - the same picture from the previous version's and the rows appended since (pure; equal to
   *   `build()`), or none: then an append computes it anew.
   * @returns the value.
   */
  derive<T>(name: string, tables: readonly TableKey[], build: () => T, extend?: Extend<T>): T {
    const hit = this.derived.get(name);
    if (hit && !hit.pending) return hit.value as T;
    if (hit?.pending && extend) {
      const value = extend(hit.value as T, hit.pending);
      if (value !== null) {
        this.derived.set(name, { tables: hit.tables, value });
        return value;
      }
    }
    const value = build();
    this.derived.set(name, { tables: [...tables], value });
    return value;
  }

  /**
   * The picture of a period (see the module comment), from the book's screened tables and their problems.
   * @param period - `2026-Q2`, `2026-05`, `2026`, …
   * @param asOf - the day figures are judged on (Excel serial).
   * @param scope - a Team value; null (or blank, "all", "全部") for the whole team.
   * @returns the picture, shared by every caller asking for the same period, day and scope of this data.
   * @throws KpiError when the period cannot be read; Error when a table the picture needs is missing.
   */
  period(period: string, asOf: number, scope: string | null = null): PeriodPicture {
    return this.derive(this.periodName(period, asOf, scope), this.periodTables(), () =>
      buildPeriod(this.periodInput(period, asOf, scope)),
    );
  }

  /**
   * @param period - as for `period`.
   * @param asOf - as for `period`.
   * @param scope - as for `period`.
   * @returns whether that period picture is computed for this version already (asking for it costs nothing then).
   */
  hasPeriod(period: string, asOf: number, scope: string | null = null): boolean {
    const hit = this.derived.get(this.periodName(period, asOf, scope));
    return hit !== undefined && !hit.pending;
  }

  /**
   * Each person's composite score and overdue tasks of a period, as the period picture has them: taken from the
   * picture when it is computed already (or was, for an earlier version), else computed alone (`buildRosterFigures`:
   * a fraction of the picture's cost, and its indexes are the ones the picture then reuses) — what the roster's first
   * rows wait for. Computed alone, it reads only `ROSTER_FIGURE_TABLES`, so a book holding just those (the pane's
   * first read, src/book/next.ts) can give it.
   * @param period - as for `period`.
   * @param asOf - as for `period`.
   * @param scope - as for `period`.
   * @returns per person of the period (by id), the figures.
   * @throws as `period`.
   */
  rosterFigures(
    period: string,
    asOf: number,
    scope: string | null = null,
  ): ReadonlyMap<string, RosterFigure> {
    // A picture of an earlier version (rows appended since: a save) is computed again in full — the screen showed
    // it, so it will be asked for — rather than the roster's figures first and the picture again after them.
    if (this.derived.has(this.periodName(period, asOf, scope))) {
      const picture = this.period(period, asOf, scope);
      return this.derive(
        `rosterOfPeriod:${this.periodName(period, asOf, scope)}`,
        this.periodTables(),
        () => {
          const figures = new Map<string, RosterFigure>();
          for (const p of picture.people)
            figures.set(p.id, { composite: p.composite, overdue: p.work.overdue });
          return figures;
        },
      );
    }
    // Its own tables only: a book that holds just those (the pane's first read: some of them in part) can give the
    // roster's figures.
    return this.derive(`roster:${period}:${asOf}:${scope ?? ""}`, ROSTER_FIGURE_TABLES, () =>
      buildRosterFigures({
        ...this.periodInput(period, asOf, scope, []),
        tables: this.rowsOf(ROSTER_FIGURE_TABLES),
        problems: this.problemsOf(ROSTER_FIGURE_TABLES),
      }),
    );
  }

  private periodName(period: string, asOf: number, scope: string | null): string {
    return `period:${period}:${asOf}:${scope ?? ""}`;
  }

  /** The tables a period picture reads: Payouts is optional (its status and flags when the workbook has it). */
  private periodTables(): TableKey[] {
    return this.has("Payouts") ? [...REPORT_TABLES, "Payouts"] : [...REPORT_TABLES];
  }

  /** The input of a period picture, or of the roster's figures (`tables`: theirs). */
  private periodInput(
    period: string,
    asOf: number,
    scope: string | null,
    tables: readonly TableKey[] = this.periodTables(),
  ): PeriodInput {
    return {
      tables: this.pick(tables) as unknown as ReportTables,
      problems: this.problemsOf(tables),
      indexes: (fiscalYearStart) => this.indexes(fiscalYearStart),
      period,
      scope,
      asOf,
      locale: this.locale,
    };
  }
}

/**
 * What identifies a table's content when the adapter gives no change token: its row count, its layout (sheet, row
 * numbers, headers, merged cells) and its rows, as two independent 32-bit FNV-1a-style hashes of each row's JSON in
 * turn — never one text of the whole table (at 2,000 people that was tens of MB to build and collect).
 */
function fingerprintOf(rows: readonly unknown[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ rows.length;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    // A separator no JSON text holds, so that rows cannot run into each other.
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xffff, 0x5bd1e995);
  };
  feed(JSON.stringify(layoutOf(rows) ?? null));
  for (const row of rows) feed(JSON.stringify(row));
  return `${rows.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/**
 * A table's next version when rows were only appended: the previous screened rows followed by the new ones, with
 * their row numbers, and the previous problems (the append checked the new ids unique in the table).
 */
function extendTable(
  key: TableKey,
  before: BookTable,
  added: readonly unknown[],
  token: string,
  locale: Locale,
): BookTable {
  const layout = layoutOrDefault(key, before.rows, locale);
  const numbers =
    layoutOf(added)?.rowNumbers ?? added.map((_, i) => layout.headerRow + 1 + before.rows.length + i);
  const rows = attachLayout(before.rows.concat(added), {
    ...layout,
    rowNumbers: layout.rowNumbers.concat(numbers),
  });
  return { token, read: null, hash: null, rows, problems: before.problems, columns: null };
}

/**
 * Makes a book from rows as `WorkbookPort.readTables` returns them.
 * @param tables - the rows of the tables read (any subset of the schema; with `versions`, only the tables whose
 *   token moved).
 * @param options - the language, the previous book to carry unchanged tables and pictures over from, and the
 *   adapter's change tokens.
 * @returns the book.
 * @example buildBook(await port.readTables(keys), { locale: "zh-CN", previous: book }).period("2026-Q2", today)
 */
export function buildBook(tables: AnyTables, options: BuildBookOptions): Book {
  const { locale } = options;
  const previous = options.previous && options.previous.locale === locale ? options.previous : null;
  const versions = options.versions ?? {};
  const appended = (previous && options.appended) || {};
  const entries = new Map<TableKey, BookTable>();
  const changed = new Set<TableKey>();
  const extended: { [K in TableKey]?: readonly TableRows[K][] } = {};
  // In the workbook's order: the tables with a token (all it holds), then any read without one.
  const carry = new Set(previous ? (options.carry ?? []) : []);
  const keys = new Set([...Object.keys(versions), ...carry, ...Object.keys(tables)] as TableKey[]);
  for (const key of keys) {
    const rows = tables[key];
    const token = versions[key];
    const before = previous ? previous["entries"].get(key) : undefined;
    const added = appended[key];
    if (!rows && added && before && before.columns === null && token !== undefined) {
      if (before.token === token) entries.set(key, before);
      else {
        // Only rows appended: the previous rows, then these (their ids are new to the table).
        entries.set(key, extendTable(key, before, added, token, locale));
        changed.add(key);
        (extended as Record<string, unknown>)[key] = added;
      }
      continue;
    }
    if (!rows) {
      // Not read again: carried over when its change token did not move (or it was read for this version).
      if (
        before &&
        before.columns === null &&
        ((token !== undefined && before.token === token) || carry.has(key))
      )
        entries.set(key, before);
      continue;
    }
    const entry: BookTable = {
      token: token ?? null,
      read: token === undefined ? rows : null,
      hash: null,
      rows,
      problems: [],
      columns: options.columns?.[key] ?? null,
    };
    // A table held in part before, or read in part now, is never the same as the version before it.
    const same =
      before !== undefined &&
      before.columns === null &&
      entry.columns === null &&
      (token !== undefined
        ? before.token === token
        : before.token === null && hashOf(before) === hashOf(entry));
    if (same) {
      entries.set(key, before);
      continue;
    }
    changed.add(key);
    const screened = screenTables({ [key]: rows } as AnyTables, locale);
    entry.rows = screened.tables[key] ?? [];
    entry.problems = screened.problems;
    entries.set(key, entry);
  }
  // Tables read before but not now count as changed (a sheet deleted).
  if (previous) for (const key of previous.keys) if (!entries.has(key)) changed.add(key);
  const derived = new Map<string, Derived>();
  if (previous) {
    for (const [name, entry] of previous["derived"]) {
      const hit = entry.tables.filter((key) => changed.has(key));
      if (hit.length === 0) derived.set(name, entry);
      else if (hit.every((key) => extended[key] !== undefined)) {
        // Only appended to: kept with the rows to extend it by on its next use (or computed anew then).
        const pending: Record<string, readonly unknown[]> = { ...entry.pending };
        for (const key of hit) pending[key] = [...(pending[key] ?? []), ...(extended[key] ?? [])];
        derived.set(name, { tables: entry.tables, value: entry.value, pending: pending as AppendedRows });
      }
    }
  }
  return new Book(previous ? previous.version + 1 : 0, locale, entries, changed, derived);
}
