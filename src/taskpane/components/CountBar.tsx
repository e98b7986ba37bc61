/**
 * A list's head: how many entries it shows (read out by screen readers as it changes) at the start, the list's
 * buttons ("Add award", "Record a meeting") at the end; they wrap under it in a 320 px pane.
 */
import { Text, mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useLayoutStyles } from "./layout.styles";

/** Props of {@link CountBar}. */
export type CountBarProps = {
  /** The count in words ("3 awards in 2026-Q3"). */
  count: string;
  /** The list's buttons. */
  children?: ReactNode;
  /** Extra class of the bar (a screen's own padding or rule above it). */
  className?: string;
};

/**
 * @param props - the count and the buttons.
 * @returns the bar.
 */
export function CountBar({ count, children, className }: CountBarProps) {
  const styles = useLayoutStyles();
  return (
    <div className={mergeClasses(styles.bar, className)}>
      <Text className={styles.muted} aria-live="polite">
        {count}
      </Text>
      {children}
    </div>
  );
}
