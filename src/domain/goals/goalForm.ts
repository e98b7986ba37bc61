/**
 * The goal form's rules, pure: a draft (the fields as typed) is read into a Goals row, each unreadable field gets
 * a message naming it, and the live SMART checklist comes from core `checkSmart` on the same reading.
 *
 * What blocks saving (field validation) and what only advises (SMART warnings):
 * - KPI, description, a numeric target, a weight in (0%, 100%] and a readable period are required — so no SMART
 *   letter can *fail* on a saved goal; warnings (short description, unusual growth, due outside the period, no
 *   due date) are advice and do not block.
 * - Turning a goal active from the form follows the same rule as "Activate goals": the person's weights for the
 *   period, this goal included, must add up to 100%. A goal already active may be edited freely (the weight bar
 *   then shows the gap), so a set can be rebalanced one goal at a time.
 * - A weight that takes the person's total for the period past 100% is warned about before saving (not refused,
 *   for the same reason).
 * - The due date follows the period: when the period changes and the due date was blank or the old period's last
 *   day, it becomes the new period's last day (a date the user chose otherwise is kept).
 */
import { checkSmart, type SmartCheck } from "../../core";
import type { GoalRow } from "../../model";
import {
  WEIGHT_TOLERANCE,
  dateText,
  formatWeight,
  isFullWeight,
  parseDateText,
  parseNumberText,
  storedFigure,
  typedFigure,
  weightTotal,
} from "./figures";
import type { GoalsBook, LastActual } from "./goalsBook";
import type { FieldError, FieldErrors } from "../fields";

/** A goal status word. */
export type GoalStatus = NonNullable<GoalRow["Status"]>;

/** The statuses the form offers, in lifecycle order. */
export const GOAL_STATUSES: readonly GoalStatus[] = ["draft", "active", "done", "cancelled"];

/** The goal form's fields, as typed. */
export interface GoalDraft {
  kpi: string;
  description: string;
  target: string;
  /** Percent, as typed ("30" = 30%). */
  weight: string;
  period: string;
  /** `yyyy-mm-dd` or blank. */
  due: string;
  status: GoalStatus;
}

/** A field of the goal form. */
export type GoalField = keyof GoalDraft;

/** A message for one field (the domain's shared field message). */
export type FieldMessage = FieldError;
export type { FieldErrors };

/** What the form knows besides the draft. */
export interface GoalFormContext {
  book: GoalsBook;
  /** ManagerID of the goal's person. */
  person: string;
  personName: string;
  /** The goal's id (new or existing). */
  goalId: string;
  /** The goal being edited, or null for a new one (its ParentGoal, SetBy and Note are kept). */
  original: GoalRow | null;
}

/** The form's verdict on a draft. */
export interface GoalReview {
  errors: FieldErrors<GoalField>;
  smart: SmartCheck[];
  /** The last comparable actual (null when the period or KPI is not known yet). */
  lastActual: LastActual | null;
  /** The person's weight total for the period with this goal, when it passes 100% (a warning); else null. */
  weightOver: number | null;
  /** The row to write; null while any field is in error. */
  row: GoalRow | null;
}

/**
 * The due date when the period field changes: the new period's last day if the due date was blank or the old
 * period's last day, otherwise the due date as typed.
 * @param draft - the draft before the change.
 * @param periodText - the period as now typed.
 * @param book - for reading periods by the fiscal calendar.
 * @returns the due date's text.
 * @example dueForPeriod({ ...draft, period: "2026-Q3", due: "2026-09-30" }, "2027-Q1", book) // "2027-03-31"
 */
export function dueForPeriod(draft: GoalDraft, periodText: string, book: GoalsBook): string {
  const next = book.period(periodText);
  if (!next) return draft.due;
  const old = book.period(draft.period);
  const followed = draft.due.trim() === "" || (old !== null && parseDateText(draft.due) === old.end);
  return followed ? dateText(next.end) : draft.due;
}

/**
 * A blank draft for a new goal.
 * @param period - the period chosen on the screen.
 * @param book - for the period's last day (the default due date).
 * @returns the draft.
 */
export function newGoalDraft(period: string, book: GoalsBook): GoalDraft {
  const p = book.period(period);
  return {
    kpi: "",
    description: "",
    target: "",
    weight: "",
    period,
    due: p ? dateText(p.end) : "",
    status: "draft",
  };
}

/**
 * The draft of an existing goal.
 * @param goal - the row.
 * @param book - for the KPI's unit.
 * @returns the draft.
 */
