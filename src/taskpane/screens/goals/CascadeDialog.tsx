/**
 * Cascading a team goal: team, KPI, period, team target, description and each person's weight, split equally or
 * in proportion to last period's actuals; a live preview of every member's target; all goals appended in one
 * write (rules in cascade.ts).
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Text,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { GoalRow } from "../../../model";
import { plainChoices } from "../../components/FilterBar";
import { FormDialog } from "../../components/FormDialog";
import { ChoicePicker } from "../../components/ChoicePicker";
import { Options } from "../../components/Options";
import { RadioField } from "../../components/RadioField";
import { useAction } from "../../hooks/useAction";
import { useForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  reviewCascade,
  type CascadeDraft,
  type CascadeField,
  type CascadeShare,
  type SplitMethod,
} from "../../../domain/goals/cascade";
import type { Translate } from "../../../i18n";
import { DescriptionField, PeriodField } from "./GoalFields";
import { useGoalsStyles } from "./goals.styles";
import { useFigure, type FigureText } from "../../hooks/useMoney";
import { formatWeight, type GoalsBook } from "./goalsView";

/** The form's fields in the order they stand: the first one in error takes the focus. */
const FIELD_ORDER: readonly CascadeField[] = [
  "team",
  "kpi",
  "description",
  "period",
  "total",
  "weight",
  "method",
];

/** Props of {@link CascadeDialog}. */
export type CascadeDialogProps = {
  book: GoalsBook;
  /** Teams to choose from. */
  teams: readonly string[];
  /** Team and period to start with (the screen's filters). */
  team: string;
  period: string;
  /** Called after the goals were written, with their count, the team and the period they are in. */
  onDone: (count: number, team: string, period: string) => void;
  onCancel: () => void;
};

/**
 * @param props - the workbook's goals, the teams, the starting team and period, and the handlers.
 * @returns the dialog (open while mounted).
 */
export function CascadeDialog({ book, teams, team, period, onDone, onCancel }: CascadeDialogProps) {
  const { t, port } = useKpiDesk();
  const figure = useFigure();
  const styles = useGoalsStyles();
  const create = useAction(async (_progress, rows: GoalRow[]) => {
    await port.appendRows("Goals", rows);
    return rows;
  });
  const form = useForm({
    initial: (): CascadeDraft => ({
      team,
      kpi: "",
      period,
      total: "",
      description: "",
      weight: "",
      method: "equal",
    }),
    check: (d: CascadeDraft) => {
      const checked = reviewCascade(d, book);
      return checked.rows.length > 0
        ? { ok: true, value: { rows: checked.rows, team: d.team.trim() } }
        : { ok: false, errors: checked.errors };
    },
    order: FIELD_ORDER,
    onSubmit: async ({ rows, team: written }) => {
      const done = await create.run(rows);
      if (done !== undefined) onDone(done.length, written, done[0]?.Period ?? draft.period);
    },
  });
  const { draft, set } = form;
  const teamField = form.bind("team");
  // 500 teams at 2,000 people: searchable (ChoicePicker).
  const teamChoices = useMemo(() => plainChoices(teams), [teams]);
  const review = reviewCascade(draft, book);
  const kpi = book.kpis.get(draft.kpi);
  const unit = kpi?.Unit ?? null;

  return (
    <FormDialog
      form={form}
      frame="dialog"
      title={t("goals.cascade.title")}
      submitLabel={t("goals.cascade.create", { count: review.shares.length })}
      cancelLabel={t("goals.form.cancel")}
      onCancel={onCancel}
      error={create.error}
      errorTitle="tp.error.action"
    >
      <Text className={styles.muted}>{t("goals.cascade.intro")}</Text>
      <Field label={t("goals.cascade.team")} required {...form.field("team")}>
        <ChoicePicker
          inputRef={teamField.ref}
          value={teamField.value}
          none={t("goals.cascade.teamPlaceholder")}
          choices={teamChoices}
          onChange={(value) => teamField.onChange(undefined, { value })}
        />
      </Field>
      <Field label={t("goals.form.kpi")} required {...form.field("kpi")}>
        <Select {...form.bind("kpi")}>
          <Options
            none={t("goals.form.kpiPlaceholder")}
            choices={[...book.kpis.values()].map((k) => ({
              value: k.KPI.trim(),
              text: k.Name?.trim() || k.KPI.trim(),
            }))}
          />
        </Select>
      </Field>
      <DescriptionField form={form} />
      <div className={styles.row2}>
        <PeriodField form={form} />
        <Field
          label={t("goals.cascade.total")}
          required
          hint={unit ? t("goals.form.targetUnit", { unit }) : undefined}
          {...form.field("total")}
        >
          <Input inputMode="decimal" {...form.bind("total")} />
        </Field>
      </div>
      <Field
        label={t("goals.cascade.weight")}
        required
        {...form.field("weight")}
        {...(review.over.length > 0 && !form.errors.weight
          ? {
              validationState: "warning" as const,
              validationMessage: t("goals.cascade.over", {
                period: draft.period.trim(),
                list: review.over.map((o) => `${o.name} ${formatWeight(o.total)}`).join(", "),
              }),
            }
          : {})}
      >
        <Input inputMode="decimal" contentAfter="%" {...form.bind("weight")} />
      </Field>
      {review.rate && kpi ? (
        <Text className={styles.muted}>{t("goals.cascade.rate", { kpi: kpi.Name })}</Text>
      ) : (
        <RadioField<SplitMethod>
          label={t("goals.cascade.method")}
          validation={form.field("method")}
          value={draft.method}
          choices={[
            { value: "equal", text: t("goals.cascade.equal") },
            { value: "proportional", text: t("goals.cascade.proportional") },
          ]}
          onChange={(method) => set("method", method)}
        />
      )}
      {review.equalInstead && (
        <MessageBar intent="info" layout="multiline" className={styles.offer}>
          <MessageBarBody>
            {/* A sentence with the figure in it: the offer read as "each member would get:" with nothing after. */}
            {t("goals.cascade.ifEqual", { share: equalShare(review.shares, unit, figure, t) })}
          </MessageBarBody>
          {/* As the bar's action, below its text and inside its box (inline in the text it spilled out at 320 px). */}
          <MessageBarActions>
            <Button size="small" onClick={() => set("method", "equal")}>
              {t("goals.cascade.equalInstead")}
            </Button>
          </MessageBarActions>
        </MessageBar>
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
                        : t("goals.cascade.last", { value: figure(share.last, unit) })}
                    </span>
                  )}
                </span>
                <span>{share.target === null ? "—" : figure(share.target, unit)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </FormDialog>
  );
}

/**
 * The equal split's individual target as one figure, or its range when rounding leaves the shares a cent apart.
 * @param shares - the preview's shares (the equal split's while a proportional one cannot be made).
 * @param unit - the KPI's unit.
 * @param figure - writes a figure in its unit.
 * @param t - the translator.
 * @returns e.g. "500 CNY", "333.33 CNY to 333.34 CNY", or "—" before the team target reads.
 */
function equalShare(
  shares: readonly CascadeShare[],
  unit: string | null,
  figure: FigureText,
  t: Translate,
): string {
  const targets = shares.map((s) => s.target).filter((x): x is number => x !== null);
  if (targets.length === 0) return "—";
  const [low, high] = [figure(Math.min(...targets), unit), figure(Math.max(...targets), unit)];
  return low === high ? low : t("goals.cascade.shareRange", { low, high });
}
