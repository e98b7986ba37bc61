/**
 * The import use-case (docs/import.md): read a CRM or survey export, recognise it, plan the preview, apply it.
 * Pure apart from `applyImport`/`readImportBook`, which talk to a WorkbookPort.
 */
export * from "./source";
export * from "./file";
export * from "./when";
export * from "./profiles";
export * from "./maps";
export * from "./preview";
export * from "./crm";
export * from "./survey";
export * from "./apply";
export * from "./plan";
