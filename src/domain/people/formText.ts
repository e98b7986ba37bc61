/** Renders a form's field errors: each message names its field by the field's label. */
import type { MessageKey, Translate } from "../../i18n";
import type { FieldErrors } from "../../taskpane/screens/people/peopleView";

/** What a Fluent `Field` needs to show one field's problem. */
export interface FieldState {
  validationMessage: string | undefined;
  validationState: "error" | "none";
}

/**
 * @param t - the translator.
 * @param errors - the form's errors (null before the first submit).
 * @param labels - the label key of each field.
 * @returns a function giving a field's message and state.
 */
export function fieldStates<F extends string>(
  t: Translate,
  errors: FieldErrors<F> | null,
  labels: Record<F, MessageKey>,
): (field: F) => FieldState {
  return (field) => {
    const e = errors?.[field];
    const message = e ? t(e.key, { ...e.params, field: t(labels[field]) }) : undefined;
    return { validationMessage: message, validationState: message ? "error" : "none" };
  };
}
