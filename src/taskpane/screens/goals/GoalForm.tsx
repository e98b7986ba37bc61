/**
 * The goal form, in a dialog: KPI from the library (a Combobox that filters as one types), description, target,
 * weight (%), period, due date and status, with the live SMART checklist beside them. Field messages appear after
 * the first attempt to save; nothing is written until every field reads (rules in goalForm.ts).
 */
import { Combobox, Field, Input, Option, Select, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { GoalRow, KpiRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { Options, enumChoices } from "../../components/Options";
import { useAction } from "../../hooks/useAction";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  GOAL_STATUSES,
  draftOfGoal,
  dueForPeriod,
  newGoalDraft,
  reviewGoal,
  type GoalDraft,
} from "../../../domain/goals/goalForm";
import { DescriptionField, PeriodField } from "./GoalFields";
import { useGoalsStyles } from "./goals.styles";
import { useFigure } from "../../hooks/useMoney";
import { formatWeight, isPercentUnit, nextIds, type GoalsBook } from "./goalsView";
import { SmartChecklist } from "./SmartChecklist";

/** The form's fields in the order they stand: the first one in error takes the focus. */
const FIELD_ORDER: readonly (keyof GoalDraft)[] = [
  "kpi",
  "description",
  "target",
  "weight",
  "period",
  "due",
  "status",
];

/** Props of {@link GoalForm}. */
export type GoalFormProps = {
  book: GoalsBook;
  person: { id: string; name: string };
  /** The period chosen on the screen (a new goal's period). */
  period: string;
  /** The goal to edit, or null for a new one. */
  goal: GoalRow | null;
  /** Called after a successful save with the row written. */
  onSaved: (goal: GoalRow) => void;
  onCancel: () => void;
};

/**
 * @param props - the workbook's goals, the person, the period, the goal (or null) and the handlers.
 * @returns the dialog (open while mounted).
 */
export function GoalForm({ book, person, period, goal, onSaved, onCancel }: GoalFormProps) {
  const { t, locale, port } = useKpiDesk();
  const figure = useFigure();
  const styles = useGoalsStyles();
  const [goalId] = useState(
    () =>
      goal?.GoalID ??
      nextIds(
        "G",
        book.tables.Goals.map((g) => g.GoalID),
        1,
      )[0],
  );
  const kpis = useMemo(() => [...book.kpis.values()], [book]);
  // A KPI is offered by its name (its code can still be typed to pick it).
  const label = (k: KpiRow) => k.Name?.trim() || k.KPI.trim();
  // The goal as it was when the form opened: the base of the save, however often the screen reloads meanwhile.
  const [read] = useState(goal);
  const save = useAction(async (_progress, row: GoalRow) => {
    if (read) await port.updateRows("Goals", [row], [read]);
    else await port.appendRows("Goals", [row]);
    return row;
  });
  const context = { book, person: person.id, personName: person.name, goalId, original: goal };
  const form = useForm({
    initial: () => (goal ? draftOfGoal(goal, book) : newGoalDraft(period, book)),
    check: (d: GoalDraft) => {
      const checked = reviewGoal(d, context);
      return checked.row ? { ok: true, value: checked.row } : { ok: false, errors: checked.errors };
    },
    order: FIELD_ORDER,
    onSubmit: async (row) => {
      const saved = await save.run(row);
      if (saved !== undefined) onSaved(saved);
    },
  });
  const { draft, set, update } = form;
  // The due date follows the period typed (when it was the old period's last day or blank).
  const periodForm = {
    ...form,
    bind: (name: "period") => ({
      ...form.bind(name),
      onChange: (_: unknown, data: { value: string }) =>
        update((d) => ({ ...d, period: data.value, due: dueForPeriod(d, data.value, book) })),
    }),
  };
  const [kpiText, setKpiText] = useState(() => {
    const chosen = book.kpis.get(draft.kpi);
    return chosen ? label(chosen) : draft.kpi;
  });
  const review = reviewGoal(draft, context);
  const unit = book.kpis.get(draft.kpi.trim())?.Unit ?? null;

  const typed = kpiText.trim().toLowerCase();
  const chosenLabel = book.kpis.get(draft.kpi) ? label(book.kpis.get(draft.kpi) as KpiRow) : "";
  const shown =
    typed === "" || kpiText === chosenLabel
      ? kpis
      : kpis.filter((k) => label(k).toLowerCase().includes(typed) || k.KPI.toLowerCase().includes(typed));

  const last = review.lastActual;
  const targetHint = [
    isPercentUnit(unit) ? t("goals.form.targetPercent") : unit ? t("goals.form.targetUnit", { unit }) : null,
    last
      ? last.value === null
        ? t("goals.form.noLastActual", { period: last.period })
        : t("goals.form.lastActual", { period: last.period, value: figure(last.value, unit) })
      : null,
  ]
    .filter((x) => x !== null)
    .join(" · ");

  return (
    <FormDialog
      form={form}
      frame="dialog"
      title={
        goal
          ? t("goals.form.editTitle", {
              kpi: book.kpis.get(goal.KPI.trim())?.Name ?? goal.KPI,
              name: person.name,
            })
          : t("goals.form.newTitle", { name: person.name })
      }
      submitLabel={t("goals.form.save")}
      cancelLabel={t("goals.form.cancel")}
      onCancel={onCancel}
      error={save.error}
      errorTitle="tp.error.action"
    >
      {kpis.length === 0 && <Text className={styles.muted}>{t("goals.form.noKpis")}</Text>}
      <Field label={t("goals.form.kpi")} required {...form.field("kpi")}>
        <Combobox
          ref={form.ref("kpi")}
          inlinePopup
          value={kpiText}
          selectedOptions={draft.kpi ? [draft.kpi] : []}
          placeholder={t("goals.form.kpiPlaceholder")}
          onChange={(event) => {
            const text = event.target.value;
            setKpiText(text);
            const exact = kpis.find(
              (k) => k.KPI.trim().toLowerCase() === text.trim().toLowerCase() || label(k) === text,
            );
            set("kpi", exact ? exact.KPI.trim() : "");
          }}
          onOptionSelect={(_, data) => {
            set("kpi", data.optionValue ?? "");
            setKpiText(data.optionText ?? "");
          }}
        >
          {shown.map((k) => (
            <Option key={k.KPI} value={k.KPI.trim()} text={label(k)}>
              {label(k)}
            </Option>
          ))}
        </Combobox>
      </Field>
      <DescriptionField form={form} />
      <div className={styles.row2}>
        <Field
          label={t("goals.form.target")}
          required
          hint={targetHint || undefined}
          {...form.field("target")}
        >
          <Input inputMode="decimal" {...form.bind("target")} />
        </Field>
        <Field
          label={t("goals.form.weight")}
          required
          {...form.field("weight")}
          {...(review.weightOver !== null && !form.errors.weight
            ? {
                validationState: "warning" as const,
                validationMessage: t("goals.form.weightOver", {
                  name: person.name,
                  period: draft.period.trim(),
                  total: formatWeight(review.weightOver),
                }),
              }
            : {})}
        >
          <Input inputMode="decimal" contentAfter="%" {...form.bind("weight")} />
        </Field>
      </div>
      <div className={styles.row2}>
        <PeriodField form={periodForm} />
        <Field label={t("goals.form.due")} {...form.field("due")}>
          <Input type="date" {...form.bind("due")} />
        </Field>
      </div>
      <Field label={t("goals.form.status")} {...form.field("status")}>
        <Select {...form.bind("status")}>
          <Options choices={enumChoices(GOAL_STATUSES, locale)} />
        </Select>
      </Field>
      <SmartChecklist checks={review.smart} unit={unit} />
    </FormDialog>
  );
}
