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
export { BOOK_FILE_FORMAT, bookFileOf, memoryWorkbookOf } from "./bookFile";
export type { BookFile, BookFileSheet } from "./bookFile";
