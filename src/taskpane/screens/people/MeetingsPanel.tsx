/**
 * Meetings: one-on-ones and team meetings of the period and team, filtered by kind and person, newest first,
 * with their notes and action items; "Record a meeting" opens the meeting form.
 */
import { Badge, Text } from "@fluentui/react-components";
import { CountBar } from "../../components/CountBar";
import { DialogButton } from "../../components/DialogButton";
import { Filter, FilterBar } from "../../components/FilterBar";
import { NoticeBar } from "../../components/NoticeBar";
import { AddRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Period } from "../../../core";
import { enumLabel } from "../../../model";
import { formatDate } from "../../../format";
import { enumChoices } from "../../components/Options";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { MeetingForm } from "./MeetingForm";
import {
  emptyMeeting,
  meetingsOf,
  type KindFilter,
  type MeetingDraft,
  type MeetingWrite,
} from "../../../domain/people/meetings";
import { usePeopleStyles } from "./people.styles";
import { namesById, peopleOf, personChoices, type PeopleData, type Person } from "./peopleView";

/** Props of {@link MeetingsPanel}. */
export type MeetingsPanelProps = {
  data: PeopleData;
  period: Period;
  team: string;
};

/**
 * @param props - the rows, the period and the team filter.
 * @returns the meetings section.
 */
export function MeetingsPanel({ data, period, team }: MeetingsPanelProps) {
  const { t, locale, today } = useKpiDesk();
  const styles = usePeopleStyles();
  const [kind, setKind] = useState<KindFilter>("all");
  const [person, setPerson] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const people = useMemo(() => peopleOf(data.Managers, team, today), [data.Managers, team, today]);
  const shownPerson = people.some((p) => p.id === person) ? person : "";
  const entries = useMemo(
    () => meetingsOf(data.Meetings, data.Managers, { period, team, kind, person: shownPerson }),
    [data.Meetings, data.Managers, period, team, kind, shownPerson],
  );

  return (
    <div className={styles.section}>
      <FilterBar>
        <Filter
          label={t("people.meetings.kindFilter")}
          value={kind}
          choices={[
            { value: "all", text: t("people.meetings.allKinds") },
            ...enumChoices(["one-on-one", "team"], locale),
          ]}
          onChange={(value) => setKind(value as KindFilter)}
        />
        <Filter
          label={t("people.meetings.personFilter")}
          value={shownPerson}
          choices={[{ value: "", text: t("people.meetings.everyone") }, ...personChoices(people)]}
          onChange={setPerson}
        />
      </FilterBar>
      <CountBar count={t("people.meetings.count", { count: entries.length, period: period.text })}>
        <MeetingButton
          data={data}
          people={people}
          initial={emptyMeeting(today, "one-on-one", shownPerson)}
          label={t("people.meetings.add")}
          onSaved={(write) => {
            const name = write.meeting.ManagerID
              ? (people.find((p) => p.id === write.meeting.ManagerID)?.name ?? write.meeting.ManagerID)
              : enumLabel("team", locale);
            setNotice(
              t("people.meetings.saved", { topic: write.meeting.Topic, name, tasks: write.tasks.length }),
            );
          }}
        />
      </CountBar>
      {notice !== null && <NoticeBar layout="multiline">{notice}</NoticeBar>}
      {entries.length === 0 ? (
        <Text>{t("people.meetings.empty", { period: period.text })}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("people.meetings.list")}>
          {entries.map((entry) => {
            const { row } = entry;
            const overdue = row.Due !== null && row.Due < today && entry.actions.length > 0;
            return (
              <li key={entry.id} className={styles.card}>
                <span className={styles.cardTitle}>{row.Topic}</span>
                <Badge appearance="tint" color={row.Kind === "team" ? "informative" : "brand"}>
                  {enumLabel(row.Kind, locale)}
                </Badge>
                <span className={styles.cardMeta}>
                  <span>{formatDate(row.Date)}</span>
                  {entry.person !== null && <span>{entry.person}</span>}
                  {row.Owner !== null && <span>{t("people.meetings.owner", { owner: row.Owner })}</span>}
                  {row.Due !== null && (
                    <span>
                      {t(overdue ? "people.meetings.duePassed" : "people.meetings.due", {
                        due: formatDate(row.Due),
                      })}
                    </span>
                  )}
                </span>
                {row.Notes !== null && <span className={styles.cardText}>{row.Notes}</span>}
                {entry.actions.length > 0 && (
                  <ul
                    className={styles.bullets}
                    aria-label={t("people.meetings.actionsOf", { topic: row.Topic })}
                  >
                    {entry.actions.map((a, i) => (
                      <li key={i}>{a}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** Props of {@link MeetingButton}. */
export type MeetingButtonProps = {
  data: PeopleData;
  people: readonly Person[];
  initial: MeetingDraft;
  label: string;
  /** A longer accessible name, when several buttons share the label. */
  ariaLabel?: string;
  appearance?: "primary" | "secondary";
  onSaved: (write: MeetingWrite) => void;
};

/**
 * A button opening the meeting form in a dialog; focus returns to it when the dialog closes.
 * @param props - rows, people, the form's starting values, the button's label and what to do once saved.
 * @returns the button and its dialog.
 */
export function MeetingButton(props: MeetingButtonProps) {
  const { data, people, initial, label, ariaLabel, appearance = "primary", onSaved } = props;
  const names = useMemo(() => namesById(data.Managers), [data.Managers]);
  return (
    <DialogButton appearance={appearance} icon={<AddRegular />} label={label} ariaLabel={ariaLabel}>
      {(close) => (
        <MeetingForm
          initial={initial}
          people={people}
          names={names}
          meetings={data.Meetings}
          tasks={data.Tasks}
          onSaved={(write) => {
            close();
            onSaved(write);
          }}
        />
      )}
    </DialogButton>
  );
}
