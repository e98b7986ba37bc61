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
 * An amount of money, read as the sheets' number formats show it (src/workbook/formats.ts), exact to the yuan:
 * in 万 with four decimals (6.5600万, 0.0694万) or in yuan with separators (65,600).
 * @param value - the amount in yuan.
 * @param locale - the language: picks the style when none is given (万 in Chinese, yuan in English).
 * @param style - Settings moneyFormat as resolved by `moneyStyleOf`.
 * @returns the text.
 * @example formatMoney(152500, "zh-CN") // "15.2500万"
 * @example formatMoney(152500, "zh-CN", "yuan") // "152,500"
 */
export function formatMoney(value: number, locale: Locale, style?: MoneyStyle): string {
  const yuan = Math.round(value);
  if ((style ?? moneyStyleOf("auto", locale)) === "yuan") return formatNumber(yuan, 0);
  const sign = yuan < 0 ? "-" : "";
  return `${sign}${(Math.abs(yuan) / 10000).toFixed(4)}万`;
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
