import { catalogueKeys, resolveLocale, t } from "../../src/i18n";

describe("i18n", () => {
  it("has the same keys in both languages", () => {
    expect(catalogueKeys("zh-CN")).toEqual(catalogueKeys("en-US"));
  });

  it("has no empty string in either language", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      for (const key of catalogueKeys(locale)) {
        expect([key, t(locale, key as never).trim().length > 0]).toEqual([key, true]);
      }
    }
  });

  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ZH-hk", "zh-CN"],
    ["en-US", "en-US"],
    ["fr-FR", "en-US"],
    ["", "en-US"],
    [null, "en-US"],
  ])("resolves display language %p to %p", (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en-US", "err.internal", { detail: "boom" })).toBe("unexpected error: boom");
    expect(t("zh-CN", "err.internal")).toBe("意外错误：{detail}");
  });
});
