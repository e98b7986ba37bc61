/** The team book (see book.ts): the one picture of the workbook's tables every surface reads. */
export { Book, buildBook, type BookTables, type BuildBookOptions } from "./book";
export type { PersonReport, PeriodPicture } from "../domain/period";
