/**
 * Display formatting shared by the task pane, the report and the CLIs: numbers, percentages, money and dates as
 * text, and catalogue messages and data problems in the user's language.
 */
export {
  formatChange,
  formatDate,
  formatInUnit,
  formatMoney,
  formatNumber,
  formatPercent,
  isMoneyUnit,
} from "./format";
export { dataProblemText, flagText, messageText } from "./text";
export { planName, repeatedKeys } from "./names";
