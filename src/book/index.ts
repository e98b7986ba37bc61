/** The team book (see book.ts): the one picture of the workbook's tables every surface reads. */
export {
  Book,
  buildBook,
  type AppendedRows,
  type BookTables,
  type BuildBookOptions,
  type Extend,
} from "./book";
export { completeBook, nextBook } from "./next";
export type { PersonReport, PeriodPicture } from "../domain/period";
export {
  bonusReason,
  commissionReason,
  compositeFormula,
  personPage,
  PERSON_TABLES,
  type PersonDeal,
  type PersonGoal,
  type PersonPage,
  type PersonTask,
  type Reason,
  type ScorePart,
} from "./person";
export { attentionList, cockpitFigures, figuresOf } from "./attention";
export {
  ROSTER_SORTS,
  searchRoster,
  sortRoster,
  type AttentionItem,
  type AttentionKind,
  type AttentionPlace,
  type CockpitFigures,
  type RosterSort,
} from "./cockpit";
