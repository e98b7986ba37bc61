/**
 * Column maps for exports the import does not know: which column holds which field, saved in the workbook's
 * Settings table under `import.map.<name>` (a JSON value) and offered next time, or given to the CLI as a JSON
 * file with `--map`. Pure.
 */
import { KpiError } from "../core/errors";
import type { SettingRow } from "../model";
import type { CrmField, CrmProfile, CrmTable, InteractionType } from "./profiles";

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
