/**
 * Column maps for exports the import does not know: which column holds which field, saved in the workbook's
 * Settings table under `import.map.<name>` (a JSON value) and offered next time, or given to the CLI as a JSON
 * file with `--map`. Pure.
 */
import { KpiError } from "../core/errors";
import { t, type Locale, type MessageKey, type MessageParams } from "../i18n";
import { display, type SettingRow, type TableRows } from "../model";
import {
  CRM_PROFILES,
  SURVEY_PROFILES,
  type CrmField,
  type CrmProfile,
  type CrmTable,
  type InteractionType,
  type SurveyProfile,
} from "./profiles";
import { headerKey, type SourceTable } from "./source";

/** What a scored survey question measures (the Surveys table's Kind). */
export type SurveyKind = TableRows["Surveys"]["Kind"];

/** The tables a map may write: a CRM table, or Surveys (answers of a survey tool KPI Desk does not know). */
export type MapTable = CrmTable | "Surveys";

/** A field of a survey map: the respondent's team and the day answered. */
export type SurveyField = "team" | "date";

/** A saved column map. */
export interface ImportMap {
  /** The map's name; also the Source written on rows unless `source` says otherwise. */
  readonly name: string;
  readonly source: string;
  readonly table: MapTable;
  /** Header of each field's column in the file (Surveys: `date` and, optionally, `team`). */
  readonly columns: Readonly<Partial<Record<CrmField | SurveyField, string>>>;
  /**
   * Surveys: header → what each scored question measures. No other column of the file is ever read, so names,
   * e-mails and free text never reach the workbook.
   */
  readonly questions?: Readonly<Record<string, SurveyKind>>;
  /** Interaction type of every row when the file has no type column. */
  readonly type?: InteractionType;
  /** CRM owner text → ManagerID, for owners the Managers table cannot resolve by name or e-mail. */
  readonly owners?: Readonly<Record<string, string>>;
}

const TABLES: readonly CrmTable[] = ["Customers", "Deals", "Interactions", "Tasks"];
const KINDS: readonly SurveyKind[] = ["enps", "satisfaction", "wellbeing"];
const FIELDS: readonly CrmField[] = [
  "id",
  "owner",
  "name",
  "customer",
  "amount",
  "stage",
  "closeDate",
  "date",
  "type",
  "title",
  "note",
  "outcome",
  "industry",
  "segment",
  "status",
  "since",
  "due",
  "priority",
  "product",
];
const TYPES: readonly InteractionType[] = ["visit", "call", "meeting", "email", "message"];

/** The fields each table needs a column for (the rest are optional). */
const NEEDED: Readonly<Record<CrmTable, readonly CrmField[]>> = {
  Customers: ["name", "owner"],
  Deals: ["name", "owner", "stage"],
  Interactions: ["date", "owner"],
  Tasks: ["title", "owner"],
};

/** Fields that identify a record when a file has no record id column. */
const DERIVED: Readonly<Record<CrmTable, readonly CrmField[]>> = {
  Customers: ["name"],
  Deals: ["name", "customer"],
  Interactions: ["date", "owner", "customer"],
  Tasks: ["title", "owner", "due"],
};

/** The Settings key prefix of saved maps. */
export const MAP_SETTING_PREFIX = "import.map.";

const bad = (where: string, detail: string) => new KpiError("value", "import.err.badMap", { where, detail });

/**
 * Checks a map read from JSON.
 * @param value - the parsed JSON.
 * @param where - the file or setting it came from, for messages.
 * @returns the map.
 * @throws KpiError `import.err.badMap` naming what is wrong.
 * @example parseImportMap({ name: "sheet", table: "Deals", columns: { name: "Opportunity", owner: "Rep", stage: "Phase" } }, "map.json")
 */
