/**
 * The calibration view of one review cycle, pure: every counted review's overall by rater, KPI.CALIBRATE across
 * raters, each person's calibrated result and rating, the rating distribution against the guide, and outliers.
 *
 * Decisions (the spec names the parts, not these details):
 * - Counted reviews are the report's: manager and peer reviews that are submitted or acknowledged. Drafts are not
 *   final and a self-review is not a rating by others, so neither is calibrated.
 * - A person's raw and calibrated results are the means of their counted reviews' overalls before and after
 *   calibration (as in the report).
 * - Ratings use the Ratings table's bands, whose MinScore is on the 100-point composite scale: the 1–5 result is
 *   put on that scale as result × 20 (the share of the full 5 points), so 4.5 meets a band starting at 90.
 * - Outliers: a review is marked when calibration moves it by 0.5 or more; a rater is marked lenient or severe
 *   when their mean is 0.5 or more above or below the overall mean (this also catches a rater with a single
 *   review, whom KPI.CALIBRATE leaves unchanged). A person is marked when any of their reviews is.
 * - A rating moved in calibration (Reviews CalibratedRating and CalibrationReason, written on each counted review
 *   of the person in the cycle) replaces the computed rating in the view and in the distribution; the computed one
 *   stays beside it. A move needs a Ratings label and a reason; it does not change the report's composite-based
 *   rating or any bonus multiplier (it is the review's rating).
 */
import {
  calibrate,
  distCheck,
  KpiError,
  makeBands,
  makeGuide,
  rating,
  type Band,
  type DistRow,
  type GuideEntry,
} from "../../core";
import type { Locale, MessageKey, MessageParams } from "../../i18n";
import type { ManagerRow, RatingRow, ReviewDimension, ReviewRow } from "../../model";
import { reviewOverall } from "./summary";
import { cycleKey, inTeam, managerIndex, type Role } from "./cycles";

/** A calibration adjustment or a rater gap at least this large (on the 1–5 scale) is an outlier. */
export const OUTLIER_GAP = 0.5;
/** Points on the Ratings scale per point of review overall (5 → 100). */
export const POINTS_PER_LEVEL = 20;

/** One counted review in the view. */
export interface CalibratedScore {
  id: string;
  rater: string;
  role: Role;
  raw: number;
  calibrated: number;
  /** |calibrated − raw| ≥ OUTLIER_GAP. */
  outlier: boolean;
}

/** One person's result. */
export interface CalibratedPerson {
  id: string;
  name: string;
  scores: CalibratedScore[];
  raw: number;
  calibrated: number;
  /** calibrated × POINTS_PER_LEVEL. */
  points: number;
  /** The rating: the one moved in calibration when there is one, else {@link computedRating}. */
  rating: string | null;
  /** The rating of `points`; null below the lowest band or without bands. */
  computedRating: string | null;
  /** The rating moved in calibration, with its reason; null when none was. */
  adjusted: CalibrationMove | null;
  outlier: boolean;
}

/** A rating moved in calibration. */
export interface CalibrationMove {
  rating: string;
  reason: string;
}

/** One rater's leniency. */
export interface RaterSummary {
  /** The rater as first written. */
  name: string;
  count: number;
  mean: number;
  /** mean − overall mean. */
  gap: number;
  /** "lenient" or "severe" when |gap| ≥ OUTLIER_GAP. */
  lean: "lenient" | "severe" | null;
  /** Fewer than two reviews: KPI.CALIBRATE leaves this rater's scores as they are. */
  single: boolean;
}

/** The whole view. */
export interface CalibrationView {
  method: "mean" | "z";
  /** Mean of every counted overall (null when nothing counts). */
  mean: number | null;
  count: number;
  raters: RaterSummary[];
  people: CalibratedPerson[];
  /** The distribution of ratings against the guide; null without a usable guide or bands. */
  distribution: DistRow[] | null;
  /** The Ratings table's bands could not be used (no ratings shown). */
  bandsMissing: boolean;
  /** The Ratings table has no usable guide (no distribution shown). */
  guideMissing: boolean;
}

/**
 * Builds the calibration view of a cycle for a team.
 * @param input - Reviews, Managers and Ratings rows; the cycle key; team filter; weights; method; tolerance.
 * @param locale - for sorting names.
 * @returns the view.
 */
