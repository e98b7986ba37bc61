/**
 * Development, pure: a person's training log and hours against the yearly requirement, topics, career card with
 * promotion criteria, recognition awards, and the "Add training" and "Edit career plan" forms as plain data.
 *
 * Decisions:
 * - Hours against the requirement count the fiscal year holding today (Settings trainingHours); the log and the
 *   topic list show the period chosen on the screen.
 * - Promotion criteria (the spec names none, so the product's own figures are used): the yearly training hours
 *   are met; readiness is "now"; potential is high (4–5, the nine-box's high band); a development plan with a
 *   target date that has not passed. All four met = ready for promotion.
 * - Adding training: course, date and hours (0–200 per course) are required; a score is 0–100; the same course on
 *   the same day for the same person is refused (the Training table's identity).
 * - The career form updates the person's Careers row, or adds one when there is none; potential is 1–5.
 */
import { parseTypedNumber } from "../../core";
import {
  trainingByTopic,
  trainingHoursOf,
  trainingProgress,
  trainingYear,
  withinDays,
  type Period,
  type TopicHours,
  type TrainingProgress,
} from "../../core";
import { rowId, type CareerRow, type RecognitionRow, type TrainingRow } from "../../model";
import { formatDate } from "../../format";
import { parseDateText, type Checked, type FieldErrors } from "../fields";
import { requiredDate, requiredText } from "./checks";

/**
 * @param text - a number as typed ({@link parseTypedNumber}; `1,5` is 1.5).
 * @returns the number, null when blank, NaN when not a number.
 */
function parseNumberText(text: string): number | null {
  const value = parseTypedNumber(text, { percent: "number" });
  return value === "invalid" ? NaN : value;
}

/** Most hours one course may log (a long programme is several entries). */
export const MAX_COURSE_HOURS = 200;
/** Potential at and above which it counts as high (the nine-box's high band). */
export const HIGH_POTENTIAL = 4;

/** The standard topics the form suggests (message keys of their names). */
export const TRAINING_TOPIC_KEYS = [
  "people.topic.sales",
  "people.topic.service",
  "people.topic.product",
] as const;

const toEntry = (r: TrainingRow) => ({ person: r.ManagerID, date: r.Date, hours: r.Hours, topic: r.Topic });

/** A person's development figures. */
export interface TrainingSummary {
  /** The fiscal year the requirement applies to. */
  year: Period;
  progress: TrainingProgress;
  /** Topics of the chosen period, most hours first. */
  topics: TopicHours[];
  /** The person's courses in the chosen period, newest first. */
  log: TrainingRow[];
}

/**
 * @param rows - Training rows.
 * @param person - ManagerID.
 * @param period - the period chosen on the screen.
 * @param today - Excel serial.
 * @param fiscalYearStart - Settings fiscalYearStart.
 * @param required - Settings trainingHours.
 * @returns hours against the requirement, topics and log.
 */
export function trainingSummary(
  rows: readonly TrainingRow[],
  person: string,
  period: Period,
  today: number,
  fiscalYearStart: number,
  required: number,
): TrainingSummary {
  const mine = rows.filter((r) => r.ManagerID.trim() === person);
  const year = trainingYear(today, fiscalYearStart);
  const entries = mine.map(toEntry);
  return {
    year,
    progress: trainingProgress(trainingHoursOf(entries, person, year), required),
    topics: trainingByTopic(entries, period),
    log: mine
      .map((row, i) => ({ row, i }))
      .filter(({ row }) => withinDays(row.Date, period))
      .sort((a, b) => b.row.Date - a.row.Date || a.i - b.i)
      .map(({ row }) => row),
  };
}

/** "Add training" as typed. */
export interface TrainingDraft {
  course: string;
  topic: string;
  date: string;
  hours: string;
  score: string;
  certificate: string;
}

/** Fields of {@link TrainingDraft}. */
export type TrainingField = keyof TrainingDraft;

/**
 * @param today - Excel serial (the default date).
 * @returns an empty form.
 */
export function emptyTraining(today: number): TrainingDraft {
  return { course: "", topic: "", date: formatDate(today), hours: "", score: "", certificate: "" };
}

/**
 * Checks "Add training" before anything is written.
 * @param draft - the form.
 * @param person - ManagerID.
 * @param existing - Training rows (for the same course on the same day).
 * @returns the row, or a message per field.
 */
