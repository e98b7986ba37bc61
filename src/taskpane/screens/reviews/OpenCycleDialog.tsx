/**
 * The "Open cycle" dialog: cycle, period, team and reviewer; shows how many drafts it will create and how many
 * people it will skip, and appends all the drafts in one write. Enter creates, Escape closes.
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
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState, type FormEvent } from "react";
import { enumLabel, type ManagerRow, type ReviewRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
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
  type FieldIssue,
  type ReviewSettings,
} from "../../../domain/reviews/cycles";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  preview: { color: tokens.colorNeutralForeground2 },
});

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
  const styles = useStyles();
  const fy = settings.fiscalYearStart;
  const [form, setForm] = useState<CycleForm>(() => ({
    cycle: "quarter",
    period: currentPeriod("quarter", today, fy),
    team: initialTeam,
    reviewer: defaultReviewer(settings, managers, initialTeam),
  }));
  const [periodEdited, setPeriodEdited] = useState(false);
  const [reviewerEdited, setReviewerEdited] = useState(false);
  const [tried, setTried] = useState(false);
  const periodRef = useRef<HTMLInputElement>(null);
  const reviewerRef = useRef<HTMLInputElement>(null);
  const { teams, hasNoTeam } = useMemo(() => teamsOf(managers, locale), [managers, locale]);
  // All drafts in one write: the adapter validates every row first, so a refusal leaves the table unchanged.
  const append = useAction(async (_progress, rows: ReviewRow[]) => {
    await port.appendRows("Reviews", rows);
    return rows.length;
  });

  const { issues, period } = validateCycleForm(form, today, fy);
  const plan = useMemo(
    () =>
      period === null
        ? null
        : planCycle({
            managers,
            reviews,
            period,
            cycle: form.cycle,
            team: form.team,
            reviewer: form.reviewer,
            today,
          }),
    [managers, reviews, period, form.cycle, form.team, form.reviewer, today],
  );
  const noPeople = plan !== null && plan.rows.length === 0 && plan.skipped === 0;

  const message = (issue: FieldIssue | undefined) =>
    tried && issue
      ? t(issue.key, {
          ...issue.params,
          field: t(issue.field),
          cycle: enumLabel(form.cycle, locale).toLocaleLowerCase(locale),
        })
      : undefined;

  const setCycle = (cycle: Cycle) =>
    setForm((f) => ({ ...f, cycle, period: periodEdited ? f.period : currentPeriod(cycle, today, fy) }));
  const setTeam = (team: string) =>
    setForm((f) => ({
      ...f,
      team,
      reviewer: reviewerEdited ? f.reviewer : defaultReviewer(settings, managers, team),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    // The first invalid field takes the focus, so a keyboard user lands on the problem.
    if (issues.period) return periodRef.current?.focus();
    if (issues.reviewer) return reviewerRef.current?.focus();
    if (period === null || plan === null || noPeople) return;
    const key = cycleKey(period.text, form.cycle);
    if (plan.rows.length === 0) {
      onDone(t("reviews.cycle.nothing", { skipped: plan.skipped, period: period.text }), key);
      return;
    }
    const created = await append.run(plan.rows);
    if (created !== undefined) {
      onDone(t("reviews.cycle.done", { period: period.text, created, skipped: plan.skipped }), key);
    }
  };

  return (
    <DialogSurface>
      <form onSubmit={submit} noValidate>
        <DialogBody>
          <DialogTitle>{t("reviews.cycle.title")}</DialogTitle>
          <DialogContent className={styles.form}>
            <Text>{t("reviews.cycle.intro")}</Text>
            {append.status === "failed" && <ErrorBar error={append.error} onDismiss={append.reset} />}
            <Field label={t("reviews.cycle.cycle")}>
              <Select value={form.cycle} onChange={(_, d) => setCycle(d.value as Cycle)}>
                {CYCLES.map((c) => (
                  <option key={c} value={c}>
                    {enumLabel(c, locale)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={t("reviews.cycle.period")}
              required
              hint={t("reviews.cycle.periodHint", { example: currentPeriod(form.cycle, today, fy) })}
              validationMessage={message(issues.period)}
            >
              <Input
                ref={periodRef}
                value={form.period}
                onChange={(_, d) => {
                  setPeriodEdited(true);
                  setForm((f) => ({ ...f, period: d.value }));
                }}
              />
            </Field>
            <Field label={t("reviews.cycle.team")}>
              <Select value={form.team} onChange={(_, d) => setTeam(d.value)}>
                <option value={ALL_TEAMS}>{t("reviews.filter.allTeams")}</option>
                {teams.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
                {hasNoTeam && <option value={NO_TEAM}>{t("reviews.filter.noTeam")}</option>}
              </Select>
            </Field>
            <Field
              label={t("reviews.cycle.reviewer")}
              required
              hint={t("reviews.cycle.reviewerHint")}
              validationMessage={message(issues.reviewer)}
            >
              <Input
                ref={reviewerRef}
                value={form.reviewer}
                onChange={(_, d) => {
                  setReviewerEdited(true);
                  setForm((f) => ({ ...f, reviewer: d.value }));
                }}
              />
            </Field>
            {plan !== null && period !== null && (
              <Text className={styles.preview} aria-live="polite">
                {noPeople
                  ? t("reviews.cycle.noPeople", { period: period.text })
                  : t("reviews.cycle.preview", { create: plan.rows.length, skip: plan.skipped })}
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button type="button" onClick={onClose}>
              {t("reviews.cycle.cancel")}
            </Button>
            <Button type="submit" appearance="primary" disabled={append.status === "running" || noPeople}>
              {t("reviews.cycle.create")}
            </Button>
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
