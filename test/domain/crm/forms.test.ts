import { serialFromYMD } from "../../../src/core";
import { t } from "../../../src/i18n";
import { validateRows } from "../../../src/model";
import {
  checkDeal,
  checkInteraction,
  dateInputOf,
  draftOfDeal,
  emptyDeal,
  emptyInteraction,
  parseAmount,
  parseDateInput,
  type DealDraft,
  type InteractionDraft,
} from "../../../src/domain/crm/forms";
import { parseDateText } from "../../../src/domain/fields";
import { row } from "../../fixtures/rows";

const TODAY = serialFromYMD(2026, 8, 15);
const customers = new Set(["C1", "C2"]);

describe("parseDateInput / dateInputOf", () => {
  // Its cases are parseDateText's (test/domain/fields.test.ts): every form reads dates the same way.
  test("is the forms' shared date reading", () => {
    expect(parseDateInput).toBe(parseDateText);
  });
  test("round trip", () => {
    expect(dateInputOf(TODAY)).toBe("2026-08-15");
    expect(dateInputOf(null)).toBe("");
  });
});

describe("parseAmount", () => {
  test.each([
    ["", null],
    ["150,000", 150000],
    [" 12.5 ", 12.5],
    ["1e3", 1000],
    ["-4", -4],
    ["12abc", NaN],
    ["1.2.3", NaN],
    ["200万", 2_000_000],
    ["￥1,200,000", 1_200_000],
    ["50%", 50],
  ])("%j → %s", (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});

describe("checkInteraction", () => {
  const ctx = { person: "M1", customers, today: TODAY, id: "I0000009" };
  const draft = (fields: Partial<InteractionDraft>): InteractionDraft => ({
    ...emptyInteraction(TODAY, "C1"),
    ...fields,
  });

  test("a fresh form is a visit dated today", () => {
    expect(emptyInteraction(TODAY)).toMatchObject({ type: "visit", date: "2026-08-15", customer: "" });
  });

  test.each([
    ["no customer", { customer: "" }, "customer", "customers.err.customerRequired"],
    ["someone else's customer", { customer: "C9" }, "customer", "customers.err.customerUnknown"],
    ["an unknown type", { type: "fax" as InteractionDraft["type"] }, "type", "customers.err.typeRequired"],
    ["no date", { date: "" }, "date", "customers.err.dateRequired"],
    ["a date that is not one", { date: "2026-02-30" }, "date", "customers.err.dateInvalid"],
    ["tomorrow", { date: "2026-08-16" }, "date", "customers.err.dateFuture"],
    ["a bad next date", { nextDate: "soon" }, "nextDate", "customers.err.nextDateInvalid"],
    [
      "a next date before the contact",
      { date: "2026-08-10", nextDate: "2026-08-09" },
      "nextDate",
      "customers.err.nextDateBefore",
    ],
  ] as const)("refuses %s", (_, fields, field, key) => {
    const checked = checkInteraction(draft(fields), ctx);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[field]?.key).toBe(key);
  });

  test("every message names its field in both languages", () => {
    const checked = checkInteraction(draft({ customer: "", date: "x", nextDate: "y" }), ctx);
    if (checked.ok) throw new Error("expected errors");
    expect(Object.keys(checked.errors).sort()).toEqual(["customer", "date", "nextDate"]);
    expect(t("en-US", checked.errors.date!.key)).toMatch(/^Date:/);
    expect(t("zh-CN", checked.errors.nextDate!.key)).toMatch(/^下次跟进日期：/);
    expect(t("zh-CN", checked.errors.customer!.key)).toMatch(/^客户：/);
  });

  test("a valid draft becomes an Interactions row the model accepts, blanks as null", () => {
    const checked = checkInteraction(
      draft({
        type: "call",
        outcome: " Agreed ",
        note: "",
        nextStep: "Send proposal",
        nextDate: "2026-08-20",
      }),
      ctx,
    );
    expect(checked).toEqual({
      ok: true,
      row: {
        InteractionID: "I0000009",
        CustomerID: "C1",
        ManagerID: "M1",
        Date: TODAY,
        Type: "call",
        Outcome: "Agreed",
        Note: null,
        NextStep: "Send proposal",
        NextDate: serialFromYMD(2026, 8, 20),
      },
    });
    if (checked.ok) expect(validateRows("Interactions", [checked.row])).toEqual([]);
  });
});

describe("checkDeal", () => {
  const ctx = { person: "M1", customers, dealId: "D000010", otherCredit: 0 };
  const draft = (fields: Partial<DealDraft>): DealDraft => ({ ...emptyDeal("C1"), ...fields });

  test.each([
    ["no customer", { customer: "" }, "customer", "customers.err.customerRequired"],
    ["a negative amount", { amount: "-5" }, "amount", "customers.err.amountInvalid"],
    ["an amount that is not a number", { amount: "lots" }, "amount", "customers.err.amountInvalid"],
    [
      "a won deal without amount",
      { stage: "won", closeDate: "2026-08-01" },
      "amount",
      "customers.err.amountWon",
    ],
    [
      "a won deal without close date",
      { stage: "won", amount: "10" },
      "closeDate",
      "customers.err.closeDateClosed",
    ],
    ["a lost deal without close date", { stage: "lost" }, "closeDate", "customers.err.closeDateClosed"],
    ["a bad close date", { closeDate: "2026-99-01" }, "closeDate", "customers.err.closeDateInvalid"],
    ["credit over 100", { credit: "120" }, "credit", "customers.err.creditInvalid"],
    ["an unknown stage", { stage: "signed" as DealDraft["stage"] }, "stage", "customers.err.stageRequired"],
  ] as const)("refuses %s", (_, fields, field, key) => {
    const checked = checkDeal(draft(fields), ctx);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors[field]?.key).toBe(key);
  });

  test("the shares of a split deal may not pass 100%", () => {
    const checked = checkDeal(draft({ credit: "50" }), { ...ctx, otherCredit: 0.6 });
    if (checked.ok) throw new Error("expected an error");
    expect(checked.errors.credit).toEqual({
      key: "customers.err.creditOver",
      params: { deal: "D000010", others: "60%", total: "110%" },
    });
    expect(checkDeal(draft({ credit: "40" }), { ...ctx, otherCredit: 0.6 }).ok).toBe(true);
  });

  test("a won deal becomes a Deals row the model accepts; blank credit means 100%", () => {
    const checked = checkDeal(
      draft({ product: "Loan", stage: "won", amount: "250,000", closeDate: "2026-08-14", credit: "" }),
      ctx,
    );
    expect(checked).toEqual({
      ok: true,
      row: {
        DealID: "D000010",
        CustomerID: "C1",
        ManagerID: "M1",
        Product: "Loan",
        Amount: 250000,
        Stage: "won",
        CloseDate: serialFromYMD(2026, 8, 14),
        Credit: 1,
      },
    });
    if (checked.ok) expect(validateRows("Deals", [checked.row])).toEqual([]);
  });

  test("an existing deal fills the form and comes back unchanged", () => {
    const deal = row("Deals", {
      DealID: "D7",
      CustomerID: "C2",
      ManagerID: "M1",
      Product: "Cards",
      Amount: 1200,
      Stage: "proposal",
      CloseDate: TODAY + 30,
      Credit: 0.6,
    });
    expect(draftOfDeal(deal)).toEqual({
      customer: "C2",
      product: "Cards",
      stage: "proposal",
      amount: "1200",
      closeDate: "2026-09-14",
      credit: "60",
    });
    // The form does not know a deal's import Source/SourceID: it leaves them out, so a write keeps the sheet's.
    const known = { ...deal };
    delete known.Source;
    delete known.SourceID;
    expect(checkDeal(draftOfDeal(deal), { ...ctx, dealId: "D7" })).toEqual({ ok: true, row: known });
  });
});
