/**
 * Registers every catalogue in both languages at once: for Node (the CLIs, scripts, benches and tests), where
 * nothing is downloaded and every string is wanted. Browser surfaces fetch them by area instead (./index.ts:
 * `loadStrings`, `needStrings`); test/i18n checks that the areas hold exactly the catalogues registered here.
 */
import { registerStrings } from "./index";
import * as model from "./strings/model";
import * as workbook from "./strings/workbook";
import * as period from "./strings/period";
import * as pane from "./strings/pane";
import * as report from "./strings/report";
import * as reportContent from "./strings/report-content";
import * as screenCustomers from "./strings/screen-customers";
import * as screenGoals from "./strings/screen-goals";
import * as screenReviews from "./strings/screen-reviews";
import * as screenIncentives from "./strings/screen-incentives";
import * as screenSettings from "./strings/screen-settings";
import * as screenReports from "./strings/screen-reports";
import * as screenPeople from "./strings/screen-people";
import * as screenClose from "./strings/screen-close";
import * as importStrings from "./strings/import";
import * as screenPerson from "./strings/screen-person";

const catalogues = [
  model,
  workbook,
  period,
  pane,
  report,
  reportContent,
  screenCustomers,
  screenGoals,
  screenReviews,
  screenIncentives,
  screenSettings,
  screenReports,
  screenPeople,
  screenClose,
  importStrings,
  screenPerson,
];

registerStrings("en-US", Object.assign({}, ...catalogues.map((c) => c.en)));
registerStrings("zh-CN", Object.assign({}, ...catalogues.map((c) => c.zh)));
