/**
 * The Reports screen's choices, from the workbook's rows (pure): the periods to offer — the current quarter by
 * the fiscal calendar in Settings, and every period that has goals. The teams to scope a report to are the report's
 * own `teamsOf` (src/workbook/generateReport), the list its scope is checked against.
 */
import { parsePeriod } from "../../../core";
import { readSettings, type TableRows } from "../../../model";
import { defaultReportPeriod } from "../../../workbook/generateReport";

/** The scope value of "the whole team". */
export const WHOLE_TEAM = "";

/** The tables the screen reads for its choices. */
export const REPORT_CHOICE_TABLES = ["Goals", "Managers", "Settings"] as const;

/** The periods a report can be made for. */
export interface PeriodChoices {
  /** Canonical period texts, latest first: by last day, and of two ending together the longer first. */
  periods: string[];
  /** The one chosen at first: the current quarter. */
  current: string;
}

/**
 * @param goals - Goals rows (their Period values; unreadable ones are left out).
 * @param settings - Settings rows (fiscal calendar).
 * @param today - today (Excel serial).
 * @returns the periods to offer and the current quarter.
 * @example reportPeriods([{ Period: "2026-Q2", … }], [], 46250) // { periods: ["2026-Q3", "2026-Q2"], current: "2026-Q3" }
 */
export function reportPeriods(
  goals: readonly Pick<TableRows["Goals"], "Period">[],
  settings: readonly TableRows["Settings"][],
  today: number,
): PeriodChoices {
  const fiscal = readSettings(settings).settings.fiscalYearStart;
  const current = defaultReportPeriod(settings, today);
  const found = new Map<string, { start: number; end: number }>();
  // Each distinct Period text is read once: at 2,000 people the Goals table repeats a few texts tens of thousands
  // of times.
  const seen = new Set<string>();
  const add = (text: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    try {
      const p = parsePeriod(text, fiscal);
      found.set(p.text, { start: p.start, end: p.end });
    } catch {
      // A Period a user typed that is not a period: the Goals screen flags it; it is simply not offered here.
    }
  };
  add(current);
  for (const goal of goals) if (goal.Period) add(goal.Period);
  const periods = [...found.entries()]
    .sort(([, a], [, b]) => b.end - a.end || a.start - b.start)
    .map(([text]) => text);
  return { periods, current };
}
