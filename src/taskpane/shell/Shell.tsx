/**
 * The pane's frame: header (name, language), then either the first-run set-up (no KPI Desk table yet) or the
 * navigation and the selected screen. The result of a set-up is shown above the screens until dismissed.
 */
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useMemo, useState } from "react";
import { describeSetUp, type SetUpResult } from "../../workbook/setup";
import { ErrorBar } from "../components/ErrorBar";
import { NoticeBar } from "../components/NoticeBar";
import { useWorkbookTables } from "../hooks/useWorkbookTables";
import { SCREENS, type ScreenDefinition } from "../screens/registry";
import { Reminders } from "../screens/goals/Reminders";
import { useSavedLanguage } from "../screens/settings/useSavedLanguage";
import { SetUpForm } from "../setup/SetUpForm";
import { useKpiDesk } from "./KpiDeskContext";
import { LanguageMenu } from "./LanguageMenu";
import { LoadBoundary } from "./LoadBoundary";
import { Navigation, panelId, tabId } from "./Navigation";
import { PaneNavigationProvider, type PaneFocus, type PaneNavigation } from "./PaneNavigation";

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    minWidth: "300px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    flexShrink: 0,
  },
  appName: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  notices: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  panel: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0 },
  center: { padding: tokens.spacingVerticalXXL },
});

/** Props of {@link Shell}. */
export type ShellProps = {
  /** The screens to offer (the registry by default; tests may pass their own). */
  screens?: readonly ScreenDefinition[];
};

/**
 * @param props - the screens.
 * @returns the pane.
 */
export function Shell({ screens = SCREENS }: ShellProps) {
  const { t, languageError, dismissLanguageError } = useKpiDesk();
  // The language saved in the workbook (Settings) wins over Office's display language.
  useSavedLanguage();
  const styles = useStyles();
  const tables = useWorkbookTables();
  const [selected, setSelected] = useState(screens[0]?.id ?? "");
  const [setUpResult, setSetUpResult] = useState<SetUpResult | null>(null);
  const [focus, setFocus] = useState<PaneFocus | null>(null);
  const screen = screens.find((s) => s.id === selected) ?? screens[0];
  const navigation = useMemo<PaneNavigation>(
    () => ({
      go: (id, person = null, section = null) => {
        setFocus({ screen: id, person, section });
        setSelected(id);
      },
      focus,
    }),
    [focus],
  );
  // A screen picked in the navigation opens as usual, on no one in particular.
  const select = (id: string) => {
    setFocus(null);
    setSelected(id);
  };

  let body;
  if (tables.error) {
    body = (
      <div className={styles.notices}>
        <ErrorBar error={tables.error} onRetry={tables.retry} />
      </div>
    );
  } else if (!tables.present) {
    body = <Spinner className={styles.center} label={t("tp.loading")} />;
  } else if (tables.present.length === 0) {
    body = <SetUpForm mode="firstRun" onDone={setSetUpResult} />;
  } else {
    const Screen = screen.component;
    body = (
      <>
        <Navigation screens={screens} selected={screen.id} onSelect={select} />
        <Reminders />
        {(setUpResult || tables.missing.length > 0) && (
          <div className={styles.notices}>
            {setUpResult && <SetUpDone result={setUpResult} onDismiss={() => setSetUpResult(null)} />}
            {tables.missing.length > 0 && (
              <SetUpForm
                mode="missing"
                missing={{
                  missing: tables.missing.length,
                  total: tables.missing.length + tables.present.length,
                }}
                onDone={setSetUpResult}
              />
            )}
          </div>
        )}
        <div id={panelId(screen)} role="tabpanel" aria-labelledby={tabId(screen)} className={styles.panel}>
          {/* Screens other than the first load on demand (screens/registry.ts); one that fails to load or render
              shows why with Retry, in its own place (keyed by the screen: another screen starts afresh). */}
          <LoadBoundary key={screen.id} name={t(screen.labelKey)} className={styles.notices}>
            <Suspense fallback={<Spinner className={styles.center} label={t("tp.loading")} />}>
              <PaneNavigationProvider value={navigation}>
                {/* Keyed by the focus: a second "go" to the screen already shown opens it afresh on that person. */}
                <Screen
                  key={focus ? `${focus.screen}:${focus.person ?? ""}:${focus.section ?? ""}` : "plain"}
                />
              </PaneNavigationProvider>
            </Suspense>
          </LoadBoundary>
        </div>
      </>
    );
  }

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.appName}>{t("app.name")}</h1>
        <LanguageMenu />
      </header>
      {languageError !== null && (
        <div className={styles.notices}>
          <ErrorBar error={languageError} titleKey="tp.lang.notLoaded" onDismiss={dismissLanguageError} />
        </div>
      )}
      {body}
    </div>
  );
}

/** The clear result of a set-up: the tables created and left alone, and the sample team if one was added. */
function SetUpDone({ result, onDismiss }: { result: SetUpResult; onDismiss: () => void }) {
  const { locale, t } = useKpiDesk();
  return (
    <NoticeBar layout="multiline" title={t("tp.setup.doneTitle")} onDismiss={onDismiss}>
      {describeSetUp(result, locale)}
    </NoticeBar>
  );
}
