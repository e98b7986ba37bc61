/**
 * KPI templates: a ready goal set for an account manager's role, applied to a person in one step. Pure.
 *
 * Decisions where the spec is silent:
 * - Three roles — retail, corporate and SME account managers — each six KPIs of the set-up's KPI library (the
 *   spec's sources: won deal amount and count, win rate, new customers, visits, and KPIs entered by hand), weights
 *   adding up to exactly 100% (multiples of 5%).
 * - A template KPI is found in the workbook's library by its code; a KPI derived from the CRM tables is otherwise
 *   found by its Source (the first library KPI with that source), so a library with its own codes still gets
 *   revenue, deals, win rate, new customers and visits. A KPI found neither way is named and left out.
 */
import type { KpiRow } from "../../model";

/** A role a template is made for. */
export type TemplateRole = "retail" | "corporate" | "sme";

/** The roles, in the order the pane offers them. */
export const TEMPLATE_ROLES: readonly TemplateRole[] = ["retail", "corporate", "sme"];

/** One KPI of a template. */
export interface TemplateKpi {
  /** The KPI code of the set-up's library. */
  kpi: string;
  /** The KPI's source, to find it in a library that uses other codes (manual KPIs are found by code only). */
  source: KpiRow["Source"];
  /** A fraction; a template's weights add up to 1. */
  weight: number;
}

/**
 * Where each template KPI comes from: the derived ones are found by this Source in a library with other codes;
 * the others are entered by hand ("manual") and found by code only.
 */
const SOURCES: Readonly<Record<string, KpiRow["Source"]>> = {
  REVENUE: "deals.amount",
  DEALS_WON: "deals.count",
  WIN_RATE: "deals.winrate",
  NEW_CUSTOMERS: "customers.new",
  VISITS: "interactions.visits",
};

/**
 * @param weights - a role's KPI codes and weights, in the order the goals are added.
 * @returns the template's KPIs, each with its source.
 */
const template = (weights: Readonly<Record<string, number>>): readonly TemplateKpi[] =>
  Object.entries(weights).map(([kpi, weight]) => ({ kpi, source: SOURCES[kpi] ?? "manual", weight }));

/** The templates, by role. Weights are multiples of 1/20, so they add up to 1 exactly in binary. */
export const KPI_TEMPLATES: Readonly<Record<TemplateRole, readonly TemplateKpi[]>> = {
  // Retail: wealth products and deposits of individual customers, service quality and keeping customers.
  retail: template({
    WEALTH_SALES: 0.3,
    NEW_DEPOSITS: 0.25,
    NEW_CUSTOMERS: 0.15,
    VISITS: 0.1,
    SATISFACTION: 0.1,
    CHURN: 0.1,
  }),
  // Corporate: revenue and lending to companies, won in competitive deals, with few complaints.
  corporate: template({
    REVENUE: 0.3,
    LOANS: 0.2,
    NEW_CUSTOMERS: 0.15,
    WIN_RATE: 0.15,
    VISITS: 0.1,
    COMPLAINT_RATE: 0.1,
  }),
  // SME: many smaller deals and credit lines, so the number of deals counts beside revenue and loans.
  sme: template({
    REVENUE: 0.25,
    LOANS: 0.25,
    DEALS_WON: 0.15,
    NEW_CUSTOMERS: 0.15,
    VISITS: 0.1,
    COMPLAINT_RATE: 0.1,
  }),
};

/** A template matched against a workbook's KPI library. */
export interface MatchedTemplate {
  /** The template's KPIs found in the library, with the library's row. */
  found: { kpi: KpiRow; weight: number }[];
  /** Codes of the template's KPIs the library lacks. */
  missing: string[];
}

/**
 * @param role - the template.
 * @param library - the workbook's KPIs by code (first row of a code winning).
 * @returns the template's KPIs in the library, and the codes it lacks.
 * @example matchTemplate("sme", book.kpis).missing // [] on the set-up's library
 */
export function matchTemplate(role: TemplateRole, library: ReadonlyMap<string, KpiRow>): MatchedTemplate {
  const found: MatchedTemplate["found"] = [];
  const missing: string[] = [];
  const used = new Set<string>();
  for (const item of KPI_TEMPLATES[role]) {
    let kpi = library.get(item.kpi);
    if (!kpi && item.source !== "manual") {
      kpi = [...library.values()].find((k) => k.Source === item.source && !used.has(k.KPI.trim()));
    }
    if (!kpi || used.has(kpi.KPI.trim())) {
      missing.push(item.kpi);
      continue;
    }
    used.add(kpi.KPI.trim());
    found.push({ kpi, weight: item.weight });
  }
  return { found, missing };
}
