/** KPI.ENPS and KPI.FAVORABLE: pulse surveys, hidden below an anonymity threshold. */
import { KpiError } from "./errors";
import { requireFinite, requireWhole } from "./numeric";

/** Throws for the first answer that is not a finite number within min…max. */
function checkResponses(arg: string, values: ArrayLike<number>, min: number, max: number): void {
  for (let i = 0; i < values.length; i++) {
    const x = requireFinite(arg, values[i]);
    if (x < min || x > max) throw new KpiError("num", "err.outOfRange", { arg, value: x, min, max });
  }
}

function checkAnonymity(count: number, minResponses: number): void {
  // With no responses at all there is nothing to divide by, whatever the threshold.
  const min = Math.max(1, minResponses);
  if (count < min) throw new KpiError("na", "err.survey.tooFew", { min });
}

/**
 * Employee Net Promoter Score: promoters answer ≥ 9, detractors ≤ detractorMax;
 * `(promoters − detractors) / responses × 100`.
 * @param scores - answers 0–10 (blanks already removed by the caller).
 * @param minResponses - fewer responses are hidden (default 3, whole, ≥ 0).
 * @param detractorMax - highest detractor answer (default 6, 0 ≤ detractorMax < 9).
 * @returns −100 … 100.
 * @throws KpiError "na" "err.survey.tooFew" below the threshold; "num" for answers outside 0–10 or bad options.
 * @example enps([10, 10, 9, 9, 9, 9, 9, 9, 8, 8, 8, 8, 8, 7, 7, 6, 5, 3, 2, 0]) // 15
 */
export function enps(scores: ArrayLike<number>, minResponses?: number, detractorMax?: number): number {
  return enpsOfParts([scores], minResponses, detractorMax);
}

/**
 * {@link enps} over answers given in parts (KPI.ENPS: the rows of a range, each passed as it is when it holds only
 * numbers, so a million answers are never copied into one list).
 * @param parts - the answers, part after part.
 * @param minResponses - as {@link enps}.
 * @param detractorMax - as {@link enps}.
 * @returns as {@link enps}.
 * @throws as {@link enps}.
 */
export function enpsOfParts(
  parts: readonly ArrayLike<number>[],
  minResponses?: number,
  detractorMax?: number,
): number {
  const min =
    minResponses == null ? 3 : requireWhole("minResponses", minResponses, 0, Number.MAX_SAFE_INTEGER);
  const dMax = detractorMax == null ? 6 : requireFinite("detractorMax", detractorMax);
  if (dMax < 0 || dMax >= 9)
    throw new KpiError("num", "err.outOfRange", { arg: "detractorMax", value: dMax, min: 0, max: 8 });
  // One pass counts and checks the range (0–10; NaN and ±Infinity fail it too); checkResponses then names a bad answer.
  let net = 0;
  let count = 0;
  let bad = false;
  for (const scores of parts) {
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i];
      if (!(s >= 0 && s <= 10)) bad = true;
      net += s >= 9 ? 1 : s <= dMax ? -1 : 0;
    }
    count += scores.length;
  }
  if (bad) for (const scores of parts) checkResponses("scores", scores, 0, 10);
  checkAnonymity(count, min);
  return (net / count) * 100;
}

/**
 * Share of favourable answers on a 1…scaleMax agreement scale: answers above the scale's midpoint
 * ((1 + scaleMax) / 2), i.e. 4 and 5 on a 5-point scale, 5–7 on a 7-point scale, 3–4 on a 4-point scale.
 * @param responses - answers 1…scaleMax.
 * @param scaleMax - top of the scale (default 5, whole, 2–100).
 * @param minResponses - fewer responses are hidden (default 3).
 * @returns a fraction 0…1.
 * @throws KpiError "na" below the threshold; "num" for answers outside the scale or bad options.
 * @example favorable([5, 4, 4, 3, 2]) // 0.6
 */
export function favorable(responses: ArrayLike<number>, scaleMax?: number, minResponses?: number): number {
  return favorableOfParts([responses], scaleMax, minResponses);
}

/**
 * {@link favorable} over answers given in parts (KPI.FAVORABLE: see {@link enpsOfParts}).
 * @param parts - the answers, part after part.
 * @param scaleMax - as {@link favorable}.
 * @param minResponses - as {@link favorable}.
 * @returns as {@link favorable}.
 * @throws as {@link favorable}.
 */
export function favorableOfParts(
  parts: readonly ArrayLike<number>[],
  scaleMax?: number,
  minResponses?: number,
): number {
  const top = scaleMax == null ? 5 : requireWhole("scaleMax", scaleMax, 2, 100);
  const min =
    minResponses == null ? 3 : requireWhole("minResponses", minResponses, 0, Number.MAX_SAFE_INTEGER);
  const midpoint = (1 + top) / 2;
  // One pass counts and checks the scale (NaN and ±Infinity fail it too); checkResponses then names a bad answer.
  let favourable = 0;
  let count = 0;
  let bad = false;
  for (const responses of parts) {
    for (let i = 0; i < responses.length; i++) {
      const r = responses[i];
      if (!(r >= 1 && r <= top)) bad = true;
      if (r > midpoint) favourable++;
    }
    count += responses.length;
  }
  if (bad) for (const responses of parts) checkResponses("responses", responses, 1, top);
  checkAnonymity(count, min);
  return favourable / count;
}
