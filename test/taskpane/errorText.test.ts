import { KpiError, ValidationError } from "../../src/core/errors";
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
