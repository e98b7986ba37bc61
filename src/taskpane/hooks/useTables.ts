/**
 * Reads schema tables through the port, with loading and error state, and reads again whenever the workbook
 * changes through the pane (the context's revision) or the user asks for a refresh.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { screenTables, type DataProblem, type TableKey, type TableRows } from "../../model";
import { useKpiDesk } from "../shell/KpiDeskContext";

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
  const [state, setState] = useState<{ data: TablesData<K> | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  // A stable dependency for callers that pass a fresh array literal on each render.
  const keyList = keys.join("\u0000");

  useEffect(() => {
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
  }, [port, keyList, revision]);

  // Screened once per read: every figure of the pane sees the tables the report sees.
  const screened = useMemo(
    () => (state.data ? screenTables(state.data, locale) : null),
    [state.data, locale],
  );
  return {
    ...state,
    data: screened ? screened.tables : null,
    problems: screened ? screened.problems : [],
    refresh: useCallback(() => invalidate(), [invalidate]),
  };
}
