import { generateSample } from "../../../src/model";
import { KPI_TEMPLATES, TEMPLATE_ROLES, matchTemplate } from "../../../src/domain/goals/templates";
import { row } from "../../taskpane/screens/goals/fixture";
import type { KpiRow } from "../../../src/model";

const library = (rows: readonly KpiRow[]) => new Map(rows.map((k) => [k.KPI, k]));

describe("KPI templates", () => {
  it.each(TEMPLATE_ROLES)("%s: six different KPIs whose weights add up to exactly 100%", (role) => {
    const items = KPI_TEMPLATES[role];
    expect(items).toHaveLength(6);
    expect(new Set(items.map((i) => i.kpi)).size).toBe(6);
    expect(items.reduce((s, i) => s + i.weight, 0)).toBe(1);
    expect(items.every((i) => i.weight > 0)).toBe(true);
  });

  it.each(TEMPLATE_ROLES)("%s: every KPI is in the set-up's library, in both languages", (role) => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const kpis = generateSample({ locale, managers: 3 }).KPIs;
      expect(matchTemplate(role, library(kpis)).missing).toEqual([]);
    }
  });

  it("finds a CRM-derived KPI by its source in a library with other codes, and names what it cannot find", () => {
    const own = [
      row("KPIs", { KPI: "REV_WON", Name: "Won revenue", Source: "deals.amount" }),
      row("KPIs", { KPI: "LOANS", Name: "Loans", Source: "manual" }),
      row("KPIs", { KPI: "NEW_CUST", Name: "New customers", Source: "customers.new" }),
    ];
    const matched = matchTemplate("sme", library(own));
    expect(matched.found.map((f) => [f.kpi.KPI, f.weight])).toEqual([
      ["REV_WON", 0.25],
      ["LOANS", 0.25],
      ["NEW_CUST", 0.15],
    ]);
    expect(matched.missing).toEqual(["DEALS_WON", "VISITS", "COMPLAINT_RATE"]);
  });
});
