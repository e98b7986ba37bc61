/**
 * Feedback that judges the person ("太懒了", "lazy", "不负责任", "careless") instead of describing what they did: the
 * review form nudges the reviewer towards behaviour, gently — it never refuses the text. Pure: the word lists per
 * language and the search.
 *
 * Decisions where the spec is silent:
 * - Both languages' lists are searched whatever the pane's language: a Chinese reviewer may write "lazy" and an
 *   English one paste a Chinese note.
 * - English words match whole words, case-insensitively ("lazy" and "laziness", not "blazer"); Chinese phrases match
 *   anywhere (Chinese has no spaces). Chinese phrases are two characters or more, so a single 懒 or 笨 inside
 *   another word (笨重) is not taken for a judgement.
 * - Each word belongs to one kind of judgement (effort, care, responsibility, ability, attitude), and each kind has
 *   its own suggestion: "lazy" asks for the task left undone and when, "careless" for the error and its effect.
 */

/** The kinds of judgement, each with its own suggestion of what to write instead. */
export type JudgementKind = "effort" | "care" | "responsibility" | "ability" | "attitude";

/** The word list of each language: a word (or phrase) and its kind. */
export const JUDGEMENT_WORDS: Readonly<
  Record<"zh-CN" | "en-US", Readonly<Record<JudgementKind, readonly string[]>>>
> = {
  "zh-CN": {
    effort: ["太懒", "很懒", "懒惰", "懒散", "偷懒", "不上进", "混日子", "不努力", "散漫"],
    care: ["粗心", "马虎", "马马虎虎", "大意", "毛躁", "丢三落四"],
    responsibility: ["不负责任", "没有责任心", "没责任心", "不靠谱", "不可靠"],
    ability: ["太笨", "很笨", "愚蠢", "无能", "没能力", "能力差", "不开窍", "脑子慢"],
    attitude: ["态度差", "态度不好", "傲慢", "自私", "情商低", "玻璃心", "难相处"],
  },
  "en-US": {
    effort: ["lazy", "laziness", "lazily", "unmotivated", "slacker", "slacking"],
    care: ["careless", "carelessness", "sloppy", "sloppiness", "scatterbrained", "negligent"],
    responsibility: ["irresponsible", "unreliable", "untrustworthy"],
    ability: ["stupid", "incompetent", "incompetence", "useless", "hopeless", "slow-witted", "dumb"],
    attitude: ["arrogant", "selfish", "rude", "bad attitude", "attitude problem", "toxic"],
  },
};

/** One judgement found in a text. */
export interface Judgement {
  /** The words as the reviewer wrote them ("Lazy", "太懒"). */
  word: string;
  kind: JudgementKind;
}

const KINDS = Object.keys(JUDGEMENT_WORDS["zh-CN"]) as JudgementKind[];

// One pass over the text per language: English as whole words, Chinese anywhere; longer phrases first so that
// "bad attitude" wins over a shorter word inside it.
const ENGLISH = new Map<string, JudgementKind>(
  KINDS.flatMap((kind) => JUDGEMENT_WORDS["en-US"][kind].map((w) => [w, kind] as const)),
);
const CHINESE = new Map<string, JudgementKind>(
  KINDS.flatMap((kind) => JUDGEMENT_WORDS["zh-CN"][kind].map((w) => [w, kind] as const)),
);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape);
const ENGLISH_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${longestFirst(ENGLISH.keys()).join("|")})(?![\\p{L}\\p{N}-])`,
  "giu",
);
const CHINESE_RE = new RegExp(longestFirst(CHINESE.keys()).join("|"), "gu");

/**
 * The judgements of the person in a piece of feedback, in the order written, each word once.
 * @param text - strengths, improvements or actions as typed.
 * @returns the words found and their kinds (empty when the text describes behaviour only).
 * @example findJudgements("He is lazy and careless") // [{ word: "lazy", kind: "effort" }, { word: "careless", kind: "care" }]
 */
export function findJudgements(text: string): Judgement[] {
  const found: { at: number; judgement: Judgement }[] = [];
  const seen = new Set<string>();
  const add = (at: number, word: string, kind: JudgementKind | undefined) => {
    const key = word.toLowerCase();
    if (kind === undefined || seen.has(key)) return;
    seen.add(key);
    found.push({ at, judgement: { word, kind } });
  };
  for (const m of text.matchAll(ENGLISH_RE)) add(m.index ?? 0, m[0], ENGLISH.get(m[0].toLowerCase()));
  for (const m of text.matchAll(CHINESE_RE)) add(m.index ?? 0, m[0], CHINESE.get(m[0]));
  return found.sort((a, b) => a.at - b.at).map((f) => f.judgement);
}
