/**
 * Writes that come in several steps (append, update, delete on one or more tables) and must land all or nothing:
 * each step carries the write that undoes it, and `runAll` undoes the steps done when a later one fails.
 */
import type { KpiError } from "../core";
import { rowId, type TableKey, type TableRows } from "../model";
import type { WorkbookPort } from "../workbook/port";

/** One write and the write that undoes it. */
export interface Step {
  run: () => Promise<void>;
  undo: () => Promise<void>;
}

/**
 * Runs the steps in order; on a failure undoes the ones done, newest first, and rethrows the failure.
 * @param undoFailed - the error to throw when even undoing failed (the workbook may then be half-written).
 */
export async function runAll(steps: readonly Step[], undoFailed: () => KpiError): Promise<void> {
  const done: Step[] = [];
  for (const step of steps) {
    try {
      await step.run();
      done.push(step);
    } catch (error) {
      try {
        for (const previous of done.reverse()) await previous.undo();
      } catch {
        throw undoFailed();
      }
      throw error;
    }
  }
}

/** The steps that make a set of a table's rows equal to `rows`, and how many rows each kind touches. */
export interface SyncSteps {
  steps: Step[];
  added: number;
  changed: number;
  removed: number;
}

/**
 * The steps that turn `before` (a set of a table's rows as read now, by id) into `rows`: rows not there are
 * appended, rows that differ (by `same`) updated, rows no longer wanted deleted — each with its undo. `read` is
 * what the editor read (the base of the three-way merge); a row added in the sheet after that read is not the
 * editor's to remove.
 */
export function syncSteps<K extends TableKey>(
  port: WorkbookPort,
  table: K,
  before: ReadonlyMap<string, TableRows[K]>,
  rows: readonly TableRows[K][],
  read: readonly TableRows[K][] | undefined,
  same: (was: TableRows[K], now: TableRows[K]) => boolean,
): SyncSteps {
  const idOf = (row: TableRows[K]): string => rowId(table, row) as string;
  const wanted = new Set(rows.map(idOf));
  const added = rows.filter((r) => !before.has(idOf(r)));
  const changed = rows.filter((r) => {
    const was = before.get(idOf(r));
    return was !== undefined && !same(was, r);
  });
  const readIds = read && new Set(read.map(idOf));
  const removed = [...before.entries()].filter(([id]) => !wanted.has(id) && (!readIds || readIds.has(id)));

  const steps: Step[] = [];
  if (added.length > 0) steps.push(appendStep(port, table, added));
  if (changed.length > 0) {
    const previous = changed.map((r) => before.get(idOf(r)) as TableRows[K]);
    steps.push({
      run: () => port.updateRows(table, changed, read),
      undo: () => port.updateRows(table, previous, changed),
    });
  }
  if (removed.length > 0) {
    steps.push({
      run: () =>
        port.deleteRows(
          table,
          removed.map(([id]) => id),
          read,
        ),
      undo: () =>
        port.appendRows(
          table,
          removed.map(([, r]) => r),
        ),
    });
  }
  return { steps, added: added.length, changed: changed.length, removed: removed.length };
}

/** A set of one table's rows, as a step writes or deletes them. */
type Rows<K extends TableKey> = readonly TableRows[K][];

/** The ids of rows, for `deleteRows`. */
const idsOf = <K extends TableKey>(table: K, rows: Rows<K>): string[] =>
  rows.map((r) => rowId(table, r) as string);

/**
 * Appends rows to a table; undone by deleting them again.
 * @param port - the workbook.
 * @param table - the table.
 * @param rows - the new rows.
 * @returns the step.
 */
export function appendStep<K extends TableKey>(port: WorkbookPort, table: K, rows: Rows<K>): Step {
  return { run: () => port.appendRows(table, rows), undo: () => port.deleteRows(table, idsOf(table, rows)) };
}

/**
 * Deletes rows of a table, each as it was read (an edit made in the sheet since is refused, not lost); undone by
 * appending them back.
 * @param port - the workbook.
 * @param table - the table.
 * @param rows - the rows as read.
 * @returns the step.
 */
export function deleteStep<K extends TableKey>(port: WorkbookPort, table: K, rows: Rows<K>): Step {
  return {
    run: () => port.deleteRows(table, idsOf(table, rows), rows),
    undo: () => port.appendRows(table, rows),
  };
}
