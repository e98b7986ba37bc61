/**
 * The plans list: one compact card per plan (name, kind · basis · method, From–To, people on it), plans in effect
 * in the chosen period first-class and the others behind a toggle, and "New plan".
 */
import { Badge, Button, Text } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { enumLabel } from "../../../model";
import { formatDate } from "../../../format";
import { CountBar } from "../../components/CountBar";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useIncentiveStyles } from "./incentives.styles";
import type { PlanEntry } from "./incentivesView";

/** Props of {@link PlanList}. */
export type PlanListProps = {
  entries: readonly PlanEntry[];
  period: string;
  onOpen: (planId: string) => void;
  onNew: () => void;
  /** Where a plan's button registers itself, so focus can return to it when its editor closes. */
  buttonRef: (planId: string) => (el: HTMLButtonElement | null) => void;
  newRef: (el: HTMLButtonElement | null) => void;
};

/**
 * @param props - the plans of the period and team, and what opening one does.
 * @returns the list.
 */
export function PlanList({ entries, period, onOpen, onNew, buttonRef, newRef }: PlanListProps) {
  const { t, locale } = useKpiDesk();
  const styles = useIncentiveStyles();
  const [showAll, setShowAll] = useState(false);
  const inEffect = entries.filter((e) => e.inEffect);
  const hidden = entries.length - inEffect.length;
  const shown = showAll ? entries : inEffect;
  const date = (serial: number | null) =>
    serial === null ? t("incentives.plans.openEnd") : formatDate(serial);

  return (
    <div className={styles.section}>
      <CountBar count={t("incentives.plans.count", { count: inEffect.length, period })}>
        <Button ref={newRef} size="small" appearance="primary" icon={<AddRegular />} onClick={onNew}>
          {t("incentives.plans.new")}
        </Button>
      </CountBar>
      {entries.length === 0 ? (
        <Text>{t("incentives.plans.empty")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("incentives.plans.list")}>
          {shown.map(({ plan, people, inEffect: active }) => (
            <li key={plan.PlanID} className={styles.card}>
              <Button
                ref={buttonRef(plan.PlanID)}
                appearance="transparent"
                className={styles.cardButton}
                onClick={() => onOpen(plan.PlanID)}
              >
                {plan.Name}
              </Button>
              <Badge appearance="tint" color={people > 0 ? "brand" : "informative"}>
                {t("incentives.plans.people", { count: people })}
              </Badge>
              <span className={styles.cardMeta}>
                <span>
                  {(
                    [
                      plan.Kind,
                      plan.Basis,
                      plan.Kind === "commission" ? (plan.Method ?? "marginal") : null,
                    ] as (string | null)[]
                  )
                    .filter((w): w is string => w !== null)
                    .map((w) => enumLabel(w, locale))
                    .join(" · ")}
                </span>
                <span>{t("incentives.plans.validity", { from: date(plan.From), to: date(plan.To) })}</span>
                {!active && <span>{t("incentives.plans.notInEffect", { period })}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <div className={styles.bar}>
          {!showAll && (
            <Text className={styles.muted}>{t("incentives.plans.hidden", { count: hidden, period })}</Text>
          )}
          <Button size="small" appearance="subtle" onClick={() => setShowAll((v) => !v)}>
            {showAll ? t("incentives.plans.hideOther") : t("incentives.plans.showAll")}
          </Button>
        </div>
      )}
    </div>
  );
}
