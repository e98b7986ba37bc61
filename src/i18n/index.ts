/**
 * Bilingual strings. Every user-facing string goes through here. Each area owns one catalogue file in
 * `strings/` exporting `en` and `zh` (typed so a missing translation fails the build); this module merges them.
 */
import type { Locale } from "./locale";
import * as common from "./strings/common";
import * as errors from "./strings/errors";
import * as functions from "./strings/functions";
import * as model from "./strings/model";
import * as workbook from "./strings/workbook";
import * as taskpane from "./strings/taskpane";
import * as report from "./strings/report";
import * as reportContent from "./strings/report-content";
import * as commands from "./strings/commands";
import * as screenCustomers from "./strings/screen-customers";
import * as screenGoals from "./strings/screen-goals";
import * as screenReviews from "./strings/screen-reviews";
import * as screenIncentives from "./strings/screen-incentives";
import * as screenSettings from "./strings/screen-settings";
import * as screenReports from "./strings/screen-reports";
import * as screenPeople from "./strings/screen-people";
import * as screenClose from "./strings/screen-close";
import * as importStrings from "./strings/import";

export { resolveLocale, LOCALES } from "./locale";
export type { Locale } from "./locale";

const catalogues = [
  common,
  errors,
  functions,
  model,
  workbook,
  taskpane,
  report,
  reportContent,
  commands,
  screenCustomers,
  screenGoals,
  screenReviews,
  screenIncentives,
  screenSettings,
  screenReports,
  screenPeople,
  screenClose,
  importStrings,
] as const;

type Catalogue = (typeof catalogues)[number]["en"];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
/** Every message key known to the product. */
export type MessageKey = keyof UnionToIntersection<Catalogue>;
/** Values substituted for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const tables: Record<Locale, Record<string, string>> = {
  "en-US": Object.assign({}, ...catalogues.map((c) => c.en)),
  "zh-CN": Object.assign({}, ...catalogues.map((c) => c.zh)),
};

/**
 * Renders a message in a locale.
 * @param locale - the language to render in.
 * @param key - a key of one of the catalogues.
 * @param params - values for `{name}` placeholders; a missing one is left visible as `{name}`.
 * @returns the text.
 * @example t("en-US", "err.internal", { detail: "x" }) // "unexpected error: x"
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = tables[locale][key] ?? tables["en-US"][key] ?? String(key);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * @param locale - the language to bind.
 * @returns `t` with the locale fixed.
 */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/** All keys of a locale's table, for the completeness test. */
export function catalogueKeys(locale: Locale): string[] {
  return Object.keys(tables[locale]).sort();
}
