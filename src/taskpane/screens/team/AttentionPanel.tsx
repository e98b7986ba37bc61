/**
 * The cockpit's "needs attention" list: one line per thing to fix in the period (off-track goals, customers not
 * contacted, overdue tasks, low pulse, reviews due, data problems), each with a button to where it is fixed — the
 * person's page, Goals or the work plan on that person, their customers, People, Reviews. Collapsed to one line
 * until opened, so it never pushes the roster out of a 320 px pane.
 */
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular, ArrowRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { AttentionItem } from "../../../book";
import { flagText } from "../../../format";
import type { MessageKey } from "../../../i18n";
import { layoutRules } from "../../components/layout.styles";
import { useMoneyStyle } from "../../hooks/useMoney";
import { usePaneNavigation } from "../../shell/PaneNavigation";
import { useKpiDesk } from "../../shell/KpiDeskContext";

/** Items shown before "Show all". */
export const ATTENTION_SHOWN = 8;

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
  },
  toggle: { justifyContent: "flex-start", paddingLeft: 0 },
  // At most about a third of the pane: the roster below must stay in sight at 320 × 720.
  list: { ...layoutRules.list, maxHeight: "30vh", overflowY: "auto" },
  // A card of the pane's lists, one line high: what to fix at the start, the button to it at the end.
  item: { ...layoutRules.card, alignItems: "center", padding: `${tokens.spacingVerticalXS} 0` },
  who: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  text: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  go: { minWidth: "auto", whiteSpace: "nowrap" },
});

/** Props of {@link AttentionPanel}. */
export type AttentionPanelProps = {
  items: readonly AttentionItem[];
  period: string;
  /** Opens a person's page on the Team screen. */
  onOpenPerson: (id: string) => void;
};

/**
 * @param props - the items, the period and how to open a person's page.
 * @returns the collapsible list.
 */
export function AttentionPanel({ items, period, onOpenPerson }: AttentionPanelProps) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, ATTENTION_SHOWN);
  if (items.length === 0) {
    return (
      <div className={styles.panel}>
        <Text size={200}>{t("cockpit.attention.none", { period })}</Text>
      </div>
    );
  }
  return (
    <section className={styles.panel} aria-label={t("cockpit.attention", { count: items.length })}>
      <Button
        className={styles.toggle}
        appearance="transparent"
        size="small"
        icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={expanded}
        onClick={() => setExpanded((x) => !x)}
      >
        {t("cockpit.attention", { count: items.length })}
      </Button>
      {expanded && (
        <ul className={styles.list}>
          {shown.map((item, i) => (
            <AttentionLine key={i} item={item} onOpenPerson={onOpenPerson} />
          ))}
          {!all && items.length > shown.length && (
            <li>
              <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
                {t("cockpit.attention.more", { count: items.length })}
              </Button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/** Where an item's button goes, and what it says. */
function destination(
  item: AttentionItem,
): { where: MessageKey; go: MessageKey; section: string | null } | null {
  switch (item.place) {
    case null:
      return null;
    case "person":
      return { where: "cockpit.where.person", go: "cockpit.go.person", section: null };
    case "goals":
      return item.kind === "overdueTasks"
        ? { where: "cockpit.where.plans", go: "cockpit.go.plans", section: "plans" }
        : { where: "cockpit.where.goals", go: "cockpit.go.goals", section: null };
    case "customers":
      return { where: "cockpit.where.customers", go: "cockpit.go.customers", section: null };
    case "people":
      return { where: "cockpit.where.people", go: "cockpit.go.people", section: null };
    case "reviews":
      return { where: "cockpit.where.reviews", go: "cockpit.go.reviews", section: null };
  }
}

function AttentionLine({ item, onOpenPerson }: { item: AttentionItem; onOpenPerson: (id: string) => void }) {
  const { t, locale } = useKpiDesk();
  const moneyStyle = useMoneyStyle();
  const styles = useStyles();
  const navigation = usePaneNavigation();
  const text = item.flag
    ? flagText(item.flag, locale, moneyStyle)
    : t("cockpit.attention.neglected", item.params);
  const where = destination(item);
  const name = item.person?.name ?? t("cockpit.attention.team");
  const go = () => {
    if (!where) return;
    // Outside the Shell (a screen on its own) only the person's page is in reach.
    if (item.place === "person" || !navigation) {
      if (item.person) onOpenPerson(item.person.id);
      return;
    }
    navigation.go(item.place as string, item.person?.id ?? null, where.section);
  };
  return (
    <li className={styles.item}>
      <span>
        <span className={styles.who}>{name} </span>
        {item.severity === "high" && (
          <Badge size="small" appearance="tint" color="danger">
            !
          </Badge>
        )}
        <div className={styles.text}>{text}</div>
      </span>
      {where && (navigation || item.person) && (
        <Button
          className={styles.go}
          size="small"
          appearance="subtle"
          icon={<ArrowRightRegular />}
          iconPosition="after"
          aria-label={t(where.go, { name })}
          title={t(where.go, { name })}
          onClick={go}
        >
          {t(where.where)}
        </Button>
      )}
    </li>
  );
}
