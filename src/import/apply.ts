/**
 * Applies an import preview to a workbook, all or nothing: every row is validated first (src/model), then one
 * updateRows and one appendRows batch for the table, then the Audit line (survey answers: the answers and the
 * Audit line in one write). A refused write undoes the writes made before it; nothing is ever deleted.
 */
import { ymdFromSerial } from "../core";
import { KpiError, ValidationError } from "../core/errors";
import { runAll, type Step } from "../domain/steps";
import { assertValidRows, rowId, tableSpec, type AnyRow, type TableKey, type TableRows } from "../model";
import { appendAudit as appendChained, appendWithAudit, type NewAuditRow } from "../workbook/audit";
import type { TableAppend, WorkbookPort } from "../workbook/port";
import { settingOfMap, type ImportMap } from "./maps";
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

/** What else an import writes in the same all-or-nothing write. */
export interface ApplyOptions {
  /** A column map to save in Settings (`import.map.<name>`), replacing a saved map of that name. */
  readonly map?: ImportMap;
}

/**
 * Writes a preview: validates every row, then updates, saves the column map, appends and logs — all or nothing:
 * a failed step undoes the ones done before it. Survey answers cannot be undone (the Surveys table refuses
 * deletes), so they and the Audit line are appended in one write (`appendRowsTogether`), the last step.
 * @param port - the workbook.
 * @param preview - the preview to apply (as `planCrmImport` or `planSurveyImport` made it).
 * @param actor - who and when, for the Audit log.
 * @param options - a column map to save with the rows.
 * @returns the counts written.
 * @throws ValidationError naming the row and column of the first bad row (nothing written); KpiError
 *   `import.err.undoFailed` when a step failed and undoing the earlier ones failed too.
 */
export async function applyImport(
  port: WorkbookPort,
  preview: ImportPreview,
  actor: ImportActor,
  options: ApplyOptions = {},
): Promise<ImportResult> {
  const table = preview.table;
  const adds = preview.add.map((a) => a.row) as TableRows[typeof table][];
  const afters = preview.update.map((u) => u.after) as TableRows[typeof table][];
  const befores = preview.update.map((u) => u.before) as TableRows[typeof table][];
  const audit = importAuditRow(preview, actor);
  const setting = options.map ? settingOfMap(options.map) : null;
  // Everything is checked before the first write.
  assertValidRows(table, [...afters, ...adds] as never[], {
    rowNumbers: [...preview.update.map((u) => u.line), ...preview.add.map((a) => a.line)],
  });
  assertValidRows("Audit", [{ Subject: null, ...audit, Prev: null, Hash: null }]);
  if (setting) assertValidRows("Settings", [setting]);

  const steps: Step[] = [];
  if (afters.length > 0) {
    steps.push({
      run: () => port.updateRows(table, afters as never[]),
      undo: () => port.updateRows(table, befores as never[]),
    });
  }
  if (setting) {
    const { Settings } = await port.readTables(["Settings"]);
    const saved = Settings.find((s) => s.Key.toLowerCase() === setting.Key.toLowerCase());
    const row = saved ? { ...setting, Key: saved.Key } : setting;
    steps.push(
      saved
        ? { run: () => port.updateRows("Settings", [row]), undo: () => port.updateRows("Settings", [saved]) }
        : {
            run: () => port.appendRows("Settings", [row]),
            undo: () => port.deleteRows("Settings", [row.Key]),
          },
    );
  }
  if (tableSpec(table).id === null) {
    // Surveys refuse deletes, so appended answers could not be undone: they and the Audit line are one write.
    steps.push({
      run: async () => {
        await appendWithAudit(port, [{ key: table, rows: adds } as TableAppend], [audit]);
      },
      undo: async () => undefined,
    });
  } else {
    if (adds.length > 0) {
      const ids = adds.map((r) => rowId(table, r as never) as string);
      steps.push({
        run: () => port.appendRows(table, adds as never[]),
        undo: () => port.deleteRows(table, ids),
      });
    }
    steps.push({ run: () => appendAudit(port, audit), undo: async () => undefined });
  }
  try {
    await runAll(steps, () => new KpiError("value", "import.err.undoFailed", { table }));
  } catch (error) {
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
