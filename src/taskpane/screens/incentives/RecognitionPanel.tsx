/**
 * Recognition: the awards of the period and team, newest first, and a quick "Add award" dialog (date, person,
 * award, reason, given by) checked before anything is written; Enter adds, Escape closes and focus returns to the
 * button that opened it.
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
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { Period } from "../../../core";
import type { MessageKey } from "../../../i18n";
import { rowId, type ManagerRow, type RecognitionRow } from "../../../model";
import { formatDate } from "../../../format";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useIncentiveStyles } from "./incentives.styles";
import { employedIn, inTeam } from "./incentivesView";
import type { FieldError } from "../../../domain/incentives/planForm";
import {
  awardsOf,
  checkAward,
  emptyAward,
  type AwardDraft,
  type AwardField,
} from "../../../domain/incentives/recognition";

/** The label of each field: also the `{field}` of its validation messages. */
export const AWARD_FIELD_LABELS: Record<AwardField, MessageKey> = {
  date: "incentives.field.date",
  person: "incentives.field.person",
  award: "incentives.field.award",
  reason: "incentives.field.reason",
  by: "incentives.field.by",
};

/** Props of {@link RecognitionPanel}. */
export type RecognitionPanelProps = {
  awards: readonly RecognitionRow[];
  managers: readonly ManagerRow[];
  period: Period;
  team: string;
};

/**
 * @param props - the Recognition and Managers rows, the period and the team filter.
 * @returns the awards list and the add form.
 */
export function RecognitionPanel({ awards, managers, period, team }: RecognitionPanelProps) {
  const { t, port } = useKpiDesk();
  const styles = useIncentiveStyles();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Focus goes back to "Add award" when the dialog closes (saved, cancelled or Escape).
  const addButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) addButton.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const entries = useMemo(() => awardsOf(awards, managers, period, team), [awards, managers, period, team]);
  const people = useMemo(
    () =>
      managers
        .filter((m) => m.ManagerID.trim() !== "" && inTeam(m.Team, team) && employedIn(m, period))
        .map((m) => ({ id: m.ManagerID.trim(), name: m.Name })),
    [managers, team, period],
  );
  // Resolves true once written (useAction resolves undefined on failure and keeps the error for the form).
  const add = useAction(async (_progress, row: RecognitionRow) => {
    await port.appendRows("Recognition", [row]);
    return true;
  });

  return (
    <div className={styles.section}>
      <div className={styles.bar}>
        <Text className={styles.muted} aria-live="polite">
          {t("incentives.awards.count", { count: entries.length, period: period.text })}
        </Text>
        <Button
          ref={addButton}
          size="small"
          appearance="primary"
          icon={<AddRegular />}
          onClick={() => {
            add.reset();
            setNotice(null);
            setOpen(true);
          }}
        >
          {t("incentives.awards.add")}
        </Button>
      </div>
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogSurface aria-describedby={undefined}>
          {open && (
            <AwardForm
              people={people}
              existingIds={new Set(awards.map((a) => rowId("Recognition", a) as string))}
              status={add.status}
              error={add.error}
              onCancel={() => setOpen(false)}
              onSubmit={async (row) => {
                if ((await add.run(row)) === true) {
                  setOpen(false);
                  const name = people.find((p) => p.id === row.ManagerID)?.name ?? row.ManagerID;
                  setNotice(t("incentives.awards.saved", { award: row.Award, name }));
                }
              }}
            />
          )}
        </DialogSurface>
      </Dialog>
      {notice !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {entries.length === 0 ? (
        <Text>{t("incentives.awards.empty", { period: period.text })}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("incentives.awards.list")}>
          {entries.map((a) => (
            <li key={a.id} className={styles.card}>
              <span className={styles.cardTitle}>{a.award}</span>
              <Text className={styles.muted}>{formatDate(a.date)}</Text>
              <span className={styles.cardMeta}>
                <span>{a.name}</span>
                {a.by !== null && <span>{t("incentives.awards.by", { by: a.by })}</span>}
              </span>
              {a.reason !== null && <span className={styles.cardText}>{a.reason}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Props of {@link AwardForm}. */
type AwardFormProps = {
  people: readonly { id: string; name: string }[];
  existingIds: ReadonlySet<string>;
  status: "idle" | "running" | "done" | "failed";
  error: unknown;
  onSubmit: (row: RecognitionRow) => Promise<void>;
  onCancel: () => void;
};

function AwardForm({ people, existingIds, status, error, onSubmit, onCancel }: AwardFormProps) {
  const { t, today } = useKpiDesk();
  const styles = useIncentiveStyles();
  const [draft, setDraft] = useState<AwardDraft>(() =>
    emptyAward(today, people.length === 1 ? people[0].id : ""),
  );
  const [errors, setErrors] = useState<Partial<Record<AwardField, FieldError>> | null>(null);
  const fields = useRef<Partial<Record<AwardField, HTMLElement | null>>>({});
  const ctx = { people: new Set(people.map((p) => p.id)), existingIds };

  const set = (field: AwardField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (errors) {
      const checked = checkAward(next, ctx);
      setErrors(checked.ok ? {} : checked.errors);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAward(draft, ctx);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (Object.keys(AWARD_FIELD_LABELS) as AwardField[]).find((f) => checked.errors[f]);
      if (first) fields.current[first]?.focus();
      return;
    }
    setErrors({});
    await onSubmit(checked.row);
  };
  const message = (field: AwardField) => {
    const e = errors?.[field];
    return e ? t(e.key, { ...e.params, field: t(AWARD_FIELD_LABELS[field]) }) : undefined;
  };
  const state = (field: AwardField) => (message(field) ? "error" : "none");
  const bind = (field: AwardField) => (el: HTMLElement | null) => {
    fields.current[field] = el;
  };
  const running = status === "running";

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{t("incentives.awards.formTitle")}</DialogTitle>
        <DialogContent className={styles.form}>
          <div className={styles.row2}>
            <Field
              label={t("incentives.field.date")}
              required
              validationMessage={message("date")}
              validationState={state("date")}
            >
              <Input
                ref={bind("date")}
                type="date"
                value={draft.date}
                onChange={(_, d) => set("date", d.value)}
              />
            </Field>
            <Field
              label={t("incentives.field.person")}
              required
              validationMessage={message("person")}
              validationState={state("person")}
            >
              <Select ref={bind("person")} value={draft.person} onChange={(_, d) => set("person", d.value)}>
                <option value="">{t("incentives.field.choosePerson")}</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field
            label={t("incentives.field.award")}
            required
            validationMessage={message("award")}
            validationState={state("award")}
          >
            <Input ref={bind("award")} value={draft.award} onChange={(_, d) => set("award", d.value)} />
          </Field>
          <Field label={t("incentives.field.reason")}>
            <Input value={draft.reason} onChange={(_, d) => set("reason", d.value)} />
          </Field>
          <Field label={t("incentives.field.by")}>
            <Input value={draft.by} onChange={(_, d) => set("by", d.value)} />
          </Field>
          {status === "failed" && <ErrorBar error={error} titleKey="incentives.awards.notSaved" />}
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabled={running}
            icon={running ? <Spinner size="tiny" /> : undefined}
          >
            {t("incentives.awards.save")}
          </Button>
          <Button type="button" onClick={onCancel}>
            {t("incentives.cancel")}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
