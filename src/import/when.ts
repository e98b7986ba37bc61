/**
 * Dates and times as exports write them: `2026-03-31 14:24`, `2026/3/31`, `2026年3月31日 14:24`,
 * `Mar 31, 2026 02:24 PM`, `31 Mar 2026`, `3/31/2026 2:24:05 PM` (Microsoft Forms in English), Excel serial
 * numbers, and the Date objects ExcelJS gives for date cells. Pure.
 */
import { serialOf, serialOfDate, type RawCell } from "../model";
import { MAX_SERIAL } from "../core/dates";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` + TIME + "$");
const CN = new RegExp(String.raw`^(\d{4})年(\d{1,2})月(\d{1,2})日?` + TIME + "$");
const MDY = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})` + TIME + "$");
const MON_D_Y = new RegExp(
  String.raw`^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})` + TIME.replace("[ T]+", "[ T,]+") + "$",
);
const D_MON_Y = new RegExp(String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3})[a-z]*\.?[\s-]+(\d{4})` + TIME + "$");

function at(y: number, m: number, d: number, time: readonly (string | undefined)[]): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (new Date(Date.UTC(y, m - 1, d)).getUTCMonth() !== m - 1) return null;
  const [hh, mm, ss, ampm] = time;
  let hours = hh === undefined ? 0 : Number(hh);
  const minutes = mm === undefined ? 0 : Number(mm);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (ampm !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (ampm.toLowerCase() === "pm" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return serialOf(y, m, d) + (hours * 3600 + minutes * 60 + seconds) / 86400;
}

/**
 * Reads a date (and time of day, if any) from a cell.
 * @param raw - the cell.
 * @returns the Excel serial with the time as a fraction, or `null` for a blank or unreadable cell.
 * @example parseWhen("Mar 31, 2026 02:24 PM") // 46112.6
 * @example parseWhen("2026/3/31") // 46112
 */
export function parseWhen(raw: RawCell): number | null {
  if (raw === null || raw === undefined || typeof raw === "boolean") return null;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : serialOfDate(raw);
  if (typeof raw === "number") return Number.isFinite(raw) && raw >= 1 && raw <= MAX_SERIAL ? raw : null;
  const s = raw.trim().replace(/\s+/g, " ");
  if (s === "") return null;
  if (/^\d+(\.\d+)?$/.test(s)) return parseWhen(Number(s));
  let m = YMD.exec(s) ?? CN.exec(s);
  if (m) return at(Number(m[1]), Number(m[2]), Number(m[3]), m.slice(4));
  m = MDY.exec(s);
  if (m) {
    // Slashes with the year last are the US order (what Microsoft Forms and Zoho's English UI write).
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return at(year, Number(m[1]), Number(m[2]), m.slice(4));
  }
  m = MON_D_Y.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
    return month === 0 ? null : at(Number(m[3]), month, Number(m[2]), m.slice(4));
  }
  m = D_MON_Y.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    return month === 0 ? null : at(Number(m[3]), month, Number(m[1]), m.slice(4));
  }
  return null;
}

/**
 * @param raw - the cell.
 * @returns the calendar day of the cell (time of day dropped), or `null`.
 */
export function parseDay(raw: RawCell): number | null {
  const serial = parseWhen(raw);
  // A tiny epsilon: 23:59:59.9999 stored as a float must not round into the next day.
  return serial === null ? null : Math.floor(serial + 1e-9);
}
