/**
 * The survey import use-case: a Microsoft Forms or 问卷星 export in, anonymous Surveys rows out, by round (team,
 * day, kind, question). Pure.
 *
 * Anonymity by construction (docs/import.md): the identifying columns of the export (respondent number, e-mail,
 * name, IP, source details, time taken) are never read into a row; the submit time keeps only its day; answers
 * are written sorted by round and score, so the order of rows says nothing about who answered what; free-text
 * answers are not imported. The preview reports rounds and counts, never an answer.
 */
import { KpiError } from "../core/errors";
import type { MessageKey, MessageParams } from "../i18n";
import type { RawCell, TableRows } from "../model";
import type { ImportAdd, ImportBook, ImportPreview, ImportSkip, SurveyRound } from "./preview";
import type { SurveyProfile } from "./profiles";
import { headerKey, type SourceTable } from "./source";
import { parseDay } from "./when";

type Kind = TableRows["Surveys"]["Kind"];
/** What a question column is for. */
export type QuestionRole = Kind | "team" | "ignore";

/** Options of a survey import. */
export interface SurveyImportOptions {
  /** The team of every answer, when the form has no team question. */
  readonly team?: string;
  /** Role of a question, by its header (overrides the guess from its wording). */
  readonly questions?: Readonly<Record<string, QuestionRole>>;
}

/** A question column and what it is for. */
export interface SurveyQuestion {
  readonly header: string;
  /** The header without its number (`1、`), as written to the Question column. */
  readonly text: string;
  readonly role: QuestionRole;
}

// Scored kinds first: "您向朋友推荐在本团队工作的可能性" is an eNPS question that mentions the team.
const ROLE_WORDS: readonly [RegExp, QuestionRole][] = [
  [/recommend|nps|推荐/i, "enps"],
  [/well-?being|stress|energy|workload|压力|身心|精力|状态|幸福|负荷/i, "wellbeing"],
  [/satisf|满意/i, "satisfaction"],
  [/(which|your)\s+(team|department)|所在.{0,4}(团队|部门|小组)|^(team|department|团队|部门|小组)$/i, "team"],
];

const stripNumber = (header: string) =>
  header
    .trim()
    .replace(/^\s*(?:Q\s*)?\d+\s*[、.．:：)]\s*/i, "")
    .replace(/[:：]\s*$/, "")
    .trim();

/**
 * The question columns of a survey export and the role each one gets: the given role, else a guess from its
 * wording (eNPS: "recommend"/"推荐"; wellbeing; satisfaction; team), else not imported.
 * @param table - the file.
 * @param profile - Forms or 问卷星.
 * @param roles - roles chosen by the user, by header.
 * @returns the question columns, in file order (identifying columns excluded).
 */
export function surveyQuestions(
  table: SourceTable,
  profile: SurveyProfile,
  roles: Readonly<Record<string, QuestionRole>> = {},
): SurveyQuestion[] {
  const identifying = new Set(profile.identifying.map(headerKey));
  const only = profile.readsOnly && new Set(profile.readsOnly.map(headerKey));
  const chosen = new Map(Object.entries(roles).map(([h, r]) => [headerKey(h), r]));
  return table.headers
    .filter((h) => h !== "" && !identifying.has(headerKey(h)) && (!only || only.has(headerKey(h))))
    .map((header) => {
      const text = stripNumber(header);
      const role = chosen.get(headerKey(header)) ?? ROLE_WORDS.find(([re]) => re.test(text))?.[1] ?? "ignore";
      return { header, text, role };
    });
}

/** A score: a number, or text beginning with one (`9`, `9分`, `5 - 非常满意`). */
function scoreOf(raw: RawCell): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const m = /^\s*(\d+(?:\.\d+)?)/.exec(raw);
  return m ? Number(m[1]) : null;
}

const teamKey = (s: string) => s.normalize("NFKC").trim().toLowerCase();

/**
 * Plans a survey import.
 * @param table - the file.
 * @param profile - Forms or 问卷星.
 * @param book - the workbook's rows (Managers for the teams, Surveys for what is already there).
 * @param options - the team for the whole file, question roles.
 * @returns the preview: Surveys rows to add, rounds, skipped answers.
 * @throws KpiError `import.err.teamNeeded` when the form has no team question and no team is chosen;
 *   `import.err.teamUnknown` when the chosen team is not a team of the Managers table.
 */
