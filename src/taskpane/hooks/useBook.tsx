/**
 * The team book in the pane: one book per revision (a write through the pane, an edit in the sheet, a refresh),
 * shared by every screen through a context. Switching screens reads nothing and rebuilds nothing. When the adapter
 * gives change tokens (`WorkbookPort.tableVersions`: the in-memory workbook), a revision reads only the tables
 * whose token moved — after logging an interaction, Interactions alone, and of it only the rows appended when the
 * adapter can tell (`WorkbookPort.readAppended`); otherwise every table is read and the book compares their rows. Either way the next book re-screens only the tables that changed and keeps what was
 * derived from the others (src/book); a revision that changed nothing keeps the same book object.
 *
 * The first book is read in two parts: the roster's tables (`FIRST_TABLES`: people, goals, actuals, curves, tasks,
 * the CRM tables the actuals are derived from, settings — of the goals and the CRM tables only the columns the
 * roster's figures count, `FIRST_COLUMNS`) and, once the screen has painted what it shows from them, the other
 * tables (reviews, plans, development, meetings, pulse, …) and those four whole. Meanwhile `part` holds the
 * first part and `book` is still null: a screen whose tables are all wholly in the part is served from it, any other
 * waits with its loading state (`useTables`), the roster's figures are computed from the part (TeamScreen), and what
 * reads the whole book (`book`: the person page, the period picture) waits for it — no screen shows figures of a
 * half-read workbook.
 */
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
// Not the book's index: it would pull the person page into the first screen.
import { buildBook, type AppendedRows, type Book } from "../../book/book";
import { completeBook, nextBook } from "../../book/next";
import { ROSTER_FIGURE_COLUMNS, ROSTER_FIGURE_TABLES } from "../../domain/period";
import type { Locale } from "../../i18n";
import type { TableKey, TableRows } from "../../model";
import type { RowNames } from "../shell/errorText";
import type { WorkbookPort } from "../../workbook/port";

/** The tables of the first book read first (the pane opens on the Team screen: its roster's tables). */
export const FIRST_TABLES: readonly TableKey[] = ROSTER_FIGURE_TABLES;

/** Of the first tables, those read only in part first, with the columns read (the roster's figures count them). */
export const FIRST_COLUMNS: { readonly [K in TableKey]?: readonly string[] } = ROSTER_FIGURE_COLUMNS;

/** What {@link useBook} returns. */
export interface BookState {
  /** The latest whole book (every table the workbook holds), kept while the next one is read; null before the first. */
  book: Book | null;
  /**
   * While the first book's other tables are read: its first part (`FIRST_TABLES` only, `FIRST_COLUMNS` in part);
   * null otherwise. Only for readers of those tables (`useTables`, `useBookFor`, the roster's figures).
   */
  part: Book | null;
  /** The last read's failure, or null. */
  error: unknown;
  /** A read is running. */
  loading: boolean;
}

const BookContext = createContext<BookState | null>(null);

/** Props of {@link BookProvider}. */
export type BookProviderProps = {
  port: WorkbookPort;
  locale: Locale;
  /** The pane's revision: a new one reads the tables again. */
  revision: number;
  children: ReactNode;
};

/**
 * Reads the workbook's tables once per revision and provides the book built from them.
 * @param props - the port, the language, the revision and the children.
 * @returns the provider element.
 */
export function BookProvider({ port, locale, revision, children }: BookProviderProps) {
  const [state, setState] = useState<BookState>({ book: null, part: null, error: null, loading: true });
  // The last book, with the port it was read from (a book of another workbook is never carried over).
  const previous = useRef<{ port: WorkbookPort; book: Book } | null>(null);

  useEffect(() => {
    let current = true;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    const before =
      previous.current && previous.current.port === port && previous.current.book.locale === locale
        ? previous.current.book
        : null;
    const read = async (): Promise<Book | null> => {
      if (before) return nextBook(port, locale, before);
      // A first book: the roster's tables, their rows painted, then the others.
      const part = await nextBook(port, locale, null, FIRST_TABLES, FIRST_COLUMNS);
      if (!current) return null;
      setState({ book: null, part, error: null, loading: true });
      await afterPaint();
      return current ? completeBook(port, locale, part) : null;
    };
    read().then(
      (book) => {
        if (!book || !current) return;
        previous.current = { port, book };
        setState((s) =>
          s.book === book && !s.loading && s.error === null && s.part === null
            ? s
            : { book, part: null, error: null, loading: false },
        );
      },
      (error: unknown) => current && setState((s) => ({ ...s, part: null, error, loading: false })),
    );
    // A read that finishes after a newer one started (or after unmount) is dropped.
    return () => {
      current = false;
    };
  }, [port, locale, revision]);

  return <BookContext.Provider value={state}>{children}</BookContext.Provider>;
}

