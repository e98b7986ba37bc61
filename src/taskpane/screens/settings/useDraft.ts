/**
 * A section's form state: the draft as typed, which fields the user changed, whether a save was attempted — and
 * the draft follows the workbook while the user has not started editing (after a save, or a refresh that found
 * the sheet edited by hand).
 */
import { useCallback, useMemo, useState } from "react";
import type { Settings } from "../../../model";
import { saveSettings } from "../../../domain/settings/saveSettings";
import type { SettingValues } from "../../../domain/settings/settingsForm";
import { useAction, type ActionStatus } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";

/** What {@link useDraft} returns. */
export interface DraftState<D> {
  draft: D;
  /**
   * The values the draft started from (as read when editing began): the base of its save, so that a value the user
   * did not change here never overwrites an edit made in the sheet meanwhile.
   */
  origin: D;
  /** Replaces the draft (a field typed, a row added). */
  setDraft: (next: D) => void;
  /** Fields changed by the user: their problems show at once, the others' after a save attempt. */
  touched: ReadonlySet<string>;
  /** Marks a field as changed. */
  touch: (field: string) => void;
  /** A save was attempted: every problem shows. */
  attempted: boolean;
  setAttempted: (attempted: boolean) => void;
  /**
   * Follows a save: once it succeeds, the draft starts again from what the workbook then holds (read back in its
   * order and format); if it fails, the draft stays as typed.
   */
  track: <R>(save: Promise<R | undefined>) => void;
}

interface State<D> {
  key: string;
  base: D;
  origin: D;
  draft: D;
  touched: ReadonlySet<string>;
  attempted: boolean;
  /** A save of this draft is running or succeeded: the next values read replace the draft. */
  follow: boolean;
}

const fresh = <D>(key: string, initial: D): State<D> => ({
  key,
  base: initial,
  origin: initial,
  draft: initial,
  touched: new Set(),
  attempted: false,
  follow: false,
});

/**
 * @param initial - the values as read from the workbook (compared by value: a new object with the same values
 *   keeps the draft).
 * @returns the draft and its bookkeeping.
 * @example const { draft, setDraft } = useDraft(generalDraftOf(settings));
 */
export function useDraft<D>(initial: D): DraftState<D> {
  const key = JSON.stringify(initial);
  const [state, setState] = useState<State<D>>(() => fresh(key, initial));
  let current = state;
  if (state.key !== key) {
    const draftKey = JSON.stringify(state.draft);
    // Untouched, or just saved: start again from the workbook.
    current =
      state.follow || draftKey === JSON.stringify(state.base) || draftKey === key
        ? fresh(key, initial)
        : { ...state, key, base: initial };
    // Adjusting state while rendering, as React documents for state derived from props.
    setState(current);
  }
  // An edit while a save runs is the user's again: it is not replaced by what the save wrote.
  const setDraft = useCallback((draft: D) => setState((s) => ({ ...s, draft, follow: false })), []);
  const track = useCallback(<R>(save: Promise<R | undefined>) => {
    setState((s) => ({ ...s, follow: true }));
    void save.then((result) => {
      if (result === undefined) setState((s) => ({ ...s, follow: false }));
    });
  }, []);
  const touch = useCallback(
    (field: string) =>
      setState((s) => (s.touched.has(field) ? s : { ...s, touched: new Set([...s.touched, field]) })),
    [],
  );
  const setAttempted = useCallback((attempted: boolean) => setState((s) => ({ ...s, attempted })), []);
  return {
    draft: current.draft,
    origin: current.origin,
    setDraft,
    touched: current.touched,
    touch,
    attempted: current.attempted,
    setAttempted,
    track,
  };
}

/** What {@link useSectionSave} returns: the draft's state, an edit that also clears the last outcome, and Save. */
export interface SectionSave<D, R> extends DraftState<D> {
  /** Replaces the draft after an edit (marking `field` as changed when given) and hides the last save's outcome. */
  edit: (next: D, field?: string) => void;
  /** The last save's result (what it added and changed), once saved. */
  result: R | undefined;
  /** The Save handler and the save's state, spread onto {@link SettingsSection}. */
  section: {
    onSubmit: () => void;
    status: ActionStatus;
    error: unknown;
    onDismiss: () => void;
    refused: boolean;
  };
}

/**
 * A Settings section's draft and Save: Save marks every problem as shown and, when the draft checks, writes its
 * values with the values of the draft as read (the base that keeps a cell edited in the sheet meanwhile).
 * @param initial - the draft of the values as read.
 * @param valuesOf - the section's check: the values to write, or null while the draft has a problem.
 * @param write - the write (values, and the values as read when those check).
 * @returns the draft's state, `edit`, the save's result and the section's Save props.
 */
export function useSectionSave<D, V, R>(
  initial: D,
  valuesOf: (draft: D) => V | null,
  write: (values: V, read: V | undefined) => Promise<R>,
): SectionSave<D, R> {
  const state = useDraft(initial);
  const save = useAction((_progress, values: V, read: V | undefined) => write(values, read));
  const values = valuesOf(state.draft);
  const edit = (next: D, field?: string) => {
    state.setDraft(next);
    if (field !== undefined) state.touch(field);
    if (save.status !== "idle" && save.status !== "running") save.reset();
  };
  const onSubmit = () => {
    state.setAttempted(true);
    if (values !== null) state.track(save.run(values, valuesOf(state.origin) ?? undefined));
  };
  return {
    ...state,
    edit,
    result: save.result,
    section: {
      onSubmit,
      status: save.status,
      error: save.error,
      onDismiss: save.reset,
      refused: state.attempted && values === null,
    },
  };
}

/**
 * A section that edits keys of the Settings table (General, Weights): its draft of the settings as read, and Save
 * writing the checked values with those as read.
 * @param settings - the settings as read.
 * @param draftOf - the section's draft of them.
 * @param valuesOf - the section's check: the keys and values to write, or null while the draft has a problem.
 * @returns as {@link useSectionSave}.
 * @example const { draft, edit, section } = useSettingsSave(settings, weightsDraftOf, (d) => checkWeights(d).values);
 */
export function useSettingsSave<D>(
  settings: Settings,
  draftOf: (settings: Settings) => D,
  valuesOf: (draft: D) => SettingValues | null,
) {
  const { port } = useKpiDesk();
  const initial = useMemo(() => draftOf(settings), [settings, draftOf]);
  return useSectionSave(initial, valuesOf, (values, read) => saveSettings(port, values, read));
}
