/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands every range over as any[][] (functions.md
   rule 2), and custom-functions-metadata reads these declared types to write functions.json. */
/**
 * The `KPI.` custom functions. Each is a top-level `export function` whose JSDoc is its metadata
 * (custom-functions-metadata-plugin turns this file into functions.json; build/localize-functions.js adds the
 * Chinese metadata). Each body is the shape of HyperFormula's `runFunction`: the argument helpers (`./args`),
 * one call into `src/core`, and the shared error mapping (`run`, `elementwise`).
 *
 * Every parameter is `any[][]`: Excel passes a single cell or literal as `[[v]]` and an omitted optional
 * argument as `null` (TypeScript defaults never fire). Every result is a matrix; 1×1 shows as a single value.
 */
import * as core from "../core";
import { calibrated, drawsLayout, labelLayout, paceLabels, weightedRows } from "./aggregates";
import {
  elementwise,
  fixedCells,
  labelIdsOrErrors,
  labelCounts,
  numberCellsOrErrors,
  presentNumberRows,
  run,
  single,
  toBoolean,
  toLabel,
  toNumber,
  toRequiredNumber,
  vectorGrid,
  withOptions,
  type ColumnRule1,
  type ColumnRule2,
  type Out,
} from "./args";
import { toCalibration, toDrawType, toTierMethod } from "./options";
import { params } from "./params";
import { bandsTable, curveTable, distCheckLayout, explainLayout, guideTable, tiersTable } from "./tables";

/** The element-wise functions' parameters, in order ("?": optional), read as `./params` declares. */
const ATTAINMENT = params("actual target direction?");
const SCORE = params("actual target direction? threshold? cap? fullScore?");
const STEPSCORE = params(
  "actual target step pointsAbove pointsBelow? minPoints? maxPoints? direction? rounding?",
);
const BANDSCORE = params("actual target band fullScore? direction?");
const CURVE = params("x mode? below?");
const TIERED = params("amount method? quota? prior?");
const NEXTTIER = params("amount quota?");
const BONUS = params("targetBonus attainment gate? multiplier? proration? cap?");
const PRORATE = params("value start end periodStart periodEnd basis?");
const RATING = params("score");
const NINEBOX = params("performance potential");
const PACE = params("actual target elapsed total tolerance?");

/**
 * How much of the target was reached: actual / target, or 2 − actual / target (never below 0) when lower is better.
 * @customfunction ATTAINMENT ATTAINMENT
 * @param actual The result achieved: a number or a range.
 * @param target The target: a number or a range of the same size. 0 gives #DIV/0!, below 0 gives #NUM!.
 * @param [direction] "higher" (default) when more is better, "lower" for complaints, churn or cost.
 * @returns The attainment as a fraction (1 = 100%), in the shape of the ranges.
 */
export function attainment(actual: any[][], target: any[][], direction?: any[][]): any[][] {
  return run("ATTAINMENT", (ctx) =>
    elementwise(
      ctx,
      ATTAINMENT(actual, target, direction),
      ...withOptions(2, (d?: core.Direction) => d, core.attainment, core.prepareAttainment),
    ),
  );
}

/**
 * Scorecard points: attainment below the threshold scores 0, otherwise min(attainment, cap) × full score.
 * @customfunction SCORE SCORE
 * @param actual The result achieved: a number or a range.
 * @param target The target: a number or a range of the same size.
 * @param [direction] "higher" (default) or "lower" when less is better.
 * @param [threshold] Attainment below this scores 0 (default 0, e.g. 0.8 for 80%).
 * @param [cap] Attainment counted at most up to this (default 1 = 100%).
 * @param [fullScore] Points at 100% attainment (default 100).
 * @returns The score, in the shape of the ranges.
 */
export function score(
  actual: any[][],
  target: any[][],
  direction?: any[][],
  threshold?: any[][],
  cap?: any[][],
  fullScore?: any[][],
): any[][] {
  return run("SCORE", (ctx) =>
    elementwise(
      ctx,
      SCORE(actual, target, direction, threshold, cap, fullScore),
      ...withOptions(
        2,
        (
          direction?: core.Direction,
          threshold?: number,
          cap?: number,
          fullScore?: number,
        ): core.ScoreOptions => ({ direction, threshold, cap, fullScore }),
        core.score,
        core.prepareScore,
      ),
    ),
  );
}

