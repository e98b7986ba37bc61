/**
 * Customer Status words that mean the relationship has ended or sleeps, in both languages: such customers are never
 * flagged as neglected — by the report's "neglected key customers", the pane's customer book and the cockpit alike.
 * Pure.
 */
const CLOSED_STATUSES = new Set([
  "closed",
  "inactive",
  "lost",
  "dormant",
  "churned",
  "流失",
  "已流失",
  "关闭",
  "休眠",
  "停用",
]);

/**
 * @param status - a customer's Status as typed (any case, surrounding spaces ignored).
 * @returns whether it says the relationship has ended or sleeps.
 * @example isClosedStatus(" Dormant ") // true
 */
export function isClosedStatus(status: string | null | undefined): boolean {
  return CLOSED_STATUSES.has((status ?? "").trim().toLowerCase());
}