export function draftOfGoal(goal: GoalRow, book: GoalsBook): GoalDraft {
  const unit = book.kpis.get(goal.KPI.trim())?.Unit ?? null;
  return {
    kpi: goal.KPI.trim(),
    description: goal.Description ?? "",
    target: typedFigure(goal.Target, unit),
    weight: goal.Weight === null ? "" : String(Math.round(goal.Weight * 100 * 1e9) / 1e9),
    period: goal.Period,
    due: goal.Due === null ? "" : dateText(goal.Due),
    status: goal.Status ?? "draft",
  };
}

/**
 * Reads a draft: field messages, the SMART checklist and the row to write.
 * @param draft - the fields as typed.
 * @param ctx - the person, the goal id and the workbook's goals.
 * @returns the review; `row` is non-null only when every field reads.
 */
export function reviewGoal(draft: GoalDraft, ctx: GoalFormContext): GoalReview {
  const { book } = ctx;
  const errors: FieldErrors<GoalField> = {};
  const kpiCode = draft.kpi.trim();
  const kpi = kpiCode === "" ? undefined : book.kpis.get(kpiCode);
  const unit = kpi?.Unit ?? null;

  if (kpiCode === "") errors.kpi = { key: "goals.err.kpiRequired" };
  if (draft.description.trim() === "") errors.description = { key: "goals.err.descriptionRequired" };

  const targetTyped = parseNumberText(draft.target);
  let target: number | null = null;
  if (targetTyped === null) errors.target = { key: "goals.err.targetRequired" };
  else if (targetTyped === "invalid")
    errors.target = { key: "goals.err.targetNotNumber", params: { text: draft.target } };
  else target = storedFigure(targetTyped, unit);

  const weightTyped = parseNumberText(draft.weight);
  let weight: number | null = null;
  if (weightTyped === null) errors.weight = { key: "goals.err.weightRequired" };
  else if (weightTyped === "invalid")
    errors.weight = { key: "goals.err.weightNotNumber", params: { text: draft.weight } };
  else {
    weight = weightTyped / 100;
    if (weight <= 0 || weight > 1) errors.weight = { key: "goals.err.weightRange" };
  }

  const period = book.period(draft.period);
  if (draft.period.trim() === "") errors.period = { key: "goals.err.periodRequired" };
  else if (!period) errors.period = { key: "goals.err.periodInvalid", params: { text: draft.period.trim() } };

  const dueTyped = parseDateText(draft.due);
  const due = dueTyped === "invalid" ? null : dueTyped;
  if (dueTyped === "invalid") errors.due = { key: "goals.err.dueInvalid" };

  const lastActual = kpiCode !== "" && period ? book.lastComparable(ctx.person, kpiCode, period.text) : null;
  const smart = checkSmart({
    description: draft.description,
    kpi: kpiCode === "" ? null : kpiCode,
    kpiInLibrary: kpi !== undefined,
    unit,
    target,
    weight,
    period: draft.period.trim() === "" ? null : draft.period.trim(),
    due,
    lastActual: lastActual?.value ?? null,
    direction: kpi?.Direction ?? "higher",
  });

  const others = period
    ? book.tables.Goals.filter(
        (g) =>
          g.GoalID.trim() !== ctx.goalId &&
          (g.ManagerID ?? "").trim() === ctx.person &&
          book.period(g.Period)?.text === period.text,
      )
    : [];
  const withThis =
    weight === null || errors.weight
      ? null
      : weightTotal(others) + (draft.status === "cancelled" ? 0 : weight);
  const weightOver = withThis !== null && withThis > 1 + WEIGHT_TOLERANCE ? withThis : null;

  const becomesActive = draft.status === "active" && ctx.original?.Status !== "active";
  if (becomesActive && period && weight !== null && !errors.weight) {
    const total = weightTotal(others) + weight;
    if (!isFullWeight(total)) {
      errors.status = {
        key: "goals.err.activeIncomplete",
        params: { name: ctx.personName, period: period.text, total: formatWeight(total) },
      };
    }
  }

  const valid = Object.keys(errors).length === 0 && period !== null;
  const row: GoalRow | null = valid
    ? {
        GoalID: ctx.goalId,
        ManagerID: ctx.person,
        Period: period.text,
        KPI: kpiCode,
        Description: draft.description.trim(),
        Target: target,
        Weight: weight,
        Due: due,
        Status: draft.status,
        ParentGoal: ctx.original?.ParentGoal ?? null,
        SetBy: ctx.original?.SetBy ?? null,
        Note: ctx.original?.Note ?? null,
      }
    : null;
  return { errors, smart, lastActual, weightOver, row };
}
