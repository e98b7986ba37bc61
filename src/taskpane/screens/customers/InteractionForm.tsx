/**
 * "Log interaction": customer, type, date (today unless changed), outcome, note, next step and next date. Enter
 * submits from any single-line field; nothing is written until every field is valid, and each message names its
 * field. A failed write keeps what was typed and shows why.
 */
import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { InteractionRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { Options, enumChoices } from "../../components/Options";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { CustomerField } from "./CustomerField";
import { useCustomerStyles } from "./customers.styles";
import {
  INTERACTION_TYPES,
  checkInteraction,
  emptyInteraction,
  type InteractionDraft,
} from "../../../domain/crm/forms";

/** Props of {@link InteractionForm}. */
export type InteractionFormProps = {
  person: string;
  /** The person's customers (id and name), in the order to offer them. */
  customers: readonly { id: string; name: string }[];
  /** The customer to preselect, or "". */
  customer: string;
  /** A new InteractionID (computed when the form opens from the rows read). */
  newId: () => string;
  /** Writes the row; resolves true when written. */
  onSubmit: (row: InteractionRow) => Promise<boolean>;
  onCancel: () => void;
  status: "idle" | "running" | "done" | "failed";
  error: unknown;
};

/**
 * @param props - the person, their customers, the write and its state.
 * @returns the dialog body with the form.
 */
export function InteractionForm(props: InteractionFormProps) {
  const { t, today, locale } = useKpiDesk();
  const styles = useCustomerStyles();
  const ids = { person: props.person, customers: new Set(props.customers.map((c) => c.id)), today };
  const form = useForm({
    initial: () => emptyInteraction(today, props.customer),
    // The new id is drawn only for the row to write; while the messages follow what is typed it does not matter.
    check: (draft: InteractionDraft, phase) => {
      const checked = checkInteraction(draft, { ...ids, id: phase === "submit" ? props.newId() : "" });
      return checked.ok ? { ok: true, value: checked.row } : checked;
    },
    onSubmit: props.onSubmit,
  });

  return (
    <FormDialog
      form={form}
      frame="body"
      title={t("customers.log.title")}
      submitLabel={t("customers.log.submit")}
      cancelLabel={t("customers.cancel")}
      onCancel={props.onCancel}
      error={props.status === "failed" ? props.error : null}
      errorTitle="customers.err.notSaved"
    >
      <CustomerField form={form} customers={props.customers} />
      <div className={styles.row2}>
        <Field label={t("customers.field.type")} required {...form.field("type")}>
          <Select {...form.bind("type")}>
            <Options choices={enumChoices(INTERACTION_TYPES, locale)} />
          </Select>
        </Field>
        <Field label={t("customers.field.date")} required {...form.field("date")}>
          <Input type="date" {...form.bind("date")} />
        </Field>
      </div>
      <Field label={t("customers.field.outcome")}>
        <Input {...form.bind("outcome")} />
      </Field>
      <Field label={t("customers.field.note")}>
        <Textarea resize="vertical" {...form.bind("note")} />
      </Field>
      <div className={styles.row2}>
        <Field label={t("customers.field.nextStep")}>
          <Input {...form.bind("nextStep")} />
        </Field>
        <Field label={t("customers.field.nextDate")} {...form.field("nextDate")}>
          <Input type="date" {...form.bind("nextDate")} />
        </Field>
      </div>
    </FormDialog>
  );
}
