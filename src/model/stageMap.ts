/**
 * Default rows of the StageMap table (docs/import.md): how each CRM's usual deal stages read as KPI Desk's five
 * (lead, qualified, proposal, won, lost). Set-up seeds them; the supervisor edits the table for a customised
 * sales process. Labels are matched ignoring case and spaces; a stage that is not listed is never guessed.
 */
import type { TableRows } from "./types";

type StageRow = TableRows["StageMap"];
type Stage = StageRow["Stage"];

const rowsOf = (source: string, pairs: readonly (readonly [string, Stage])[]): StageRow[] =>
  pairs.map(([crmStage, stage]) => ({ Source: source, CrmStage: crmStage, Stage: stage }));

/** Zoho CRM's standard Deals pipeline, in its English and Chinese UI labels. */
const ZOHO: readonly (readonly [string, Stage])[] = [
  ["Qualification", "qualified"],
  ["Needs Analysis", "qualified"],
  ["Id. Decision Makers", "qualified"],
  ["Value Proposition", "proposal"],
  ["Perception Analysis", "proposal"],
  ["Proposal/Price Quote", "proposal"],
  ["Negotiation/Review", "proposal"],
  ["Closed Won", "won"],
  ["Closed Lost", "lost"],
  ["Closed Lost to Competition", "lost"],
  ["资格审查", "qualified"],
  ["需求分析", "qualified"],
  ["确定决策者", "qualified"],
  ["价值主张", "proposal"],
  ["感知分析", "proposal"],
  ["提案/报价", "proposal"],
  ["谈判/审核", "proposal"],
  ["已成交", "won"],
  ["已丢单", "lost"],
  ["竞争丢单", "lost"],
];

/** 纷享销客's default 商机 sales process (销售阶段) and its 商机状态 words. */
const FXIAOKE: readonly (readonly [string, Stage])[] = [
  ["初步接洽", "lead"],
  ["验证客户", "lead"],
  ["需求确定", "qualified"],
  ["需求分析", "qualified"],
  ["方案/报价", "proposal"],
  ["方案报价", "proposal"],
  ["谈判审核", "proposal"],
  ["商务谈判", "proposal"],
  ["赢单", "won"],
  ["输单", "lost"],
  ["无效", "lost"],
];

/** Every default StageMap row, Zoho CRM first. */
export const DEFAULT_STAGE_MAP: readonly StageRow[] = [
  ...rowsOf("zoho", ZOHO),
  ...rowsOf("fxiaoke", FXIAOKE),
];
