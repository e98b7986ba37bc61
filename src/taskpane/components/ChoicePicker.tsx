/**
 * A picker of one choice: a native select for a few choices; for many (2,000 people, 500 teams) a searchable
 * combobox ({@link SearchPicker}) — typing part of a name or of its team narrows the list. Filters and form fields
 * (`ChoiceField`, the dialogs' person choices) use it alike. The searchable picker (Fluent's Combobox, ~15 KB gzip)
 * is its own chunk, fetched the first time a list passes {@link SEARCH_CHOICES} choices: the pane's first screen
 * does not carry it for a team of a few dozen. Until it has arrived the plain select stands in, holding the chosen
 * choice only (a select of 2,000 options is what the searchable picker is there to avoid).
 */
import { Select } from "@fluentui/react-components";
import { Suspense } from "react";
import { lazyWithStrings } from "../shell/lazyWithStrings";
import { Options, SEARCH_CHOICES, SHOWN_CHOICES, type Choice } from "./Options";

export { SEARCH_CHOICES, SHOWN_CHOICES };

/** The searchable picker, fetched on its first render (a failed download shows the screen's Retry). */
const SearchPicker = lazyWithStrings<ChoicePickerProps>([], () =>
  import(/* webpackChunkName: "search-picker" */ "./SearchPicker").then((m) => m.SearchPicker),
);

/** Props of {@link ChoicePicker}. */
export type ChoicePickerProps = {
  /** The id of the control, for a `<label htmlFor>`; inside a Fluent `Field` leave it out. */
  id?: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  disabled?: boolean;
  size?: "small" | "medium";
  /** The text of an empty first entry of a native select (nothing to choose). */
  none?: string;
  className?: string;
  /** The native select's own class (its width and ellipsis). */
  selectClassName?: string;
  /** Registers the control (the select, or the combobox's input), for a form's focus on its first error. */
  inputRef?: (element: HTMLElement | null) => void;
};

/**
 * @param props - the value, the choices, the change handler; an id when labelled by a `<label>`.
 * @returns a native select for up to {@link SEARCH_CHOICES} choices, a searchable combobox beyond (the select,
 *   with the chosen choice only, while the combobox's code is fetched).
 */
export function ChoicePicker(props: ChoicePickerProps) {
  if (props.choices.length <= SEARCH_CHOICES) return <PlainPicker {...props} />;
  const chosen = props.choices.filter((c) => c.value === props.value);
  return (
    <Suspense fallback={<PlainPicker {...props} choices={chosen} />}>
      <SearchPicker {...props} />
    </Suspense>
  );
}

/** The native select of every choice given. */
function PlainPicker(props: ChoicePickerProps) {
  const { id, value, choices, onChange, disabled, size, none, className, selectClassName, inputRef } = props;
  return (
    <Select
      ref={inputRef}
      id={id}
      size={size}
      className={className}
      select={selectClassName === undefined ? undefined : { className: selectClassName }}
      value={value}
      disabled={disabled}
      onChange={(_, d) => onChange(d.value)}
    >
      <Options choices={choices} none={none} />
    </Select>
  );
}
