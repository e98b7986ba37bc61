/**
 * A person's goals of a period: the running weight total (a ProgressBar; "Activate goals" only at exactly 100%),
 * the goal list as compact cards, and the goal form and cascade dialogs. After a dialog closes, focus returns to
 * the button that opened it.
 */
import { Badge, Button, Field, ProgressBar, Text } from "@fluentui/react-components";
import {
  AddRegular,
  CheckmarkRegular,
  CopyRegular,
  EditRegular,
  FlowRegular,
  TextBulletListSquareRegular,
} from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { enumLabel, type GoalRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { NoticeBar } from "../../components/NoticeBar";
import { useAction } from "../../hooks/useAction";
import { useFigure } from "../../hooks/useMoney";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { CascadeDialog } from "./CascadeDialog";
import { GoalForm } from "./GoalForm";
import { GoalGridDialog } from "./GoalGridDialog";
import { useGoalsStyles } from "./goals.styles";
import {
  activationRows,
  dateText,
  formatWeight,
  goalsOf,
  isFullWeight,
  parentGoalText,
  weightTotal,
  type GoalsBook,
  type PersonOption,
} from "./goalsView";

/** Props of {@link GoalsPanel}. */
export type GoalsPanelProps = {
  book: GoalsBook;
  person: PersonOption;
  period: string;
  /** Teams offered by the cascade dialog, and the team it starts on. */
  teams: readonly string[];
  team: string;
  /** Everyone of the screen's team (whose goals "copy last period" can copy), and the team as the screen names it. */
  teamPeople: readonly PersonOption[];
  teamLabel: string;
  /** Shows another period: the one a goal or a cascade was just saved in. */
  onPeriod: (period: string) => void;
};

type Dialog =
  | { kind: "goal"; goal: GoalRow | null }
  | { kind: "cascade" }
  | { kind: "copy" }
  | { kind: "template" }
  | null;

const STATUS_COLOR = { draft: "informative", active: "brand", done: "success", cancelled: "subtle" } as const;

/**
 * @param props - the workbook's goals, the person, the period and the teams.
 * @returns the goals section.
 */
export function GoalsPanel(props: GoalsPanelProps) {
  const { book, person, period, teams, team, teamPeople, teamLabel, onPeriod } = props;
  const { t, port } = useKpiDesk();
  const styles = useGoalsStyles();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const goals = goalsOf(book.tables.Goals, person.id, period, book);
  const total = weightTotal(goals);
  const full = isFullWeight(total);
  const toActivate = activationRows(goals);
  const activate = useAction(async (_progress, rows: GoalRow[]) => {
    await port.updateRows("Goals", rows, goals);
    return rows.length;
  });

  const open = (next: Dialog) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    activate.reset();
    setNotice(null);
    setDialog(next);
  };
  const close = (message: string | null, savedIn?: string | null) => {
    setDialog(null);
    setNotice(message);
    // The list follows the period just saved in (a goal typed for next year shows among next year's goals).
    const shown = savedIn ? book.period(savedIn)?.text : undefined;
    if (shown && shown !== period) onPeriod(shown);
    // The dialog is gone on the next frame; then focus goes back where the user was.
    requestAnimationFrame(() => opener.current?.focus());
  };

  const gap = formatWeight(Math.abs(1 - total));
  const weightMessage = full
    ? t("goals.weight.complete")
    : total < 1
      ? t("goals.weight.under", { gap })
      : t("goals.weight.over", { gap });

  return (
    <div className={styles.section}>
      {notice && <NoticeBar onDismiss={() => setNotice(null)}>{notice}</NoticeBar>}
      {activate.error != null && (
        <ErrorBar error={activate.error} titleKey="tp.error.action" onDismiss={activate.reset} />
      )}
      <div className={styles.weight}>
        <Field
          label={t("goals.weight.label", { name: person.name, period })}
          validationMessage={weightMessage}
          validationState={full ? "success" : total > 1 ? "error" : "warning"}
        >
          <ProgressBar
            value={Math.min(total, 1)}
            max={1}
            thickness="large"
            color={full ? "success" : total > 1 ? "error" : "warning"}
          />
        </Field>
        <div className={styles.weightLine}>
          <Text weight="semibold">{t("goals.weight.value", { total: formatWeight(total) })}</Text>
          <Button
            appearance="primary"
            size="small"
            icon={<CheckmarkRegular />}
            disabled={toActivate.length === 0 || activate.status === "running"}
            onClick={async () => {
              setNotice(null);
              const count = await activate.run(toActivate);
              if (count !== undefined) setNotice(t("goals.activate.done", { count }));
            }}
          >
            {t("goals.activate")}
          </Button>
        </div>
        {full && toActivate.length === 0 && goals.length > 0 && (
          <Text className={styles.muted}>{t("goals.activate.none")}</Text>
        )}
      </div>
      <div className={styles.actions}>
        <Button icon={<AddRegular />} onClick={() => open({ kind: "goal", goal: null })}>
          {t("goals.new")}
        </Button>
        <Button icon={<CopyRegular />} onClick={() => open({ kind: "copy" })}>
          {t("goals.copy")}
        </Button>
        <Button icon={<TextBulletListSquareRegular />} onClick={() => open({ kind: "template" })}>
          {t("goals.template")}
        </Button>
        <Button icon={<FlowRegular />} onClick={() => open({ kind: "cascade" })}>
          {t("goals.cascade")}
        </Button>
      </div>
      {goals.length === 0 ? (
        <Text className={styles.muted}>{t("goals.empty", { name: person.name, period })}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("goals.list", { name: person.name, period })}>
          {goals.map((goal) => (
            <GoalCard key={goal.GoalID} goal={goal} book={book} onEdit={() => open({ kind: "goal", goal })} />
          ))}
        </ul>
      )}
      {dialog?.kind === "goal" && (
        <GoalForm
          book={book}
          person={person}
          period={period}
          goal={dialog.goal}
          onSaved={(saved) =>
            close(
              t("goals.form.saved", {
                kpi: book.kpis.get(saved.KPI.trim())?.Name ?? saved.KPI,
                name: person.name,
              }),
              saved.Period,
            )
          }
          onCancel={() => close(null)}
        />
      )}
      {dialog?.kind === "cascade" && (
        <CascadeDialog
          book={book}
          teams={teams}
          team={team}
          period={period}
          onDone={(count, cascaded, savedIn) =>
            close(t("goals.cascade.done", { count, team: cascaded }), savedIn)
          }
          onCancel={() => close(null)}
        />
      )}
      {(dialog?.kind === "copy" || dialog?.kind === "template") && (
        <GoalGridDialog
          book={book}
          person={person}
          period={period}
          mode={dialog.kind === "copy" ? { kind: "copy", team: teamPeople, teamLabel } : { kind: "template" }}
          onDone={(message) => close(message)}
          onCancel={() => close(null)}
        />
      )}
    </div>
  );
}

