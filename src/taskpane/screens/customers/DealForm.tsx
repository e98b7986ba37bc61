/**
 * "Update deal" and "New deal": stage, amount, close date and credit (plus customer and product for a new deal).
 * Checked before anything is written (won deals need amount and close date, shares of a split deal may not pass
 * 100%); Enter submits.
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
  Text,
} from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import { enumLabel } from "../../../model";
import type { DealRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useCustomerStyles } from "./customers.styles";
import {
  DEAL_STAGES,
  checkDeal,
  draftOfDeal,
  emptyDeal,
  type DealDraft,
  type DealField,
  type FieldError,
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
  const [draft, setDraft] = useState<DealDraft>(() =>
    props.deal ? draftOfDeal(props.deal) : emptyDeal(props.customer),
  );
  const [errors, setErrors] = useState<Partial<Record<DealField, FieldError>> | null>(null);
  const fields = useRef<Partial<Record<DealField, HTMLElement | null>>>({});
  const ctx = {
    person: props.person,
    customers: new Set(props.customers.map((c) => c.id)),
    dealId: props.dealId,
    otherCredit: props.otherCredit,
  };
  const isNew = props.deal === null;
  const customerName = props.customers.find((c) => c.id === draft.customer)?.name ?? draft.customer;

  const set = <F extends DealField>(field: F, value: DealDraft[F]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (errors) {
      const checked = checkDeal(next, ctx);
      setErrors(checked.ok ? {} : checked.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDeal(draft, ctx);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (Object.keys(checked.errors) as DealField[])[0];
      fields.current[first]?.focus();
      return;
    }
    setErrors({});
    await props.onSubmit(checked.row);
  };

  const message = (field: DealField) => {
    const error = errors?.[field];
    return error ? t(error.key, error.params) : undefined;
  };
  const state = (field: DealField) => (errors?.[field] ? "error" : "none");
  const bind = (field: DealField) => (el: HTMLElement | null) => {
    fields.current[field] = el;
  };
  const running = props.status === "running";

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>
          {isNew ? t("customers.deal.newTitle") : t("customers.deal.updateTitle", { id: props.dealId })}
        </DialogTitle>
        <DialogContent className={styles.form}>
          {isNew ? (
            <Field
              label={t("customers.field.customer")}
              required
              validationMessage={message("customer")}
              validationState={state("customer")}
            >
              <Select
                ref={bind("customer")}
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
          ) : (
            <Text>{t("customers.deal.of", { customer: customerName, product: draft.product || "—" })}</Text>
          )}
          {isNew && (
            <Field label={t("customers.field.product")}>
              <Input value={draft.product} onChange={(_, d) => set("product", d.value)} />
            </Field>
          )}
          <div className={styles.twoUp}>
            <Field
              label={t("customers.field.stage")}
              required
              validationMessage={message("stage")}
              validationState={state("stage")}
            >
              <Select
                ref={bind("stage")}
                value={draft.stage}
                onChange={(_, d) => set("stage", d.value as DealDraft["stage"])}
              >
                {DEAL_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {enumLabel(stage, locale)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={t("customers.field.amount")}
              validationMessage={message("amount")}
              validationState={state("amount")}
            >
              <Input
                ref={bind("amount")}
                inputMode="decimal"
                value={draft.amount}
                onChange={(_, d) => set("amount", d.value)}
              />
            </Field>
          </div>
          <div className={styles.twoUp}>
            <Field
              label={t("customers.field.closeDate")}
              validationMessage={message("closeDate")}
              validationState={state("closeDate")}
            >
              <Input
                ref={bind("closeDate")}
                type="date"
                value={draft.closeDate}
                onChange={(_, d) => set("closeDate", d.value)}
              />
            </Field>
            <Field
              label={t("customers.field.credit")}
              hint={
                props.otherCredit > 0
                  ? t("customers.deal.splitHint", { others: Math.round(props.otherCredit * 100) })
                  : undefined
              }
              validationMessage={message("credit")}
              validationState={state("credit")}
            >
              <Input
                ref={bind("credit")}
                inputMode="decimal"
                contentAfter="%"
                value={draft.credit}
                onChange={(_, d) => set("credit", d.value)}
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
            {isNew ? t("customers.deal.create") : t("customers.deal.save")}
          </Button>
          <Button type="button" onClick={props.onCancel}>
            {t("customers.cancel")}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
