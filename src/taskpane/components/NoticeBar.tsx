/**
 * The pane's success notice (what a write did: a deal saved, a report written, a set-up done), the counterpart of
 * {@link ErrorBar}, and the Dismiss button both bars (and the reminders banner) close with.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarProps,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { useKpiDesk } from "../shell/KpiDeskContext";

/**
 * The icon-only Dismiss of a MessageBar (its `containerAction`).
 * @param props - what it calls, and its accessible name when not the plain "Dismiss".
 * @returns the transparent button with the dismiss icon.
 */
export function DismissButton({ onClick, label }: { onClick: () => void; label?: string }) {
  const { t } = useKpiDesk();
  return (
    <Button
      appearance="transparent"
      aria-label={label ?? t("tp.dismiss")}
      icon={<DismissRegular />}
      onClick={onClick}
    />
  );
}

/** Props of {@link NoticeBar}. */
export type NoticeBarProps = {
  /** A bold first line, when the notice has one. */
  title?: ReactNode;
  /** The MessageBar's layout (Fluent's own default when not given). */
  layout?: MessageBarProps["layout"];
  /** When given, the bar has a Dismiss button calling it. */
  onDismiss?: () => void;
  children: ReactNode;
};

/**
 * @param props - the text, an optional title, the layout and an optional dismiss handler.
 * @returns a success MessageBar.
 */
export function NoticeBar({ title, layout, onDismiss, children }: NoticeBarProps) {
  return (
    <MessageBar intent="success" layout={layout}>
      <MessageBarBody>
        {title != null && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {onDismiss && <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />} />}
    </MessageBar>
  );
}
