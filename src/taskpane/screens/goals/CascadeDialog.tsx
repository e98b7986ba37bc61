/**
 * Cascading a team goal: team, KPI, period, team target, description and each person's weight, split equally or
 * in proportion to last period's actuals; a live preview of every member's target; all goals appended in one
 * write (rules in cascade.ts).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { GoalRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  reviewCascade,
  type CascadeDraft,
  type CascadeField,
  type SplitMethod,
} from "../../../domain/goals/cascade";
import type { FieldMessage } from "../../../domain/goals/goalForm";
import { useGoalsStyles } from "./goals.styles";
import { formatFigure, type GoalsBook } from "./goalsView";

/** Props of {@link CascadeDialog}. */
export type CascadeDialogProps = {
  book: GoalsBook;
  /** Teams to choose from. */
  teams: readonly string[];
  /** Team and period to start with (the screen's filters). */
  team: string;
  period: string;
  /** Called after the goals were written, with their count and the team. */
  onDone: (count: number, team: string) => void;
  onCancel: () => void;
};

/**
 * @param props - the workbook's goals, the teams, the starting team and period, and the handlers.
 * @returns the dialog (open while mounted).
 */
export function CascadeDialog({ book, teams, team, period, onDone, onCancel }: CascadeDialogProps) {
  const { t, port } = useKpiDesk();
  const styles = useGoalsStyles();
  const [draft, setDraft] = useState<CascadeDraft>({
    team,
    kpi: "",
    period,
    total: "",
    description: "",
    weight: "",
    method: "equal",
  });
  const [submitted, setSubmitted] = useState(false);
  const review = reviewCascade(draft, book);
  const kpi = book.kpis.get(draft.kpi);
  const unit = kpi?.Unit ?? null;
  const create = useAction(async (_progress, rows: GoalRow[]) => {
    await port.appendRows("Goals", rows);
    return rows.length;
  });

  const set = <F extends keyof CascadeDraft>(field: F, value: CascadeDraft[F]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const message = (m: FieldMessage | undefined) => (submitted && m ? t(m.key, m.params) : undefined);
  const fieldProps = (field: CascadeField) => {
    const text = message(review.errors[field]);
    return { validationMessage: text, validationState: text ? ("error" as const) : ("none" as const) };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (review.rows.length === 0) return;
    const count = await create.run(review.rows);
    if (count !== undefined) onDone(count, draft.team.trim());
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t("goals.cascade.title")}</DialogTitle>
            <DialogContent className={styles.form}>
              <Text className={styles.muted}>{t("goals.cascade.intro")}</Text>
              <Field label={t("goals.cascade.team")} required {...fieldProps("team")}>
                <Select value={draft.team} onChange={(_, data) => set("team", data.value)}>
                  <option value="">{t("goals.cascade.teamPlaceholder")}</option>
                  {teams.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t("goals.form.kpi")} required {...fieldProps("kpi")}>
                <Select value={draft.kpi} onChange={(_, data) => set("kpi", data.value)}>
                  <option value="">{t("goals.form.kpiPlaceholder")}</option>
                  {[...book.kpis.values()].map((k) => (
                    <option key={k.KPI} value={k.KPI.trim()}>
                      {t("goals.form.kpiOption", { name: k.Name, kpi: k.KPI.trim() })}
                    </option>
                  ))}
                </Select>
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
                  label={t("goals.form.period")}
                  required
                  hint={t("goals.form.periodHint")}
                  {...fieldProps("period")}
                >
                  <Input value={draft.period} onChange={(_, data) => set("period", data.value)} />
                </Field>
                <Field
                  label={t("goals.cascade.total")}
                  required
                  hint={unit ? t("goals.form.targetUnit", { unit }) : undefined}
                  {...fieldProps("total")}
                >
                  <Input
                    inputMode="decimal"
                    value={draft.total}
                    onChange={(_, data) => set("total", data.value)}
                  />
                </Field>
              </div>
              <Field label={t("goals.cascade.weight")} required {...fieldProps("weight")}>
                <Input
                  inputMode="decimal"
                  value={draft.weight}
                  contentAfter="%"
                  onChange={(_, data) => set("weight", data.value)}
                />
              </Field>
              {review.rate && kpi ? (
                <Text className={styles.muted}>{t("goals.cascade.rate", { kpi: kpi.Name })}</Text>
              ) : (
                <Field label={t("goals.cascade.method")} {...fieldProps("method")}>
                  <RadioGroup
                    value={draft.method}
                    onChange={(_, data) => set("method", data.value as SplitMethod)}
                  >
                    <Radio value="equal" label={t("goals.cascade.equal")} />
                    <Radio value="proportional" label={t("goals.cascade.proportional")} />
                  </RadioGroup>
                </Field>
              )}
              {review.shares.length > 0 && (
                <section aria-label={t("goals.cascade.preview")}>
                  <Text weight="semibold" block>
                    {t("goals.cascade.preview")}
                  </Text>
                  <ul className={styles.preview}>
                    {review.shares.map((share) => (
                      <li key={share.id} className={styles.previewItem}>
                        <span>
                          {share.name}
                          {draft.kpi !== "" && (
                            <span className={styles.muted}>
                              {" · "}
                              {share.last === null
                                ? t("goals.cascade.noLast", { period: review.priorPeriod ?? "" })
                                : t("goals.cascade.last", { value: formatFigure(share.last, unit) })}
                            </span>
                          )}
                        </span>
                        <span>{share.target === null ? "—" : formatFigure(share.target, unit)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {create.error != null && <ErrorBar error={create.error} titleKey="tp.error.action" />}
            </DialogContent>
            <DialogActions>
              <Button type="button" appearance="secondary" onClick={onCancel}>
                {t("goals.form.cancel")}
              </Button>
              <Button type="submit" appearance="primary" disabled={create.status === "running"}>
                {t("goals.cascade.create", { count: review.shares.length })}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
