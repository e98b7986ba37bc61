/**
 * A long write's progress while it runs (a report generated, the workbook set up): a labelled bar, filled as the
 * steps are done ("3 of 12" under it), indeterminate until the first step reports. Read out politely.
 */
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../hooks/useAction";

/** Props of {@link ProgressField}. */
export type ProgressFieldProps = {
  /** What is running. */
  label: string;
  /** The action's last progress report, or null before the first. */
  progress: Progress | null;
  /** The line under the bar for a report ("3 of 12 steps"). */
  steps: (progress: Progress) => string;
};

/**
 * @param props - the label, the progress and its words.
 * @returns the field holding the bar.
 */
export function ProgressField({ label, progress, steps }: ProgressFieldProps) {
  return (
    <Field label={label} hint={progress ? steps(progress) : undefined} aria-live="polite">
      <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
    </Field>
  );
}
