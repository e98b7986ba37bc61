/**
 * Reviews: review cycles by period and cycle, filtered by team; open a cycle (a manager draft per person), open a
 * review to fill, submit or acknowledge it, add self and peer reviews, and calibrate a cycle across raters.
 */
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, CalendarAddRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { enumLabel } from "../../../model";
import { NoticeBar } from "../../components/NoticeBar";
import { Filter, FilterBar, TeamFilter } from "../../components/FilterBar";
import { Screen, ScreenTabs } from "../../components/Screen";
import { WindowedList } from "../../components/WindowedList";
import { useDerived } from "../../hooks/useBook";
import { useTeamChoices } from "../../hooks/useTeamChoices";
import { useTables } from "../../hooks/useTables";
import { layoutRules } from "../../components/layout.styles";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { CalibrationPanel } from "./CalibrationPanel";
import { OpenCycleDialog } from "./OpenCycleDialog";
import { ReviewForm } from "./ReviewForm";
import {
  ALL_TEAMS,
  REVIEW_TABLES,
  cycleOptions,
  formatScore,
  listReviews,
  reviewSettings,
  statusCounts,
  STATUS_COLOR,
  type ReviewEntry,
} from "../../../domain/reviews/cycles";

/** Row height of the review list (two lines of text and padding). */
export const REVIEW_ROW_PX = 60;

const useStyles = makeStyles({
  // The toolbar below brings its own spacing.
  filters: { paddingBottom: 0 },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  summary: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  notice: layoutRules.notice,
  row: layoutRules.rowButton,
  name: layoutRules.rowName,
  meta: layoutRules.rowMeta,
  figure: { justifySelf: "end", fontSize: tokens.fontSizeBase200 },
});

type Editing = { id: string } | { id: null } | null;

const NO_OPTIONS: ReturnType<typeof cycleOptions> = [];
const NO_ENTRIES: ReviewEntry[] = [];

/**
 * @returns the Reviews screen.
 */
