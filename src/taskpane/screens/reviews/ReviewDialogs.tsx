/**
 * The review form's two deliberate steps: confirming a submission (a submitted review is read-only), and reopening
 * a submitted review with a reason (logged in the Audit table by `reopenReview`). Escape or Cancel changes nothing.
 */
import { Dialog, DialogSurface, Field, Input, Text } from "@fluentui/react-components";
import type { ReviewRow } from "../../../model";
import { reopenReview } from "../../../workbook/reviewReopen";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormDialog } from "../../components/FormDialog";
import { useAction } from "../../hooks/useAction";
import { requireText, useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";

/**
 * @param props - whether it is open, whose review, and the callbacks.
 * @returns the submit confirmation.
 */
export function SubmitDialog(props: {
  open: boolean;
  name: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useKpiDesk();
  return (
    <ConfirmDialog
      open={props.open}
      title={t("reviews.confirm.title")}
      confirmLabel={t("reviews.confirm.ok")}
      cancelLabel={t("reviews.confirm.cancel")}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      {t("reviews.confirm.body", { name: props.name })}
    </ConfirmDialog>
  );
}

/** Props of {@link ReopenDialog}. */
export type ReopenDialogProps = {
  /** The review to reopen, or null when the dialog is closed. */
  review: ReviewRow | null;
  name: string;
  onClose: () => void;
  onReopened: (row: ReviewRow) => void;
};

/**
 * @param props - the review, the person's name, and the callbacks.
 * @returns the reopen dialog: a reason is required (said inline); Enter reopens.
 */
export function ReopenDialog(props: ReopenDialogProps) {
  return (
    <Dialog open={props.review !== null} onOpenChange={(_, d) => !d.open && props.onClose()}>
      {props.review ? (
        <ReopenSurface key={props.review.ReviewID} {...props} review={props.review} />
      ) : (
        <DialogSurface />
      )}
    </Dialog>
  );
}

function ReopenSurface({ review, name, onClose, onReopened }: ReopenDialogProps & { review: ReviewRow }) {
  const { t, port, today } = useKpiDesk();
  const action = useAction(async (_progress, why: string) => reopenReview(port, review, why, today));
  const form = useForm({
    initial: { reason: "" },
    check: requireText("reason", "reviews.err.reopenReason"),
    onSubmit: async (reason: string) => {
      const done = await action.run(reason);
      if (done) onReopened(done);
    },
  });
  return (
    <FormDialog
      form={form}
      title={t("reviews.reopen.title", { name })}
      submitLabel={t("reviews.reopen")}
      cancelLabel={t("reviews.confirm.cancel")}
      onCancel={onClose}
      error={action.error}
      onDismissError={action.reset}
    >
      <Text>{t("reviews.reopen.body", { reviewer: review.Reviewer ?? "—" })}</Text>
      <Field label={t("reviews.reopen.reason")} required {...form.field("reason")}>
        <Input {...form.bind("reason")} />
      </Field>
    </FormDialog>
  );
}
