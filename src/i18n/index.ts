/**
 * Bilingual strings. Every user-facing string goes through here. Each area owns one catalogue file in
 * `strings/` exporting `en` and `zh` (typed so a missing translation fails the build); this module merges them.
 *
 * Two tiers, so that the shared runtime page stays small (issue #14):
 *   base  the catalogues the page itself speaks — errors and functions (every KPI. function's messages), the
 *         ribbon's commands, the pane loader, common — in both languages, loaded with this module.
 *   rest  every other catalogue (screens, report, model, workbook, import), one chunk per language
 *         (`lang/en-US.ts`, `lang/zh-CN.ts`): `loadStrings(locale)` fetches the one a surface needs before it
 *         renders — the pane before its first screen and on a language switch, a ribbon handler before it runs.
 *         Node (CLIs, scripts, benches, tests) registers both at once with `import "…/i18n/all"`.
 */
import type { Locale } from "./locale";
import * as common from "./strings/common";
import * as errors from "./strings/errors";
import * as functions from "./strings/functions";
import * as taskpane from "./strings/taskpane";
import * as commands from "./strings/commands";
import type * as model from "./strings/model";
import type * as workbook from "./strings/workbook";
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

const tables: Record<Locale, Record<string, string>> = {
  "en-US": Object.assign({}, ...base.map((c) => c.en)),
  "zh-CN": Object.assign({}, ...base.map((c) => c.zh)),
};

/** Which locales have their rest catalogues registered, and the loads under way. */
const registered = new Set<Locale>();
const loading = new Map<Locale, Promise<void>>();

/**
 * Adds a locale's rest catalogues (`lang/<locale>.ts`) to its table.
 * @param locale - the language.
 * @param strings - the merged catalogues.
 */
export function registerStrings(locale: Locale, strings: Readonly<Record<string, string>>): void {
  Object.assign(tables[locale], strings);
  registered.add(locale);
}

/**
 * @param locale - a language.
 * @returns whether every string of that language is here (so `t` needs no fallback).
 */
export function hasStrings(locale: Locale): boolean {
  return registered.has(locale);
}

/**
 * Fetches a language's rest catalogues (its own chunk) and registers them; at once when they are already here.
 * A failed download can be retried: the next call fetches again.
 * @param locale - the language to load.
 * @returns when `t(locale, …)` knows every key.
 * @example await loadStrings("zh-CN"); // then render the pane in Chinese
 */
export function loadStrings(locale: Locale): Promise<void> {
  if (registered.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    const chunk =
      locale === "zh-CN"
        ? import(/* webpackChunkName: "strings-zh-CN" */ "./lang/zh-CN")
        : import(/* webpackChunkName: "strings-en-US" */ "./lang/en-US");
    pending = chunk.then(
      (m) => {
        loading.delete(locale);
        registerStrings(locale, m.strings);
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
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
  let template = tables[locale][key] ?? tables["en-US"][key] ?? String(key);
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
  return Object.keys(tables[locale]).sort();
}
