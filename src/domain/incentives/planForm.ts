/**
 * The plan editor as plain data: what the user typed (drafts of text), the checks that run before anything is
 * written (each message names its field), and the rows a valid draft becomes. The points grid is checked with
 * core's own table rules (`makeCurve` for bonus curves, `makeTiers` for commission tiers), so the grid refuses
 * exactly what `KPI.CURVE` and `KPI.TIERED` would refuse, with the same messages. Pure.
 */
import {
  KpiError,
  makeCurve,
  makeTiers,
  parseTypedNumber,
  type Curve,
  type NumericRow,
  type Tiers,
} from "../../core";
import type { MessageKey, MessageParams } from "../../i18n";
import type { CurveRow, PlanRow } from "../../model";
import { formatDate } from "../../format";
import type { FieldError } from "../fields";
import { parseDateText } from "../fields";

/** Plan kinds, bases and methods, in the order the form offers them. */
export const PLAN_KINDS: readonly PlanRow["Kind"][] = ["bonus", "commission"];
export const PLAN_BASES: readonly NonNullable<PlanRow["Basis"]>[] = ["score", "kpi", "deals"];
export const PLAN_METHODS: readonly NonNullable<PlanRow["Method"]>[] = ["marginal", "retro"];

/** The plan editor as typed. GateMin is a percentage (50 = 50%); dates are `YYYY-MM-DD`. */
export interface PlanDraft {
  planId: string;
  name: string;
  kind: PlanRow["Kind"];
  basis: NonNullable<PlanRow["Basis"]>;
  basisKpi: string;
  method: NonNullable<PlanRow["Method"]>;
  curve: string;
  quota: string;
  gateKpi: string;
  gateMin: string;
  cap: string;
  from: string;
  to: string;
}

/** Fields of {@link PlanDraft}. */
export type PlanField = keyof PlanDraft;

/** A validation message (the domain's shared field message, ../fields). */
export type { FieldError };

/** The outcome of checking a draft: the row to write, or the messages per field. */
export type Checked<R, F extends string> =
  { ok: true; row: R } | { ok: false; errors: Partial<Record<F, FieldError>> };

/** One row of the points grid as typed; `key` keeps React's identity while rows are added and removed. */
export interface PointDraft {
  key: number;
  point: string;
  value: string;
}

/** A column of the points grid. */
export type PointColumn = "point" | "value";

/** A problem in the points grid: a core table error, placed on a row and column when it names one. */
export interface PointIssue {
  /** 1-based row of the grid, or null for the grid as a whole (no rows). */
  row: number | null;
  column: PointColumn | null;
  error: KpiError;
}

/** The points grid checked: the numeric rows and the built table, or the issues. */
export interface CheckedPoints {
  /** Non-blank rows with their 1-based grid row. */
  rows: NumericRow[];
  /** The bonus curve (kind "bonus") when the grid is valid. */
  curve: Curve | null;
  /** The commission tiers (kind "commission") when the grid is valid. */
  tiers: Tiers | null;
  issues: PointIssue[];
}

/**
 * Reads a number typed by a person ({@link parseTypedNumber}): separators, 万 / 亿 and currency signs are read; a
 * trailing `%` divides by 100 (so a rate may be typed `0.2%` as well as `0.002`).
 * @param text - the text.
 * @returns the number, null when blank, or NaN when it is not a number.
 * @example parseNumberText("1,000,000") // 1000000
 * @example parseNumberText("0.2%") // 0.002
 */
export function parseNumberText(text: string): number | null {
  const value = parseTypedNumber(text);
  return value === "invalid" ? NaN : value;
}

/** Reads a date typed as `YYYY-MM-DD` (shared with every form, ../fields). */
export { parseDateText };

/** Shows a number in an input without float noise (0.1 + 0.2 shows 0.3). */
function numberText(value: number | null): string {
  return value === null ? "" : String(Number(value.toPrecision(12)));
}

/**
 * A fresh plan: a bonus on the composite score, valid for the year of `today`.
 * @param today - today (Excel serial).
 * @returns the draft.
 */
export function emptyPlan(today: number): PlanDraft {
  const year = Number(formatDate(today).slice(0, 4));
  return {
    planId: "",
    name: "",
    kind: "bonus",
    basis: "score",
    basisKpi: "",
    method: "marginal",
    curve: "",
    quota: "",
    gateKpi: "",
    gateMin: "",
    cap: "",
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  };
}

/**
 * The draft of an existing plan; blanks the report fills with a default (Basis score for a bonus and deals for a
 * commission, Method marginal) show that default.
 * @param plan - the Plans row.
 * @returns the draft.
 */