export function buildCalibration(
  input: {
    reviews: readonly ReviewRow[];
    managers: readonly ManagerRow[];
    ratings: readonly RatingRow[];
    key: string;
    team: string;
    weights: Record<ReviewDimension, number>;
    method: "mean" | "z";
    tolerance: number;
  },
  locale: Locale,
): CalibrationView {
  const people = managerIndex(input.managers);
  const counted: { row: ReviewRow; overall: number }[] = [];
  for (const row of input.reviews) {
    if (cycleKey(row.Period, row.Cycle) !== input.key) continue;
    if (row.Role === "self" || (row.Status !== "submitted" && row.Status !== "acknowledged")) continue;
    if (!inTeam(people.get(row.ManagerID.trim()), input.team)) continue;
    const overall = reviewOverall(row, input.weights);
    if (overall !== null) counted.push({ row, overall });
  }
  const { bands, guide } = ratingScale(input.ratings);
  const empty: CalibrationView = {
    method: input.method,
    mean: null,
    count: 0,
    raters: [],
    people: [],
    distribution: null,
    bandsMissing: bands === null,
    guideMissing: guide === null,
  };
  if (counted.length === 0) return empty;

  const calibrated = calibrate(
    counted.map((c) => c.overall),
    counted.map((c) => c.row.Reviewer),
    input.method,
  ) as number[];
  const mean = counted.reduce((s, c) => s + c.overall, 0) / counted.length;

  const raterGroups = new Map<string, { name: string; values: number[] }>();
  counted.forEach((c) => {
    const name = (c.row.Reviewer ?? "").trim();
    const key = name.toLowerCase();
    const group = raterGroups.get(key) ?? { name, values: [] };
    group.values.push(c.overall);
    raterGroups.set(key, group);
  });
  const raters: RaterSummary[] = [...raterGroups.values()]
    .map(({ name, values }) => {
      const m = values.reduce((s, v) => s + v, 0) / values.length;
      const gap = m - mean;
      const lean = Math.abs(gap) >= OUTLIER_GAP - 1e-9 ? (gap > 0 ? "lenient" : "severe") : null;
      return { name, count: values.length, mean: m, gap, lean, single: values.length < 2 } as RaterSummary;
    })
    .sort((a, b) => b.gap - a.gap || a.name.localeCompare(b.name, locale));
  const leaning = new Set(raters.filter((r) => r.lean !== null).map((r) => r.name.toLowerCase()));

  const byPerson = new Map<string, CalibratedScore[]>();
  counted.forEach((c, i) => {
    const id = c.row.ManagerID.trim();
    const rater = (c.row.Reviewer ?? "").trim();
    const score: CalibratedScore = {
      id: c.row.ReviewID,
      rater,
      role: c.row.Role,
      raw: c.overall,
      calibrated: calibrated[i],
      outlier: Math.abs(calibrated[i] - c.overall) >= OUTLIER_GAP - 1e-9 || leaning.has(rater.toLowerCase()),
    };
    byPerson.set(id, [...(byPerson.get(id) ?? []), score]);
  });

  const moves = new Map<string, CalibrationMove>();
  for (const { row } of counted) {
    const id = row.ManagerID.trim();
    const move = moveOf(row);
    if (move !== null && !moves.has(id)) moves.set(id, move);
  }
  const result: CalibratedPerson[] = [...byPerson].map(([id, scores]) => {
    const raw = scores.reduce((s, x) => s + x.raw, 0) / scores.length;
    const cal = scores.reduce((s, x) => s + x.calibrated, 0) / scores.length;
    const points = cal * POINTS_PER_LEVEL;
    const computedRating = bands === null ? null : rateOrNull(points, bands);
    const adjusted = moves.get(id) ?? null;
    return {
      id,
      name: people.get(id)?.Name ?? id,
      scores,
      raw,
      calibrated: cal,
      points,
      rating: adjusted?.rating ?? computedRating,
      computedRating,
      adjusted,
      outlier: scores.some((s) => s.outlier),
    };
  });
  result.sort((a, b) => b.calibrated - a.calibrated || a.name.localeCompare(b.name, locale));

  const distribution =
    guide !== null && bands !== null
      ? distCheck(
          result.map((p) => p.rating),
          guide,
          input.tolerance,
        )
      : null;
  return { ...empty, mean, count: counted.length, raters, people: result, distribution };
}

