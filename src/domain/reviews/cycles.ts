/**
 * The Reviews screen's view of the workbook, pure: which review cycles exist, the reviews of one cycle, opening a
 * cycle (one manager draft per person), the review form's validation and Overall, and the rows written back.
 *
 * Decisions where the spec is silent:
 * - "On the team during the period" follows the report: HireDate–LeaveDate overlaps the period (blank = open);
 *   the free-text Status column is not used.
 * - A person "already has a draft" when a manager review with the same ManagerID, Period, Cycle and Reviewer
 *   exists, whatever its status (a submitted one counts too: opening the cycle twice never duplicates).
 * - Overall is written only when all six dimensions are scored (rounded to 2 decimals); a partly scored draft
 *   leaves it blank, so the report computes it from whatever is scored instead of trusting a partial figure.
 * - Review weights follow the report: Settings reviewWeights when set and readable, equal weights otherwise.
 */
import { overlapsDays, parsePeriod, periodOf, type Period, type PeriodKind } from "../../core";
import type { Locale, MessageKey, MessageParams } from "../../i18n";
import {
  normalizeWord,
  readSettings,
  REVIEW_DIMENSIONS,
  type ManagerRow,
  type ReviewDimension,
  type ReviewRow,
  type SettingRow,
  type TableKey,
} from "../../model";
import { IssueLog, readReportSettings } from "../input";
import { reviewOverall } from "./summary";
import { ALL_TEAMS, NO_TEAM, teamChoices, type TeamChoices } from "../teams";

/** The tables the screen reads. */
export const REVIEW_TABLES = [
  "Managers",
  "Reviews",
  "Ratings",
  "Settings",
] as const satisfies readonly TableKey[];

/** A review cycle word (Reviews.Cycle). */
export type Cycle = ReviewRow["Cycle"];
/** A reviewer role (Reviews.Role). */
export type Role = ReviewRow["Role"];
/** A review status; a blank status reads as draft. */
export type ReviewStatus = NonNullable<ReviewRow["Status"]>;

/** The four cycles, shortest first (the Open cycle dialog's order). */
export const CYCLES: readonly Cycle[] = ["week", "month", "quarter", "year"];
/** The three roles, in the order the form offers them. */
export const ROLES: readonly Role[] = ["manager", "self", "peer"];
/** The team filter's values (one definition for every surface). */
export { ALL_TEAMS, NO_TEAM };
/** Badge colour of each status in the list and the form. */
export const STATUS_COLOR: Readonly<Record<ReviewStatus, "warning" | "brand" | "success">> = {
  draft: "warning",
  submitted: "brand",
  acknowledged: "success",
};
/** The five levels of a dimension. */
export const LEVELS = [1, 2, 3, 4, 5] as const;

/** The settings the screen uses. */
export interface ReviewSettings {
  weights: Record<ReviewDimension, number>;
  /** True when the weights come from Settings reviewWeights; false = equal weights. */
  weightsFromSettings: boolean;
  calibration: "mean" | "z";
  distributionTolerance: number;
  fiscalYearStart: number;
  /** A `supervisor` row of Settings, when the user keeps one (the default reviewer of a new cycle). */
  supervisor: string | null;
}

/**
 * @param rows - the Settings table.
 * @returns weights (equal unless Settings sets them, as in the report), calibration method, tolerance, fiscal
 *   year start and the supervisor's name if the table has a `supervisor` row.
 */
export function reviewSettings(rows: readonly SettingRow[]): ReviewSettings {
  const settings = readReportSettings(rows, new IssueLog());
  const { issues } = readSettings(rows);
  const weightsRow = rows.find((r) => normalizeWord(r.Key) === normalizeWord("reviewWeights"));
  const weightsFromSettings =
    weightsRow !== undefined &&
    (weightsRow.Value ?? "").trim() !== "" &&
    !issues.some((issue) => issue.setting === "reviewWeights");
  const supervisorRow = rows.find((r) => normalizeWord(r.Key) === normalizeWord("supervisor"));
  return {
    weights: settings.reviewWeights,
    weightsFromSettings,
    calibration: settings.calibration,
    distributionTolerance: settings.distributionTolerance,
    fiscalYearStart: settings.fiscalYearStart,
    supervisor: blankToNull(supervisorRow?.Value ?? null),
  };
}

/** One period + cycle that has reviews. */
export interface CycleOption {
  /** `period|cycle`, the filter's value. */
  key: string;
  period: string;
  cycle: Cycle;
}

