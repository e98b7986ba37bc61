/**
 * Money as people write it in CRM exports and forms: `¥1,280,000`, `￥12.8万`, `RMB 3.5亿`, `$12,000.50`,
 * `CNY 1 200`, `(1,200)`, `12.8 万元`. Pure: the import and the task pane's amount fields share it.
 */

/** Currency words and signs that may precede or follow the number; they carry no value. */
const CURRENCY = /^(?:US\$|HK\$|RMB|CNY|USD|HKD|EUR|人民币|[¥￥$€£])|(?:RMB|CNY|USD|HKD|EUR|元|人民币)$/i;

/** Chinese magnitude words at the end of a number. */
const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百万: 1e6, 千万: 1e7 };

/**
 * Reads an amount.
 * @param raw - a number (returned as is when finite) or the text of an amount.
 * @returns the amount in units of the currency, or `null` when the text is blank or not an amount.
 * @example parseMoney("￥12.8万") // 128000
 * @example parseMoney("RMB 1,280,000.00") // 1280000
 * @example parseMoney("(1,200)") // -1200
 */
export function parseMoney(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  // Spaces (also no-break and thin spaces), thousands separators and full-width commas carry no value.
  let s = raw.replace(/[\s\u00a0\u2009\u202f,，'’_]/g, "");
  if (s === "") return null;
  let negative = false;
  if (/^\(.*\)$/.test(s) || /^（.*）$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith("-") || s.startsWith("−")) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  // Strip currency words on either side (and a sign written after the currency: `¥-12`), repeatedly: `RMB¥12万元`.
  for (let before = ""; before !== s;) {
    before = s;
    s = s.replace(CURRENCY, "");
    if (s.startsWith("-") || s.startsWith("−")) {
      negative = !negative;
      s = s.slice(1);
    }
  }
  let factor = 1;
  for (const word of ["千万", "百万", "万", "亿", "千"]) {
    if (s.endsWith(word)) {
      factor = MAGNITUDE[word];
      s = s.slice(0, -word.length);
      break;
    }
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const value = Number(s) * factor;
  if (!Number.isFinite(value)) return null;
  // Round away binary noise from the factor (12.8 × 10 000 = 127999.99999999999).
  const rounded = Math.round(value * 1e6) / 1e6;
  return negative ? -rounded : rounded;
}

/** How {@link parseTypedNumber} reads a trailing `%`. */
export interface TypedNumberOptions {
  /**
   * `"fraction"` (the default): `12.5%` is 0.125, for fields that store a rate as a fraction;
   * `"number"`: `12.5%` is 12.5, for fields already counted in percent (a goal in a percent unit, a credit share).
   */
  percent?: "fraction" | "number";
}

/** Full-width digits and point, as Chinese input methods type them. */
function halfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E/g, ".")
    .replace(/[\uFF0B]/g, "+")
    .replace(/[\uFF0D]/g, "-");
}

/**
 * Reads a number a person typed into any field of the pane — one reader for every form, so "200万", "¥1,200,000",
 * "1 200", "１２.５％" and "0.2%" mean the same everywhere.
 *
 * Accepted: spaces and thousands separators (`,` `，`), full-width digits, currency signs and words (see
 * {@link parseMoney}), the magnitude words 万 / 亿 / 千 / 百万 / 千万, a sign or accounting parentheses, exponent
 * notation (`1e6`), a trailing `%` (read as {@link TypedNumberOptions.percent} says) and a decimal comma where it
 * cannot be a thousands separator (`1,5` is 1.5; `1,500` is 1500).
 * @param text - the field's text.
 * @param options - how to read a trailing `%`.
 * @returns the number; `null` for a blank field; `"invalid"` for anything else.
 * @example parseTypedNumber("200万") // 2000000
 * @example parseTypedNumber("12.5%") // 0.125
 * @example parseTypedNumber("95%", { percent: "number" }) // 95
 */
export function parseTypedNumber(text: string, options: TypedNumberOptions = {}): number | null | "invalid" {
  let s = halfWidth(text).trim();
  if (s === "") return null;
  const percent = /[%％]$/.test(s);
  if (percent) s = s.slice(0, -1).trim();
  if (s === "") return "invalid";
  if (/^[-+]?\d+[,，]\d{1,2}$/.test(s)) s = s.replace(/[,，]/, ".");
  const plain = s.replace(/[\s\u00a0,，]/g, "");
  const value = /^[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+$/i.test(plain) ? Number(plain) : parseMoney(s);
  if (value === null || !Number.isFinite(value)) return "invalid";
  if (!percent || options.percent === "number") return value;
  return value / 100;
}
