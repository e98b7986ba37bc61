/**
 * "Update deal" and "New deal": stage, amount, close date and credit (plus customer and product for a new deal).
 * Checked before anything is written (won deals need amount and close date, shares of a split deal may not pass
 * 100%); Enter submits.
 */
import { Text } from "@fluentui/react-components";
import type { MessageKey } from "../../../i18n";
import type { DealRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { ChoiceField, TextField } from "../../components/FormFields";
import { enumChoices } from "../../components/Options";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { CustomerField } from "./CustomerField";
import { useCustomerStyles } from "./customers.styles";
import { useCustomerForm, type CustomerWriteProps } from "./formFrame";
import {
  DEAL_STAGES,
  checkDeal,
  dealName,
  draftOfDeal,
  emptyDeal,
  type DealDraft,
  type DealField,
} from "../../../domain/crm/forms";

/** The label of each field, in the order they stand (the first in error takes the focus). */
const DEAL_FIELD_LABELS: Record<DealField, MessageKey> = {
  customer: "customers.field.customer",
  product: "customers.field.product",
  stage: "customers.field.stage",
  amount: "customers.field.amount",
  closeDate: "customers.field.closeDate",
  credit: "customers.field.credit",
};

/** Props of {@link DealForm}. */
export type DealFormProps = CustomerWriteProps<DealRow> & {
  person: string;
  customers: readonly { id: string; name: string }[];
  /** The row to update, or null for a new deal. */
  deal: DealRow | null;
  /** The customer to preselect for a new deal, or "". */
  customer: string;
  /** The deal id: the row's own, or a new one. */
  dealId: string;
  /** Σ Credit of the same deal's rows credited to other people. */
  otherCredit: number;
};

/**
 * @param props - the deal (or none), the person's customers, the write and its state.
 * @returns the dialog body with the form.
 */
export function DealForm(props: DealFormProps) {
  const { t, locale } = useKpiDesk();
  const styles = useCustomerStyles();
  const ctx = {
    person: props.person,
    customers: new Set(props.customers.map((c) => c.id)),
    dealId: props.dealId,
    otherCredit: props.otherCredit,
  };
  const { form, frame } = useCustomerForm(props, {
    initial: () => (props.deal ? draftOfDeal(props.deal) : emptyDeal(props.customer)),
    check: (draft: DealDraft) => checkDeal(draft, ctx),
    labels: DEAL_FIELD_LABELS,
  });
  const { draft } = form;
  const isNew = props.deal === null;
  const customerName = props.customers.find((c) => c.id === draft.customer)?.name ?? draft.customer;

  return (
    <FormDialog
      form={form}
      {...frame}
      title={
        props.deal === null
          ? t("customers.deal.newTitle")
          : t("customers.deal.updateTitle", { deal: dealName(props.deal, customerName) })
      }
      submitLabel={isNew ? t("customers.deal.create") : t("customers.deal.save")}
    >
      {isNew ? (
        <>
          <CustomerField form={form} customers={props.customers} />
          <TextField form={form} name="product" />
        </>
      ) : (
        <Text>{t("customers.deal.of", { customer: customerName, product: draft.product || "—" })}</Text>
      )}
      <div className={styles.row2}>
        <ChoiceField form={form} name="stage" required choices={enumChoices(DEAL_STAGES, locale)} />
        <TextField form={form} name="amount" inputMode="decimal" />
      </div>
      <div className={styles.row2}>
        <TextField form={form} name="closeDate" type="date" />
        <TextField
          form={form}
          name="credit"
          inputMode="decimal"
          contentAfter="%"
          hint={
            props.otherCredit > 0
              ? t("customers.deal.splitHint", { others: Math.round(props.otherCredit * 100) })
              : undefined
          }
        />
      </div>
    </FormDialog>
  );
}
