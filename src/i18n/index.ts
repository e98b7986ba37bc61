/**
 * Bilingual strings. Every user-facing string goes through here. Each area owns one catalogue file in
 * `strings/` exporting `en` and `zh` (typed so a missing translation fails the build); this module merges them.
 *
 * Three tiers, so that the shared runtime page and the pane's first screen stay small (issue #14):
 *   base   the catalogues the page itself speaks — errors and functions (every KPI. function's messages), the
 *          ribbon's commands, the pane loader (taskpane), common — in both languages, loaded with this module.
 *   areas  every other catalogue, in groups fetched on demand, one chunk per area and language (`lang/en-US.ts`,
 *          `lang/zh-CN.ts`): "pane" is what the pane's first screen paints with (the workbook's and the period
 *          picture's messages, the navigation, the Team roster), fetched beside the pane's code; each other
 *          screen's area arrives with that screen's code (`needStrings`, awaited by the screen's lazy import in
 *          src/taskpane/shell/lazyWithStrings.ts), and "report" with the code that writes a report (the Reports and
 *          Close screens, a person's page, the ribbon's handlers).
 *   `loadStrings(locale)` fetches, in one language, every area the pane has needed so far: before the first
 *   screen, and on a language switch before the pane changes language, so no screen ever shows a key.
 *   Node (CLIs, scripts, benches, tests) registers every catalogue at once with `import "…/i18n/all"`.
 */
import type { Locale } from "./locale";
import * as common from "./strings/common";
import * as errors from "./strings/errors";
import * as functions from "./strings/functions";
import * as taskpane from "./strings/taskpane";
import * as commands from "./strings/commands";
import { areas as enAreas } from "./lang/en-US";
import { areas as zhAreas } from "./lang/zh-CN";
import type * as model from "./strings/model";
import type * as workbook from "./strings/workbook";
import type * as period from "./strings/period";
import type * as pane from "./strings/pane";
import type * as report from "./strings/report";
import type * as reportContent from "./strings/report-content";
import type * as screenCustomers from "./strings/screen-customers";
import type * as screenGoals from "./strings/screen-goals";
import type * as screenReviews from "./strings/screen-reviews";
import type * as screenIncentives from "./strings/screen-incentives";
import type * as screenSettings from "./strings/screen-settings";
import type * as screenReports from "./strings/screen-reports";
import type * as screenPeople from "./strings/screen-people";
import type * as screenClose from "./strings/screen-close";
import type * as importStrings from "./strings/import";
import type * as screenPerson from "./strings/screen-person";

export { resolveLocale, LOCALES } from "./locale";
export type { Locale } from "./locale";

const base = [common, errors, functions, taskpane, commands] as const;

type Catalogue =
  | (typeof base)[number]["en"]
  | (typeof model)["en"]
  | (typeof workbook)["en"]
  | (typeof period)["en"]
  | (typeof pane)["en"]
  | (typeof report)["en"]
  | (typeof reportContent)["en"]
  | (typeof screenCustomers)["en"]
  | (typeof screenGoals)["en"]
  | (typeof screenReviews)["en"]
  | (typeof screenIncentives)["en"]
  | (typeof screenSettings)["en"]
  | (typeof screenReports)["en"]
  | (typeof screenPeople)["en"]
  | (typeof screenClose)["en"]
  | (typeof importStrings)["en"]
  | (typeof screenPerson)["en"];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
/** Every message key known to the product. */
export type MessageKey = keyof UnionToIntersection<Catalogue>;
/** Values substituted for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The groups of catalogues outside the base table, each fetched as one chunk per language (lang/<locale>.ts says
 * which catalogue files each holds).
 */
export const STRING_AREAS = [
  "pane",
  "customers",
  "import",
  "goals",
  "reviews",
  "incentives",
  "people",
  "reports",
  "close",
  "settings",
  "person",
  "report",
] as const;
/** One group of catalogues fetched together. */
export type StringArea = (typeof STRING_AREAS)[number];
/** An area's strings in one language, merged. */
export type AreaStrings = Readonly<Record<string, string>>;
/** How each area of one language is fetched. */
export type AreaLoaders = Readonly<Record<StringArea, () => Promise<AreaStrings>>>;

/**
 * Each language's table: the base catalogues, merged on the language's first use (not while the shared runtime page
 * loads: the KPI. functions register first), then every area registered since.
 */
const tables: Partial<Record<Locale, Record<string, string>>> = {};
function table(locale: Locale): Record<string, string> {
  return (tables[locale] ??= Object.assign({}, ...base.map((c) => (locale === "zh-CN" ? c.zh : c.en))));
}
const loaders: Record<Locale, AreaLoaders> = { "en-US": enAreas, "zh-CN": zhAreas };

/** Which areas each locale has registered, and the fetches under way (by "locale area"). */
const registered: Record<Locale, Set<StringArea>> = { "en-US": new Set(), "zh-CN": new Set() };
const loading = new Map<string, Promise<void>>();
/** The areas the pane has needed so far (its first screen's, then each screen's as it opens). */
const wanted = new Set<StringArea>(["pane"]);
/** The languages the pane has been shown in (or is switching to): a screen's area is fetched in each. */
const speaking = new Set<Locale>();

