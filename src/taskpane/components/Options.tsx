/**
 * The `<option>`s of a native select (a filter, a form's choice field): an optional first entry for "none chosen",
 * then one per choice. `enumChoices` labels an enum's values in the pane's language. `useChoicesOnUse` keeps a
 * select of thousands of choices (2,000 people) to its chosen one until it is first used.
 */
import { useCallback, useMemo, useState } from "react";
import { flushSync } from "react-dom";
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

/**
 * A select with more choices than this shows only the chosen one until it is first used: Chromium lays out and
 * measures every `<option>` of a select each time it is mounted (hundreds of ms for 2,000 people's names), and a
 * screen switch mounts the screen's selects anew.
 */
export const LAZY_CHOICES = 100;

/**
 * The choices a select renders: all of them, or — beyond {@link LAZY_CHOICES} and until the select is focused or
 * pressed — only the chosen one (the first when none is chosen), which is all a closed select shows. Focus (Tab)
 * and the press that opens it render every choice first, synchronously, so the list opens whole and the arrow
 * keys and type-ahead reach every choice.
 * @param choices - every choice.
 * @param value - the chosen value.
 * @returns the choices to render, and the handlers to put on the `Select`.
 * @example const lazy = useChoicesOnUse(people, id); <Select {...lazy.handlers}><Options choices={lazy.choices} /></Select>
 */
export function useChoicesOnUse(
  choices: readonly Choice[],
  value: string,
): { choices: readonly Choice[]; handlers: { onFocus: () => void; onPointerDown: () => void } } {
  const [used, setUsed] = useState(false);
  const lazy = !used && choices.length > LAZY_CHOICES;
  const shown = useMemo(
    () => (lazy ? [choices.find((c) => c.value === value) ?? choices[0]] : choices),
    [lazy, choices, value],
  );
  const use = useCallback(() => {
    if (!used) flushSync(() => setUsed(true));
  }, [used]);
  return { choices: shown, handlers: { onFocus: use, onPointerDown: use } };
}
