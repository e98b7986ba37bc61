/**
 * How the pane writes amounts of money: Settings' `moneyFormat` (万 exact to the yuan, or yuan with separators;
 * `auto` is 万 in Chinese and yuan in English), read once per version of the Settings table from the pane's team
 * book, so every screen shows an amount as the report and the statements print it.
 */
import { useMemo } from "react";
import { formatInUnit, formatMoney } from "../../format";
import { DEFAULT_SETTINGS, moneyStyleOf, readSettings, type MoneyStyle } from "../../model";
import { useKpiDesk } from "../shell/KpiDeskContext";
import { heldBook, useBook } from "./useBook";

/** Writes an amount in yuan as the pane shows money. */
export type MoneyText = (value: number) => string;

/**
 * @returns the money style of the workbook in the pane's language (`auto` until the book is read, or when the
 *   workbook has no Settings table).
 */
export function useMoneyStyle(): MoneyStyle {
  const { locale } = useKpiDesk();
  // Settings is among the tables the first book reads first.
  const book = heldBook(useBook());
  const setting = book?.has("Settings")
    ? book.derive("settings", ["Settings"], () => readSettings(book.rows("Settings")).settings).moneyFormat
    : DEFAULT_SETTINGS.moneyFormat;
  return moneyStyleOf(setting, locale);
}

/**
 * @returns a function writing an amount (yuan, rounded to the yuan) as Settings chooses.
 * @example const money = useMoney(); money(65600) // "6.56万" or "65,600"
 */
export function useMoney(): MoneyText {
  const { locale } = useKpiDesk();
  const style = useMoneyStyle();
  return useMemo(() => (value: number) => formatMoney(value, locale, style), [locale, style]);
}

/** Writes a KPI figure in its KPI's unit as the pane shows it. */
export type FigureText = (value: number, unit: string | null | undefined) => string;

/**
 * @returns a function writing a KPI figure in its unit (`formatInUnit`): a percentage for "%", money as Settings
 *   chooses for a money unit (360万 / 3,600,000 CNY), otherwise the number and its unit.
 * @example const figure = useFigure(); figure(3600000, "元") // "360万"
 */
export function useFigure(): FigureText {
  const { locale } = useKpiDesk();
  const style = useMoneyStyle();
  return useMemo(() => (value, unit) => formatInUnit(value, unit, locale, style), [locale, style]);
}
