/**
 * The pane's common layouts, in one place: a screen's column, its filter bar, notices, tabs and sections, compact
 * cards, muted text, and a form's column with two fields side by side where there is room (one column in a
 * 320 px pane). Screens spread {@link layoutRules} into their own `makeStyles` and add only what is theirs; Griffel
 * emits atomic classes, so a rule shared by several screens is one CSS class however often it is spread.
 */
import { makeStyles, tokens, type GriffelStyle } from "@fluentui/react-components";

const column = { display: "flex", flexDirection: "column" } as const;
const wrapRow = { display: "flex", flexWrap: "wrap" } as const;
const inset = `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`;
const hairline = `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`;
const oneLine = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } as const;

/** The shared rules, by class name. */
export const layoutRules = {
  /** A scrolling screen filling the pane below the navigation. */
  screen: { ...column, flexGrow: 1, minHeight: 0, overflowY: "auto" },
  /** A screen that is one padded column of blocks (Close period, Reports). */
  page: {
    ...column,
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  /** The filter bar: labelled selects that share a line when there is room, the refresh button at the end. */
  filters: { ...wrapRow, alignItems: "flex-end", gap: tokens.spacingHorizontalS, padding: inset },
  filter: {
    ...column,
    gap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    flexBasis: "120px",
    // Never narrower than the chosen text ("Corporate Banking" was cut at 320 px), never wider than the bar.
    minWidth: "fit-content",
  },
  notice: { padding: inset },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}`, overflowX: "auto", flexShrink: 0 },
  section: { ...column, gap: tokens.spacingVerticalS, padding: inset },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  /** A line of text and buttons, spread to both ends. */
  bar: { ...wrapRow, alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  /** Secondary text at the body's size (a form's note, a preview, a term before its value). */
  soft: { color: tokens.colorNeutralForeground2 },
  actions: { ...wrapRow, gap: tokens.spacingHorizontalS },
  list: { ...column, listStyleType: "none", margin: 0, padding: 0 },
  /** A card's first line: its name at the start, a badge or figure at the end. */
  cardHead: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  /** A tinted box grouping a few lines. */
  panel: {
    ...column,
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  /** A list entry: title and figure on the first line, meta and text below across the width. */
  card: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: hairline,
  },
  cardTitle: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", textAlign: "start" },
  cardMeta: {
    ...wrapRow,
    gridColumn: "1 / -1",
    gap: `0 ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  cardText: { gridColumn: "1 / -1", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  /** A list entry of stacked lines, a hairline below (a worked example's step, a calibrated person). */
  entry: {
    ...column,
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: hairline,
  },
  /** A bordered box of a few stacked lines (a customer's card, a receipt). */
  box: {
    ...column,
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  /** A bordered group of fields under its legend (the owners to map, a survey's questions). */
  fieldset: {
    ...column,
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  /** A form's column. Fluent inputs size to their content by default: here they fill their column. */
  form: {
    ...column,
    gap: tokens.spacingVerticalM,
    "& .fui-Input, & .fui-Select": { width: "100%", minWidth: 0, maxWidth: "100%" },
  },
  /** Two fields side by side when there is room; stacked in a 320 px pane (date inputs need ~140 px). */
  row2: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalM,
    "& > *": { minWidth: 0 },
  },
  /** A whole row of a windowed list that is one button (the roster, the reviews list): two columns, a hairline below. */
  rowButton: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalM}`,
    border: "none",
    borderBottom: hairline,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  /** A row button's name (first line), cut with an ellipsis. */
  rowName: { ...oneLine, fontWeight: tokens.fontWeightSemibold },
  /** A row button's second line, muted and cut with an ellipsis. */
  rowMeta: { ...oneLine, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  /** Read by screen readers only. */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
} satisfies Record<string, GriffelStyle>;

/** The shared classes, for components that need no others. */
export const useLayoutStyles = makeStyles(layoutRules);