export function planSurveyImport(
  table: SourceTable,
  profile: SurveyProfile,
  book: ImportBook,
  options: SurveyImportOptions = {},
): ImportPreview {
  const teams = new Map<string, string>();
  for (const m of book.Managers) if (m.Team) teams.set(teamKey(m.Team), m.Team);
  const questions = surveyQuestions(table, profile, options.questions);
  const teamColumn = questions.find((q) => q.role === "team");
  let fixedTeam: string | null = null;
  if (options.team !== undefined && options.team.trim() !== "") {
    fixedTeam = teams.get(teamKey(options.team)) ?? null;
    if (fixedTeam === null) {
      throw new KpiError("value", "import.err.teamUnknown", {
        team: options.team,
        teams: [...teams.values()].join(", "),
      });
    }
  } else if (!teamColumn) {
    throw new KpiError("value", "import.err.teamNeeded", { file: table.fileName });
  }
  const keys = table.headers.map(headerKey);
  const at = (header: string) => keys.indexOf(headerKey(header));
  const submittedAt = profile.submitted.map(at).find((i) => i >= 0) ?? -1;
  const scored = questions.filter((q) => q.role !== "team" && q.role !== "ignore");

  const skipped: ImportSkip[] = [];
  const skip = (line: number, key: MessageKey, params: MessageParams = {}): void => {
    skipped.push({ line, label: "", key, params });
  };
  const fileRounds = new Map<
    string,
    { date: number; team: string; kind: Kind; question: string; scores: number[] }
  >();

  table.rows.forEach((cells, index) => {
    const line = table.lines[index];
    const date = submittedAt < 0 ? null : parseDay(cells[submittedAt]);
    if (date === null) return skip(line, "import.skip.noDate");
    let team = fixedTeam;
    if (team === null && teamColumn) {
      const answer = String(cells[at(teamColumn.header)] ?? "").trim();
      team = teams.get(teamKey(answer)) ?? null;
      if (team === null) return skip(line, "import.skip.unknownTeam", { team: answer });
    }
    for (const q of scored) {
      const raw = cells[at(q.header)];
      if (raw === null || raw === undefined || String(raw).trim() === "") continue;
      const score = scoreOf(raw);
      const kind = q.role as Kind;
      const [min, max] = kind === "enps" ? [0, 10] : [1, 5];
      if (score === null || !Number.isInteger(score) || score < min || score > max) {
        skip(line, "import.skip.badScore", { question: q.text, min, max });
        continue;
      }
      const key = [date, team, kind, q.text].join("\u241f");
      const round = fileRounds.get(key) ?? { date, team: team as string, kind, question: q.text, scores: [] };
      round.scores.push(score);
      fileRounds.set(key, round);
    }
  });

  // What the workbook already holds, by round: re-importing the same (or a grown) export adds only the answers
  // that are not there yet, counted as a multiset of scores (answers carry no identity to match on).
  const present = new Map<string, number[]>();
  for (const row of book.Surveys) {
    const key = [Math.floor(row.Date), row.Team, row.Kind, row.Question ?? ""].join("\u241f");
    present.set(key, [...(present.get(key) ?? []), row.Score]);
  }

  const add: ImportAdd[] = [];
  const rounds: SurveyRound[] = [];
  let unchanged = 0;
  const ordered = [...fileRounds.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, round] of ordered) {
    const left = [...(present.get(key) ?? [])];
    const fresh: number[] = [];
    for (const score of round.scores) {
      const i = left.indexOf(score);
      if (i >= 0) left.splice(i, 1);
      else fresh.push(score);
    }
    const already = round.scores.length - fresh.length;
    if (left.length > 0) {
      // The workbook has answers this export does not: not the same round; adding would double-count.
      skipped.push({
        line: 0,
        label: round.question,
        key: "import.skip.roundDiffers",
        params: { team: round.team, question: round.question, count: round.scores.length },
      });
      continue;
    }
    unchanged += already;
    for (const score of fresh.sort((a, b) => a - b)) {
      add.push({
        line: 0,
        label: round.question,
        row: {
          Date: round.date,
          Kind: round.kind,
          Team: round.team,
          Question: round.question,
          Score: score,
          Comment: null,
        },
      });
    }
    rounds.push({
      date: round.date,
      team: round.team,
      kind: round.kind,
      question: round.question,
      added: fresh.length,
      present: already,
    });
  }

  return {
    kind: "survey",
    source: profile.source,
    profile: profile.id,
    table: "Surveys",
    fileName: table.fileName,
    add,
    update: [],
    unchanged,
    skipped,
    missing: [],
    unknownOwners: [],
    unmappedStages: [],
    ignoredQuestions: questions.filter((q) => q.role === "ignore").map((q) => q.text),
    rounds,
  };
}
