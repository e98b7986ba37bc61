/**
 * The worked example under the chart: for a commission plan, the tier-by-tier breakdown of one amount exactly as
 * `KPI.EXPLAIN` lays it out (Tier · From · To · Amount in tier · Rate · Commission, then Total), as stacked lines
 * that fit a narrow pane; for a bonus plan, the steps of `KPI.BONUS` for one attainment.
 */
import { Text } from "@fluentui/react-components";
import type { ExplainLine } from "../../../core";
import { formatNumber, formatPercent } from "../../../format";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useIncentiveStyles } from "./incentives.styles";
import type { BonusExample, CommissionExample } from "../../../domain/incentives/payout";

/** Props of {@link CommissionBreakdown}. */
export type CommissionBreakdownProps = { example: CommissionExample };

/** A rate as a percentage with enough decimals for 0.25%. */
export function rateText(rate: number): string {
  return formatPercent(rate, 3);
}

/**
 * @param props - the example computed by `commissionExample`.
 * @returns the lines and the payout.
 */
export function CommissionBreakdown({ example }: CommissionBreakdownProps) {
  const { t } = useKpiDesk();
  const styles = useIncentiveStyles();
  const term = (label: string, value: string) => (
    <span>
      <span className={styles.term}>{label} </span>
      {value}
    </span>
  );
  const line = (l: ExplainLine, i: number) => {
    const title =
      l.kind === "total"
        ? t("incentives.example.total")
        : l.kind === "prior"
          ? t("incentives.example.prior")
          : `${t("incentives.example.tier")} ${l.tier}`;
    return (
      <li key={i} className={styles.line2}>
        <span className={styles.strong}>{title}</span>
        <span className={styles.terms}>
          {l.kind === "prior" && l.tier !== null && term(t("incentives.example.tier"), String(l.tier))}
          {l.from !== null && term(t("incentives.example.from"), formatNumber(l.from))}
          {l.kind !== "total" &&
            l.from !== null &&
            term(
              t("incentives.example.to"),
              l.to === null ? t("incentives.example.aboveTop") : formatNumber(l.to),
            )}
          {l.amount !== null && term(t("incentives.example.inTier"), formatNumber(l.amount))}
          {l.rate !== null && term(t("incentives.example.rate"), rateText(l.rate))}
          {term(t("incentives.example.commission"), formatNumber(l.commission))}
        </span>
      </li>
    );
  };
  return (
    <>
      <ul className={styles.lines} aria-label={t("incentives.example.lines")}>
        {example.lines.map(line)}
      </ul>
      <Text className={styles.strong} aria-live="polite">
        {example.cappedAt !== null
          ? t("incentives.example.capped", {
              cap: formatNumber(example.cappedAt),
              amount: formatNumber(example.payout),
            })
          : t("incentives.example.payout", { amount: formatNumber(example.payout) })}
      </Text>
    </>
  );
}

/** Props of {@link BonusSteps}. */
export type BonusStepsProps = { example: BonusExample };

/**
 * @param props - the example computed by `bonusExample`.
 * @returns the steps and the payout.
 */
export function BonusSteps({ example }: BonusStepsProps) {
  const { t } = useKpiDesk();
  const styles = useIncentiveStyles();
  const pct = (x: number) => formatPercent(x, 1);
  const attainment = pct(example.attainment);
  const s = example.segment;
  const where =
    s.kind === "below"
      ? t("incentives.example.below", { attainment, point: pct(s.first.x) })
      : s.kind === "at"
        ? t("incentives.example.at", { attainment, point: pct(s.at.x), value: pct(example.curveValue) })
        : s.kind === "above"
          ? t("incentives.example.above", {
              attainment,
              point: pct(s.last.x),
              value: pct(example.curveValue),
            })
          : t("incentives.example.between", {
              attainment,
              from: pct(s.from.x),
              fromValue: pct(s.from.y),
              to: pct(s.to.x),
              toValue: pct(s.to.y),
              value: pct(example.curveValue),
            });
  return (
    <>
      <ol className={styles.lines} aria-label={t("incentives.example.lines")}>
        <li className={styles.line2}>{where}</li>
        <li className={styles.line2}>
          {t("incentives.example.times", {
            value: pct(example.curveValue),
            target: formatNumber(example.targetBonus),
            amount: formatNumber(example.uncapped),
          })}
        </li>
        {!example.gatePassed && <li className={styles.line2}>{t("incentives.example.gateFailed")}</li>}
        {example.cappedAt !== null && (
          <li className={styles.line2}>
            {t("incentives.example.capped", {
              cap: formatNumber(example.cappedAt),
              amount: formatNumber(example.payout),
            })}
          </li>
        )}
      </ol>
      <Text className={styles.strong} aria-live="polite">
        {t("incentives.example.payout", { amount: formatNumber(example.payout) })}
      </Text>
    </>
  );
}
