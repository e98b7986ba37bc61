/**
 * The editable points of a plan's curve (bonus) or tiers (commission): two numbers per row, rows added and
 * removed, every problem shown on its cell as core words it ("Points: row 3 is not in ascending order").
 */
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { MessageKey } from "../../../i18n";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useIncentiveStyles } from "./incentives.styles";
import type { PlanDraft, PointColumn, PointDraft, PointIssue } from "../../../domain/incentives/planForm";

/** Props of {@link PointsGrid}. */
export type PointsGridProps = {
  points: readonly PointDraft[];
  kind: PlanDraft["kind"];
  /** Tier bounds are fractions of the quota. */
  quotaBased: boolean;
  issues: readonly PointIssue[];
  /** Show problems of the grid as a whole (no rows): after a save was attempted. */
  showTableIssues: boolean;
  onChange: (points: PointDraft[]) => void;
};

/**
 * @param props - the rows, what they mean, their problems and the change handler.
 * @returns the grid.
 */
export function PointsGrid({ points, kind, quotaBased, issues, showTableIssues, onChange }: PointsGridProps) {
  const { t, locale } = useKpiDesk();
  const styles = useIncentiveStyles();
  const columns: Record<PointColumn, MessageKey> =
    kind === "bonus"
      ? { point: "incentives.points.attainment", value: "incentives.points.payout" }
      : {
          point: quotaBased ? "incentives.points.boundQuota" : "incentives.points.bound",
          value: "incentives.points.rate",
        };
  const issueAt = (row: number, column: PointColumn) =>
    issues.find((i) => i.row === row && i.column === column)?.error.localized(locale);
  const tableIssue = issues.find((i) => i.row === null);

  const set = (index: number, column: PointColumn, text: string) =>
    onChange(points.map((p, i) => (i === index ? { ...p, [column]: text } : p)));
  const add = () =>
    onChange([...points, { key: Math.max(0, ...points.map((p) => p.key)) + 1, point: "", value: "" }]);
  const remove = (index: number) => onChange(points.filter((_, i) => i !== index));

  const cell = (p: PointDraft, index: number, column: PointColumn) => {
    const message = issueAt(index + 1, column);
    return (
      <Field validationMessage={message} validationState={message ? "error" : "none"}>
        <Input
          size="small"
          inputMode="decimal"
          aria-label={t("incentives.points.cell", { column: t(columns[column]), row: index + 1 })}
          value={p[column]}
          onChange={(_, d) => set(index, column, d.value)}
        />
      </Field>
    );
  };

  return (
    <div
      className={styles.grid}
      role="group"
      aria-label={t(kind === "bonus" ? "incentives.points.titleBonus" : "incentives.points.titleTiers")}
    >
      <Text className={styles.muted}>
        {t(kind === "bonus" ? "incentives.points.helpBonus" : "incentives.points.helpTiers")}
      </Text>
      <div className={styles.gridHead} aria-hidden="true">
        <span>{t(columns.point)}</span>
        <span>{t(columns.value)}</span>
        <span />
      </div>
      {points.map((p, index) => (
        <div key={p.key} className={styles.gridRow}>
          {cell(p, index, "point")}
          {cell(p, index, "value")}
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t("incentives.points.remove", { row: index + 1 })}
            title={t("incentives.points.remove", { row: index + 1 })}
            onClick={() => remove(index)}
          />
        </div>
      ))}
      {tableIssue && showTableIssues && (
        <Text role="alert" className={styles.error}>
          {tableIssue.error.localized(locale)}
        </Text>
      )}
      <div>
        <Button size="small" icon={<AddRegular />} onClick={add}>
          {t("incentives.points.add")}
        </Button>
      </div>
    </div>
  );
}