export function draftOfPlan(plan: PlanRow): PlanDraft {
  return {
    planId: plan.PlanID,
    name: plan.Name,
    kind: plan.Kind,
    basis: plan.Basis ?? (plan.Kind === "commission" ? "deals" : "score"),
    basisKpi: plan.BasisKPI ?? "",
    method: plan.Method ?? "marginal",
    curve: plan.Curve ?? "",
    quota: numberText(plan.Quota),
    gateKpi: plan.GateKPI ?? "",
    gateMin: plan.GateMin === null ? "" : numberText(plan.GateMin * 100),
    cap: numberText(plan.Cap),
    from: plan.From === null ? "" : formatDate(plan.From),
    to: plan.To === null ? "" : formatDate(plan.To),
  };
}

/**
 * The grid rows of a curve: its Curves rows sorted by point (the order the report reads them in).
 * @param rows - every Curves row.
 * @param curve - the curve id.
 * @param firstKey - the React key of the first row (later rows count up from it).
 * @returns the grid rows.
 */
export function pointsOf(rows: readonly CurveRow[], curve: string, firstKey = 1): PointDraft[] {
  const id = curve.trim();
  return rows
    .filter((r) => r.Curve.trim() === id)
    .sort((a, b) => a.Point - b.Point)
    .map((r, i) => ({ key: firstKey + i, point: numberText(r.Point), value: numberText(r.Value) }));
}

/** What checking a plan needs besides the draft. */
export interface PlanContext {
  /** True for a new plan (its id must not exist yet). */
  isNew: boolean;
  /** PlanIDs already in the workbook. */
  existingIds: ReadonlySet<string>;
  /** KPI codes of the library. */
  kpis: ReadonlySet<string>;
}

const err = (key: MessageKey, params?: MessageParams): FieldError => ({ key, params });

/**
 * Checks a plan draft and builds its Plans row. Rules beyond the schema's: a KPI basis names a KPI of the library;
 * a bonus on deals needs a quota (attainment = credited ÷ quota); a quota, when given, is above 0 (KPI.TIERED);
 * a gate KPI needs a minimum; To is not before From.
 * @param draft - the form.
 * @param ctx - new or existing, existing ids, the KPI library.
 * @returns the row, or the messages per field.
 * @example checkPlan({ ...emptyPlan(46023), planId: "P1", name: "Bonus", curve: "C1" }, ctx).ok // true
 */
