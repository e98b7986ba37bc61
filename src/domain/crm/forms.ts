/**
 * The Customers screen's forms as plain data: what the user typed (drafts of text), the checks that run before
 * anything is written (each message names its field), and the rows a valid draft becomes. Pure, so every rule
 * is tested without rendering a form.
 */
import { parseTypedNumber } from "../../core";
import type { DealRow, InteractionRow } from "../../model";
import { formatDate, formatPercent } from "../../format";
import { parseDateText, type FieldError } from "../fields";

/** Interaction types, in the order the form offers them (a visit first: the commonest entry). */
export const INTERACTION_TYPES: readonly InteractionRow["Type"][] = [
  "visit",
  "call",
  "meeting",
  "message",
  "email",
];

/** Deal stages, in pipeline order. */
export const DEAL_STAGES: readonly DealRow["Stage"][] = ["lead", "qualified", "proposal", "won", "lost"];

/** A validation message (the domain's shared field message, ../fields). */
export type { FieldError };

/** The outcome of checking a draft: the row to write, or the messages per field. */
export type Checked<R, F extends string> =
  { ok: true; row: R } | { ok: false; errors: Partial<Record<F, FieldError>> };

/** The "Log interaction" form as typed. Dates are `YYYY-MM-DD` (the value of a date input). */
export interface InteractionDraft {
  customer: string;
  type: InteractionRow["Type"];
  date: string;
  outcome: string;
  note: string;
  nextStep: string;
  nextDate: string;
}

/** Fields of {@link InteractionDraft}. */
export type InteractionField = keyof InteractionDraft;

/** The "Update deal" / "New deal" form as typed. Credit is a percentage (60 = 60%). */
export interface DealDraft {
  customer: string;
  product: string;
  stage: DealRow["Stage"];
  amount: string;
  closeDate: string;
  credit: string;
}

/** Fields of {@link DealDraft}. */
export type DealField = keyof DealDraft;

/** Reads a date typed as `YYYY-MM-DD` (the shared reading of every form, ../fields). */
export const parseDateInput = parseDateText;

/**
 * @param serial - an Excel serial, or null.
 * @returns the value of a date input (`YYYY-MM-DD`), or "" for null.
 */
export function dateInputOf(serial: number | null): string {
  return serial === null ? "" : formatDate(serial);
}

/**
 * Reads an amount or share typed by a person ({@link parseTypedNumber}): `200万`, `¥1,200,000`, `50%` (a share
 * counted in percent) all read as written.
 * @param text - the text.
 * @returns the number, null when blank, or NaN when it is not a number.
 * @example parseAmount("150,000") // 150000
 */
export function parseAmount(text: string): number | null {
  const value = parseTypedNumber(text, { percent: "number" });
  return value === "invalid" ? NaN : value;
}

const blankToNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/**
 * The outcome of a checked draft.
 * @param errors - the messages per field found.
 * @param row - builds the row to write (called only when there is no message).
 * @returns the row, or the messages.
 */
function outcome<R, F extends string>(errors: Partial<Record<F, FieldError>>, row: () => R): Checked<R, F> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, row: row() };
}

/**
 * A fresh "Log interaction" form.
 * @param today - today (Excel serial): the default date.
 * @param customer - the customer to preselect ("" for none).
 * @returns the draft.
 */
export function emptyInteraction(today: number, customer = ""): InteractionDraft {
  return {
    customer,
    type: "visit",
    date: dateInputOf(today),
    outcome: "",
    note: "",
    nextStep: "",
    nextDate: "",
  };
}

/** What checking an interaction needs besides the draft. */
export interface InteractionContext {
  /** The person logging (written as ManagerID). */
  person: string;
  /** CustomerIDs the person may log against (their own customers). */
  customers: ReadonlySet<string>;
  today: number;
  /** The new InteractionID. */
  id: string;
}

/**
 * The customer of an interaction or a deal must be given and be one of the person's customers.
 * @param customer - the customer id typed, trimmed.
 * @param customers - the person's customer ids.
 * @returns what is wrong, or `null`.
 */
function checkCustomer(customer: string, customers: ReadonlySet<string>): FieldError | null {
  if (customer === "") return { key: "customers.err.customerRequired" };
  if (!customers.has(customer)) return { key: "customers.err.customerUnknown", params: { id: customer } };
  return null;
}

/**
 * Checks a "Log interaction" draft.
 * @param draft - what was typed.
 * @param ctx - person, their customers, today and the new id.
 * @returns the Interactions row, or a message per wrong field.
 */
