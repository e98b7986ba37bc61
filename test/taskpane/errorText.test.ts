import { ConflictError, DuplicateIdError, KpiError, ValidationError } from "../../src/core/errors";
import { t } from "../../src/i18n";
import { errorText, MAX_ISSUES_SHOWN } from "../../src/taskpane/shell/errorText";

describe("errorText", () => {
  it("renders a KpiError from its key in the pane's language", () => {
    const error = new KpiError("value", "err.internal", { detail: "x" });
    expect(errorText(error, "zh-CN")).toEqual({
      message: t("zh-CN", "err.internal", { detail: "x" }),
      details: [],
    });
    expect(errorText(error, "en-US").message).toBe(t("en-US", "err.internal", { detail: "x" }));
  });

  it("lists the first validation issues under the message", () => {
    const issues = Array.from({ length: MAX_ISSUES_SHOWN + 2 }, (_, i) => ({
      table: "Goals",
      row: i + 1,
      column: "Weight",
      key: "err.internal" as const,
      params: { detail: `row ${i + 1}` },
    }));
    const { details } = errorText(
      new ValidationError("err.internal", { detail: "bad rows" }, issues),
      "en-US",
    );
    expect(details).toHaveLength(MAX_ISSUES_SHOWN);
    expect(details[0]).toBe(t("en-US", "err.internal", { detail: "row 1" }));
  });

  it("names the customer and the person of a row refused for a duplicated id, from the book's names", () => {
    const error = new DuplicateIdError("Interactions", "客户互动", "I0000123", 2, {
      managerId: "M012",
      customerId: "C00042",
    });
    const names = {
      person: (id: string) => (id === "M012" ? "Wang Fang" : undefined),
      customer: (id: string) => (id === "C00042" ? "Acme Ltd" : undefined),
    };
    expect(errorText(error, "en-US", names)).toEqual({
      message:
        "The id “I0000123” (Acme Ltd, Wang Fang) is on 2 rows of the Interactions sheet: this screen cannot tell which to save, so nothing was saved. Give each row its own id in the sheet, then save again.",
      details: [],
    });
    expect(errorText(error, "zh-CN", names).message).toBe(
      "“客户互动”工作表中有 2 行的编号都是“I0000123”（Acme Ltd，Wang Fang）：本界面无法确定保存哪一行，因此未保存。请在工作表中为每行设置不同的编号后再保存。",
    );
    // Names the book does not know (or no book): the sheet and the id alone.
    const unknown = { person: () => undefined, customer: () => undefined };
    for (const given of [unknown, undefined])
      expect(errorText(error, "en-US", given).message).toBe(error.localized("en-US"));
    expect(error.localized("en-US")).toContain("The id “I0000123” is on 2 rows of the Interactions sheet");
  });

  it("lists a conflict's cells with the sheet's and this screen's values, and deleted rows, in both languages", () => {
    const error = new ConflictError([
      {
        table: "Tasks",
        tableZh: "工作计划",
        id: "T000007",
        kind: "changed",
        columns: [{ column: "Title", columnEn: "Title", columnZh: "标题", sheet: "Call Acme", pane: "" }],
      },
      { table: "Tasks", tableZh: "工作计划", id: "T000009", kind: "deleted", columns: [] },
    ]);
    expect(errorText(error, "en-US")).toEqual({
      message:
        "2 rows of Tasks changed in the sheet since this screen read them, and saving would overwrite those " +
        "edits, so nothing was saved. The screen now shows the sheet's values: check them and make your change again.",
      details: [
        "Tasks T000007, Title: the sheet has “Call Acme”, this screen had “(blank)”.",
        "Tasks T000009 was deleted in the sheet; it was not re-created.",
      ],
    });
    const zh = errorText(error, "zh-CN");
    expect(zh.message).toMatch(/^工作计划表中有 2 行/);
    expect(zh.details).toEqual([
      "工作计划 T000007，标题：工作表中为“Call Acme”，本界面为“（空）”。",
      "工作计划 T000009 已在工作表中删除，未重新创建。",
    ]);
  });

  it.each([
    [new Error("boom"), "boom"],
    ["plain text", "plain text"],
    [42, "42"],
  ])("shows an unexpected %p as an internal error with its text", (thrown, detail) => {
    expect(errorText(thrown, "en-US")).toEqual({
      message: t("en-US", "err.internal", { detail }),
      details: [],
    });
  });
});
