/**
 * The "Open cycle" dialog: cycle, period, team and reviewer; shows how many drafts it will create and how many
 * people it will skip, and appends all the drafts in one write. Enter creates, Escape closes.
 */
import { Dialog, Field, Select, Text } from "@fluentui/react-components";
import { useMemo } from "react";
import type { MessageKey } from "../../../i18n";
import { enumLabel, type ManagerRow, type ReviewRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { useLayoutStyles } from "../../components/layout.styles";
import { TextField } from "../../components/FormFields";
import { ChoicePicker } from "../../components/ChoicePicker";
import { Options, enumChoices } from "../../components/Options";
import { useAction } from "../../hooks/useAction";
import { useForm, type FieldMessage, type FormCheck } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  ALL_TEAMS,
  CYCLES,
  NO_TEAM,
  currentPeriod,
  cycleKey,
  defaultReviewer,
  planCycle,
  teamsOf,
  validateCycleForm,
  type Cycle,
  type CycleForm,
  type ReviewSettings,
} from "../../../domain/reviews/cycles";
import type { Period } from "../../../core";

/** The fields the dialog checks, in the order they stand: the first in error takes the focus. */
type CycleField = "period" | "reviewer";
const CYCLE_FIELD_LABELS: Record<CycleField, MessageKey> = {
  period: "reviews.cycle.period",
  reviewer: "reviews.cycle.reviewer",
};

/** Props of {@link OpenCycleDialog}. */
export type OpenCycleDialogProps = {
  open: boolean;
  onClose: () => void;
  managers: readonly ManagerRow[];
  reviews: readonly ReviewRow[];
  settings: ReviewSettings;
  /** The screen's team filter: the dialog's starting scope. */
  initialTeam: string;
  /** Called after the cycle is opened (or found to need nothing), with the message and the cycle's filter value. */
  onDone: (message: string, key: string | null) => void;
};

/**
 * The dialog keeps what was typed while closed; give it a new `key` on each opening to start afresh.
 * @param props - open state, data, settings and callbacks.
 * @returns the dialog.
 */
export function OpenCycleDialog(props: OpenCycleDialogProps) {
  const { open, onClose } = props;
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <CycleDialogSurface {...props} />
    </Dialog>
  );
}

function CycleDialogSurface({
  onClose,
  managers,
  reviews,
  settings,
  initialTeam,
  onDone,
}: OpenCycleDialogProps) {
  const { t, locale, today, port } = useKpiDesk();
  const styles = useLayoutStyles();
  const fy = settings.fiscalYearStart;
  const { teams, hasNoTeam } = useMemo(() => teamsOf(managers, locale), [managers, locale]);
  // All drafts in one write: the adapter validates every row first, so a refusal leaves the table unchanged.
  const append = useAction(async (_progress, rows: ReviewRow[]) => {
    await port.appendRows("Reviews", rows);
    return rows.length;
  });

  // The messages name their field and, for a period of the wrong kind, the cycle ("a quarter").
  const check = (draft: CycleForm): FormCheck<CycleField, Period> => {
    const { issues, period } = validateCycleForm(draft, today, fy);
    if (period !== null && !issues.reviewer) return { ok: true, value: period };
    const cycle = enumLabel(draft.cycle, locale).toLocaleLowerCase(locale);
    const errors: Partial<Record<CycleField, FieldMessage>> = {};
    for (const field of ["period", "reviewer"] as const) {
      const issue = issues[field];
      if (issue) errors[field] = { key: issue.key, params: { ...issue.params, cycle } };
    }
    return { ok: false, errors };
  };
  const form = useForm({
    initial: (): CycleForm => ({
      cycle: "quarter",
      period: currentPeriod("quarter", today, fy),
      team: initialTeam,
      reviewer: defaultReviewer(settings, managers, initialTeam),
    }),
    check,
    labels: CYCLE_FIELD_LABELS,
    onSubmit: async (period: Period) => {
      if (plan === null || noPeople) return;
      const key = cycleKey(period.text, draft.cycle);
      if (plan.rows.length === 0) {
        onDone(t("reviews.cycle.nothing", { skipped: plan.skipped, period: period.text }), key);
        return;
      }
      const created = await append.run(plan.rows);
      if (created !== undefined) {
        onDone(t("reviews.cycle.done", { period: period.text, created, skipped: plan.skipped }), key);
      }
    },
  });
  const { draft } = form;

  const { period } = validateCycleForm(draft, today, fy);
  const plan = useMemo(
    () =>
      period === null
        ? null
        : planCycle({
            managers,
            reviews,
            period,
            cycle: draft.cycle,
            team: draft.team,
            reviewer: draft.reviewer,
            today,
          }),
    [managers, reviews, period, draft.cycle, draft.team, draft.reviewer, today],
  );
  const noPeople = plan !== null && plan.rows.length === 0 && plan.skipped === 0;

  // Period and reviewer follow the cycle and the team until the user types one of their own.
  const setCycle = (cycle: Cycle) =>
    form.update((f) => ({
      ...f,
      cycle,
      period: f.period === currentPeriod(f.cycle, today, fy) ? currentPeriod(cycle, today, fy) : f.period,
    }));
  const setTeam = (team: string) =>
    form.update((f) => ({
      ...f,
      team,
      reviewer:
        f.reviewer === defaultReviewer(settings, managers, f.team)
          ? defaultReviewer(settings, managers, team)
          : f.reviewer,
    }));

  return (
    <FormDialog
      form={form}
      title={t("reviews.cycle.title")}
      submitLabel={t("reviews.cycle.create")}
      cancelLabel={t("reviews.cycle.cancel")}
      onCancel={onClose}
      error={append.error}
      onDismissError={append.reset}
      submitDisabled={noPeople}
    >
      <Text>{t("reviews.cycle.intro")}</Text>
      <Field label={t("reviews.cycle.cycle")}>
        <Select value={draft.cycle} onChange={(_, d) => setCycle(d.value as Cycle)}>
          <Options choices={enumChoices(CYCLES, locale)} />
        </Select>
      </Field>
      <TextField
        form={form}
        name="period"
        required
        hint={t("reviews.cycle.periodHint", { example: currentPeriod(draft.cycle, today, fy) })}
      />
      <Field label={t("reviews.cycle.team")}>
        <ChoicePicker
          value={draft.team}
          onChange={setTeam}
          choices={[
            { value: ALL_TEAMS, text: t("reviews.filter.allTeams") },
            ...teams.map((name) => ({ value: name, text: name })),
            ...(hasNoTeam ? [{ value: NO_TEAM, text: t("reviews.filter.noTeam") }] : []),
          ]}
        />
      </Field>
      <TextField form={form} name="reviewer" required hint={t("reviews.cycle.reviewerHint")} />
      {plan !== null && period !== null && (
        <Text className={styles.soft} aria-live="polite">
          {noPeople
            ? t("reviews.cycle.noPeople", { period: period.text })
            : t("reviews.cycle.preview", { create: plan.rows.length, skip: plan.skipped })}
        </Text>
      )}
    </FormDialog>
  );
}
