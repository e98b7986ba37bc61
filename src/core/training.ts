/**
 * Training hours: totals by person and period, by topic, and progress against the yearly requirement
 * (Settings trainingHours). Pure: entries in, numbers out.
 *
 * Decisions:
 * - An entry counts in a period when its date lies in it (both ends inclusive); a blank Hours counts as 0 — a
 *   course logged without hours is attended but earns no hours.
 * - The requirement is per fiscal year (`trainingYear`), the year that holds "today".
 * - Progress is not capped: 52 of 40 hours is a share of 1.3, and nothing remains.
 */
import { withinDays, type DaySpan } from "./dates";
import { KpiError } from "./errors";
import { requireFinite, requireNonNegative } from "./numeric";
import { periodOf, type Period } from "./periods";

/** One logged course, as training needs it. */
export interface TrainingEntry {
  /** Who attended (ManagerID). */
  person: string;
  /** Excel serial of the course. */
  date: number;
  /** Hours earned; null when not recorded. */
  hours: number | null;
  /** Topic text as logged (blank or null: no topic). */
  topic?: string | null;
}

function hoursOf(entry: TrainingEntry, index: number): number {
  if (entry.hours === null) return 0;
  return requireNonNegative(`hours (row ${index + 1})`, entry.hours);
}

function inSpan(span: DaySpan, date: number, index: number): boolean {
  // A logged date-time belongs to its calendar day (withinDays), like every period test.
  return withinDays(requireFinite(`date (row ${index + 1})`, date), span);
}

/**
 * Hours per person in a span.
 * @param entries - the training log.
 * @param span - the period (or any start–end span).
 * @returns person → total hours; people without entries in the span are absent.
 * @throws KpiError "num" for negative hours, "value" for a date or hours that is not a number.
 * @example trainingHoursByPerson([{ person: "M1", date: 46100, hours: 4 }], { start: 46000, end: 46200 }) // Map { "M1" => 4 }
 */
export function trainingHoursByPerson(entries: readonly TrainingEntry[], span: DaySpan): Map<string, number> {
  const totals = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (!inSpan(span, entry.date, i)) return;
    const person = entry.person.trim();
    totals.set(person, (totals.get(person) ?? 0) + hoursOf(entry, i));
  });
  return totals;
}

/**
 * Hours of one person in a span.
 * @param entries - the training log.
 * @param person - ManagerID (compared trimmed).
 * @param span - the period.
 * @returns the total (0 without entries).
 * @throws KpiError as {@link trainingHoursByPerson}.
 * @example trainingHoursOf(log, "M001", parsePeriod("2026")) // 28
 */
export function trainingHoursOf(entries: readonly TrainingEntry[], person: string, span: DaySpan): number {
  return trainingHoursByPerson(entries, span).get(person.trim()) ?? 0;
}

/** Hours of one topic. */
export interface TopicHours {
  /** The topic as first written (trimmed); "" for entries without a topic. */
  topic: string;
  hours: number;
  /** Courses logged under it. */
  courses: number;
}

/**
 * Hours by topic in a span, most hours first (ties by first appearance). Topics that differ only in case or
 * surrounding spaces are one topic.
 * @param entries - the training log (already narrowed to a person when wanted).
 * @param span - the period.
 * @returns the topics.
 * @throws KpiError as {@link trainingHoursByPerson}.
 * @example trainingByTopic(log, parsePeriod("2026"))[0] // { topic: "Sales skills", hours: 12, courses: 2 }
 */
export function trainingByTopic(entries: readonly TrainingEntry[], span: DaySpan): TopicHours[] {
  const topics = new Map<string, TopicHours & { first: number }>();
  entries.forEach((entry, i) => {
    if (!inSpan(span, entry.date, i)) return;
    const topic = (entry.topic ?? "").trim();
    const key = topic.toLowerCase();
    const found = topics.get(key) ?? { topic, hours: 0, courses: 0, first: i };
    found.hours += hoursOf(entry, i);
    found.courses += 1;
    topics.set(key, found);
  });
  return [...topics.values()]
    .sort((a, b) => b.hours - a.hours || a.first - b.first)
    .map(({ topic, hours, courses }) => ({ topic, hours, courses }));
}

/** Hours against a requirement. */
export interface TrainingProgress {
  hours: number;
  required: number;
  /** hours / required, not capped; 1 when nothing is required. */
  share: number;
  /** Hours still to log (0 once met). */
  remaining: number;
  met: boolean;
}

/**
 * @param hours - hours logged.
 * @param required - hours required (Settings trainingHours).
 * @returns progress against the requirement.
 * @throws KpiError "num" when either is negative or not finite.
 * @example trainingProgress(30, 40) // { hours: 30, required: 40, share: 0.75, remaining: 10, met: false }
 */
export function trainingProgress(hours: number, required: number): TrainingProgress {
  const h = requireNonNegative("hours", hours);
  const r = requireNonNegative("required", required);
  return {
    hours: h,
    required: r,
    share: r === 0 ? 1 : h / r,
    remaining: Math.max(0, r - h),
    met: h >= r,
  };
}

/**
 * The year a training requirement applies to: the fiscal year holding a date.
 * @param asOf - the date (Excel serial), usually today.
 * @param fiscalYearStart - first month of the fiscal year (1–12).
 * @returns the year period.
 * @throws KpiError for a bad date or month.
 * @example trainingYear(46157, 1).text // "2026"
 */
export function trainingYear(asOf: number, fiscalYearStart: number): Period {
  if (!Number.isFinite(asOf)) throw new KpiError("value", "err.notNumber", { arg: "asOf" });
  return periodOf("year", asOf, fiscalYearStart);
}
