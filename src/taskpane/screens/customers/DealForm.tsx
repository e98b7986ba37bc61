/**
 * "Update deal" and "New deal": stage, amount, close date and credit (plus customer and product for a new deal).
 * Checked before anything is written (won deals need amount and close date, shares of a split deal may not pass
 * 100%); Enter submits.
 */
import { Field, Input, Select, Text } from "@fluentui/react-components";
import type { DealRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { Options, enumChoices } from "../../components/Options";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { CustomerField } from "./CustomerField";
import { useCustomerStyles } from "./customers.styles";
import {
  DEAL_STAGES,
  checkDeal,
  dealName,
  draftOfDeal,
  emptyDeal,
  type DealDraft,
} from "../../../domain/crm/forms";

/** Props of {@link DealForm}. */
export type DealFormProps = {
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
  /** Writes the row; resolves true when written. */
  onSubmit: (row: DealRow) => Promise<boolean>;
  onCancel: () => void;
  status: "idle" | "running" | "done" | "failed";
  error: unknown;
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
  const form = useForm({
    initial: () => (props.deal ? draftOfDeal(props.deal) : emptyDeal(props.customer)),
    check: (draft: DealDraft) => {
      const checked = checkDeal(draft, ctx);
      return checked.ok ? { ok: true, value: checked.row } : checked;
    },
    onSubmit: props.onSubmit,
  });
  const { draft } = form;
  const isNew = props.deal === null;
  const customerName = props.customers.find((c) => c.id === draft.customer)?.name ?? draft.customer;

  return (
    <FormDialog
      form={form}
      frame="body"
      title={
        props.deal === null
          ? t("customers.deal.newTitle")
          : t("customers.deal.updateTitle", { deal: dealName(props.deal, customerName) })
      }
      submitLabel={isNew ? t("customers.deal.create") : t("customers.deal.save")}
      cancelLabel={t("customers.cancel")}
      onCancel={props.onCancel}
      error={props.status === "failed" ? props.error : null}
      errorTitle="customers.err.notSaved"
    >
      {isNew ? (
        <CustomerField form={form} customers={props.customers} />
      ) : (
        <Text>{t("customers.deal.of", { customer: customerName, product: draft.product || "—" })}</Text>
      )}
      {isNew && (
        <Field label={t("customers.field.product")}>
          <Input {...form.bind("product")} />
        </Field>
      )}
      <div className={styles.row2}>
        <Field label={t("customers.field.stage")} required {...form.field("stage")}>
          <Select {...form.bind("stage")}>
            <Options choices={enumChoices(DEAL_STAGES, locale)} />
          </Select>
        </Field>
        <Field label={t("customers.field.amount")} {...form.field("amount")}>
          <Input inputMode="decimal" {...form.bind("amount")} />
        </Field>
      </div>
      <div className={styles.row2}>
        <Field label={t("customers.field.closeDate")} {...form.field("closeDate")}>
          <Input type="date" {...form.bind("closeDate")} />
        </Field>
        <Field
          label={t("customers.field.credit")}
          hint={
            props.otherCredit > 0
              ? t("customers.deal.splitHint", { others: Math.round(props.otherCredit * 100) })
              : undefined
          }
          {...form.field("credit")}
        >
          <Input inputMode="decimal" contentAfter="%" {...form.bind("credit")} />
        </Field>
      </div>
    </FormDialog>
  );
}
