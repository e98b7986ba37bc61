/**
 * The period report: `buildReport` computes the model from rows (pure), `planReport` lays it out as sheet plans
 * that the Excel and file renderers write.
 */
export { buildReport, sortFlags, NINE_BOX_CUTS, SCOPE_ALL, SCORE_DROP } from "./model";
export {
  planReport,
  planWords,
  cellAddress,
  columnLetters,
  rankFlags,
  FLAGS_SHOWN_PER_SEVERITY,
  PERFORMERS_SHOWN,
} from "./plan";
export type { ReportInput, ReportTables, ReportTableKey } from "../domain/input";
export type * from "./types";
