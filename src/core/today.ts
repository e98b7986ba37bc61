/** Today as the user's calendar has it. */
import { serialFromYMD } from "./dates";

/**
 * @param now - the moment (default: now).
 * @returns the local calendar day as an Excel serial — not the UTC day: late evening in Beijing is still today.
 * @example localToday(new Date(2026, 7, 15, 23, 30)) // 46249 (2026-08-15)
 */
export function localToday(now: Date = new Date()): number {
  return serialFromYMD(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
