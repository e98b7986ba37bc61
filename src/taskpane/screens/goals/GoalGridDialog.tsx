/**
 * Many goals in one dialog: copy last period's goals (of the person or of the whole team) or apply a KPI template
 * to the person. One grid lists each goal to create with its target adjustable; Save writes them all in one write
 * (a copy with its Audit line, both or neither). Rules in src/domain/goals/goalGrid.ts.
 */
import { Field, Input, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import type { GoalRow } from "../../../model";
import { FormDialog } from "../../components/FormDialog";
import { RadioField } from "../../components/RadioField";
import { useAction } from "../../hooks/useAction";
import { useForm } from "../../hooks/useForm";
import { useMoneyStyle } from "../../hooks/useMoney";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { appendWithAudit, approverOf } from "../../../workbook/audit";
import {
  copyAuditRow,
  gridTargets,
  planCopy,
  planTemplate,
  reviewGrid,
  type GoalGrid,
  type GridLine,
  type GridPerson,
} from "../../../domain/goals/goalGrid";
import { TEMPLATE_ROLES, type TemplateRole } from "../../../domain/goals/templates";
import { useGoalsStyles } from "./goals.styles";
import { formatWeight, isPercentUnit, type GoalsBook, type PersonOption } from "./goalsView";

/** What the dialog makes: a copy (of the person's or the team's goals) or a template's goals for the person. */
export type GoalGridMode =
  | {
      kind: "copy";
      /** Everyone of the screen's team, for "the whole team". */
      team: readonly PersonOption[];
      /** The team as the screen names it (a team, or all teams). */
      teamLabel: string;
    }
  | { kind: "template" };

/** Props of {@link GoalGridDialog}. */
export type GoalGridDialogProps = {
  book: GoalsBook;
  person: PersonOption;
  /** The period the goals are for (the screen's). */
  period: string;
  mode: GoalGridMode;
  /** Called after the write with the notice to show. */
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** The dialog's draft: whose goals (copy) or which template, and each line's target as typed. */
type Draft = { choice: string; targets: Record<string, string> };

/**
 * @param props - the workbook's goals, the person, the period, copy or template, and the handlers.
 * @returns the dialog (open while mounted).
 */
export function GoalGridDialog({ book, person, period, mode, onDone, onCancel }: GoalGridDialogProps) {
  const { t, locale, port, today } = useKpiDesk();
  const money = useMoneyStyle();
  const styles = useGoalsStyles();
  const planOf = (choice: string): GoalGrid | null =>
    mode.kind === "copy"
      ? planCopy(book, choice === "team" ? mode.team : [person], period)
      : planTemplate(book, choice as TemplateRole, person, period);
  const templateName = (role: string) => t(`goals.template.${role as TemplateRole}`);

  const write = useAction(async (_progress, value: { grid: GoalGrid; rows: GoalRow[]; choice: string }) => {
    const { grid, rows, choice } = value;
    if (grid.kind === "copy") {
      const subject = choice === "team" && mode.kind === "copy" ? mode.teamLabel : person.id;
      const audit = copyAuditRow(grid, rows.length, subject, approverOf(book.tables.Settings), today);
      await appendWithAudit(port, [{ key: "Goals", rows }], [audit]);
    } else {
      await port.appendRows("Goals", rows);
    }
    return value;
  });
  const form = useForm<Draft, string, { grid: GoalGrid; rows: GoalRow[]; choice: string }>({
    initial: () => {
      const choice = mode.kind === "copy" ? "person" : TEMPLATE_ROLES[0];
      const grid = planOf(choice);
      return { choice, targets: grid ? gridTargets(grid) : {} };
    },
    check: (d) => {
      const grid = planOf(d.choice);
      if (!grid) return { ok: false, errors: {} };
      const review = reviewGrid(grid, d.targets, book, locale, money);
      return review.rows.length > 0
        ? { ok: true, value: { grid, rows: review.rows, choice: d.choice } }
        : { ok: false, errors: review.errors };
    },
    onSubmit: async (value) => {
      const done = await write.run(value);
      if (done === undefined) return;
      const count = done.rows.length;
      onDone(
        done.grid.kind === "copy"
          ? t("goals.copy.done", { count, from: done.grid.from ?? "", to: done.grid.to.text })
          : t("goals.template.done", { count, template: templateName(done.choice), name: person.name }),
      );
    },
  });
  const { draft, update } = form;
  const grid = planOf(draft.choice);
  const review = grid ? reviewGrid(grid, draft.targets, book, locale, money) : null;
  const lines = grid?.lines ?? [];

  const choose = (choice: string) => {
    const next = planOf(choice);
    // Targets typed for a goal still in the grid are kept.
    update((d) => ({ choice, targets: { ...(next ? gridTargets(next) : {}), ...pick(d.targets, next) } }));
  };

  // The whole team's copy: each person's lines under their name (one long grid is hard to follow at 320 px).
  const byPerson = mode.kind === "copy" && draft.choice === "team" ? groupByPerson(lines) : null;
  const targetLine = (line: GridLine) => (
    <li key={line.key}>
      <Field
        label={t("goals.grid.line", { kpi: line.kpiName, weight: formatWeight(line.weight) })}
        hint={isPercentUnit(line.unit) ? undefined : (line.unit ?? undefined)}
        {...form.field(line.key)}
      >
        <Input
          ref={form.ref(line.key)}
          inputMode="decimal"
          aria-label={t("goals.grid.target", { kpi: line.kpiName, name: line.person.name })}
          contentAfter={isPercentUnit(line.unit) ? "%" : undefined}
          value={draft.targets[line.key] ?? ""}
          onChange={(_, data) => update((d) => ({ ...d, targets: { ...d.targets, [line.key]: data.value } }))}
        />
      </Field>
    </li>
  );

  const title =
    mode.kind === "copy"
      ? t("goals.copy.title", { from: grid?.from ?? "", to: grid?.to.text ?? period })
      : t("goals.template.title", { name: person.name });
  return (
    <FormDialog
      form={form}
      frame="dialog"
      title={title}
      submitLabel={t(mode.kind === "copy" ? "goals.copy.save" : "goals.template.save", {
        count: lines.length,
      })}
      cancelLabel={t("goals.form.cancel")}
      onCancel={onCancel}
      error={write.error}
      errorTitle="tp.error.action"
      submitDisabled={lines.length === 0}
    >
      {mode.kind === "copy" ? (
        mode.team.length > 1 && (
          <RadioField
            label={t("goals.copy.scope")}
            value={draft.choice}
            choices={[
              { value: "person", text: t("goals.copy.person", { name: person.name }) },
              { value: "team", text: t("goals.copy.team", { team: mode.teamLabel }) },
            ]}
            onChange={choose}
          />
        )
      ) : (
        <Field label={t("goals.template.role")}>
          <Select value={draft.choice} onChange={(_, data) => choose(data.value)}>
            {TEMPLATE_ROLES.map((role) => (
              <option key={role} value={role}>
                {templateName(role)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {grid && grid.missing.length > 0 && (
        <Text className={styles.muted}>
          {t("goals.template.missing", { codes: grid.missing.join(", ") })}
        </Text>
      )}
      {grid && grid.skipped.length > 0 && (
        <Text className={styles.muted}>
          {t("goals.copy.skipped", {
            count: grid.skipped.length,
            to: grid.to.text,
            list: grid.skipped.map((s) => (mode.kind === "copy" ? `${s.name} · ${s.kpi}` : s.kpi)).join(", "),
          })}
        </Text>
      )}
      {review && review.over.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("goals.grid.over", {
              period: grid?.to.text ?? period,
              list: review.over.map((o) => `${o.name} ${formatWeight(o.total)}`).join(", "),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {lines.length === 0 ? (
        mode.kind === "copy" && (
          <Text className={styles.muted}>{t("goals.copy.none", { from: grid?.from ?? "" })}</Text>
        )
      ) : (
        <ul className={styles.grid} aria-label={t("goals.grid.label")}>
          {byPerson
            ? byPerson.map(([who, goals]) => (
                <li key={who.id} className={styles.gridPerson}>
                  <h3 className={styles.gridName}>{who.name}</h3>
                  <ul className={styles.grid} aria-label={t("goals.grid.person", { name: who.name })}>
                    {goals.map(targetLine)}
                  </ul>
                </li>
              ))
            : lines.map(targetLine)}
        </ul>
      )}
    </FormDialog>
  );
}

/** The lines of each person, in the grid's order. */
function groupByPerson(lines: readonly GridLine[]): [GridPerson, GridLine[]][] {
  const groups = new Map<string, [GridPerson, GridLine[]]>();
  for (const line of lines) {
    const group = groups.get(line.person.id) ?? [line.person, []];
    group[1].push(line);
    groups.set(line.person.id, group);
  }
  return [...groups.values()];
}

/** The typed targets of the lines still in the next grid. */
function pick(targets: Record<string, string>, grid: GoalGrid | null): Record<string, string> {
  const keys = new Set(grid?.lines.map((l) => l.key) ?? []);
  return Object.fromEntries(Object.entries(targets).filter(([key]) => keys.has(key)));
}
