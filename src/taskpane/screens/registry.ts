/**
 * The screens of the pane, in navigation order. A screen appears in the navigation once — and only once — it is
 * listed here, so the pane never offers a screen that does not work. To add one: write the component under
 * `screens/<name>/`, add its label to `src/i18n/strings/taskpane.ts`, and append its definition below.
 */
import type { FluentIcon } from "@fluentui/react-icons";
import { PeopleTeamRegular } from "@fluentui/react-icons";
import type { ComponentType } from "react";
import type { MessageKey } from "../../i18n";
import { TeamScreen } from "./team/TeamScreen";
import { ContactCardRegular } from "@fluentui/react-icons";
import { CustomersScreen } from "./customers/CustomersScreen";
import { TargetArrowRegular } from "@fluentui/react-icons";
import { GoalsScreen } from "./goals/GoalsScreen";
import { PersonFeedbackRegular } from "@fluentui/react-icons";
import { ReviewsScreen } from "./reviews/ReviewsScreen";
import { MoneyRegular } from "@fluentui/react-icons";
import { IncentivesScreen } from "./incentives/IncentivesScreen";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { ReportsScreen } from "./reports/ReportsScreen";
import { PersonStarRegular } from "@fluentui/react-icons";
import { PeopleScreen } from "./people/PeopleScreen";
import { SettingsRegular } from "@fluentui/react-icons";
import { SettingsScreen } from "./settings/SettingsScreen";

/** One screen of the pane. */
export interface ScreenDefinition {
  /** Stable id (used for the tab's value and element ids). */
  id: string;
  /** Its name in the navigation. */
  labelKey: MessageKey;
  /** Its icon in the navigation (alone when the pane is narrow). */
  icon: FluentIcon;
  /** The screen itself; it reads the shared state with `useKpiDesk` and the workbook with `useTables`. */
  component: ComponentType;
}

/** Every working screen, in navigation order. */
export const SCREENS: readonly ScreenDefinition[] = [
  { id: "team", labelKey: "tp.screen.team", icon: PeopleTeamRegular, component: TeamScreen },
  { id: "customers", labelKey: "customers.title", icon: ContactCardRegular, component: CustomersScreen },
  { id: "goals", labelKey: "goals.screen", icon: TargetArrowRegular, component: GoalsScreen },
  { id: "reviews", labelKey: "reviews.screen", icon: PersonFeedbackRegular, component: ReviewsScreen },
  { id: "incentives", labelKey: "incentives.screen", icon: MoneyRegular, component: IncentivesScreen },
  { id: "reports", labelKey: "reports.screen", icon: DocumentTableRegular, component: ReportsScreen },
  { id: "people", labelKey: "people.screen", icon: PersonStarRegular, component: PeopleScreen },
  { id: "settings", labelKey: "settings.screen", icon: SettingsRegular, component: SettingsScreen },
];
