/**
 * The `<option>`s of a native select (a filter, a form's choice field): an optional first entry for "none chosen",
 * then one per choice. `enumChoices` labels an enum's values in the pane's language.
 */
import { enumLabel } from "../../model";
import type { Locale } from "../../i18n";

/** One choice of a select. */
export interface Choice {
  value: string;
  text: string;
}

/**
 * @param props - the choices, and the text of an empty first entry when the select may be left unchosen.
 * @returns the options, to place inside a `Select`.
 */
export function Options({ choices, none }: { choices: readonly Choice[]; none?: string }) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.text}
        </option>
      ))}
    </>
  );
}

/**
 * @param values - an enum's values (deal stages, interaction types, goal statuses…).
 * @param locale - the pane's language.
 * @returns the choices, each labelled as `enumLabel` names it.
 */
export function enumChoices(values: readonly string[], locale: Locale): Choice[] {
  return values.map((value) => ({ value, text: enumLabel(value, locale) }));
}

/**
 * @param values - the choices' values, shown as they are (periods, teams, a file's column headers).
 * @returns the choices.
 */
export function plainChoices(values: readonly string[]): Choice[] {
  return values.map((value) => ({ value, text: value }));
}

/**
 * @param items - things with an id and a name (people, customers).
 * @returns one choice per item: its id, shown by its name.
 */
export function namedChoices(items: readonly { id: string; name: string }[]): Choice[] {
  return items.map((item) => ({ value: item.id, text: item.name }));
}
