/** The in-memory WorkbookPort (browser preview and tests). */
export { CHANGE_DEBOUNCE_MS, MemoryWorkbook } from "./MemoryWorkbook";
export type {
  MemoryGeneratedSheet,
  MemorySheet,
  MemoryTableSheet,
  MemoryUserSheet,
  MemoryWorkbookOptions,
  ShownSheet,
} from "./MemoryWorkbook";
export {
  BOOK_FILE_FORMAT,
  BOOK_INDEX_FORMAT,
  bookFileOf,
  bookFilesOf,
  memoryWorkbookOf,
  memoryWorkbookOfIndex,
} from "./bookFile";
export type { BookFile, BookFileSheet, BookIndex, BookIndexSheet } from "./bookFile";
