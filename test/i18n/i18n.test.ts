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

  it("writes no English plural as '(s)': a count chooses its form (#12: plurals through Intl.PluralRules)", () => {
    const raw = catalogueKeys("en-US").filter((key) => /\w\(s\)/.test(t("en-US", key as never)));
    expect(raw).toEqual([]);
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
    expect(t("en-US", "tp.team.count", { count: 1 })).toBe("1 person");
    expect(t("en-US", "tp.team.count", { count: 24 })).toBe("24 people");
    expect(t("en-US", "people.criterion.training", { hours: "1", count: 1 })).toBe(
      "1 training hour this year",
    );
    expect(t("en-US", "people.criterion.training", { hours: "40", count: 40 })).toBe(
      "40 training hours this year",
    );
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
    expect(i18n.t("zh-CN", "cockpit.search")).toBe("cockpit.search");
  });

  it("loads the first screen's strings in one language, each screen's area on demand, the other language on a switch", async () => {
    const i18n = freshI18n();
    await i18n.loadStrings("zh-CN");
    expect(i18n.hasStrings("zh-CN")).toBe(true);
    expect(i18n.hasStrings("en-US")).toBe(false);
    // The first screen's strings: the roster, the navigation, the workbook's and the period picture's messages.
    for (const key of [
      "cockpit.search",
      "close.screen",
      "model.issue.required",
      "report.flag.noGoals",
    ] as const) {
      expect(i18n.t("zh-CN", key)).toBe(t("zh-CN", key));
    }
    // A screen's own strings come with it, in the language the pane speaks only.
    expect(i18n.t("zh-CN", "close.title")).toBe("close.title");
    await i18n.needStrings(["close", "report"]);
    expect(i18n.t("zh-CN", "close.title")).toBe(t("zh-CN", "close.title"));
    expect(i18n.t("zh-CN", "report.title")).toBe(t("zh-CN", "report.title"));
    expect(i18n.t("en-US", "close.title")).toBe("close.title");
    // A switch of language fetches every area needed so far before the pane may speak it.
    expect(i18n.hasStrings("en-US")).toBe(false);
    await i18n.loadStrings("en-US");
    expect(i18n.hasStrings("en-US")).toBe(true);
    expect(i18n.t("en-US", "close.title")).toBe("Close a period");
    expect(i18n.t("en-US", "report.title")).toBe(t("en-US", "report.title"));
    expect(i18n.t("en-US", "goals.filter.person")).toBe("goals.filter.person");
    // From now on a screen's area arrives in both languages.
    await i18n.needStrings(i18n.STRING_AREAS);
    expect(i18n.catalogueKeys("en-US")).toEqual(catalogueKeys("en-US"));
    expect(i18n.catalogueKeys("zh-CN")).toEqual(catalogueKeys("zh-CN"));
  });

  it("fetches a screen's area in a language the pane is still switching to", async () => {
    const i18n = freshI18n();
    await i18n.loadStrings("zh-CN");
    const switching = i18n.loadStrings("en-US");
    await i18n.needStrings(["goals"]);
    await switching;
    expect(i18n.hasStrings("en-US")).toBe(true);
    expect(i18n.hasStrings("zh-CN")).toBe(true);
    expect(i18n.t("en-US", "goals.filter.person")).toBe(t("en-US", "goals.filter.person"));
  });

  it("lets the ribbon fetch its areas without changing the pane's languages", async () => {
    const i18n = freshI18n();
    await i18n.loadStrings("en-US", ["pane", "report"]);
    expect(i18n.t("en-US", "report.title")).toBe(t("en-US", "report.title"));
    // The pane speaks no language yet: a screen's area is fetched in none.
    await i18n.needStrings(["close"]);
    expect(i18n.t("en-US", "close.title")).toBe("close.title");
    expect(i18n.hasStrings("en-US")).toBe(false);
  });

  it("fetches an area again after a failed download", async () => {
    let fresh: typeof import("../../src/i18n") | undefined;
    let failures = 1;
    jest.isolateModules(() => {
      const real =
        jest.requireActual<typeof import("../../src/i18n/lang/en-US")>("../../src/i18n/lang/en-US");
      jest.doMock("../../src/i18n/lang/en-US", () => ({
        areas: {
          ...real.areas,
          pane: () => (failures-- > 0 ? Promise.reject(new Error("offline")) : real.areas.pane()),
        },
      }));
      fresh = jest.requireActual<typeof import("../../src/i18n")>("../../src/i18n");
    });
    const i18n = fresh!;
    await expect(i18n.loadStrings("en-US")).rejects.toThrow("offline");
    expect(i18n.hasStrings("en-US")).toBe(false);
    expect(i18n.t("en-US", "cockpit.search")).toBe("cockpit.search");
    await i18n.loadStrings("en-US");
    expect(i18n.hasStrings("en-US")).toBe(true);
    expect(i18n.t("en-US", "cockpit.search")).toBe("Search by name or ID");
    jest.dontMock("../../src/i18n/lang/en-US");
  });
});
