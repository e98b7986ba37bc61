/**
 * Goals of a period: actuals (entered, or derived from the CRM tables by the KPI's Source), attainment, score by
 * the KPI's scoring rule, pace, and the weighted composite.
 *
 * Scoring rules (all give points where 100 = on target, so that goals can be weighted together):
 * - ratio → `KPI.SCORE(actual, target, direction, Threshold, Cap)` (defaults 0 and 1);
 * - curve → `100 × KPI.CURVE(attainment, Curve)`: a scoring curve maps attainment (1 = 100%) to the share of the
 *   full score (1 = 100 points), the same "fractions are fractions" shape as a bonus curve;
 * - step → `100 + KPI.STEPSCORE(actual, target, Step, PointsAbove, PointsBelow, −100, (Cap − 1) × 100, direction)`:
 *   100 at target plus or minus points per step, never below 0 and at most Cap × 100 when a Cap is set;
 * - band → `KPI.BANDSCORE(actual, target, Band, 100, direction)` (50 at target, 100 at target + band).
 */
import {
  KpiError,
  attainment,
  bandScore,
  curveValue,
  elapsedShare,
  pace,
  parsePeriod,
  score,
  stepScore,
  weighted,
  withinDays,
  type PaceLevel,
  type Period,
} from "../../core";
import type { DERIVED_SOURCES, TableRows } from "../../model";
import { formatPercent } from "../../format";
import { extendGroups, groupRows, idOf, type CurveBook, type IssueLog, type ReportTables } from "../input";
import type { ActualSource, DealLine, GoalReport, ScoringRule } from "./types";

/** A KPI Source whose actual is counted from the CRM tables. */
type DerivedSource = (typeof DERIVED_SOURCES)[number];

/** An inclusive date window (Excel serials). */
export interface Window {
  start: number;
  end: number;
}

/** CRM figures of one person over a window. */
export interface CrmTotals {
  /** Σ Amount × Credit of won deals closed in the window. */
  amount: number;
  /** Σ Credit of those deals (a deal split 50/50 counts 0.5 for each person). */
  count: number;
  /** Won deal rows credited to the person. */
  wonRows: number;
  won: number;
  lost: number;
  /** won / (won + lost) of deals closed in the window; null when none closed. */
  winRate: number | null;
  newCustomers: number;
  visits: number;
  interactions: number;
}

type Row<K extends keyof TableRows> = { row: TableRows[K]; n: number };

/** A CRM date-time belongs to its calendar day: a deal closed 2026-03-31 14:24 is in a window ending that day. */
const within = (w: Window, serial: number | null): serial is number => withinDays(serial, w);

/**
 * Rows of the CRM tables grouped by person, built once per report; deal rows with unusable data are reported
 * here once and then left out of every figure.
 */
export class CrmIndex {
  private readonly deals = new Map<string, TableRows["Deals"][]>();
  private readonly customers: Map<string, Row<"Customers">[]>;
  private readonly interactions: Map<string, TableRows["Interactions"][]>;
  private readonly memo = new Map<string, CrmTotals>();
  /**
   * The Customers rows, for their names: read only when a deal line or a message needs one (the roster's figures
   * need none, and the pane's first read takes no Name column: `ROSTER_FIGURE_COLUMNS`).
   */
  private readonly customerRows: readonly TableRows["Customers"][];
  /** Customer id → the Name of its first row (deal lines), built on first use. */
  private customerNames: Map<string, string> | null = null;

