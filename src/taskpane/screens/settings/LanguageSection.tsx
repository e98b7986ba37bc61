/**
 * The pane's language: choosing one switches the pane at once and saves it as the workbook's `language` setting
 * (nothing to check: both choices are valid), so the pane opens in it next time.
 */
import { Button, Radio, RadioGroup, Text, useId } from "@fluentui/react-components";
import { LOCALES, type Locale } from "../../../i18n";
import type { SettingRow } from "../../../model";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { saveSettings } from "../../../domain/settings/saveSettings";
import { SavingSpinner } from "./SettingsSection";
import { useSettingsStyles } from "./settings.styles";
import { savedLanguage } from "./useSavedLanguage";

/** Props of {@link LanguageSection}. */
export type LanguageSectionProps = {
  /** The Settings table as read. */
  settings: readonly SettingRow[];
};

/**
 * @param props - the Settings rows (for the language saved in the workbook).
 * @returns the language section.
 */
export function LanguageSection({ settings }: LanguageSectionProps) {
  const { port, locale, chosenLocale, setLocale, t } = useKpiDesk();
  const styles = useSettingsStyles();
  const headingId = useId("settings-language");
  const save = useAction((_progress, language: Locale) => saveSettings(port, { language }));
  const saved = savedLanguage(settings);
  const name = (l: Locale) => t(`lang.${l}`);

  const choose = (language: Locale) => {
    setLocale(language);
    void save.run(language);
  };

  let state;
  if (save.status === "running") state = <SavingSpinner />;
  else if (saved === locale)
    state = <Text className={styles.help}>{t("settings.lang.isSaved", { language: name(locale) })}</Text>;
  else {
    state = (
      <>
        <Text className={styles.help}>
          {saved === null
            ? t("settings.lang.noneSaved")
            : t("settings.lang.otherSaved", { language: name(saved) })}
        </Text>
        <div className={styles.actions}>
          <Button onClick={() => void save.run(locale)}>
            {t("settings.lang.saveCurrent", { language: name(locale) })}
          </Button>
        </div>
      </>
    );
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("settings.lang.title")}
      </h2>
      <Text className={styles.help}>{t("settings.lang.help")}</Text>
      <RadioGroup
        aria-label={t("settings.lang.label")}
        value={chosenLocale}
        layout="horizontal"
        onChange={(_, data) => choose(data.value as Locale)}
      >
        {LOCALES.map((option) => (
          <Radio key={option} value={option} label={name(option)} lang={option} />
        ))}
      </RadioGroup>
      {save.status === "failed" && (
        <ErrorBar error={save.error} titleKey="settings.notSaved" onDismiss={save.reset} />
      )}
      {state}
    </section>
  );
}
