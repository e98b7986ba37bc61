/**
 * One customer in the list, on three lines: name with the contact flag and a quick "log" button; (in the team-wide
 * list, its owner,) last contact and contacts in the period; open deals and the next step.
 */
import { Badge, Button, Text, mergeClasses, useRestoreFocusTarget } from "@fluentui/react-components";
import { NoteAddRegular } from "@fluentui/react-icons";
import { formatDate } from "../../../format";
import { useMoney } from "../../hooks/useMoney";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import type { CustomerEntry } from "../../../domain/crm/customerBook";
import { useCustomerStyles } from "./customers.styles";

/** Props of {@link CustomerCard}. */
export type CustomerCardProps = {
  customer: CustomerEntry;
  period: string;
  onOpen: (customer: CustomerEntry) => void;
  onLog: (customer: CustomerEntry) => void;
  /** The owner's name, shown first on the second line (the team-wide list); none in one person's list. */
  owner?: string;
};

/**
 * @param props - the customer, the period, and what opening and logging do.
 * @returns the row content.
 */
export function CustomerCard({ customer, period, onOpen, onLog, owner }: CustomerCardProps) {
  const { t } = useKpiDesk();
  const money = useMoney();
  const styles = useCustomerStyles();
  const restoreFocus = useRestoreFocusTarget();
  const c = customer;

  let flag;
  if (!c.active) {
    flag = (
      <Badge appearance="outline" color="subtle">
        {c.status}
      </Badge>
    );
  } else if (c.neglected) {
    flag = (
      <Badge appearance="filled" color="danger">
        {c.daysSince === null
          ? t("customers.row.neverShort")
          : t("customers.row.days", { days: c.daysSince })}
      </Badge>
    );
  } else if (c.daysSince !== null) {
    flag = (
      <Badge appearance="tint" color="subtle">
        {t("customers.row.days", { days: c.daysSince })}
      </Badge>
    );
  } else {
    flag = (
      <Badge appearance="tint" color="informative">
        {t("customers.row.neverShort")}
      </Badge>
    );
  }

  const contact =
    c.lastContact === null
      ? t("customers.row.never")
      : t("customers.row.last", { date: formatDate(c.lastContact) });
  const deals =
    c.openDeals === 0
      ? t("customers.row.noOpenDeals")
      : t("customers.row.openDeals", { count: c.openDeals, amount: money(c.openAmount) });
  const next =
    c.nextStep === null && c.nextDate === null
      ? null
      : t("customers.row.next", {
          step: c.nextStep ?? "—",
          date: c.nextDate === null ? "" : formatDate(c.nextDate),
        }).trim();

  return (
    <div className={mergeClasses(styles.row, c.neglected && styles.rowNeglected)}>
      <div className={styles.rowHead}>
        <Button
          appearance="transparent"
          size="small"
          className={styles.nameButton}
          onClick={() => onOpen(c)}
          title={c.name}
          {...restoreFocus}
        >
          <span className={styles.nameText}>{c.name}</span>
        </Button>
        {c.key && (
          <Badge appearance="outline" color="brand" size="small">
            {t("customers.row.key")}
          </Badge>
        )}
        {flag}
        <Button
          appearance="subtle"
          size="small"
          icon={<NoteAddRegular />}
          aria-label={t("customers.row.log", { name: c.name })}
          title={t("customers.row.log", { name: c.name })}
          onClick={() => onLog(c)}
          {...restoreFocus}
        />
      </div>
      <Text className={styles.mutedLine}>
        {owner !== undefined && `${t("customers.row.owner", { name: owner })} · `}
        {contact} · {t("customers.row.inPeriod", { count: c.contactsInPeriod, period })}
      </Text>
      <Text className={styles.mutedLine}>
        {deals}
        {next !== null && (
          <>
            {" · "}
            <span className={c.nextOverdue ? styles.overdue : undefined}>
              {c.nextOverdue ? t("customers.row.nextOverdue", { next }) : next}
            </span>
          </>
        )}
      </Text>
    </div>
  );
}
