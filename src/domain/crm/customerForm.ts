/**
 * The "Add customer" / "Edit customer" form as plain data: what was typed, the checks run before anything is
 * written (each message names its field), the Customers row a valid draft becomes, and the words the Audit line
 * gives an edit (which cells changed, from what to what). Pure, so every rule is tested without rendering a form.
 */
import { SCHEMA, headerOf, type CustomerRow } from "../../model";
import type { Locale } from "../../i18n";
import { formatDate } from "../../format";
import { parseDateText, type FieldError, type FieldErrors } from "../fields";

/** The form as typed. Since is `YYYY-MM-DD` (the value of a date input). */
export interface CustomerDraft {
  name: string;
  /** The owner's ManagerID, picked from the people. */
  owner: string;
  segment: string;
  industry: string;
  since: string;
  status: string;
}

/** Fields of {@link CustomerDraft}. */
export type CustomerField = keyof CustomerDraft;

/** The outcome of checking a draft: the row to write, or a message per wrong field. */
export type CheckedCustomer =
  { ok: true; row: CustomerRow } | { ok: false; errors: FieldErrors<CustomerField> };

/** What checking a customer needs besides the draft. */
export interface CustomerContext {
  /** ManagerIDs an owner may be (the Managers table). */
  people: ReadonlySet<string>;
  /** The customer's id: the row's own when editing, a fresh one when adding. */
  id: string;
  /** The row as read when editing (its import Source and SourceID are kept), null when adding. */
  base: CustomerRow | null;
  /** Every customer by its name's key ({@link customerNameIndex}), to refuse a second customer of the same name. */
  names: ReadonlyMap<string, readonly { id: string; name: string }[]>;
}

const blankToNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** Names compare without case, surrounding or doubled spaces, and full-width forms (ＡＢＣ is ABC). */
const nameKey = (name: string): string => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The customers by name, compared as the form compares them (built once, so a keystroke does not read every row).
 * @param customers - every customer (id, name).
 * @returns name key → the customers of that name.
 */
export function customerNameIndex(
  customers: readonly { id: string; name: string }[],
): Map<string, { id: string; name: string }[]> {
  const index = new Map<string, { id: string; name: string }[]>();
  for (const c of customers) {
    const key = nameKey(c.name);
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  }
  return index;
}

/**
 * A fresh form.
 * @param owner - the ManagerID to preselect ("" for none).
 * @param today - today (Excel serial): the default Since.
 * @returns the draft.
 */
export function emptyCustomer(owner: string, today: number): CustomerDraft {
  return { name: "", owner, segment: "", industry: "", since: formatDate(today), status: "" };
}

/**
 * The form filled from a Customers row.
 * @param row - the row.
 * @returns the draft.
 */
export function draftOfCustomer(row: CustomerRow): CustomerDraft {
  return {
    name: row.Name ?? "",
    owner: (row.ManagerID ?? "").trim(),
    segment: row.Segment ?? "",
    industry: row.Industry ?? "",
    since: row.Since === null ? "" : formatDate(row.Since),
    status: row.Status ?? "",
  };
}

/**
 * Checks a draft: a name no other customer has, an owner who is one of the people, a real Since date (or none).
 * @param draft - what was typed.
 * @param ctx - the people, the id, the row being edited and the other customers.
 * @returns the Customers row, or a message per wrong field.
 * @example checkCustomer({ name: "", owner: "M001", … }, ctx) // { ok: false, errors: { name: … } }
 */
export function checkCustomer(draft: CustomerDraft, ctx: CustomerContext): CheckedCustomer {
  const errors: FieldErrors<CustomerField> = {};
  const name = draft.name.trim().replace(/\s+/g, " ");
  if (name === "") errors.name = { key: "customers.err.nameRequired" };
  else {
    const same = (ctx.names.get(nameKey(name)) ?? []).find((c) => c.id.trim() !== ctx.id);
    if (same) errors.name = { key: "customers.err.nameTaken", params: { name: same.name } };
  }
  const owner = draft.owner.trim();
  if (owner === "") errors.owner = { key: "customers.err.ownerRequired" };
  else if (!ctx.people.has(owner))
    errors.owner = { key: "customers.err.ownerUnknown", params: { id: owner } };
  const since = parseDateText(draft.since);
  if (since !== null && Number.isNaN(since)) errors.since = { key: "customers.err.sinceInvalid" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    row: {
      ...(ctx.base ?? {}),
      CustomerID: ctx.id,
      Name: name,
      ManagerID: owner,
      Segment: blankToNull(draft.segment),
      Industry: blankToNull(draft.industry),
      Since: since,
      Status: blankToNull(draft.status),
    } as CustomerRow,
  };
}

/** The columns the form writes, in the order an Audit line names them. */
const FORM_COLUMNS = ["Name", "ManagerID", "Segment", "Industry", "Since", "Status"] as const;

/**
 * What an edit changed, for the Audit line's Reason: each changed cell as `header: before → after`, headers in
 * the workbook's language, owners by name.
 * @param before - the row as read.
 * @param after - the row to write.
 * @param locale - the language of the headers.
 * @param nameOf - a ManagerID's name (the id itself when unknown).
 * @returns e.g. "Account manager: 张伟 → 李娜; Industry: — → Retail", or "" when nothing changed.
 */
export function customerChanges(
  before: CustomerRow,
  after: CustomerRow,
  locale: Locale,
  nameOf: (id: string) => string,
): string {
  const columns = SCHEMA.Customers.columns;
  const text = (column: (typeof FORM_COLUMNS)[number], row: CustomerRow): string => {
    const value = row[column];
    if (value === null || value === undefined || String(value).trim() === "") return "—";
    if (column === "Since") return formatDate(value as number);
    if (column === "ManagerID") return nameOf(String(value).trim());
    return String(value).trim();
  };
  const parts: string[] = [];
  for (const column of FORM_COLUMNS) {
    const from = text(column, before);
    const to = text(column, after);
    if (from === to) continue;
    const spec = columns.find((c) => c.key === column);
    parts.push(`${spec ? headerOf(spec, locale) : column}: ${from} → ${to}`);
  }
  return parts.join("; ");
}

/** A field's message (re-exported for the pane). */
export type { FieldError };
