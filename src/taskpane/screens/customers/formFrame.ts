/** What every Customers form's dialog shares, whichever row it writes. */
import type { ActionState } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";

/** What the screen gives each of its forms: the write, its state, and Cancel. */
export type CustomerWriteProps<R> = {
  /** Writes the row; resolves true when written. */
  onSubmit: (row: R) => Promise<boolean>;
  /** Back to where the form was opened from (the customer's card, or the list). */
  onCancel: () => void;
  /** The screen's write (its failure is shown in the form, which stays open with what was typed). */
  write: Pick<ActionState<never[], unknown>, "status" | "error">;
};

/**
 * @param props - the form's write and Cancel.
 * @returns the FormDialog props every Customers form shares: it renders inside the screen's dialog surface, Cancel
 * goes back, and a failed write is shown titled "Not saved".
 */
export function useCustomerFormFrame({ onCancel, write }: Omit<CustomerWriteProps<unknown>, "onSubmit">) {
  const { t } = useKpiDesk();
  return {
    frame: "body",
    cancelLabel: t("customers.cancel"),
    onCancel,
    error: write.status === "failed" ? write.error : null,
    errorTitle: "customers.err.notSaved",
  } as const;
}
