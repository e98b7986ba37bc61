/**
 * The frame every dialog of the pane is drawn in: a title, the content in one column and a line of action buttons
 * ({@link DialogPanel}), on a modal surface ({@link DialogFrame}). Escape, like the host's own Cancel or Close
 * button, calls `onClose`; Fluent returns the focus where it came from.
 */
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Props of {@link DialogPanel}. */
export type DialogPanelProps = {
  title: ReactNode;
  /** The content, in one column. */
  children: ReactNode;
  /** The footer's buttons. */
  actions: ReactNode;
  /** Class of the content column (a form's column, a denser list). */
  contentClassName?: string;
};

/**
 * @param props - the title, the content and the buttons.
 * @returns the dialog's body: title, content and actions (inside a surface, or inside a `<form>` in one).
 */
export function DialogPanel({ title, children, actions, contentClassName }: DialogPanelProps) {
  return (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={contentClassName}>{children}</DialogContent>
      <DialogActions>{actions}</DialogActions>
    </DialogBody>
  );
}

/** Props of {@link DialogFrame}. */
export type DialogFrameProps = {
  /** Whether it is open (mounted and open when not given). */
  open?: boolean;
  /** Called by Escape (and by the host's own Cancel or Close button). */
  onClose: () => void;
  /** Class of the surface (a wider dialog, a tighter padding). */
  surfaceClassName?: string;
  /** The surface's content. */
  children: ReactNode;
};

/**
 * @param props - whether it is open, what closes it, and its content (a {@link DialogPanel} or a form).
 * @returns the modal dialog.
 */
export function DialogFrame({ open = true, onClose, surfaceClassName, children }: DialogFrameProps) {
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={surfaceClassName} aria-describedby={undefined}>
        {children}
      </DialogSurface>
    </Dialog>
  );
}
