import {
  DEFAULT_SETTINGS,
  generateSample,
  planIdsOf,
  readSettings,
  SAMPLE_AS_OF,
  serialOf,
  TABLE_KEYS,
  validateRows,
  type SampleRows,
} from "../../src/model";

const zh = generateSample({ locale: "zh-CN" });
const en = generateSample({ locale: "en-US" });

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

describe("generateSample", () => {
  it("is deterministic: the same options give the same rows, another seed others", () => {
    expect(generateSample({ locale: "zh-CN" })).toEqual(zh);
    expect(generateSample({ locale: "zh-CN", seed: 1, asOf: SAMPLE_AS_OF, managers: 12 })).toEqual(zh);
    expect(generateSample({ locale: "zh-CN", seed: 2 }).Deals).not.toEqual(zh.Deals);
  });

  it.each([
    ["zh-CN", zh],
    ["en-US", en],
  ] as [string, SampleRows][])(
    "%s: every row of every table is valid against the schema",
    (_locale, sample) => {
      for (const key of TABLE_KEYS) expect([key, validateRows(key, sample[key] as never)]).toEqual([key, []]);
    },
  );

  it("has 12 account managers in 3 teams of 4, named in the chosen language", () => {
    expect(zh.Managers).toHaveLength(12);
    expect([...group(zh.Managers, (m) => m.Team ?? "").values()].map((g) => g.length)).toEqual([4, 4, 4]);
    expect(zh.Managers.every((m) => /^[\u4e00-\u9fff]{2,3}$/.test(m.Name))).toBe(true);
    expect(en.Managers.every((m) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(m.Name))).toBe(true);
    expect(new Set(zh.Managers.map((m) => m.Name)).size).toBe(12);
  });

  it("has a KPI library of bank and B2B metrics with sources and scoring methods", () => {
    expect(en.KPIs.map((k) => k.KPI)).toEqual(
      expect.arrayContaining([
        "NEW_DEPOSITS",
        "LOANS",
        "WEALTH_SALES",
        "NEW_CUSTOMERS",
        "VISITS",
        "SATISFACTION",
        "COMPLAINT_RATE",
        "CHURN",
        "REVENUE",
        "WIN_RATE",
      ]),
    );
    expect(new Set(en.KPIs.map((k) => k.Scoring))).toEqual(new Set(["ratio", "curve", "step", "band"]));
    expect(en.KPIs.find((k) => k.KPI === "REVENUE")?.Source).toBe("deals.amount");
    expect(en.KPIs.find((k) => k.KPI === "COMPLAINT_RATE")?.Direction).toBe("lower");
  });

  it("gives goals for two quarters whose weights add to 100% per person and period", () => {
    const byPersonPeriod = group(zh.Goals, (g) => `${g.ManagerID}/${g.Period}`);
    expect(new Set(zh.Goals.map((g) => g.Period))).toEqual(new Set(["2026-Q1", "2026-Q2"]));
    expect(byPersonPeriod.size).toBe(24);
    for (const [who, goals] of byPersonPeriod) {
      expect([who, goals.reduce((s, g) => s + (g.Weight ?? 0), 0)]).toEqual([who, expect.closeTo(1, 12)]);
    }
  });

  it("writes a goal's money target as the pane does: 万 in Chinese, separators in English", () => {
    const deposits = (rows: typeof zh) => rows.Goals.find((g) => g.KPI === "NEW_DEPOSITS")!;
    const [z, e] = [deposits(zh), deposits(en)];
    expect(z.Description).toBe(`本季度新增存款达到 ${z.Target! / 10_000}万`);
    expect(e.Description).toBe(
      `New deposits: reach ${new Intl.NumberFormat("en-US").format(e.Target!)} this quarter`,
    );
    expect(zh.Goals.filter((g) => /\d,\d{3}/.test(g.Description ?? ""))).toEqual([]);
  });

  it("refers only to things that exist: managers, customers, KPIs, plans, curves", () => {
    const managers = new Set(zh.Managers.map((m) => m.ManagerID));
    const customers = new Set(zh.Customers.map((c) => c.CustomerID));
    const kpis = new Set(zh.KPIs.map((k) => k.KPI));
    const plans = new Set(zh.Plans.map((p) => p.PlanID));
    const curves = new Set(zh.Curves.map((c) => c.Curve));
    for (const key of [
      "Goals",
      "Actuals",
      "Tasks",
      "Customers",
      "Interactions",
      "Deals",
      "Reviews",
      "Training",
      "Careers",
    ] as const) {
      expect([key, zh[key].every((r) => managers.has(r.ManagerID))]).toEqual([key, true]);
    }
    expect(zh.Deals.every((d) => d.CustomerID !== null && customers.has(d.CustomerID))).toBe(true);
    expect(zh.Interactions.every((i) => i.CustomerID !== null && customers.has(i.CustomerID))).toBe(true);
    expect(zh.Goals.every((g) => kpis.has(g.KPI))).toBe(true);
    expect(zh.Managers.every((m) => planIdsOf(m.Plan).every((p) => plans.has(p)))).toBe(true);
    expect(zh.Plans.every((p) => p.Curve !== null && curves.has(p.Curve))).toBe(true);
    expect(zh.KPIs.every((k) => k.Curve === null || curves.has(k.Curve))).toBe(true);
  });

  it("has one split deal whose credits add to 1", () => {
    const split = [...group(zh.Deals, (d) => d.DealID).values()].filter((rows) => rows.length > 1);
    expect(split).toHaveLength(1);
    expect(split[0].map((d) => d.Credit)).toEqual([0.6, 0.4]);
    expect(new Set(zh.Deals.map((d) => d.Stage))).toEqual(
      new Set(["lead", "qualified", "proposal", "won", "lost"]),
    );
  });

  it("has overdue tasks, draft reviews, reviews by self, manager and peer, and no payouts", () => {
    expect(zh.Tasks.some((t) => t.Due !== null && t.Due < SAMPLE_AS_OF && t.Status !== "done")).toBe(true);
    expect(zh.Reviews.some((r) => r.Status === "draft")).toBe(true);
    expect(new Set(zh.Reviews.map((r) => r.Role))).toEqual(new Set(["self", "manager", "peer"]));
    expect(zh.Payouts).toEqual([]);
  });

  it("has surveys at or above the anonymity threshold for most team rounds", () => {
    const rounds = group(
      zh.Surveys.filter((s) => s.Kind === "enps"),
      (s) => `${s.Team}/${s.Date}`,
    );
    const sizes = [...rounds.values()].map((r) => r.length);
    const shown = sizes.filter((n) => n >= DEFAULT_SETTINGS.anonymityMin).length;
    expect(shown / sizes.length).toBeGreaterThan(0.8);
    expect(sizes.some((n) => n < DEFAULT_SETTINGS.anonymityMin)).toBe(true);
  });

  it("has a rating guide adding to 1, and settings in the chosen language", () => {
    expect(zh.Ratings.reduce((s, r) => s + (r.GuideShare ?? 0), 0)).toBeCloseTo(1, 12);
    expect(readSettings(zh.Settings)).toEqual({
      settings: { ...DEFAULT_SETTINGS, language: "zh-CN" },
      issues: [],
    });
    expect(readSettings(en.Settings).settings.language).toBe("en-US");
  });

  it("takes 'today' as a parameter", () => {
    const later = generateSample({ locale: "en-US", asOf: SAMPLE_AS_OF + 92 });
    expect(new Set(later.Goals.map((g) => g.Period))).toEqual(new Set(["2026-Q2", "2026-Q3"]));
  });

  // The preview seeds its workbook with these rows without validating them (MemoryWorkbook's `seedIsSample`): this
  // is the proof, on days where the calendar turns (the preview's "today" is the clock's); 2,000 people below.
  it.each([
    [12, serialOf(2026, 1, 1)],
    [12, serialOf(2026, 3, 31)],
    [12, serialOf(2027, 12, 31)],
    [12, serialOf(2028, 2, 29)],
    [400, serialOf(2026, 7, 1)],
  ])("at %i people on day %i, every row of every table is valid", (managers, asOf) => {
    const rows = generateSample({ locale: managers === 400 ? "zh-CN" : "en-US", managers, asOf });
    for (const key of TABLE_KEYS) expect([key, validateRows(key, rows[key] as never)]).toEqual([key, []]);
  });

  // Speed is measured outside the suite (about 0.8 s for 2,000 people on an idle core); a timed assertion would
  // only be flaky on a busy machine. Here: the scaled workbook is still a valid, consistent one.
  it("scales to 2,000 people, still valid", () => {
    const big = generateSample({ locale: "en-US", managers: 2000 });
    expect(big.Managers).toHaveLength(2000);
    expect(new Set(big.Managers.map((m) => m.ManagerID)).size).toBe(2000);
    expect(new Set(big.Managers.map((m) => m.Team)).size).toBe(500);
    for (const key of TABLE_KEYS)
      expect([key, validateRows(key, big[key] as never).length]).toEqual([key, 0]);
  });
});
