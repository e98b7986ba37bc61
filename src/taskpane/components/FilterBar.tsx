/**
 * The filter bar at the top of a screen: labelled selects (team, person, period, cycle…) that share a line when
 * the pane is wide enough and wrap in a 320 px pane, then the refresh button and any screen-specific buttons.
 */
import { Button, Spinner, makeStyles, mergeClasses, useId } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { ALL_TEAMS, NO_TEAM } from "../../domain/teams";
import { useKpiDesk } from "../shell/KpiDeskContext";
import { layoutRules } from "./layout.styles";
import { ChoicePicker } from "./ChoicePicker";
import { namedChoices, plainChoices, type Choice } from "./Options";

export { plainChoices };

const useStyles = makeStyles({
  filters: layoutRules.filters,
  filter: layoutRules.filter,
  end: { alignSelf: "flex-end" },
});

/** One choice of a filter. */
export type FilterChoice = Choice;

/** Props of {@link Filter}. */
export type FilterProps = {
  label: string;
  value: string;
  choices: readonly FilterChoice[];
  onChange: (value: string) => void;
  /** Shown (disabled) when there is nothing to choose; without it an empty filter is an empty select. */
  emptyText?: string;
  /** True while the screen's last action runs (the choice would change what it acts on). */
  disabled?: boolean;
};

/**
 * @param props - the label, the value, the choices and the change handler.
 * @returns one labelled select of the bar (searchable when it offers many choices: 2,000 people, 500 teams).
 */
export function Filter({ label, value, choices, onChange, emptyText, disabled = false }: FilterProps) {
  const styles = useStyles();
  const id = useId("filter");
  const empty = choices.length === 0 && emptyText !== undefined;
  return (
    <div className={styles.filter}>
      <label htmlFor={id}>{label}</label>
      <ChoicePicker
        id={id}
        size="small"
        value={value}
        choices={choices}
        none={empty ? emptyText : undefined}
        disabled={empty || disabled}
        onChange={onChange}
      />
    </div>
  );
}

/** Props of {@link TeamFilter}. */
export type TeamFilterProps = {
  /** Defaults to "Team". */
  label?: string;
  value: string;
  /** The teams, sorted, and whether anyone has no team. */
  teams: { teams: readonly string[]; hasNoTeam: boolean };
  onChange: (value: string) => void;
};

/**
 * @param props - the label, the value, the teams and the change handler.
 * @returns the team select: all teams, each team, and "no team" when someone has none.
 */
export function TeamFilter({ label, value, teams, onChange }: TeamFilterProps) {
  const { t } = useKpiDesk();
  const choices = [
    { value: ALL_TEAMS, text: t("tp.filter.allTeams") },
    ...plainChoices(teams.teams),
    ...(teams.hasNoTeam ? [{ value: NO_TEAM, text: t("tp.filter.noTeam") }] : []),
  ];
  return <Filter label={label ?? t("tp.team.filter")} value={value} choices={choices} onChange={onChange} />;
}

/** Props of {@link PersonFilter}. */
export type PersonFilterProps = {
  label: string;
  /** The chosen person's id ("" when none). */
  value: string;
  /** The people offered (id, name and team), in the order to offer them. */
  people: readonly { id: string; name: string; team?: string | null }[];
  onChange: (id: string) => void;
};

/**
 * @param props - the label, the chosen id, the people and the change handler.
 * @returns the person select, each person shown by name (and found by name or team when there are many).
 */
export function PersonFilter({ label, value, people, onChange }: PersonFilterProps) {
  return <Filter label={label} value={value} choices={namedChoices(people)} onChange={onChange} />;
}

/** Props of {@link PeriodFilter}. */
export type PeriodFilterProps = {
  /** Defaults to "Period". */
  label?: string;
  value: string;
  /** The periods' texts, newest or current first, shown as they are. */
  periods: readonly string[];
  onChange: (value: string) => void;
};

/**
 * @param props - the label, the value, the periods and the change handler.
 * @returns the period select.
 */
export function PeriodFilter({ label, value, periods, onChange }: PeriodFilterProps) {
  const { t } = useKpiDesk();
  return (
    <Filter
      label={label ?? t("tp.team.periodLabel")}
      value={value}
      choices={plainChoices(periods)}
      onChange={onChange}
    />
  );
}

/** Props of {@link FilterBar}. */
export type FilterBarProps = {
  /** The filters (`TeamFilter`, `Filter`), then anything else the bar holds (an import button). */
  children: ReactNode;
  /** When given, the bar ends with a Refresh button calling it. */
  onRefresh?: () => void;
  /** True while the screen reads its tables: the refresh button spins and waits. */
  loading?: boolean;
  className?: string;
};

/**
 * @param props - the filters, refresh, loading.
 * @returns the bar.
 */
export function FilterBar({ children, onRefresh, loading = false, className }: FilterBarProps) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.filters, className)}>
      {children}
      {onRefresh && (
        <Button
          className={styles.end}
          size="small"
          appearance="subtle"
          icon={loading ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
          aria-label={t("tp.refresh")}
          title={t("tp.refresh")}
          disabled={loading}
          onClick={onRefresh}
        />
      )}
    </div>
  );
}
