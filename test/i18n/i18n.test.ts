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

  it("chooses a plural form by Intl.PluralRules, in en-US only where the strings have one", () => {
    expect(t("en-US", "people.training.topicHours", { hours: 2, courses: 1 })).toBe("2 h · 1 course");
    expect(t("en-US", "people.training.topicHours", { hours: 9, courses: 3 })).toBe("9 h · 3 courses");
    expect(t("en-US", "people.training.topicHours", { hours: 0, courses: 0 })).toBe("0 h · 0 courses");
    expect(t("en-US", "people.pulse.leftOut", { count: 1 })).toBe(
      "1 round with fewer answers than the threshold is left out.",
    );
    expect(t("en-US", "people.pulse.leftOut", { count: 2 })).toBe(
      "2 rounds with fewer answers than the threshold are left out.",
    );
    expect(t("en-US", "customers.count", { count: 1, neglected: 1 })).toBe("1 customer · 1 needs contact");
    expect(t("en-US", "customers.count", { count: 5, neglected: 2 })).toBe("5 customers · 2 need contact");
    // Without a number the block stays visible, as a missing placeholder does.
    expect(t("en-US", "close.approved")).toBe(
      "{count} {count, plural, one {payout} other {payouts}} approved.",
    );
    expect(t("zh-CN", "people.training.topicHours", { hours: 2, courses: 1 })).not.toMatch(/plural|\{/);
  });

  it("leaves no plural block or placeholder unfilled when every number is given", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      for (const key of catalogueKeys(locale)) {
        const template = t(locale, key as never);
        if (!template.includes(", plural,")) continue;
        const names = [...template.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]);
        const params = Object.fromEntries(names.map((n) => [n, 1]));
        for (const count of [0, 1, 2, 21]) {
          for (const n of names) params[n] = count;
          expect([key, t(locale, key as never, params)]).not.toEqual([key, expect.stringMatching(/[{}#]/)]);
        }
      }
    }
  });
});

describe("strings loaded per language", () => {
  /** A fresh i18n module, as a browser page has it before any strings chunk arrived. */
  function freshI18n(): typeof import("../../src/i18n") {
    let fresh: typeof import("../../src/i18n") | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import("../../src/i18n")>("../../src/i18n");
    });
    return fresh!;
  }

  it("speaks the functions' errors in both languages before any strings chunk is loaded", () => {
    const i18n = freshI18n();
    expect(i18n.hasStrings("en-US")).toBe(false);
    expect(i18n.hasStrings("zh-CN")).toBe(false);
    expect(i18n.t("zh-CN", "err.internal", { detail: "x" })).toBe("意外错误：x");
    expect(i18n.t("en-US", "fn.where.row", { arg: "amount", row: 2 })).toBe("amount, row 2");
    expect(i18n.t("zh-CN", "tp.loading")).toBe("正在加载…");
    // A pane string is not there yet: the key shows, which is why the pane waits for loadStrings.
    expect(i18n.t("zh-CN", "close.title")).toBe("close.title");
  });

  it("loads one language's strings on demand, and the other only when asked", async () => {
    const i18n = freshI18n();
    await i18n.loadStrings("zh-CN");
    expect(i18n.hasStrings("zh-CN")).toBe(true);
    expect(i18n.hasStrings("en-US")).toBe(false);
    expect(i18n.t("zh-CN", "close.title")).not.toBe("close.title");
    expect(i18n.t("zh-CN", "close.title")).toBe(t("zh-CN", "close.title"));
    await i18n.loadStrings("en-US");
    expect(i18n.t("en-US", "close.title")).toBe("Close a period");
    expect(i18n.catalogueKeys("en-US")).toEqual(catalogueKeys("en-US"));
    expect(i18n.catalogueKeys("zh-CN")).toEqual(catalogueKeys("zh-CN"));
  });
});
