/**
 * One customer in a dialog: who they are, the person's deals with them (each one a button away from an update),
 * and the latest interactions with their outcome and next step.
 */
import { Badge, Button, Text } from "@fluentui/react-components";
import { AddRegular, EditRegular, NoteAddRegular } from "@fluentui/react-icons";
import { enumLabel, type DealRow, type InteractionRow } from "../../../model";
import { formatDate, formatPercent } from "../../../format";
import { DialogPanel } from "../../components/DialogFrame";
import { useMoney } from "../../hooks/useMoney";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { OPEN_STAGES, type CustomerEntry } from "../../../domain/crm/customerBook";
import { dealName } from "../../../domain/crm/forms";
import { useCustomerStyles } from "./customers.styles";

/** Interactions shown in the dialog (the sheet holds the rest). */
export const HISTORY_SHOWN = 8;

/** Props of {@link CustomerDetail}. */
export type CustomerDetailProps = {
  customer: CustomerEntry;
  deals: readonly DealRow[];
  /** The customer's interactions, latest first. */
  history: readonly InteractionRow[];
  onLog: () => void;
  onNewDeal: () => void;
  onUpdateDeal: (deal: DealRow) => void;
  /** Opens "Edit customer". */
  onEdit: () => void;
  onClose: () => void;
  /** The owner's name (shown in the team-wide list, where the customer may be anyone's). */
  owner?: string;
};

/**
 * @param props - the customer, their deals and history, and the actions.
 * @returns the dialog body.
 */
export function CustomerDetail({
  customer,
  deals,
  history,
  onLog,
  onNewDeal,
  onUpdateDeal,
  onEdit,
  onClose,
  owner,
}: CustomerDetailProps) {
  const { t, locale } = useKpiDesk();
  const money = useMoney();
  const styles = useCustomerStyles();
  // A deal is called by its product; one without is told apart by customer, close date and amount, not its id.
  const dealTitle = (deal: DealRow) =>
    deal.Product !== null && deal.Product.trim() !== ""
      ? deal.Product
      : [
          customer.name,
          deal.CloseDate === null ? null : formatDate(deal.CloseDate),
          deal.Amount === null ? null : money(deal.Amount),
        ]
          .filter((x) => x !== null)
          .join(" · ");
  const about = [owner ?? null, customer.segment, customer.industry, customer.status]
    .filter((x) => x !== null)
    .join(" · ");
  return (
    <DialogPanel
      title={customer.name}
      contentClassName={styles.form}
      actions={<Button onClick={onClose}>{t("customers.close")}</Button>}
    >
      <div className={styles.detailSection}>
        {about !== "" && <Text className={styles.muted}>{about}</Text>}
        <Text>
          {customer.lastContact === null
            ? t("customers.row.never")
            : t("customers.detail.lastContact", {
                date: formatDate(customer.lastContact),
                days: customer.daysSince ?? 0,
              })}
        </Text>
        {customer.since !== null && (
          <Text className={styles.muted}>
            {t("customers.detail.since", { date: formatDate(customer.since) })}
          </Text>
        )}
        <div className={styles.toolbarActions}>
          <Button icon={<NoteAddRegular />} appearance="primary" onClick={onLog}>
            {t("customers.log.open")}
          </Button>
          <Button icon={<EditRegular />} onClick={onEdit}>
            {t("customers.edit.open")}
          </Button>
        </div>
      </div>

      <div className={styles.detailSection}>
        <div className={styles.cardHead}>
          <h3 className={styles.detailHeading}>{t("customers.detail.deals", { count: deals.length })}</h3>
          <Button size="small" icon={<AddRegular />} onClick={onNewDeal}>
            {t("customers.deal.new")}
          </Button>
        </div>
        {deals.length === 0 ? (
          <Text className={styles.muted}>{t("customers.detail.noDeals")}</Text>
        ) : (
          <ul className={styles.cards} aria-label={t("customers.detail.dealList")}>
            {deals.map((deal) => (
              <li key={deal.DealID} className={styles.card}>
                <div className={styles.cardHead}>
                  <Text weight="semibold">{dealTitle(deal)}</Text>
                  <Badge
                    appearance={OPEN_STAGES.includes(deal.Stage) ? "tint" : "outline"}
                    color={deal.Stage === "won" ? "success" : deal.Stage === "lost" ? "subtle" : "brand"}
                  >
                    {enumLabel(deal.Stage, locale)}
                  </Badge>
                </div>
                <Text size={200}>
                  {[
                    deal.Amount === null ? t("customers.detail.noAmount") : money(deal.Amount),
                    deal.CloseDate === null
                      ? null
                      : t("customers.detail.close", { date: formatDate(deal.CloseDate) }),
                    deal.Credit !== null && deal.Credit !== 1
                      ? t("customers.detail.credit", { share: formatPercent(deal.Credit, 0) })
                      : null,
                  ]
                    .filter((x) => x !== null)
                    .join(" · ")}
                </Text>
                <div>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<EditRegular />}
                    onClick={() => onUpdateDeal(deal)}
                    aria-label={t("customers.deal.updateNamed", { deal: dealName(deal, customer.name) })}
                  >
                    {t("customers.deal.update")}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className={styles.detailSection}>
        <h3 className={styles.detailHeading}>{t("customers.detail.history", { count: history.length })}</h3>
        {history.length === 0 ? (
          <Text className={styles.muted}>{t("customers.detail.noHistory")}</Text>
        ) : (
          <ul className={styles.cards} aria-label={t("customers.detail.historyList")}>
            {history.slice(0, HISTORY_SHOWN).map((item) => (
              <li key={item.InteractionID} className={styles.card}>
                <div className={styles.cardHead}>
                  <Text weight="semibold">{enumLabel(item.Type, locale)}</Text>
                  <Text size={200}>{formatDate(item.Date)}</Text>
                </div>
                {item.Outcome && <Text size={200}>{item.Outcome}</Text>}
                {item.Note && (
                  <Text size={200} className={styles.muted}>
                    {item.Note}
                  </Text>
                )}
                {(item.NextStep || item.NextDate !== null) && (
                  <Text size={200}>
                    {t("customers.row.next", {
                      step: item.NextStep ?? "—",
                      date: item.NextDate === null ? "" : formatDate(item.NextDate),
                    }).trim()}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        )}
        {history.length > HISTORY_SHOWN && (
          <Text className={styles.muted}>
            {t("customers.detail.more", { count: history.length - HISTORY_SHOWN })}
          </Text>
        )}
      </div>
    </DialogPanel>
  );
}
