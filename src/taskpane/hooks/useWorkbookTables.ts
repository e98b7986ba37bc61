/** Which KPI Desk tables the workbook holds: decides between the first-run screen and the screens. */
import { useEffect, useState } from "react";
import { TABLE_KEYS, type TableKey } from "../../model";
import { useKpiDesk } from "../shell/KpiDeskContext";

/** What {@link useWorkbookTables} returns. */
export interface WorkbookTables {
  /** Schema tables present, or null before the first answer. */
  present: TableKey[] | null;
  /** Schema tables missing (empty before the first answer). */
  missing: TableKey[];
  error: unknown;
  /** Lists the tables again (after a failure). */
  retry: () => void;
}

/**
 * Lists the workbook's schema tables, again after every write through the pane.
 * @returns present and missing tables, and the failure if listing failed.
 */
export function useWorkbookTables(): WorkbookTables {
  const { port, revision, invalidate } = useKpiDesk();
  const [state, setState] = useState<{ present: TableKey[] | null; error: unknown }>({
    present: null,
    error: null,
  });

  useEffect(() => {
    let current = true;
    port.listTables().then(
      (present) => current && setState({ present, error: null }),
      (error: unknown) => current && setState({ present: null, error }),
    );
    return () => {
      current = false;
    };
  }, [port, revision]);

  const missing = state.present ? TABLE_KEYS.filter((key) => !state.present?.includes(key)) : [];
  return { ...state, missing, retry: invalidate };
}
