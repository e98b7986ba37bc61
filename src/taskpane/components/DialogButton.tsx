/**
 * A small button that opens a form in a modal dialog ("Add training", "Record a meeting"…). The form is mounted
 * only while the dialog is open, so each opening starts from a fresh draft; Escape, Cancel or a save closes it and
 * the focus goes back to the button.
 */
import { Button, Dialog, DialogSurface, DialogTrigger } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from "react";

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
  // Fluent restores the focus when Escape closes the dialog; after a save (the form unmounted) it is done here.
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button ref={button} size="small" appearance={appearance} icon={icon} aria-label={ariaLabel}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>{open && children(() => setOpen(false))}</DialogSurface>
    </Dialog>
  );
}
