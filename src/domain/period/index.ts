/** The period picture (see period.ts): the domain's one account of a period, read by the book, report and what-if. */
export {
  buildPeriod,
  buildRosterFigures,
  sortFlags,
  NINE_BOX_CUTS,
  SCOPE_ALL,
  SCORE_DROP,
  type PeriodInput,
  type RosterFigure,
} from "./period";
export type * from "./types";
