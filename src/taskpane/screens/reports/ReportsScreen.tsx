/**
 * Reports: choose a period (this quarter by default, or any period that has goals) and a scope (the whole team or
 * one Team), generate the period report into the workbook — the same `generateReport` as the ribbon's *Generate
 * report* and the CLI — with progress, then see which sheets were written; below, every sheet the add-in has
 * generated in this workbook. "Open" shows a report sheet (in Excel it becomes the active sheet; the preview shows
 * its cells), from the success message and from each sheet of the list.
 */
import { Button, Field, Select, Spinner, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { DocumentTableRegular, OpenRegular } from "@fluentui/react-icons";
import { useCallback, useMemo, useState } from "react";
import { formatNumber } from "../../../format";
import { generateReport, teamsOf } from "../../../workbook/generateReport";
import type { WorkbookPort } from "../../../workbook/port";
import { LongAction } from "../../components/LongAction";
import { ErrorBar } from "../../components/ErrorBar";
import { plainChoices } from "../../components/FilterBar";
import { NoticeBar } from "../../components/NoticeBar";
import { ChoicePicker } from "../../components/ChoicePicker";
import { Options } from "../../components/Options";
import { layoutRules } from "../../components/layout.styles";
import { useAction } from "../../hooks/useAction";
import { useRevisionRead } from "../../hooks/useRevisionRead";
import { useTables } from "../../hooks/useTables";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { REPORT_CHOICE_TABLES, WHOLE_TEAM, reportPeriods } from "./reportsView";

const useStyles = makeStyles({
  screen: layoutRules.page,
  title: layoutRules.heading,
  intro: layoutRules.soft,
  choices: {
    display: "grid",
    // Side by side only where the period's longest choice fits whole ("2026-Q2 (this quarter)"): stacked at 320 px.
    gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  choice: { minWidth: 0 },
  // A select is as wide as its longest option unless told otherwise; a long Team name must not widen the pane.
  select: { minWidth: 0, maxWidth: "100%" },
  selectInner: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  list: { ...layoutRules.list, gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground1 },
  name: { flexGrow: 1, minWidth: 0 },
  written: { ...layoutRules.list, marginTop: tokens.spacingVerticalXS },
  // A sheet's name is its button's text: it wraps rather than widen a 320 px pane.
  sheet: {
    justifyContent: "flex-start",
    textAlign: "start",
    minWidth: 0,
    paddingLeft: 0,
    overflowWrap: "anywhere",
  },
});

/** The report sheets the workbook holds (a new report among them after a write). */
const listGenerated = (port: WorkbookPort) => port.listGeneratedSheets();

/**
 * @returns the Reports screen.
 */
export function ReportsScreen() {
  const { port, locale, t, today } = useKpiDesk();
  const styles = useStyles();
  const listId = useId("reports-generated");
  const { data, error, loading, refresh } = useTables(REPORT_CHOICE_TABLES);
  const choices = useMemo(
    () => (data ? reportPeriods(data.Goals, data.Settings, today) : null),
    [data, today],
  );
  const scopes = useMemo(
    () => [
      { value: WHOLE_TEAM, text: t("reports.scope.all") },
      ...(data ? plainChoices(teamsOf(data.Managers)) : []),
    ],
    [data, t],
  );
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const [scope, setScope] = useState(WHOLE_TEAM);
  const period = chosenPeriod ?? choices?.current ?? "";

  const report = useAction((onProgress, p: string, s: string) =>
    generateReport(port, { period: p, scope: s === WHOLE_TEAM ? null : s, asOf: today, locale, onProgress }),
  );
  const running = report.status === "running";

  // The generated sheets, listed again after every write through the pane (a new report among them).
  const generated = useRevisionRead(listGenerated);

  // Showing a sheet writes nothing, so it is not an action that makes every screen read again.
  const [openError, setOpenError] = useState<unknown>(null);
  const open = useCallback(
    (sheet: string) => {
      setOpenError(null);
      port.activateSheet?.(sheet).catch(setOpenError);
    },
    [port],
  );
  const canOpen = port.activateSheet !== undefined;

  if (!data && loading) return <Spinner className={styles.screen} label={t("tp.loading")} />;
  const result = report.status === "done" ? report.result : undefined;
  const average = result?.figures.averageComposite ?? null;

  return (
    <section className={styles.screen} aria-label={t("reports.screen")}>
      <h2 className={styles.title}>{t("reports.title")}</h2>
      <Text className={styles.intro}>{t("reports.intro")}</Text>
      {error != null && <ErrorBar error={error} onRetry={refresh} />}
      <div className={styles.choices}>
        <Field label={t("reports.period")} className={styles.choice}>
          <Select
            className={styles.select}
            select={{ className: styles.selectInner }}
            value={period}
            disabled={running || !choices}
            onChange={(_, d) => {
              setPeriod(d.value);
              report.reset();
            }}
          >
            <Options
              choices={(choices?.periods ?? []).map((p) => ({
                value: p,
                text: p === choices?.current ? t("reports.period.current", { period: p }) : p,
              }))}
            />
          </Select>
        </Field>
        <Field label={t("reports.scope")} className={styles.choice}>
          <ChoicePicker
            className={styles.select}
            selectClassName={styles.selectInner}
            value={scope}
            choices={scopes}
            disabled={running}
            onChange={(value) => {
              setScope(value);
              report.reset();
            }}
          />
        </Field>
      </div>
      <LongAction
        action={report}
        label={t("reports.generate")}
        disabled={period === ""}
        onRun={() => void report.run(period, scope)}
        runningLabel={t("reports.running")}
        steps="reports.progress"
        failedTitle="reports.failed"
      />
      {result && (
        <NoticeBar
          layout="multiline"
          title={t("reports.done.title", { period: result.period, count: result.sheets.length })}
        >
          {/* Its own line: in a multiline bar the text would run on after the title. */}
          <div>
            {t("reports.done.body", {
              people: result.figures.people,
              average: average === null ? t("reports.none") : formatNumber(average, 1),
            })}
          </div>
          {/* The sheets written, the scorecard first, each one a press away in Excel. */}
          <ul className={styles.written} aria-label={t("reports.done.sheets")}>
            {result.sheets.map((name) => (
              <li key={name}>
                {canOpen ? (
                  <Button
                    className={styles.sheet}
                    size="small"
                    appearance="transparent"
                    icon={<OpenRegular />}
                    aria-label={t("reports.open.sheet", { sheet: name })}
                    onClick={() => open(name)}
                  >
                    {name}
                  </Button>
                ) : (
                  name
                )}
              </li>
            ))}
          </ul>
        </NoticeBar>
      )}
      {openError != null && (
        <ErrorBar error={openError} titleKey="reports.open.failed" onDismiss={() => setOpenError(null)} />
      )}
      <h3 className={styles.title} id={listId}>
        {t("reports.generated")}
      </h3>
      {generated.error != null ? (
        <ErrorBar error={generated.error} />
      ) : generated.value === null ? (
        <Spinner size="tiny" label={t("reports.generated.loading")} />
      ) : generated.value.length === 0 ? (
        <Text>{t("reports.generated.empty")}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={listId}>
          {generated.value.map((name) => (
            <li key={name} className={styles.item}>
              <DocumentTableRegular className={styles.icon} aria-hidden />
              <Text className={styles.name}>{name}</Text>
              {canOpen && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<OpenRegular />}
                  aria-label={t("reports.open.sheet", { sheet: name })}
                  title={t("reports.open.sheet", { sheet: name })}
                  onClick={() => open(name)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
