/**
 * One entry point for both surfaces: recognise a file (by its headers, a named source, or a saved column map)
 * and plan its preview. Pure.
 */
import { KpiError } from "../core/errors";
import { planCrmImport } from "./crm";
import { mapHeaders, mapsFitting, profileOfMap, surveyProfileOfMap, type ImportMap } from "./maps";
import type { ImportBook, ImportPreview } from "./preview";
import { fieldColumns, recognise, type Recognised } from "./profiles";
import { headerKey, type SourceTable } from "./source";
import { planSurveyImport, type QuestionRole } from "./survey";

/** Everything the user may choose for an import. */
export interface ImportOptions {
  /** `zoho`, `fxiaoke`, `forms`, `wjx`, or the name of a saved map. */
  readonly source?: string;
  /** Saved and given column maps. */
  readonly maps?: readonly ImportMap[];
  /** Surveys: the team of the whole file. */
  readonly team?: string;
  /** Surveys: the role of each question, by header. */
  readonly questions?: Readonly<Record<string, QuestionRole>>;
  /** CRM owner text → ManagerID. */
  readonly owners?: Readonly<Record<string, string>>;
}

/**
 * Finds how to read a file: a saved map named by `source`, a built-in export, or else the first saved map whose
 * columns the file has.
 * @param table - the file.
 * @param options - source and maps.
 * @returns the profile and where its fields are.
 * @throws KpiError `import.err.mapColumns` when the named map's columns are missing; `import.err.unrecognised`.
 */
export function recogniseWith(
  table: SourceTable,
  options: ImportOptions = {},
): Recognised & { map?: ImportMap } {
  const maps = options.maps ?? [];
  const named = maps.find((m) => options.source !== undefined && m.name === options.source);
  if (named) {
    const present = new Set(table.headers.map(headerKey));
    const absent = mapHeaders(named).filter((h) => !present.has(headerKey(h)));
    if (absent.length > 0) {
      throw new KpiError("value", "import.err.mapColumns", { map: named.name, columns: absent.join(", ") });
    }
    return readWith(named, table);
  }
  try {
    return recognise(table, options.source);
  } catch (error) {
    const map = mapsFitting(table.headers, maps)[0];
    if (map === undefined) throw error;
    return readWith(map, table);
  }
}

/** How a file is read with a map: a CRM profile with its fields' columns, or a survey profile. */
function readWith(map: ImportMap, table: SourceTable): Recognised & { map: ImportMap } {
  if (map.table === "Surveys") return { profile: surveyProfileOfMap(map).profile, columns: {}, map };
  const profile = profileOfMap(map);
  return { profile, columns: fieldColumns(profile, table.headers), map };
}

/**
 * Plans the import of a file into a workbook.
 * @param table - the file.
 * @param book - the workbook's rows.
 * @param options - the user's choices.
 * @returns the preview.
 * @throws KpiError when the file is not recognised or a survey has no team (see `planSurveyImport`).
 */
export function planImport(table: SourceTable, book: ImportBook, options: ImportOptions = {}): ImportPreview {
  const found = recogniseWith(table, options);
  if (found.profile.kind === "survey") {
    // A survey map names the role of each column it reads; the user's choices come on top.
    const roles = found.map ? surveyProfileOfMap(found.map).roles : {};
    return planSurveyImport(table, found.profile, book, {
      team: options.team,
      questions: { ...roles, ...(options.questions ?? {}) },
    });
  }
  return planCrmImport(table, found.profile, found.columns, book, {
    owners: { ...(found.map?.owners ?? {}), ...(options.owners ?? {}) },
  });
}
