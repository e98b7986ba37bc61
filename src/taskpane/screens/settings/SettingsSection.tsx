/**
 * The frame every section of the Settings screen shares: a headed region with its help, and below its fields the
 * outcome of its Save — "fix the marked fields" when the check refused, the failure as a MessageBar, or the
 * confirmation.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { MessageKey } from "../../../i18n";
import { ErrorBar } from "../../components/ErrorBar";
import type { ActionStatus } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useSettingsStyles } from "./settings.styles";

/** Props of {@link SettingsSection}. */
export type SettingsSectionProps = {
  titleKey: MessageKey;
  helpKey?: MessageKey;
  /** Called on Save (the button, or Enter in a field). */
  onSubmit: () => void;
  children: ReactNode;
  /** Where the save is. */
  status: ActionStatus;
  /** The save's failure. */
  error: unknown;
  /** Hides the outcome (the failure's Dismiss). */
  onDismiss: () => void;
  /** The confirmation once saved. */
  savedText: string;
  /** A save was refused by the check: nothing written. */
  refused: boolean;
};

/**
 * @param props - title, help, submit handler, fields and the save's state.
 * @returns the section: a form, so that Enter in any field saves it.
 */
export function SettingsSection(props: SettingsSectionProps) {
  const { titleKey, helpKey, onSubmit, children, status, error, onDismiss, savedText, refused } = props;
  const { t } = useKpiDesk();
  const styles = useSettingsStyles();
  const headingId = useId("settings-section");
  return (
    <form
      className={styles.section}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id={headingId} className={styles.heading}>
        {t(titleKey)}
      </h2>
      {helpKey && <Text className={styles.help}>{t(helpKey)}</Text>}
      {children}
      {refused && (
        <Text role="alert" className={styles.error}>
          {t("settings.fix")}
        </Text>
      )}
      {status === "failed" && <ErrorBar error={error} titleKey="settings.notSaved" onDismiss={onDismiss} />}
      {status === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{savedText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <SaveButton busy={status === "running"} />
      </div>
    </form>
  );
}

/** The section's Save: a submit button, disabled while saving. */
function SaveButton({ busy }: { busy: boolean }) {
  const { t } = useKpiDesk();
  return (
    <Button
      type="submit"
      appearance="primary"
      disabledFocusable={busy}
      icon={busy ? <Spinner size="extra-tiny" aria-label={t("settings.saving")} /> : undefined}
    >
      {t("settings.save")}
    </Button>
  );
}

/**
 * A tiny "saving" indicator, shown next to a control that saves as soon as it changes.
 * @returns the spinner.
 */
export function SavingSpinner() {
  const { t } = useKpiDesk();
  return <Spinner size="extra-tiny" label={t("settings.saving")} />;
}
