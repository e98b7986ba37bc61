/**
 * The "Data problems" bar: every duplicate id and merged table cell found when the tables were read, each naming
 * the sheet, the Excel row and the column header — the same lines as the report's data flags. Nothing is shown
 * when there is no problem.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { DataProblem } from "../../model";
import { dataProblemText } from "../../format";
import { useKpiDesk } from "../shell/KpiDeskContext";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    maxHeight: "160px",
    overflowY: "auto",
  },
});

/**
 * @param props - the problems found.
 * @returns a warning bar listing every problem, or nothing.
 */
export function DataProblems({ problems }: { problems: readonly DataProblem[] }) {
  const { locale, t } = useKpiDesk();
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("tp.dataProblems.title", { count: problems.length })}</MessageBarTitle>
        {t("tp.dataProblems.intro")}
        <ul className={styles.list} aria-label={t("tp.dataProblems.title", { count: problems.length })}>
          {problems.map((problem, i) => (
            <li key={i}>{dataProblemText(problem, locale)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