  /**
   * @param tables - the CRM tables (Deals, Customers, Interactions).
   * @param log - where unusable deal rows are reported.
   */
  constructor(tables: Pick<ReportTables, CrmTableKey>, log: IssueLog) {
    this.customerRows = tables.Customers;
    const credits = new Map<string, { sum: number; n: number; deal: TableRows["Deals"] }>();
    // A deal as the pane calls it (its product and its customer's name); its id only when it has neither. The names
    // are looked up only when a message names a deal.
    let customerName: Map<string, string> | null = null;
    const dealName = (deal: TableRows["Deals"]): string => {
      if (customerName === null) {
        customerName = new Map();
        for (const row of tables.Customers) {
          const id = idOf(row.CustomerID);
          if (id !== null && !customerName.has(id) && row.Name.trim() !== "")
            customerName.set(id, row.Name.trim());
        }
      }
      const customer = idOf(deal.CustomerID);
      const parts = [
        (deal.Product ?? "").trim(),
        customer === null ? "" : (customerName.get(customer) ?? ""),
      ];
      const named = parts.filter((part) => part !== "");
      return named.length > 0 ? named.join(" · ") : deal.DealID;
    };
    const usable = (deal: TableRows["Deals"], n: number): boolean => {
      if (deal.Stage !== "won" && deal.Stage !== "lost") return false;
      const person = idOf(deal.ManagerID);
      if (deal.CloseDate === null) {
        log.add("Deals", n, "CloseDate", "report.issue.dealNoCloseDate", { deal: dealName(deal) }, person);
        return false;
      }
      if (deal.Stage === "won") {
        if (deal.Amount === null) {
          log.add("Deals", n, "Amount", "report.issue.dealNoAmount", { deal: dealName(deal) }, person);
          return false;
        }
        // Named only when a message needs it (not for each of 70,000 won deals at 2,000 people).
        const c = credits.get(deal.DealID) ?? { sum: 0, n, deal };
        c.sum += deal.Credit ?? 1;
        credits.set(deal.DealID, c);
      }
      return true;
    };
    const closed = tables.Deals.map((deal, i) => (usable(deal, i + 1) ? deal : null));
    for (const c of credits.values()) {
      // Shares of one deal should add up to at most 100%; more would pay the same sale twice.
      if (c.sum > 1 + 1e-9)
        log.add("Deals", c.n, "Credit", "report.issue.creditOver", {
          deal: dealName(c.deal),
          sum: formatPercent(c.sum),
        });
    }
    for (const deal of closed) {
      const id = deal === null ? null : idOf(deal.ManagerID);
      if (deal === null || id === null) continue;
      const list = this.deals.get(id);
      if (list) list.push(deal);
      else this.deals.set(id, [deal]);
    }
    this.customers = groupRows(tables.Customers, (r) => idOf(r.ManagerID));
    this.interactions = new Map();
    for (const row of tables.Interactions) {
      const id = idOf(row.ManagerID);
      if (id === null) continue;
      const list = this.interactions.get(id);
      if (list) list.push(row);
      else this.interactions.set(id, [row]);
    }
  }

  /**
   * The same index with interactions added after the ones it holds (rows appended to the table): only the lists of
   * the people they belong to are copied, everything else is shared; this index is left as it was.
   * @param rows - the interactions added, in table order.
   * @returns the new index (its totals computed afresh on demand).
   */
  withInteractions(rows: readonly TableRows["Interactions"][]): CrmIndex {
    const interactions = extendGroups(this.interactions, rows, (row) => idOf(row.ManagerID));
    const next = Object.create(CrmIndex.prototype) as CrmIndex;
    return Object.assign(next, {
      deals: this.deals,
      customers: this.customers,
      customerRows: this.customerRows,
      customerNames: this.customerNames,
      interactions,
      memo: new Map<string, CrmTotals>(),
    });
  }

  /** @returns a customer's name (its first row's), or null for an id no row has. */
  private customerName(id: string): string | null {
    if (this.customerNames === null) {
      const names = new Map<string, string>();
      for (const row of this.customerRows) {
        const customer = idOf(row.CustomerID);
        if (customer !== null && !names.has(customer)) names.set(customer, row.Name);
      }
      this.customerNames = names;
    }
    return this.customerNames.get(id) ?? null;
  }

  /**
   * @param person - a ManagerID.
   * @returns the person's customers with their rows.
   */
  customersOf(person: string): Row<"Customers">[] {
    return this.customers.get(person) ?? [];
  }

