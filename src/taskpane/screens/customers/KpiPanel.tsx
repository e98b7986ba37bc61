/**
 * KPI actuals next to the goals they feed: each of the person's goals of the period whose KPI Source is derived
 * from Customers, Interactions or Deals, with actual, target, attainment and pace — as the report scores them.
 * After a write, a goal whose actual moved shows by how much.
 */
import { Badge, ProgressBar, Text } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import type { Locale, Translate } from "../../../i18n";
import { enumLabel, type MoneyStyle } from "../../../model";
import { formatNumber, formatPercent } from "../../../format";
import type { GoalReport } from "../../../domain/goals/types";
import { useMoney, useMoneyStyle, type MoneyText } from "../../hooks/useMoney";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useCustomerStyles } from "./customers.styles";

/** Props of {@link KpiPanel}. */
export type KpiPanelProps = {
  /** The person's name (for the heading). */
  person: string;
  period: string;
  goals: readonly GoalReport[];
  /** Goal id → how much its actual moved since the last write through this screen. */
  changes: ReadonlyMap<string, number>;
};

/**
 * @param props - person, period, scored goals and recent changes.
 * @returns the panel.
 */
export function KpiPanel({ person, period, goals, changes }: KpiPanelProps) {
  const { t, locale } = useKpiDesk();
  const money = useMoney();
  const moneyStyle = useMoneyStyle();
  const styles = useCustomerStyles();
  const headingId = "customers-kpi-heading";
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.kpiHeading}>
        {t("customers.kpi.title", { period })}
      </h2>
      {goals.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {t("customers.kpi.none", { name: person, period })}
        </Text>
      ) : (
        <ul className={styles.kpiList} aria-label={t("customers.kpi.list", { name: person, period })}>
          {goals.map((goal) => (
            <KpiLine
              key={goal.goalId}
              goal={goal}
              change={changes.get(goal.goalId) ?? null}
              t={t}
              locale={locale}
              money={money}
              moneyStyle={moneyStyle}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** A goal: name and attainment, then actual / target with the change and pace, then a bar. */
function KpiLine({
  goal,
  change,
  t,
  locale,
  money,
  moneyStyle,
}: {
  goal: GoalReport;
  change: number | null;
  t: Translate;
  locale: Locale;
  money: MoneyText;
  moneyStyle: MoneyStyle;
}) {
  const styles = useCustomerStyles();
  const value = (n: number) => formatKpiValue(goal.source, n, money);
  const actual = goal.actual === null ? t("customers.kpi.noActual") : value(goal.actual);
  const figures =
    goal.target === null
      ? t("customers.kpi.noTarget", { actual })
      : t("customers.kpi.actualOfTarget", {
          actual,
          target: value(goal.target),
          unit: unitOf(goal, moneyStyle),
        }).trim();
  const attained = goal.attainment === null ? null : formatPercent(goal.attainment, 0);
  const color =
    goal.pace === 3
      ? "error"
      : goal.pace === 2
        ? "warning"
        : (goal.attainment ?? 0) >= 1
          ? "success"
          : "brand";
  return (
    <li className={styles.kpi} aria-label={goal.kpiName}>
      <div className={styles.kpiLine}>
        <span
          className={styles.kpiName}
          title={t("customers.kpi.source", {
            source: enumLabel(goal.source, locale),
            weight: formatPercent(goal.weight, 0),
          })}
        >
          {goal.kpiName}
        </span>
        <Text weight="semibold">{attained ?? "—"}</Text>
      </div>
      <div className={styles.kpiLine}>
        <span className={styles.kpiFigures}>
          <Text size={200}>{figures}</Text>
          {change !== null && (
            <Badge
              size="small"
              appearance="tint"
              color={change > 0 ? "success" : "danger"}
              icon={change > 0 ? <ArrowUpRegular /> : <ArrowDownRegular />}
              aria-label={t("customers.kpi.changedBy", { change: signed(goal.source, change, money) })}
            >
              {signed(goal.source, change, money)}
            </Badge>
          )}
        </span>
        {goal.pace !== null && (
          <Badge
            size="small"
            appearance="outline"
            color={goal.pace === 1 ? "success" : goal.pace === 2 ? "warning" : "danger"}
          >
            {t(
              goal.pace === 1
                ? "customers.kpi.onTrack"
                : goal.pace === 2
                  ? "customers.kpi.atRisk"
                  : "customers.kpi.offTrack",
            )}
          </Badge>
        )}
      </div>
      <ProgressBar
        thickness="medium"
        color={color}
        max={1}
        value={Math.max(0, Math.min(1, goal.attainment ?? 0))}
        aria-label={t("customers.kpi.attainment", { kpi: goal.kpiName, value: attained ?? "—" })}
      />
    </li>
  );
}

/**
 * A KPI figure in the form its Source counts: money for deal amounts, a percentage for win rates, a plain number
 * (a split deal counts a share) otherwise.
 * @param source - the KPI Source.
 * @param value - the figure.
 * @param money - how the pane writes money (Settings moneyFormat, `useMoney`).
 * @returns the text.
 */
export function formatKpiValue(source: string, value: number, money: MoneyText): string {
  if (source === "deals.amount") return money(value);
  if (source === "deals.winrate") return formatPercent(value, 0);
  return formatNumber(value, 2);
}

function signed(source: string, change: number, money: MoneyText): string {
  return `${change > 0 ? "+" : "−"}${formatKpiValue(source, Math.abs(change), money)}`;
}

/**
 * The unit after the target; a percentage already carries its own, and so does an amount written in 万
 * ("360万", not "360万 元").
 */
function unitOf(goal: GoalReport, moneyStyle: MoneyStyle): string {
  if (goal.source === "deals.amount" && moneyStyle === "wan") return "";
  return goal.source === "deals.winrate" || goal.unit === null || goal.unit === "%" ? "" : goal.unit;
}
