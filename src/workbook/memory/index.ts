/** The in-memory WorkbookPort (browser preview and tests). */
export { MemoryWorkbook } from "./MemoryWorkbook";
export type {
  MemoryGeneratedSheet,
  MemorySheet,
  MemoryTableSheet,
  MemoryUserSheet,
  MemoryWorkbookOptions,
} from "./MemoryWorkbook";
