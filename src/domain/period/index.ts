/** The period picture (see period.ts): the domain's one account of a period, read by the book, report and what-if. */
export {
  buildPeriod,
  buildRosterFigures,
  ROSTER_FIGURE_COLUMNS,
  ROSTER_FIGURE_TABLES,
  sortFlags,
  NINE_BOX_CUTS,
  SCOPE_ALL,
  SCORE_DROP,
  type PeriodInput,
  type RosterFigure,
  type RosterFigureTableKey,
  type RosterFiguresInput,
} from "./period";
export type * from "./types";