/**
 * @param period - a period text.
 * @param cycle - a cycle word.
 * @returns the filter value of that period and cycle.
 */
export function cycleKey(period: string, cycle: Cycle): string {
  return `${normalizePeriod(period)}|${cycle}`;
}

/**
 * The review cycles present in the Reviews table, newest first (by the period's end; unreadable periods last).
 * @param reviews - Reviews rows.
 * @param fiscalYearStart - first month of the fiscal year.
 * @returns one option per distinct period + cycle.
 */
export function cycleOptions(reviews: readonly ReviewRow[], fiscalYearStart: number): CycleOption[] {
  const options = new Map<string, CycleOption & { end: number; start: number }>();
  for (const row of reviews) {
    const period = normalizePeriod(row.Period);
    if (period === "") continue;
    const key = cycleKey(period, row.Cycle);
    if (options.has(key)) continue;
    const parsed = tryPeriod(period, fiscalYearStart);
    options.set(key, {
      key,
      period,
      cycle: row.Cycle,
      end: parsed?.end ?? -Infinity,
      start: parsed?.start ?? -Infinity,
    });
  }
  return [...options.values()]
    .sort(
      (a, b) =>
        b.end - a.end ||
        b.start - a.start ||
        CYCLES.indexOf(a.cycle) - CYCLES.indexOf(b.cycle) ||
        a.period.localeCompare(b.period),
    )
    .map(({ key, period, cycle }) => ({ key, period, cycle }));
}

/**
 * @param managers - Managers rows.
 * @param locale - for sorting.
 * @returns the distinct teams, sorted, and whether someone has no team.
 */
export function teamsOf(managers: readonly ManagerRow[], locale: Locale): TeamChoices {
  return teamChoices(
    managers.map((m) => m.Team),
    locale,
  );
}

/**
 * @param manager - a Managers row, or undefined for a person not in Managers.
 * @param team - `ALL_TEAMS`, `NO_TEAM` or a team name.
 * @returns whether the person belongs to the team filter.
 */
export function inTeam(manager: ManagerRow | undefined, team: string): boolean {
  if (team === ALL_TEAMS) return true;
  const theirs = blankToNull(manager?.Team ?? null);
  return team === NO_TEAM ? theirs === null : theirs === team;
}

/** One review as the list shows it. */
export interface ReviewEntry {
  id: string;
  row: ReviewRow;
  /** The person's name (their ManagerID when they are not in Managers). */
  name: string;
  team: string | null;
  status: ReviewStatus;
  /** The review's overall (its Overall cell, or the weighted mean of its scores); null when unscored. */
  overall: number | null;
}

/**
 * The reviews of one cycle for a team, by person name, then manager, self and peer reviews.
 * @param reviews - Reviews rows.
 * @param managers - Managers rows.
 * @param key - the cycle's filter value (`cycleKey`).
 * @param team - the team filter.
 * @param weights - review weights.
 * @param locale - for sorting names.
 * @returns the entries.
 */
export function listReviews(
  reviews: readonly ReviewRow[],
  managers: readonly ManagerRow[],
  key: string,
  team: string,
  weights: Record<ReviewDimension, number>,
  locale: Locale,
): ReviewEntry[] {
  const people = managerIndex(managers);
  const entries: ReviewEntry[] = [];
  for (const row of reviews) {
    if (cycleKey(row.Period, row.Cycle) !== key) continue;
    const manager = people.get(row.ManagerID.trim());
    if (!inTeam(manager, team)) continue;
    entries.push({
      id: row.ReviewID,
      row,
      name: manager?.Name ?? row.ManagerID,
      team: blankToNull(manager?.Team ?? null),
      status: row.Status ?? "draft",
      overall: reviewOverall(row, weights),
    });
  }
  return entries.sort(
    (a, b) =>
      a.name.localeCompare(b.name, locale) ||
      ROLES.indexOf(a.row.Role) - ROLES.indexOf(b.row.Role) ||
      (a.row.Reviewer ?? "").localeCompare(b.row.Reviewer ?? "", locale),
  );
}

/**
 * @param entries - list entries.
 * @returns how many are draft, submitted and acknowledged.
 */
export function statusCounts(entries: readonly ReviewEntry[]): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = { draft: 0, submitted: 0, acknowledged: 0 };
  for (const e of entries) counts[e.status]++;
  return counts;
}

