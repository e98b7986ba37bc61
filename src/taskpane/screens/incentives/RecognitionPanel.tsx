/**
 * Recognition: the awards of the period and team, newest first, and a quick "Add award" dialog (date, person,
 * award, reason, given by) checked before anything is written; Enter adds, Escape closes and focus returns to the
 * button that opened it.
 */
import { Text } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Period } from "../../../core";
import type { MessageKey } from "../../../i18n";
import { rowId, type ManagerRow, type RecognitionRow } from "../../../model";
import { formatDate } from "../../../format";
import { CountBar } from "../../components/CountBar";
import { DialogButton } from "../../components/DialogButton";
import { FormDialog } from "../../components/FormDialog";
import { ChoiceField, TextField } from "../../components/FormFields";
import { namedChoices } from "../../components/Options";
import { NoticeBar } from "../../components/NoticeBar";
import { useSaveForm } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useIncentiveStyles } from "./incentives.styles";
import { employedIn, inTeam } from "./incentivesView";
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
  const { t } = useKpiDesk();
  const styles = useIncentiveStyles();
  const [notice, setNotice] = useState<string | null>(null);
  const entries = useMemo(() => awardsOf(awards, managers, period, team), [awards, managers, period, team]);
  const people = useMemo(
    () =>
      managers
        .filter((m) => m.ManagerID.trim() !== "" && inTeam(m.Team, team) && employedIn(m, period))
        // The team beside each name: namesakes among 2,000 people are told apart (and found) by it.
        .map((m) => ({ id: m.ManagerID.trim(), name: m.Name, team: m.Team?.trim() || null })),
    [managers, team, period],
  );

  return (
    <div className={styles.section}>
      <CountBar count={t("incentives.awards.count", { count: entries.length, period: period.text })}>
        <DialogButton label={t("incentives.awards.add")} appearance="primary" icon={<AddRegular />}>
          {(close) => (
            <AwardForm
              people={people}
              existingIds={new Set(awards.map((a) => rowId("Recognition", a) as string))}
              onSaved={(row) => {
                close();
                const name = people.find((p) => p.id === row.ManagerID)?.name ?? row.ManagerID;
                setNotice(t("incentives.awards.saved", { award: row.Award, name }));
              }}
            />
          )}
        </DialogButton>
      </CountBar>
      {notice !== null && <NoticeBar layout="multiline">{notice}</NoticeBar>}
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
  people: readonly { id: string; name: string; team: string | null }[];
  existingIds: ReadonlySet<string>;
  /** Called with the row once it is written (a failure stays in the form). */
  onSaved: (row: RecognitionRow) => void;
};

/** The add form, inside the dialog of "Add award": Cancel closes that dialog. */
function AwardForm({ people, existingIds, onSaved }: AwardFormProps) {
  const { t, today, port } = useKpiDesk();
  const styles = useIncentiveStyles();
  const ctx = { people: new Set(people.map((p) => p.id)), existingIds };
  const form = useSaveForm({
    initial: () => emptyAward(today, people.length === 1 ? people[0].id : ""),
    check: (d: AwardDraft) => {
      const checked = checkAward(d, ctx);
      return checked.ok ? { ok: true, value: checked.row } : checked;
    },
    labels: AWARD_FIELD_LABELS,
    save: (row: RecognitionRow) => port.appendRows("Recognition", [row]).then(() => row),
    onSaved,
  });

  return (
    <FormDialog
      form={form}
      frame="body"
      title={t("incentives.awards.formTitle")}
      submitLabel={t("incentives.awards.save")}
      cancelLabel={t("incentives.cancel")}
      errorTitle="incentives.awards.notSaved"
    >
      <div className={styles.row2}>
        <TextField form={form} name="date" type="date" required />
        <ChoiceField
          form={form}
          name="person"
          required
          choices={namedChoices(people)}
          none={t("incentives.field.choosePerson")}
        />
      </div>
      <TextField form={form} name="award" required />
      <TextField form={form} name="reason" />
      <TextField form={form} name="by" />
    </FormDialog>
  );
}
