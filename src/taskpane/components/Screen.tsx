/**
 * The frame of a screen: a spinner while its tables are first read, then the screen's `<section>` (named for
 * screen readers) with the read's failure on top (an ErrorBar with Retry) and the screen's content below; and the
 * screen's tabs, which scroll sideways rather than wrap in a 320 px pane.
 */
import { Spinner, Tab, TabList, makeStyles, mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ErrorBar } from "./ErrorBar";
import { layoutRules } from "./layout.styles";
import { useKpiDesk } from "../shell/KpiDeskContext";

const useStyles = makeStyles({
  screen: layoutRules.screen,
  // A screen whose list scrolls by itself (a windowed list) does not scroll as a whole.
  fixed: { overflowY: "visible" },
  notice: layoutRules.notice,
  tabs: layoutRules.tabs,
});

/** Props of {@link Screen}. */
export type ScreenProps = {
  /** The screen's name for screen readers. */
  label: string;
  /** True while the first read runs (nothing to show yet): the frame is a spinner. */
  loading: boolean;
  /** The last read's failure (null or undefined when none). */
  error?: unknown;
  /** Retry of the failed read. */
  onRetry?: () => void;
  /** False when the screen's own list scrolls (a windowed list): the screen then does not. */
  scrolls?: boolean;
  /** The screen's content (none when the screen has nothing to show but the read's failure). */
  children?: ReactNode;
};

/**
 * @param props - the name, the read's state and the content.
 * @returns the spinner, or the section.
 */
export function Screen({ label, loading, error, onRetry, scrolls = true, children }: ScreenProps) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  if (loading) return <Spinner className={styles.notice} label={t("tp.loading")} />;
  return (
    <section className={mergeClasses(styles.screen, !scrolls && styles.fixed)} aria-label={label}>
      {error != null && (
        <div className={styles.notice}>
          <ErrorBar error={error} onRetry={onRetry} />
        </div>
      )}
      {children}
    </section>
  );
}

/** Props of {@link ScreenTabs}. */
export type ScreenTabsProps<V extends string> = {
  /** The tab list's name for screen readers. */
  label: string;
  value: V;
  /** The tabs in order, each with its text. */
  tabs: readonly { value: V; text: string }[];
  onChange: (value: V) => void;
};

/**
 * @param props - the name, the selected tab, the tabs and the change handler.
 * @returns the screen's tab list.
 */
export function ScreenTabs<V extends string>({ label, value, tabs, onChange }: ScreenTabsProps<V>) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      selectedValue={value}
      onTabSelect={(_, d) => onChange(d.value as V)}
      aria-label={label}
    >
      {tabs.map((tab) => (
        <Tab key={tab.value} value={tab.value}>
          {tab.text}
        </Tab>
      ))}
    </TabList>
  );
}
