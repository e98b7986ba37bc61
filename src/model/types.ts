/**
 * Typed rows, derived from the schema so that a column added in `schema.ts` appears in its row type at once.
 * Fields are named exactly by column key; a blank cell is `null`; dates are Excel serial numbers; enum fields are
 * the words of product.md.
 */
import type { RowOf } from "./columns";
import type { SCHEMA } from "./schema";

/** The English key of a table: also its Excel table name. */
export type TableKey = keyof typeof SCHEMA;

/** The row type of every table: `TableRows["Goals"]` is a goal. */
export type TableRows = { [K in TableKey]: RowOf<(typeof SCHEMA)[K]> };

/** The rows of a list of tables, one field a table: what `readTables(list)` gives a reader of exactly that list. */
export type TablesOf<L extends readonly TableKey[]> = { readonly [K in L[number]]: readonly TableRows[K][] };

/** The column keys of a table. */
export type ColumnKey<K extends TableKey> = keyof TableRows[K] & string;

/** Any row of any table. */
export type AnyRow = TableRows[TableKey];

/** A person on the team. */
export type ManagerRow = TableRows["Managers"];
/** A KPI of the library. */
export type KpiRow = TableRows["KPIs"];
/** A goal of one person for one period. */
export type GoalRow = TableRows["Goals"];
/** An entered actual. */
export type ActualRow = TableRows["Actuals"];
/** A task of a work plan. */
export type TaskRow = TableRows["Tasks"];
/** A customer. */
export type CustomerRow = TableRows["Customers"];
/** A visit, call, meeting, e-mail or message. */
export type InteractionRow = TableRows["Interactions"];
/** A deal (one row per credited manager). */
export type DealRow = TableRows["Deals"];
/** A review by one rater. */
export type ReviewRow = TableRows["Reviews"];
/** An incentive plan. */
export type PlanRow = TableRows["Plans"];
/** One point of a payout curve or commission tier table. */
export type CurveRow = TableRows["Curves"];
/** One rating of the scale and its guide share. */
export type RatingRow = TableRows["Ratings"];
/** A computed payout. */
export type PayoutRow = TableRows["Payouts"];
/** An award. */
export type RecognitionRow = TableRows["Recognition"];
/** A training record. */
export type TrainingRow = TableRows["Training"];
/** A career plan. */
export type CareerRow = TableRows["Careers"];
/** A team meeting or one-on-one. */
export type MeetingRow = TableRows["Meetings"];
/** One anonymous survey answer. */
export type SurveyRow = TableRows["Surveys"];
/** One setting. */
export type SettingRow = TableRows["Settings"];
