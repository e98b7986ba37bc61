/**
 * The Reviews screen's one score block: a title, the figure in large type (or what stands for it when there is
 * none), and small lines under it. The review form's Overall and goal results and the calibration's move dialog
 * all show their score through it.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link ScoreBlock}. */
export type ScoreBlockProps = {
  title: string;
  /** The figure as text; null shows `empty` instead. */
  value: string | null;
  empty: string;
  /** Small lines under the figure (null and false are left out). */
  notes?: readonly (string | null | false)[];
  /** "polite": announced as it changes (a live Overall); "off" for a figure that only changes with the data. */
  live?: "polite" | "off";
  /** Anything below the notes (a list of goals). */
  children?: ReactNode;
};

/**
 * @param props - title, figure, its stand-in, notes and whether it is announced.
 * @returns the block.
 */
export function ScoreBlock({ title, value, empty, notes = [], live = "off", children }: ScoreBlockProps) {
  const styles = useStyles();
  return (
    <div
      className={styles.block}
      role={live === "polite" ? "status" : "group"}
      aria-live={live}
      aria-label={title}
    >
      <Text weight="semibold">{title}</Text>
      {value === null ? (
        <Text className={styles.small}>{empty}</Text>
      ) : (
        <Text className={styles.value}>{value}</Text>
      )}
      {notes.map((note, i) =>
        note === null || note === false ? null : (
          <Text key={i} className={styles.small}>
            {note}
          </Text>
        ),
      )}
      {children}
    </div>
  );
}
