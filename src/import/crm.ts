/**
 * The CRM import use-case: a recognised export and the workbook's rows in, the preview out (rows to add, to
 * update field by field, unchanged, skipped with the reason, and records no longer in the file). Pure: the pane
 * and the CLI call it, then `applyImport`.
 *
 * Rules (docs/import.md): every row keeps its source (`zoho.deals`, …) and the source's record id, so importing
 * the same file twice changes nothing and a changed record updates its row; owners resolve to ManagerIDs by
 * ManagerID, name or e-mail in Managers (or a map's `owners`), never by guess; stages resolve through StageMap.
 */
import { parseMoney } from "../core/amount";
import type { MessageKey, MessageParams } from "../i18n";
import {
  DEFAULT_STAGE_MAP,
  display,
  matchEnum,
  normalizeWord,
  type AnyRow,
  type RawCell,
  type TableRows,
  type TypedValue,
} from "../model";
import type { CrmField, CrmProfile, CrmTable, FieldColumns, InteractionType } from "./profiles";
import type {
  FieldChange,
  ImportAdd,
  ImportBook,
  ImportMissing,
  ImportPreview,
  ImportSkip,
  ImportUpdate,
} from "./preview";
import type { SourceTable } from "./source";
import { parseDay } from "./when";

/** Options of a CRM import. */
export interface CrmImportOptions {
  /** CRM owner text → ManagerID, for owners Managers cannot resolve. */
  readonly owners?: Readonly<Record<string, string>>;
}

const ID_COLUMN: Readonly<Record<CrmTable, string>> = {
  Customers: "CustomerID",
  Deals: "DealID",
  Interactions: "InteractionID",
  Tasks: "TaskID",
};

const DEAL_STAGES = ["lead", "qualified", "proposal", "won", "lost"] as const;
type DealStage = (typeof DEAL_STAGES)[number];

const norm = (s: string) => s.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/** 32-bit FNV-1a, twice with different seeds: a short, stable id for a record identified by its text. */
function shortHash(text: string): string {
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, "0");
  };
  return fnv(0x811c9dc5) + fnv(0x9e3779b9);
}

/**
 * The id a new imported row gets: the source's prefix and its record id (or a hash of it when it is long or not
 * plain), so the same record always gets the same id.
 */
function newRowId(source: string, sourceId: string): string {
  const prefix =
    source === "zoho"
      ? "ZOHO"
      : source === "fxiaoke"
        ? "FX"
        : source
            .replace(/[^A-Za-z0-9]/g, "")
            .slice(0, 8)
            .toUpperCase() || "IMP";
  return `${prefix}-${/^[A-Za-z0-9_.-]{1,32}$/.test(sourceId) ? sourceId : shortHash(sourceId)}`;
}

const TYPE_WORDS: readonly [RegExp, InteractionType][] = [
  [/电话|通话|call|phone/i, "call"],
  [/拜访|上门|面访|外勤|visit/i, "visit"],
  [/会议|会面|见面|meeting/i, "meeting"],
  [/邮件|e-?mail/i, "email"],
  [/微信|短信|消息|qq|企信|钉钉|message|chat|sms/i, "message"],
];

const STATUS_WORDS: readonly [RegExp, TableRows["Tasks"]["Status"]][] = [
  [/^(not started|未开始|待办|waiting.*|等待.*|deferred|延期)$/i, "todo"],
  [/^(in progress|进行中|处理中)$/i, "doing"],
  [/^(completed|已完成|完成)$/i, "done"],
  [/^(cancelled|canceled|已取消|取消)$/i, "cancelled"],
];

const PRIORITY_WORDS: readonly [RegExp, NonNullable<TableRows["Tasks"]["Priority"]>][] = [
  [/^(highest|high|最高|高)$/i, "high"],
  [/^(normal|medium|普通|中|一般)$/i, "normal"],
  [/^(low|lowest|低|最低)$/i, "low"],
];

function cellText(raw: RawCell): string | null {
  if (raw === null || raw === undefined) return null;
  const s = raw instanceof Date ? display(raw) : String(raw).trim();
  return s === "" ? null : s;
}

function same(a: TypedValue | undefined, b: TypedValue | undefined): boolean {
  const x = a === undefined || a === "" ? null : a;
  const y = b === undefined || b === "" ? null : b;
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) < 1e-9;
  return x === y;
}

