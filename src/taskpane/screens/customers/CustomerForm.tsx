/**
 * "Add customer" and "Edit customer": name, account manager (picked from the people), segment, industry, customer
 * since and status. Checked before anything is written (a name, a name no other customer has, an owner from the
 * Managers table, a real date); each message names its field; Enter submits; a failed write keeps what was typed
 * and shows why.
 */
import type { MessageKey } from "../../../i18n";
import type { CustomerRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { ChoiceField, TextField } from "../../components/FormFields";
import { namedChoices } from "../../components/Options";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useCustomerStyles } from "./customers.styles";
import { useCustomerForm, type CustomerWriteProps } from "./formFrame";
import {
  checkCustomer,
  draftOfCustomer,
  emptyCustomer,
  type CustomerDraft,
  type CustomerField,
} from "../../../domain/crm/customerForm";

/** The label of each field, in the order they stand (the first in error takes the focus). */
const CUSTOMER_FIELD_LABELS: Record<CustomerField, MessageKey> = {
  name: "customers.field.name",
  owner: "customers.field.owner",
  segment: "customers.field.segment",
  industry: "customers.field.industry",
  since: "customers.field.since",
  status: "customers.field.status",
};

/** Props of {@link CustomerForm}. */
export type CustomerFormProps = CustomerWriteProps<CustomerRow> & {
  /** The row to edit, or null for a new customer. */
  customer: CustomerRow | null;
  /** The owner to preselect for a new customer ("" for none). */
  owner: string;
  /** Everyone who may own a customer (id and name), in the order to offer them. */
  people: readonly { id: string; name: string }[];
  /** Every customer by name (customerNameIndex): a second customer of the same name is refused. */
  names: ReadonlyMap<string, readonly { id: string; name: string }[]>;
  /** The customer's id: the row's own, or a new one. */
  id: string;
};

/**
 * @param props - the customer (or none), the people, the write and its state.
 * @returns the dialog body with the form.
 */
export function CustomerForm(props: CustomerFormProps) {
  const { t, today } = useKpiDesk();
  const styles = useCustomerStyles();
  const ctx = {
    people: new Set(props.people.map((p) => p.id)),
    id: props.id,
    base: props.customer,
    names: props.names,
  };
  const { form, frame } = useCustomerForm(props, {
    initial: () => (props.customer ? draftOfCustomer(props.customer) : emptyCustomer(props.owner, today)),
    check: (draft: CustomerDraft) => checkCustomer(draft, ctx),
    labels: CUSTOMER_FIELD_LABELS,
  });
  const isNew = props.customer === null;

  return (
    <FormDialog
      form={form}
      {...frame}
      title={
        isNew
          ? t("customers.add.title")
          : t("customers.edit.title", { name: props.customer?.Name ?? props.id })
      }
      submitLabel={isNew ? t("customers.add.submit") : t("customers.edit.submit")}
    >
      <TextField form={form} name="name" required />
      <ChoiceField
        form={form}
        name="owner"
        required
        choices={namedChoices(props.people)}
        none={t("customers.field.chooseOwner")}
      />
      <div className={styles.row2}>
        <TextField form={form} name="segment" />
        <TextField form={form} name="industry" />
      </div>
      <TextField form={form} name="since" type="date" />
      <TextField form={form} name="status" hint={t("customers.field.statusHint")} />
    </FormDialog>
  );
}
