/**
 * The feedback e-mail drafted from a review: a `mailto:` link to the reviewed person, with subject and body in
 * the pane's language. Mail programs and browsers cut long mailto links unpredictably (around 2,000 characters),
 * so the whole link is kept under {@link MAILTO_MAX}: when the review is longer, the feedback text is cut at a
 * word boundary and a line says the full review is in the workbook; greeting, scores and sign-off always stay.
 */
import { REVIEW_DIMENSIONS, enumLabel, type ReviewDimension } from "../../model";
import type { Locale, Translate } from "../../i18n";
import { dimensionKey, formatScore, liveOverall, type Cycle, type ReviewFormValues } from "./cycles";

/** Longest mailto link drafted, in characters (after percent-encoding). */
export const MAILTO_MAX = 1800;

/** What the e-mail is drafted from. */
export interface FeedbackMailInput {
  /** The reviewed person's address (Managers.Email). */
  email: string;
  name: string;
  period: string;
  cycle: Cycle;
  form: ReviewFormValues;
  weights: Record<ReviewDimension, number>;
}

/** The drafted link. */
export interface FeedbackMail {
  href: string;
  subject: string;
  body: string;
  /** The feedback text was cut to fit. */
  shortened: boolean;
}

/**
 * Drafts the feedback e-mail.
 * @param input - address, name, period, cycle, the review's values and the weights for Overall.
 * @param locale - the language of the e-mail.
 * @param t - the translator of that language.
 * @returns the mailto link (at most MAILTO_MAX characters), its subject and body, and whether it was shortened.
 * @example feedbackMail({ email: "ada@x.cn", name: "Ada", period: "2026-Q3", cycle: "quarter", form, weights }, "en-US", t)
 */
export function feedbackMail(input: FeedbackMailInput, locale: Locale, t: Translate): FeedbackMail {
  const { form, name, period } = input;
  const cycle = enumLabel(input.cycle, locale).toLocaleLowerCase(locale);
  const subject = t("reviews.mail.subject", { period });
  const { overall } = liveOverall(form.scores, input.weights);

  const head: string[] = [
    t("reviews.mail.greeting", { name }),
    "",
    t("reviews.mail.intro", { cycle, period }),
    "",
  ];
  if (overall !== null) head.push(t("reviews.mail.overall", { overall: formatScore(overall, locale) }));
  for (const d of REVIEW_DIMENSIONS) {
    const score = form.scores[d];
    if (score !== null) head.push(t("reviews.mail.score", { dimension: t(dimensionKey(d)), score }));
  }
  const sections: string[] = [];
  const section = (titleKey: Parameters<Translate>[0], text: string) => {
    if (text.trim() !== "") sections.push("", t(titleKey), text.trim());
  };
  section("reviews.mail.strengths", form.strengths);
  section("reviews.mail.improvements", form.improvements);
  section("reviews.mail.actions", form.actions);
  const tail = [
    "",
    "",
    t("reviews.mail.closing"),
    ...(form.reviewer.trim() === "" ? [] : [form.reviewer.trim()]),
  ];

  const compose = (feedback: string) => [...head, feedback].join("\n") + tail.join("\n");
  const hrefOf = (body: string) =>
    `mailto:${encodeURIComponent(input.email.trim())}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

  const feedback = sections.join("\n");
  const full = compose(feedback);
  if (hrefOf(full).length <= MAILTO_MAX) return { href: hrefOf(full), subject, body: full, shortened: false };

  // Longest prefix of the feedback (in code points, so no surrogate pair is split) that still fits.
  const chars = Array.from(feedback);
  const cut = `\n${t("reviews.mail.cut")}`;
  const fits = (n: number) =>
    hrefOf(compose(chars.slice(0, n).join("").trimEnd() + cut)).length <= MAILTO_MAX;
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  const body = compose(wordBoundary(chars, low).trimEnd() + cut);
  return { href: hrefOf(body), subject, body, shortened: true };
}

/** The first `n` characters, backed up to the last space or line break when that is not far (Latin text). */
function wordBoundary(chars: readonly string[], n: number): string {
  if (n >= chars.length || /\s/.test(chars[n])) return chars.slice(0, n).join("");
  for (let i = n - 1; i >= Math.max(0, n - 24); i--) {
    if (/\s/.test(chars[i])) return chars.slice(0, i).join("");
  }
  return chars.slice(0, n).join("");
}
