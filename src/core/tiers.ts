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
import {
  cellForm,
  columnOf,
  finiteResult,
  requireNonNegative,
  requireOption,
  requirePositive,
  uncomputed,
  type CellForm,
} from "./numeric";

/** `lastIndexAtOrBelow`, bound once: the element forms call it for every element (see `Cell` in ./numeric). */
const atOrBelow = lastIndexAtOrBelow;

/** Accepted methods, default first (one array for every call: these checks run once per element). */
const METHODS = ["marginal", "retro"] as const;

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
  const q = checkTiers(tiers, quota);
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

/** The explain line of tier `i` (0-based): its bounds and rate, the amount counted in it and its commission. */
function tierLine(r: Resolved, i: number, amount: number, commission: number): ExplainLine {
  return {
    kind: "tier",
    tier: i + 1,
    from: r.lower[i],
    to: upper(r, i),
    amount,
    rate: r.tiers.rates[i],
    commission,
  };
}

function compute(amount: number, tiers: Tiers, opts: TierOptions): ExplainLine[] {
  const a = requireNonNegative("amount", amount);
  const prior = opts.prior == null ? 0 : requireNonNegative("prior", opts.prior);
  const method = requireOption("method", opts.method, METHODS);
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
      lines.push(tierLine(r, i, inTier, commission));
    }
  } else {
    const reached = tierIndex(end, r);
    const gross = retroTotal(end, r);
    if (reached >= 0) {
      lines.push(tierLine(r, reached, end, gross));
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
 * Checks tiers and quota once for a whole computation.
 * @returns the quota as a number, or null when the bounds are absolute.
 */
function checkTiers(tiers: Tiers, quota: number | null | undefined): number | null {
  if (!tiers || tiers.bounds.length === 0 || tiers.bounds.length !== tiers.rates.length) {
    throw new KpiError("value", "err.table.empty", { arg: "tiers" });
  }
  return quota == null ? null : requirePositive("quota", quota);
}

/**
 * The commission of {@link tiered} on validated input, without building explain lines: the same operations in
 * the same order as `compute`, so the two agree to the last bit.
 */
function commission(
  a: number,
  prior: number,
  retro: boolean,
  bounds: readonly number[],
  rates: readonly number[],
  q: number | null,
): number {
  // Any non-finite part makes the total non-finite (an infinite slice commission leaves the sum infinite or
  // NaN; in retro, either term makes the difference non-finite), so one check covers every line of `compute`.
  return finiteResult(rawCommission(a, prior, retro, bounds, rates, q ?? 0));
}

/**
 * {@link commission} before its finiteness check: may be ±Infinity or NaN on overflow. Absolute bounds are
 * `bound × quota`, computed as they are read (a multiply costs less than any cache lookup and cannot go stale if
 * the tiers object changes).
 * @param q - the quota, or 0 when the bounds are absolute (a quota is > 0).
 */
function rawCommission(
  a: number,
  prior: number,
  retro: boolean,
  bounds: readonly number[],
  rates: readonly number[],
  q: number,
): number {
  const end = prior + a;
  if (retro) {
    const gross = retroAt(end, bounds, rates, q);
    const paid = prior > 0 ? retroAt(prior, bounds, rates, q) : 0;
    return gross - paid;
  }
  const n = rates.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const lower = q === 0 ? bounds[i] : bounds[i] * q;
    // Bounds ascend, so this tier and every later one start at or past the end: none holds any of the amount.
    if (lower >= end) break;
    const next = i + 1 < n ? (q === 0 ? bounds[i + 1] : bounds[i + 1] * q) : Infinity;
    const from = Math.max(prior, lower);
    const to = Math.min(end, next);
    if (!(to > from)) continue;
    total += (from === prior && to === end ? a : to - from) * rates[i];
  }
  return total;
}

/** F(x) = x × rate(x) on validated tiers (see `retroTotal`); `q` as in {@link rawCommission}. */
function retroAt(x: number, bounds: readonly number[], rates: readonly number[], q: number): number {
  const i = atOrBelow(bounds, q === 0 ? x : x / q);
  return i < 0 ? 0 : x * rates[i];
}

/** True for a finite number ≥ 0 (−0 included), the common case of `requireNonNegative`. */
function isNonNegative(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value < Infinity;
}

/**
 * Tiered commission on `amount`, credited after `prior`.
 * Marginal: each slice of [prior, prior + amount] earns the rate of its tier, like tax brackets.
 * Retro: the true-up `F(prior + amount) − F(prior)` with `F(x) = x × rate(x)`.
 * @param amount - the amount to pay commission on, ≥ 0.
 * @param tiers - from {@link makeTiers}.
 * @param opts - method, quota, prior.
 * @returns the commission; equal to the total line of {@link explainTiered}.
 * @throws KpiError "num" when amount < 0, prior < 0 or quota ≤ 0; "value" for unknown method.
 * @example
 * const tiers = { bounds: [0, 150000, 250000], rates: [0.04, 0.06, 0.08] };
 * tiered(20000, tiers, { prior: 145000 }) // 1100 = 5000 × 4% + 15000 × 6%
 */
export function tiered(amount: number, tiers: Tiers, opts: TierOptions = {}): number {
  const a = requireNonNegative("amount", amount);
  const prior = opts.prior == null ? 0 : requireNonNegative("prior", opts.prior);
  const method = requireOption("method", opts.method, METHODS);
  const q = checkTiers(tiers, opts.quota);
  return commission(a, prior, method === "retro", tiers.bounds, tiers.rates, q);
}

/** {@link tiered} with tiers, method and quota fixed: the commission on an amount credited after `prior`. */
export interface PreparedTiered {
  /**
   * @param amount - the amount, ≥ 0.
   * @param prior - amount already credited; null or omitted: the prior given to {@link prepareTiered}, else 0.
   * @returns the commission.
   * @throws KpiError as {@link tiered}.
   */
  (amount: number, prior?: number | null): number;
  /**
   * Many amounts at once, each after the prepared prior: `out[i]` is the commission on `amounts[i]`, or NaN where
   * that call throws (no commission is ever NaN, so NaN means "call again for the error"). One loop per prepared
   * rule keeps the per-amount call cheap whichever other rules run in the same process.
   * @param amounts - the amounts.
   * @param out - receives one result per amount.
   */
  column(amounts: ArrayLike<number>, out: Float64Array): void;
  /** The element form of `column` (absent for an invalid plan: every amount goes to `tiered`). */
  readonly cells?: CellForm;
}

/**
 * Prepares {@link tiered} for many amounts under one plan: tiers, method and quota are checked once, and each
 * call only checks its amount and prior. Use it in loops over rows (KPI.TIERED over a range, reports).
 * Every result and every error is exactly what `tiered(amount, tiers, { method, quota, prior })` gives for the
 * same arguments, including which argument an error names first (amount, then prior, then method, tiers, quota).
 * The tiers are copied: changing the object afterwards does not affect the prepared function.
 * @param tiers - from {@link makeTiers}.
 * @param opts - method, quota, and the prior used by calls that pass none (checked with each call's amount).
 * @returns the prepared function.
 * @throws never itself: invalid tiers or options make every call throw what `tiered` throws.
 * @example
 * const commissionOf = prepareTiered({ bounds: [0, 150000, 250000], rates: [0.04, 0.06, 0.08] });
 * commissionOf(20000, 145000) // 1100
 */
export function prepareTiered(tiers: Tiers, opts: TierOptions = {}): PreparedTiered {
  const { method, quota, prior: fixedPrior } = opts;
  const slow = (amount: number, prior?: number | null) =>
    tiered(amount, tiers, { method, quota, prior: prior ?? fixedPrior });
  try {
    const retro = requireOption("method", method, METHODS) === "retro";
    const q = checkTiers(tiers, quota) ?? 0;
    const bounds = tiers.bounds.slice();
    const rates = tiers.rates.slice();
    const one = (amount: number, prior?: number | null) => {
      const a = isNonNegative(amount) ? amount : requireNonNegative("amount", amount);
      const given = prior ?? fixedPrior;
      const p = given == null ? 0 : isNonNegative(given) ? given : requireNonNegative("prior", given);
      return finiteResult(rawCommission(a, p, retro, bounds, rates, q));
    };
    // A prior that is not a finite number ≥ 0 fails every call after its amount is checked: the column leaves
    // every amount to the call (-1 is never a prior `one` accepts).
    const p = fixedPrior == null ? 0 : isNonNegative(fixedPrior) ? fixedPrior : -1;
    const params = Float64Array.of(p, retro ? 1 : 0, q);
    const column = (amounts: ArrayLike<number>, out: Float64Array): void =>
      tieredColumn(amounts, params, bounds, rates, out);
    return Object.assign(one, { column, cells: cellForm(tieredCell, params, bounds, rates) });
  } catch {
    // Invalid plan: `tiered` itself decides which error each call reports (an amount error comes first).
    return Object.assign(slow, { column: columnOf(slow) });
  }
}

/**
 * The column form of {@link prepareTiered}: `out[k]` is the commission on `amounts[k]` after `prior`, NaN where
 * the call throws (an amount or prior that is not a finite number ≥ 0, an overflow). A module-level loop of arrays
 * and numbers only, so its optimized code holds nothing of one call (see {@link nextTierColumn}).
 * @param prior - the prepared prior, or −1 when it is invalid (every amount is left to the call).
 * @param q - the quota, or 0 when the bounds are absolute.
 */
function tieredColumn(
  amounts: ArrayLike<number>,
  p: Float64Array,
  bounds: readonly number[],
  rates: readonly number[],
  out: Float64Array,
): void {
  for (let k = 0; k < amounts.length; k++) out[k] = tieredCell(amounts[k], 0, p, bounds, rates);
}

/**
 * The element form of {@link prepareTiered} (a `Cell`): the commission on amount `a`, NaN where the call throws.
 * @param p - the prior (−1 when invalid), retro (1/0), the quota (0 when the bounds are absolute).
 */
function tieredCell(
  a: number,
  _: number,
  p: Float64Array,
  bounds: readonly number[],
  rates: readonly number[],
): number {
  const prior = p[0];
  if (!(a >= 0 && a < Infinity && prior >= 0)) return uncomputed();
  const c = rawCommission(a, prior, p[1] === 1, bounds, rates, p[2]);
  // `finiteResult`'s answer without throwing: -0 reads 0, an overflow NaN (the call gives its error).
  return c - c === 0 ? c + 0 : c - c;
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

/** {@link nextTier} with tiers and quota fixed, and its column form. */
export interface PreparedNextTier {
  (amount: number): number;
  /**
   * Many amounts at once: `out[i]` is the amount still needed, Infinity where the amount is in the top tier (the
   * next bound is at infinity: the call throws {@link PreparedNextTier.atInfinity}), or NaN where the call throws
   * anything else (call again for the error). The top tier is an ordinary answer for many amounts, so the column
   * throws nothing for it: a thrown and caught error costs more than the rest of the work on one amount.
   * @param amounts - the amounts.
   * @param out - receives one result per amount.
   */
  column(amounts: ArrayLike<number>, out: Float64Array): void;
  /** What a call throws for an amount the column form answered with Infinity (#N/A, the top tier). */
  readonly atInfinity: unknown;
  /** The element form of `column` (absent for an invalid plan). */
  readonly cells?: CellForm;
}

/**
 * Prepares {@link nextTier} for many amounts under one plan: the tiers and the quota are checked, and the bounds
 * scaled, once. Every result and error is exactly what `nextTier(amount, tiers, quota)` gives (an amount that is
 * not a finite number ≥ 0, or an invalid plan, is handed to `nextTier` itself).
 * @param tiers - from {@link makeTiers}; copied.
 * @param quota - when given (> 0), bounds are fractions of it.
 * @returns the prepared function.
 * @example prepareNextTier({ bounds: [0, 150000], rates: [0.04, 0.06] })(145000) // 5000
 */
export function prepareNextTier(tiers: Tiers, quota?: number | null): PreparedNextTier {
  let one: (amount: number) => number;
  try {
    const r = resolve({ bounds: tiers.bounds.slice(), rates: tiers.rates.slice() }, quota);
    const top = r.tiers.bounds.length - 1;
    // The top tier is an ordinary answer (#N/A) for many amounts: one error object, thrown as often as needed,
    // instead of building (and capturing a stack for) one per amount.
    const inTopTier = new KpiError("na", "err.tier.top");
    one = (amount) => {
      if (!isNonNegative(amount)) return nextTier(amount, tiers, quota);
      const i = tierIndex(amount, r);
      if (i === top) throw inTopTier;
      return finiteResult(Math.max(0, r.lower[i + 1] - amount));
    };
    const scale = Float64Array.of(r.quota ?? 1);
    const column = (amounts: ArrayLike<number>, out: Float64Array): void =>
      nextTierColumn(amounts, r.tiers.bounds, r.lower, scale, out);
    const cells = cellForm(nextTierCell, scale, r.tiers.bounds, r.lower);
    return Object.assign(one, { column, atInfinity: inTopTier, cells });
  } catch {
    one = (amount) => nextTier(amount, tiers, quota);
  }
  return Object.assign(one, { column: columnOf(one), atInfinity: undefined });
}

/**
 * The column form of {@link prepareNextTier}: `out[k]` is the amount still needed, Infinity in the top tier, NaN
 * where the call throws anything else. A module-level loop of arrays and numbers only, so its optimized code
 * holds nothing of one call (see `copyNumbers` in src/functions/args.ts).
 * @param amounts - the amounts.
 * @param bounds - the tiers' bounds as given (fractions of the quota when there is one), ascending.
 * @param lower - the bounds scaled by the quota, then Infinity.
 * @param scale - one number: the quota, or 1 (x / 1 is x exactly): an amount's tier compares amount / scale with `bounds`,
 *   as {@link nextTier} does.
 * @param out - receives one result per amount.
 */
function nextTierColumn(
  amounts: ArrayLike<number>,
  bounds: readonly number[],
  lower: readonly number[],
  scale: Float64Array,
  out: Float64Array,
): void {
  for (let k = 0; k < amounts.length; k++) out[k] = nextTierCell(amounts[k], 0, scale, bounds, lower);
}

/** The element form of {@link prepareNextTier} (a `Cell`); `p`: the scale; `bounds`, `lower` as in {@link nextTierColumn}. */
function nextTierCell(
  amount: number,
  _: number,
  p: Float64Array,
  bounds: readonly number[],
  lower: readonly number[],
): number {
  if (!(amount >= 0 && amount < Infinity)) return uncomputed();
  const top = bounds.length - 1;
  const i = atOrBelow(bounds, amount / p[0]);
  // `one`'s answer without throwing: Infinity for the top tier; NaN for an overflow (a bound × quota past the
  // largest number), so the call gives its error. Math.max(0, …) is never −0 here.
  const needed = i === top ? Infinity : Math.max(0, lower[i + 1] - amount);
  return i === top || needed - needed === 0 ? needed : needed - needed;
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