/**
 * Points per whole step above or below target, e.g. +1 point per 100,000 over target and −1 per 100,000 short.
 * @customfunction STEPSCORE STEPSCORE
 * @param actual The result achieved: a number or a range.
 * @param target The target: a number or a range of the same size.
 * @param step The size of one step (greater than 0).
 * @param pointsAbove Points per step at or above target.
 * @param [pointsBelow] Points taken per step below target (default: pointsAbove).
 * @param [minPoints] Lowest result (default: no limit).
 * @param [maxPoints] Highest result (default: no limit).
 * @param [direction] "higher" (default) or "lower" when less is better.
 * @param [rounding] "floor" (default) counts whole steps only; "prorata" counts fractions of a step.
 * @returns The points, in the shape of the ranges.
 */
export function stepscore(
  actual: any[][],
  target: any[][],
  step: any[][],
  pointsAbove: any[][],
  pointsBelow?: any[][],
  minPoints?: any[][],
  maxPoints?: any[][],
  direction?: any[][],
  rounding?: any[][],
): any[][] {
  return run("STEPSCORE", (ctx) =>
    elementwise(
      ctx,
      STEPSCORE(actual, target, step, pointsAbove, pointsBelow, minPoints, maxPoints, direction, rounding),
      ...withOptions(
        2,
        (
          step: number,
          above: number,
          pointsBelow?: number,
          minPoints?: number,
          maxPoints?: number,
          direction?: core.Direction,
          rounding?: core.StepScoreOptions["rounding"],
        ) => ({ step, above, opts: { pointsBelow, minPoints, maxPoints, direction, rounding } }),
        (a, t, o) => core.stepScore(a, t, o.step, o.above, o.opts),
        (o) => core.prepareStepScore(o.step, o.above, o.opts),
      ),
    ),
  );
}

/**
 * Linear score across a band around target: full score at target + band, 0 at target − band (mirrored when lower is better).
 * @customfunction BANDSCORE BANDSCORE
 * @param actual The result achieved: a number or a range.
 * @param target The target: a number or a range of the same size.
 * @param band The half-width of the band (greater than 0), e.g. 0.02 for 2 percentage points.
 * @param [fullScore] Points at the good edge of the band (default 100).
 * @param [direction] "higher" (default) or "lower" when less is better.
 * @returns The score between 0 and the full score, in the shape of the ranges.
 */
export function bandscore(
  actual: any[][],
  target: any[][],
  band: any[][],
  fullScore?: any[][],
  direction?: any[][],
): any[][] {
  return run("BANDSCORE", (ctx) =>
    elementwise(
      ctx,
      BANDSCORE(actual, target, band, fullScore, direction),
      ...withOptions(
        2,
        (band: number, fullScore?: number, direction?: core.Direction) => ({
          band,
          opts: { fullScore, direction },
        }),
        (a, t, o) => core.bandScore(a, t, o.band, o.opts),
        (o) => core.prepareBandScore(o.band, o.opts),
      ),
    ),
  );
}

/**
 * Reads a payout or scoring curve: interpolates between points, or steps; below the first point gives the threshold value, at or above the last point the cap.
 * @customfunction CURVE CURVE
 * @param x Where to read the curve, e.g. an attainment: a number or a range.
 * @param curve Two columns (point, value), points ascending; a header row and blank rows are ignored.
 * @param [mode] "linear" (default) interpolates between points; "step" takes the value of the last point at or below x.
 * @param [below] The value below the first point (default 0).
 * @returns The curve values, in the shape of x.
 */
export function curve(x: any[][], curve: any[][], mode?: any[][], below?: any[][]): any[][] {
  return run("CURVE", (ctx) => {
    const table = curveTable(ctx, "curve", curve);
    return elementwise(ctx, CURVE(x, mode, below), (v, m, b) => core.curveValue(v, table, m, b), {
      lead: 1,
      make: (m, b) => core.prepareCurve(table, m, b),
    });
  });
}

