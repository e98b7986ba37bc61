/**
 * A person's work plan: tasks by day, week or month; quick add (title and due date, Enter adds); a tick marks a
 * task done today; overdue tasks are highlighted and tasks due within three days are flagged (rules in plans.ts).
 */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Tab,
  TabList,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useRef, useState, type FormEvent } from "react";
import type { Period } from "../../../core";
import { enumLabel, type TaskRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import type { FieldMessage } from "../../../domain/goals/goalForm";
import { useGoalsStyles } from "./goals.styles";
import { dateText, type GoalsBook, type PersonOption } from "./goalsView";
import {
  HORIZONS,
  defaultDue,
  markDone,
  planTasks,
  reviewQuickTask,
  type Horizon,
  type PlanTask,
} from "../../../domain/goals/plans";

/** Props of {@link WorkPlan}. */
export type WorkPlanProps = {
  book: GoalsBook;
  person: PersonOption;
  period: Period;
};

/**
 * @param props - the workbook's tables, the person and the period.
 * @returns the work plan section.
 */
export function WorkPlan({ book, person, period }: WorkPlanProps) {
  const { t, locale, port, today } = useKpiDesk();
  const styles = useGoalsStyles();
  const [horizon, setHorizon] = useState<Horizon>("day");
  const [title, setTitle] = useState("");
  const [due, setDue] = useState(() => dateText(defaultDue("day", today)));
  const [submitted, setSubmitted] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  const tasks = planTasks(book.tables.Tasks, person.id, horizon, period, today);
  const customers = new Map(book.tables.Customers.map((c) => [c.CustomerID.trim(), c.Name]));
  const review = reviewQuickTask({ title, due }, person.id, horizon, book.tables.Tasks);
  const add = useAction(async (_progress, row: TaskRow) => {
    await port.appendRows("Tasks", [row]);
    return row.TaskID;
  });
  // The task as this screen read it goes along, so an edit made in the sheet since is kept (or refused).
  const tick = useAction(async (_progress, row: TaskRow, read: TaskRow) =>
    port.updateRows("Tasks", [row], [read]),
  );

  const message = (m: FieldMessage | undefined) => (submitted && m ? t(m.key, m.params) : undefined);
  const titleError = message(review.errors.title);
  const dueError = message(review.errors.due);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!review.row) return;
    tick.reset();
    const added = await add.run(review.row);
    if (added !== undefined) {
      setTitle("");
      setSubmitted(false);
      titleRef.current?.focus();
    }
  };

  return (
    <div className={styles.section}>
      <TabList
        size="small"
        aria-label={t("goals.plan.horizon")}
        selectedValue={horizon}
        onTabSelect={(_, data) => {
          const next = data.value as Horizon;
          setHorizon(next);
          setDue(dateText(defaultDue(next, today)));
        }}
      >
        {HORIZONS.map((h) => (
          <Tab key={h} value={h}>
            {enumLabel(h, locale)}
          </Tab>
        ))}
      </TabList>
      <form className={styles.quickAdd} onSubmit={submit} noValidate>
        <Field
          label={t("goals.plan.title")}
          validationMessage={titleError}
          validationState={titleError ? "error" : "none"}
        >
          <Input
            ref={titleRef}
            value={title}
            placeholder={t("goals.plan.titlePlaceholder")}
            onChange={(_, data) => setTitle(data.value)}
          />
        </Field>
        <Field
          label={t("goals.plan.due")}
          validationMessage={dueError}
          validationState={dueError ? "error" : "none"}
        >
          <Input type="date" value={due} onChange={(_, data) => setDue(data.value)} />
        </Field>
        <Button type="submit" icon={<AddRegular />} disabled={add.status === "running"}>
          {t("goals.plan.add")}
        </Button>
      </form>
      {add.error != null && <ErrorBar error={add.error} titleKey="tp.error.action" onDismiss={add.reset} />}
      {tick.error != null && (
        <ErrorBar error={tick.error} titleKey="tp.error.action" onDismiss={tick.reset} />
      )}
      {tasks.length === 0 ? (
        <Text className={styles.muted}>{t("goals.plan.empty", { name: person.name })}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("goals.plan.list", { name: person.name })}>
          {tasks.map((task) => (
            <TaskItem
              key={task.row.TaskID}
              task={task}
              customer={
                task.row.Customer ? (customers.get(task.row.Customer.trim()) ?? task.row.Customer) : null
              }
              onToggle={(done) => {
                add.reset();
                void tick.run(markDone(task.row, done, today), task.row);
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** One task: a tick, the title, and its due date with an overdue or due-soon badge. */
function TaskItem({
  task,
  customer,
  onToggle,
}: {
  task: PlanTask;
  customer: string | null;
  onToggle: (done: boolean) => void;
}) {
  const { t } = useKpiDesk();
  const styles = useGoalsStyles();
  const { row, state } = task;
  const done = state === "done";
  return (
    <li className={mergeClasses(styles.task, state === "overdue" && styles.taskOverdue)} data-state={state}>
      <Checkbox
        checked={done}
        disabled={state === "cancelled"}
        aria-label={t("goals.plan.done", { title: row.Title })}
        onChange={(_, data) => onToggle(data.checked === true)}
      />
      <span className={styles.taskBody}>
        <span className={mergeClasses(styles.cardTitle, (done || state === "cancelled") && styles.taskDone)}>
          {row.Title}
        </span>
        <span className={styles.cardMeta}>
          {state === "overdue" && (
            <Badge appearance="filled" color="danger" size="small">
              {t("goals.plan.overdue")}
            </Badge>
          )}
          {state === "dueSoon" && (
            <Badge appearance="tint" color="warning" size="small">
              {t("goals.plan.dueSoon")}
            </Badge>
          )}
          <span>
            {row.Due === null ? t("goals.plan.noDue") : t("goals.plan.dueOn", { date: dateText(row.Due) })}
          </span>
          {done && row.DoneOn !== null && (
            <span>{t("goals.plan.doneOn", { date: dateText(row.DoneOn) })}</span>
          )}
          {customer && <span>{customer}</span>}
        </span>
      </span>
    </li>
  );
}