export function checkInteraction(
  draft: InteractionDraft,
  ctx: InteractionContext,
): Checked<InteractionRow, InteractionField> {
  const errors: Partial<Record<InteractionField, FieldError>> = {};
  const customer = draft.customer.trim();
  const customerError = checkCustomer(customer, ctx.customers);
  if (customerError) errors.customer = customerError;
  if (!INTERACTION_TYPES.includes(draft.type)) errors.type = { key: "customers.err.typeRequired" };
  const date = parseDateInput(draft.date);
  if (date === null) errors.date = { key: "customers.err.dateRequired" };
  else if (Number.isNaN(date)) errors.date = { key: "customers.err.dateInvalid" };
  else if (date > ctx.today)
    errors.date = { key: "customers.err.dateFuture", params: { today: formatDate(ctx.today) } };
  const nextDate = parseDateInput(draft.nextDate);
  if (nextDate !== null && Number.isNaN(nextDate)) errors.nextDate = { key: "customers.err.nextDateInvalid" };
  else if (nextDate !== null && date !== null && !Number.isNaN(date) && nextDate < date) {
    errors.nextDate = { key: "customers.err.nextDateBefore", params: { date: formatDate(date) } };
  }
  return outcome(errors, () => ({
    InteractionID: ctx.id,
    CustomerID: customer,
    ManagerID: ctx.person,
    Date: date as number,
    Type: draft.type,
    Outcome: blankToNull(draft.outcome),
    Note: blankToNull(draft.note),
    NextStep: blankToNull(draft.nextStep),
    NextDate: nextDate,
  }));
}

/**
 * The "Update deal" form filled from a deal row.
 * @param deal - the row.
 * @returns the draft.
 */
export function draftOfDeal(deal: DealRow): DealDraft {
  return {
    customer: deal.CustomerID ?? "",
    product: deal.Product ?? "",
    stage: deal.Stage,
    amount: deal.Amount === null ? "" : String(deal.Amount),
    closeDate: dateInputOf(deal.CloseDate),
    credit: deal.Credit === null ? "" : String(Math.round(deal.Credit * 10000) / 100),
  };
}

/**
 * A fresh "New deal" form.
 * @param customer - the customer to preselect ("" for none).
 * @returns the draft: a lead credited 100% to the person.
 */
export function emptyDeal(customer = ""): DealDraft {
  return { customer, product: "", stage: "lead", amount: "", closeDate: "", credit: "100" };
}

/** What checking a deal needs besides the draft. */
export interface DealContext {
  person: string;
  customers: ReadonlySet<string>;
  /** The deal's id: the row being updated, or a new id. */
  dealId: string;
  /** Σ Credit of the deal's rows credited to other people (a split deal); 0 when none. */
  otherCredit: number;
}

/**
 * Checks a deal draft. Won deals need an amount and a close date, lost ones a close date (the report cannot
 * count them otherwise); a person's credit together with the other shares of the same deal may not pass 100%.
 * @param draft - what was typed.
 * @param ctx - person, their customers, the deal id and the other people's credit.
 * @returns the Deals row, or a message per wrong field.
 */
export function checkDeal(draft: DealDraft, ctx: DealContext): Checked<DealRow, DealField> {
  const errors: Partial<Record<DealField, FieldError>> = {};
  const customer = draft.customer.trim();
  const customerError = checkCustomer(customer, ctx.customers);
  if (customerError) errors.customer = customerError;
  if (!DEAL_STAGES.includes(draft.stage)) errors.stage = { key: "customers.err.stageRequired" };
  const closed = draft.stage === "won" || draft.stage === "lost";
  const amount = parseAmount(draft.amount);
  if (amount !== null && (Number.isNaN(amount) || amount < 0))
    errors.amount = { key: "customers.err.amountInvalid" };
  else if (amount === null && draft.stage === "won") errors.amount = { key: "customers.err.amountWon" };
  const closeDate = parseDateInput(draft.closeDate);
  if (closeDate !== null && Number.isNaN(closeDate))
    errors.closeDate = { key: "customers.err.closeDateInvalid" };
  else if (closeDate === null && closed) errors.closeDate = { key: "customers.err.closeDateClosed" };
  const percent = parseAmount(draft.credit);
  let credit = 1;
  if (percent !== null) {
    if (Number.isNaN(percent) || percent < 0 || percent > 100)
      errors.credit = { key: "customers.err.creditInvalid" };
    else credit = percent / 100;
  }
  if (!errors.credit && ctx.otherCredit + credit > 1 + 1e-9) {
    errors.credit = {
      key: "customers.err.creditOver",
      params: {
        deal: ctx.dealId,
        others: formatPercent(ctx.otherCredit),
        total: formatPercent(ctx.otherCredit + credit),
      },
    };
  }
  return outcome(errors, () => ({
    DealID: ctx.dealId,
    CustomerID: customer,
    ManagerID: ctx.person,
    Product: blankToNull(draft.product),
    Amount: amount,
    Stage: draft.stage,
    CloseDate: closeDate,
    Credit: credit,
  }));
}

/**
 * What the pane calls a deal: its product and its customer's name, so that no id is shown where a name exists
 * (issue #12); the id only when the row has neither.
 * @param deal - the deal row (its Product and DealID are read).
 * @param customerName - the name of the deal's customer, or "" when unknown.
 * @returns e.g. "Wealth plan · Acme Ltd", "Acme Ltd", or the DealID.
 * @example dealName({ Product: "Loan", DealID: "D000401" }, "Acme") // "Loan · Acme"
 */
export function dealName(deal: Pick<DealRow, "Product" | "DealID">, customerName: string): string {
  const parts = [(deal.Product ?? "").trim(), customerName.trim()].filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" · ") : deal.DealID.trim();
}