/**
 * Tiered commission, marginal (each slice at its tier's rate, like tax brackets) or retro (the whole amount at the rate of the tier reached).
 * @customfunction TIERED TIERED
 * @param amount The amount to pay commission on (0 or more): a number or a range.
 * @param tiers Two columns (lower bound, rate), bounds ascending; amounts, or fractions of quota when quota is given.
 * @param [method] "marginal" (default) or "retro".
 * @param [quota] When given (greater than 0), tier bounds are fractions of this quota.
 * @param [prior] Amount already credited earlier in the same quota period (default 0).
 * @returns The commission, in the shape of the ranges.
 */
export function tiered(
  amount: any[][],
  tiers: any[][],
  method?: any[][],
  quota?: any[][],
  prior?: any[][],
): any[][] {
  return run("TIERED", (ctx) => {
    const table = tiersTable(ctx, "tiers", tiers);
    return elementwise(
      ctx,
      TIERED(amount, method, quota, prior),
      ...withOptions(
        1,
        (method?: core.TierOptions["method"], quota?: number, prior?: number): core.TierOptions => ({
          method,
          quota,
          prior,
        }),
        (a, o) => core.tiered(a, table, o),
        (o) => core.prepareTiered(table, o),
      ),
    );
  });
}

/**
 * Shows a tiered commission line by line: Tier, From, To, Amount in tier, Rate, Commission, and the total.
 * @customfunction EXPLAIN EXPLAIN
 * @param amount One amount (0 or more).
 * @param tiers Two columns (lower bound, rate), bounds ascending.
 * @param [method] "marginal" (default) or "retro".
 * @param [quota] When given (greater than 0), tier bounds are fractions of this quota.
 * @param [prior] Amount already credited earlier in the same quota period (default 0).
 * @returns A table with a header row; its last row is the total, equal to KPI.TIERED.
 */
export function explain(
  amount: any[][],
  tiers: any[][],
  method?: any[][],
  quota?: any[][],
  prior?: any[][],
): any[][] {
  return run("EXPLAIN", (ctx) => {
    const table = tiersTable(ctx, "tiers", tiers);
    const a = single(ctx, "amount", amount, toNumber);
    if (a === undefined) return [[""]];
    const opts = {
      method: single(ctx, "method", method, toTierMethod),
      quota: single(ctx, "quota", quota, toNumber),
      prior: single(ctx, "prior", prior, toNumber),
    };
    return explainLayout(ctx, core.explainTiered(a, table, opts));
  });
}

/**
 * How much more amount is needed to reach the next tier's lower bound.
 * @customfunction NEXTTIER NEXTTIER
 * @param amount The amount so far (0 or more): a number or a range.
 * @param tiers Two columns (lower bound, rate), bounds ascending.
 * @param [quota] When given (greater than 0), tier bounds are fractions of this quota.
 * @returns The amount still needed, in the shape of amount; #N/A in the top tier.
 */
export function nexttier(amount: any[][], tiers: any[][], quota?: any[][]): any[][] {
  return run("NEXTTIER", (ctx) => {
    const table = tiersTable(ctx, "tiers", tiers);
    return elementwise(ctx, NEXTTIER(amount, quota), (a, q) => core.nextTier(a, table, q), {
      lead: 1,
      make: (q) => core.prepareNextTier(table, q),
    });
  });
}

/**
 * Weighted composite score: Σ weight × score / Σ weight over the scores present. A block of scores gives one composite per row.
 * @customfunction WEIGHTED WEIGHTED
 * @param scores A row or column of scores, or a block with one person per row. Blank scores are skipped.
 * @param weights Weights (0 or more) of the same shape, or one row of weights for a block of scores.
 * @param [normalize] TRUE (default) divides by the weights of the scores present; FALSE gives Σ weight × score.
 * @returns One composite, or a column with one composite per row of a block.
 */
export function weighted(scores: any[][], weights: any[][], normalize?: any[][]): any[][] {
  return run("WEIGHTED", (ctx) =>
    weightedRows(ctx, scores, weights, single(ctx, "normalize", normalize, toBoolean), (w, n) =>
      core.prepareWeighted(w, n),
    ),
  );
}

