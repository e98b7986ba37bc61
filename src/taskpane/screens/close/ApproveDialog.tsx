/**
 * The confirmation before approving in bulk: how many payouts, their total, the period, the team and in whose name
 * — so "Approve drafts (20)" is never one accidental click. Escape or Cancel changes nothing.
 */
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useMoney } from "../../hooks/useMoney";
import { useKpiDesk } from "../../shell/KpiDeskContext";

/** Props of {@link ApproveDialog}. */
export type ApproveDialogProps = {
  open: boolean;
  /** Drafts about to be approved. */
  count: number;
  /** Their total (Amount + Adjustment). */
  amount: number;
  period: string;
  /** The team filter in words. */
  team: string;
  /** The approver's name. */
  name: string;
  onCancel: () => void;
  onConfirm: () => void;
};

/**
 * @param props - what is about to be approved, and the callbacks.
 * @returns the dialog.
 */
export function ApproveDialog({
  open,
  count,
  amount,
  period,
  team,
  name,
  onCancel,
  onConfirm,
}: ApproveDialogProps) {
  const { t } = useKpiDesk();
  const money = useMoney();
  return (
    <ConfirmDialog
      open={open}
      title={t("close.confirm.title", { count })}
      confirmLabel={t("close.confirm.ok", { count })}
      cancelLabel={t("close.cancel")}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {t("close.confirm.body", { count, period, team, name, amount: money(amount) })}
    </ConfirmDialog>
  );
}
