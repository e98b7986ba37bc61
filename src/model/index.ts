/**
 * The workbook schema and typed rows (pure: no I/O). Adapters, the report, the task pane and the CLI import
 * tables, columns, validation and coercion from here.
 */
export * from "./columns";
export * from "./schema";
export * from "./types";
export * from "./tables";
export * from "./coerce";
export * from "./validate";
export * from "./headers";
export * from "./settings";
export * from "./sample";
export * from "./edits";
export * from "./sheets";
export * from "./stageMap";
export * from "./layout";
export * from "./problems";