/**
 * The rating bands (ascending MinScore) and the guide (best first) of the Ratings table, as the report reads them.
 * @param rows - Ratings rows.
 * @returns the bands and guide, each null when the table cannot give one (empty, a blank GuideShare, shares not
 *   adding to 1, repeated minimums).
 */
export function ratingScale(rows: readonly RatingRow[]): {
  bands: Band[] | null;
  guide: GuideEntry[] | null;
} {
  const numbered = rows.map((row, i) => ({ row, n: i + 1 })).sort((a, b) => a.row.MinScore - b.row.MinScore);
  const attempt = <T>(build: () => T): T | null => {
    try {
      return build();
    } catch (error) {
      if (error instanceof KpiError) return null;
      throw error;
    }
  };
  if (numbered.length === 0) return { bands: null, guide: null };
  const bands = attempt(() =>
    makeBands(numbered.map(({ row, n }) => ({ row: n, min: row.MinScore, label: row.Label }))),
  );
  const guide = numbered.some(({ row }) => row.GuideShare === null)
    ? null
    : attempt(() =>
        makeGuide(
          [...numbered]
            .reverse()
            .map(({ row, n }) => ({ row: n, label: row.Label, share: row.GuideShare as number })),
        ),
      );
  return { bands, guide };
}

function rateOrNull(points: number, bands: readonly Band[]): string | null {
  try {
    return rating(points, bands);
  } catch (error) {
    if (error instanceof KpiError && error.kind === "na") return null;
    throw error;
  }
}

/**
 * @param row - a Reviews row.
 * @returns the rating moved in calibration on that row with its reason, or null when the row carries none.
 */
export function moveOf(row: ReviewRow): CalibrationMove | null {
  const rating = (row.CalibratedRating ?? "").trim();
  return rating === "" ? null : { rating, reason: (row.CalibrationReason ?? "").trim() };
}

/** A calibration move as the pane asks for it. */
export interface MoveRequest {
  /** The cycle (`cycleKey`). */
  key: string;
  /** The person's ManagerID. */
  person: string;
  /** The Ratings label to move to. */
  rating: string;
  reason: string;
}

/** What moving a rating writes: the person's counted reviews of the cycle as read and as they become. */
export interface MovePlan {
  before: ReviewRow[];
  after: ReviewRow[];
  /** The rating before the move (moved earlier or computed), for the Audit line. */
  from: string | null;
  move: CalibrationMove;
}

/**
 * Plans a rating moved in calibration: the person's counted reviews of the cycle (manager and peer, submitted or
 * acknowledged) get the rating and reason.
 * @param request - cycle, person, rating and reason.
 * @param reviews - the Reviews rows as read.
 * @param ratings - the Ratings rows (the rating must be one of their labels).
 * @param view - the calibration view the move is made in (for the rating before).
 * @returns the plan, or the problems by field (messages naming the field).
 */
export function planMove(
  request: MoveRequest,
  reviews: readonly ReviewRow[],
  ratings: readonly RatingRow[],
  view: CalibrationView,
): { ok: true; plan: MovePlan } | { ok: false; errors: Partial<Record<"rating" | "reason", MoveIssue>> } {
  const errors: Partial<Record<"rating" | "reason", MoveIssue>> = {};
  const rating = request.rating.trim();
  const reason = request.reason.trim();
  const labels = ratings.map((r) => r.Label.trim());
  if (rating === "") errors.rating = { key: "reviews.move.err.rating", params: {} };
  else if (!labels.includes(rating))
    errors.rating = { key: "reviews.move.err.unknown", params: { rating, labels: labels.join(", ") } };
  if (reason === "") errors.reason = { key: "reviews.move.err.reason", params: {} };
  const before = reviews.filter(
    (r) =>
      r.ManagerID.trim() === request.person &&
      cycleKey(r.Period, r.Cycle) === request.key &&
      r.Role !== "self" &&
      (r.Status === "submitted" || r.Status === "acknowledged"),
  );
  if (before.length === 0) errors.rating = { key: "reviews.move.err.noReview", params: {} };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const person = view.people.find((p) => p.id === request.person);
  const move = { rating, reason };
  return {
    ok: true,
    plan: {
      before,
      after: before.map((r) => ({ ...r, CalibratedRating: rating, CalibrationReason: reason })),
      from: person?.rating ?? null,
      move,
    },
  };
}

/** A problem with a calibration move: a catalogue message. */
export interface MoveIssue {
  key: MessageKey;
  params: MessageParams;
}