/**
 * Resolves once the browser has painted what the last state change rendered (the next frame, then a task after
 * it); without animation frames (tests), after a task.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(next);
    else next();
  });
}

/**
 * @param state - the shared book state.
 * @returns the book a reader of the first part's tables may use: the whole book, else (while the first book's other
 *   tables are read) its first part; null before either. A reader checks that it holds its tables (`Book.has`).
 */
export function heldBook(state: BookState): Book | null {
  return state.book ?? state.part;
}

/**
 * @returns the pane's team book, its failure and whether a read is running.
 * @throws Error when used outside {@link BookProvider} (KpiDeskProvider provides it).
 */
export function useBook(): BookState {
  const value = useContext(BookContext);
  if (!value) throw new Error("useBook must be used inside <KpiDeskProvider>");
  return value;
}

/**
 * The book a screen's rows belong to: the shared one when `useTables` served them from it (the usual case), else a
 * book of those rows alone (the screen read them itself), so the screen's figures always match its rows.
 * @param data - what `useTables(keys)` returned.
 * @param keys - the same keys.
 * @param locale - the pane's language.
 * @returns the book, or null before the rows arrive.
 */
export function useBookFor<K extends TableKey>(
  data: { [P in K]: TableRows[P][] } | null,
  keys: readonly K[],
  locale: Locale,
): Book | null {
  const book = heldBook(useBook());
  const keyList = keys.join("\u0000");
  return useMemo(() => {
    if (!data) return null;
    if (
      book &&
      keyList.split("\u0000").every((k) => book.has(k as K)) &&
      book.pick(keyList.split("\u0000") as K[]) === data
    )
      return book;
    return buildBook(data, { locale });
    // `keys` is read through keyList, a stable dependency for callers that pass a fresh array literal.
  }, [book, data, keyList, locale]);
}

/**
 * What a screen derives from its rows (an index, a view's book), kept in the pane's team book: computed once per
 * data version, found again when the screen is visited again, and kept across writes to tables it does not read.
 * @param data - what `useTables(keys)` returned.
 * @param keys - the same keys: every table `build` reads.
 * @param name - what it is (unique in the pane, e.g. `customers:index`).
 * @param build - the computation on `data` (pure; an exception is thrown to the caller and not kept), given the
 *   book too for what it shares (its goal and CRM indexes: `book.indexes`).
 * @param locale - the pane's language.
 * @param extend - optional: the same value from the previous version's and the rows appended since to tables in
 *   `keys` (pure; equal to `build(data)`, or null to build it anew) — after a save that only appended, the value
 *   is brought up to date instead of computed again.
 * @returns the value, or null before the rows arrive.
 */
export function useDerived<K extends TableKey, T>(
  data: { [P in K]: TableRows[P][] } | null,
  keys: readonly K[],
  name: string,
  build: (data: { [P in K]: TableRows[P][] }, book: Book) => T,
  locale: Locale,
  extend?: (previous: T, appended: AppendedRows, data: { [P in K]: TableRows[P][] }, book: Book) => T | null,
): T | null {
  const book = useBookFor(data, keys, locale);
  const buildRef = useRef(build);
  buildRef.current = build;
  const extendRef = useRef(extend);
  extendRef.current = extend;
  const keyList = keys.join("\u0000");
  return useMemo(() => {
    if (!book || !data) return null;
    const grow = extendRef.current;
    return book.derive(
      `screen:${name}`,
      keyList.split("\u0000") as K[],
      () => buildRef.current(data, book),
      grow && ((previous, appended) => grow(previous, appended, data, book)),
    );
  }, [book, data, keyList, name]);
}

/**
 * The team book's names of people and customers, for a message about a row that refers to them by id (an update
 * refused for a duplicated id). Outside a provider, or before the first book, none.
 * @returns the names, or undefined.
 */
export function useRowNames(): RowNames | undefined {
  const shared = useContext(BookContext);
  // People are in the first part already; Customers only in part there (its names once the whole book is read:
  // until then, while that read runs, customers' names are pending).
  const book = shared ? heldBook(shared) : null;
  const pending = !!shared && shared.book === null && shared.loading;
  return useMemo(
    () =>
      book === null
        ? undefined
        : {
            person: (id: string) => book.people.get(id.trim())?.Name,
            customer: (id: string) =>
              book.has("Customers")
                ? book.rows("Customers").find((c) => c.CustomerID.trim() === id.trim())?.Name
                : undefined,
            customersPending: pending && !book.has("Customers"),
          },
    [book, pending],
  );
}