  /**
   * The won deals credited to a person and closed in a window, one line each, by close date then deal id: the
   * lines behind `totals(person, w).amount`, which they add up to.
   * @param person - a ManagerID.
   * @param w - the window.
   * @returns the deal lines.
   */
  dealLines(person: string, w: Window): DealLine[] {
    const lines: DealLine[] = [];
    for (const row of this.deals.get(person) ?? []) {
      if (row.Stage !== "won" || !within(w, row.CloseDate)) continue;
      const share = row.Credit ?? 1;
      const amount = row.Amount ?? 0;
      const customer = idOf(row.CustomerID);
      lines.push({
        deal: row.DealID,
        product: row.Product === null || row.Product.trim() === "" ? null : row.Product.trim(),
        customer,
        customerName: customer === null ? null : this.customerName(customer),
        closeDate: row.CloseDate,
        amount,
        share,
        credited: amount * share,
      });
    }
    return lines.sort(
      (a, b) => a.closeDate - b.closeDate || (a.deal < b.deal ? -1 : a.deal > b.deal ? 1 : 0),
    );
  }

  /**
   * CRM totals of a person over a window.
   * @param person - a ManagerID.
   * @param w - the window.
   * @returns the totals.
   */
  totals(person: string, w: Window): CrmTotals {
    // The same window is asked for by goals, bonus and commission: compute it once.
    const key = `${person}\u241f${w.start}\u241f${w.end}`;
    const known = this.memo.get(key);
    if (known) return known;
    const t: CrmTotals = {
      amount: 0,
      count: 0,
      wonRows: 0,
      won: 0,
      lost: 0,
      winRate: null,
      newCustomers: 0,
      visits: 0,
      interactions: 0,
    };
    for (const row of this.deals.get(person) ?? []) {
      if (!within(w, row.CloseDate)) continue;
      if (row.Stage === "won") {
        const credit = row.Credit ?? 1;
        t.amount += (row.Amount ?? 0) * credit;
        t.count += credit;
        t.wonRows += 1;
        t.won += 1;
      } else t.lost += 1;
    }
    t.winRate = t.won + t.lost > 0 ? t.won / (t.won + t.lost) : null;
    for (const { row } of this.customers.get(person) ?? []) if (within(w, row.Since)) t.newCustomers += 1;
    for (const row of this.interactions.get(person) ?? []) {
      if (!within(w, row.Date)) continue;
      t.interactions += 1;
      if (row.Type === "visit") t.visits += 1;
    }
    this.memo.set(key, t);
    return t;
  }
}

/** The field of a person's CRM totals each derived KPI Source reads. */
const DERIVED_FIELDS: Readonly<Record<DerivedSource, keyof CrmTotals>> = {
  "deals.amount": "amount",
  "deals.count": "count",
  "deals.winrate": "winRate",
  "customers.new": "newCustomers",
  "interactions.visits": "visits",
  "interactions.count": "interactions",
};

/**
 * The CRM figure a KPI Source stands for.
 * @param source - a KPI Source other than "manual".
 * @param t - the person's totals.
 * @returns the actual; null for a win rate with no closed deal.
 */
export function derivedActual(source: string, t: CrmTotals): number | null {
  return Object.hasOwn(DERIVED_FIELDS, source) ? t[DERIVED_FIELDS[source as DerivedSource]] : null;
}

/** The tables a {@link CrmIndex} reads. */
export const CRM_INDEX_TABLES = ["Deals", "Customers", "Interactions"] as const;
type CrmTableKey = (typeof CRM_INDEX_TABLES)[number];

/** The tables a {@link GoalIndex} reads. */
export const GOAL_INDEX_TABLES = ["Goals", "KPIs", "Actuals"] as const;
type GoalIndexTableKey = (typeof GOAL_INDEX_TABLES)[number];

