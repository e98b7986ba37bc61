/** Styles of the People screen: one column of compact cards and forms, readable at 320 px. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { layoutRules } from "../../components/layout.styles";

/** The screen's shared classes. */
export const usePeopleStyles = makeStyles({
  ...layoutRules,
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  bullets: {
    gridColumn: "1 / -1",
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  factTerm: layoutRules.soft,
  factValue: { margin: 0, overflowWrap: "anywhere" },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(84px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  figure: { display: "flex", flexDirection: "column", minWidth: 0 },
  figureValue: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hidden: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  met: { color: tokens.colorPaletteGreenForeground1 },
  notMet: { color: tokens.colorNeutralForeground3 },
  criterion: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  contents: { display: "contents" },
  block: { display: "block" },
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  action: {
    margin: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  trend: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) repeat(3, minmax(0, 1fr))",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    alignItems: "baseline",
  },
  trendHead: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  suggestion: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
});
