/**
 * What an import would do, before anything is written: the same preview in the pane and the CLI. Pure data.
 */
import { ymdFromSerial } from "../core";
import type { Locale, MessageKey, MessageParams } from "../i18n";
import {
  columnSpec,
  display,
  enumLabel,
  headerOf,
  type AnyRow,
  type TableKey,
  type TableRows,
  type TypedValue,
} from "../model";

/** The rows of the workbook an import reads. */
export interface ImportBook {
  readonly Managers: readonly TableRows["Managers"][];
  readonly Customers: readonly TableRows["Customers"][];
  readonly Deals: readonly TableRows["Deals"][];
  readonly Interactions: readonly TableRows["Interactions"][];
  readonly Tasks: readonly TableRows["Tasks"][];
  readonly Surveys: readonly TableRows["Surveys"][];
  /** `null` when the workbook has no StageMap table: the defaults apply. */
  readonly StageMap: readonly TableRows["StageMap"][] | null;
}

/** One field an update changes. */
export interface FieldChange {
  readonly column: string;
  readonly from: TypedValue;
  readonly to: TypedValue;
}

/** A row to add. `line` is the row's line in the file (header = 1); 0 for survey rows (never tied to a line). */
export interface ImportAdd {
  readonly line: number;
  readonly label: string;
  readonly row: AnyRow;
}

/** A row to change, field by field. */
export interface ImportUpdate {
  readonly line: number;
  readonly label: string;
  readonly before: AnyRow;
  readonly after: AnyRow;
  readonly changes: readonly FieldChange[];
}

/** A line of the file that will not be imported, and why (a message key in both languages). */
export interface ImportSkip {
  readonly line: number;
  readonly label: string;
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** A row imported earlier from this source whose record is no longer in the file: reported, never deleted. */
export interface ImportMissing {
  readonly id: string;
  readonly label: string;
}

/** Survey answers by round: what the preview shows instead of answers (it never shows a single answer). */
export interface SurveyRound {
  readonly date: number;
  readonly team: string;
  readonly kind: TableRows["Surveys"]["Kind"];
  readonly question: string;
  /** Answers the file adds to the round. */
  readonly added: number;
  /** Answers of the file already in the workbook. */
  readonly present: number;
}

/** The full preview. */
export interface ImportPreview {
  readonly kind: "crm" | "survey";
  /** `zoho`, `fxiaoke`, `forms`, `wjx` or a saved map's source. */
  readonly source: string;
  /** `zoho.deals`, `fxiaoke.followups`, … or a saved map's name. */
  readonly profile: string;
  readonly table: TableKey;
  readonly fileName: string;
  readonly add: readonly ImportAdd[];
  readonly update: readonly ImportUpdate[];
  /** Lines (CRM) or answers (surveys) already in the workbook as they are. */
  readonly unchanged: number;
  readonly skipped: readonly ImportSkip[];
  readonly missing: readonly ImportMissing[];
  /** Owners no ManagerID could be found for (their rows are skipped). */
  readonly unknownOwners: readonly string[];
  /** CRM stages the StageMap does not list (their rows are skipped). */
  readonly unmappedStages: readonly string[];
  /** Survey questions that are not imported (free text, or not recognised as eNPS, satisfaction or wellbeing). */
  readonly ignoredQuestions: readonly string[];
  readonly rounds: readonly SurveyRound[];
}

/** The counts a summary line shows. */
export interface ImportCounts {
  add: number;
  update: number;
  unchanged: number;
  skipped: number;
  missing: number;
}

/**
 * @param preview - a preview.
 * @returns its counts.
 */
export function countsOf(preview: ImportPreview): ImportCounts {
  return {
    add: preview.add.length,
    update: preview.update.length,
    unchanged: preview.unchanged,
    skipped: preview.skipped.length,
    missing: preview.missing.length,
  };
}

/**
 * One change of an update as the preview shows it: the column's header in the user's language, dates as
 * YYYY-MM-DD and enum words as their labels — never an Excel serial or a stage code.
 * @param table - the table the update writes.
 * @param change - the field it changes.
 * @param locale - the language of the pane or the CLI.
 * @returns e.g. "Close date 2026-06-30 → 2026-05-14".
 * @example changeText("Deals", { column: "Stage", from: "proposal", to: "won" }, "zh-CN") // "阶段 方案 → 成交"
 */
export function changeText(table: TableKey, change: FieldChange, locale: Locale): string {
  const spec = columnSpec(table, change.column);
  const value = (v: TypedValue): string => {
    // A blank side would read as a double space: a dash says "was empty" / "now empty".
    if (v === null || v === "") return "—";
    if (spec?.type === "date" && typeof v === "number") {
      const { y, m, d } = ymdFromSerial(Math.floor(v));
      return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
    if (spec?.type === "enum" && typeof v === "string") return enumLabel(v, locale);
    return display(v);
  };
  return `${spec ? headerOf(spec, locale) : change.column} ${value(change.from)} → ${value(change.to)}`;
}