/**
 * The goal and CRM indexes of one version of the tables, built once and shared by every picture of that version
 * (the team book holds them: the period picture, the Customers and Goals screens read the same ones).
 */
export interface SharedIndexes {
  goals: GoalIndex;
  crm: CrmIndex;
  /** What building `crm` reported (unusable deal rows): a picture listing data problems replays it. */
  crmLog: IssueLog;
}

/**
 * Gives the shared indexes for a fiscal calendar (the goal index reads period cells by it).
 * @param fiscalYearStart - Settings fiscalYearStart.
 */
export type IndexesOf = (fiscalYearStart: number) => SharedIndexes;

/** Goals, actuals and the KPI library, indexed once per report. */
export class GoalIndex {
  private readonly goals: Map<string, Row<"Goals">[]>;
  /** person → period → KPI → latest actual row. */
  private readonly actuals = new Map<string, Map<string, Map<string, TableRows["Actuals"]>>>();
  readonly kpis = new Map<string, Row<"KPIs">>();
  private readonly canonical = new Map<string, string | null>();
  private readonly periods = new Map<string, Period>();

  /**
   * @param tables - the goal tables (Goals, KPIs, Actuals).
   * @param fiscalYearStart - month fiscal periods start.
   */
  constructor(
    tables: Pick<ReportTables, GoalIndexTableKey>,
    private readonly fiscalYearStart: number,
  ) {
    this.goals = groupRows(tables.Goals, (r) => idOf(r.ManagerID));
    tables.KPIs.forEach((row, i) => {
      const id = idOf(row.KPI);
      if (id !== null && !this.kpis.has(id)) this.kpis.set(id, { row, n: i + 1 });
    });
    for (const row of tables.Actuals) {
      const period = this.periodText(row.Period);
      if (period === null) continue;
      const person = idOf(row.ManagerID);
      const kpi = idOf(row.KPI);
      if (person === null || kpi === null) continue;
      let periods = this.actuals.get(person);
      if (!periods) this.actuals.set(person, (periods = new Map()));
      let kpis = periods.get(period);
      if (!kpis) periods.set(period, (kpis = new Map()));
      const seen = kpis.get(kpi);
      // The latest entry wins; an entry without a date is older than any dated one; later rows win ties.
      if (!seen || (row.AsOf ?? -Infinity) >= (seen.AsOf ?? -Infinity)) kpis.set(kpi, row);
    }
  }

  /**
   * The canonical text of a period cell (`2026-9` → `2026-09`); null when it is not a period.
   * @param text - the cell text.
   * @returns the canonical period text or null.
   */
  periodText(text: string | null): string | null {
    if (text === null) return null;
    let known = this.canonical.get(text);
    if (known === undefined) {
      try {
        known = parsePeriod(text, this.fiscalYearStart).text;
      } catch {
        // Not a period: such rows simply belong to no report period (the model's validation reports them).
        known = null;
      }
      this.canonical.set(text, known);
    }
    return known;
  }

  /**
   * The period a period cell stands for.
   * @param text - the cell text.
   * @returns the period, or null when it is not one.
   */
  periodOf(text: string | null): Period | null {
    const canonical = this.periodText(text);
    if (canonical === null) return null;
    let known = this.periods.get(canonical);
    if (!known) {
      known = parsePeriod(canonical, this.fiscalYearStart);
      this.periods.set(canonical, known);
    }
    return known;
  }

  /**
   * @param person - ManagerID.
   * @param period - canonical period text.
   * @returns the person's goals of that period that are not cancelled, in table order.
   */
  goalsOf(person: string, period: string): Row<"Goals">[] {
    return (this.goals.get(person) ?? []).filter(
      (g) => g.row.Status !== "cancelled" && this.periodText(g.row.Period) === period,
    );
  }

  /**
   * @param person - ManagerID.
   * @param period - canonical period text.
   * @param kpi - KPI code.
   * @returns the latest entered actual, or null.
   */
  actualOf(person: string, period: string, kpi: string): number | null {
    return this.actuals.get(person)?.get(period)?.get(kpi)?.Value ?? null;
  }
}

