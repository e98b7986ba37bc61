/**
 * One read of the workbook that is made again after every write through the pane (the pane's revision): its last
 * answer and failure. A read that comes back after a newer one started, or after the component unmounted, is
 * dropped.
 */
import { useEffect, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { useKpiDesk } from "../shell/KpiDeskContext";

/** What {@link useRevisionRead} returns. */
export interface RevisionRead<T> {
  /** The last answer, or null before the first (and after a failure). */
  value: T | null;
  /** The last failure, or null. */
  error: unknown;
}

/**
 * @param read - the read (a method of the port: its tables, its generated sheets); a stable function.
 * @returns its last answer and failure.
 * @example const sheets = useRevisionRead(listGenerated); // const listGenerated = (port) => port.listGeneratedSheets()
 */
export function useRevisionRead<T>(read: (port: WorkbookPort) => Promise<T>): RevisionRead<T> {
  const { port, revision } = useKpiDesk();
  const [state, setState] = useState<RevisionRead<T>>({ value: null, error: null });
  useEffect(() => {
    let current = true;
    read(port).then(
      (value) => current && setState({ value, error: null }),
      (error: unknown) => current && setState({ value: null, error }),
    );
    return () => {
      current = false;
    };
  }, [port, revision, read]);
  return state;
}
