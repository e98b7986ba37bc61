/**
 * Team: the cockpit — the roster (name, team, level, status, composite score and overdue tasks for a period),
 * filtered by team and period, searchable by name or id and sortable by score, attainment, payout or risk; one
 * "needs attention" list for the team; and a page per person (a click or Enter on a row), from which Back returns
 * to the roster as it was left (filters, search, sort, scroll). Windowed, so a team of 2,000 scrolls smoothly.
 */
import {
  Badge,
  Button,
  Input,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ChevronRightRegular, SearchRegular } from "@fluentui/react-icons";
import { Suspense, useEffect, useMemo, useRef, useState } from "react";
import {
  ROSTER_SORTS,
  searchRoster,
  sortRoster,
  type CockpitFigures,
  type RosterSort,
} from "../../../book/cockpit"; // not the book's index: it would pull the person page's code into the first screen
import { REPORT_TABLES } from "../../../domain/input";
import { formatPercent } from "../../../format";
import type { Locale, MessageKey } from "../../../i18n";
import { DataProblems } from "../../components/DataProblems";
import { Filter, FilterBar, PeriodFilter, TeamFilter } from "../../components/FilterBar";
import { Screen } from "../../components/Screen";
import { WindowedList } from "../../components/WindowedList";
import { useBook, useBookFor } from "../../hooks/useBook";
import { useMoney } from "../../hooks/useMoney";
import { useTables } from "../../hooks/useTables";
import { layoutRules } from "../../components/layout.styles";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { LoadBoundary } from "../../shell/LoadBoundary";
import { lazyWithStrings } from "../../shell/lazyWithStrings";
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

/**
 * Row height of the roster: three lines of text and padding — the level has a line of its own, so at 320 px a
 * "Principal Account Manager" beside "1 overdue" shows whole (on the team's line it was cut in English).
 */
export const ROSTER_ROW_PX = 72;

