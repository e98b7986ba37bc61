/**
 * The next team book from a workbook: what the pane reads after each revision (a save, an edit in the sheet, a
 * refresh). Per call one `listTables`, the change tokens when the adapter has them, and only what moved: a table
 * whose token did not move is carried over unread; a table only appended to since the previous book (the adapter
 * can tell: `WorkbookPort.readAppended`) is extended by the rows appended — after logging an interaction at 2,000
 * people, one row instead of 168,000 — and every other table whose token moved is read whole (all of them
 * without tokens, where the book compares their rows).
 *
 * A first book can be read in two parts: `nextBook(port, locale, null, first)` reads only the tables `first` names
 * (what the screen shown first needs: the roster's), and `completeBook` then reads the others into the whole book,
 * carrying the first part's tables over — in Excel each table is its own `Range.values` transfer, so the first
 * screen does not wait for the tables only other screens read. Of a large table the first part may read only some
 * columns (`WorkbookPort.readColumns`: the roster counts interactions by person, day and type); the whole book reads
 * such a table again, whole.
 */
import type { Locale } from "../i18n";
import type { AnyTables, ColumnKey, TableKey } from "../model";
import type { WorkbookPort } from "../workbook/port";
import { buildBook, type AppendedRows, type Book } from "./book";

/**
 * @param port - the workbook.
 * @param locale - the language of the book.
 * @param previous - the last book of this port and language, or null.
 * @param only - optional: read only these tables (those of them the workbook holds) — the first part of a book, to
 *   be completed by {@link completeBook}; it holds no other table.
 * @param columns - optional, with `only` and no `previous`: of these tables, only these columns (the book holds
 *   them in part: `Book.holds`, not `Book.has`).
 * @returns the next book, or `previous` itself when nothing changed.
 * @throws as `WorkbookPort.readTables` (and `readColumns`).
 */
export async function nextBook(
  port: WorkbookPort,
  locale: Locale,
  previous: Book | null,
  only?: readonly TableKey[],
  columns?: { readonly [K in TableKey]?: readonly string[] },
): Promise<Book> {
  if (columns && (!only || previous))
    throw new Error("nextBook: columns are read only for the first part of a first book");
  const listed = await port.listTables();
  const present = only ? listed.filter((key) => only.includes(key)) : listed;
  const versions = port.tableVersions ? await port.tableVersions(present) : null;
  const stale =
    versions && previous ? present.filter((key) => previous.versionOf(key) !== versions[key]) : present;
  const appended: Record<string, readonly unknown[]> = {};
  const whole: TableKey[] = [];
  const partial: TableKey[] = [];
  for (const key of stale) {
    if (columns?.[key]) {
      partial.push(key);
      continue;
    }
    const since = versions && previous ? previous.versionOf(key) : null;
    const added = since !== null && port.readAppended ? await port.readAppended(key, since) : null;
    if (added) appended[key] = added;
    else whole.push(key);
  }
  // Side by side: in Excel each is its own request; in the preview, each table's values its own fetch.
  const [read, ...parts] = await Promise.all([
    whole.length > 0 ? port.readTables(whole) : {},
    ...partial.map((key) =>
      port.readColumns(key, (columns?.[key] ?? []) as readonly ColumnKey<typeof key>[]),
    ),
  ]);
  const rows: Record<string, readonly unknown[]> = { ...read };
  partial.forEach((key, i) => (rows[key] = parts[i]));
  const book = buildBook(rows as AnyTables, {
    locale,
    previous,
    versions,
    appended: appended as AppendedRows,
    columns,
  });
  const same =
    previous !== null &&
    book.changed.size === 0 &&
    book.keys.length === previous.keys.length &&
    book.keys.every((key, i) => key === previous.keys[i]);
  return same ? previous : book;
}

/**
 * The whole book from its first part (`nextBook(port, locale, null, first)`): the tables the workbook holds that
 * the part does not are read, and the part's tables are carried over — with change tokens, those whose token did
 * not move since (any other is read again); without tokens, all of them: the two parts are read back to back, as one
 * version (an edit in the sheet meanwhile starts a new revision, which reads from the last whole book).
 * @param port - the workbook the part was read from.
 * @param locale - the part's language.
 * @param part - the first part.
 * @returns the book holding every table the workbook holds.
 * @throws as `WorkbookPort.readTables`.
 */
export async function completeBook(port: WorkbookPort, locale: Locale, part: Book): Promise<Book> {
  if (port.tableVersions) return nextBook(port, locale, part);
  const present = await port.listTables();
  const rest = present.filter((key) => !part.has(key));
  const rows = rest.length > 0 ? await port.readTables(rest) : {};
  return buildBook(rows, { locale, previous: part, carry: present.filter((key) => part.has(key)) });
}
