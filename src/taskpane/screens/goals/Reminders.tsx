/**
 * Task reminders for the whole team (rules in reminders.ts), in two shapes:
 * - `banner` (default): the list at the top of the pane when it opens — a warning MessageBar with the counts, the
 *   first few tasks behind a Show/Hide toggle, and a dismiss button for the session;
 * - `count`: a small badge with the number of reminders, for the Team screen's summary line.
 * Both render nothing while loading, when there is nothing to remind of, or when the tables cannot be read (the
 * pane's screens show read failures themselves; a second error bar here would only repeat it).
 */
import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { AlertRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { DismissButton } from "../../components/NoticeBar";
import { useDerived } from "../../hooks/useBook";
import { useTables } from "../../hooks/useTables";
import { formatDate as dateText } from "../../../format"; // not goalsView: it would pull the Goals screen into the first screen
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useGoalsStyles } from "./goals.styles";
import {
  DUE_SOON_DAYS,
  computeReminders,
  reminderCount,
  type Reminder,
} from "../../../domain/goals/reminders";

/** Reminders listed in the banner before "and N more". */
export const REMINDERS_SHOWN = 5;

const REMINDER_TABLES = ["Tasks", "Managers"] as const;

/** Props of {@link Reminders}. */
export type RemindersProps = {
  /** `banner` for the top of the pane, `count` for a badge. */
  variant?: "banner" | "count";
};

/**
 * @param props - the variant.
 * @returns the reminders, or nothing.
 * @example <Reminders /> // at the top of the pane
 */
export function Reminders({ variant = "banner" }: RemindersProps) {
  const { t, today, locale } = useKpiDesk();
  const styles = useGoalsStyles();
  const { data } = useTables(REMINDER_TABLES);
  // Kept in the team book: the banner and the Team screen's badge compute them once per version and day.
  const reminders = useDerived(
    data,
    REMINDER_TABLES,
    `reminders:${today}`,
    (tables) => computeReminders(tables.Tasks, tables.Managers, today),
    locale,
  );
  const [expanded, setExpanded] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const count = reminders ? reminderCount(reminders) : 0;
  if (!reminders || count === 0) return null;

  if (variant === "count") {
    return (
      <Badge
        appearance="tint"
        color={reminders.overdue.length > 0 ? "danger" : "warning"}
        icon={<AlertRegular />}
      >
        {t("goals.reminders.count", { count })}
      </Badge>
    );
  }
  if (dismissed) return null;

  const all = [...reminders.overdue, ...reminders.dueSoon];
  const overdue = reminders.overdue.length;
  const soon = reminders.dueSoon.length;
  const line = (r: Reminder) =>
    t(r.kind === "overdue" ? "goals.reminders.overdue" : "goals.reminders.soon", {
      name: r.name,
      title: r.title,
      date: dateText(r.due),
    });
  return (
    <div className={styles.banner}>
      {/* One line until opened: the banner sits above every screen and must not take a third of a 320 px pane. */}
      <MessageBar intent="warning" layout={expanded ? "multiline" : "singleline"} aria-live="polite">
        {expanded ? (
          <MessageBarBody>
            <MessageBarTitle>{t("goals.reminders.title")}</MessageBarTitle>
            {t("goals.reminders.summary", { overdue, soon, days: DUE_SOON_DAYS })}
            <ul className={styles.reminders}>
              {all.slice(0, REMINDERS_SHOWN).map((r) => (
                <li key={r.taskId}>{line(r)}</li>
              ))}
              {all.length > REMINDERS_SHOWN && (
                <li>{t("goals.reminders.more", { count: all.length - REMINDERS_SHOWN })}</li>
              )}
            </ul>
          </MessageBarBody>
        ) : (
          <MessageBarBody className={styles.bannerLine}>
            {/* The counts themselves open the list: no separate button to squeeze into a 320 px line. */}
            <Link
              as="button"
              className={styles.bannerLink}
              aria-expanded={false}
              title={t("goals.reminders.summary", { overdue, soon, days: DUE_SOON_DAYS })}
              onClick={() => setExpanded(true)}
            >
              {t("goals.reminders.short", { overdue, soon })}
            </Link>
          </MessageBarBody>
        )}
        <MessageBarActions
          containerAction={
            <DismissButton label={t("goals.reminders.dismiss")} onClick={() => setDismissed(true)} />
          }
        >
          {expanded && (
            <Button size="small" appearance="subtle" aria-expanded onClick={() => setExpanded(false)}>
              {t("goals.reminders.hide")}
            </Button>
          )}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
