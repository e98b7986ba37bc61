/**
 * Applies an import preview to a workbook, all or nothing: every row is validated first (src/model), then one
 * updateRows and one appendRows batch for the table, then the Audit line. A refused write undoes the updates
 * made before it; nothing is ever deleted.
 */
import { ymdFromSerial } from "../core";
import { KpiError, ValidationError } from "../core/errors";
import { assertValidRows, tableSpec, type AnyRow, type TableKey, type TableRows } from "../model";
import { appendAudit as appendChained, type NewAuditRow } from "../workbook/audit";
import type { WorkbookPort } from "../workbook/port";
import { countsOf, type ImportPreview } from "./preview";

/** Who imports, and when (today's Excel serial). */
export interface ImportActor {
  readonly date: number;
  readonly by?: string | null;
}

/**
 * The Audit row of an import: action `import`, no payout, the month of the day as its period, and the source,
 * file and counts as its reason.
 * @param preview - what was applied.
 * @param actor - who and when.
 * @returns the row.
 */
export function importAuditRow(preview: ImportPreview, actor: ImportActor): NewAuditRow {
  const day = Math.floor(actor.date);
  const { y, m } = ymdFromSerial(day);
  const c = countsOf(preview);
  const by = (actor.by ?? "").trim();
  return {
    Date: day,
    Action: "import",
    PayoutID: null,
    Period: `${y}-${String(m).padStart(2, "0")}`,
    By: by === "" ? null : by,
    Reason: `${preview.profile} · ${preview.fileName} · +${c.add} ~${c.update} =${c.unchanged} −${c.skipped}${c.missing > 0 ? ` ?${c.missing}` : ""}`,
  };
}

/**
 * Appends one Audit row, chained to the log like every other line (src/workbook/audit.ts).
 * @param port - the workbook.
 * @param row - the row (Prev and Hash are computed).
 */
export async function appendAudit(port: WorkbookPort, row: NewAuditRow): Promise<void> {
  await appendChained(port, [row]);
}

/** What `applyImport` wrote. */
export interface ImportResult {
  readonly added: number;
  readonly updated: number;
}

/**
 * Writes a preview: validates every row, then updates, appends and logs.
 * @param port - the workbook.
 * @param preview - the preview to apply (as `planCrmImport` or `planSurveyImport` made it).
 * @param actor - who and when, for the Audit log.
 * @returns the counts written.
 * @throws ValidationError naming the row and column of the first bad row (nothing written).
 */
export async function applyImport(
  port: WorkbookPort,
  preview: ImportPreview,
  actor: ImportActor,
): Promise<ImportResult> {
  const table = preview.table;
  const adds = preview.add.map((a) => a.row) as TableRows[typeof table][];
  const afters = preview.update.map((u) => u.after) as TableRows[typeof table][];
  const audit = importAuditRow(preview, actor);
  // Everything is checked before the first write.
  assertValidRows(table, [...afters, ...adds] as never[], {
    rowNumbers: [...preview.update.map((u) => u.line), ...preview.add.map((a) => a.line)],
  });
  assertValidRows("Audit", [{ Subject: null, ...audit, Prev: null, Hash: null }]);
  try {
    if (afters.length > 0) await port.updateRows(table, afters as never[]);
  } catch (error) {
    throw clearer(error, table);
  }
  try {
    if (adds.length > 0) await port.appendRows(table, adds as never[]);
    await appendAudit(port, audit);
  } catch (error) {
    if (afters.length > 0) await port.updateRows(table, preview.update.map((u) => u.before) as never[]);
    throw clearer(error, table);
  }
  return { added: adds.length, updated: afters.length };
}

/** An older workbook's table without the Source columns: say what to add rather than "not in the table". */
function clearer(error: unknown, table: TableKey): unknown {
  if (
    error instanceof ValidationError &&
    error.issues.some(
      (i) => i.key === "model.issue.notInTable" && (i.column === "Source" || i.column === "SourceID"),
    )
  ) {
    return new KpiError("value", "import.err.noSourceColumns", { table, tableZh: tableSpec(table).sheet.zh });
  }
  return error;
}

/** The tables an import reads: `readImportBook` asks the port for these. */
export const IMPORT_TABLES = [
  "Managers",
  "Customers",
  "Deals",
  "Interactions",
  "Tasks",
  "Surveys",
  "Settings",
] as const;

/**
 * Reads the rows an import needs. StageMap is optional (older workbooks): without it the defaults apply.
 * @param port - the workbook.
 * @returns the rows, and the Settings rows (for saved maps).
 */
export async function readImportBook(port: WorkbookPort) {
  const present = new Set<TableKey>(await port.listTables());
  const keys = [...IMPORT_TABLES, ...(present.has("StageMap") ? (["StageMap"] as const) : [])];
  const rows = (await port.readTables(keys as readonly TableKey[])) as unknown as Record<string, AnyRow[]>;
  return {
    book: {
      Managers: rows.Managers as TableRows["Managers"][],
      Customers: rows.Customers as TableRows["Customers"][],
      Deals: rows.Deals as TableRows["Deals"][],
      Interactions: rows.Interactions as TableRows["Interactions"][],
      Tasks: rows.Tasks as TableRows["Tasks"][],
      Surveys: rows.Surveys as TableRows["Surveys"][],
      StageMap: present.has("StageMap") ? (rows.StageMap as TableRows["StageMap"][]) : null,
    },
    settings: rows.Settings as TableRows["Settings"][],
  };
}
