/**
 * "Add customer" and "Edit customer": name, account manager (picked from the people), segment, industry, customer
 * since and status. Checked before anything is written (a name, a name no other customer has, an owner from the
 * Managers table, a real date); each message names its field; Enter submits; a failed write keeps what was typed
 * and shows why.
 */
import { Field, Input, Select } from "@fluentui/react-components";
import type { CustomerRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { Options } from "../../components/Options";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useCustomerStyles } from "./customers.styles";
import {
  checkCustomer,
  draftOfCustomer,
  emptyCustomer,
  type CustomerDraft,
} from "../../../domain/crm/customerForm";

/** Props of {@link CustomerForm}. */
export type CustomerFormProps = {
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
  /** Writes the row; resolves true when written. */
  onSubmit: (row: CustomerRow) => Promise<boolean>;
  onCancel: () => void;
  status: "idle" | "running" | "done" | "failed";
  error: unknown;
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
  const form = useForm({
    initial: () => (props.customer ? draftOfCustomer(props.customer) : emptyCustomer(props.owner, today)),
    check: (draft: CustomerDraft) => {
      const checked = checkCustomer(draft, ctx);
      return checked.ok ? { ok: true, value: checked.row } : checked;
    },
    onSubmit: props.onSubmit,
  });
  const isNew = props.customer === null;

  return (
    <FormDialog
      form={form}
      frame="body"
      title={
        isNew
          ? t("customers.add.title")
          : t("customers.edit.title", { name: props.customer?.Name ?? props.id })
      }
      submitLabel={isNew ? t("customers.add.submit") : t("customers.edit.submit")}
      cancelLabel={t("customers.cancel")}
      onCancel={props.onCancel}
      error={props.status === "failed" ? props.error : null}
      errorTitle="customers.err.notSaved"
    >
      <Field label={t("customers.field.name")} required {...form.field("name")}>
        <Input {...form.bind("name")} />
      </Field>
      <Field label={t("customers.field.owner")} required {...form.field("owner")}>
        <Select {...form.bind("owner")}>
          <Options
            none={t("customers.field.chooseOwner")}
            choices={props.people.map((p) => ({ value: p.id, text: p.name }))}
          />
        </Select>
      </Field>
      <div className={styles.row2}>
        <Field label={t("customers.field.segment")} {...form.field("segment")}>
          <Input {...form.bind("segment")} />
        </Field>
        <Field label={t("customers.field.industry")} {...form.field("industry")}>
          <Input {...form.bind("industry")} />
        </Field>
      </div>
      <Field label={t("customers.field.since")} {...form.field("since")}>
        <Input type="date" {...form.bind("since")} />
      </Field>
      <Field
        label={t("customers.field.status")}
        hint={t("customers.field.statusHint")}
        {...form.field("status")}
      >
        <Input {...form.bind("status")} />
      </Field>
    </FormDialog>
  );
}