/** One goal: KPI name and status, description, then target, weight, due date and parent goal. */
function GoalCard({ goal, book, onEdit }: { goal: GoalRow; book: GoalsBook; onEdit: () => void }) {
  const { t, locale } = useKpiDesk();
  const figure = useFigure();
  const styles = useGoalsStyles();
  const code = goal.KPI.trim();
  const kpi = book.kpis.get(code);
  const unit = kpi?.Unit ?? null;
  const status = goal.Status ?? "draft";
  return (
    <li className={styles.card}>
      <span className={styles.cardTitle}>
        {kpi?.Name ?? code}{" "}
        <Badge appearance="tint" color={STATUS_COLOR[status]} size="small">
          {enumLabel(status, locale)}
        </Badge>
      </span>
      <Button
        appearance="subtle"
        size="small"
        icon={<EditRegular />}
        aria-label={t("goals.item.edit", { kpi: kpi?.Name ?? code })}
        title={t("goals.item.edit", { kpi: kpi?.Name ?? code })}
        onClick={onEdit}
      />
      {goal.Description && <span className={styles.cardText}>{goal.Description}</span>}
      <span className={styles.cardMeta}>
        <span>
          {goal.Target === null
            ? t("goals.item.noTarget")
            : t("goals.item.target", { target: figure(goal.Target, unit) })}
        </span>
        <span>{t("goals.item.weight", { weight: formatWeight(goal.Weight ?? 0) })}</span>
        <span>
          {goal.Due === null ? t("goals.item.noDue") : t("goals.item.due", { date: dateText(goal.Due) })}
        </span>
        {goal.ParentGoal && (
          <span>
            {t("goals.item.parent", {
              parent: parentGoalText(goal.ParentGoal, book.tables.Goals, book.kpis),
            })}
          </span>
        )}
      </span>
    </li>
  );
}