export function parseImportMap(value: unknown, where: string): ImportMap {
  if (typeof value !== "object" || value === null) throw bad(where, "not a JSON object");
  const v = value as Record<string, unknown>;
  const name = typeof v.name === "string" ? v.name.trim() : "";
  if (name === "") throw bad(where, `"name" is missing`);
  if (v.table === "Surveys") return parseSurveyMap(v, name, where);
  if (!TABLES.includes(v.table as CrmTable)) {
    throw bad(where, `"table" must be one of ${[...TABLES, "Surveys"].join(", ")}`);
  }
  const table = v.table as CrmTable;
  if (typeof v.columns !== "object" || v.columns === null) throw bad(where, `"columns" is missing`);
  const columns: Partial<Record<CrmField, string>> = {};
  for (const [field, header] of Object.entries(v.columns as Record<string, unknown>)) {
    if (!FIELDS.includes(field as CrmField))
      throw bad(where, `unknown field "${field}" (${FIELDS.join(", ")})`);
    if (typeof header !== "string" || header.trim() === "")
      throw bad(where, `"${field}" needs a column header`);
    columns[field as CrmField] = header.trim();
  }
  const missing = NEEDED[table].filter((f) => columns[f] === undefined);
  if (missing.length > 0) throw bad(where, `${table} needs columns for: ${missing.join(", ")}`);
  if (v.type !== undefined && !TYPES.includes(v.type as InteractionType)) {
    throw bad(where, `"type" must be one of ${TYPES.join(", ")}`);
  }
  if (table === "Interactions" && v.type === undefined && columns.type === undefined) {
    throw bad(where, `Interactions need a "type" column or a fixed "type"`);
  }
  const owners: Record<string, string> = {};
  if (v.owners !== undefined) {
    if (typeof v.owners !== "object" || v.owners === null) throw bad(where, `"owners" must be an object`);
    for (const [owner, id] of Object.entries(v.owners as Record<string, unknown>)) {
      if (typeof id !== "string") throw bad(where, `owner "${owner}" needs a ManagerID`);
      owners[owner] = id;
    }
  }
  const source = typeof v.source === "string" && v.source.trim() !== "" ? v.source.trim() : name;
  return {
    name,
    source,
    table,
    columns,
    ...(v.type === undefined ? {} : { type: v.type as InteractionType }),
    ...(Object.keys(owners).length > 0 ? { owners } : {}),
  };
}

/** A survey map read from JSON: a date column, an optional team column, at least one scored question. */
function parseSurveyMap(v: Record<string, unknown>, name: string, where: string): ImportMap {
  if (typeof v.columns !== "object" || v.columns === null) throw bad(where, `"columns" is missing`);
  const columns: Partial<Record<SurveyField, string>> = {};
  for (const [field, header] of Object.entries(v.columns as Record<string, unknown>)) {
    if (field !== "team" && field !== "date") throw bad(where, `unknown field "${field}" (team, date)`);
    if (typeof header !== "string" || header.trim() === "")
      throw bad(where, `"${field}" needs a column header`);
    columns[field] = header.trim();
  }
  if (columns.date === undefined) throw bad(where, `Surveys need a "date" column`);
  if (typeof v.questions !== "object" || v.questions === null) throw bad(where, `"questions" is missing`);
  const questions: Record<string, SurveyKind> = {};
  const used = new Set(Object.values(columns).map(headerKey));
  for (const [header, kind] of Object.entries(v.questions as Record<string, unknown>)) {
    if (!KINDS.includes(kind as SurveyKind)) {
      throw bad(where, `question "${header}" must be one of ${KINDS.join(", ")}`);
    }
    if (used.has(headerKey(header))) throw bad(where, `"${header}" is the team or date column`);
    questions[header.trim()] = kind as SurveyKind;
  }
  if (Object.keys(questions).length === 0) throw bad(where, `Surveys need at least one question`);
  const source = typeof v.source === "string" && v.source.trim() !== "" ? v.source.trim() : name;
  return { name, source, table: "Surveys", columns, questions };
}

/**
 * Every column header a map reads (its fields' columns and, for surveys, its questions).
 * @param map - a map.
 * @returns the headers.
 */
export function mapHeaders(map: ImportMap): string[] {
  return [
    ...Object.values(map.columns).filter((h): h is string => h !== undefined),
    ...Object.keys(map.questions ?? {}),
  ];
}

/**
 * A survey map as the survey import reads it: the date column is the submit time, and only the map's columns
 * are read (every other column is left out as identifying).
 * @param map - a map whose table is Surveys.
 * @returns the profile, and the role of each column the map names.
 */
