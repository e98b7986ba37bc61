/**
 * The layout the Reviews screen's views share (a review's form, a cycle's calibration): the view scrolls by itself
 * under the screen's bar, one padded column with room at the bottom for the last button or card.
 */
import { tokens } from "@fluentui/react-components";
import { layoutRules } from "../../components/layout.styles";

/** The shared rules, spread into each view's own `makeStyles`. */
export const reviewRules = {
  scroller: { flexGrow: 1, minHeight: 0, overflowY: "auto" },
  column: {
    ...layoutRules.page,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
  },
} as const;