const useStyles = makeStyles({
  summary: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground2,
  },
  notice: layoutRules.notice,
  name: layoutRules.rowName,
  meta: layoutRules.rowMeta,
  figure: { justifySelf: "end" },
  /** The roster row's third line, across both columns. */
  across: { gridColumn: "1 / -1" },
  rowButton: layoutRules.rowButton,
  search: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}` },
  searchInput: { width: "100%" },
  // The attention line's place while it is counted, as high as the line (AttentionPanel's panel and toggle).
  pending: {
    display: "flex",
    flexDirection: "column",
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
  },
  pendingToggle: { justifyContent: "flex-start", paddingLeft: 0 },
});

// The person page and the attention list are chunks of their own, loaded with their strings when shown: the
// roster's first paint waits for neither (the pane's first screen has a 250 KB budget). The person page's Print
// statement lays out a report sheet, so the report's strings come with it.
// The cockpit's figures and attention list are computed when the whole period picture is: their code follows the
// roster's first rows too.
const cockpitCode = () => import(/* webpackChunkName: "cockpit" */ "../../../book/attention");
type CockpitCode = Awaited<ReturnType<typeof cockpitCode>>;
/** That code once loaded: a later visit of the screen has it from its first render. */
let loadedCockpit: CockpitCode | null = null;

const AttentionPanel = lazyWithStrings(["person"], () =>
  import("./AttentionPanel").then((m) => m.AttentionPanel),
);
const PersonPage = lazyWithStrings(["person", "report"], () =>
  import("./PersonPage").then((m) => m.PersonPage),
);

/** Read beside the roster's tables for their data problems only. */
const PAYOUT_TABLES = ["Payouts"] as const;

/**
 * What the cockpit's figures and attention list read (the period picture): every table the report reads. The
 * roster's first rows do not wait for them (useBook reads the roster's tables first).
 */
const COCKPIT_TABLES = REPORT_TABLES;

const SORT_LABELS: Record<RosterSort, MessageKey> = {
  roster: "cockpit.sort.roster",
  score: "cockpit.sort.score",
  attainment: "cockpit.sort.attainment",
  payout: "cockpit.sort.payout",
  risk: "cockpit.sort.risk",
};

const NO_FIGURES: ReadonlyMap<string, CockpitFigures> = new Map();

/**
 * @returns the Team screen.
 */
export function TeamScreen() {
  const { t, locale, today } = useKpiDesk();
  const styles = useStyles();
  const { data, error, loading, refresh } = useTables(ROSTER_TABLES);
  // While the first book's other tables are read, its first part holds the roster's tables — the CRM tables
  // only in the columns the roster's figures count (useBook), so `useTables` waits for them; the roster is
  // computed from the part meanwhile.
  const shared = useBook();
  const part = !data && shared.book === null && shared.part?.holdsAll(ROSTER_TABLES) ? shared.part : null;
  // The report's other tables: the period picture's, and their data problems. Until they are read the data
  // problems are not listed (a list of some tables' problems would read as all of them).
  const whole = useTables(COCKPIT_TABLES);
  // Payouts feed no roster figure, but the report lists their data problems too, so the pane lists the same ones.
  // A workbook set up before the Payouts table existed simply has none to list (the read's failure is not shown).
  const payouts = useTables(PAYOUT_TABLES);
  const problems = useMemo(
    () => (whole.data ? [...whole.problems, ...payouts.problems] : []),
    [whole.data, whole.problems, payouts.problems],
  );
  const [team, setTeam] = useState(ALL_TEAMS);
  const settings = data ?? (part ? part.pick(["Settings"]) : null);
  const periods = useMemo(
    () => (settings ? rosterPeriods(today, fiscalYearStartOf(settings)) : []),
    [settings, today],
  );
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const period = chosenPeriod ?? periods[0]?.text ?? null;

  // The book the rows came from (the first book's first part, until the rest is read).
  const book = useBookFor(data, ROSTER_TABLES, locale) ?? part;
  // The book holding the period picture's tables: its picture is computed once and shared (switching back costs
  // nothing).
  const wholeBook = useBookFor(whole.data, COCKPIT_TABLES, locale);
  const roster = useMemo(() => {
    if (!book || period === null) return { entries: [] as RosterEntry[], error: null as unknown };
    try {
      return { entries: buildRoster(book, period, today), error: null };
    } catch (caught) {
      return { entries: [] as RosterEntry[], error: caught };
    }
  }, [book, period, today]);
  const { teams, hasNoTeam } = useMemo(() => teamsOf(roster.entries, locale), [roster.entries, locale]);
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<RosterSort>("roster");
  // The person whose page is open; the roster keeps its filters, search, sort and scroll meanwhile.
  const [openId, setOpenId] = useState<string | null>(null);
  const scroll = useRef(0);
  const returnTo = useRef<string | null>(null);
  // The cockpit's figures and attention list read the whole period picture: when it is not computed yet, the
  // roster's rows are shown first and the picture is computed just after they are painted (until then the
  // attention list is not shown and the other sorts show no figure).
  const [code, setCode] = useState<CockpitCode | null>(loadedCockpit);
  const cockpitReady =
    !!code && !!wholeBook && period !== null && roster.error === null && wholeBook.hasPeriod(period, today);
  const [computed, setComputed] = useState<{ book: unknown; period: string; error: unknown } | null>(null);
  useEffect(() => {
    if (!wholeBook || period === null || roster.error !== null || cockpitReady) return;
    let live = true;
    const timer = setTimeout(() => {
      cockpitCode().then(
        (loaded) => {
          if (!live) return;
          try {
            wholeBook.period(period, today);
            setComputed({ book: wholeBook, period, error: null });
          } catch (caught) {
            setComputed({ book: wholeBook, period, error: caught });
          }
          loadedCockpit = loaded;
          setCode(loaded);
        },
        (caught: unknown) => live && setComputed({ book: wholeBook, period, error: caught }),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wholeBook, period, today, roster.error, cockpitReady]);
  const cockpitError =
    computed && computed.book === wholeBook && computed.period === period ? computed.error : null;
  const cockpit = useMemo(() => {
    if (!code || !wholeBook || period === null || !cockpitReady) return null;
    return {
      figures: code.cockpitFigures(wholeBook, period, today),
      attention: code.attentionList(wholeBook, period, today),
    };
  }, [code, wholeBook, period, today, cockpitReady]);
  const figures = cockpit?.figures ?? NO_FIGURES;
  const shown = useMemo(
    () => sortRoster(searchRoster(filterByTeam(roster.entries, team), query), sort, figures),
    [roster.entries, team, query, sort, figures],
  );
  const open = (id: string) => setOpenId(id);
  const back = () => {
    returnTo.current = openId;
    setOpenId(null);
  };

  const failure = error ?? roster.error ?? whole.error ?? cockpitError;
  const first = !book && loading;
  if (!first && openId !== null && period !== null) {
    return (
      <LoadBoundary name={t("tp.load.personPage")} className={styles.notice}>
        <Suspense fallback={<Spinner className={styles.notice} label={t("tp.loading")} />}>
          <PersonPage id={openId} period={period} onBack={back} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return (
    <Screen label={t("tp.screen.team")} loading={first} error={failure} onRetry={refresh} scrolls={false}>
      {problems.length > 0 && (
        <div className={styles.notice}>
          <DataProblems problems={problems} />
        </div>
      )}
      <FilterBar onRefresh={refresh} loading={loading}>
        <TeamFilter value={team} teams={{ teams, hasNoTeam }} onChange={setTeam} />
        <PeriodFilter value={period ?? ""} periods={periods.map((p) => p.text)} onChange={setPeriod} />
        <Filter
          label={t("cockpit.sort")}
          value={sort}
          choices={ROSTER_SORTS.map((value) => ({ value, text: t(SORT_LABELS[value]) }))}
          onChange={(value) => setSort(value as RosterSort)}
        />
      </FilterBar>
      <div className={styles.search}>
        <Input
          className={styles.searchInput}
          size="small"
          type="search"
          contentBefore={<SearchRegular />}
          aria-label={t("cockpit.search")}
          placeholder={t("cockpit.search")}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
        />
      </div>
      <div className={styles.summary}>
        <Text size={200} aria-live="polite">
          {t("tp.team.count", { count: shown.length })}
        </Text>
        <Reminders variant="count" />
      </div>
      {period !== null && cockpit ? (
        <LoadBoundary name={t("tp.load.attention")} className={styles.notice}>
          <Suspense fallback={<AttentionPending />}>
            <AttentionPanel items={cockpit.attention} period={period} onOpenPerson={open} />
          </Suspense>
        </LoadBoundary>
      ) : (
        // Until the whole book is in, the line's place is kept: the roster does not move under the finger when the
        // count arrives (at 2,000 people, seconds after the first rows).
        period !== null && !first && !failure && <AttentionPending />
      )}
      {book && book.rows("Managers").length === 0 ? (
        <Text className={styles.notice}>{t("tp.team.empty")}</Text>
      ) : shown.length === 0 && query.trim() !== "" ? (
        <Text className={styles.notice}>{t("cockpit.noMatch", { query: query.trim() })}</Text>
      ) : (
        <WindowedList
          items={shown}
          rowHeight={ROSTER_ROW_PX}
          label={t("tp.team.roster")}
          scrollMemory={scroll}
          renderItem={(entry) => (
            <RosterRow
              entry={entry}
              locale={locale}
              sort={sort}
              figures={figures.get(entry.id) ?? null}
              onOpen={open}
              returnTo={returnTo}
            />
          )}
        />
      )}
    </Screen>
  );
}

/** The "needs attention" line while its count is not known yet: its place, said to be counting. */
function AttentionPending() {
  const { t } = useKpiDesk();
  const styles = useStyles();
  return (
    <div className={styles.pending}>
      <Button
        className={styles.pendingToggle}
        appearance="transparent"
        size="small"
        icon={<ChevronRightRegular />}
        disabled
      >
        {t("cockpit.attention.counting")}
      </Button>
    </div>
  );
}

/** Props of {@link RosterRow}. */
type RosterRowProps = {
  entry: RosterEntry;
  locale: Locale;
  sort: RosterSort;
  figures: CockpitFigures | null;
  onOpen: (id: string) => void;
  /** The person whose page was just closed: their row takes the focus back when it appears. */
  returnTo: { current: string | null };
};

/**
 * One person, a button opening their page: name and the sorted figure (the score by default) on the first line,
 * the level and overdue tasks on the second, team · status on the third.
 */
function RosterRow({ entry, locale, sort, figures, onOpen, returnTo }: RosterRowProps) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  const meta = [entry.team ?? t("tp.team.noTeam"), entry.status].filter((x) => x !== null).join(" · ");
  const score = entry.composite === null ? null : formatScore(entry.composite, locale);
  const focusBack = (element: HTMLButtonElement | null) => {
    if (element && returnTo.current === entry.id) {
      returnTo.current = null;
      element.focus();
    }
  };
  return (
    <button
      type="button"
      ref={focusBack}
      className={styles.rowButton}
      aria-label={t("cockpit.open", { name: entry.name })}
      onClick={() => onOpen(entry.id)}
    >
      <span className={styles.name}>{entry.name}</span>
      <span className={styles.figure}>
        {sort === "attainment" || sort === "payout" || sort === "risk" ? (
          <SortedFigure sort={sort} figures={figures} />
        ) : score === null ? (
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
      <span className={styles.meta} data-part="level">
        {entry.level ?? ""}
      </span>
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
      <span className={mergeClasses(styles.meta, styles.across)} data-part="team">
        {meta}
      </span>
    </button>
  );
}

/** The figure the roster is sorted by, in the score's place. */
function SortedFigure({
  sort,
  figures,
}: {
  sort: "attainment" | "payout" | "risk";
  figures: CockpitFigures | null;
}) {
  const { t } = useKpiDesk();
  const money = useMoney();
  const styles = useStyles();
  const none = (
    <Text size={200} className={styles.meta}>
      {t("cockpit.figure.none")}
    </Text>
  );
  if (!figures) return none;
  if (sort === "attainment") {
    return figures.attainment === null ? (
      none
    ) : (
      <Badge appearance="tint" color={figures.attainment >= 1 ? "success" : "brand"}>
        {t("cockpit.figure.attainment", { value: formatPercent(figures.attainment, 0) })}
      </Badge>
    );
  }
  if (sort === "payout") {
    return figures.payout === null ? (
      none
    ) : (
      <Badge appearance="tint" color="brand">
        {t("cockpit.figure.payout", { amount: money(figures.payout) })}
      </Badge>
    );
  }
  return (
    <Badge appearance="tint" color={figures.high > 0 ? "danger" : figures.medium > 0 ? "warning" : "success"}>
      {t("cockpit.figure.risk", { high: figures.high, medium: figures.medium })}
    </Badge>
  );
}

function formatScore(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
