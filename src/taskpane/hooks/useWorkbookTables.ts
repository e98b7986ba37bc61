/** Which KPI Desk tables the workbook holds: decides between the first-run screen and the screens. */
import { TABLE_KEYS, type TableKey } from "../../model";
import type { WorkbookPort } from "../../workbook/port";
import { useKpiDesk } from "../shell/KpiDeskContext";
import { useRevisionRead } from "./useRevisionRead";

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
  const { invalidate } = useKpiDesk();
  const { value: present, error } = useRevisionRead(listTables);
  const missing = present ? TABLE_KEYS.filter((key) => !present.includes(key)) : [];
  return { present, missing, error, retry: invalidate };
}

const listTables = (port: WorkbookPort) => port.listTables();
