/** The one way the pane shows a failure: a Fluent error MessageBar in the user's language. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MessageKey, MessageParams } from "../../i18n";
import { useRowNames } from "../hooks/useBook";
import { useKpiDesk } from "../shell/KpiDeskContext";
import { awaitsNames, errorText } from "../shell/errorText";
import { DismissButton } from "./NoticeBar";

const useStyles = makeStyles({
  // Inside a scrolling flex column (a dialog's content) the bar must keep its full height, not shrink under its text.
  bar: { flexShrink: 0 },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Props of {@link ErrorBar}. */
export type ErrorBarProps = {
  /** What was thrown. */
  error: unknown;
  /** The bar's title (defaults to "Something went wrong"). */
  titleKey?: MessageKey;
  /** Values of the title's placeholders. */
  titleParams?: MessageParams;
  /** When given, the bar has a Dismiss button calling it. */
  onDismiss?: () => void;
  /** When given, the bar has a Retry button calling it. */
  onRetry?: () => void;
};

/**
 * Renders a caught error, with validation details listed under the message.
 * @param props - the error, an optional title (and its parameters), dismiss and retry handlers.
 * @returns the message bar.
 */
export function ErrorBar({
  error,
  titleKey = "tp.error.title",
  titleParams,
  onDismiss,
  onRetry,
}: ErrorBarProps) {
  const { locale, t } = useKpiDesk();
  const styles = useStyles();
  const names = useRowNames();
  // A message naming a customer waits for the customers' names (the first book's other tables, a second or two).
  const held = awaitsNames(error, names);
  const { message, details } = errorText(error, locale, names);
  return (
    <MessageBar className={styles.bar} intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(titleKey, titleParams)}</MessageBarTitle>
        {held ? <Spinner size="extra-tiny" labelPosition="after" label={t("tp.error.naming")} /> : message}
        {details.length > 0 && (
          <ul className={styles.details}>
            {details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {(onDismiss || onRetry) && (
        <MessageBarActions containerAction={onDismiss && <DismissButton onClick={onDismiss} />}>
          {onRetry && <Button onClick={onRetry}>{t("tp.retry")}</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