/**
 * Bonus: target bonus × payout curve at the attainment × multiplier × proration, at most the cap; 0 when the gate fails.
 * @customfunction BONUS BONUS
 * @param targetBonus The bonus at 100% payout (0 or more): a number or a range.
 * @param attainment The attainment read on the curve (1 = 100%): a number or a range.
 * @param curve Two columns (attainment, payout), ascending; read linearly.
 * @param [gate] TRUE/FALSE or a number (0 fails); a failed gate pays 0. Blank: no gate.
 * @param [multiplier] Individual or company multiplier (default 1).
 * @param [proration] Share of the period in the role (default 1), e.g. from KPI.PRORATE.
 * @param [cap] Highest payout as an amount (default: none).
 * @returns The bonus amounts, in the shape of the ranges.
 */
export function bonus(
  targetBonus: any[][],
  attainment: any[][],
  curve: any[][],
  gate?: any[][],
  multiplier?: any[][],
  proration?: any[][],
  cap?: any[][],
): any[][] {
  return run("BONUS", (ctx) => {
    const table = curveTable(ctx, "curve", curve);
    return elementwise(
      ctx,
      BONUS(targetBonus, attainment, gate, multiplier, proration, cap),
      ...withOptions(
        2,
        (gate?: boolean, multiplier?: number, proration?: number, cap?: number): core.BonusOptions => ({
          gate,
          multiplier,
          proration,
          cap,
        }),
        (b, a, o) => core.bonus(b, a, table, o),
        (o) => core.prepareBonus(table, o),
      ),
    );
  });
}

/**
 * The share of a value for the part of a period a person was in the role (new hires, leavers, plan changes).
 * @customfunction PRORATE PRORATE
 * @param value The full-period value, e.g. a target bonus: a number or a range.
 * @param start First day in the role; blank means the period start.
 * @param end Last day in the role; blank means the period end.
 * @param periodStart First day of the period.
 * @param periodEnd Last day of the period.
 * @param [basis] "days" (default): actual days; "months": every calendar month weighs the same.
 * @returns value × covered / period, in the shape of the ranges.
 */
export function prorate(
  value: any[][],
  start: any[][],
  end: any[][],
  periodStart: any[][],
  periodEnd: any[][],
  basis?: any[][],
): any[][] {
  return run("PRORATE", (ctx) =>
    elementwise(
      ctx,
      PRORATE(value, start, end, periodStart, periodEnd, basis),
      (v, s, e, ps, pe, b) => core.prorate(v, s, e, ps, pe, b),
      { lead: 2, make: (e, ps, pe, b) => core.prepareProrate(e, ps, pe, b) },
    ),
  );
}

/**
 * The rating label of a score: the label of the last band whose minimum is at or below the score.
 * @customfunction RATING RATING
 * @param score The score: a number or a range.
 * @param bands Two columns (minimum score, label), minimums ascending.
 * @returns The labels, in the shape of score; #N/A below the lowest band.
 */
export function rating(score: any[][], bands: any[][]): any[][] {
  return run("RATING", (ctx) => {
    const { bands: table, labels } = bandsTable(ctx, "bands", bands);
    const labelOf = (s: number): Out => {
      const label = core.rating(s, table);
      return labels.get(label) ?? label;
    };
    // A range of plain scores goes through the core's band loop in one call, each band's label looked up once.
    const mins = Float64Array.from(table, (band) => band.min);
    const bandLabels = table.map((band) => labels.get(band.label) ?? band.label);
    const rule: ColumnRule1 = Object.assign((s: number) => labelOf(s), {
      column: (a: ArrayLike<number>, out: Float64Array) => core.ratingColumn(a, mins, out),
      labels: bandLabels,
      cells: core.cellForm(
        core.ratingCell,
        new Float64Array(0),
        table.map((band) => band.min),
      ),
    });
    return elementwise(ctx, RATING(score), labelOf, { lead: 1, make: () => rule });
  });
}