export function checkPlan(draft: PlanDraft, ctx: PlanContext): Checked<PlanRow, PlanField> {
  const errors: Partial<Record<PlanField, FieldError>> = {};
  const planId = draft.planId.trim();
  if (planId === "") errors.planId = err("incentives.err.required");
  else if (ctx.isNew && ctx.existingIds.has(planId))
    errors.planId = err("incentives.err.exists", { value: planId });
  const name = draft.name.trim();
  if (name === "") errors.name = err("incentives.err.required");

  const basisKpi = draft.basisKpi.trim();
  if (draft.basis === "kpi" && basisKpi === "") errors.basisKpi = err("incentives.err.requiredForKpi");
  else if (basisKpi !== "" && !ctx.kpis.has(basisKpi))
    errors.basisKpi = err("incentives.err.unknownKpi", { value: basisKpi });

  const curve = draft.curve.trim();
  if (curve === "") errors.curve = err("incentives.err.required");

  const quota = parseNumberText(draft.quota);
  if (quota !== null && Number.isNaN(quota)) errors.quota = err("incentives.err.notNumber");
  else if (quota !== null && quota <= 0) errors.quota = err("incentives.err.notPositive");
  else if (quota === null && draft.kind === "bonus" && draft.basis === "deals") {
    errors.quota = err("incentives.err.requiredForDeals");
  }

  const gateKpi = draft.gateKpi.trim();
  if (gateKpi !== "" && !ctx.kpis.has(gateKpi))
    errors.gateKpi = err("incentives.err.unknownKpi", { value: gateKpi });
  const gatePercent = parseNumberText(draft.gateMin);
  if (gatePercent !== null && Number.isNaN(gatePercent)) errors.gateMin = err("incentives.err.notNumber");
  else if (gatePercent !== null && gatePercent < 0) errors.gateMin = err("incentives.err.negative");
  else if (gatePercent === null && gateKpi !== "") errors.gateMin = err("incentives.err.requiredForGate");

  const cap = parseNumberText(draft.cap);
  if (cap !== null && Number.isNaN(cap)) errors.cap = err("incentives.err.notNumber");
  else if (cap !== null && cap < 0) errors.cap = err("incentives.err.negative");

  const from = parseDateText(draft.from);
  const to = parseDateText(draft.to);
  if (from !== null && Number.isNaN(from)) errors.from = err("incentives.err.notDate");
  if (to !== null && Number.isNaN(to)) errors.to = err("incentives.err.notDate");
  else if (to !== null && from !== null && !Number.isNaN(from) && to < from) {
    errors.to = err("incentives.err.toBeforeFrom", { from: draft.from });
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const commission = draft.kind === "commission";
  return {
    ok: true,
    row: {
      PlanID: planId,
      Name: name,
      Kind: draft.kind,
      Basis: draft.basis,
      BasisKPI: basisKpi === "" ? null : basisKpi,
      // Method only means something for tiers; a bonus plan keeps it blank rather than carry a stale word.
      Method: commission ? draft.method : null,
      Curve: curve,
      Quota: quota,
      GateKPI: gateKpi === "" ? null : gateKpi,
      GateMin: gatePercent === null ? null : gatePercent / 100,
      Cap: cap,
      From: from,
      To: to,
    },
  };
}

function isBlankPoint(p: PointDraft): boolean {
  return p.point.trim() === "" && p.value.trim() === "";
}

/**
 * Checks the points grid with core's table rules: every cell a number (a fully blank row is ignored, as in a
 * worksheet range), at least one row, points strictly ascending; commission bounds not negative.
 * @param points - the grid as typed.
 * @param kind - bonus (a payout curve) or commission (tiers).
 * @param arg - the grid's name in the pane's language; core messages start with it ("Points: row 3 …").
 * @returns the numeric rows, the built curve or tiers when valid, and every issue.
 * @example checkPoints([{ key: 1, point: "1", value: "1" }, { key: 2, point: "0.8", value: "0.5" }], "bonus", "Points")
 *   .issues[0].error.localized("en-US") // "Points: row 2 is not in ascending order"
 */
export function checkPoints(
  points: readonly PointDraft[],
  kind: PlanRow["Kind"],
  arg: string,
): CheckedPoints {
  const issues: PointIssue[] = [];
  const rows: NumericRow[] = [];
  points.forEach((p, i) => {
    if (isBlankPoint(p)) return;
    const row = i + 1;
    // A cell's number, or null with its issue recorded (column 1 = point, 2 = value, as in core's messages).
    const cell = (column: PointColumn, n: 1 | 2): number | null => {
      const parsed = parseNumberText(p[column]);
      if (parsed !== null && !Number.isNaN(parsed)) return parsed;
      issues.push({
        row,
        column,
        error: new KpiError("value", "err.table.notNumber", { arg, row, column: n }),
      });
      return null;
    };
    const point = cell("point", 1);
    const value = cell("value", 2);
    if (point !== null && value !== null) rows.push({ row, key: point, value });
  });
  if (issues.length > 0) return { rows, curve: null, tiers: null, issues };
  try {
    if (kind === "bonus") return { rows, curve: makeCurve(rows, arg), tiers: null, issues };
    return { rows, curve: null, tiers: makeTiers(rows, arg), issues };
  } catch (error) {
    if (!(error instanceof KpiError)) throw error;
    const row = typeof error.params.row === "number" ? error.params.row : null;
    const column: PointColumn | null = row === null ? null : error.params.column === 2 ? "value" : "point";
    return { rows, curve: null, tiers: null, issues: [{ row, column, error }] };
  }
}

/**
 * The Curves rows a valid grid becomes.
 * @param curve - the curve id.
 * @param rows - the checked rows.
 * @returns one Curves row per point, in grid order.
 */
export function curveRowsOf(curve: string, rows: readonly NumericRow[]): CurveRow[] {
  return rows.map((r) => ({ Curve: curve.trim(), Point: r.key, Value: r.value }));
}

/** What uses a curve besides the plan being edited. */
export interface CurveUse {
  plans: string[];
  kpis: string[];
}

/**
 * Who else reads a curve: saving the grid replaces its points for them too, so the editor says so.
 * @param curve - the curve id.
 * @param planId - the plan being edited (left out).
 * @param plans - every Plans row.
 * @param kpis - every KPIs row (scoring curves).
 * @returns the other plans and KPIs naming the curve.
 */
export function curveUsers(
  curve: string,
  planId: string,
  plans: readonly PlanRow[],
  kpis: readonly { KPI: string; Curve: string | null }[],
): CurveUse {
  const id = curve.trim();
  if (id === "") return { plans: [], kpis: [] };
  return {
    plans: plans
      .filter((p) => p.PlanID !== planId.trim() && (p.Curve ?? "").trim() === id)
      .map((p) => p.PlanID),
    kpis: kpis.filter((k) => (k.Curve ?? "").trim() === id).map((k) => k.KPI),
  };
}
