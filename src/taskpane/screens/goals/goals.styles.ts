/** Styles of the Goals & plans screen: one column of compact cards, readable at 320 px. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { layoutRules } from "../../components/layout.styles";

/** The screen's shared classes. */
export const useGoalsStyles = makeStyles({
  ...layoutRules,
  weight: { ...layoutRules.panel, gap: tokens.spacingVerticalXS },
  weightLine: layoutRules.bar,
  smart: { ...layoutRules.list, gap: tokens.spacingVerticalS },
  smartItem: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  smartIcon: { fontSize: "20px", marginTop: "1px" },
  ok: { color: tokens.colorStatusSuccessForeground1 },
  warn: { color: tokens.colorStatusWarningForeground1 },
  fail: { color: tokens.colorStatusDangerForeground1 },
  smartLetter: { fontWeight: tokens.fontWeightSemibold },
  smartText: { display: "block", overflowWrap: "anywhere" },
  quickAdd: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalS,
    "@media (min-width: 420px)": { gridTemplateColumns: "minmax(0, 1fr) 150px auto", alignItems: "end" },
  },
  task: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  taskOverdue: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusDangerBorder2}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  taskBody: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingTop: "6px" },
  taskDone: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  preview: layoutRules.list,
  // A message in the dialog's scrolling column keeps its height (a MessageBar hides its overflow, so it shrank to
  // one line at 320 px and its button spilled over the preview below).
  // keep-all: the equal share's figure is not split between its digits and 万 ("50" / "万。" at 320 px); a run too
  // long for the line still breaks (overflow-wrap).
  offer: { flexShrink: 0, wordBreak: "keep-all", overflowWrap: "anywhere" },
  // The copy / template grid: one adjustable target per line, one column at any pane width.
  grid: { ...layoutRules.list, gap: tokens.spacingVerticalS },
  // The whole team's copy: a person's name over their lines.
  gridPerson: { display: "grid", gap: tokens.spacingVerticalXS },
  gridName: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // A cascade preview's line: the person and last actual at the start, the target at the end, a hairline below.
  previewItem: {
    ...layoutRules.bar,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  reminders: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // The same inset as the shell's notices, so the banner lines up with them at the top of the pane.
  banner: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`, flexShrink: 0 },
  // The collapsed banner's text: one line, cut with an ellipsis rather than wrapped, at any pane width.
  bannerLine: { overflow: "hidden", minWidth: 0 },
  bannerLink: {
    display: "block",
    maxWidth: "100%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    textAlign: "start",
  },
});
