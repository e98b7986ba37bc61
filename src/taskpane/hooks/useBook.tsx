/**
 * The team book in the pane: one read of every table the workbook holds per revision (a write through the pane, an
 * edit in the sheet, a refresh), one book built from it, shared by every screen through a context. Switching
 * screens reads nothing and rebuilds nothing; after a write the next book re-screens only the tables that changed
 * and keeps what was derived from the others (src/book).
 */
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { buildBook, type Book } from "../../book";
import type { Locale } from "../../i18n";
import type { TableKey, TableRows } from "../../model";
import type { WorkbookPort } from "../../workbook/port";

/** What {@link useBook} returns. */
export interface BookState {
  /** The latest book, kept while the next one is read (null before the first). */
  book: Book | null;
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
  const [state, setState] = useState<BookState>({ book: null, error: null, loading: true });
  const previous = useRef<Book | null>(null);

  useEffect(() => {
    let current = true;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    port
      .listTables()
      .then((present) => port.readTables(present))
      .then(
        (rows) => {
          if (!current) return;
          const book = buildBook(rows, { locale, previous: previous.current });
          previous.current = book;
          setState({ book, error: null, loading: false });
        },
        (error: unknown) => current && setState((s) => ({ ...s, error, loading: false })),
      );
    // A read that finishes after a newer one started (or after unmount) is dropped.
    return () => {
      current = false;
    };
  }, [port, locale, revision]);

  return <BookContext.Provider value={state}>{children}</BookContext.Provider>;
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
  const { book } = useBook();
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
