/**
 * Tiered commission: KPI.TIERED, KPI.EXPLAIN and KPI.NEXTTIER.
 *
 * Tier i covers [bound_i, bound_{i+1}); a value equal to a bound belongs to the tier that starts there, and
 * amounts below the first bound earn nothing. With a quota, bounds are fractions of it: tier membership is decided
 * on `value / quota` against the bound as typed (so 110 of quota 100 is exactly at bound 1.1, free of the rounding
 * in 1.1 × 100), and slice widths use `bound × quota`.
 */
import { KpiError } from "./errors";
import { lastIndexAtOrBelow } from "./curve";
import { checkNumericRows, type NumericRow } from "./table";
import { finiteResult, requireNonNegative, requireOption, requirePositive } from "./numeric";

/** Tiers: lower bounds strictly ascending (≥ 0), one rate per tier. */
export interface Tiers {
  bounds: number[];
  rates: number[];
}

/** Options of {@link tiered}, {@link explainTiered}. */
export interface TierOptions {
  /** "marginal" (default): each slice earns its tier's rate. "retro": the whole amount earns the reached rate. */
  method?: "marginal" | "retro";
  /** When given (> 0), bounds are fractions of this quota. */
  quota?: number | null;
  /** Amount already credited earlier in the same quota period (default 0). */
  prior?: number;
}

/** One line of {@link explainTiered}. Amounts and bounds are absolute (already × quota). */
export interface ExplainLine {
  kind: "tier" | "prior" | "total";
  /** 1-based tier number; null on the total line (and on a prior line below the first tier). */
  tier: number | null;
  from: number | null;
  /** Upper bound of the tier; null when open-ended (the top tier) or on the total line. */
  to: number | null;
  amount: number | null;
  rate: number | null;
  commission: number;
}

/**
 * Builds tiers from (lower bound, rate) rows.
 * @param rows - at least one row; bounds strictly ascending and ≥ 0; rates finite.
 * @param arg - argument name used in messages (default "tiers"), so an error reads "tiers: row 3 …".
 * @returns the tiers.
 * @throws KpiError "value" naming the argument and row (empty, non-number, not ascending); "num" for a negative
 *   bound.
 * @example makeTiers([{ row: 2, key: 0, value: 0.04 }, { row: 3, key: 150000, value: 0.06 }])
 *   // { bounds: [0, 150000], rates: [0.04, 0.06] }
 */
export function makeTiers(rows: readonly NumericRow[], arg = "tiers"): Tiers {
  checkNumericRows(rows, arg);
  for (const r of rows) {
    if (r.key < 0) throw new KpiError("num", "err.table.negative", { arg, row: r.row, column: 1 });
  }
  return { bounds: rows.map((r) => r.key), rates: rows.map((r) => r.value) };
}

interface Resolved {
  tiers: Tiers;
  quota: number | null;
  /** Absolute lower bounds; Infinity past the last for convenience. */
  lower: number[];
}

function resolve(tiers: Tiers, quota: number | null | undefined): Resolved {
  if (!tiers || tiers.bounds.length === 0 || tiers.bounds.length !== tiers.rates.length) {
    throw new KpiError("value", "err.table.empty", { arg: "tiers" });
  }
  const q = quota == null ? null : requirePositive("quota", quota);
  const lower = tiers.bounds.map((b) => (q === null ? b : b * q));
  lower.push(Infinity);
  return { tiers, quota: q, lower };
}

/** 0-based tier holding x, or −1 below the first bound. */
function tierIndex(x: number, r: Resolved): number {
  return lastIndexAtOrBelow(r.tiers.bounds, r.quota === null ? x : x / r.quota);
}

/** F(x) = x × rate(x), the retro commission on a cumulative amount. */
function retroTotal(x: number, r: Resolved): number {
  const i = tierIndex(x, r);
  return i < 0 ? 0 : x * r.tiers.rates[i];
}

function upper(r: Resolved, i: number): number | null {
  const to = r.lower[i + 1];
  return to === Infinity ? null : to;
}