export function surveyProfileOfMap(map: ImportMap): {
  profile: SurveyProfile;
  roles: Record<string, SurveyKind | "team">;
} {
  const date = map.columns.date ?? "";
  const roles: Record<string, SurveyKind | "team"> = { ...(map.questions ?? {}) };
  if (map.columns.team !== undefined) roles[map.columns.team] = "team";
  return {
    profile: {
      kind: "survey",
      id: map.name,
      source: map.source,
      required: [date],
      submitted: [date],
      identifying: [],
      readsOnly: Object.keys(roles),
    },
    roles,
  };
}

/**
 * @param map - a saved CRM map.
 * @returns the profile that reads a file with it.
 */
export function profileOfMap(map: ImportMap): CrmProfile {
  const fields: Partial<Record<CrmField, readonly string[]>> = {};
  for (const [field, header] of Object.entries(map.columns) as [CrmField, string][]) fields[field] = [header];
  return {
    kind: "crm",
    id: map.name,
    source: map.source,
    table: map.table as CrmTable,
    fields,
    required: Object.keys(fields) as CrmField[],
    ...(map.type ? { fixedType: map.type } : {}),
    derivedId: DERIVED[map.table as CrmTable],
  };
}

/**
 * The saved maps of a workbook; a setting that does not parse is reported, not used.
 * @param rows - Settings rows.
 * @returns the maps and the problems.
 */
export function mapsOfSettings(rows: readonly SettingRow[]): { maps: ImportMap[]; problems: KpiError[] } {
  const maps: ImportMap[] = [];
  const problems: KpiError[] = [];
  for (const row of rows) {
    if (!row.Key.toLowerCase().startsWith(MAP_SETTING_PREFIX)) continue;
    try {
      maps.push(parseImportMap(JSON.parse(row.Value ?? ""), row.Key));
    } catch (e) {
      problems.push(e instanceof KpiError ? e : bad(row.Key, "not valid JSON"));
    }
  }
  return { maps, problems };
}

/**
 * @param map - a map to save.
 * @returns its Settings row.
 */
export function settingOfMap(map: ImportMap): SettingRow {
  return { Key: MAP_SETTING_PREFIX + map.name, Value: JSON.stringify(map) };
}

/** The fields a map may set for each table, in the order the pane lists them (needed ones first). */
export const MAP_FIELDS: Readonly<Record<CrmTable, readonly CrmField[]>> = {
  Customers: ["name", "owner", "id", "industry", "segment", "status", "since"],
  Deals: ["name", "owner", "stage", "id", "customer", "amount", "closeDate", "product"],
  Interactions: ["date", "owner", "id", "customer", "type", "title", "note", "outcome"],
  Tasks: ["title", "owner", "id", "due", "status", "priority", "customer"],
};

/** The tables a map may write, the interaction types a map may give every row, the kinds of survey questions. */
export const MAP_TABLES = TABLES;
export const MAP_TYPES = TYPES;
export const MAP_KINDS = KINDS;

/**
 * @param table - a map's table.
 * @param field - one of its fields.
 * @returns whether the map must name a column for it.
 */
export function isNeededField(table: CrmTable, field: CrmField): boolean {
  return NEEDED[table].includes(field);
}

/** A column map as the pane's form holds it: a column header (or "") for each field. */
export interface MapDraft {
  readonly name: string;
  readonly table: MapTable;
  readonly columns: Readonly<Partial<Record<CrmField | SurveyField, string>>>;
  /** Interactions: the type of every row when no column holds it ("" when a column does). */
  readonly fixedType: InteractionType | "";
  /** Surveys: what each question column measures, by header ("" or absent: not read). */
  readonly questions?: Readonly<Record<string, SurveyKind | "">>;
}

/**
 * A field of the map's form: its name, the fixed interaction type, the column of a field, or (surveys) the
 * questions as a whole.
 */
export type MapDraftField = "mapName" | "fixedType" | CrmField | SurveyField | "questions";

