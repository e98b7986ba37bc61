/**
 * The feedback e-mail when the whole review is too long for a mailto link: a MessageBar says so, and "Copy to
 * clipboard" puts the subject and the whole review on the clipboard to paste into a new e-mail. When the
 * clipboard refuses (a browser or Office host without the permission), the text is shown selected, to copy by hand.
 */
import { Button, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { mailText, type FeedbackMail } from "../../../domain/reviews/mail";
import { NoticeBar } from "../../components/NoticeBar";
import { useKpiDesk } from "../../shell/KpiDeskContext";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  text: { alignSelf: "stretch" },
});

/** Props of {@link MailCopy}. */
export type MailCopyProps = {
  mail: FeedbackMail;
  /** The person's address, named in the message. */
  email: string;
};

/**
 * @param props - the drafted e-mail and the address.
 * @returns the message and the copy button.
 */
export function MailCopy({ mail, email }: MailCopyProps) {
  const { t, locale } = useKpiDesk();
  const styles = useStyles();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const text = mailText(mail, t);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <div className={styles.box}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t("reviews.mail.tooLong", {
            length: new Intl.NumberFormat(locale).format(mail.linkLength),
            email,
          })}
        </MessageBarBody>
      </MessageBar>
      <Button icon={<CopyRegular />} onClick={() => void copy()}>
        {t("reviews.mail.copy")}
      </Button>
      {state === "copied" && (
        <NoticeBar onDismiss={() => setState("idle")}>{t("reviews.mail.copied")}</NoticeBar>
      )}
      {state === "failed" && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("reviews.mail.copyFailed")}</MessageBarBody>
          </MessageBar>
          <Textarea
            className={styles.text}
            readOnly
            rows={8}
            value={text}
            aria-label={t("reviews.mail.copy")}
            ref={(el) => el?.select()}
          />
        </>
      )}
    </div>
  );
}
