/**
 * The review form's decisions beside its checks in cycles.ts: which row the form shows while the workbook catches
 * up with a save, who the reviewer becomes when person or role changes, the row a save writes and how it is
 * written (appended, or updated against the row the form read). The ReviewForm screen keeps React and view state.
 */
import type { Locale } from "../../i18n";
import type { ManagerRow, ReviewRow } from "../../model";
import type { WorkbookPort } from "../../workbook/port";
import {
  nextReviewIds,
  reviewRowOf,
  type Cycle,
  type ReviewFormValues,
  type ReviewIntent,
  type ReviewSettings,
  type Role,
} from "./cycles";

/** The row as last saved by the form, with the Reviews rows it was saved against. */
export interface SavedReview {
  row: ReviewRow | null;
  against: readonly ReviewRow[];
}

/**
 * The review the form stands on: once the workbook's rows are read again (a new array), their copy of the review
 * is the truth (an edit made in the sheet shows); until then the row the form saved is.
 * @param saved - the row last saved (or opened) and the rows it was saved against.
 * @param reviews - the Reviews rows as read now.
 * @returns the current row, or null for a review not saved yet.
 */
export function currentReview(saved: SavedReview, reviews: readonly ReviewRow[]): ReviewRow | null {
  if (saved.row === null || saved.against === reviews) return saved.row;
  const id = saved.row.ReviewID;
  return reviews.find((r) => r.ReviewID === id) ?? saved.row;
}

/**
 * @param people - Managers by id.
 * @param locale - the sort order.
 * @returns the people to choose from, by name.
 */
export function peopleByName(people: ReadonlyMap<string, ManagerRow>, locale: Locale): ManagerRow[] {
  return [...people.values()].sort((a, b) => a.Name.localeCompare(b.Name, locale));
}

/**
 * Another person chosen: a self review not yet given a reviewer by hand is reviewed by that person.
 * @param values - the form.
 * @param id - the ManagerID chosen.
 * @param people - Managers by id.
 * @param reviewerEdited - true once the reviewer was typed (or the review was opened from the workbook).
 * @returns the next values.
 */
export function withPerson(
  values: ReviewFormValues,
  id: string,
  people: ReadonlyMap<string, ManagerRow>,
  reviewerEdited: boolean,
): ReviewFormValues {
  const reviewer = !reviewerEdited && values.role === "self" ? (people.get(id)?.Name ?? "") : values.reviewer;
  return { ...values, person: id, reviewer };
}

/**
 * Another role chosen: a self review is reviewed by the person; any other role empties a reviewer the user did
 * not type.
 * @param values - the form.
 * @param role - the role chosen.
 * @param people - Managers by id.
 * @param reviewerEdited - true once the reviewer was typed (or the review was opened from the workbook).
 * @returns the next values.
 */
export function withRole(
  values: ReviewFormValues,
  role: Role,
  people: ReadonlyMap<string, ManagerRow>,
  reviewerEdited: boolean,
): ReviewFormValues {
  const name = people.get(values.person.trim())?.Name ?? "";
  const reviewer = reviewerEdited ? values.reviewer : role === "self" ? name : "";
  return { ...values, role, reviewer };
}

/** What {@link reviewToSave} needs. */
export interface ReviewSave {
  values: ReviewFormValues;
  /** The review the form stands on, or null for a new one. */
  current: ReviewRow | null;
  /** Every Reviews row (a new review takes the next free id). */
  reviews: readonly ReviewRow[];
  /** Period and cycle of a new review. */
  period: string;
  cycle: Cycle;
  intent: ReviewIntent;
  /** The review weights (for Overall). */
  settings: Pick<ReviewSettings, "weights">;
  today: number;
}

/**
 * @param save - the form, the review it stands on, the rows, period, cycle, intent, weights and today.
 * @returns the row to write: a draft, or a submitted review dated today.
 */
export function reviewToSave(save: ReviewSave): ReviewRow {
  const base = save.current ?? {
    ReviewID: nextReviewIds(save.reviews, 1)[0],
    Period: save.period,
    Cycle: save.cycle,
  };
  const status = save.intent === "submit" ? "submitted" : "draft";
  return reviewRowOf(save.values, base, status, save.settings.weights, save.today);
}

/**
 * Writes a review: a new one is appended; an existing one is updated against the row the form read, so an edit
 * made in the sheet since to a field the form did not change is kept, and one to a field it changed is a conflict.
 * @param port - the workbook.
 * @param next - the row to write.
 * @param read - the row the form's values came from, or null for a new review.
 * @returns the row written.
 * @throws ConflictError when the row changed in the sheet in a field the form changed too.
 */
export async function writeReview(
  port: WorkbookPort,
  next: ReviewRow,
  read: ReviewRow | null,
): Promise<ReviewRow> {
  if (read === null) await port.appendRows("Reviews", [next]);
  else await port.updateRows("Reviews", [next], [read]);
  return next;
}
