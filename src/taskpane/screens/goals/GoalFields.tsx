/** The fields the goal form and the cascade dialog both hold, with the same label, hint and rule. */
import { Field, Input, Textarea } from "@fluentui/react-components";
import type { FormState } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";

type FormOf<F extends string> = Pick<FormState<Record<F, string>, F>, "field" | "bind">;

/**
 * @param props - the form whose `description` field this is.
 * @returns the required description, a growing text area.
 */
export function DescriptionField({ form }: { form: FormOf<"description"> }) {
  const { t } = useKpiDesk();
  return (
    <Field label={t("goals.form.description")} required {...form.field("description")}>
      <Textarea resize="vertical" {...form.bind("description")} />
    </Field>
  );
}

/**
 * @param props - the form whose `period` field this is.
 * @returns the required period, typed as the workbook writes it (the hint says how).
 */
export function PeriodField({ form }: { form: FormOf<"period"> }) {
  const { t } = useKpiDesk();
  return (
    <Field
      label={t("goals.form.period")}
      required
      hint={t("goals.form.periodHint")}
      {...form.field("period")}
    >
      <Input {...form.bind("period")} />
    </Field>
  );
}