export function checkTraining(
  draft: TrainingDraft,
  person: string,
  existing: readonly TrainingRow[],
): Checked<TrainingField, TrainingRow> {
  const errors: FieldErrors<TrainingField> = {};
  const course = requiredText(errors, "course", draft.course);
  const date = requiredDate(errors, "date", draft.date);
  const hours = parseNumberText(draft.hours);
  if (hours === null) errors.hours = { key: "people.err.required" };
  else if (Number.isNaN(hours) || hours <= 0 || hours > MAX_COURSE_HOURS)
    errors.hours = { key: "people.err.hours", params: { max: MAX_COURSE_HOURS } };
  const score = parseNumberText(draft.score);
  if (score !== null && (Number.isNaN(score) || score < 0 || score > 100))
    errors.score = { key: "people.err.range", params: { min: 0, max: 100 } };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const row: TrainingRow = {
    ManagerID: person,
    Course: course,
    Topic: draft.topic.trim() === "" ? null : draft.topic.trim(),
    Date: date as number,
    Hours: hours,
    Score: score,
    Certificate: draft.certificate.trim() === "" ? null : draft.certificate.trim(),
  };
  const id = rowId("Training", row);
  if (existing.some((r) => rowId("Training", r) === id))
    return { ok: false, errors: { course: { key: "people.err.trainingExists" } } };
  return { ok: true, value: row };
}

/** One promotion criterion and whether it is met. */
export interface Criterion {
  key: "training" | "readiness" | "potential" | "plan";
  met: boolean;
}

/**
 * @param career - the person's Careers row, or null.
 * @param training - hours against the requirement.
 * @param today - Excel serial.
 * @returns the four criteria, in display order.
 */
export function promotionCriteria(
  career: CareerRow | null,
  training: TrainingProgress,
  today: number,
): Criterion[] {
  return [
    { key: "training", met: training.met },
    { key: "readiness", met: career?.Readiness === "now" },
    { key: "potential", met: (career?.Potential ?? 0) >= HIGH_POTENTIAL },
    {
      key: "plan",
      met: (career?.Plan ?? "").trim() !== "" && career?.TargetDate != null && career.TargetDate >= today,
    },
  ];
}

/**
 * @param rows - Careers rows.
 * @param person - ManagerID.
 * @returns the person's first Careers row, or null.
 */
export function careerOf(rows: readonly CareerRow[], person: string): CareerRow | null {
  return rows.find((r) => r.ManagerID.trim() === person) ?? null;
}

/** The career form as typed. */
export interface CareerDraft {
  currentLevel: string;
  nextLevel: string;
  readiness: "" | NonNullable<CareerRow["Readiness"]>;
  potential: string;
  mentor: string;
  plan: string;
  targetDate: string;
}

/** Fields of {@link CareerDraft}. */
export type CareerField = keyof CareerDraft;

/**
 * @param career - the person's row, or null for a new plan.
 * @param level - Managers.Level, the current level of a new plan.
 * @returns the form, filled from the row.
 */
export function careerDraft(career: CareerRow | null, level: string | null): CareerDraft {
  return {
    currentLevel: career?.CurrentLevel ?? level ?? "",
    nextLevel: career?.NextLevel ?? "",
    readiness: career?.Readiness ?? "",
    potential: career?.Potential == null ? "" : String(career.Potential),
    mentor: career?.Mentor ?? "",
    plan: career?.Plan ?? "",
    targetDate: career?.TargetDate == null ? "" : formatDate(career.TargetDate),
  };
}

/**
 * Checks the career form.
 * @param draft - the form.
 * @param person - ManagerID.
 * @returns the row to write, or a message per field.
 */
export function checkCareer(draft: CareerDraft, person: string): Checked<CareerField, CareerRow> {
  const errors: FieldErrors<CareerField> = {};
  const potential = parseNumberText(draft.potential);
  if (
    potential !== null &&
    (Number.isNaN(potential) || !Number.isInteger(potential) || potential < 1 || potential > 5)
  )
    errors.potential = { key: "people.err.potential" };
  const target = parseDateText(draft.targetDate);
  if (target !== null && Number.isNaN(target)) errors.targetDate = { key: "people.err.date" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const text = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    ok: true,
    value: {
      ManagerID: person,
      CurrentLevel: text(draft.currentLevel),
      NextLevel: text(draft.nextLevel),
      Readiness: draft.readiness === "" ? null : draft.readiness,
      Potential: potential,
      Mentor: text(draft.mentor),
      Plan: text(draft.plan),
      TargetDate: target,
    },
  };
}

/**
 * @param rows - Recognition rows.
 * @param person - ManagerID.
 * @returns the person's awards, newest first.
 */
export function awardsOf(rows: readonly RecognitionRow[], person: string): RecognitionRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.ManagerID.trim() === person)
    .sort((a, b) => b.row.Date - a.row.Date || a.i - b.i)
    .map(({ row }) => row);
}
