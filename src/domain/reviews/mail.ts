/**
 * The feedback e-mail drafted from a review: subject and body in the pane's language, holding the whole review —
 * overall and the six scores, what went well, what to improve and the agreed action plan — never cut. Mail
 * programs and browsers cut long `mailto:` links unpredictably (around 2,000 characters), so a link is drafted only
 * while it stays within {@link MAILTO_MAX}; a longer review is offered for copying instead (the pane copies subject
 * and body to the clipboard and says why).
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

/** The drafted e-mail. */
export interface FeedbackMail {
  /** The mailto link with the whole body; null when it would be longer than MAILTO_MAX (copy instead). */
  href: string | null;
  subject: string;
  /** The whole review, never shortened. */
  body: string;
  /** The length the link with the whole body has (percent-encoded). */
  linkLength: number;
}

/**
 * Drafts the feedback e-mail.
 * @param input - address, name, period, cycle, the review's values and the weights for Overall.
 * @param locale - the language of the e-mail.
 * @param t - the translator of that language.
 * @returns subject, the whole body, and the mailto link when it fits in MAILTO_MAX characters (else null).
 * @example feedbackMail({ email: "ada@x.cn", name: "Ada", period: "2026-Q3", cycle: "quarter", form, weights }, "en-US", t)
 */
export function feedbackMail(input: FeedbackMailInput, locale: Locale, t: Translate): FeedbackMail {
  const { form, name, period } = input;
  const cycle = enumLabel(input.cycle, locale).toLocaleLowerCase(locale);
  const subject = t("reviews.mail.subject", { period });
  const { overall } = liveOverall(form.scores, input.weights);

  const lines: string[] = [
    t("reviews.mail.greeting", { name }),
    "",
    t("reviews.mail.intro", { cycle, period }),
    "",
  ];
  if (overall !== null) lines.push(t("reviews.mail.overall", { overall: formatScore(overall, locale) }));
  for (const d of REVIEW_DIMENSIONS) {
    const score = form.scores[d];
    if (score !== null) lines.push(t("reviews.mail.score", { dimension: t(dimensionKey(d)), score }));
  }
  const section = (titleKey: Parameters<Translate>[0], text: string) => {
    if (text.trim() !== "") lines.push("", t(titleKey), text.trim());
  };
  section("reviews.mail.strengths", form.strengths);
  section("reviews.mail.improvements", form.improvements);
  section("reviews.mail.actions", form.actions);
  lines.push("", t("reviews.mail.closing"));
  if (form.reviewer.trim() !== "") lines.push(form.reviewer.trim());

  const body = lines.join("\n");
  const href = `mailto:${encodeURIComponent(input.email.trim())}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { href: href.length <= MAILTO_MAX ? href : null, subject, body, linkLength: href.length };
}

/**
 * What the pane copies when the link would be too long: the subject line, a blank line, then the body.
 * @param mail - the drafted e-mail.
 * @param t - the translator of its language.
 * @returns the text to paste into a new e-mail.
 */
export function mailText(mail: FeedbackMail, t: Translate): string {
  return `${t("reviews.mail.subjectLine", { subject: mail.subject })}\n\n${mail.body}`;
}
