/**
 * A small fixed choice shown whole (a calibration method, a split method, whose goals to copy, the headers'
 * language): a labelled Fluent `Field` holding one radio button per choice, in the order given.
 */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { FieldState } from "../hooks/useForm";

/** One radio button: its value and its text. */
export interface RadioChoice<V extends string> {
  value: V;
  text: string;
}

/** Props of {@link RadioField}. */
export type RadioFieldProps<V extends string> = {
  label: string;
  /** A line under the buttons. */
  hint?: string;
  value: V;
  choices: readonly RadioChoice<V>[];
  /** Called with the chosen choice's value. */
  onChange: (value: V) => void;
  /** "horizontal" puts the buttons on one line (they wrap in a narrow pane); stacked by default. */
  layout?: "horizontal" | "vertical";
  disabled?: boolean;
  /** A form field's message and state (`useForm`'s `field`), when the choice belongs to a checked form. */
  validation?: FieldState;
};

/**
 * @param props - the label, hint, value, choices, change handler, layout, disabled state and message.
 * @returns the labelled radio group.
 */
export function RadioField<V extends string>(props: RadioFieldProps<V>) {
  const { choices, onChange } = props;
  return (
    <Field label={props.label} hint={props.hint} {...props.validation}>
      <RadioGroup
        layout={props.layout}
        value={props.value}
        disabled={props.disabled}
        // The value is one of `choices`' own.
        onChange={(_, data) => onChange(data.value as V)}
      >
        {choices.map((choice) => (
          <Radio key={choice.value} value={choice.value} label={choice.text} />
        ))}
      </RadioGroup>
    </Field>
  );
}
