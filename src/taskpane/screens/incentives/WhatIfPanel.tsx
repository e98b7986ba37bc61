/**
 * What the plan costs for the team on it in the chosen period: now (the report's payouts to date) and with every
 * attainment (bonus) or credited amount (commission) 10% lower and 10% higher.
 */
import { Text } from "@fluentui/react-components";
import { ErrorBar } from "../../components/ErrorBar";
import { useMoney } from "../../hooks/useMoney";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useIncentiveStyles } from "./incentives.styles";
import type { PlanCost } from "../../../domain/incentives/whatIf";

/** Props of {@link WhatIfPanel}. */
export type WhatIfPanelProps = {
  kind: "bonus" | "commission";
  period: string;
  /** The cost, or null while the plan or its points are not valid. */
  cost: PlanCost | null;
  /** A failure computing it (a period that cannot be read), or null. */
  error: unknown;
};

/**
 * @param props - the plan's kind, the period and the computed cost.
 * @returns the what-if panel.
 */
export function WhatIfPanel({ kind, period, cost, error }: WhatIfPanelProps) {
  const { t } = useKpiDesk();
  const money = useMoney();
  const styles = useIncentiveStyles();
  const labels =
    kind === "bonus"
      ? (["incentives.whatIf.minusBonus", "incentives.whatIf.now", "incentives.whatIf.plusBonus"] as const)
      : ([
          "incentives.whatIf.minusCommission",
          "incentives.whatIf.now",
          "incentives.whatIf.plusCommission",
        ] as const);
  return (
    <section className={styles.panel} aria-label={t("incentives.whatIf.title")}>
      <h3 className={styles.subheading}>{t("incentives.whatIf.title")}</h3>
      {error != null ? (
        <ErrorBar error={error} />
      ) : cost === null ? (
        <Text className={styles.muted}>{t("incentives.whatIf.invalid")}</Text>
      ) : !cost.inEffect ? (
        <Text>{t("incentives.whatIf.notInEffect", { period })}</Text>
      ) : cost.people === 0 ? (
        <Text>{t("incentives.whatIf.nobody", { period })}</Text>
      ) : (
        <>
          <Text>{t("incentives.whatIf.people", { count: cost.people, period })}</Text>
          <ul className={styles.scenarios}>
            {cost.scenarios.map((s, i) => (
              <li key={s.factor} className={styles.scenario}>
                <span className={styles.muted}>{t(labels[i])}</span>
                <span className={styles.figure}>{money(s.total)}</span>
              </li>
            ))}
          </ul>
          {cost.notComputed > 0 && (
            <Text className={styles.muted}>
              {t("incentives.whatIf.notComputed", { count: cost.notComputed })}
            </Text>
          )}
          <Text className={styles.muted}>
            {t(kind === "bonus" ? "incentives.whatIf.hintBonus" : "incentives.whatIf.hintCommission")}
          </Text>
        </>
      )}
    </section>
  );
}
