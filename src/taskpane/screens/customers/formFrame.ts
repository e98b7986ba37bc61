/** What every Customers form shares, whichever row it writes: its check, its write and its dialog's frame. */
import type { MessageKey } from "../../../i18n";
import type { Checked } from "../../../domain/crm/forms";
import type { ActionState } from "../../hooks/useAction";
import { useForm } from "../../hooks/useForm";
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
function useCustomerFormFrame({ onCancel, write }: Omit<CustomerWriteProps<unknown>, "onSubmit">) {
  const { t } = useKpiDesk();
  return {
    frame: "body",
    cancelLabel: t("customers.cancel"),
    onCancel,
    error: write.status === "failed" ? write.error : null,
    errorTitle: "customers.err.notSaved",
  } as const;
}

/** Options of {@link useCustomerForm}. */
export interface CustomerFormOptions<D, F extends string, R> {
  /** The draft the form opens with. */
  initial: () => D;
  /** The domain's check: the row to write, or the messages per field (`phase` as `useForm` gives it). */
  check: (draft: D, phase: "live" | "submit") => Checked<R, F>;
  /** Each field's label, in the order the fields stand (the first in error takes the focus). */
  labels: Readonly<Record<F, MessageKey>>;
}

/**
 * A Customers form: `useForm` over the domain's check, submitted through the screen's write, and the FormDialog
 * props of {@link useCustomerFormFrame}.
 * @param props - the form's write and Cancel.
 * @param options - the starting draft, the check and the labels.
 * @returns the form's state and its frame.
 */
export function useCustomerForm<D, F extends string, R>(
  props: CustomerWriteProps<R>,
  options: CustomerFormOptions<D, F, R>,
) {
  const form = useForm<D, F, R>({
    initial: options.initial,
    check: (draft, phase) => {
      const checked = options.check(draft, phase);
      return checked.ok ? { ok: true, value: checked.row } : checked;
    },
    labels: options.labels,
    onSubmit: props.onSubmit,
  });
  return { form, frame: useCustomerFormFrame(props) };
}
