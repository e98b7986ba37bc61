/** The customer choice of the deal and interaction forms: one of the person's customers, none chosen at first. */
import { Field, Select } from "@fluentui/react-components";
import { Options } from "../../components/Options";
import type { FormState } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";

/** Props of {@link CustomerField}. */
export type CustomerFieldProps = {
  /** The form whose `customer` field this is. */
  form: Pick<FormState<{ customer: string }, "customer">, "field" | "bind">;
  /** The person's customers (id and name), in the order to offer them. */
  customers: readonly { id: string; name: string }[];
};

/**
 * @param props - the form and the customers.
 * @returns the required customer select with its message.
 */
export function CustomerField({ form, customers }: CustomerFieldProps) {
  const { t } = useKpiDesk();
  return (
    <Field label={t("customers.field.customer")} required {...form.field("customer")}>
      <Select {...form.bind("customer")}>
        <Options
          none={t("customers.field.chooseCustomer")}
          choices={customers.map((c) => ({ value: c.id, text: c.name }))}
        />
      </Select>
    </Field>
  );
}
