/**
 * Team: the roster — name, team, level, status, composite score and overdue tasks for a period — filtered by team
 * and period. Windowed, so a team of 2,000 scrolls smoothly.
 */
import { Badge, Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Locale } from "../../../i18n";
import { DataProblems } from "../../components/DataProblems";
import { Filter, FilterBar, TeamFilter, plainChoices } from "../../components/FilterBar";
import { ErrorBar } from "../../components/ErrorBar";
import { WindowedList } from "../../components/WindowedList";
import { useBookFor } from "../../hooks/useBook";
import { useTables } from "../../hooks/useTables";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { Reminders } from "../goals/Reminders";
import {
  ALL_TEAMS,
  ROSTER_TABLES,
  buildRoster,
  filterByTeam,
  fiscalYearStartOf,
  rosterPeriods,
  teamsOf,
  type RosterEntry,
} from "./roster";

/** Row height of the roster (two lines of text and padding). */
export const ROSTER_ROW_PX = 56;

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0 },
  summary: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground2,
  },
  refresh: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  notice: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  list: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    height: "100%",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  meta: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  figure: { justifySelf: "end" },
});

/**
 * @returns the Team screen.
 */
/** Read beside the roster's tables for their data problems only. */
const PAYOUT_TABLES = ["Payouts"] as const;

export function TeamScreen() {
  const { t, locale, today } = useKpiDesk();
  const styles = useStyles();
  const { data, problems: rosterProblems, error, loading, refresh } = useTables(ROSTER_TABLES);
  // Payouts feed no roster figure, but the report lists their data problems too, so the pane lists the same ones.
  // A workbook set up before the Payouts table existed simply has none to list (the read's failure is not shown).
  const payouts = useTables(PAYOUT_TABLES);
  const problems = useMemo(
    () => [...rosterProblems, ...payouts.problems],
    [rosterProblems, payouts.problems],
  );
  const [team, setTeam] = useState(ALL_TEAMS);
  const periods = useMemo(() => (data ? rosterPeriods(today, fiscalYearStartOf(data)) : []), [data, today]);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const period = chosenPeriod ?? periods[0]?.text ?? null;

  // The book the rows came from: its period picture is computed once and shared (switching back costs nothing).
  const book = useBookFor(data, ROSTER_TABLES, locale);
  const roster = useMemo(() => {
    if (!book || period === null) return { entries: [] as RosterEntry[], error: null as unknown };
    try {
      return { entries: buildRoster(book, period, today), error: null };
    } catch (caught) {
      return { entries: [] as RosterEntry[], error: caught };
    }
  }, [book, period, today]);
  const { teams, hasNoTeam } = useMemo(() => teamsOf(roster.entries, locale), [roster.entries, locale]);
  const shown = useMemo(() => filterByTeam(roster.entries, team), [roster.entries, team]);

  const failure = error ?? roster.error;
  if (!data && loading) return <Spinner className={styles.notice} label={t("tp.loading")} />;
  return (
    <section className={styles.screen} aria-label={t("tp.screen.team")}>
      {failure != null && (
        <div className={styles.notice}>
          <ErrorBar error={failure} onRetry={refresh} />
        </div>
      )}
      {problems.length > 0 && (
        <div className={styles.notice}>
          <DataProblems problems={problems} />
        </div>
      )}
      <FilterBar>
        <TeamFilter
          label={t("tp.team.filter")}
          value={team}
          teams={{ teams, hasNoTeam }}
          onChange={setTeam}
        />
        <Filter
          label={t("tp.team.periodLabel")}
          value={period ?? ""}
          choices={plainChoices(periods.map((p) => p.text))}
          onChange={setPeriod}
        />
      </FilterBar>
      <div className={styles.summary}>
        <Text size={200} aria-live="polite">
          {t("tp.team.count", { count: shown.length })}
        </Text>
        <Reminders variant="count" />
        <span className={styles.refresh}>
          {loading && <Spinner size="extra-tiny" aria-label={t("tp.loading")} />}
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowClockwiseRegular />}
            aria-label={t("tp.refresh")}
            title={t("tp.refresh")}
            onClick={refresh}
          />
        </span>
      </div>
      {data && data.Managers.length === 0 ? (
        <Text className={styles.notice}>{t("tp.team.empty")}</Text>
      ) : (
        <WindowedList
          items={shown}
          rowHeight={ROSTER_ROW_PX}
          itemKey={(entry) => entry.id}
          label={t("tp.team.roster")}
          className={styles.list}
          renderItem={(entry) => <RosterRow entry={entry} locale={locale} />}
        />
      )}
    </section>
  );
}

/** One person: name and figures on the first line, team · level · status on the second. */
function RosterRow({ entry, locale }: { entry: RosterEntry; locale: Locale }) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  const meta = [entry.team ?? t("tp.team.noTeam"), entry.level, entry.status]
    .filter((x) => x !== null)
    .join(" · ");
  const score = entry.composite === null ? null : formatScore(entry.composite, locale);
  return (
    <div className={styles.row}>
      <span className={styles.name}>{entry.name}</span>
      <span className={styles.figure}>
        {score === null ? (
          <Text size={200} className={styles.meta}>
            {t("tp.team.noScore")}
          </Text>
        ) : (
          <Badge
            appearance="tint"
            color={entry.composite !== null && entry.composite >= 100 ? "success" : "brand"}
          >
            {t("tp.team.score", { score })}
          </Badge>
        )}
      </span>
      <span className={styles.meta}>{meta}</span>
      <span className={styles.figure}>
        {entry.overdue !== null && entry.overdue > 0 ? (
          <Badge appearance="tint" color="danger">
            {t("tp.team.overdue", { count: entry.overdue })}
          </Badge>
        ) : (
          <Text size={200} className={styles.meta}>
            {entry.overdue === null ? "" : t("tp.team.noneOverdue")}
          </Text>
        )}
      </span>
    </div>
  );
}

function formatScore(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
