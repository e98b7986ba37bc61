/**
 * Typed access to the Settings table (Key, Value): every setting's default, how its text is read and written,
 * and the default rating scale. Values are stored as text so that a user can read and edit them in the sheet.
 */
import type { Locale, MessageKey, MessageParams } from "../i18n";
import type { RatingRow, SettingRow } from "./types";
import { normalizeWord } from "./coerce";

/** The six review dimensions, in the order of the Reviews table and of the `reviewWeights` setting. */
export const REVIEW_DIMENSIONS = [
  "Workload",
  "Quality",
  "Satisfaction",
  "Attitude",
  "Teamwork",
  "Innovation",
] as const;
/** One review dimension (a column key of Reviews). */
export type ReviewDimension = (typeof REVIEW_DIMENSIONS)[number];

/** All settings, typed. */
export interface Settings {
  /** Workbook language chosen at set-up (headers, generated sheets). */
  language: Locale;
  /** First month of the fiscal year, 1–12. */
  fiscalYearStart: number;
  /** Fewest survey answers shown for a team (anonymity threshold). */
  anonymityMin: number;
  /** Weight of each review dimension in Overall; the six add to 1. */
  reviewWeights: Record<ReviewDimension, number>;
  /** How often pulse surveys run. */
  pulseCadence: "week" | "month" | "quarter";
  /** Training hours each person should log per year. */
  trainingHours: number;
  /** Lag (fraction of the expected value) from which a goal is off track (KPI.PACE tolerance). */
  paceTolerance: number;
  /** Allowed gap between the actual and guided share of a rating (KPI.DISTCHECK tolerance). */
  distributionTolerance: number;
  /** How review scores are calibrated across raters (KPI.CALIBRATE method). */
  calibration: "mean" | "z";
  /** Days without contact after which a customer is flagged as neglected. */
  neglectDays: number;
  /** Currency code of amounts (display only). */
  currency: string;
  /** Customer Segment values that mark a key customer (compared case-insensitively). */
  keySegments: string[];
  /**
   * How amounts of money read in generated sheets, statements, the pane and the CLI: `wan` (万, exact to the
   * yuan: 6.5600万), `yuan` (65,600), or `auto` — 万 in a Chinese workbook, yuan in an English one.
   */
  moneyFormat: MoneyFormat;
}

/** The choices of Settings moneyFormat, in the order the pane offers them. */
export const MONEY_FORMATS = ["auto", "wan", "yuan"] as const;

/** A Settings moneyFormat choice. */
export type MoneyFormat = (typeof MONEY_FORMATS)[number];

/** One setting that could not be read; the default was used instead. */
export interface SettingIssue {
  setting: keyof Settings;
  key: MessageKey;
  params: MessageParams;
}

/** What the product assumes when a workbook says nothing. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: "zh-CN",
  fiscalYearStart: 1,
  anonymityMin: 3,
  reviewWeights: {
    Workload: 0.2,
    Quality: 0.2,
    Satisfaction: 0.2,
    Attitude: 0.15,
    Teamwork: 0.15,
    Innovation: 0.1,
  },
  pulseCadence: "month",
  trainingHours: 40,
  paceTolerance: 0.1,
  distributionTolerance: 0.05,
  calibration: "mean",
  neglectDays: 30,
  currency: "CNY",
  keySegments: ["key", "vip", "strategic", "重点", "核心", "战略", "大客户"],
  moneyFormat: "auto",
});

/** The setting keys in the order set-up writes them. */
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/**
 * The default rating scale and distribution guide (20 / 50 / 20 / 10): what set-up offers and the sample uses.
 * Shares add to 1; minimum scores are on the 0–100 composite scale.
 */
export const DEFAULT_RATINGS: readonly RatingRow[] = [
  { Label: "A", MinScore: 90, GuideShare: 0.2, BonusMultiplier: 1.3 },
  { Label: "B", MinScore: 75, GuideShare: 0.5, BonusMultiplier: 1 },
  { Label: "C", MinScore: 60, GuideShare: 0.2, BonusMultiplier: 0.7 },
  { Label: "D", MinScore: 0, GuideShare: 0.1, BonusMultiplier: 0 },
];

type Parser<V> = (text: string) => V | null;

function numberIn(min: number, max: number, integer: boolean): Parser<number> {
  return (text) => {
    const s = text.trim().replace(/%$/, "");
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
    const n = Number(s) / (text.trim().endsWith("%") ? 100 : 1);
    if (integer && !Number.isInteger(n)) return null;
    return n >= min && n <= max ? n : null;
  };
}

function word<const W extends string>(words: readonly W[]): Parser<W> {
  return (text) => words.find((w) => normalizeWord(w) === normalizeWord(text)) ?? null;
}

/**
 * Review weights: six numbers in dimension order ("0.2, 0.2, 0.2, 0.15, 0.15, 0.1") or `Dimension=weight` pairs
 * (missing dimensions weigh 0). Weights that do not add to 1 are scaled so that they do; all zero is refused.
 */
