/**
 * Writing the Settings screen's sections: setting values upserted by Key into the Settings table, and the rating
 * grid written into the Ratings table (rows updated by Label, new labels appended, labels no longer in the grid
 * deleted — updates keep a user's own extra columns, which replacing the table would lose).
 *
 * The port has no transaction, and each call is one batch on one table. So, as every save of the pane:
 * 1. Everything is validated before the first write (the section's own checks ran already; here the rows are
 *    checked with src/model's `validateRows`), so a bad value writes nothing.
 * 2. The writes are planned against a fresh read of the table (the sheet may have been edited by hand since the
 *    screen read it).
 * 3. If a later write fails, the writes already done are undone in reverse order, restoring the rows read in
 *    step 2, and the failure is reported; if undoing fails too, the error says which table to check.
 */
import { KpiError } from "../../core";
import {
  normalizeWord,
  rowId,
  validateRows,
  validationErrorOf,
  type RatingRow,
  type SettingRow,
} from "../../model";
import type { WorkbookPort } from "../../workbook/port";
import { appendStep, runAll, syncSteps, type Step } from "../steps";
import type { SettingValues } from "./settingsForm";

/** The error when undoing a failed save failed too: the table may be half-written. */
function undoFailed(table: string): () => KpiError {
  return () => new KpiError("value", "settings.err.undoFailed", { table });
}

/** What a save wrote, for tests and the confirmation. */
export interface WriteCounts {
  added: number;
  changed: number;
  removed: number;
}

/**
 * The Settings writes for some values: every row whose Key names the setting (matched as `readSettings` matches
 * keys: case and spacing ignored) is updated — so that no older row can win when the table is read — and a
 * setting without a row is appended under its own key. Unchanged values are not written.
 * @param current - the Settings rows as read now.
 * @param values - setting key → text to store.
 * @returns the rows to update and to append.
 * @example planSettings([{ Key: "Language", Value: "zh-CN" }], { language: "en-US" }).update // [{ Key: "Language", Value: "en-US" }]
 */
export function planSettings(
  current: readonly SettingRow[],
  values: SettingValues,
): { update: SettingRow[]; append: SettingRow[] } {
  const update: SettingRow[] = [];
  const append: SettingRow[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const rows = current.filter((r) => normalizeWord(r.Key) === normalizeWord(key));
    if (rows.length === 0) append.push({ Key: key, Value: value });
    for (const r of rows) if (r.Value !== value) update.push({ Key: r.Key, Value: value });
  }
  return { update, append };
}

/**
 * Saves setting values (upsert by Key), all or nothing as far as the port allows (see the module comment).
 * @param port - the workbook.
 * @param values - setting key → text to store (as `settingText` writes it).
 * @param read - the values as the form read them: only values changed from these are written, each against the
 *   value read (a different edit in the sheet since is a ConflictError). Omitted: every value is written.
 * @returns how many rows were appended and changed.
 * @throws ValidationError before any write for a bad row; the write's own error after undoing; KpiError
 *   `settings.err.undoFailed` when even undoing failed.
 * @example await saveSettings(port, { anonymityMin: "5" }) // { added: 0, changed: 1, removed: 0 }
 */
export async function saveSettings(
  port: WorkbookPort,
  values: SettingValues,
  read?: SettingValues,
): Promise<WriteCounts> {
  const rows = Object.entries(values).map(([Key, Value]) => ({ Key, Value: Value ?? null }));
  const issues = validateRows("Settings", rows);
  if (issues.length > 0) throw validationErrorOf(issues);
  // A value the form did not change is not the form's to write: the sheet's value (perhaps edited since) stands.
  const mine = read
    ? (Object.fromEntries(
        Object.entries(values).filter(([k, v]) => read[k as keyof SettingValues] !== v),
      ) as SettingValues)
    : values;
  const { Settings: current } = await port.readTables(["Settings"]);
  const { update, append } = planSettings(current, mine);
  // Each changed value is written against the value the form read, so a different edit made in the sheet since is
  // a conflict rather than overwritten.
  const base = read
    ? update.flatMap((u) => {
        const was = Object.entries(read).find(([k]) => normalizeWord(k) === normalizeWord(u.Key));
        return was ? [{ Key: u.Key, Value: was[1] ?? null }] : [];
      })
    : undefined;
  const steps: Step[] = [];
  if (append.length > 0) steps.push(appendStep(port, "Settings", append));
  if (update.length > 0) {
    const before = update.map((u) => current.find((r) => r.Key === u.Key) as SettingRow);
    steps.push({
      run: () => port.updateRows("Settings", update, base),
      undo: () => port.updateRows("Settings", before, update),
    });
  }
  await runAll(steps, undoFailed("Settings"));
  return { added: append.length, changed: update.length, removed: 0 };
}

const sameRating = (a: RatingRow, b: RatingRow) =>
  a.MinScore === b.MinScore && a.GuideShare === b.GuideShare && a.BonusMultiplier === b.BonusMultiplier;

/**
 * Saves the rating grid into the Ratings table (see the module comment). New rows are appended before any row is
 * deleted, so the table is never empty while the save runs.
 * @param port - the workbook.
 * @param rows - the grid's rows, checked by `checkRatings` (labels trimmed, not repeated).
 * @param read - the rows as the grid read them (the base of updates and deletions; a row added in the sheet since
 *   is kept). Omitted: the grid replaces the table.
 * @returns how many rows were appended, changed and deleted.
 * @throws ValidationError before any write for a bad row; the write's own error after undoing; KpiError
 *   `settings.err.undoFailed` when even undoing failed.
 * @example await saveRatings(port, DEFAULT_RATINGS) // { added: 0, changed: 0, removed: 0 } on a fresh workbook
 */
export async function saveRatings(
  port: WorkbookPort,
  rows: readonly RatingRow[],
  read?: readonly RatingRow[],
): Promise<WriteCounts> {
  const issues = validateRows("Ratings", [...rows]);
  if (issues.length > 0) throw validationErrorOf(issues);
  const { Ratings: current } = await port.readTables(["Ratings"]);
  const before = new Map(current.map((r) => [rowId("Ratings", r) as string, r]));
  const { steps, ...counts } = syncSteps(port, "Ratings", before, rows, read, sameRating);
  await runAll(steps, undoFailed("Ratings"));
  return counts;
}
