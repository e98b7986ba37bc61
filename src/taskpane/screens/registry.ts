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
import { lazy, type ComponentType } from "react";
import type { MessageKey } from "../../i18n";
import { TeamScreen } from "./team/TeamScreen";

// Every screen but the first is its own chunk, fetched when it is first opened (the Shell shows "Loading…" in a
// Suspense boundary meanwhile): the pane's first paint then needs only the shell, the Team screen and the Fluent
// parts they use. Team stays in the pane's first chunk because it is what the pane opens on.
const PeriodClose = lazy(() => import("./close/PeriodClose").then((m) => ({ default: m.PeriodClose })));
const CustomersScreen = lazy(() =>
  import("./customers/CustomersScreen").then((m) => ({ default: m.CustomersScreen })),
);
const GoalsScreen = lazy(() => import("./goals/GoalsScreen").then((m) => ({ default: m.GoalsScreen })));
const IncentivesScreen = lazy(() =>
  import("./incentives/IncentivesScreen").then((m) => ({ default: m.IncentivesScreen })),
);
const PeopleScreen = lazy(() => import("./people/PeopleScreen").then((m) => ({ default: m.PeopleScreen })));
const ReportsScreen = lazy(() =>
  import("./reports/ReportsScreen").then((m) => ({ default: m.ReportsScreen })),
);
const ReviewsScreen = lazy(() =>
  import("./reviews/ReviewsScreen").then((m) => ({ default: m.ReviewsScreen })),
);
const SettingsScreen = lazy(() =>
  import("./settings/SettingsScreen").then((m) => ({ default: m.SettingsScreen })),
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
