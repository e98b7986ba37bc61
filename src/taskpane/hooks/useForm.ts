/**
 * The plumbing every form of the pane shares: the draft as typed, the check that runs before anything is written,
 * the field messages (shown from the first attempt to submit on, then following what is typed), the focus on the
 * first field in error, and the submit state (a second submit while one is running is ignored, so a double Enter
 * writes once). The rules themselves stay in the domain modules: `check` only calls them.
 */
import { useRef, useState, type FormEvent } from "react";
import type { MessageKey, MessageParams } from "../../i18n";
import { useKpiDesk } from "../shell/KpiDeskContext";
import { useAction } from "./useAction";

/** A field's message: a catalogue key and its parameters (the same shape every domain check returns). */
export interface FieldMessage {
  key: MessageKey;
  params?: MessageParams;
}

/** What a check returns: the value to submit, or the messages per field. */
export type FormCheck<F extends string, V> =
  { ok: true; value: V } | { ok: false; errors: Partial<Record<F, FieldMessage>> };

/** What a Fluent `Field` needs to show one field's problem. */
export interface FieldState {
  validationMessage: string | undefined;
  validationState: "error" | "none";
}

/** Options of {@link useForm}. */
export interface FormOptions<D, F extends string, V> {
  /** The draft the form opens with (or a function computing it once). */
  initial: D | (() => D);
  /**
   * Checks a draft. `phase` is `"submit"` when the value will be written (a form may then draw a new id) and
   * `"live"` while the messages follow what is typed.
   */
  check: (draft: D, phase: "live" | "submit") => FormCheck<F, V>;
  /** Writes the value; the form counts as submitting until the promise settles. */
  onSubmit: (value: V) => Promise<unknown> | void;
  /** The fields in the order they stand in the form: the first one in error takes the focus. */
  order?: readonly F[];
  /** The label of a field, passed to its message as `{field}` (for messages that name their field that way). */
  labelOf?: (field: F) => MessageKey | undefined;
  /**
   * Each field's label, in the order the fields stand: `order` and `labelOf` when those are not given, and the
   * label `FormState.label` gives a field's component.
   */
  labels?: Readonly<Record<F, MessageKey>>;
}

/** What {@link useForm} returns. */
export interface FormState<D, F extends string> {
  draft: D;
  /** Replaces the draft (or derives the next one from it). */
  update: (next: D | ((draft: D) => D)) => void;
  /** Sets one field of the draft. */
  set: <K extends keyof D>(field: K, value: D[K]) => void;
  /** True once the user has tried to submit: the messages are shown from then on. */
  tried: boolean;
  /** The current messages per field (empty before the first attempt to submit). */
  errors: Partial<Record<F, FieldMessage>>;
  /** A field's message and state, spread onto a Fluent `Field`. */
  field: (field: F) => FieldState;
  /** A field's label in the pane's language (from `labels` or `labelOf`; empty when it has none). */
  label: (field: F) => string;
  /** A callback ref registering a field's input, for the focus on the first error. */
  ref: (field: F) => (element: HTMLElement | null) => void;
  /** `ref`, `value` and `onChange` of a text input, select or textarea bound to a string field of the draft. */
  bind: (field: Extract<keyof D, string>) => {
    ref: (element: HTMLElement | null) => void;
    value: string;
    onChange: (event: unknown, data: { value: string }) => void;
  };
  /** The form's `onSubmit`. */
  submit: (event?: FormEvent) => Promise<void>;
  /** True while `onSubmit` runs. */
  submitting: boolean;
}

/**
 * @param options - the starting draft, the check, what to do with a valid value, the field order and labels.
 * @returns the draft, its setters, the messages, refs for focus, and the submit handler and state.
 * @example
 * const form = useForm({ initial: emptyDeal(""), check: (d) => checkDeal(d), onSubmit: (row) => save.run(row) });
 * <Field label={t("customers.field.amount")} {...form.field("amount")}><Input {...form.bind("amount")} /></Field>
 */