/**
 * Reads the scoring rule of a KPI row; missing parameters are reported against the KPI row.
 * @param kpi - the KPI row and its table row number.
 * @param curves - the curve book (a curve rule needs its curve).
 * @param log - issue log.
 * @returns the rule, or null when it cannot be applied.
 */
export function scoringRule(kpi: Row<"KPIs">, curves: CurveBook, log: IssueLog): ScoringRule | null {
  const k = kpi.row;
  const missing = (column: string) => {
    log.add("KPIs", kpi.n, column, "report.issue.ruleParam", {
      kpi: k.Name?.trim() || k.KPI,
      rule: k.Scoring ?? "ratio",
    });
    return null;
  };
  switch (k.Scoring ?? "ratio") {
    case "ratio":
      if ((k.Cap ?? 1) < (k.Threshold ?? 0)) return missing("Cap");
      return { kind: "ratio", threshold: k.Threshold ?? 0, cap: k.Cap ?? 1 };
    case "curve": {
      if (k.Curve === null) return missing("Curve");
      const curve = curves.curve(k.Curve.trim(), "KPIs", kpi.n, "Curve");
      return curve ? { kind: "curve", curve: k.Curve.trim() } : null;
    }
    case "step":
      if (k.Step === null || k.Step <= 0) return missing("Step");
      if (k.PointsAbove === null) return missing("PointsAbove");
      return {
        kind: "step",
        step: k.Step,
        pointsAbove: k.PointsAbove,
        pointsBelow: k.PointsBelow ?? k.PointsAbove,
        maxPoints: k.Cap === null ? null : (k.Cap - 1) * 100,
      };
    case "band":
      if (k.Band === null || k.Band <= 0) return missing("Band");
      return { kind: "band", band: k.Band };
  }
}

/**
 * Scores an actual by a rule.
 * @param rule - the rule.
 * @param actual - the actual.
 * @param target - the target.
 * @param direction - the KPI's direction.
 * @param att - the attainment (used by curve rules).
 * @param curves - the curve book.
 * @returns points (100 = on target).
 * @throws KpiError from core when the inputs are out of domain.
 */
export function applyRule(
  rule: ScoringRule,
  actual: number,
  target: number,
  direction: "higher" | "lower",
  att: number,
  curves: CurveBook,
): number {
  switch (rule.kind) {
    case "ratio":
      return score(actual, target, { direction, threshold: rule.threshold, cap: rule.cap });
    case "curve": {
      // A curve rule exists only when its curve was read successfully.
      const curve = curves.known(rule.curve);
      if (!curve) throw new KpiError("value", "err.table.empty", { arg: rule.curve });
      return 100 * curveValue(att, curve, "linear");
    }
    case "step":
      return (
        100 +
        stepScore(actual, target, rule.step, rule.pointsAbove, {
          pointsBelow: rule.pointsBelow,
          minPoints: -100,
          maxPoints: rule.maxPoints ?? undefined,
          direction,
        })
      );
    case "band":
      return bandScore(actual, target, rule.band, { fullScore: 100, direction });
  }
}

/** KPIs whose actual is a rate, not a running total, so pacing by elapsed time means nothing. */
const UNPACED_SOURCES = new Set(["deals.winrate"]);

/** Everything `scoreGoals` needs besides the person. */
export interface GoalContext {
  goals: GoalIndex;
  crm: CrmIndex;
  curves: CurveBook;
  log: IssueLog;
  period: Period;
  asOf: number;
  /** KPI.PACE tolerance (Settings paceTolerance). */
  paceTolerance: number;
}

/**
 * Scores a person's goals for a period.
 * @param person - ManagerID.
 * @param ctx - indexes, period and report date.
 * @param totals - the person's CRM totals over the period (derived actuals).
 * @returns one report per goal; bad goal data leaves score null and is recorded in the log.
 */
