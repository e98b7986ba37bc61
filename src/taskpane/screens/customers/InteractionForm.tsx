/**
 * "Log interaction": customer, type, date (today unless changed), outcome, note, next step and next date. Enter
 * submits from any single-line field; nothing is written until every field is valid, and each message names its
 * field. A failed write keeps what was typed and shows why.
 */
import type { MessageKey } from "../../../i18n";
import type { InteractionRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { ChoiceField, TextAreaField, TextField } from "../../components/FormFields";
import { enumChoices } from "../../components/Options";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { CustomerField } from "./CustomerField";
import { useCustomerStyles } from "./customers.styles";
import { useCustomerForm, type CustomerWriteProps } from "./formFrame";
import {
  INTERACTION_TYPES,
  checkInteraction,
  emptyInteraction,
  type InteractionDraft,
  type InteractionField,
} from "../../../domain/crm/forms";

/** The label of each field, in the order they stand (the first in error takes the focus). */
const INTERACTION_FIELD_LABELS: Record<InteractionField, MessageKey> = {
  customer: "customers.field.customer",
  type: "customers.field.type",
  date: "customers.field.date",
  outcome: "customers.field.outcome",
  note: "customers.field.note",
  nextStep: "customers.field.nextStep",
  nextDate: "customers.field.nextDate",
};

/** Props of {@link InteractionForm}. */
export type InteractionFormProps = CustomerWriteProps<InteractionRow> & {
  person: string;
  /** The person's customers (id and name), in the order to offer them. */
  customers: readonly { id: string; name: string }[];
  /** The customer to preselect, or "". */
  customer: string;
  /** A new InteractionID (computed when the form opens from the rows read). */
  newId: () => string;
};

/**
 * @param props - the person, their customers, the write and its state.
 * @returns the dialog body with the form.
 */
export function InteractionForm(props: InteractionFormProps) {
  const { t, today, locale } = useKpiDesk();
  const styles = useCustomerStyles();
  const ids = { person: props.person, customers: new Set(props.customers.map((c) => c.id)), today };
  const { form, frame } = useCustomerForm(props, {
    initial: () => emptyInteraction(today, props.customer),
    // The new id is drawn only for the row to write; while the messages follow what is typed it does not matter.
    check: (draft: InteractionDraft, phase) =>
      checkInteraction(draft, { ...ids, id: phase === "submit" ? props.newId() : "" }),
    labels: INTERACTION_FIELD_LABELS,
  });

  return (
    <FormDialog
      form={form}
      {...frame}
      title={t("customers.log.title")}
      submitLabel={t("customers.log.submit")}
    >
      <CustomerField form={form} customers={props.customers} />
      <div className={styles.row2}>
        <ChoiceField form={form} name="type" required choices={enumChoices(INTERACTION_TYPES, locale)} />
        <TextField form={form} name="date" type="date" required />
      </div>
      <TextField form={form} name="outcome" />
      <TextAreaField form={form} name="note" />
      <div className={styles.row2}>
        <TextField form={form} name="nextStep" />
        <TextField form={form} name="nextDate" type="date" />
      </div>
    </FormDialog>
  );
}
