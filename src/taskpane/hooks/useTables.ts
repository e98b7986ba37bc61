/**
 * Schema tables for a screen, with loading and error state, again whenever the workbook changes through the pane
 * (the context's revision) or the user asks for a refresh. The rows come from the pane's team book (useBook): read
 * and screened once per revision for every screen, the same arrays while a table is unchanged. Only when the book
 * cannot serve them (a table the workbook lacks, or the book's read failed) does the hook read them itself, so
 * the screen shows that read's own failure.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { screenTables, type DataProblem, type TableKey, type TableRows } from "../../model";
import { useKpiDesk } from "../shell/KpiDeskContext";
import { heldBook, useBook } from "./useBook";

/** The rows of the requested tables. */
export type TablesData<K extends TableKey> = { [P in K]: TableRows[P][] };

/** What {@link useTables} returns. */
export interface TablesState<K extends TableKey> {
  /**
   * The last rows read, kept while a refresh is running so the screen does not flicker; null before the first.
   * A later row whose id is already used is left out (as in the report), and listed in `problems`.
   */
  data: TablesData<K> | null;
  /** Data problems of the tables read (duplicate ids, merged cells), by sheet, Excel row and header. */
  problems: DataProblem[];
  /** The last read's failure, or null. */
  error: unknown;
  /** A read is running. */
  loading: boolean;
  /** Reads every table of the pane again (after the user edited the sheets by hand, say). */
  refresh: () => void;
}

/**
 * @param keys - the tables to read, in one round trip.
 * @returns the rows, loading and error state, and `refresh`.
 * @example const { data, error, loading } = useTables(["Managers", "Tasks"] as const);
 */
export function useTables<K extends TableKey>(keys: readonly K[]): TablesState<K> {
  const { port, revision, invalidate, locale } = useKpiDesk();
  const shared = useBook();
  const [state, setState] = useState<{ data: TablesData<K> | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  // A stable dependency for callers that pass a fresh array literal on each render.
  const keyList = keys.join("\u0000");
  // "book": served by the team book (or, while the first book's other tables are read, by its first part when it
  // holds them all); "wait": the first read is running, or the part lacks one of them; "direct": read here.
  const held = heldBook(shared);
  const source = shared.error
    ? "direct"
    : held === null
      ? "wait"
      : keyList.split("\u0000").every((key) => held.has(key as K))
        ? "book"
        : shared.book === null
          ? "wait"
          : "direct";
  const fromBook = source === "book" ? held : null;
  const picked = useMemo(
    () => (fromBook ? fromBook.pick(keyList.split("\u0000") as K[]) : null),
    [fromBook, keyList],
  );
  const bookProblems = useMemo(
    () => (fromBook ? fromBook.problemsOf(keyList.split("\u0000") as K[]) : []),
    [fromBook, keyList],
  );

  useEffect(() => {
    if (source !== "direct") return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    port.readTables(keyList.split("\u0000") as K[]).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState((s) => ({ data: s.data, error, loading: false })),
    );
    // A read that finishes after a newer one started (or after unmount) is dropped.
    return () => {
      current = false;
    };
  }, [port, keyList, revision, source]);

  // Screened once per read: every figure of the pane sees the tables the report sees.
  const screened = useMemo(
    () => (state.data ? screenTables(state.data, locale) : null),
    [state.data, locale],
  );
  const refresh = useCallback(() => invalidate(), [invalidate]);
  if (source !== "direct") {
    return {
      data: picked,
      problems: bookProblems,
      error: null,
      loading: source === "wait" || shared.loading,
      refresh,
    };
  }
  return {
    ...state,
    data: screened ? screened.tables : null,
    problems: screened ? screened.problems : [],
    refresh,
  };
}
