/**
 * A long write started by a button (generate a report, set up the workbook): the primary button, disabled while
 * the write runs; under it the write's progress while it runs, then its failure, if it failed, in an ErrorBar the
 * user can dismiss. What it wrote is the caller's to show.
 */
import { Button, makeStyles } from "@fluentui/react-components";
import type { MessageKey } from "../../i18n";
import type { ActionState } from "../hooks/useAction";
import { useKpiDesk } from "../shell/KpiDeskContext";
import { ErrorBar } from "./ErrorBar";
import { ProgressField } from "./ProgressField";

const useStyles = makeStyles({
  // In the screen's column the button keeps its own width.
  run: { alignSelf: "flex-start" },
});

/** Props of {@link LongAction}. */
export type LongActionProps = {
  /** The write (`useAction`). */
  action: Pick<ActionState<never[], unknown>, "status" | "progress" | "error" | "reset">;
  /** The button's text. */
  label: string;
  /** Starts the write. */
  onRun: () => void;
  /** Disables the button for a reason of the caller's own (nothing chosen), besides a running write. */
  disabled?: boolean;
  /** What is running, over the progress bar. */
  runningLabel: string;
  /** The line under the bar, with `{done}` and `{total}` steps. */
  steps: MessageKey;
  /** The failure bar's title. */
  failedTitle: MessageKey;
};

/**
 * @param props - the action, the button's text and handler, what it is doing, its steps' message, its failure's title.
 * @returns the button, then the progress while running or the failure once failed.
 */
export function LongAction(props: LongActionProps) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  const { action, steps } = props;
  const running = action.status === "running";
  return (
    <>
      <Button
        appearance="primary"
        className={styles.run}
        disabled={running || props.disabled === true}
        onClick={props.onRun}
      >
        {props.label}
      </Button>
      {running && (
        <ProgressField
          label={props.runningLabel}
          progress={action.progress}
          steps={({ done, total }) => t(steps, { done, total })}
        />
      )}
      {action.status === "failed" && (
        <ErrorBar error={action.error} titleKey={props.failedTitle} onDismiss={action.reset} />
      )}
    </>
  );
}
