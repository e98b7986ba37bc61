/**
 * A small button that opens a form in a modal dialog ("Add training", "Record a meeting"…). The form is mounted
 * only while the dialog is open, so each opening starts from a fresh draft; Escape or Cancel closes it and Fluent
 * returns the focus to the button.
 */
import { Button, Dialog, DialogSurface, DialogTrigger } from "@fluentui/react-components";
import { useState, type ReactElement, type ReactNode } from "react";

/** Props of {@link DialogButton}. */
export type DialogButtonProps = {
  label: ReactNode;
  icon?: ReactElement;
  appearance?: "primary" | "secondary";
  /** A longer accessible name, when several buttons share the label. */
  ariaLabel?: string;
  /** The dialog's content while it is open; `close` closes it (once the form has saved). */
  children: (close: () => void) => ReactNode;
};

/**
 * @param props - the button's text, icon, appearance and accessible name, and the dialog's content.
 * @returns the button and its dialog.
 */
export function DialogButton({ label, icon, appearance, ariaLabel, children }: DialogButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" appearance={appearance} icon={icon} aria-label={ariaLabel}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>{open && children(() => setOpen(false))}</DialogSurface>
    </Dialog>
  );
}
