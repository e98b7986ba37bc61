/**
 * The live SMART checklist of the goal form: each letter with its meaning, an ok / warn / fail icon (and the
 * status in words for screen readers) and core's verdict text. Figures in verdicts are shown in the KPI's unit.
 */
import { Text, mergeClasses, useId } from "@fluentui/react-components";
import { CheckmarkCircleFilled, DismissCircleFilled, WarningFilled } from "@fluentui/react-icons";
import type { SmartCheck, SmartLetter } from "../../../core";
import type { MessageKey } from "../../../i18n";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useGoalsStyles } from "./goals.styles";
import { useFigure } from "../../hooks/useMoney";

const LETTER_KEYS: Record<SmartLetter, { name: MessageKey; about: MessageKey }> = {
  specific: { name: "goals.smart.specific", about: "goals.smart.specific.about" },
  measurable: { name: "goals.smart.measurable", about: "goals.smart.measurable.about" },
  achievable: { name: "goals.smart.achievable", about: "goals.smart.achievable.about" },
  relevant: { name: "goals.smart.relevant", about: "goals.smart.relevant.about" },
  timeBound: { name: "goals.smart.timeBound", about: "goals.smart.timeBound.about" },
};

/** Props of {@link SmartChecklist}. */
export type SmartChecklistProps = {
  checks: readonly SmartCheck[];
  /** The KPI's unit, for the figures quoted in verdicts. */
  unit: string | null;
};

/**
 * @param props - the five checks and the KPI's unit.
 * @returns the checklist, as a labelled list that announces changes politely.
 */
export function SmartChecklist({ checks, unit }: SmartChecklistProps) {
  const { t } = useKpiDesk();
  const figure = useFigure();
  const styles = useGoalsStyles();
  const titleId = useId("goals-smart");
  const met = checks.filter((c) => c.status === "ok").length;
  return (
    <section aria-labelledby={titleId}>
      <Text as="h3" id={titleId} weight="semibold" size={300} block>
        {t("goals.smart.title")} · {t("goals.smart.summary", { ok: met })}
      </Text>
      <ul className={styles.smart} aria-live="polite">
        {checks.map((check) => {
          const keys = LETTER_KEYS[check.letter];
          const params = { ...check.params };
          if (typeof params.last === "number") params.last = figure(params.last, unit);
          const Icon =
            check.status === "ok"
              ? CheckmarkCircleFilled
              : check.status === "warn"
                ? WarningFilled
                : DismissCircleFilled;
          return (
            <li key={check.letter} className={styles.smartItem} data-status={check.status}>
              <Icon aria-hidden className={mergeClasses(styles.smartIcon, styles[check.status])} />
              <div>
                <Text className={styles.smartLetter}>{t(keys.name)}</Text>
                <span className={styles.hidden}>: {t(`goals.smart.${check.status}`)}</span>
                <Text size={200} className={mergeClasses(styles.smartText, styles.muted)}>
                  {t(keys.about)}
                </Text>
                <Text size={200} className={styles.smartText}>
                  {t(check.key, params)}
                </Text>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