/** Resolves owner text to a ManagerID: the id itself, the name or the e-mail, when exactly one person has it. */
function ownerResolver(managers: ImportBook["Managers"], overrides: Readonly<Record<string, string>>) {
  const known = new Map<string, Set<string>>();
  const add = (key: string | null, id: string) => {
    if (key === null || key.trim() === "") return;
    const k = norm(key);
    known.set(k, (known.get(k) ?? new Set()).add(id));
  };
  for (const m of managers) {
    add(m.ManagerID, m.ManagerID);
    add(m.Name, m.ManagerID);
    add(m.Email, m.ManagerID);
  }
  const override = new Map(Object.entries(overrides).map(([k, v]) => [norm(k), v]));
  const ids = new Set(managers.map((m) => m.ManagerID));
  return (owner: string): string | null => {
    const forced = override.get(norm(owner));
    if (forced !== undefined) return ids.has(forced) ? forced : null;
    const found = known.get(norm(owner));
    return found && found.size === 1 ? [...found][0] : null;
  };
}

/** Resolves a CRM stage through the StageMap rows of the source, or KPI Desk's own stage words. */
function stageResolver(book: ImportBook, source: string) {
  const rows = (book.StageMap ?? DEFAULT_STAGE_MAP).filter((r) => norm(r.Source) === norm(source));
  const map = new Map(rows.map((r) => [normalizeWord(r.CrmStage), r.Stage]));
  return (stage: string): DealStage | null =>
    map.get(normalizeWord(stage)) ?? (matchEnum(DEAL_STAGES, stage) as DealStage | null);
}

/** Customers by name, for linking deals and interactions; a name two customers share links to neither. */
function customerResolver(customers: ImportBook["Customers"]) {
  const byName = new Map<string, string | null>();
  for (const c of customers) {
    const k = norm(c.Name);
    byName.set(k, byName.has(k) ? null : c.CustomerID);
  }
  return (name: string): string | null => byName.get(norm(name)) ?? null;
}

type Patch = Record<string, TypedValue>;
type Built =
  | { ok: true; patch: Patch; label: string }
  | { ok: false; key: MessageKey; params: MessageParams; label: string };

/**
 * Plans a CRM import.
 * @param table - the file.
 * @param profile - the recognised (or mapped) export.
 * @param columns - where each field is in the file.
 * @param book - the workbook's rows.
 * @param options - owner overrides.
 * @returns the preview.
 */
