/**
 * Column maps for exports the import does not know: which column holds which field, saved in the workbook's
 * Settings table under `import.map.<name>` (a JSON value) and offered next time, or given to the CLI as a JSON
 * file with `--map`. Pure.
 */
import { KpiError } from "../core/errors";
import { t, type Locale, type MessageKey, type MessageParams } from "../i18n";
import { display, type SettingRow } from "../model";
import {
  CRM_PROFILES,
  SURVEY_PROFILES,
  type CrmField,
  type CrmProfile,
  type CrmTable,
  type InteractionType,
} from "./profiles";
import { headerKey, type SourceTable } from "./source";

/** A saved column map. */
export interface ImportMap {
  /** The map's name; also the Source written on rows unless `source` says otherwise. */
  readonly name: string;
  readonly source: string;
  readonly table: CrmTable;
  /** Header of each field's column in the file. */
  readonly columns: Readonly<Partial<Record<CrmField, string>>>;
  /** Interaction type of every row when the file has no type column. */
  readonly type?: InteractionType;
  /** CRM owner text → ManagerID, for owners the Managers table cannot resolve by name or e-mail. */
  readonly owners?: Readonly<Record<string, string>>;
}

const TABLES: readonly CrmTable[] = ["Customers", "Deals", "Interactions", "Tasks"];
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
  if (!TABLES.includes(v.table as CrmTable)) throw bad(where, `"table" must be one of ${TABLES.join(", ")}`);
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

/**
 * @param map - a saved map.
 * @returns the profile that reads a file with it.
 */
export function profileOfMap(map: ImportMap): CrmProfile {
  const fields: Partial<Record<CrmField, readonly string[]>> = {};
  for (const [field, header] of Object.entries(map.columns) as [CrmField, string][]) fields[field] = [header];
  return {
    kind: "crm",
    id: map.name,
    source: map.source,
    table: map.table,
    fields,
    required: Object.keys(fields) as CrmField[],
    ...(map.type ? { fixedType: map.type } : {}),
    derivedId: DERIVED[map.table],
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

/** The tables a map may write, and the interaction types a map may give every row. */
export const MAP_TABLES = TABLES;
export const MAP_TYPES = TYPES;

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
  readonly table: CrmTable;
  readonly columns: Readonly<Partial<Record<CrmField, string>>>;
  /** Interactions: the type of every row when no column holds it ("" when a column does). */
  readonly fixedType: InteractionType | "";
}

/** A field of the map's form: its name, the fixed interaction type, or the column of a field. */
export type MapDraftField = "mapName" | "fixedType" | CrmField;

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
  const table = draft.table;
  const label = (field: CrmField) => t(locale, mapFieldLabel(table, field));
  const name = draft.name.trim();
  if (name === "") fail("mapName", "import.map.err.name");
  else if (RESERVED.has(name.toLowerCase())) fail("mapName", "import.map.err.reserved", { name });
  else if (taken.some((n) => n.toLowerCase() === name.toLowerCase()))
    fail("mapName", "import.map.err.taken", { name });

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

/**
 * The saved maps a file can be read with: those whose every column is among the file's headers.
 * @param headers - the file's headers.
 * @param maps - the saved maps.
 * @returns the maps that fit, in the order given.
 */
export function mapsFitting(headers: readonly string[], maps: readonly ImportMap[]): ImportMap[] {
  const present = new Set(headers.map(headerKey));
  return maps.filter((m) =>
    Object.values(m.columns).every((h) => h !== undefined && present.has(headerKey(h))),
  );
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
 * The form's values for a map: a saved map to change, or a new map of `table` with no column chosen.
 * @param table - the table of a new map.
 * @param map - a map to start from.
 * @returns the draft.
 */
export function mapDraftOf(table: CrmTable, map?: ImportMap): MapDraft {
  if (!map) return { name: "", table, columns: {}, fixedType: "" };
  return { name: map.name, table: map.table, columns: { ...map.columns }, fixedType: map.type ?? "" };
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
