/**
 * The `<option>`s of a native select (a filter, a form's choice field): an optional first entry for "none chosen",
 * then one per choice. `enumChoices` labels an enum's values in the pane's language. A picker of many choices
 * (2,000 people) is searchable instead: see `ChoicePicker`.
 */
import { enumLabel } from "../../model";
import type { Locale } from "../../i18n";

/** One choice of a select. */
export interface Choice {
  value: string;
  text: string;
  /** Shown beside the text in a searchable picker, and matched by what is typed (a person's team). */
  hint?: string;
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
 * @param items - things with an id and a name (people, customers), and a person's team.
 * @returns one choice per item: its id, shown by its name (the team as its hint).
 */
export function namedChoices(items: readonly { id: string; name: string; team?: string | null }[]): Choice[] {
  return items.map((item) =>
    item.team == null
      ? { value: item.id, text: item.name }
      : { value: item.id, text: item.name, hint: item.team },
  );
}

/**
 * A picker with more choices than this is searchable: Chromium lays out every `<option>` of a native select each
 * time it is mounted (hundreds of ms for 2,000 names), and a list of thousands is no way to find one person.
 */
export const SEARCH_CHOICES = 100;

/** At most this many matching choices are in the page at once; typing narrows to the others. */
export const SHOWN_CHOICES = 50;