/**
 * Forced or guided distribution: ranks the scores and hands out labels by the guide's shares (e.g. 20% / 70% / 10%); equal scores get the same label.
 * @customfunction DISTRIBUTE DISTRIBUTE
 * @param scores The scores to rank (a range); blank scores get a blank.
 * @param guide Two columns (label, share), best label first; shares add up to 100%.
 * @returns One label per score, in the shape of scores.
 */
export function distribute(scores: any[][], guide: any[][]): any[][] {
  return run("DISTRIBUTE", (ctx) => {
    const { guide: table, labels } = guideTable(ctx, "guide", guide);
    const input = numberCellsOrErrors(ctx, "scores", scores);
    return labelLayout(input, core.distributeColumn(input.values, table), (k) => {
      const label = table[k].label;
      return labels.get(label) ?? label;
    });
  });
}

/**
 * The actual rating distribution against the guide: Label, Target share, Count, Actual share, Gap, Within tolerance.
 * @customfunction DISTCHECK DISTCHECK
 * @param ratings The ratings given (a range); blanks are skipped, labels not in the guide count as Other.
 * @param guide Two columns (label, share), best label first; shares add up to 100%.
 * @param [tolerance] The largest acceptable gap between actual and target share (default 0.05).
 * @returns A table with a header row and one row per label.
 */
export function distcheck(ratings: any[][], guide: any[][], tolerance?: any[][]): any[][] {
  return run("DISTCHECK", (ctx) => {
    const { guide: table, labels } = guideTable(ctx, "guide", guide);
    const given = labelCounts(ctx, "ratings", ratings);
    return distCheckLayout(
      ctx,
      core.distCheckCounts(given, table, single(ctx, "tolerance", tolerance, toNumber)),
      labels,
    );
  });
}

/**
 * The nine-box grid position: (potential level − 1) × 3 + performance level, 1 = low/low to 9 = high/high.
 * @customfunction NINEBOX NINEBOX
 * @param performance The performance score: a number or a range.
 * @param potential The potential score: a number or a range of the same size.
 * @param performanceCuts Two numbers (low, high): level 1 below low, 2 from low, 3 at or above high.
 * @param [potentialCuts] Two numbers (low, high) for potential (default: performanceCuts).
 * @returns The box number 1 to 9, in the shape of the ranges.
 */
export function ninebox(
  performance: any[][],
  potential: any[][],
  performanceCuts: any[][],
  potentialCuts?: any[][],
): any[][] {
  return run("NINEBOX", (ctx) => {
    const perfCuts = fixedCells(ctx, "performanceCuts", performanceCuts, 2, toRequiredNumber) as [
      number,
      number,
    ];
    const potCuts =
      potentialCuts == null
        ? undefined
        : (fixedCells(ctx, "potentialCuts", potentialCuts, 2, toRequiredNumber) as [number, number]);
    return elementwise(
      ctx,
      NINEBOX(performance, potential),
      (perf, pot) => core.nineBox(perf, pot, perfCuts, potCuts),
      { lead: 2, make: () => core.prepareNineBox(perfCuts, potCuts) },
    );
  });
}

/**
 * Employee Net Promoter Score: (promoters − detractors) / responses × 100 on 0–10 answers; hidden below the anonymity threshold.
 * @customfunction ENPS ENPS
 * @param scores The answers, 0 to 10 (a range); blanks are skipped.
 * @param [minResponses] Fewer responses than this give #N/A to protect anonymity (default 3).
 * @param [detractorMax] Highest answer counted as a detractor (default 6).
 * @returns The eNPS, from −100 to 100.
 */
export function enps(scores: any[][], minResponses?: any[][], detractorMax?: any[][]): any[][] {
  return run("ENPS", (ctx) => [
    [
      core.enpsOfParts(
        presentNumberRows(ctx, "scores", scores),
        single(ctx, "minResponses", minResponses, toNumber),
        single(ctx, "detractorMax", detractorMax, toNumber),
      ),
    ],
  ]);
}

