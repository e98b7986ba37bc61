/** The period picture (see period.ts): the domain's one account of a period, read by the book, report and what-if. */
export { buildPeriod, sortFlags, NINE_BOX_CUTS, SCOPE_ALL, SCORE_DROP, type PeriodInput } from "./period";
export type * from "./types";
