/**
 * The Settings screen as plain data: what the user typed in each section (drafts of text), the checks that run
 * before anything is written (each message names its field, or its row of the rating grid), and the values a
 * valid draft becomes. The rating grid is checked with core's own table rules (`makeBands` for the scale,
 * `makeGuide` for the distribution guide), so the screen refuses exactly what the report and `KPI.RATING` /
 * `KPI.DISTCHECK` would refuse, with the same messages. Settings are stored as the text `readSettings` reads
 * (`settingText`), so whatever the screen saves reads back as typed. Pure.
 */
import { KpiError, makeBands, makeGuide, parseTypedNumber } from "../../core";
import { t, type Locale } from "../../i18n";
import {
  MONEY_FORMATS,
  REVIEW_DIMENSIONS,
  settingText,
  type MoneyFormat,
  type RatingRow,
  type ReviewDimension,
  type Settings,
} from "../../model";
import type { FieldError } from "../fields";

/** A validation message (the domain's shared field message, ../fields). */
export type { FieldError };

/** A checked draft: the setting values to store, or the messages per field. */
export type Checked<V, F extends string> =
  { ok: true; values: V } | { ok: false; errors: Partial<Record<F, FieldError>> };

/** Setting values as stored in the Settings table's Value column, by key. */
export type SettingValues = Partial<Record<keyof Settings, string>>;

/** The fewest answers the anonymity threshold may ask for: with 1, a single answer would be shown, so no anonymity. */
export const MIN_ANONYMITY = 2;

/**
 * Reads a number as typed ({@link parseTypedNumber}): separators, 万 / 亿 and full-width digits read, a trailing
 * `%` divides by 100.
 * @param text - the text.
 * @returns the number, null when blank, NaN when it is not a number.
 * @example parseNumberText("12.5%") // 0.125
 */
export function parseNumberText(text: string): number | null {
  const value = parseTypedNumber(text);
  return value === "invalid" ? NaN : value;
}

/**
 * Reads a percentage typed as a number of percent: `20` and `20%` are both 20% (0.2).
 * @param text - the text.
 * @returns the fraction (1 = 100%), null when blank, NaN when it is not a number.
 * @example parsePercentText("12.5") // 0.125
 */
export function parsePercentText(text: string): number | null {
  const trimmed = text.trim();
  const n = parseNumberText(trimmed);
  if (n === null || Number.isNaN(n)) return n;
  return /[%％]$/.test(trimmed) ? n : n / 100;
}

/**
 * A number as an input shows it, without float noise (0.1 + 0.2 shows 0.3).
 * @param value - the number, or null for blank.
 * @returns the text.
 * @example numberText(0.1 + 0.2) // "0.3"
 */
export function numberText(value: number | null): string {
  return value === null ? "" : String(Number(value.toPrecision(12)));
}

// ---------------------------------------------------------------------------------------------------------------
// General: fiscal year, anonymity, training, pace, neglect, money format.

/**
 * The general section as typed. Fractions (pace tolerance) are typed as percentages; the money format is one of
 * `MONEY_FORMATS` (a select).
 */
export interface GeneralDraft {
  fiscalYearStart: string;
  anonymityMin: string;
  trainingHours: string;
  paceTolerance: string;
  neglectDays: string;
  moneyFormat: string;
}

/** Fields of {@link GeneralDraft}. */
export type GeneralField = keyof GeneralDraft;

/**
 * @param settings - the settings as read.
 * @returns the general section's draft.
 */
export function generalDraftOf(settings: Settings): GeneralDraft {
  return {
    fiscalYearStart: String(settings.fiscalYearStart),
    anonymityMin: String(settings.anonymityMin),
    trainingHours: numberText(settings.trainingHours),
    paceTolerance: numberText(settings.paceTolerance * 100),
    neglectDays: String(settings.neglectDays),
    moneyFormat: settings.moneyFormat,
  };
}

/** Upper bound of day and hour counts: far above any real value, below what a cell shows without exponent. */
const LARGE = 1e6;

