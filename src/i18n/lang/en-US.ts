/**
 * The English strings of every catalogue outside the base table (see ../index.ts): one on-demand chunk,
 * fetched by `loadStrings("en-US")`. The build gives each catalogue imported here its own module instance
 * (webpack.config.js, `?lang=en`), so this chunk holds only the `en` half of each file.
 */
import { en as model } from "../strings/model";
import { en as workbook } from "../strings/workbook";
import { en as report } from "../strings/report";
import { en as reportContent } from "../strings/report-content";
import { en as screenCustomers } from "../strings/screen-customers";
import { en as screenGoals } from "../strings/screen-goals";
import { en as screenReviews } from "../strings/screen-reviews";
import { en as screenIncentives } from "../strings/screen-incentives";
import { en as screenSettings } from "../strings/screen-settings";
import { en as screenReports } from "../strings/screen-reports";
import { en as screenPeople } from "../strings/screen-people";
import { en as screenClose } from "../strings/screen-close";
import { en as importStrings } from "../strings/import";
import { en as screenPerson } from "../strings/screen-person";

/** The merged catalogues. */
export const strings: Readonly<Record<string, string>> = {
  ...model,
  ...workbook,
  ...report,
  ...reportContent,
  ...screenCustomers,
  ...screenGoals,
  ...screenReviews,
  ...screenIncentives,
  ...screenSettings,
  ...screenReports,
  ...screenPeople,
  ...screenClose,
  ...importStrings,
  ...screenPerson,
};