const parseWeights: Parser<Record<ReviewDimension, number>> = (text) => {
  const parts = text.split(/[,，;；、\s]+/).filter((p) => p !== "");
  const weights = Object.fromEntries(REVIEW_DIMENSIONS.map((d) => [d, 0])) as Record<ReviewDimension, number>;
  const nonNegative = numberIn(0, 1e9, false);
  if (parts.length > 0 && parts.every((p) => /[=:]/.test(p))) {
    for (const part of parts) {
      const [name, w] = part.split(/[=:]/);
      const dim = REVIEW_DIMENSIONS.find((d) => normalizeWord(d) === normalizeWord(name));
      const n = nonNegative(w ?? "");
      if (!dim || n === null) return null;
      weights[dim] = n;
    }
  } else {
    if (parts.length !== REVIEW_DIMENSIONS.length) return null;
    for (let i = 0; i < parts.length; i++) {
      const n = nonNegative(parts[i]);
      if (n === null) return null;
      weights[REVIEW_DIMENSIONS[i]] = n;
    }
  }
  const sum = REVIEW_DIMENSIONS.reduce((s, d) => s + weights[d], 0);
  if (sum <= 0) return null;
  // Weights that already add to 1 are kept as typed (no rounding noise from dividing by 0.9999999999999999).
  if (Math.abs(sum - 1) > 1e-9) for (const d of REVIEW_DIMENSIONS) weights[d] = weights[d] / sum;
  return weights;
};

const PARSERS: { [S in keyof Settings]: { parse: Parser<Settings[S]>; expected: MessageKey } } = {
  language: { parse: word(["zh-CN", "en-US"] as const), expected: "model.expect.locale" },
  fiscalYearStart: { parse: numberIn(1, 12, true), expected: "model.expect.month" },
  anonymityMin: { parse: numberIn(1, 1e6, true), expected: "model.expect.positiveInteger" },
  reviewWeights: { parse: parseWeights, expected: "model.expect.weights" },
  pulseCadence: { parse: word(["week", "month", "quarter"] as const), expected: "model.expect.cadence" },
  trainingHours: { parse: numberIn(0, 1e6, false), expected: "model.expect.nonNegative" },
  paceTolerance: { parse: numberIn(0, 1, false), expected: "model.expect.fraction" },
  distributionTolerance: { parse: numberIn(0, 1, false), expected: "model.expect.fraction" },
  calibration: { parse: word(["mean", "z"] as const), expected: "model.expect.calibration" },
  neglectDays: { parse: numberIn(1, 1e6, true), expected: "model.expect.positiveInteger" },
  keySegments: {
    parse: (text) => {
      const words = text
        .split(/[,，;；、]/)
        .map((w) => w.trim())
        .filter((w) => w !== "");
      return words.length > 0 ? words : null;
    },
    expected: "model.expect.words",
  },
  moneyFormat: { parse: word(MONEY_FORMATS), expected: "model.expect.moneyFormat" },
  currency: {
    parse: (text) => (/^[A-Za-z]{3}$/.test(text.trim()) ? text.trim().toUpperCase() : null),
    expected: "model.expect.currency",
  },
};

/**
 * Reads the Settings rows. Keys match case-insensitively; unknown keys are ignored (a user's notes); a blank
 * value takes the default; an unreadable value takes the default and is reported.
 * @param rows - rows of the Settings table.
 * @returns the settings and the problems found.
 * @example readSettings([{ Key: "anonymityMin", Value: "5" }]).settings.anonymityMin // 5
 */
export function readSettings(rows: readonly SettingRow[]): { settings: Settings; issues: SettingIssue[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, reviewWeights: { ...DEFAULT_SETTINGS.reviewWeights } };
  const issues: SettingIssue[] = [];
  for (const row of rows) {
    const setting = SETTING_KEYS.find((k) => normalizeWord(k) === normalizeWord(row.Key));
    if (!setting || row.Value === null || row.Value.trim() === "") continue;
    const { parse, expected } = PARSERS[setting] as { parse: Parser<unknown>; expected: MessageKey };
    const value = parse(row.Value);
    if (value === null) {
      issues.push({
        setting,
        key: "model.err.badSetting",
        params: { key: setting, value: row.Value, expected },
      });
    } else {
      (settings as unknown as Record<string, unknown>)[setting] = value;
    }
  }
  return { settings, issues };
}

/**
 * The text stored for one setting.
 * @param setting - the key.
 * @param value - the typed value.
 * @returns the cell text (review weights as six comma-separated fractions).
 */
export function settingText<S extends keyof Settings>(setting: S, value: Settings[S]): string {
  if (setting === "reviewWeights") {
    const weights = value as Settings["reviewWeights"];
    return REVIEW_DIMENSIONS.map((d) => String(weights[d])).join(", ");
  }
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/**
 * The Settings rows for a full set of settings, in `SETTING_KEYS` order.
 * @param settings - the settings to store.
 * @returns rows for the Settings table.
 */
export function settingRows(settings: Settings): SettingRow[] {
  return SETTING_KEYS.map((key) => ({ Key: key, Value: settingText(key, settings[key]) }));
}

/** How money reads: in 万 (ten thousands, four decimals, so exact to the yuan) or in yuan with separators. */
export type MoneyStyle = "wan" | "yuan";

/**
 * The money style of a workbook.
 * @param setting - Settings moneyFormat.
 * @param locale - the language of the generated sheet or screen.
 * @returns `wan` or `yuan`; `auto` is 万 in Chinese and yuan in English.
 * @example moneyStyleOf("auto", "zh-CN") // "wan"
 */
export function moneyStyleOf(setting: Settings["moneyFormat"], locale: Locale): MoneyStyle {
  if (setting !== "auto") return setting;
  return locale === "zh-CN" ? "wan" : "yuan";
}

/**
 * Splits a Managers.Plan cell into plan ids: a person may have a bonus and a commission plan, written
 * `BON-RM, COM-RM` (commas, Chinese commas, semicolons or spaces).
 * @param plan - the cell value.
 * @returns the plan ids, in order.
 * @example planIdsOf("BON-RM，COM-RM") // ["BON-RM", "COM-RM"]
 */
export function planIdsOf(plan: string | null): string[] {
  return (plan ?? "").split(/[,，;；\s]+/).filter((p) => p !== "");
}
