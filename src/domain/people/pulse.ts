/**
 * Pulse surveys, pure: entering a round, results by team and period, the trend against previous periods, and
 * follow-up suggestions for low results — every figure through the one anonymity rule of `src/core/anonymity.ts`.
 *
 * Decisions:
 * - A round is entered at once: kind, team, date, question and every answer. Answers are typed or pasted as
 *   whole numbers separated by commas, spaces or new lines (eNPS 0–10, satisfaction and wellbeing 1–5); a line
 *   that starts with a score and goes on with words is one answer with its comment ("6 too many reports").
 * - Rows are written in score order (then comment), never in typing order, and with no respondent, so the sheet
 *   keeps no trace of who answered first.
 * - A round that already exists (same date, kind, team and question) is refused: adding answers to a round after
 *   its result was seen would let someone compare the result before and after and read the late answers.
 * - A round below the threshold may be entered; its result stays hidden everywhere, and it says so before saving.
 * - Results of a period pool the shown rounds dated in it (eNPS for enps; favourability — 4 and 5 of 5 — for
 *   satisfaction and wellbeing). With "all teams", each team is listed and "All teams" pools the shown rounds of
 *   every team: it leaves hidden rounds out, so it never lets one infer a hidden team.
 * - Comments are shown only from shown rounds, sorted alphabetically and apart from the scores.
 * - The trend lists the chosen period and the five before it (same kind of period); the change is against the
 *   nearest earlier period that is shown.
 * - Follow-up: only shown results can be low (`followUpCategories`); a suggestion becomes a team action — a
 *   Meetings row of Kind team with the action (and a task for its owner when it has a due date), through the
 *   meeting form, so team actions live where the team's meetings are kept.
 */
import {
  followUpCategories,
  groupResponses,
  pooled,
  previousPeriod,
  pulseFigure,
  pulseLevel,
  pulseRoundKey,
  withinDays,
  type FollowUpCategory,
  type Period,
  type Pooled,
  type PulseKind,
  type PulseLevel,
} from "../../core";
import type { SurveyRow } from "../../model";
import { formatDate } from "../../format";
import type { MeetingDraft } from "./meetings";
import { type Checked, type FieldErrors } from "../fields";
import { requiredDate, requiredText } from "./checks";
import { ALL_TEAMS, inTeam } from "../teams";

/** The pulse kinds, in display order. */
export const PULSE_KINDS: readonly PulseKind[] = ["enps", "satisfaction", "wellbeing"];

/** Periods in the trend (the chosen one and the ones before it). */
export const TREND_LENGTH = 6;

/**
 * @param kind - the survey kind.
 * @returns the answer scale.
 */
export function scaleOf(kind: PulseKind): { min: number; max: number } {
  return kind === "enps" ? { min: 0, max: 10 } : { min: 1, max: 5 };
}

/** One answer as typed. */
export interface ParsedResponse {
  score: number;
  comment: string | null;
}

/** What reading the answers found. */
export interface ParsedResponses {
  responses: ParsedResponse[];
  /** The first problem: the line (1-based) and the text that is not an answer. */
  problem: { line: number; value: string; reason: "scale" | "notScore" } | null;
}

const SEPARATORS = /[\s,，;；、]+/;
const ONLY_SCORES = /^[\d\s,，;；、.+-]+$/;
const SCORE_AND_COMMENT = /^(\d+(?:\.\d+)?)\s*[,，:：;；\-–]?\s*(.*\S.*)$/;

/**
 * Reads answers as typed or pasted.
 * @param text - the answers.
 * @param kind - the survey kind (its scale).
 * @returns the answers in typing order, and the first problem.
 * @example parseResponses("9, 10, 6\n3 too many reports", "enps").responses.length // 4
 */
export function parseResponses(text: string, kind: PulseKind): ParsedResponses {
  const { min, max } = scaleOf(kind);
  const responses: ParsedResponse[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const parts: { value: string; comment: string | null }[] = [];
    if (ONLY_SCORES.test(line)) {
      for (const value of line.split(SEPARATORS).filter((p) => p !== ""))
        parts.push({ value, comment: null });
    } else {
      const match = SCORE_AND_COMMENT.exec(line);
      if (!match) return { responses, problem: { line: i + 1, value: line, reason: "notScore" } };
      parts.push({ value: match[1], comment: match[2].trim() });
    }
    for (const { value, comment } of parts) {
      const score = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(score >= min && score <= max))
        return { responses, problem: { line: i + 1, value, reason: "scale" } };
      responses.push({ score, comment });
    }
  }
  return { responses, problem: null };
}