/**
 * Adds strings to a locale's table and marks areas as present.
 * @param locale - the language.
 * @param strings - the merged catalogues.
 * @param areas - the areas these strings complete (every area by default: Node's `all.ts`).
 */
export function registerStrings(
  locale: Locale,
  strings: AreaStrings,
  areas: readonly StringArea[] = STRING_AREAS,
): void {
  Object.assign(table(locale), strings);
  for (const area of areas) registered[locale].add(area);
}

/**
 * @param locale - a language.
 * @returns whether every area the pane has needed so far is here in that language (so it can render in it).
 */
export function hasStrings(locale: Locale): boolean {
  return [...wanted].every((area) => registered[locale].has(area));
}

/**
 * Fetches one area of one language (its own chunk) and registers it; at once when it is already here. A failed
 * download can be retried: the next call fetches again.
 */
function loadArea(locale: Locale, area: StringArea): Promise<void> {
  if (registered[locale].has(area)) return Promise.resolve();
  const id = `${locale} ${area}`;
  let pending = loading.get(id);
  if (!pending) {
    pending = loaders[locale][area]().then(
      (strings) => {
        loading.delete(id);
        registerStrings(locale, strings, [area]);
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/**
 * Fetches strings of one language. Without `areas`, the language is one the pane speaks: every area the pane has
 * needed so far is fetched (the first screen's before it renders, all of them on a language switch), and each
 * area a screen needs later is fetched in it too (`needStrings`).
 * @param locale - the language to load.
 * @param areas - only these areas (the ribbon's handlers), leaving the pane's languages alone.
 * @returns when `t(locale, …)` knows every key of those areas.
 * @example await loadStrings("zh-CN"); // then render the pane in Chinese
 */
export function loadStrings(locale: Locale, areas?: readonly StringArea[]): Promise<void> {
  if (!areas) speaking.add(locale);
  return Promise.all((areas ?? [...wanted]).map((area) => loadArea(locale, area))).then(() => undefined);
}

/**
 * Fetches areas in every language the pane speaks, and marks them needed so that a later language switch fetches
 * them as well before the pane changes language. A screen's lazy import awaits this beside its code.
 * @param areas - the areas a screen's strings are in.
 * @returns when every language the pane speaks knows every key of those areas.
 * @example await needStrings(["close", "report"]); // then render the Close screen
 */
export function needStrings(areas: readonly StringArea[]): Promise<void> {
  for (const area of areas) wanted.add(area);
  const loads = [...speaking].flatMap((locale) => areas.map((area) => loadArea(locale, area)));
  return Promise.all(loads).then(() => undefined);
}

/** One `Intl.PluralRules` per language, made on first use. */
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** `{name, plural, one {…} other {…}}`: the forms hold no braces; `#` in a form stands for the number. */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * Chooses the form of a plural block for a number: an exact `=n` form first, then the language's category
 * (`Intl.PluralRules`), then `other`.
 * @param locale - the language whose plural rules apply.
 * @param count - the number.
 * @param forms - the block's forms, e.g. ` one {# course} other {# courses}`.
 * @returns the chosen form with `#` replaced by the number, or null when the block has neither match nor `other`.
 */
function pluralForm(locale: Locale, count: number, forms: string): string | null {
  const byName = new Map<string, string>();
  for (const [, name, text] of forms.matchAll(PLURAL_FORM)) byName.set(name, text);
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const text = byName.get(`=${count}`) ?? byName.get(rules.select(count)) ?? byName.get("other");
  return text === undefined ? null : text.replace(/#/g, String(count));
}

/**
 * Renders a message in a locale.
 * @param locale - the language to render in.
 * @param key - a key of one of the catalogues.
 * @param params - values for `{name}` placeholders; a missing one is left visible as `{name}`. A block
 *   `{name, plural, one {…} other {…}}` takes the form `Intl.PluralRules` chooses for the number `name`
 *   (`#` in a form is the number); without a number it is left visible.
 * @returns the text.
 * @example t("en-US", "err.internal", { detail: "x" }) // "unexpected error: x"
 * @example t("en-US", "people.pulse.leftOut", { count: 1 }) // "1 round with fewer answers …"
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  let template = table(locale)[key] ?? table("en-US")[key] ?? String(key);
  // `t` runs for every cell of a 2,000-person report: only the few templates with a plural block pay for its regex.
  if (template.includes(", plural,")) {
    template = template.replace(PLURAL, (whole, name: string, forms: string) => {
      const value = Object.prototype.hasOwnProperty.call(params, name) ? Number(params[name]) : Number.NaN;
      return Number.isFinite(value) ? (pluralForm(locale, value, forms) ?? whole) : whole;
    });
  }
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

/** All keys of a locale's table (as registered so far), for the completeness test. */
export function catalogueKeys(locale: Locale): string[] {
  return Object.keys(table(locale)).sort();
}
