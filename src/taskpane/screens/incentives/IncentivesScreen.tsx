/**
 * Incentives: the plans list and the plan editor (points grid, live chart, worked example, what-if cost), and
 * recognition awards — filtered by team and period. Opening a plan replaces the list with its editor (there is no
 * room for both at 320 px); closing it returns focus to the plan's button.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { MessageKey } from "../../../i18n";
import { readSettings } from "../../../model";
import { FilterBar, PeriodFilter, TeamFilter } from "../../components/FilterBar";
import { Screen, ScreenTabs } from "../../components/Screen";
import { useDerived } from "../../hooks/useBook";
import { useTeamChoices } from "../../hooks/useTeamChoices";
import { useTables } from "../../hooks/useTables";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import {
  ALL_TEAMS,
  INCENTIVES_TABLES,
  incentivePeriods,
  planEntries,
  type PlanEntry,
} from "./incentivesView";
import { PlanEditor } from "./PlanEditor";
import { PlanList } from "./PlanList";
import { RecognitionPanel } from "./RecognitionPanel";

/** The parts of the screen, in tab order, each with its tab's text. */
const VIEWS = [
  { value: "plans", key: "incentives.tab.plans" },
  { value: "recognition", key: "incentives.tab.recognition" },
] as const satisfies readonly { value: string; key: MessageKey }[];
/** Which part of the screen is shown. */
type View = (typeof VIEWS)[number]["value"];

const NO_ENTRIES: PlanEntry[] = [];

/** What the editor is editing: a plan by id, or a new plan (`planId` null until it is saved). */
interface Editing {
  /** Remounts the editor only when another plan is opened, not when a new plan is saved. */
  session: number;
  planId: string | null;
}

/**
 * @returns the Incentives screen.
 */
export function IncentivesScreen() {
  const { t, locale, today } = useKpiDesk();
  const { data, error, loading, refresh } = useTables(INCENTIVES_TABLES);
  const [team, setTeam] = useState(ALL_TEAMS);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const [view, setView] = useState<View>("plans");
  const [editing, setEditing] = useState<Editing | null>(null);
  const sessions = useRef(0);
  // Focus goes back to the button that opened the editor once the list is shown again.
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const newButton = useRef<HTMLButtonElement | null>(null);
  const [returnTo, setReturnTo] = useState<{ planId: string | null } | null>(null);

  const periods = useMemo(
    () => (data ? incentivePeriods(today, readSettings(data.Settings).settings.fiscalYearStart) : []),
    [data, today],
  );
  const period = periods.find((p) => p.text === chosenPeriod) ?? periods[0] ?? null;
  // Teams and the plan list are kept in the pane's team book: a visit back finds them built.
  const teams = useTeamChoices(data, INCENTIVES_TABLES);
  const entries =
    useDerived(
      data,
      INCENTIVES_TABLES,
      `incentives:plans:${period?.text ?? ""}\u0000${team}`,
      (rows) => (period ? planEntries(rows.Plans, rows.Managers, period, team) : []),
      locale,
    ) ?? NO_ENTRIES;

  useEffect(() => {
    if (returnTo === null || editing !== null) return;
    const target = returnTo.planId === null ? newButton.current : buttons.current.get(returnTo.planId);
    (target ?? newButton.current)?.focus();
    setReturnTo(null);
  }, [returnTo, editing]);

  const editedPlan =
    editing && editing.planId !== null && data
      ? (data.Plans.find((p) => p.PlanID.trim() === editing.planId) ?? null)
      : null;

  return (
    <Screen label={t("incentives.screen")} loading={!data && loading} error={error} onRetry={refresh}>
      <FilterBar onRefresh={refresh} loading={loading}>
        <TeamFilter value={team} teams={teams} onChange={setTeam} />
        <PeriodFilter value={period?.text ?? ""} periods={periods.map((p) => p.text)} onChange={setPeriod} />
      </FilterBar>
      <ScreenTabs
        label={t("incentives.tabs")}
        value={view}
        tabs={VIEWS.map((v) => ({ value: v.value, text: t(v.key) }))}
        onChange={setView}
      />

      {data && period && view === "plans" && editing === null && (
        <PlanList
          entries={entries}
          period={period.text}
          onOpen={(planId) => setEditing({ session: ++sessions.current, planId })}
          onNew={() => setEditing({ session: ++sessions.current, planId: null })}
          buttonRef={(planId) => (el) => {
            buttons.current.set(planId, el);
          }}
          newRef={(el) => {
            newButton.current = el;
          }}
        />
      )}
      {data && period && view === "plans" && editing !== null && (
        <PlanEditor
          key={editing.session}
          tables={data}
          plan={editedPlan}
          period={period.text}
          team={team}
          onSaved={(planId) => setEditing((e) => (e ? { ...e, planId } : e))}
          onClose={() => {
            setReturnTo({ planId: editing.planId });
            setEditing(null);
          }}
        />
      )}
      {data && period && view === "recognition" && (
        <RecognitionPanel awards={data.Recognition} managers={data.Managers} period={period} team={team} />
      )}
    </Screen>
  );
}
