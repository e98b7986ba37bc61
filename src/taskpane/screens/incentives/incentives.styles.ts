/** Styles of the Incentives screen: one column of compact cards and forms, readable at 320 px. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { layoutRules } from "../../components/layout.styles";

/** The screen's shared classes. */
export const useIncentiveStyles = makeStyles({
  ...layoutRules,
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  /** A plan's name as the button that opens it: reads as a title, aligned with the text below it. */
  cardButton: {
    justifyContent: "flex-start",
    textAlign: "start",
    minWidth: 0,
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  grid: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    "& .fui-Input": { width: "100%", minWidth: 0, maxWidth: "100%" },
  },
  gridRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) 32px",
    alignItems: "start",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  gridHead: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) 32px",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  figureBox: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  chart: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  gridLine: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1 },
  line: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2, strokeLinejoin: "round" },
  marker: { fill: tokens.colorBrandForeground1 },
  tick: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  lines: layoutRules.list,
  line2: { ...layoutRules.entry, fontSize: tokens.fontSizeBase200 },
  terms: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalM}` },
  term: layoutRules.soft,
  strong: { fontWeight: tokens.fontWeightSemibold },
  scenarios: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(84px, 1fr))",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  scenario: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  figure: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});
