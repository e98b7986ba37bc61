/**
 * Number and date text for messages and statements. Figures in cells keep full precision and get a number format;
 * only text (flag reasons, plan parameters in words) is formatted here.
 */
import { ymdFromSerial } from "../core";
import type { Locale } from "../i18n";
import { moneyStyleOf, type MoneyStyle } from "../model/settings";

/**
 * A number with thousands separators and at most `decimals` decimals (trailing zeros dropped).
 * @param value - the number.
 * @param decimals - most decimals shown (default 2).
 * @returns the text, the same in both languages.
 * @example formatNumber(1234567.891) // "1,234,567.89"
 */
export function formatNumber(value: number, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const [whole, frac] = Math.abs(rounded).toFixed(decimals).split(".");
  let grouped = whole;
  for (let i = whole.length - 3; i > 0; i -= 3) grouped = `${grouped.slice(0, i)},${grouped.slice(i)}`;
  const fraction = (frac ?? "").replace(/0+$/, "");
  const sign = rounded < 0 ? "-" : "";
  return fraction === "" ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/**
 * A change between two figures, signed as people write one: a true minus sign (−1), a plus for a rise (+1) and
 * ±0 for no change — also when the change rounds to nothing at the decimals shown.
 * @param change - the difference (now − before).
 * @param decimals - most decimals shown (default 1).
 * @returns the text, the same in both languages.
 * @example formatChange(-1) // "−1"
 * @example formatChange(0.02) // "±0"
 */
export function formatChange(change: number, decimals = 1): string {
  const text = formatNumber(Math.abs(change), decimals);
  if (text === "0") return "±0";
  return `${change > 0 ? "+" : "\u2212"}${text}`;
}

/**
 * A fraction as a percentage.
 * @param value - 1 = 100%.
 * @param decimals - most decimals of the percentage (default 1).
 * @returns e.g. "85.3%".
 * @example formatPercent(0.8534) // "85.3%"
 */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value * 100, decimals)}%`;
}

/**
 * An amount of money, exact to the yuan as the sheets' number formats (src/workbook/formats.ts) keep it, written
 * as a person reads it: in 万 with at most four decimals and no trailing zeros (360万, 6.56万, 1.9728万, 0.0694万),
 * or in yuan with separators (65,600).
 * @param value - the amount in yuan.
 * @param locale - the language: picks the style when none is given (万 in Chinese, yuan in English).
 * @param style - Settings moneyFormat as resolved by `moneyStyleOf`.
 * @returns the text.
 * @example formatMoney(152500, "zh-CN") // "15.25万"
 * @example formatMoney(3600000, "zh-CN") // "360万"
 * @example formatMoney(152500, "zh-CN", "yuan") // "152,500"
 */
export function formatMoney(value: number, locale: Locale, style?: MoneyStyle): string {
  const yuan = Math.round(value);
  if ((style ?? moneyStyleOf("auto", locale)) === "yuan") return formatNumber(yuan, 0);
  // Nothing is nothing in any unit: "0", not "0万".
  if (yuan === 0) return "0";
  const sign = yuan < 0 ? "-" : "";
  // Whole yuan divided by 10,000 has at most four decimals; toFixed(4) then trimming keeps every yuan.
  const wan = (Math.abs(yuan) / 10000).toFixed(4).replace(/\.?0+$/, "");
  return `${sign}${wan}万`;
}

/**
 * Units of the KPI library (Unit column) that are money counted in single currency units: figures in them read as
 * money (万 in Chinese). A unit of 万元 is not among them: its figures are already counted in 万 (360 = 360万元).
 */
const MONEY_UNITS = new Set(["cny", "rmb", "¥", "￥", "元", "usd", "$", "eur", "€"]);

/** Money units that 万 already names (a figure in 万 is in yuan): written without the unit after it. */
const YUAN_UNITS = new Set(["cny", "rmb", "¥", "￥", "元"]);

/**
 * @param unit - a KPI's Unit.
 * @returns true when its figures are amounts of money (CNY, 元, ¥, USD…), compared case-insensitively.
 * @example isMoneyUnit("元") // true
 */
export function isMoneyUnit(unit: string | null | undefined): boolean {
  return MONEY_UNITS.has((unit ?? "").trim().toLowerCase());
}

/**
 * A KPI figure for the screen, in its KPI's unit: a percentage for "%" (stored as a fraction), money as
 * {@link formatMoney} writes it for a money unit (the unit kept after yuan, and after 万 unless it is the yuan
 * itself), otherwise the number with separators and the unit.
 * @param value - a target or actual as stored.
 * @param unit - the KPI's Unit.
 * @param locale - the language.
 * @param style - Settings moneyFormat as resolved by `moneyStyleOf` (default: 万 in Chinese, yuan in English).
 * @returns e.g. "35%", "360万", "3,600,000 CNY", "24 visits".
 * @example formatInUnit(3600000, "元", "zh-CN") // "360万"
 * @example formatInUnit(3600000, "CNY", "en-US") // "3,600,000 CNY"
 */
export function formatInUnit(
  value: number,
  unit: string | null | undefined,
  locale: Locale,
  style?: MoneyStyle,
): string {
  const u = (unit ?? "").trim();
  if (u === "%") return formatPercent(value, 1);
  if (isMoneyUnit(u)) {
    const resolved = style ?? moneyStyleOf("auto", locale);
    const text = formatMoney(value, locale, resolved);
    return resolved === "wan" && YUAN_UNITS.has(u.toLowerCase()) ? text : `${text} ${u}`;
  }
  const text = formatNumber(value);
  return u === "" ? text : `${text} ${u}`;
}

/**
 * A date as ISO text.
 * @param serial - an Excel serial.
 * @returns e.g. "2026-09-30".
 * @example formatDate(46295) // "2026-09-30"
 */
export function formatDate(serial: number): string {
  const { y, m, d } = ymdFromSerial(Math.floor(serial));
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
