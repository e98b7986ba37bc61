/**
 * Adding and editing a customer from the pane, with its line in the hash-chained Audit table (Action "add" or
 * "edit", Subject = the CustomerID, Reason = the customer and owner added, or the cells an edit changed). A new
 * customer and its Audit line are appended in one write (both land or neither does); an edit is written against
 * the row as read (a change made in the sheet meanwhile is refused, not overwritten) and undone when its Audit line
 * cannot be written.
 */
import type { CustomerRow, TableRows } from "../model";
import { appendWithAudit, approverOf, updateWithAudit, type NewAuditRow } from "./audit";
import type { TableAppend, WorkbookPort } from "./port";

/** When and in which period the write is logged, and what its Audit line says. */
export interface CustomerWriteLog {
  /** Today (Excel serial). */
  date: number;
  /** The period the pane shows (the Audit table's Period). */
  period: string;
  /** The Audit line's Reason: the customer and owner added, or the cells an edit changed. */
  reason: string;
}

/**
 * @param port - the workbook.
 * @param row - the customer to write.
 * @param read - the row as the form opened on it, or null for a new customer.
 * @param log - date, period and reason of the Audit line.
 * @throws ValidationError for a refused row, ConflictError when the sheet changed the row since it was read,
 *   KpiError from the port; nothing is left written then.
 */
export async function saveCustomer(
  port: WorkbookPort,
  row: CustomerRow,
  read: CustomerRow | null,
  log: CustomerWriteLog,
): Promise<void> {
  const { Settings } = await port.readTables(["Settings"]);
  const audit: NewAuditRow = {
    Date: Math.floor(log.date),
    Action: read === null ? "add" : "edit",
    PayoutID: null,
    Period: log.period,
    By: approverOf(Settings as readonly TableRows["Settings"][]) || null,
    Reason: log.reason.trim() === "" ? null : log.reason.trim(),
    Subject: row.CustomerID,
  };
  if (read === null) {
    await appendWithAudit(port, [{ key: "Customers", rows: [row] } as TableAppend], [audit]);
    return;
  }
  // An edit the log does not record is not kept.
  await updateWithAudit(port, "Customers", [row], [read], [audit]);
}
