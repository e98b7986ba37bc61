/**
 * The period report: `planReport` lays out the period picture (src/domain/period, kept by the team book) as sheet
 * plans that the Excel and file renderers write.
 */
export {
  planReport,
  planStatements,
  REPORT_SHEETS,
  planWords,
  cellAddress,
  columnLetters,
  rankFlags,
  FLAGS_SHOWN_PER_SEVERITY,
  PERFORMERS_SHOWN,
} from "./plan";
