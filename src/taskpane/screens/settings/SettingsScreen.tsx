/**
 * Settings: the pane's language, the year and thresholds (fiscal year start, anonymity threshold, training hours,
 * pace tolerance, neglect days) with how amounts of money read, the review dimension weights, and the rating scale and distribution guide. Each
 * section checks everything before its one Save, and writes through the port (Settings upserted by Key, Ratings by
 * Label); a failed write shows a MessageBar and leaves the workbook as it was.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useMemo } from "react";
import type { MessageKey } from "../../../i18n";
import { readSettings } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useTables } from "../../hooks/useTables";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { GeneralSection } from "./GeneralSection";
import { LanguageSection } from "./LanguageSection";
import { RatingsSection } from "./RatingsSection";
import { WeightsSection } from "./WeightsSection";
import { useSettingsStyles } from "./settings.styles";

/** The tables the screen reads. */
export const SETTINGS_TABLES = ["Settings", "Ratings"] as const;

/**
 * @returns the Settings screen.
 */
export function SettingsScreen() {
  const { t } = useKpiDesk();
  const styles = useSettingsStyles();
  const { data, error, refresh } = useTables(SETTINGS_TABLES);
  const read = useMemo(() => (data ? readSettings(data.Settings) : null), [data]);

  if (!data || !read) {
    return (
      <section className={styles.screen} aria-label={t("settings.screen")}>
        {error != null ? <ErrorBar error={error} onRetry={refresh} /> : <Spinner label={t("tp.loading")} />}
      </section>
    );
  }
  return (
    <section className={styles.screen} aria-label={t("settings.screen")}>
      {error != null && <ErrorBar error={error} onRetry={refresh} />}
      {read.issues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("settings.issues.title")}</MessageBarTitle>
            {t("settings.issues.body")}
            <ul>
              {read.issues.map((issue) => (
                <li key={issue.setting}>
                  {/* `expected` is itself a message key: what the setting should hold. */}
                  {t(issue.key, { ...issue.params, expected: t(issue.params.expected as MessageKey) })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <LanguageSection settings={data.Settings} />
      <GeneralSection settings={read.settings} />
      <WeightsSection settings={read.settings} />
      <RatingsSection ratings={data.Ratings} />
    </section>
  );
}
