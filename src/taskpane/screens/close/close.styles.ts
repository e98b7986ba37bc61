/** Styles of the Close period screen: one column that fits a 320 px pane, Fluent tokens only. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { layoutRules } from "../../components/layout.styles";

/** The screen's class names. */
export const useCloseStyles = makeStyles({
  ...layoutRules,
  screen: layoutRules.page,
  // Fluent's Select and Input keep an intrinsic width; in a 320 px pane they must shrink with their field.
  control: { width: "100%", minWidth: 0 },
  byField: { flexBasis: "100%", minWidth: 0 },
  approver: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  approverForm: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  receipt: {
    ...layoutRules.box,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  receiptCode: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: "0.05em",
    overflowWrap: "anywhere",
  },
  list: { ...layoutRules.list, gap: tokens.spacingVerticalS },
  card: { ...layoutRules.panel, gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
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
});
