/**
 * The review form's goal results: the person's composite score for the review's period and each goal's actual
 * against target, attainment and score, read-only, from the pane's team book (the report's figures).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { formatPercent } from "../../../format";
import { useFigure } from "../../hooks/useMoney";
import { goalResults, type GoalResults } from "../../../domain/reviews/goalResults";
import { formatScore } from "../../../domain/reviews/cycles";
import { useBook } from "../../hooks/useBook";
import { errorText } from "../../shell/errorText";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { ScoreBlock } from "./ScoreBlock";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  kpi: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  small: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});

/** Props of {@link GoalResultsBlock}. */
export type GoalResultsBlockProps = {
  /** The ManagerID. */
  person: string;
  name: string;
  /** The review's period. */
  period: string;
};

/**
 * @param props - the person and the review's period.
 * @returns the block (a spinner-free placeholder until the book is read).
 */
export function GoalResultsBlock({ person, name, period }: GoalResultsBlockProps) {
  const { t, locale, today } = useKpiDesk();
  const figure = useFigure();
  const styles = useStyles();
  const { book } = useBook();
  const view = useMemo((): { results: GoalResults | null; error: unknown } => {
    if (!book) return { results: null, error: null };
    try {
      return { results: goalResults(book.period(period, today), person), error: null };
    } catch (error) {
      return { results: null, error };
    }
  }, [book, period, today, person]);
  const title = t("reviews.goals.title", { period });
  const points = (score: number) => formatScore(Math.round(score * 10) / 10, locale);

  if (view.error != null) {
    return (
      <ScoreBlock
        title={title}
        value={null}
        empty={t("reviews.goals.unavailable", { message: errorText(view.error, locale).message })}
      />
    );
  }
  const results = view.results;
  if (results === null) return null;
  if (!results.inPeriod) {
    return <ScoreBlock title={title} value={null} empty={t("reviews.goals.notInPeriod", { name, period })} />;
  }
  return (
    <ScoreBlock
      title={title}
      value={
        results.composite === null
          ? null
          : t("reviews.goals.compositeValue", { score: points(results.composite) })
      }
      empty={t("reviews.goals.compositeNone")}
      notes={[
        results.projected !== null && t("reviews.goals.projected", { score: points(results.projected) }),
        results.rating !== null &&
          // Mid-period the report rates the composite the person is heading for, not the one to date.
          t(results.basis === "projected" ? "reviews.goals.ratingProjected" : "reviews.goals.rating", {
            rating: results.rating,
          }),
        results.goals.length === 0 && t("reviews.goals.none", { period }),
      ]}
    >
      {results.goals.length > 0 && (
        <ul className={styles.list} aria-label={t("reviews.goals.list")}>
          {results.goals.map((g) => (
            <li key={g.goalId} className={styles.item}>
              <span className={styles.kpi}>{g.kpiName}</span>
              <span className={styles.small}>
                {g.actual === null || g.target === null || g.attainment === null || g.score === null
                  ? t("reviews.goals.noActual", {
                      target: g.target === null ? "—" : figure(g.target, g.unit),
                    })
                  : t("reviews.goals.line", {
                      actual: figure(g.actual, g.unit),
                      target: figure(g.target, g.unit),
                      attainment: formatPercent(g.attainment, 0),
                      score: points(g.score),
                    })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </ScoreBlock>
  );
}
