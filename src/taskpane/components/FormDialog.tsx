/**
 * The frame of every form in a dialog: title, the fields in one column, the failure of the last write (a
 * ConflictError or a refusal, in an error MessageBar) and the footer — the primary submit button (disabled with a
 * spinner while the write runs) and Cancel. Enter in a single-line field submits (it is a real `<form>`); Escape
 * closes the dialog, as Fluent's Dialog does, through the host's `onOpenChange` or `onCancel`.
 */
import { Button, DialogSurface, DialogTrigger, Spinner, mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { MessageKey } from "../../i18n";
import type { FormState } from "../hooks/useForm";
import { DialogFrame, DialogPanel } from "./DialogFrame";
import { ErrorBar } from "./ErrorBar";
import { useLayoutStyles } from "./layout.styles";

/** Props of {@link FormDialog}. */
export type FormDialogProps = {
  /**
   * The form's state (from `useForm`): its submit handler and whether it is submitting; from `useSaveForm`, also
   * the last write's failure, shown when `error` is not given.
   */
  form: Pick<FormState<unknown, string>, "submit" | "submitting"> & { error?: unknown };
  title: ReactNode;
  /** The submit button's text. */
  submitLabel: string;
  /** The cancel button's text. */
  cancelLabel: string;
  /**
   * Called by Cancel (and by Escape when `frame` is "dialog"). Without it, Cancel closes the enclosing Fluent
   * Dialog as a `DialogTrigger`.
   */
  onCancel?: () => void;
  /**
   * "body": the host owns the `Dialog` and its surface, this renders the form inside it; "surface": the host owns
   * the `Dialog` (and its open state) and this renders the surface; "dialog": this renders an open modal `Dialog`
   * too (mount it to open it).
   */
  frame?: "body" | "surface" | "dialog";
  /** The last write's failure (null or undefined when none). */
  error?: unknown;
  /** The failure bar's title. */
  errorTitle?: MessageKey;
  /** When given, the failure bar can be dismissed. */
  onDismissError?: () => void;
  /** Disables submit for a reason of the form's own (nothing to write), besides a running write. */
  submitDisabled?: boolean;
  /** Extra class of the content column (for a wider or denser form). */
  contentClassName?: string;
  /** Extra class of the surface. */
  surfaceClassName?: string;
  children: ReactNode;
};

/**
 * @param props - the form state, title, button texts, the failure and the fields.
 * @returns the dialog surface holding the form (inside an open Dialog when `frame` is "dialog").
 */
export function FormDialog(props: FormDialogProps) {
  const styles = useLayoutStyles();
  const { form, onCancel } = props;
  const running = form.submitting;
  const error = props.error ?? form.error;
  const cancel = onCancel ? (
    <Button type="button" onClick={onCancel}>
      {props.cancelLabel}
    </Button>
  ) : (
    <DialogTrigger disableButtonEnhancement>
      <Button type="button">{props.cancelLabel}</Button>
    </DialogTrigger>
  );
  const body = (
    <form onSubmit={(event) => void form.submit(event)} noValidate>
      <DialogPanel
        title={props.title}
        contentClassName={mergeClasses(styles.form, props.contentClassName)}
        actions={
          <>
            <Button
              type="submit"
              appearance="primary"
              disabled={running || props.submitDisabled === true}
              icon={running ? <Spinner size="tiny" /> : undefined}
            >
              {props.submitLabel}
            </Button>
            {cancel}
          </>
        }
      >
        {props.children}
        {error != null && (
          <ErrorBar error={error} titleKey={props.errorTitle} onDismiss={props.onDismissError} />
        )}
      </DialogPanel>
    </form>
  );
  if (props.frame === "body") return body;
  if (props.frame === "dialog") {
    return (
      <DialogFrame onClose={() => onCancel?.()} surfaceClassName={props.surfaceClassName}>
        {body}
      </DialogFrame>
    );
  }
  return (
    <DialogSurface className={props.surfaceClassName} aria-describedby={undefined}>
      {body}
    </DialogSurface>
  );
}