/**
 * Share of favourable answers on an agreement scale (4 and 5 on a 1–5 scale); hidden below the anonymity threshold.
 * @customfunction FAVORABLE FAVORABLE
 * @param responses The answers, 1 to scaleMax (a range); blanks are skipped.
 * @param [scaleMax] The top of the scale (default 5); answers above the midpoint are favourable.
 * @param [minResponses] Fewer responses than this give #N/A to protect anonymity (default 3).
 * @returns The favourable share (1 = 100%).
 */
export function favorable(responses: any[][], scaleMax?: any[][], minResponses?: any[][]): any[][] {
  return run("FAVORABLE", (ctx) => [
    [
      core.favorableOfParts(
        presentNumberRows(ctx, "responses", responses),
        single(ctx, "scaleMax", scaleMax, toNumber),
        single(ctx, "minResponses", minResponses, toNumber),
      ),
    ],
  ]);
}

/**
 * Whether a goal is on track for the time gone by: compares actual with target × elapsed / total.
 * @customfunction PACE PACE
 * @param actual The result so far: a number or a range.
 * @param target The target for the whole period.
 * @param elapsed Time gone by, e.g. days elapsed.
 * @param total The whole period in the same unit (greater than 0).
 * @param [tolerance] A lag behind the expected result of at least this share is off track (default 0.1).
 * @param [labels] Three cells: the labels for on track, at risk and off track.
 * @returns The labels, in the shape of the ranges.
 */
export function pace(
  actual: any[][],
  target: any[][],
  elapsed: any[][],
  total: any[][],
  tolerance?: any[][],
  labels?: any[][],
): any[][] {
  return run("PACE", (ctx) => {
    const names = paceLabels(ctx, labels == null ? null : fixedCells(ctx, "labels", labels, 3, toLabel));
    return elementwise(
      ctx,
      PACE(actual, target, elapsed, total, tolerance),
      (a, t, e, n, tol) => names[core.pace(a, t, e, n, tol) - 1],
      {
        lead: 2,
        make: (e, n, tol) => {
          // The options are checked once, in preparePace, for the rule and its column form alike.
          const level = core.preparePace(e, n, tol);
          const one = (a: number, t: number) => names[level(a, t) - 1];
          if (level.column === undefined) return one; // every element gives the options' error
          // A range of plain numbers goes through the core's pace loop in one call, the labels looked up after.
          const rule: ColumnRule2 = Object.assign(one, {
            column: level.column,
            labels: names,
            cells: level.cells,
          });
          return rule;
        },
      },
    );
  });
}

/**
 * Removes rater leniency or severity: shifts each rater's scores to the overall mean ("mean") or also rescales their spread ("z").
 * @customfunction CALIBRATE CALIBRATE
 * @param scores The scores (a range); blank scores stay blank.
 * @param raters Who gave each score: a range of the same size as scores.
 * @param [method] "mean" (default) or "z".
 * @returns The calibrated scores, in the shape of scores.
 */
export function calibrate(scores: any[][], raters: any[][], method?: any[][]): any[][] {
  return run("CALIBRATE", (ctx) => {
    const m = single(ctx, "method", method, toCalibration);
    const s = numberCellsOrErrors(ctx, "scores", scores);
    const r = labelIdsOrErrors(ctx, "raters", raters, core.raterKey);
    return calibrated(ctx, s, r, (sv, rv, count) => core.calibrateColumn(sv, rv, count, m));
  });
}

/**
 * Guaranteed draws period by period: non-recoverable (paid = max(earned, guarantee)) or recoverable (shortfalls advanced and recovered from later earnings).
 * @customfunction DRAWS DRAWS
 * @param earned Per-period earnings, one row or one column; blank periods are skipped.
 * @param guarantee The guaranteed amount: one value, or one per period.
 * @param [type] "nonrecoverable" (default) or "recoverable".
 * @returns Paid and balance after each period: two columns for a column of earnings, two rows for a row.
 */
export function draws(earned: any[][], guarantee: any[][], type?: any[][]): any[][] {
  return run("DRAWS", (ctx) =>
    drawsLayout(
      ctx,
      vectorGrid(ctx, "earned", earned),
      guarantee,
      single(ctx, "type", type, toDrawType),
      core.drawsColumn,
    ),
  );
}
