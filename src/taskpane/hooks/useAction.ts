/**
 * Runs a write (or any long operation) against the workbook: tracks progress, keeps the failure for an
 * `ErrorBar`, and marks the workbook changed on success so every reader refreshes — and after a conflict too
 * (rows changed in the sheet since the screen read them), so that the screen shows the sheet's values while the
 * message says what differed.
 */
import { useCallback, useRef, useState } from "react";
import { ConflictError } from "../../core/errors";
import { useKpiDesk } from "../shell/KpiDeskContext";

/** Progress of a long operation: `done` of `total` steps. */
export interface Progress {
  done: number;
  total: number;
}

/** Where an action is. */
export type ActionStatus = "idle" | "running" | "done" | "failed";

/** What {@link useAction} returns. */
export interface ActionState<A extends unknown[], R> {
  status: ActionStatus;
  /** The last progress report while running, or null. */
  progress: Progress | null;
  /** The last successful result, or undefined. */
  result: R | undefined;
  /** The last failure (render it with `ErrorBar`), or null. */
  error: unknown;
  /** Starts the action; resolves to its result, or undefined when it failed (the failure is in `error`). */
  run: (...args: A) => Promise<R | undefined>;
  /** Back to idle: clears the result and the error. */
  reset: () => void;
}

/** Reports progress from inside an action. */
export type ReportProgress = (progress: Progress) => void;

/**
 * @param action - the operation; receives a progress callback before its own arguments.
 * @returns state and `run`. A second `run` while one is running is ignored, so a double click writes once.
 * @example const save = useAction((_progress, rows: GoalRow[]) => port.appendRows("Goals", rows));
 */
export function useAction<A extends unknown[], R>(
  action: (onProgress: ReportProgress, ...args: A) => Promise<R>,
): ActionState<A, R> {
  const { invalidate } = useKpiDesk();
  const [state, setState] = useState<{
    status: ActionStatus;
    progress: Progress | null;
    result: R | undefined;
    error: unknown;
  }>({ status: "idle", progress: null, result: undefined, error: null });
  const running = useRef(false);
  // The latest action, so `run` keeps one identity while callers pass inline functions.
  const latest = useRef(action);
  latest.current = action;

  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setState({ status: "running", progress: null, result: undefined, error: null });
      const onProgress: ReportProgress = (progress) => setState((s) => ({ ...s, progress }));
      try {
        const result = await latest.current(onProgress, ...args);
        setState({ status: "done", progress: null, result, error: null });
        invalidate();
        return result;
      } catch (error) {
        setState({ status: "failed", progress: null, result: undefined, error });
        if (error instanceof ConflictError) invalidate();
        return undefined;
      } finally {
        running.current = false;
      }
    },
    [invalidate],
  );
  const reset = useCallback(
    () => setState({ status: "idle", progress: null, result: undefined, error: null }),
    [],
  );
  return { ...state, run, reset };
}