/** A message naming what is wrong with one field of a map (a catalogue key and its values). */
export interface MapMessage {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** What {@link checkMapDraft} found: the map, or a message per field in the order the form shows them. */
export type MapCheck =
  { ok: true; value: ImportMap } | { ok: false; errors: Partial<Record<MapDraftField, MapMessage>> };

/** Names a map may not take: the built-in sources and their exports (rows would be mistaken for theirs). */
const RESERVED = new Set(
  [...CRM_PROFILES, ...SURVEY_PROFILES].flatMap((p) => [p.source, p.id]).map((n) => n.toLowerCase()),
);

/**
 * @param table - a map's table.
 * @param field - a field of the table.
 * @returns the catalogue key of the field's label, in the table's terms (a deal's name, a customer's name).
 */
export function mapFieldLabel(table: CrmTable, field: CrmField): MessageKey {
  if (field === "name") return table === "Customers" ? "import.field.customerName" : "import.field.dealName";
  if (field === "title") return table === "Tasks" ? "import.field.taskTitle" : "import.field.subject";
  return `import.field.${field}` as MessageKey;
}

/**
 * Checks a column map made in the pane against the file it is for: a name (not a built-in source's, not another
 * saved map's), a column for every needed field, a column used for one field only (the record id may share a
 * column with another field), either a record id or the fields that identify a record without one, and for
 * interactions a type column or one type for every row.
 * @param draft - the form's values.
 * @param headers - the file's headers.
 * @param taken - names of the other saved maps (the one being changed excluded).
 * @param locale - the language of the field names the messages carry.
 * @returns the map, or messages naming each field in error.
 * @example checkMapDraft({ name: "", table: "Deals", columns: {}, fixedType: "" }, ["A"], [], "en-US").ok // false
 */
export function checkMapDraft(
  draft: MapDraft,
  headers: readonly string[],
  taken: readonly string[],
  locale: Locale,
): MapCheck {
  const errors: Partial<Record<MapDraftField, MapMessage>> = {};
  const fail = (field: MapDraftField, key: MessageKey, params: MessageParams = {}) => {
    errors[field] ??= { key, params };
  };
  const name = checkMapName(draft, taken, fail);
  if (draft.table === "Surveys") return checkSurveyDraft(draft, name, headers, locale, errors, fail);
  const table = draft.table;
  const label = (field: CrmField) => t(locale, mapFieldLabel(table, field));

  const fields = MAP_FIELDS[table];
  const columns: Partial<Record<CrmField, string>> = {};
  for (const field of fields) {
    const header = (draft.columns[field] ?? "").trim();
    if (header !== "") columns[field] = header;
  }
  const present = new Set(headers.map(headerKey));
  const usedBy = new Map<string, CrmField>();
  for (const field of fields) {
    const header = columns[field];
    if (header === undefined) {
      if (isNeededField(table, field)) fail(field, "import.map.err.needed", { field: label(field) });
      continue;
    }
    if (!present.has(headerKey(header))) {
      fail(field, "import.map.err.noColumn", { field: label(field), column: header });
      continue;
    }
    if (field === "id") continue;
    const other = usedBy.get(headerKey(header));
    if (other !== undefined) {
      fail(field, "import.map.err.twice", { field: label(field), column: header, other: label(other) });
    } else usedBy.set(headerKey(header), field);
  }
  if (columns.id === undefined) {
    const absent = DERIVED[table].filter((f) => columns[f] === undefined);
    if (absent.length > 0) {
      fail("id", "import.map.err.identity", { fields: absent.map(label).join(" / ") });
    }
  }
  if (table === "Interactions" && columns.type === undefined && draft.fixedType === "") {
    fail("fixedType", "import.map.err.type");
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      source: name,
      table,
      columns,
      ...(table === "Interactions" && draft.fixedType !== "" ? { type: draft.fixedType } : {}),
    },
  };
}

type Fail = (field: MapDraftField, key: MessageKey, params?: MessageParams) => void;

/** The map's name, checked: given, not a built-in source's, not another saved map's. */
function checkMapName(draft: MapDraft, taken: readonly string[], fail: Fail): string {
  const name = draft.name.trim();
  if (name === "") fail("mapName", "import.map.err.name");
  else if (RESERVED.has(name.toLowerCase())) fail("mapName", "import.map.err.reserved", { name });
  else if (taken.some((n) => n.toLowerCase() === name.toLowerCase()))
    fail("mapName", "import.map.err.taken", { name });
  return name;
}

/**
 * A survey map's draft: a date column (needed), a team column (optional: else the team is chosen for the whole
 * file when importing), not the same column twice, and at least one question scored. Only these columns will
 * ever be read.
 */
