/**
 * The fields most forms are made of, each a Fluent `Field` bound to one field of a `useForm` draft: its label
 * (from the form's `labels`), its message and state, and the input registered for the focus on the first error.
 * A field with suggestions (teams, topics) offers them from a `<datalist>` of its own; a choice field is a
 * `ChoicePicker` (a native select, searchable beyond 100 choices: a person among 2,000).
 */
import { Field, Input, Textarea, useId, type InputProps } from "@fluentui/react-components";
import type { FormState } from "../hooks/useForm";
import { ChoicePicker } from "./ChoicePicker";
import type { Choice } from "./Options";

/** The part of a form's state a field uses. */
export type FieldForm<F extends string> = Pick<FormState<Record<F, string>, F>, "field" | "label"> & {
  bind: (field: F) => ReturnType<FormState<Record<F, string>, F>["bind"]>;
};

/** What every field takes. */
interface FieldProps<F extends string> {
  form: FieldForm<F>;
  /** The field of the draft. */
  name: F;
  /** Marks the label as required (the check is the form's). */
  required?: boolean;
  /** A hint under the input. */
  hint?: string;
}

/** Props of {@link TextField}. */
export type TextFieldProps<F extends string> = FieldProps<F> & {
  /** "date" for a date picker; text by default. */
  type?: "text" | "date";
  /** "decimal" or "numeric" for a number typed as text (the form's check reads it). */
  inputMode?: InputProps["inputMode"];
  /** Texts offered as the user types (the input still takes any text). */
  suggestions?: readonly string[];
  /** A unit after the input ("%"). */
  contentAfter?: string;
};

/**
 * @param props - the form, the field, whether it is required, a hint, the input's type, suggestions and unit.
 * @returns the labelled single-line input with its message.
 */
export function TextField<F extends string>(props: TextFieldProps<F>) {
  const { form, name, suggestions } = props;
  const listId = useId("suggestions");
  return (
    <Field label={form.label(name)} required={props.required} hint={props.hint} {...form.field(name)}>
      <Input
        type={props.type}
        inputMode={props.inputMode}
        contentAfter={props.contentAfter}
        list={suggestions ? listId : undefined}
        {...form.bind(name)}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </Field>
  );
}

/**
 * @param props - the form, the field, whether it is required, a hint and the number of rows shown.
 * @returns the labelled text area (it grows vertically) with its message.
 */
export function TextAreaField<F extends string>(props: FieldProps<F> & { rows?: number }) {
  const { form, name } = props;
  return (
    <Field label={form.label(name)} required={props.required} hint={props.hint} {...form.field(name)}>
      <Textarea resize="vertical" rows={props.rows} {...form.bind(name)} />
    </Field>
  );
}

/**
 * @param props - the form, the field, the choices, the text of "none chosen" when the field may be left empty.
 * @returns the labelled select (searchable when it offers many choices) with its message.
 */
export function ChoiceField<F extends string>(
  props: FieldProps<F> & { choices: readonly Choice[]; none?: string },
) {
  const { form, name } = props;
  const { ref, value, onChange } = form.bind(name);
  return (
    <Field label={form.label(name)} required={props.required} hint={props.hint} {...form.field(name)}>
      <ChoicePicker
        inputRef={ref}
        value={value}
        choices={props.choices}
        none={props.none}
        onChange={(chosen) => onChange(undefined, { value: chosen })}
      />
    </Field>
  );
}
