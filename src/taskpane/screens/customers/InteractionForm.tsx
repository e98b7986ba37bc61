/**
 * "Log interaction": customer, type, date (today unless changed), outcome, note, next step and next date. Enter
 * submits from any single-line field; nothing is written until every field is valid, and each message names its
 * field. A failed write keeps what was typed and shows why.
 */
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  Select,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import { enumLabel } from "../../../model";
import type { InteractionRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useCustomerStyles } from "./customers.styles";
import {
  INTERACTION_TYPES,
  checkInteraction,
  emptyInteraction,
  type FieldError,
  type InteractionDraft,
  type InteractionField,
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
  const [draft, setDraft] = useState<InteractionDraft>(() => emptyInteraction(today, props.customer));
  const [errors, setErrors] = useState<Partial<Record<InteractionField, FieldError>> | null>(null);
  const fields = useRef<Partial<Record<InteractionField, HTMLElement | null>>>({});
  const ids = { person: props.person, customers: new Set(props.customers.map((c) => c.id)), today };

  const set = <F extends InteractionField>(field: F, value: InteractionDraft[F]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // Once the user has tried to submit, the messages follow what is typed.
    if (errors) {
      const checked = checkInteraction(next, { ...ids, id: "" });
      setErrors(checked.ok ? {} : checked.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkInteraction(draft, { ...ids, id: props.newId() });
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (Object.keys(checked.errors) as InteractionField[])[0];
      fields.current[first]?.focus();
      return;
    }
    setErrors({});
    await props.onSubmit(checked.row);
  };

  const message = (field: InteractionField) => {
    const error = errors?.[field];
    return error ? t(error.key, error.params) : undefined;
  };
  const state = (field: InteractionField) => (errors?.[field] ? "error" : "none");
  const running = props.status === "running";

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{t("customers.log.title")}</DialogTitle>
        <DialogContent className={styles.form}>
          <Field
            label={t("customers.field.customer")}
            required
            validationMessage={message("customer")}
            validationState={state("customer")}
          >
            <Select
              ref={(el) => {
                fields.current.customer = el;
              }}
              value={draft.customer}
              onChange={(_, d) => set("customer", d.value)}
            >
              <option value="">{t("customers.field.chooseCustomer")}</option>
              {props.customers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.twoUp}>
            <Field
              label={t("customers.field.type")}
              required
              validationMessage={message("type")}
              validationState={state("type")}
            >
              <Select
                ref={(el) => {
                  fields.current.type = el;
                }}
                value={draft.type}
                onChange={(_, d) => set("type", d.value as InteractionDraft["type"])}
              >
                {INTERACTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {enumLabel(type, locale)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={t("customers.field.date")}
              required
              validationMessage={message("date")}
              validationState={state("date")}
            >
              <Input
                ref={(el) => {
                  fields.current.date = el;
                }}
                type="date"
                value={draft.date}
                onChange={(_, d) => set("date", d.value)}
              />
            </Field>
          </div>
          <Field label={t("customers.field.outcome")}>
            <Input value={draft.outcome} onChange={(_, d) => set("outcome", d.value)} />
          </Field>
          <Field label={t("customers.field.note")}>
            <Textarea value={draft.note} resize="vertical" onChange={(_, d) => set("note", d.value)} />
          </Field>
          <div className={styles.twoUp}>
            <Field label={t("customers.field.nextStep")}>
              <Input value={draft.nextStep} onChange={(_, d) => set("nextStep", d.value)} />
            </Field>
            <Field
              label={t("customers.field.nextDate")}
              validationMessage={message("nextDate")}
              validationState={state("nextDate")}
            >
              <Input
                ref={(el) => {
                  fields.current.nextDate = el;
                }}
                type="date"
                value={draft.nextDate}
                onChange={(_, d) => set("nextDate", d.value)}
              />
            </Field>
          </div>
          {props.status === "failed" && <ErrorBar error={props.error} titleKey="customers.err.notSaved" />}
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabled={running}
            icon={running ? <Spinner size="tiny" /> : undefined}
          >
            {t("customers.log.submit")}
          </Button>
          <Button type="button" onClick={props.onCancel}>
            {t("customers.cancel")}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