/**
 * @param managers - Managers rows.
 * @returns ManagerID (trimmed) → row; the first row wins for a repeated id.
 */
export function managerIndex(managers: readonly ManagerRow[]): Map<string, ManagerRow> {
  const index = new Map<string, ManagerRow>();
  for (const m of managers) {
    const id = m.ManagerID.trim();
    if (id !== "" && !index.has(id)) index.set(id, m);
  }
  return index;
}

// ---------------------------------------------------------------------------------------------------------
// Opening a cycle

/** What the Open cycle dialog holds. */
export interface CycleForm {
  cycle: Cycle;
  period: string;
  team: string;
  reviewer: string;
}

/** A validation problem: the message names the field; render with `t(key, { ...params, field: t(field) })`. */
export interface FieldIssue {
  key: MessageKey;
  field: MessageKey;
  params?: MessageParams;
}

/**
 * @param cycle - a cycle word.
 * @returns the period kind a cycle's period must be.
 */
export function kindOf(cycle: Cycle): PeriodKind {
  return cycle;
}

/**
 * @param cycle - a cycle word.
 * @param today - today (Excel serial).
 * @param fiscalYearStart - first month of the fiscal year.
 * @returns the period of that cycle holding today (`2026-Q3`, `2026-08`, `2026-W33`, `2026`).
 */
export function currentPeriod(cycle: Cycle, today: number, fiscalYearStart: number): string {
  return periodOf(kindOf(cycle), today, fiscalYearStart).text;
}

/**
 * Checks the Open cycle dialog.
 * @param form - its values.
 * @param today - today (for the example in messages).
 * @param fiscalYearStart - first month of the fiscal year.
 * @returns the problems by field, and the parsed period when it is valid.
 */
export function validateCycleForm(
  form: CycleForm,
  today: number,
  fiscalYearStart: number,
): { issues: Partial<Record<"period" | "reviewer", FieldIssue>>; period: Period | null } {
  const issues: Partial<Record<"period" | "reviewer", FieldIssue>> = {};
  const example = currentPeriod(form.cycle, today, fiscalYearStart);
  let period: Period | null = null;
  const text = form.period.trim();
  if (text === "") issues.period = { key: "reviews.err.required", field: "reviews.cycle.period" };
  else {
    period = tryPeriod(text, fiscalYearStart);
    if (period === null) {
      issues.period = {
        key: "reviews.err.periodInvalid",
        field: "reviews.cycle.period",
        params: { value: text, example },
      };
    } else if (period.kind !== kindOf(form.cycle)) {
      issues.period = {
        key: "reviews.err.periodKind",
        field: "reviews.cycle.period",
        params: { value: period.text, example },
      };
      period = null;
    }
  }
  if (form.reviewer.trim() === "")
    issues.reviewer = { key: "reviews.err.required", field: "reviews.cycle.reviewer" };
  return { issues, period };
}

/**
 * The reviewer a new cycle proposes: Settings `supervisor` if kept, else the Supervisor most of the team's
 * people share (first in table order on a tie), else blank.
 * @param settings - from {@link reviewSettings}.
 * @param managers - Managers rows.
 * @param team - the team filter.
 * @returns the name, or "".
 */
