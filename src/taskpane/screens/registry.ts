/**
 * The screens of the pane, in navigation order. A screen appears in the navigation once — and only once — it is
 * listed here, so the pane never offers a screen that does not work. To add one: write the component under
 * `screens/<name>/`, add its label to its own catalogue (`src/i18n/strings/screen-<name>.ts`), and append its definition below.
 */
import {
  ContactCardRegular,
  DocumentTableRegular,
  LockClosedRegular,
  MoneyRegular,
  PeopleTeamRegular,
  PersonFeedbackRegular,
  PersonStarRegular,
  SettingsRegular,
  TargetArrowRegular,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { ComponentType } from "react";
import type { MessageKey } from "../../i18n";
import { PeriodClose } from "./close/PeriodClose";
import { CustomersScreen } from "./customers/CustomersScreen";
import { GoalsScreen } from "./goals/GoalsScreen";
import { IncentivesScreen } from "./incentives/IncentivesScreen";
import { PeopleScreen } from "./people/PeopleScreen";
import { ReportsScreen } from "./reports/ReportsScreen";
import { ReviewsScreen } from "./reviews/ReviewsScreen";
import { SettingsScreen } from "./settings/SettingsScreen";
import { TeamScreen } from "./team/TeamScreen";

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
  { id: "people", labelKey: "people.screen", icon: PersonStarRegular, component: PeopleScreen },
  { id: "reports", labelKey: "reports.screen", icon: DocumentTableRegular, component: ReportsScreen },
  { id: "close", labelKey: "close.screen", icon: LockClosedRegular, component: PeriodClose },
  { id: "settings", labelKey: "settings.screen", icon: SettingsRegular, component: SettingsScreen },
];