export function useForm<D, F extends string, V>(options: FormOptions<D, F, V>): FormState<D, F> {
  const { t } = useKpiDesk();
  const [draft, setDraft] = useState<D>(options.initial);
  const [tried, setTried] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const running = useRef(false);
  const elements = useRef<Partial<Record<F, HTMLElement | null>>>({});

  const { labels } = options;
  const labelOf = options.labelOf ?? (labels ? (name: F) => labels[name] : undefined);
  const order = options.order ?? (labels ? (Object.keys(labels) as F[]) : undefined);
  const checked = tried ? options.check(draft, "live") : null;
  const errors: Partial<Record<F, FieldMessage>> = checked && !checked.ok ? checked.errors : {};

  const field = (name: F): FieldState => {
    const error = errors[name];
    if (!error) return { validationMessage: undefined, validationState: "none" };
    const label = labelOf?.(name);
    const params = label ? { ...error.params, field: t(label) } : error.params;
    return { validationMessage: t(error.key, params), validationState: "error" };
  };
  const ref = (name: F) => (element: HTMLElement | null) => {
    elements.current[name] = element;
  };
  const set = <K extends keyof D>(name: K, value: D[K]) => setDraft((d) => ({ ...d, [name]: value }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (running.current) return;
    setTried(true);
    const result = options.check(draft, "submit");
    if (!result.ok) {
      const inError = Object.keys(result.errors) as F[];
      const first = order ? order.find((f) => result.errors[f]) : inError[0];
      if (first !== undefined) elements.current[first]?.focus();
      return;
    }
    running.current = true;
    setSubmitting(true);
    try {
      await options.onSubmit(result.value);
    } finally {
      running.current = false;
      setSubmitting(false);
    }
  };

  return {
    draft,
    update: setDraft,
    set,
    tried,
    errors,
    field,
    label: (name) => {
      const key = labelOf?.(name);
      return key ? t(key) : "";
    },
    ref,
    bind: (name) => ({
      ref: ref(name as string as F),
      value: String(draft[name] ?? ""),
      onChange: (_event, data) => set(name, data.value as D[typeof name]),
    }),
    submit,
    submitting,
  };
}

/** Options of {@link useSaveForm}: those of `useForm`, with the write and what follows it instead of `onSubmit`. */
export interface SaveFormOptions<D, F extends string, V, R> extends Omit<FormOptions<D, F, V>, "onSubmit"> {
  /** Writes the checked value to the workbook; resolves to what `onSaved` receives (not undefined). */
  save: (value: V) => Promise<R>;
  /** Called once the write succeeded; a failure stays in `error` (FormDialog shows it) and the form stays open. */
  onSaved: (saved: R) => void;
}

/**
 * A form that writes to the workbook: `useForm` whose submit runs the write as a `useAction` (a ConflictError or a
 * refusal is kept in `error`, the workbook is marked changed on success) and then calls `onSaved`.
 * @param options - the form's options, the write and what to do once written.
 * @returns the form's state and the last write's failure (null when none).
 * @example
 * const form = useSaveForm({ initial, check, labels, save: (row) => port.appendRows("Training", [row]).then(() => row), onSaved });
 * <FormDialog form={form} …>
 */
export function useSaveForm<D, F extends string, V, R>(
  options: SaveFormOptions<D, F, V, R>,
): FormState<D, F> & { error: unknown } {
  const { save, onSaved, ...formOptions } = options;
  const write = useAction((_progress, value: V) => save(value));
  const form = useForm<D, F, V>({
    ...formOptions,
    onSubmit: async (value) => {
      const saved = await write.run(value);
      if (saved !== undefined) onSaved(saved);
    },
  });
  return { ...form, error: write.error };
}

/**
 * The check of a one-field form whose field is required (a reason, a name).
 * @param field - the field.
 * @param key - the message when it is blank.
 * @returns a check giving the text as typed, or the message.
 * @example useForm({ initial: { reason: "" }, check: requireText("reason", "close.err.reasonRequired"), onSubmit })
 */
export function requireText<F extends string>(
  field: F,
  key: MessageKey,
): (draft: Record<F, string>) => FormCheck<F, string> {
  return (draft) =>
    draft[field].trim() === ""
      ? { ok: false, errors: { [field]: { key } } as Partial<Record<F, FieldMessage>> }
      : { ok: true, value: draft[field] };
}