export function scoreGoals(person: string, ctx: GoalContext, totals: CrmTotals): GoalReport[] {
  const { goals, curves, log, period } = ctx;
  const elapsed = elapsedShare(period, ctx.asOf);
  return goals.goalsOf(person, period.text).map(({ row: g, n }) => {
    const kpiId = idOf(g.KPI) ?? "";
    const kpi = goals.kpis.get(kpiId);
    const direction = kpi?.row.Direction ?? "higher";
    const source = kpi?.row.Source ?? "manual";
    const report: GoalReport = {
      goalId: g.GoalID,
      row: n,
      kpi: kpiId,
      kpiName: kpi?.row.Name ?? kpiId,
      description: g.Description,
      unit: kpi?.row.Unit ?? null,
      source,
      direction,
      rule: null,
      target: g.Target,
      weight: g.Weight ?? 0,
      actual: null,
      actualSource: "none" as ActualSource,
      attainment: null,
      score: null,
      projectedScore: null,
      pace: null,
      projectedAttainment: null,
    };
    // A goal by what it says (its description, else its KPI's name); its id only when it says nothing.
    const goal = g.Description?.trim() || (kpi?.row.Name ?? "").trim() || g.GoalID;
    if (g.Weight === null) log.add("Goals", n, "Weight", "report.issue.goalNoWeight", { goal }, person);
    if (!kpi) {
      log.add("Goals", n, "KPI", "report.issue.kpiUnknown", { goal, kpi: kpiId }, person);
      return report;
    }
    report.rule = scoringRule(kpi, curves, log);
    if (source === "manual") {
      report.actual = goals.actualOf(person, period.text, kpiId);
      report.actualSource = report.actual === null ? "none" : "actuals";
    } else {
      report.actual = derivedActual(source, totals);
      report.actualSource = report.actual === null ? "none" : "crm";
    }
    if (g.Target === null) {
      log.add("Goals", n, "Target", "report.issue.goalNoTarget", { goal }, person);
      return report;
    }
    if (report.actual === null || report.rule === null) return report;
    try {
      report.attainment = attainment(report.actual, g.Target, direction);
      report.score = applyRule(report.rule, report.actual, g.Target, direction, report.attainment, curves);
      report.projectedScore = report.score;
      report.projectedAttainment = report.attainment;
      if (direction === "higher" && !UNPACED_SOURCES.has(source)) {
        report.pace = pace(report.actual, g.Target, elapsed, 1, ctx.paceTolerance) as PaceLevel;
        // Mid-period, a running total is projected to the period end at its pace so far (like for like with a
        // finished period); rates and "lower" KPIs are already comparable.
        if (elapsed > 0 && elapsed < 1) {
          const projected = report.actual / elapsed;
          const att = attainment(projected, g.Target, direction);
          report.projectedAttainment = att;
          report.projectedScore = applyRule(report.rule, projected, g.Target, direction, att, curves);
        }
      }
    } catch (error) {
      report.attainment = null;
      report.score = null;
      report.projectedScore = null;
      report.projectedAttainment = null;
      report.pace = null;
      log.fromError("Goals", n, "Target", error, person);
    }
    return report;
  });
}

/**
 * The composite score of a set of goals (KPI.WEIGHTED, normalized): blank scores are skipped.
 * @param goals - scored goals.
 * @param which - "score" (to date) or "projectedScore" (running totals projected to the period end).
 * @returns the composite, or null when no goal has a score or the present scores weigh nothing.
 */
export function composite(
  goals: readonly GoalReport[],
  which: "score" | "projectedScore" = "score",
): number | null {
  if (goals.length === 0) return null;
  const present = goals.filter((g) => g[which] !== null);
  if (present.length === 0 || present.reduce((s, g) => s + g.weight, 0) <= 0) return null;
  return weighted(
    goals.map((g) => g[which]),
    goals.map((g) => g.weight),
  );
}
