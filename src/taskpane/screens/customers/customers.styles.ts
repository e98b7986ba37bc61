/** Styles of the Customers screen: a single column that fits a 320 px pane, Fluent tokens only. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { layoutRules } from "../../components/layout.styles";

/** Row height of the customer list: three lines of text and padding (fixed, for windowing). */
export const CUSTOMER_ROW_PX = 92;

const ellipsis = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } as const;

/** The screen's class names. */
export const useCustomerStyles = makeStyles({
  ...layoutRules,
  notice: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  section: { padding: `0 ${tokens.spacingHorizontalM}` },
  kpiHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  kpiList: {
    ...layoutRules.list,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}`,
    gap: tokens.spacingVerticalS,
  },
  kpi: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  kpiLine: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  kpiName: { ...ellipsis, fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  kpiFigures: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  mutedLine: {
    ...ellipsis,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    minWidth: 0,
  },
  // Under the shared count bar's layout (CountBar): its padding and the rule above it.
  toolbar: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  toolbarActions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  listOptions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
  },
  // The search takes a line of its own: at 320 px it leaves no room beside it for the order label and select.
  search: { flexBasis: "100%", flexGrow: 1, minWidth: 0 },
  list: { minHeight: "276px" },
  row: {
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    gap: tokens.spacingVerticalXXS,
    height: "100%",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  rowNeglected: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  rowHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  nameButton: {
    ...ellipsis,
    flexGrow: 1,
    flexShrink: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  nameText: { ...ellipsis, display: "block" },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  detailSection: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  detailHeading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
  cards: { ...layoutRules.list, gap: tokens.spacingVerticalXS },
  card: { ...layoutRules.box, overflowWrap: "anywhere" },
  surface: { maxWidth: "min(560px, calc(100vw - 16px))", boxSizing: "border-box" },
});
