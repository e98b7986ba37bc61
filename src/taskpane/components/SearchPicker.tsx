/**
 * The searchable picker of many choices (2,000 people, 500 teams), loaded on demand by `ChoicePicker`: typing part
 * of a name (Chinese or Latin, any case) or of its team narrows the list, and only the first {@link SHOWN_CHOICES}
 * matches are in the page, the last entry saying how many more typing reaches. The list may be wider than its box,
 * up to the pane's width, so a name and its team stand on one line.
 */
import { Combobox, Option, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { formatNumber } from "../../format";
import { useKpiDesk } from "../shell/KpiDeskContext";
import type { ChoicePickerProps } from "./ChoicePicker";
import { SHOWN_CHOICES, type Choice } from "./Options";

const useStyles = makeStyles({
  // Fluent's combobox is at least 250 px wide; a filter shares a 320 px pane.
  combobox: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  input: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  // As wide as its widest entry, at least the box's width (Fluent's positioning sets the variable) and at most the
  // pane's width less a margin.
  listbox: {
    minWidth: "var(--fui-match-target-size, 0px)",
    maxWidth: "calc(100vw - 16px)",
    boxSizing: "border-box",
  },
  // One line per entry: a team too long for the pane ends in an ellipsis rather than a second line.
  option: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The listbox's own width, so Fluent's positioning does not pin it to the box's (it sets none when one is set). */
const LISTBOX_WIDTH = { width: "max-content" } as const;

/** Lower case and compatibility-normalised (full-width Latin as ASCII), for matching what is typed. */
const fold = (text: string) => text.normalize("NFKC").toLocaleLowerCase();

/**
 * @param choices - every choice.
 * @param query - what was typed ("" shows the first choices).
 * @param value - the chosen value, kept among the shown when nothing is typed.
 * @returns the first {@link SHOWN_CHOICES} choices whose text or hint holds the query (those whose text starts
 * with it first), and how many match in all.
 */
export function matchChoices(
  choices: readonly Choice[],
  query: string,
  value: string,
): { shown: Choice[]; matches: number } {
  const q = fold(query.trim());
  if (q === "") {
    const shown = choices.slice(0, SHOWN_CHOICES);
    const chosen = choices.find((c) => c.value === value);
    if (chosen && !shown.includes(chosen)) shown.splice(SHOWN_CHOICES - 1, 1, chosen);
    return { shown, matches: choices.length };
  }
  const starting: Choice[] = [];
  const holding: Choice[] = [];
  for (const c of choices) {
    const text = fold(c.text);
    if (text.startsWith(q)) starting.push(c);
    else if (text.includes(q) || (c.hint !== undefined && fold(c.hint).includes(q))) holding.push(c);
  }
  const all = starting.concat(holding);
  return { shown: all.slice(0, SHOWN_CHOICES), matches: all.length };
}

/**
 * @param props - as {@link ChoicePicker}'s.
 * @returns the searchable combobox: the chosen text in its box; typing narrows the list below.
 */
export function SearchPicker(props: ChoicePickerProps) {
  const { id, value, choices, onChange, disabled, size, none, className, inputRef } = props;
  const { t } = useKpiDesk();
  const styles = useStyles();
  // What is being typed; null while the box shows the chosen choice (until the box is left).
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const chosen = useMemo(() => choices.find((c) => c.value === value), [choices, value]);
  const { shown, matches } = useMemo(
    () => (open ? matchChoices(choices, query ?? "", value) : { shown: [], matches: 0 }),
    [open, choices, query, value],
  );
  return (
    <Combobox
      ref={inputRef}
      id={id}
      size={size}
      className={mergeClasses(styles.combobox, className)}
      input={{ className: styles.input }}
      listbox={{ className: styles.listbox, style: LISTBOX_WIDTH }}
      // What a form's empty choice says ("Choose a person").
      placeholder={none}
      // Below the box, or above it near the pane's foot — never beside it, where a 320 px pane has no room.
      // Its height fits the room below (or above) the box; its width does not stop at the box's right edge (where a
      // filter in the pane's right half leaves 150 px): Fluent moves it left instead, to stay 8 px inside the pane.
      positioning={{ fallbackPositions: ["above-start"], autoSize: "height", overflowBoundaryPadding: 8 }}
      // Fluent labels its expand button "Open" in English only.
      expandIcon={{ "aria-label": t("tp.picker.open") }}
      value={query ?? chosen?.text ?? ""}
      selectedOptions={chosen ? [chosen.value] : []}
      disabled={disabled}
      open={open}
      aria-description={t("tp.picker.search", { count: formatNumber(choices.length, 0) })}
      onOpenChange={(_, d) => setOpen(d.open)}
      // Focus selects the chosen name, so typing replaces it; leaving the box shows the chosen name again.
      onFocus={(e) => e.target.select()}
      onBlur={() => setQuery(null)}
      onChange={(e) => {
        setQuery(e.target.value);
        setOpen(true);
      }}
      onOptionSelect={(_, d) => {
        // Emptying the box clears the selection (no value): the typing goes on.
        if (d.optionValue === undefined) return;
        setQuery(null);
        if (d.optionValue !== value) onChange(d.optionValue);
      }}
    >
      {shown.map((c) => (
        <Option key={c.value} value={c.value} text={c.text}>
          <span className={styles.option}>
            {c.text}
            {c.hint !== undefined && <span className={styles.hint}> {c.hint}</span>}
          </span>
        </Option>
      ))}
      {open && matches === 0 && (
        <Option key="" value="" text="" disabled>
          {t("tp.picker.none", { query: query ?? "" })}
        </Option>
      )}
      {open && matches > shown.length && (
        <Option key="" value="" text="" disabled>
          {t("tp.picker.more", { shown: shown.length, count: formatNumber(matches, 0) })}
        </Option>
      )}
    </Combobox>
  );
}
