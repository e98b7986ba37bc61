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
