/**
 * The pane's confirmation before a deliberate step (submitting a review, approving payouts in bulk): a title, what
 * is about to happen, the primary confirm button and Cancel. Escape or Cancel changes nothing.
 */
import { Button, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { DialogFrame, DialogPanel } from "./DialogFrame";

/** Props of {@link ConfirmDialog}. */
export type ConfirmDialogProps = {
  open: boolean;
  title: ReactNode;
  /** What confirming does, in words. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Called by Cancel and by Escape. */
  onCancel: () => void;
};

/**
 * @param props - whether it is open, the texts and the two callbacks.
 * @returns the modal dialog.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <DialogFrame open={props.open} onClose={props.onCancel}>
      <DialogPanel
        title={props.title}
        actions={
          <>
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.confirmLabel}
            </Button>
            <Button onClick={props.onCancel}>{props.cancelLabel}</Button>
          </>
        }
      >
        <Text>{props.children}</Text>
      </DialogPanel>
    </DialogFrame>
  );
}
