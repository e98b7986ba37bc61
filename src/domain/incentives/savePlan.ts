/**
 * Saving a plan: its Plans row (update or append) and its curve's Curves rows (replaced as a whole), as one save.
 *
 * The port has no transaction across tables, and each call is one batch on one table. So:
 * 1. Everything is validated before the first write: both tables' rows with src/model's `validateRows`, the
 *    points with core's `makeCurve` / `makeTiers`, and the plan id against a fresh read of Plans (a new id must
 *    not exist, an existing one must still be there). A bad row therefore writes nothing.
 * 2. The writes are planned against that fresh read — points to add, points whose value changed, points removed —
 *    and run in an order that never leaves the plan on a broken curve: curve rows first (adds before removals, so
 *    the curve is never empty), the Plans row last (so a new plan never names a curve that is not there yet).
 * 3. With `read` (the plan and points as the editor read them when it opened), no edit made in the sheet since is
 *    lost: changed points and the Plans row are written with that base (see `WorkbookPort.updateRows`), a point
 *    is removed only if the editor had read it (a point added in the sheet since is kept), and a removed point the
 *    sheet changed meanwhile is refused.
 * 4. If a write still fails (the workbook closed, a sheet edited by hand meanwhile), the writes already done are
 *    undone in reverse order, restoring the rows read in step 1, and the failure is reported. If undoing fails
 *    too, the error says which rows to check.
 */
import { KpiError, makeCurve, makeTiers, type NumericRow } from "../../core";
import { rowId, tableSpec, validateRows, validationErrorOf, type CurveRow, type PlanRow } from "../../model";
import type { WorkbookPort } from "../../workbook/port";
import { runAll, syncSteps, type Step } from "../steps";

/** What to save. */
export interface PlanSave {
  plan: PlanRow;
  /** The curve's points, in grid order: they replace every Curves row of `plan.Curve`. */
  points: readonly CurveRow[];
  /** True to append a new plan; false to update the plan of the same PlanID. */
  isNew: boolean;
  /** The plan and its curve's points as the editor read them (the base of the writes; see the module comment). */
  read?: { plan: PlanRow | null; points: readonly CurveRow[] };
}

/** What a save did, for the confirmation message. */
export interface SaveOutcome {
  planId: string;
  created: boolean;
  added: number;
  changed: number;
  removed: number;
}

/**
 * Checks everything that can be checked without writing.
 * @throws ValidationError naming the table, row and column; KpiError from core for the points.
 */
function validate(save: PlanSave): void {
  const issues = [
    ...validateRows("Plans", [save.plan], { allowDuplicateIds: true }),
    // Curve + Point is the Curves id: a point typed twice is refused here, before any write.
    ...validateRows("Curves", [...save.points]),
  ];
  if (issues.length > 0) throw validationErrorOf(issues);
  const curve = (save.plan.Curve ?? "").trim();
  if (save.points.some((p) => p.Curve !== curve)) {
    throw new KpiError("value", "incentives.save.otherCurve", { curve });
  }
  const rows: NumericRow[] = save.points.map((p, i) => ({ row: i + 1, key: p.Point, value: p.Value }));
  if (save.plan.Kind === "commission") makeTiers(rows, curve);
  else makeCurve(rows, curve);
}

/**
 * Saves a plan and its curve's points, all or nothing as far as the port allows (see the module comment).
 * @param port - the workbook.
 * @param save - the plan row, its points, new or existing.
 * @returns what changed.
 * @throws ValidationError / KpiError before any write for bad rows or ids; the write's own error after undoing
 *   the writes already done; KpiError "incentives.save.undoFailed" when even undoing failed.
 * @example await savePlan(port, { plan, points, isNew: false }) // { planId: "COM-SME", added: 1, … }
 */
export async function savePlan(port: WorkbookPort, save: PlanSave): Promise<SaveOutcome> {
  validate(save);
  const { plan, points } = save;
  const curve = (plan.Curve ?? "").trim();
  const current = await port.readTables(["Plans", "Curves"]);
  const old = current.Plans.find((p) => p.PlanID.trim() === plan.PlanID);
  if (save.isNew && old) {
    throw validationErrorOf(validateRows("Plans", [plan], { existingIds: new Set([plan.PlanID]) }));
  }
  if (!save.isNew && !old) {
    throw new KpiError("na", "workbook.err.idNotFound", {
      table: "Plans",
      tableZh: tableSpec("Plans").sheet.zh,
      id: plan.PlanID,
    });
  }

  // The curve's rows as read now, by point (Curve + Point is the table's id).
  const before = new Map<string, CurveRow>();
  for (const r of current.Curves) if (r.Curve === curve) before.set(rowId("Curves", r) as string, r);
  // The editor's read is the base only for the curve it read (a renamed curve's points are the new curve's).
  const readPoints =
    save.read?.plan && (save.read.plan.Curve ?? "").trim() === curve ? save.read.points : undefined;
  const sync = syncSteps(port, "Curves", before, points, readPoints, (was, now) => was.Value === now.Value);
  const steps: Step[] = [...sync.steps];
  steps.push(
    old
      ? {
          run: () => port.updateRows("Plans", [plan], save.read?.plan ? [save.read.plan] : undefined),
          undo: () => port.updateRows("Plans", [old], [plan]),
        }
      : { run: () => port.appendRows("Plans", [plan]), undo: () => port.deleteRows("Plans", [plan.PlanID]) },
  );

  await runAll(
    steps,
    () => new KpiError("value", "incentives.save.undoFailed", { plan: plan.PlanID, curve }),
  );
  return {
    planId: plan.PlanID,
    created: !old,
    added: sync.added,
    changed: sync.changed,
    removed: sync.removed,
  };
}
