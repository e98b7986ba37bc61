/**
 * The screens of the pane, in navigation order. A screen appears in the navigation once — and only once — it is
 * listed here, so the pane never offers a screen that does not work. To add one: write the component under
 * `screens/<name>/`, add its label to the navigation's names (`src/i18n/strings/pane.ts`) and its other strings
 * to its own catalogue (`src/i18n/strings/screen-<name>.ts`, an area of its own in src/i18n), and append its
 * definition below, loaded with `lazyWithStrings` and its areas.
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
import { lazyWithStrings } from "../shell/lazyWithStrings";
import { TeamScreen } from "./team/TeamScreen";

// Every screen but the first is its own chunk, fetched with its strings when it is first opened (the Shell shows
// "Loading…" in a Suspense boundary meanwhile): the pane's first paint then needs only the shell, the Team screen,
// the Fluent parts they use and the "pane" strings. Team stays in the pane's first chunk because it is what the
// pane opens on. The report's strings come with the screens that write one (Reports, Close).
const PeriodClose = lazyWithStrings(["close", "report"], () =>
  import("./close/PeriodClose").then((m) => m.PeriodClose),
);
const CustomersScreen = lazyWithStrings(["customers", "import"], () =>
  import("./customers/CustomersScreen").then((m) => m.CustomersScreen),
);
const GoalsScreen = lazyWithStrings(["goals"], () =>
  import("./goals/GoalsScreen").then((m) => m.GoalsScreen),
);
const IncentivesScreen = lazyWithStrings(["incentives"], () =>
  import("./incentives/IncentivesScreen").then((m) => m.IncentivesScreen),
);
const PeopleScreen = lazyWithStrings(["people", "import"], () =>
  import("./people/PeopleScreen").then((m) => m.PeopleScreen),
);
const ReportsScreen = lazyWithStrings(["reports", "report"], () =>
  import("./reports/ReportsScreen").then((m) => m.ReportsScreen),
);
const ReviewsScreen = lazyWithStrings(["reviews"], () =>
  import("./reviews/ReviewsScreen").then((m) => m.ReviewsScreen),
);
const SettingsScreen = lazyWithStrings(["settings"], () =>
  import("./settings/SettingsScreen").then((m) => m.SettingsScreen),
);

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
