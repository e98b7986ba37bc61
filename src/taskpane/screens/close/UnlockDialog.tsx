/**
 * The unlock dialog: a reason is required (said inline, naming the field); Enter unlocks, Escape closes, and the
 * focus goes back where it came from (the screen returns it to the Unlock button).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
} from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import { unlock } from "../../../workbook/periodClose";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useCloseStyles } from "./close.styles";

/** Props of {@link UnlockDialog}. */
export type UnlockDialogProps = {
  /** The payout to unlock, or null when the dialog is closed. */
  payoutId: string | null;
  /** Who unlocks (for the audit log), may be blank. */
  by: string;
  onClose: () => void;
  /** Called after a successful unlock. */
  onUnlocked: (payoutId: string) => void;
};

/**
 * @param props - the payout, who, and the callbacks.
 * @returns the dialog.
 */
export function UnlockDialog(props: UnlockDialogProps) {
  return (
    <Dialog open={props.payoutId !== null} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <UnlockSurface key={props.payoutId ?? ""} {...props} payoutId={props.payoutId ?? ""} />
    </Dialog>
  );
}

function UnlockSurface({ payoutId, by, onClose, onUnlocked }: UnlockDialogProps & { payoutId: string }) {
  const { t, port, today } = useKpiDesk();
  const styles = useCloseStyles();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const action = useAction(async (_progress, why: string) => {
    await unlock(port, payoutId, why, { date: today, by });
    return true;
  });
  const missing = reason.trim() === "";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing) return input.current?.focus();
    const done = await action.run(reason);
    if (done) onUnlocked(payoutId);
  };

  return (
    <DialogSurface>
      <form onSubmit={submit} noValidate>
        <DialogBody>
          <DialogTitle>{t("close.unlock.title", { id: payoutId })}</DialogTitle>
          <DialogContent className={styles.form}>
            <Text>{t("close.unlock.body")}</Text>
            <Field
              label={t("close.unlock.reason")}
              required
              validationMessage={tried && missing ? t("close.err.reasonRequired") : undefined}
            >
              <Input ref={input} value={reason} onChange={(_, d) => setReason(d.value)} />
            </Field>
            {action.status === "failed" && (
              <ErrorBar error={action.error} titleKey="close.failed" onDismiss={action.reset} />
            )}
          </DialogContent>
          <DialogActions>
            <Button type="submit" appearance="primary" disabled={action.status === "running"}>
              {t("close.unlock")}
            </Button>
            <Button onClick={onClose}>{t("close.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