function compute(amount: number, tiers: Tiers, opts: TierOptions): ExplainLine[] {
  const a = requireNonNegative("amount", amount);
  const prior = opts.prior == null ? 0 : requireNonNegative("prior", opts.prior);
  const method = requireOption("method", opts.method, ["marginal", "retro"] as const);
  const r = resolve(tiers, opts.quota);
  const end = prior + a;
  const lines: ExplainLine[] = [];
  let total = 0;
  if (method === "marginal") {
    for (let i = 0; i < r.tiers.rates.length; i++) {
      const from = Math.max(prior, r.lower[i]);
      const to = Math.min(end, r.lower[i + 1]);
      if (!(to > from)) continue;
      // When the whole amount sits in one tier, use it as given rather than (prior + amount) − prior.
      const inTier = from === prior && to === end ? a : to - from;
      const commission = inTier * r.tiers.rates[i];
      total += commission;
      lines.push({
        kind: "tier",
        tier: i + 1,
        from: r.lower[i],
        to: upper(r, i),
        amount: inTier,
        rate: r.tiers.rates[i],
        commission,
      });
    }
  } else {
    const reached = tierIndex(end, r);
    const gross = retroTotal(end, r);
    if (reached >= 0) {
      lines.push({
        kind: "tier",
        tier: reached + 1,
        from: r.lower[reached],
        to: upper(r, reached),
        amount: end,
        rate: r.tiers.rates[reached],
        commission: gross,
      });
    }
    let paid = 0;
    if (prior > 0) {
      const before = tierIndex(prior, r);
      paid = retroTotal(prior, r);
      lines.push({
        kind: "prior",
        tier: before < 0 ? null : before + 1,
        from: before < 0 ? null : r.lower[before],
        to: before < 0 ? null : upper(r, before),
        amount: prior,
        rate: before < 0 ? 0 : r.tiers.rates[before],
        commission: paid === 0 ? 0 : -paid,
      });
    }
    total = gross - paid;
  }
  lines.push({
    kind: "total",
    tier: null,
    from: null,
    to: null,
    amount: a,
    rate: null,
    commission: finiteResult(total),
  });
  for (const line of lines) finiteResult(line.commission);
  return lines;
}

/**
 * Tiered commission on `amount`, credited after `prior`.
 * Marginal: each slice of [prior, prior + amount] earns the rate of its tier, like tax brackets.
 * Retro: the true-up `F(prior + amount) − F(prior)` with `F(x) = x × rate(x)`.
 * @param amount - the amount to pay commission on, ≥ 0.
 * @param tiers - from {@link makeTiers}.
 * @param opts - method, quota, prior.
 * @returns the commission.
 * @throws KpiError "num" when amount < 0, prior < 0 or quota ≤ 0; "value" for unknown method.
 * @example
 * const tiers = { bounds: [0, 150000, 250000], rates: [0.04, 0.06, 0.08] };
 * tiered(20000, tiers, { prior: 145000 }) // 1100 = 5000 × 4% + 15000 × 6%
 */
export function tiered(amount: number, tiers: Tiers, opts: TierOptions = {}): number {
  const lines = compute(amount, tiers, opts);
  return lines[lines.length - 1].commission;
}

/**
 * The computation of {@link tiered}, line by line. Marginal: one "tier" line per tier the amount touches (from/to
 * are the tier's bounds, amount the part of the amount in it). Retro: one "tier" line for the tier reached by
 * prior + amount (amount = prior + amount, commission F(prior + amount)) and, when prior > 0, a "prior" line
 * subtracting F(prior). Always last, a "total" line whose commission equals `tiered` for the same arguments.
 * @param amount - the amount, ≥ 0.
 * @param tiers - from {@link makeTiers}.
 * @param opts - method, quota, prior.
 * @returns the lines.
 * @throws KpiError as {@link tiered}.
 * @example
 * explainTiered(20000, { bounds: [0, 150000, 250000], rates: [0.04, 0.06, 0.08] }, { prior: 145000 })
 *  .map((l) => l.commission) // [200, 900, 1100]
 */
export function explainTiered(amount: number, tiers: Tiers, opts: TierOptions = {}): ExplainLine[] {
  return compute(amount, tiers, opts);
}

/**
 * How much more is needed to reach the next tier's bound.
 * @param amount - the cumulative amount so far, ≥ 0.
 * @param tiers - from {@link makeTiers}.
 * @param quota - when given (> 0), bounds are fractions of it.
 * @returns next bound (× quota) − amount; below the first tier, the distance to the first bound.
 * @throws KpiError "na" "err.tier.top" in the top tier; "num" when amount < 0 or quota ≤ 0.
 * @example nextTier(145000, { bounds: [0, 150000, 250000], rates: [0.04, 0.06, 0.08] }) // 5000
 */
export function nextTier(amount: number, tiers: Tiers, quota?: number | null): number {
  const a = requireNonNegative("amount", amount);
  const r = resolve(tiers, quota);
  const i = tierIndex(a, r);
  if (i === r.tiers.bounds.length - 1) throw new KpiError("na", "err.tier.top");
  return finiteResult(Math.max(0, r.lower[i + 1] - a));
}