function checkSurveyDraft(
  draft: MapDraft,
  name: string,
  headers: readonly string[],
  locale: Locale,
  errors: Partial<Record<MapDraftField, MapMessage>>,
  fail: Fail,
): MapCheck {
  const present = new Set(headers.map(headerKey));
  const label = (field: SurveyField) => t(locale, surveyFieldLabel(field));
  const columns: Partial<Record<SurveyField, string>> = {};
  for (const field of SURVEY_FIELDS) {
    const header = (draft.columns[field] ?? "").trim();
    if (header === "") {
      if (field === "date") fail(field, "import.map.err.needed", { field: label(field) });
    } else if (!present.has(headerKey(header))) {
      fail(field, "import.map.err.noColumn", { field: label(field), column: header });
    } else columns[field] = header;
  }
  if (
    columns.team !== undefined &&
    columns.date !== undefined &&
    headerKey(columns.team) === headerKey(columns.date)
  ) {
    fail("date", "import.map.err.twice", {
      field: label("date"),
      column: columns.date,
      other: label("team"),
    });
  }
  const used = new Set(Object.values(columns).map(headerKey));
  const questions: Record<string, SurveyKind> = {};
  for (const [header, kind] of Object.entries(draft.questions ?? {})) {
    if (kind === "" || used.has(headerKey(header))) continue;
    if (!present.has(headerKey(header))) {
      fail("questions", "import.map.err.noColumn", {
        field: t(locale, "import.map.questions"),
        column: header,
      });
    } else questions[header] = kind;
  }
  if (Object.keys(questions).length === 0) fail("questions", "import.map.err.noQuestion");
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, source: name, table: "Surveys", columns, questions } };
}

/** The fields of a survey map, in the order the pane lists them. */
export const SURVEY_FIELDS: readonly SurveyField[] = ["team", "date"];

/**
 * @param field - a field of a survey map.
 * @returns the catalogue key of its label.
 */
export function surveyFieldLabel(field: SurveyField): MessageKey {
  return field === "team" ? "import.field.team" : "import.field.answered";
}

/**
 * The saved maps a file can be read with: those whose every column is among the file's headers.
 * @param headers - the file's headers.
 * @param maps - the saved maps.
 * @returns the maps that fit, in the order given.
 */
export function mapsFitting(headers: readonly string[], maps: readonly ImportMap[]): ImportMap[] {
  const present = new Set(headers.map(headerKey));
  return maps.filter((m) => mapHeaders(m).every((h) => present.has(headerKey(h))));
}

/**
 * A sample value of each column: the first non-blank cell among the file's first rows, as text.
 * @param table - the file.
 * @param rows - how many rows to look at.
 * @returns one sample (or null) per header, by position.
 */
export function columnSamples(table: SourceTable, rows = 20): (string | null)[] {
  return table.headers.map((_, c) => {
    for (const cells of table.rows.slice(0, rows)) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      const text = (cell instanceof Date ? display(cell) : String(cell)).trim();
      if (text !== "") return text;
    }
    return null;
  });
}

/**
 * The form's values for a map: a saved map to change, or a new map of `table` with no column chosen (a new
 * survey map scores no question: each is chosen, none guessed).
 * @param table - the table of a new map.
 * @param map - a map to start from.
 * @returns the draft.
 */
export function mapDraftOf(table: MapTable, map?: ImportMap): MapDraft {
  if (!map)
    return { name: "", table, columns: {}, fixedType: "", ...(table === "Surveys" ? { questions: {} } : {}) };
  return {
    name: map.name,
    table: map.table,
    columns: { ...map.columns },
    fixedType: map.type ?? "",
    ...(map.questions ? { questions: { ...map.questions } } : {}),
  };
}

/**
 * A map with the owners chosen while importing with it, kept for the next import of the same kind of file.
 * @param map - the map.
 * @param owners - CRM owner text → ManagerID chosen in the pane.
 * @returns the map to save.
 */
export function withOwners(map: ImportMap, owners: Readonly<Record<string, string>>): ImportMap {
  const merged = { ...(map.owners ?? {}), ...owners };
  return Object.keys(merged).length === 0 ? map : { ...map, owners: merged };
}
