/**
 * Types shared across the domain layer: catalogue messages, the data problems found in the tables, the flags
 * raised about people and the team, and the curve tables scores and payouts are read from.
 */
import type { MessageKey, MessageParams } from "../i18n";
import type { TableKey } from "../model";

/** A catalogue message: a key and its placeholder values. */
export interface Message {
  key: MessageKey;
  params: MessageParams;
}

/**
 * A problem in the data, named by table, 1-based data row and column key, with the reason (often the KpiError
 * core raised). Row is `null` when the problem is the table as a whole (e.g. guide shares not adding up).
 */
export interface DataIssue {
  table: TableKey;
  /** The ManagerID the row belongs to, when it belongs to one person. */
  person: string | null;
  /** 1-based data row of the table as handed to the report (after later duplicates were left out), or null. */
  row: number | null;
  column: string | null;
  cause: Message;
  /** The sheet's name as the user sees it (when the report knows where the table is). */
  sheet?: string;
  /** The Excel row number (the header row counts: the first data row of a table at A1 is row 2). */
  excelRow?: number | null;
  /** The column's header as the sheet spells it. */
  header?: string | null;
}

/** How urgent a flag is; flags are listed high first. */
export type Severity = "high" | "medium" | "low";

/** What a flag is about. */
export type FlagKind =
  | "data"
  | "goalOffTrack"
  | "scoreDown"
  | "noGoals"
  | "reviewMissing"
  | "reviewDraft"
  | "overdueTasks"
  | "neglectedCustomers"
  | "payoutAboveCap"
  | "bonusCapped"
  | "gateFailed"
  | "payoutNotComputed"
  | "distribution"
  | "lowPulse";

/**
 * A flag with its plain-language reason. `person` is null for team-wide flags (distribution, pulse, data problems
 * in shared tables). `cause`, when present, is rendered into the reason's `{cause}` placeholder (e.g. why a bonus
 * could not be computed). Data flags carry the `issue`: table and column names are localized at render time
 * (see `flagText`).
 */
export interface Flag {
  severity: Severity;
  kind: FlagKind;
  person: { id: string; name: string } | null;
  reason: Message;
  cause?: Message;
  issue?: DataIssue;
  /**
   * Money the flag puts at stake, for ranking flags of one severity: a held or blocked bonus (what it would pay
   * with the gate met), the amount above a cap, a payout that could not be computed (the target bonus). Absent
   * when the flag is not about money.
   */
  atStake?: number;
}

/** A curve or tier table the report uses (copied into the report sheet so its formulas are self-contained). */
export interface CurveTable {
  name: string;
  points: { point: number; value: number }[];
}