function wholeNumber(text: string, min: number, max: number): number | FieldError {
  const n = parseNumberText(text);
  if (n === null) return { key: "settings.err.required" };
  if (Number.isNaN(n) || !Number.isInteger(n)) return { key: "settings.err.notWhole" };
  // A real range (months) is named in full; a mere sanity bound is not worth mentioning below the minimum.
  if (n < min && max >= LARGE) return { key: "settings.err.atLeast", params: { min } };
  if (n < min || n > max) return { key: "settings.err.range", params: { min, max } };
  return n;
}

function numberAtLeast(n: number | null, min: number): number | FieldError {
  if (n === null) return { key: "settings.err.required" };
  if (Number.isNaN(n)) return { key: "settings.err.notNumber" };
  if (n < min) return { key: "settings.err.atLeast", params: { min } };
  return n;
}

/**
 * Checks the general section.
 * @param draft - as typed.
 * @returns the values to store (as `readSettings` reads them), or a message per bad field.
 * @example checkGeneral({ ...draft, anonymityMin: "1" }) // { ok: false, errors: { anonymityMin: … } }
 */
export function checkGeneral(draft: GeneralDraft): Checked<SettingValues, GeneralField> {
  const errors: Partial<Record<GeneralField, FieldError>> = {};
  const fiscalYearStart = wholeNumber(draft.fiscalYearStart, 1, 12);
  const anonymityMin = wholeNumber(draft.anonymityMin, MIN_ANONYMITY, LARGE);
  const trainingHours = numberAtLeast(parseNumberText(draft.trainingHours), 0);
  let paceTolerance = numberAtLeast(parsePercentText(draft.paceTolerance), 0);
  if (typeof paceTolerance === "number" && paceTolerance > 1) {
    paceTolerance = { key: "settings.err.percentRange" };
  }
  const neglectDays = wholeNumber(draft.neglectDays, 1, LARGE);
  const checked = { fiscalYearStart, anonymityMin, trainingHours, paceTolerance, neglectDays };
  for (const [field, result] of Object.entries(checked)) {
    if (typeof result !== "number") errors[field as GeneralField] = result;
  }
  const moneyFormat = MONEY_FORMATS.find((f) => f === draft.moneyFormat);
  if (!moneyFormat) errors.moneyFormat = { key: "settings.err.choose" };
  if (typeof trainingHours === "number" && trainingHours > LARGE) {
    errors.trainingHours = { key: "settings.err.range", params: { min: 0, max: LARGE } };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const values = checked as Record<Exclude<GeneralField, "moneyFormat">, number>;
  return {
    ok: true,
    values: {
      fiscalYearStart: settingText("fiscalYearStart", values.fiscalYearStart),
      anonymityMin: settingText("anonymityMin", values.anonymityMin),
      trainingHours: settingText("trainingHours", Number(values.trainingHours.toPrecision(12))),
      paceTolerance: settingText("paceTolerance", Number(values.paceTolerance.toPrecision(12))),
      neglectDays: settingText("neglectDays", values.neglectDays),
      moneyFormat: settingText("moneyFormat", moneyFormat as MoneyFormat),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Review dimension weights.

/** The six weights as typed (any non-negative numbers; what counts is each one's share of their total). */
export type WeightsDraft = Record<ReviewDimension, string>;

/**
 * @param settings - the settings as read (weights adding to 1).
 * @returns the weights as percentages of the total.
 */
export function weightsDraftOf(settings: Settings): WeightsDraft {
  return Object.fromEntries(
    REVIEW_DIMENSIONS.map((d) => [d, numberText(settings.reviewWeights[d] * 100)]),
  ) as WeightsDraft;
}

/** A weights check: per-dimension messages, and the one for the six together (all zero). */
export interface WeightsChecked {
  /** The `reviewWeights` text to store when valid. */
  values: SettingValues | null;
  errors: Partial<Record<ReviewDimension, FieldError>>;
  /** Set when every weight is 0 (or blank) — nothing to weigh the dimensions by. */
  allZero: boolean;
  /** Each dimension's share of the total (0 for a bad field), for the live "% of total" next to it. */
  shares: Record<ReviewDimension, number>;
}

/** Stored weights are rounded to this many decimals: enough for any share a person types, no float noise. */
const WEIGHT_DECIMALS = 6;

/**
 * Checks the weights: each ≥ 0 and a number, not all zero. Blank counts as 0 (a dimension left out).
 * @param draft - as typed.
 * @returns messages, shares, and the `reviewWeights` text (fractions of the total, in dimension order).
 * @example checkWeights({ Workload: "1", Quality: "1", Satisfaction: "0", … }).shares.Workload // 0.5
 */
export function checkWeights(draft: WeightsDraft): WeightsChecked {
  const errors: Partial<Record<ReviewDimension, FieldError>> = {};
  const numbers = {} as Record<ReviewDimension, number>;
  for (const d of REVIEW_DIMENSIONS) {
    const n = parseNumberText(draft[d]) ?? 0;
    if (Number.isNaN(n)) errors[d] = { key: "settings.err.notNumber" };
    else if (n < 0) errors[d] = { key: "settings.err.atLeast", params: { min: 0 } };
    numbers[d] = errors[d] ? 0 : n;
  }
  const total = REVIEW_DIMENSIONS.reduce((sum, d) => sum + numbers[d], 0);
  const shares = Object.fromEntries(
    REVIEW_DIMENSIONS.map((d) => [d, total > 0 ? numbers[d] / total : 0]),
  ) as Record<ReviewDimension, number>;
  const allZero = Object.keys(errors).length === 0 && total <= 0;
  if (Object.keys(errors).length > 0 || allZero) return { values: null, errors, allZero, shares };
  const factor = 10 ** WEIGHT_DECIMALS;
  const rounded = Object.fromEntries(
    REVIEW_DIMENSIONS.map((d) => [d, Math.round(shares[d] * factor) / factor]),
  ) as Record<ReviewDimension, number>;
  return { values: { reviewWeights: settingText("reviewWeights", rounded) }, errors, allZero, shares };
}

// ---------------------------------------------------------------------------------------------------------------
// Rating scale and distribution guide.

/** One row of the rating grid as typed; GuideShare is a percentage; `key` keeps React's identity. */
export interface RatingDraft {
  key: number;
  label: string;
  minScore: string;
  guideShare: string;
  bonusMultiplier: string;
}

/** A column of the rating grid. */
export type RatingColumn = "label" | "minScore" | "guideShare" | "bonusMultiplier";

/** A problem in the rating grid, on a row and column when it names one (null: the grid as a whole). */
export interface RatingIssue {
  /** 1-based row of the grid, or null. */
  row: number | null;
  column: RatingColumn | null;
  error: FieldError;
}

/** The rating grid checked: the Ratings rows to write (grid order), or the issues. */
export interface RatingsChecked {
  rows: RatingRow[] | null;
  issues: RatingIssue[];
  /** Sum of the guide shares that are numbers (1 = 100%), for the live total. */
  shareTotal: number;
}

/** Guide shares must add up to 100% within this (core's `makeGuide` tolerance). */
export const SHARE_TOLERANCE = 0.001;

/**
 * @param rows - the Ratings table as read.
 * @returns the grid's rows, best rating (highest minimum score) first — the order of the guide.
 */
export function ratingDraftsOf(rows: readonly RatingRow[]): RatingDraft[] {
  return [...rows]
    .sort((a, b) => b.MinScore - a.MinScore)
    .map((r, i) => ({
      key: i + 1,
      label: r.Label,
      minScore: numberText(r.MinScore),
      guideShare: r.GuideShare === null ? "" : numberText(r.GuideShare * 100),
      bonusMultiplier: numberText(r.BonusMultiplier),
    }));
}

/**
 * @param drafts - the grid.
 * @returns a new blank row for it, with a key no other row has.
 */
export function blankRating(drafts: readonly RatingDraft[]): RatingDraft {
  const key = Math.max(0, ...drafts.map((d) => d.key)) + 1;
  return { key, label: "", minScore: "", guideShare: "", bonusMultiplier: "" };
}

const CORE_COLUMN: Record<string, RatingColumn> = {
  "err.table.notAscending": "minScore",
  "err.table.noLabel": "label",
  "err.table.duplicateLabel": "label",
};

function coreIssue(error: unknown, column: RatingColumn): RatingIssue {
  if (!(error instanceof KpiError)) throw error;
  const row = typeof error.params.row === "number" ? error.params.row : null;
  return { row, column: row === null ? null : (CORE_COLUMN[error.key] ?? column), error };
}

/**
 * Checks the rating grid. Each cell first (label not blank, numbers, share 0–100%, multiplier ≥ 0, minimum
 * scores not repeated), then the grid as the report reads it: the scale with core's `makeBands` (rows sorted by
 * minimum score) and the guide with `makeGuide` (best first; labels not repeated, shares adding up to 100%
 * ±0.1%). Core's messages name the grid's row and the grid ("Rating scale: row 3 …").
 * @param drafts - the grid, in its order.
 * @param locale - the language of the grid's name inside core's messages.
 * @returns the rows to write, or the issues.
 * @example checkRatings([{ key: 1, label: "A", minScore: "0", guideShare: "100", bonusMultiplier: "1" }], "en-US").rows
 */
export function checkRatings(drafts: readonly RatingDraft[], locale: Locale): RatingsChecked {
  const issues: RatingIssue[] = [];
  const rows: RatingRow[] = [];
  let shareTotal = 0;
  const at = (row: number, column: RatingColumn, error: FieldError) => issues.push({ row, column, error });
  drafts.forEach((draft, i) => {
    const row = i + 1;
    const label = draft.label.trim();
    if (label === "") at(row, "label", { key: "settings.err.required" });
    const minScore = parseNumberText(draft.minScore);
    if (minScore === null) at(row, "minScore", { key: "settings.err.required" });
    else if (Number.isNaN(minScore)) at(row, "minScore", { key: "settings.err.notNumber" });
    const share = parsePercentText(draft.guideShare);
    if (share === null) at(row, "guideShare", { key: "settings.err.required" });
    else if (Number.isNaN(share)) at(row, "guideShare", { key: "settings.err.notNumber" });
    else if (share < 0 || share > 1) at(row, "guideShare", { key: "settings.err.percentRange" });
    else shareTotal += share;
    const multiplier = parseNumberText(draft.bonusMultiplier);
    if (multiplier === null) at(row, "bonusMultiplier", { key: "settings.err.required" });
    else if (Number.isNaN(multiplier)) at(row, "bonusMultiplier", { key: "settings.err.notNumber" });
    else if (multiplier < 0) at(row, "bonusMultiplier", { key: "settings.err.atLeast", params: { min: 0 } });
    rows.push({
      Label: label,
      MinScore: minScore ?? NaN,
      GuideShare: share === null ? null : Number(share.toPrecision(12)),
      BonusMultiplier: multiplier,
    });
  });
  if (drafts.length === 0) {
    return {
      rows: null,
      issues: [{ row: null, column: null, error: { key: "settings.ratings.empty" } }],
      shareTotal,
    };
  }
  // A minimum score typed twice: name both rows (core would only say the later row is "not ascending").
  const firstWith = new Map<number, number>();
  rows.forEach((r, i) => {
    if (!Number.isFinite(r.MinScore)) return;
    const first = firstWith.get(r.MinScore);
    if (first === undefined) firstWith.set(r.MinScore, i + 1);
    else if (!issues.some((x) => x.row === i + 1 && x.column === "minScore")) {
      at(i + 1, "minScore", { key: "settings.ratings.sameMin", params: { other: first } });
    }
  });
  if (issues.length > 0) return { rows: null, issues, shareTotal };

  const numbered = rows.map((r, i) => ({ r, n: i + 1 })).sort((a, b) => a.r.MinScore - b.r.MinScore);
  try {
    makeBands(
      numbered.map(({ r, n }) => ({ row: n, min: r.MinScore, label: r.Label })),
      t(locale, "settings.ratings.scaleArg"),
    );
  } catch (error) {
    issues.push(coreIssue(error, "minScore"));
  }
  try {
    makeGuide(
      [...numbered].reverse().map(({ r, n }) => ({ row: n, label: r.Label, share: r.GuideShare as number })),
      t(locale, "settings.ratings.guideArg"),
    );
  } catch (error) {
    issues.push(coreIssue(error, "guideShare"));
  }
  return { rows: issues.length > 0 ? null : rows, issues, shareTotal };
}

/**
 * An issue's text in a language: core errors as core words them (their `{arg}` already names the grid), field
 * messages with the field's name.
 * @param error - the message.
 * @param field - the field's label in that language (fills `{field}`).
 * @param locale - the language.
 * @returns the text.
 */
export function messageOf(error: FieldError, field: string, locale: Locale): string {
  return t(locale, error.key, { ...error.params, field });
}
