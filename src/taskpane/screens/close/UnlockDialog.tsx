/**
 * The unlock dialog: a reason is required (said inline, naming the field); Enter unlocks, Escape closes, and the
 * focus goes back where it came from (the screen returns it to the Unlock button).
 */
import { Dialog, Field, Input, Text } from "@fluentui/react-components";
import { unlock } from "../../../workbook/periodClose";
import { FormDialog } from "../../components/FormDialog";
import { useAction } from "../../hooks/useAction";
import { requireText, useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";

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
  const action = useAction(async (_progress, why: string) => {
    await unlock(port, payoutId, why, { date: today, by });
    return true;
  });
  const form = useForm({
    initial: { reason: "" },
    check: requireText("reason", "close.err.reasonRequired"),
    onSubmit: async (reason: string) => {
      if (await action.run(reason)) onUnlocked(payoutId);
    },
  });

  return (
    <FormDialog
      form={form}
      title={t("close.unlock.title", { id: payoutId })}
      submitLabel={t("close.unlock")}
      cancelLabel={t("close.cancel")}
      onCancel={onClose}
      error={action.error}
      errorTitle="close.failed"
      onDismissError={action.reset}
    >
      <Text>{t("close.unlock.body")}</Text>
      <Field label={t("close.unlock.reason")} required {...form.field("reason")}>
        <Input {...form.bind("reason")} />
      </Field>
    </FormDialog>
  );
}
