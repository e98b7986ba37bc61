import { serialFromYMD } from "../../../src/core";
import { t } from "../../../src/i18n";
import { validateRows } from "../../../src/model";
import {
  checkCustomer,
  customerChanges,
  customerNameIndex,
  draftOfCustomer,
  emptyCustomer,
  type CustomerContext,
  type CustomerDraft,
} from "../../../src/domain/crm/customerForm";
import { row } from "../../fixtures/rows";

const TODAY = serialFromYMD(2026, 8, 15);

const ctx = (over: Partial<CustomerContext> = {}): CustomerContext => ({
  people: new Set(["M1", "M2"]),
  id: "C00009",
  base: null,
  names: customerNameIndex([
    { id: "C00001", name: "Acme Ltd" },
    { id: "C00002", name: "杭州海天制造" },
  ]),
  ...over,
});

const draft = (over: Partial<CustomerDraft> = {}): CustomerDraft => ({
  ...emptyCustomer("M1", TODAY),
  name: "Birch Co",
  ...over,
});

describe("checkCustomer", () => {
  test("a fresh form: owner preselected, customer since today", () => {
    expect(emptyCustomer("M2", TODAY)).toEqual({
      name: "",
      owner: "M2",
      segment: "",
      industry: "",
      since: "2026-08-15",
      status: "",
    });
  });

  test("a valid draft becomes a Customers row the schema accepts", () => {
    const checked = checkCustomer(
      draft({ name: "  Birch   Co ", segment: " Key ", industry: "Retail", status: "" }),
      ctx(),
    );
    expect(checked).toEqual({
      ok: true,
      row: {
        CustomerID: "C00009",
        Name: "Birch Co",
        ManagerID: "M1",
        Segment: "Key",
        Industry: "Retail",
        Since: TODAY,
        Status: null,
      },
    });
    if (checked.ok) expect(validateRows("Customers", [checked.row])).toEqual([]);
  });

  test.each<[string, Partial<CustomerDraft>, string, string]>([
    ["blank name", { name: "  " }, "name", "Name: enter the customer's name."],
    [
      "same name, other case and spaces",
      { name: " acme  LTD" },
      "name",
      "Name: a customer named Acme Ltd already exists.",
    ],
    [
      "same name in full-width",
      { name: "ＡＣＭＥ Ltd" },
      "name",
      "Name: a customer named Acme Ltd already exists.",
    ],
    ["no owner", { owner: "" }, "owner", "Account manager: choose who looks after the customer."],
    ["unknown owner", { owner: "M9" }, "owner", "Account manager: M9 is not in the Managers table."],
    [
      "not a date",
      { since: "2026-02-30" },
      "since",
      "Customer since: enter a date such as 2026-05-15, or leave it blank.",
    ],
  ])("%s is refused with a message naming the field", (_, change, field, message) => {
    const checked = checkCustomer(draft(change), ctx());
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors)).toEqual([field]);
    const error = checked.errors[field as keyof CustomerDraft];
    expect(error && t("en-US", error.key, error.params)).toBe(message);
  });

  test("the messages read in Chinese too", () => {
    const checked = checkCustomer(draft({ name: "杭州海天制造", owner: "" }), ctx());
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(t("zh-CN", checked.errors.name!.key, checked.errors.name!.params)).toBe(
      "客户名称：已有名为 杭州海天制造 的客户。",
    );
    expect(t("zh-CN", checked.errors.owner!.key)).toBe("客户经理：请选择负责该客户的客户经理。");
  });

  test("editing keeps its own name, its id and the import's Source columns; a blank Since is allowed", () => {
    const base = row("Customers", {
      CustomerID: "C00001",
      Name: "Acme Ltd",
      ManagerID: "M1",
      Since: TODAY - 400,
      Source: "zoho",
      SourceID: "Z-17",
    });
    const form = draftOfCustomer(base);
    expect(form).toMatchObject({ name: "Acme Ltd", owner: "M1", since: "2025-07-11" });
    const checked = checkCustomer({ ...form, owner: "M2", since: "" }, ctx({ id: "C00001", base }));
    expect(checked).toEqual({
      ok: true,
      row: { ...base, ManagerID: "M2", Since: null },
    });
  });
});

describe("customerChanges (the Audit line of an edit)", () => {
  const before = row("Customers", {
    CustomerID: "C1",
    Name: "Acme",
    ManagerID: "M1",
    Industry: null,
    Since: TODAY,
  });
  const names = (id: string) => ({ M1: "Ada", M2: "Bo" })[id] ?? id;

  test("names each changed cell with the workbook's header, owners by name", () => {
    const after = { ...before, ManagerID: "M2", Industry: "Retail" };
    expect(customerChanges(before, after, "en-US", names)).toBe("Manager ID: Ada → Bo; Industry: — → Retail");
    expect(customerChanges(before, after, "zh-CN", names)).toBe("客户经理编号: Ada → Bo; 行业: — → Retail");
  });

  test("nothing changed, nothing said", () => {
    expect(customerChanges(before, { ...before }, "en-US", names)).toBe("");
  });
});
