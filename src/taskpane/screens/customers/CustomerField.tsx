/** The customer choice of the deal and interaction forms: one of the person's customers, none chosen at first. */
import { ChoiceField, type FieldForm } from "../../components/FormFields";
import { namedChoices } from "../../components/Options";
import { useKpiDesk } from "../../shell/KpiDeskContext";

/** Props of {@link CustomerField}. */
export type CustomerFieldProps = {
  /** The form whose `customer` field this is (labelled "Customer" by the form's labels). */
  form: FieldForm<"customer">;
  /** The person's customers (id and name), in the order to offer them. */
  customers: readonly { id: string; name: string }[];
};

/**
 * @param props - the form and the customers.
 * @returns the required customer select with its message.
 */
export function CustomerField({ form, customers }: CustomerFieldProps) {
  const { t } = useKpiDesk();
  const none = t("customers.field.chooseCustomer");
  return <ChoiceField form={form} name="customer" required choices={namedChoices(customers)} none={none} />;
}
