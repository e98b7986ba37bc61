/**
 * The goal form, in a dialog: KPI from the library (a Combobox that filters as one types), description, target,
 * weight (%), period, due date and status, with the live SMART checklist beside them. Field messages appear after
 * the first attempt to save; nothing is written until every field reads (rules in goalForm.ts).
 */
import {
  Button,
  Combobox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Option,
  Select,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { useMemo, useState, type FormEvent } from "react";
import { enumLabel, type GoalRow, type KpiRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  GOAL_STATUSES,
  draftOfGoal,
  newGoalDraft,
  reviewGoal,
  type FieldMessage,
  type GoalDraft,
  type GoalStatus,
} from "../../../domain/goals/goalForm";
import { useGoalsStyles } from "./goals.styles";
import { formatFigure, isPercentUnit, nextIds, type GoalsBook } from "./goalsView";
import { SmartChecklist } from "./SmartChecklist";

/** Props of {@link GoalForm}. */
export type GoalFormProps = {
  book: GoalsBook;
  person: { id: string; name: string };
  /** The period chosen on the screen (a new goal's period). */
  period: string;
  /** The goal to edit, or null for a new one. */
  goal: GoalRow | null;
  /** Called after a successful save with the goal's id. */
  onSaved: (goalId: string) => void;
  onCancel: () => void;
};

/**
 * @param props - the workbook's goals, the person, the period, the goal (or null) and the handlers.
 * @returns the dialog (open while mounted).
 */
export function GoalForm({ book, person, period, goal, onSaved, onCancel }: GoalFormProps) {
  const { t, locale, port } = useKpiDesk();
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
  const [draft, setDraft] = useState<GoalDraft>(() =>
    goal ? draftOfGoal(goal, book) : newGoalDraft(period, book),
  );
  const [submitted, setSubmitted] = useState(false);
  const kpis = useMemo(() => [...book.kpis.values()], [book]);
  const label = (k: KpiRow) => t("goals.form.kpiOption", { name: k.Name, kpi: k.KPI.trim() });
  const [kpiText, setKpiText] = useState(() => {
    const chosen = book.kpis.get(draft.kpi);
    return chosen ? label(chosen) : draft.kpi;
  });

  const review = reviewGoal(draft, {
    book,
    person: person.id,
    personName: person.name,
    goalId,
    original: goal,
  });
  const unit = book.kpis.get(draft.kpi.trim())?.Unit ?? null;
  // The goal as it was when the form opened: the base of the save, however often the screen reloads meanwhile.
  const [read] = useState(goal);
  const save = useAction(async (_progress, row: GoalRow) => {
    if (read) await port.updateRows("Goals", [row], [read]);
    else await port.appendRows("Goals", [row]);
    return row.GoalID;
  });

  const set = <F extends keyof GoalDraft>(field: F, value: GoalDraft[F]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const message = (m: FieldMessage | undefined) => (submitted && m ? t(m.key, m.params) : undefined);
  const fieldProps = (field: keyof GoalDraft) => {
    const text = message(review.errors[field]);
    return { validationMessage: text, validationState: text ? ("error" as const) : ("none" as const) };
  };

  const typed = kpiText.trim().toLowerCase();
  const chosenLabel = book.kpis.get(draft.kpi) ? label(book.kpis.get(draft.kpi) as KpiRow) : "";
  const shown =
    typed === "" || kpiText === chosenLabel
      ? kpis
      : kpis.filter((k) => label(k).toLowerCase().includes(typed) || k.KPI.toLowerCase().includes(typed));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!review.row) return;
    const id = await save.run(review.row);
    if (id !== undefined) onSaved(id);
  };

  const last = review.lastActual;
  const targetHint = [
    isPercentUnit(unit) ? t("goals.form.targetPercent") : unit ? t("goals.form.targetUnit", { unit }) : null,
    last
      ? last.value === null
        ? t("goals.form.noLastActual", { period: last.period })
        : t("goals.form.lastActual", { period: last.period, value: formatFigure(last.value, unit) })
      : null,
  ]
    .filter((x) => x !== null)
    .join(" · ");

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>
              {goal
                ? t("goals.form.editTitle", { id: goalId })
                : t("goals.form.newTitle", { name: person.name })}
            </DialogTitle>
            <DialogContent className={styles.form}>
              {kpis.length === 0 && <Text className={styles.muted}>{t("goals.form.noKpis")}</Text>}
              <Field label={t("goals.form.kpi")} required {...fieldProps("kpi")}>
                <Combobox
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
              <Field label={t("goals.form.description")} required {...fieldProps("description")}>
                <Textarea
                  value={draft.description}
                  resize="vertical"
                  onChange={(_, data) => set("description", data.value)}
                />
              </Field>
              <div className={styles.row2}>
                <Field
                  label={t("goals.form.target")}
                  required
                  hint={targetHint || undefined}
                  {...fieldProps("target")}
                >
                  <Input
                    inputMode="decimal"
                    value={draft.target}
                    onChange={(_, data) => set("target", data.value)}
                  />
                </Field>
                <Field label={t("goals.form.weight")} required {...fieldProps("weight")}>
                  <Input
                    inputMode="decimal"
                    value={draft.weight}
                    contentAfter="%"
                    onChange={(_, data) => set("weight", data.value)}
                  />
                </Field>
              </div>
              <div className={styles.row2}>
                <Field
                  label={t("goals.form.period")}
                  required
                  hint={t("goals.form.periodHint")}
                  {...fieldProps("period")}
                >
                  <Input value={draft.period} onChange={(_, data) => set("period", data.value)} />
                </Field>
                <Field label={t("goals.form.due")} {...fieldProps("due")}>
                  <Input type="date" value={draft.due} onChange={(_, data) => set("due", data.value)} />
                </Field>
              </div>
              <Field label={t("goals.form.status")} {...fieldProps("status")}>
                <Select value={draft.status} onChange={(_, data) => set("status", data.value as GoalStatus)}>
                  {GOAL_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {enumLabel(status, locale)}
                    </option>
                  ))}
                </Select>
              </Field>
              <SmartChecklist checks={review.smart} unit={unit} />
              {save.error != null && <ErrorBar error={save.error} titleKey="tp.error.action" />}
            </DialogContent>
            <DialogActions>
              <Button type="button" appearance="secondary" onClick={onCancel}>
                {t("goals.form.cancel")}
              </Button>
              <Button type="submit" appearance="primary" disabled={save.status === "running"}>
                {t("goals.form.save")}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
