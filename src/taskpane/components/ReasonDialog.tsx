/**
 * A deliberate step that needs a reason (unlocking a locked payout, reopening a submitted review): what the step
 * does, the reason field — required, said inline naming the field — and the write's failure in the dialog. Enter
 * confirms, Escape or Cancel changes nothing, and Fluent returns the focus where it came from. Each opening (each
 * new subject) starts with an empty reason.
 */
import { Dialog, DialogSurface, Field, Input, Text } from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";
import type { MessageKey } from "../../i18n";
import { useAction } from "../hooks/useAction";
import { requireText, useForm } from "../hooks/useForm";
import { FormDialog } from "./FormDialog";

/** Props of {@link ReasonDialog}. */
export type ReasonDialogProps<S, R> = {
  /** What the step acts on (a payout's id, a review), or null when the dialog is closed. */
  subject: S | null;
  title: (subject: S) => ReactNode;
  /** What the step does, in words. */
  body: (subject: S) => ReactNode;
  reasonLabel: string;
  /** The message when the reason is blank (its `{field}` is not used). */
  requiredKey: MessageKey;
  submitLabel: string;
  cancelLabel: string;
  /** The failure bar's title, when not the default. */
  errorTitle?: MessageKey;
  /** The write, given the subject and the reason; its result goes to `onDone` (a failure stays in the dialog). */
  write: (subject: S, reason: string) => Promise<R>;
  onDone: (result: R) => void;
  /** Called by Cancel and by Escape. */
  onClose: () => void;
};

/**
 * @param props - what the step acts on (null: closed), the texts, the write and the callbacks.
 * @returns the modal dialog.
 */
export function ReasonDialog<S, R>(props: ReasonDialogProps<S, R>) {
  // While the dialog animates out, it keeps showing the form it showed rather than an empty box; each opening
  // starts a new form.
  const last = useRef<S | null>(null);
  const openings = useRef({ count: 0, open: false });
  const open = props.subject !== null;
  if (open && !openings.current.open) openings.current.count += 1;
  openings.current.open = open;
  if (props.subject !== null) last.current = props.subject;
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && props.onClose()}>
      {last.current === null ? (
        <DialogSurface />
      ) : (
        <ReasonForm key={openings.current.count} {...props} subject={last.current} />
      )}
    </Dialog>
  );
}

function ReasonForm<S, R>(props: ReasonDialogProps<S, R> & { subject: S }) {
  const { subject, write } = props;
  const action = useAction(async (_progress, reason: string) => ({ result: await write(subject, reason) }));
  const form = useForm({
    initial: { reason: "" },
    check: requireText("reason", props.requiredKey),
    onSubmit: async (reason: string) => {
      const done = await action.run(reason);
      if (done) props.onDone(done.result);
    },
  });
  return (
    <FormDialog
      form={form}
      title={props.title(subject)}
      submitLabel={props.submitLabel}
      cancelLabel={props.cancelLabel}
      onCancel={props.onClose}
      error={action.error}
      errorTitle={props.errorTitle}
      onDismissError={action.reset}
    >
      <Text>{props.body(subject)}</Text>
      <Field label={props.reasonLabel} required {...form.field("reason")}>
        <Input {...form.bind("reason")} />
      </Field>
    </FormDialog>
  );
}