export function ReviewsScreen() {
  const { t, locale } = useKpiDesk();
  const styles = useStyles();
  const { data, error, loading, refresh } = useTables(REVIEW_TABLES);
  const settings = useMemo(() => (data ? reviewSettings(data.Settings) : null), [data]);
  const [team, setTeam] = useState(ALL_TEAMS);
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const [view, setView] = useState<"list" | "calibration">("list");
  const [editing, setEditing] = useState<Editing>(null);
  const [cycleOpen, setCycleOpen] = useState(false);
  // Each opening of the dialog starts from fresh defaults.
  const [cycleOpenings, setCycleOpenings] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  // Cycles, teams and the list are kept in the pane's team book: a visit back finds them built.
  const options =
    useDerived(
      data,
      REVIEW_TABLES,
      "reviews:cycles",
      (rows) => cycleOptions(rows.Reviews, reviewSettings(rows.Settings).fiscalYearStart),
      locale,
    ) ?? NO_OPTIONS;
  const selected = options.find((o) => o.key === chosenKey) ?? options[0] ?? null;
  const { teams, hasNoTeam } = useTeamChoices(data, REVIEW_TABLES);
  const entries =
    useDerived(
      data,
      REVIEW_TABLES,
      `reviews:list:${selected?.key ?? ""}\u0000${team}`,
      (rows) =>
        selected
          ? listReviews(
              rows.Reviews,
              rows.Managers,
              selected.key,
              team,
              reviewSettings(rows.Settings).weights,
              locale,
            )
          : [],
      locale,
    ) ?? NO_ENTRIES;
  const counts = statusCounts(entries);

  if (!data || !settings) {
    // Nothing to show but the spinner of the first read, or the read's failure.
    return <Screen label={t("reviews.screen")} loading={loading} error={error} onRetry={refresh} />;
  }

  if (editing !== null) {
    const row = editing.id === null ? null : (data.Reviews.find((r) => r.ReviewID === editing.id) ?? null);
    if (editing.id === null || row !== null) {
      return (
        <ReviewForm
          key={editing.id ?? "new"}
          row={row}
          period={row?.Period ?? selected?.period ?? ""}
          cycle={row?.Cycle ?? selected?.cycle ?? "quarter"}
          managers={data.Managers}
          reviews={data.Reviews}
          settings={settings}
          onBack={() => setEditing(null)}
        />
      );
    }
  }

  return (
    <Screen label={t("reviews.screen")} loading={false} error={error} onRetry={refresh} scrolls={false}>
      <FilterBar className={styles.filters} onRefresh={refresh} loading={loading}>
        <TeamFilter value={team} teams={{ teams, hasNoTeam }} onChange={setTeam} />
        <Filter
          label={t("reviews.filter.cycle")}
          value={selected?.key ?? ""}
          choices={options.map((o) => ({
            value: o.key,
            text: t("reviews.cycleOption", { period: o.period, cycle: enumLabel(o.cycle, locale) }),
          }))}
          emptyText={t("reviews.filter.noCycle")}
          onChange={setChosenKey}
        />
      </FilterBar>
      {/* Below the filters and on the line's start, as on every screen with views. */}
      <ScreenTabs
        label={t("reviews.view.label")}
        value={view}
        tabs={[
          { value: "list", text: t("reviews.view.list") },
          { value: "calibration", text: t("reviews.view.calibration") },
        ]}
        onChange={setView}
      />
      <div className={styles.toolbar}>
        <Button
          size="small"
          appearance="primary"
          icon={<CalendarAddRegular />}
          onClick={() => {
            setCycleOpenings((n) => n + 1);
            setCycleOpen(true);
          }}
        >
          {t("reviews.action.openCycle")}
        </Button>
        <Button
          size="small"
          icon={<AddRegular />}
          disabled={selected === null}
          onClick={() => {
            setNotice(null);
            setEditing({ id: null });
          }}
        >
          {t("reviews.action.newReview")}
        </Button>
      </div>
      {notice !== null && (
        <div className={styles.notice}>
          <NoticeBar layout="multiline" onDismiss={() => setNotice(null)}>
            {notice}
          </NoticeBar>
        </div>
      )}
      {view === "calibration" && selected !== null ? (
        <CalibrationPanel
          reviews={data.Reviews}
          managers={data.Managers}
          ratings={data.Ratings}
          cycleKey={selected.key}
          team={team}
          settings={settings}
        />
      ) : (
        <>
          <div className={styles.summary} aria-live="polite">
            <Text size={200}>
              {selected === null
                ? t("reviews.list.empty")
                : entries.length === 0
                  ? t("reviews.list.emptyFilter")
                  : t("reviews.list.summary", { count: entries.length, ...counts })}
            </Text>
          </div>
          {entries.length > 0 && (
            <WindowedList
              items={entries}
              rowHeight={REVIEW_ROW_PX}
              label={t("reviews.list.label")}
              renderItem={(entry) => (
                <ReviewRowButton
                  entry={entry}
                  onOpen={() => {
                    setNotice(null);
                    setEditing({ id: entry.id });
                  }}
                />
              )}
            />
          )}
        </>
      )}
      <OpenCycleDialog
        key={cycleOpenings}
        open={cycleOpen}
        onClose={() => setCycleOpen(false)}
        managers={data.Managers}
        reviews={data.Reviews}
        settings={settings}
        initialTeam={team}
        onDone={(message, key) => {
          setCycleOpen(false);
          setNotice(message);
          if (key !== null) setChosenKey(key);
          setView("list");
        }}
      />
    </Screen>
  );
}

/** One review: person and status on the first line, role, reviewer and overall on the second. */
function ReviewRowButton({ entry, onOpen }: { entry: ReviewEntry; onOpen: () => void }) {
  const { t, locale } = useKpiDesk();
  const styles = useStyles();
  const reviewer = entry.row.Reviewer?.trim() || t("reviews.list.noReviewer");
  return (
    <button type="button" className={styles.row} onClick={onOpen}>
      <span className={styles.name}>{entry.name}</span>
      <span className={styles.figure}>
        <Badge appearance="tint" color={STATUS_COLOR[entry.status]}>
          {enumLabel(entry.status, locale)}
        </Badge>
      </span>
      <span className={styles.meta}>
        {t("reviews.list.row", { role: enumLabel(entry.row.Role, locale), reviewer })}
      </span>
      <span className={styles.figure}>
        {entry.overall === null
          ? t("reviews.list.noOverall")
          : t("reviews.list.overall", { overall: formatScore(entry.overall, locale) })}
      </span>
    </button>
  );
}