export function defaultReviewer(
  settings: ReviewSettings,
  managers: readonly ManagerRow[],
  team: string,
): string {
  if (settings.supervisor) return settings.supervisor;
  const counts = new Map<string, number>();
  for (const m of managers) {
    const name = blankToNull(m.Supervisor);
    if (name !== null && inTeam(m, team)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = "";
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

/** What opening a cycle will do. */
export interface CyclePlan {
  /** New draft rows, one per person without one. */
  rows: ReviewRow[];
  /** People skipped because they already have a manager review from this reviewer for the cycle. */
  skipped: number;
}

/**
 * Plans a cycle: one draft manager review per person on the team during the period, skipping people who already
 * have a manager review for the same period, cycle and reviewer (reviewer compared trimmed, case-insensitively).
 * @param input - Managers and Reviews rows, the parsed period, cycle, team filter, reviewer and today.
 * @returns the rows to append (ReviewIDs continuing the table's numbering) and the number skipped.
 */
export function planCycle(input: {
  managers: readonly ManagerRow[];
  reviews: readonly ReviewRow[];
  period: Period;
  cycle: Cycle;
  team: string;
  reviewer: string;
  today: number;
}): CyclePlan {
  const { period, cycle, team, today } = input;
  const reviewer = input.reviewer.trim();
  const key = cycleKey(period.text, cycle);
  const reviewerKey = reviewer.toLowerCase();
  const has = new Set(
    input.reviews
      .filter(
        (r) =>
          r.Role === "manager" &&
          cycleKey(r.Period, r.Cycle) === key &&
          (r.Reviewer ?? "").trim().toLowerCase() === reviewerKey,
      )
      .map((r) => r.ManagerID.trim()),
  );
  const people = [...managerIndex(input.managers).values()].filter(
    (m) => inTeam(m, team) && overlapsDays(m.HireDate, m.LeaveDate, period),
  );
  const todo = people.filter((m) => !has.has(m.ManagerID.trim()));
  const ids = nextReviewIds(input.reviews, todo.length);
  const rows = todo.map((m, i) =>
    blankReview({
      ReviewID: ids[i],
      ManagerID: m.ManagerID.trim(),
      Period: period.text,
      Cycle: cycle,
      Reviewer: reviewer,
      Role: "manager",
      Status: "draft",
      Date: today,
    }),
  );
  return { rows, skipped: people.length - todo.length };
}

/**
 * New ReviewIDs continuing the table's `R000123` numbering (after the highest number in use, whatever its
 * prefix width), so ids never collide with rows typed by hand.
 * @param reviews - Reviews rows.
 * @param count - how many ids.
 * @returns the ids.
 * @example nextReviewIds([{ ReviewID: "R000041" }] as ReviewRow[], 2) // ["R000042", "R000043"]
 */
export function nextReviewIds(reviews: readonly Pick<ReviewRow, "ReviewID">[], count: number): string[] {
  let max = 0;
  const taken = new Set<string>();
  for (const r of reviews) {
    const id = String(r.ReviewID).trim();
    taken.add(id.toUpperCase());
    const match = /^R(\d+)$/i.exec(id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  const ids: string[] = [];
  for (let n = max + 1; ids.length < count; n++) {
    const id = `R${String(n).padStart(6, "0")}`;
    if (!taken.has(id)) ids.push(id);
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------------------
// The review form

/** The review form's values. */
export interface ReviewFormValues {
  person: string;
  role: Role | "";
  reviewer: string;
  scores: Record<ReviewDimension, number | null>;
  strengths: string;
  improvements: string;
  actions: string;
}

/** Fields of the review form that can carry a message. */
export type ReviewField = "person" | "role" | "reviewer" | ReviewDimension | "strengths" | "improvements";

/** What the user asked for: keep a draft, or submit. */
export type ReviewIntent = "draft" | "submit";

/**
 * @param row - a review row, or null for a new review.
 * @returns the form's values.
 */
export function formOf(row: ReviewRow | null): ReviewFormValues {
  return {
    person: row?.ManagerID ?? "",
    role: row?.Role ?? "",
    reviewer: row?.Reviewer ?? "",
    scores: Object.fromEntries(REVIEW_DIMENSIONS.map((d) => [d, levelOf(row?.[d] ?? null)])) as Record<
      ReviewDimension,
      number | null
    >,
    strengths: row?.Strengths ?? "",
    improvements: row?.Improvements ?? "",
    actions: row?.Actions ?? "",
  };
}

/**
 * Checks the form. Every save needs a person, a role and a reviewer; submitting also needs all six scores and
 * the strengths and improvements written (actions stay optional: not every review ends with one).
 * @param form - the values.
 * @param intent - draft or submit.
 * @returns the problems by field (empty when valid).
 */
export function validateReview(
  form: ReviewFormValues,
  intent: ReviewIntent,
): Partial<Record<ReviewField, FieldIssue>> {
  const issues: Partial<Record<ReviewField, FieldIssue>> = {};
  if (form.person.trim() === "")
    issues.person = { key: "reviews.err.required", field: "reviews.form.person" };
  if (form.role === "") issues.role = { key: "reviews.err.required", field: "reviews.form.role" };
  if (form.reviewer.trim() === "")
    issues.reviewer = { key: "reviews.err.required", field: "reviews.form.reviewer" };
  if (intent === "submit") {
    for (const d of REVIEW_DIMENSIONS) {
      if (form.scores[d] === null) issues[d] = { key: "reviews.err.score", field: dimensionKey(d) };
    }
    if (form.strengths.trim() === "")
      issues.strengths = { key: "reviews.err.text", field: "reviews.form.strengths" };
    if (form.improvements.trim() === "")
      issues.improvements = { key: "reviews.err.text", field: "reviews.form.improvements" };
  }
  return issues;
}

/**
 * Overall of the scores on screen: the weighted mean of the scored dimensions (the report's reviewOverall,
 * KPI.WEIGHTED semantics: blank dimensions skipped).
 * @param scores - the six scores (null = not chosen).
 * @param weights - review weights.
 * @returns the overall and how many dimensions are scored; overall null when none is.
 */
export function liveOverall(
  scores: Record<ReviewDimension, number | null>,
  weights: Record<ReviewDimension, number>,
): { overall: number | null; scored: number } {
  const scored = REVIEW_DIMENSIONS.filter((d) => scores[d] !== null).length;
  const row = { ...scores, Overall: null } as unknown as ReviewRow;
  return { overall: reviewOverall(row, weights), scored };
}

/**
 * The row to write for the form.
 * @param form - the values (valid for `status`).
 * @param base - the row being edited, or the identity of a new one (id, period, cycle).
 * @param status - the status to write.
 * @param weights - review weights (for Overall).
 * @param today - today (Excel serial): the Date of a submitted review, and of a draft that has none.
 * @returns the full row.
 */
export function reviewRowOf(
  form: ReviewFormValues,
  base: Pick<ReviewRow, "ReviewID" | "Period" | "Cycle"> & Partial<ReviewRow>,
  status: ReviewStatus,
  weights: Record<ReviewDimension, number>,
  today: number,
): ReviewRow {
  const { overall, scored } = liveOverall(form.scores, weights);
  const date = status === "submitted" ? today : (base.Date ?? today);
  return blankReview({
    ...base,
    ManagerID: form.person.trim(),
    Role: form.role === "" ? "manager" : form.role,
    Reviewer: blankToNull(form.reviewer),
    ...form.scores,
    Overall: overall !== null && scored === REVIEW_DIMENSIONS.length ? Math.round(overall * 100) / 100 : null,
    Strengths: blankToNull(form.strengths),
    Improvements: blankToNull(form.improvements),
    Actions: blankToNull(form.actions),
    Status: status,
    Date: date,
  });
}

/**
 * @param row - a submitted review.
 * @returns the same review, acknowledged (scores, text and date unchanged).
 */
export function acknowledged(row: ReviewRow): ReviewRow {
  return { ...row, Status: "acknowledged" };
}

/**
 * @param dimension - a review dimension.
 * @returns the catalogue key of its name.
 */
export function dimensionKey(dimension: ReviewDimension): MessageKey {
  return `reviews.dim.${dimension}` as MessageKey;
}

/**
 * @param dimension - a review dimension.
 * @param level - 1–5.
 * @returns the catalogue key of that level's anchor description.
 */
export function anchorKey(dimension: ReviewDimension, level: number): MessageKey {
  return `reviews.anchor.${dimension}.${level}` as MessageKey;
}

/**
 * @param value - a score cell.
 * @returns the nearest whole level 1–5, or null for blank (a typed 3.5 shows as 4 in the form's radios).
 */
export function levelOf(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return Math.min(5, Math.max(1, Math.round(value)));
}

/**
 * @param value - a number.
 * @param locale - the pane's language.
 * @returns the number with at most two decimals.
 */
export function formatScore(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function blankReview(
  fields: Partial<ReviewRow> & Pick<ReviewRow, "ReviewID" | "Period" | "Cycle">,
): ReviewRow {
  return {
    ManagerID: "",
    Reviewer: null,
    Role: "manager",
    Workload: null,
    Quality: null,
    Satisfaction: null,
    Attitude: null,
    Teamwork: null,
    Innovation: null,
    Overall: null,
    Strengths: null,
    Improvements: null,
    Actions: null,
    Status: "draft",
    Date: null,
    CalibratedRating: null,
    CalibrationReason: null,
    ...fields,
  };
}

/** Canonical period text (`2026-9` → `2026-09`; labels do not depend on the fiscal year), else upper-cased. */
function normalizePeriod(text: string | number | null): string {
  const raw = String(text ?? "").trim();
  return tryPeriod(raw, 1)?.text ?? raw.toUpperCase();
}

function tryPeriod(text: string, fiscalYearStart: number): Period | null {
  try {
    return parsePeriod(text, fiscalYearStart);
  } catch {
    return null;
  }
}

function blankToNull(text: string | null | undefined): string | null {
  return text === null || text === undefined || text.trim() === "" ? null : text.trim();
}