export function planCrmImport(
  table: SourceTable,
  profile: CrmProfile,
  columns: FieldColumns,
  book: ImportBook,
  options: CrmImportOptions = {},
): ImportPreview {
  const target = profile.table;
  const idColumn = ID_COLUMN[target];
  const ownerOf = ownerResolver(book.Managers, options.owners ?? {});
  const stageOf = stageResolver(book, profile.source);
  const customerOf = customerResolver(book.Customers);
  const existing = book[target] as readonly AnyRow[];
  const field = (row: AnyRow, key: string) => (row as unknown as Record<string, TypedValue | undefined>)[key];

  const bySource = new Map<string, AnyRow[]>();
  const byId = new Map<string, AnyRow[]>();
  for (const row of existing) {
    const id = String(field(row, idColumn));
    byId.set(id, [...(byId.get(id) ?? []), row]);
    const src = field(row, "Source");
    const sid = field(row, "SourceID");
    if (typeof src === "string" && norm(src) === norm(profile.id) && typeof sid === "string") {
      bySource.set(sid, [...(bySource.get(sid) ?? []), row]);
    }
  }

  const add: ImportAdd[] = [];
  const update: ImportUpdate[] = [];
  const skipped: ImportSkip[] = [];
  const unknownOwners = new Set<string>();
  const unmappedStages = new Set<string>();
  const seen = new Map<string, number>();
  let unchanged = 0;

  table.rows.forEach((cells, index) => {
    const line = table.lines[index];
    const text = (f: CrmField) => (columns[f] === undefined ? null : cellText(cells[columns[f] as number]));
    const raw = (f: CrmField): RawCell => (columns[f] === undefined ? null : cells[columns[f] as number]);
    const label = text("name") ?? text("title") ?? text("customer") ?? text("id") ?? "";
    const skip = (key: MessageKey, params: MessageParams = {}): void => {
      skipped.push({ line, label, key, params });
    };

    const derived = (profile.derivedId ?? []).map(text);
    const sourceId =
      text("id") ?? (derived.length > 0 && derived.every((p) => p !== null) ? derived.join(" | ") : null);
    if (sourceId === null) return skip("import.skip.noId");
    const first = seen.get(sourceId);
    if (first !== undefined) return skip("import.skip.duplicate", { first });
    seen.set(sourceId, line);

    const owner = text("owner");
    if (owner === null) return skip("import.skip.noOwner");
    const managerId = ownerOf(owner);
    if (managerId === null) {
      unknownOwners.add(owner);
      return skip("import.skip.unknownOwner", { owner });
    }

    const built = buildPatch(target, profile, columns, text, raw, { managerId, stageOf, customerOf, label });
    if (!built.ok) {
      if (built.key === "import.skip.unmappedStage") unmappedStages.add(String(built.params.stage));
      return skip(built.key, built.params);
    }
    const patch: Patch = { ...built.patch, Source: profile.id, SourceID: sourceId };
    const rowId = newRowId(profile.source, sourceId);
    const matched = bySource.get(sourceId) ?? byId.get(rowId) ?? [];

    if (matched.length === 0) {
      add.push({ line, label: built.label, row: newRow(target, rowId, patch) });
      return;
    }
    if (target === "Deals") {
      if (matched.length === 1 && field(matched[0], "ManagerID") !== managerId) {
        return skip("import.skip.ownerChanged", {
          from: String(field(matched[0], "ManagerID")),
          to: managerId,
        });
      }
      // A split deal keeps its people and their credit: only the deal's own fields follow the CRM.
      if (matched.length > 1) delete patch.ManagerID;
    }
    let changedAny = false;
    for (const before of matched) {
      const after = { ...(before as unknown as Patch), ...patch } as unknown as AnyRow;
      const changes: FieldChange[] = Object.keys(patch)
        .filter((c) => !same(field(before, c), patch[c]))
        .map((c) => ({ column: c, from: field(before, c) ?? null, to: patch[c] }));
      if (changes.length > 0) {
        update.push({ line, label: built.label, before, after, changes });
        changedAny = true;
      }
    }
    if (!changedAny) unchanged += 1;
  });

  const missing: ImportMissing[] = [];
  const reported = new Set<string>();
  for (const [sid, rows] of bySource) {
    if (seen.has(sid) || reported.has(sid)) continue;
    reported.add(sid);
    missing.push({ id: String(field(rows[0], idColumn)), label: sid });
  }

  return {
    kind: "crm",
    source: profile.source,
    profile: profile.id,
    table: target,
    fileName: table.fileName,
    add,
    update,
    unchanged,
    skipped,
    missing,
    unknownOwners: [...unknownOwners],
    unmappedStages: [...unmappedStages],
    ignoredQuestions: [],
    rounds: [],
  };
}

interface Resolvers {
  managerId: string;
  stageOf: (stage: string) => DealStage | null;
  customerOf: (name: string) => string | null;
  label: string;
}

