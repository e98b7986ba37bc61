/**
 * The Chinese strings of every catalogue outside the base table (see ../index.ts): one on-demand chunk,
 * fetched by `loadStrings("zh-CN")`. The build gives each catalogue imported here its own module instance
 * (webpack.config.js, `?lang=zh`), so this chunk holds only the `zh` half of each file.
 */
import { zh as model } from "../strings/model";
import { zh as workbook } from "../strings/workbook";
import { zh as report } from "../strings/report";
import { zh as reportContent } from "../strings/report-content";
import { zh as screenCustomers } from "../strings/screen-customers";
import { zh as screenGoals } from "../strings/screen-goals";
import { zh as screenReviews } from "../strings/screen-reviews";
import { zh as screenIncentives } from "../strings/screen-incentives";
import { zh as screenSettings } from "../strings/screen-settings";
import { zh as screenReports } from "../strings/screen-reports";
import { zh as screenPeople } from "../strings/screen-people";
import { zh as screenClose } from "../strings/screen-close";
import { zh as importStrings } from "../strings/import";
import { zh as screenPerson } from "../strings/screen-person";

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
