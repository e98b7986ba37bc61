import { translator, type Locale } from "../../../src/i18n";
import { MAILTO_MAX, feedbackMail, mailText } from "../../../src/domain/reviews/mail";
import type { ReviewFormValues } from "../../../src/domain/reviews/cycles";
import { EQUAL, REVIEW_FORM } from "./fixture";

const draft = (locale: Locale, form: ReviewFormValues = REVIEW_FORM, email = "ada.lin@bank.cn") =>
  feedbackMail(
    { email, name: "Ada Lin", period: "2026-Q3", cycle: "quarter", form, weights: EQUAL },
    locale,
    translator(locale),
  );

/** Splits a mailto link into address, subject and body (decoded). */
function parse(href: string) {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=(.*)$/.exec(href);
  if (!match) throw new Error(`not a mailto link: ${href}`);
  return {
    to: decodeURIComponent(match[1]),
    subject: decodeURIComponent(match[2]),
    body: decodeURIComponent(match[3]),
  };
}

describe("feedbackMail", () => {
  it.each([
    [
      "en-US",
      "Your 2026-Q3 review: feedback",
      ["Hello Ada Lin,", "Overall: 3.5 / 5", "Customer satisfaction: 5", "What to improve:"],
    ],
    [
      "zh-CN",
      "2026-Q3 绩效评估反馈",
      ["Ada Lin，你好：", "综合：3.5 / 5", "客户满意度：5", "需要改进的地方："],
    ],
  ] as [Locale, string, string[]][])("drafts the e-mail in %s from the review", (locale, subject, lines) => {
    const mail = draft(locale);
    expect(mail.href).not.toBeNull();
    const parsed = parse(mail.href!);
    expect(parsed).toEqual({ to: "ada.lin@bank.cn", subject, body: mail.body });
    for (const line of lines) expect(mail.body.split("\n")).toContain(line);
    for (const text of [REVIEW_FORM.strengths, REVIEW_FORM.improvements, REVIEW_FORM.actions])
      expect(mail.body).toContain(text);
    expect(mail.body.endsWith("Zhou Min")).toBe(true);
    // Characters that would break the query are encoded.
    expect(mail.href).not.toMatch(/[ &]August/);
    expect(mail.href!.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(mail.linkLength).toBe(mail.href!.length);
  });

  it("leaves out what is not scored or written", () => {
    const mail = draft("en-US", {
      ...REVIEW_FORM,
      scores: { ...REVIEW_FORM.scores, Innovation: null },
      actions: " ",
    });
    expect(mail.body).not.toContain("Innovation");
    expect(mail.body).not.toContain("Agreed actions:");
  });

  it.each([
    ["English text", "en-US", "Keep calling the treasury team every week about the new cash pooling offer. "],
    ["Chinese text", "zh-CN", "每周联系客户财务部门，跟进新的资金池方案，并记录客户的反馈意见。"],
    ["text with emoji (surrogate pairs)", "en-US", "Great work 👍🏽 on the Q3 pipeline review 🚀 "],
  ] as [string, Locale, string][])(
    "keeps a long review with %s whole and offers no link for it",
    (_, locale, sentence) => {
      const long = sentence.repeat(80);
      const actions =
        locale === "zh-CN" ? "九月底前参加两次定价电话会。" : "Join two pricing calls by 30 September.";
      const mail = draft(locale, { ...REVIEW_FORM, strengths: long, improvements: long, actions });
      expect(mail.href).toBeNull();
      expect(mail.linkLength).toBeGreaterThan(MAILTO_MAX);
      const t = translator(locale);
      // Nothing cut: both long texts, the action plan and the sign-off are all there.
      expect(mail.body.split(long.trim()).length).toBe(3);
      expect(mail.body).toContain(`${t("reviews.mail.actions")}\n${actions}`);
      expect(mail.body.endsWith(`${t("reviews.mail.closing")}\nZhou Min`)).toBe(true);
      // What the pane copies: the subject line, then the whole body.
      expect(mailText(mail, t)).toBe(
        `${t("reviews.mail.subjectLine", { subject: mail.subject })}\n\n${mail.body}`,
      );
    },
  );

  it("drafts a link up to exactly the limit and none one character past it", () => {
    // Grow the strengths one character at a time: the link appears while it fits, then gives way to copying.
    const sizes = Array.from({ length: 1200 }, (_, n) =>
      draft("en-US", { ...REVIEW_FORM, strengths: "x".repeat(n) }),
    );
    const last = sizes.filter((m) => m.href !== null).at(-1)!;
    expect(last.href!.length).toBe(MAILTO_MAX);
    const next = sizes[sizes.indexOf(last) + 1];
    expect(next.href).toBeNull();
    expect(next.linkLength).toBe(last.linkLength + 1);
  });
});
