/** Styles of the Settings screen: one column of sections, readable at 320 px (no wide tables). */
import { makeStyles, tokens } from "@fluentui/react-components";
import { layoutRules } from "../../components/layout.styles";

/** @returns the screen's class names. */
export const useSettingsStyles = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    boxSizing: "border-box",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  help: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  weights: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  ratings: { ...layoutRules.list, gap: tokens.spacingVerticalS },
  rating: {
    display: "grid",
    // Two by two in a narrow pane, one line of four when there is room: never three and one.
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    "@media (min-width: 600px)": { gridTemplateColumns: "repeat(4, minmax(0, 1fr))" },
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  ratingHead: {
    gridColumn: "1 / -1",
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    fontWeight: tokens.fontWeightSemibold,
  },
  total: { fontSize: tokens.fontSizeBase200 },
  // Fluent's Input has a minimum width of its own; in a grid cell it must shrink to the cell.
  cellInput: { minWidth: 0, width: "100%" },
  cell: { minWidth: 0 },
});
