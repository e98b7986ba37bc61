/**
 * The next team book from a workbook: what the pane reads after each revision (a save, an edit in the sheet, a
 * refresh). Per call one `listTables`, the change tokens when the adapter has them, and only what moved: a table
 * whose token did not move is carried over unread; a table only appended to since the previous book (the adapter
 * can tell: `WorkbookPort.readAppended`) is extended by the rows appended — after logging an interaction at 2,000
 * people, one row instead of 168,000 — and every other table whose token moved is read whole (all of them
 * without tokens, where the book compares their rows).
 */
import type { Locale } from "../i18n";
import type { TableKey } from "../model";
import type { WorkbookPort } from "../workbook/port";
import { buildBook, type AppendedRows, type Book } from "./book";

/**
 * @param port - the workbook.
 * @param locale - the language of the book.
 * @param previous - the last book of this port and language, or null.
 * @returns the next book, or `previous` itself when nothing changed.
 * @throws as `WorkbookPort.readTables`.
 */
export async function nextBook(port: WorkbookPort, locale: Locale, previous: Book | null): Promise<Book> {
  const present = await port.listTables();
  const versions = port.tableVersions ? await port.tableVersions(present) : null;
  const stale =
    versions && previous ? present.filter((key) => previous.versionOf(key) !== versions[key]) : present;
  const appended: Record<string, readonly unknown[]> = {};
  const whole: TableKey[] = [];
  for (const key of stale) {
    const since = versions && previous ? previous.versionOf(key) : null;
    const added = since !== null && port.readAppended ? await port.readAppended(key, since) : null;
    if (added) appended[key] = added;
    else whole.push(key);
  }
  const rows = whole.length > 0 ? await port.readTables(whole) : {};
  const book = buildBook(rows, { locale, previous, versions, appended: appended as AppendedRows });
  const same =
    previous !== null &&
    book.changed.size === 0 &&
    book.keys.length === previous.keys.length &&
    book.keys.every((key, i) => key === previous.keys[i]);
  return same ? previous : book;
}
