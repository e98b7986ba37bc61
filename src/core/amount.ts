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
