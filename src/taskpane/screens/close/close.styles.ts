/** Styles of the Close period screen: one column that fits a 320 px pane, Fluent tokens only. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** The screen's class names. */
export const useCloseStyles = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  filter: { flexGrow: 1, flexBasis: "120px", minWidth: 0 },
  // Fluent's Select and Input keep an intrinsic width; in a 320 px pane they must shrink with their field.
  control: { width: "100%", minWidth: 0 },
  byField: { flexBasis: "100%", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  cardHead: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  check: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: "2px" },
  warn: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: "2px" },
  changes: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  unlock: { alignSelf: "flex-start" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});