/** The fields of the target row the file determines (columns the file lacks are left as they are). */
function buildPatch(
  target: CrmTable,
  profile: CrmProfile,
  columns: FieldColumns,
  text: (f: CrmField) => string | null,
  raw: (f: CrmField) => RawCell,
  r: Resolvers,
): Built {
  const has = (f: CrmField) => columns[f] !== undefined;
  const fail = (key: MessageKey, params: MessageParams = {}): Built => ({
    ok: false,
    key,
    params,
    label: r.label,
  });
  const patch: Patch = { ManagerID: r.managerId };
  const day = (f: CrmField): number | null | "bad" => {
    if (!has(f) || text(f) === null) return null;
    return parseDay(raw(f)) ?? "bad";
  };
  const linkCustomer = () => {
    const name = text("customer");
    const id = name === null ? null : r.customerOf(name);
    if (id !== null) patch.CustomerID = id;
  };

  switch (target) {
    case "Customers": {
      const name = text("name");
      if (name === null) return fail("import.skip.noName");
      patch.Name = name;
      if (has("industry")) patch.Industry = text("industry");
      if (has("segment")) patch.Segment = text("segment");
      if (has("status")) patch.Status = text("status");
      const since = day("since");
      if (since === "bad") return fail("import.skip.badDate", { value: text("since") ?? "" });
      if (has("since")) patch.Since = since;
      return { ok: true, patch, label: name };
    }
    case "Deals": {
      const stageText = text("stage");
      if (stageText === null) return fail("import.skip.noStage");
      const stage = r.stageOf(stageText);
      if (stage === null)
        return fail("import.skip.unmappedStage", { stage: stageText, source: profile.source });
      patch.Stage = stage;
      if (has("amount") && text("amount") !== null) {
        const amount = parseMoney(raw("amount") as string | number);
        if (amount === null || amount < 0)
          return fail("import.skip.badAmount", { value: text("amount") ?? "" });
        patch.Amount = amount;
      } else if (has("amount")) patch.Amount = null;
      const close = day("closeDate");
      if (close === "bad") return fail("import.skip.badDate", { value: text("closeDate") ?? "" });
      if (has("closeDate")) patch.CloseDate = close;
      if ((stage === "won" || stage === "lost") && close === null) return fail("import.skip.noCloseDate");
      if (has("product")) patch.Product = text("product");
      linkCustomer();
      return { ok: true, patch, label: text("name") ?? r.label };
    }
    case "Interactions": {
      const date = day("date");
      if (date === null) return fail("import.skip.noDate");
      if (date === "bad") return fail("import.skip.badDate", { value: text("date") ?? "" });
      patch.Date = date;
      let type: InteractionType | undefined = profile.fixedType;
      if (has("type")) {
        const word = text("type") ?? "";
        const hit = TYPE_WORDS.find(([re]) => re.test(word));
        if (hit) type = hit[1];
        else if (type === undefined) return fail("import.skip.unknownType", { value: word });
      }
      if (type === undefined) return fail("import.skip.unknownType", { value: "" });
      patch.Type = type;
      if (has("outcome")) patch.Outcome = text("outcome");
      if (has("note") || has("title")) patch.Note = text("note") ?? text("title");
      linkCustomer();
      return { ok: true, patch, label: text("customer") ?? text("title") ?? r.label };
    }
    case "Tasks": {
      const title = text("title");
      if (title === null) return fail("import.skip.noName");
      patch.Title = title;
      const due = day("due");
      if (due === "bad") return fail("import.skip.badDate", { value: text("due") ?? "" });
      if (has("due")) patch.Due = due;
      if (has("status")) {
        const word = text("status");
        const hit = word === null ? undefined : STATUS_WORDS.find(([re]) => re.test(word));
        if (word !== null && !hit) return fail("import.skip.unknownStatus", { value: word });
        patch.Status = hit ? hit[1] : null;
      }
      if (has("priority")) {
        const word = text("priority");
        patch.Priority =
          (word === null ? undefined : PRIORITY_WORDS.find(([re]) => re.test(word))?.[1]) ?? null;
      }
      if (has("customer")) patch.Customer = text("customer");
      return { ok: true, patch, label: title };
    }
  }
}

/** A new row: every column blank but what the file gives, a deal's credit whole (one owner). */
function newRow(target: CrmTable, id: string, patch: Patch): AnyRow {
  const blank: Record<CrmTable, Patch> = {
    Customers: {
      CustomerID: id,
      Name: "",
      ManagerID: "",
      Segment: null,
      Industry: null,
      Since: null,
      Status: null,
    },
    Deals: {
      DealID: id,
      CustomerID: null,
      ManagerID: "",
      Product: null,
      Amount: null,
      Stage: "lead",
      CloseDate: null,
      Credit: 1,
    },
    Interactions: {
      InteractionID: id,
      CustomerID: null,
      ManagerID: "",
      Date: 0,
      Type: "visit",
      Outcome: null,
      Note: null,
      NextStep: null,
      NextDate: null,
    },
    Tasks: {
      TaskID: id,
      ManagerID: "",
      Horizon: null,
      Title: "",
      Customer: null,
      Due: null,
      Status: "todo",
      DoneOn: null,
      Priority: null,
      GoalID: null,
    },
  };
  return { ...blank[target], ...patch } as unknown as AnyRow;
}