/** The "Enter a pulse round" form as typed. */
export interface RoundDraft {
  kind: PulseKind;
  team: string;
  date: string;
  question: string;
  responses: string;
}

/** Fields of {@link RoundDraft}. */
export type RoundField = keyof RoundDraft;

/**
 * @param today - Excel serial.
 * @param team - the team to preselect.
 * @param question - the standard question of enps in the pane's language.
 * @returns an empty form.
 */
export function emptyRound(today: number, team: string, question: string): RoundDraft {
  return { kind: "enps", team, date: formatDate(today), question, responses: "" };
}

/**
 * Checks a round before anything is written.
 * @param draft - the form.
 * @param existing - Surveys rows (a round already recorded is refused).
 * @returns the rows to append (score order, no respondent), or a message per field.
 */
export function checkRound(
  draft: RoundDraft,
  existing: readonly SurveyRow[],
): Checked<RoundField, SurveyRow[]> {
  const errors: FieldErrors<RoundField> = {};
  const team = requiredText(errors, "team", draft.team);
  const date = requiredDate(errors, "date", draft.date);
  const parsed = parseResponses(draft.responses, draft.kind);
  const { min, max } = scaleOf(draft.kind);
  if (parsed.problem?.reason === "scale")
    errors.responses = { key: "people.err.responseScale", params: { ...parsed.problem, min, max } };
  else if (parsed.problem)
    errors.responses = { key: "people.err.responseLine", params: { ...parsed.problem, min, max } };
  else if (parsed.responses.length === 0) errors.responses = { key: "people.err.noResponses" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const question = draft.question.trim() === "" ? null : draft.question.trim();
  const round = { date: date as number, kind: draft.kind, team, question };
  const key = pulseRoundKey(round);
  if (existing.some((r) => pulseRoundKey(asResponse(r)) === key))
    return { ok: false, errors: { date: { key: "people.err.roundExists" } } };
  const rows = parsed.responses
    .slice()
    .sort((a, b) => a.score - b.score || (a.comment ?? "").localeCompare(b.comment ?? ""))
    .map((r): SurveyRow => ({
      Date: date as number,
      Kind: draft.kind,
      Team: team,
      Question: question,
      Score: r.score,
      Comment: r.comment,
    }));
  return { ok: true, value: rows };
}

function asResponse(r: SurveyRow) {
  return {
    date: r.Date,
    kind: r.Kind,
    team: r.Team,
    question: r.Question,
    score: r.Score,
    comment: r.Comment,
  };
}

/** A follow-up suggestion for a low, shown result. */
export interface FollowUp {
  kind: PulseKind;
  value: number;
  level: Exclude<PulseLevel, "ok">;
  categories: FollowUpCategory[];
}

/** The results of one team (or of all teams) in a period. */
export interface TeamResult {
  /** The team, or null for all teams together. */
  team: string | null;
  figures: Record<PulseKind, Pooled<number>>;
  /** Comments of the shown rounds, sorted. */
  comments: string[];
  followUps: FollowUp[];
}

function resultOf(
  rows: readonly SurveyRow[],
  team: string | null,
  threshold: number,
  locale: string,
): TeamResult {
  const responses = rows.map(asResponse);
  const figures = {} as Record<PulseKind, Pooled<number>>;
  const followUps: FollowUp[] = [];
  for (const kind of PULSE_KINDS) {
    const rounds = groupResponses(
      responses.filter((r) => r.kind === kind),
      pulseRoundKey,
    );
    const figure = pulseFigure(kind, rounds, threshold);
    figures[kind] = figure;
    if (!figure.shown) continue;
    const level = pulseLevel(kind, figure.value);
    if (level === "ok") continue;
    const questions = [...new Set(responses.filter((r) => r.kind === kind).map((r) => r.question ?? ""))];
    followUps.push({
      kind,
      value: figure.value,
      level,
      categories: followUpCategories(kind, figure.value, questions.join(" ")),
    });
  }
  // Comments of shown rounds only: pooled() returns exactly the shown rounds' answers.
  const commented = pooled(groupResponses(responses, pulseRoundKey), threshold, (items) =>
    items.map((r) => (r.comment ?? "").trim()).filter((c) => c !== ""),
  );
  const comments = commented.shown ? commented.value.slice().sort((a, b) => a.localeCompare(b, locale)) : [];
  return { team, figures, comments, followUps };
}

/**
 * Results by team for a period.
 * @param rows - Surveys rows.
 * @param period - the period.
 * @param teamFilter - `ALL_TEAMS` or a team.
 * @param threshold - Settings anonymityMin.
 * @param locale - for sorting teams and comments.
 * @returns one result per team with answers in the period (the chosen team even without any), and "All teams"
 *   when every team is shown and more than one answered.
 * @throws KpiError for a bad threshold or answers outside their scale.
 */
export function pulseResults(
  rows: readonly SurveyRow[],
  period: Period,
  teamFilter: string,
  threshold: number,
  locale: string,
): { teams: TeamResult[]; total: TeamResult | null } {
  const inPeriod = rows.filter((r) => withinDays(r.Date, period) && inTeam(r.Team, teamFilter));
  const byTeam = new Map<string, { name: string; rows: SurveyRow[] }>();
  for (const r of inPeriod) {
    const key = r.Team.trim().toLowerCase();
    const found = byTeam.get(key) ?? { name: r.Team.trim(), rows: [] };
    found.rows.push(r);
    byTeam.set(key, found);
  }
  if (teamFilter !== ALL_TEAMS && byTeam.size === 0) byTeam.set(teamFilter, { name: teamFilter, rows: [] });
  const teams = [...byTeam.values()]
    .sort((a, b) => a.name.localeCompare(b.name, locale))
    .map((t) => resultOf(t.rows, t.name, threshold, locale));
  const total =
    teamFilter === ALL_TEAMS && byTeam.size > 1 ? resultOf(inPeriod, null, threshold, locale) : null;
  return { teams, total };
}

/** One period of the trend. */
export interface TrendPoint {
  period: Period;
  figures: Record<PulseKind, Pooled<number>>;
  /** Change against the nearest earlier shown period, per kind (null when this or every earlier one is hidden). */
  change: Record<PulseKind, number | null>;
}

/**
 * The trend of the team filter's results: the chosen period and the ones before it, oldest first.
 * @param rows - Surveys rows.
 * @param period - the chosen period.
 * @param teamFilter - `ALL_TEAMS` or a team.
 * @param threshold - Settings anonymityMin.
 * @returns the points.
 * @throws KpiError for a bad threshold or answers outside their scale.
 */
export function pulseTrend(
  rows: readonly SurveyRow[],
  period: Period,
  teamFilter: string,
  threshold: number,
): TrendPoint[] {
  const periods: Period[] = [period];
  while (periods.length < TREND_LENGTH) periods.unshift(previousPeriod(periods[0]));
  const mine = rows.filter((r) => inTeam(r.Team, teamFilter)).map(asResponse);
  const last: Partial<Record<PulseKind, number>> = {};
  return periods.map((p) => {
    const inP = mine.filter((r) => withinDays(r.date, p));
    const figures = {} as Record<PulseKind, Pooled<number>>;
    const change = {} as Record<PulseKind, number | null>;
    for (const kind of PULSE_KINDS) {
      const figure = pulseFigure(
        kind,
        groupResponses(
          inP.filter((r) => r.kind === kind),
          pulseRoundKey,
        ),
        threshold,
      );
      figures[kind] = figure;
      const before = last[kind];
      change[kind] = figure.shown && before !== undefined ? figure.value - before : null;
      if (figure.shown) last[kind] = figure.value;
    }
    return { period: p, figures, change };
  });
}

/**
 * The meeting form, filled for a follow-up team action.
 * @param today - Excel serial.
 * @param topic - the meeting's topic (names the result, team and period).
 * @param notes - what was found.
 * @param action - the suggested action.
 * @returns a team meeting draft with the action due in two weeks.
 */
export function followUpDraft(today: number, topic: string, notes: string, action: string): MeetingDraft {
  return {
    kind: "team",
    person: "",
    date: formatDate(today),
    topic,
    notes,
    actions: [{ text: action, owner: "", due: formatDate(today + 14) }],
  };
}
