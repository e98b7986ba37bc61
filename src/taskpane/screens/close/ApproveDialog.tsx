/**
 * The confirmation before approving in bulk: how many payouts, their total, the period, the team and in whose name
 * — so "Approve drafts (20)" is never one accidental click. Escape or Cancel changes nothing.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from "@fluentui/react-components";
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
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("close.confirm.title", { count })}</DialogTitle>
          <DialogContent>
            <Text>{t("close.confirm.body", { count, period, team, name, amount: money(amount) })}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t("close.confirm.ok", { count })}
            </Button>
            <Button onClick={onCancel}>{t("close.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
