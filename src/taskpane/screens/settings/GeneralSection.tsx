/**
 * Fiscal year start, anonymity threshold, training hours, pace tolerance, neglect days and how amounts of money
 * read (万 or yuan, followed by the pane, the report and the CLI): one Save.
 */
import { Field, Input, Select } from "@fluentui/react-components";
import { useMemo, type ReactNode } from "react";
import type { MessageKey } from "../../../i18n";
import { MONEY_FORMATS, type Settings } from "../../../model";
import { Options, type Choice } from "../../components/Options";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { SettingsSection } from "./SettingsSection";
import { useSettingsStyles } from "./settings.styles";
import {
  checkGeneral,
  generalDraftOf,
  messageOf,
  type GeneralField,
} from "../../../domain/settings/settingsForm";
import { useSettingsSave } from "./useDraft";

/** Props of {@link GeneralSection}. */
export type GeneralSectionProps = { settings: Settings };

const LABELS: Record<GeneralField, { label: MessageKey; hint: MessageKey }> = {
  fiscalYearStart: {
    label: "settings.general.fiscalYearStart",
    hint: "settings.general.fiscalYearStartHint",
  },
  anonymityMin: { label: "settings.general.anonymityMin", hint: "settings.general.anonymityMinHint" },
  trainingHours: { label: "settings.general.trainingHours", hint: "settings.general.trainingHoursHint" },
  paceTolerance: { label: "settings.general.paceTolerance", hint: "settings.general.paceToleranceHint" },
  neglectDays: { label: "settings.general.neglectDays", hint: "settings.general.neglectDaysHint" },
  moneyFormat: { label: "settings.general.moneyFormat", hint: "settings.general.moneyFormatHint" },
};

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The fields chosen from a list rather than typed. */
type ChoiceName = "fiscalYearStart" | "moneyFormat";

/**
 * @param props - the settings as read.
 * @returns the section.
 */
export function GeneralSection({ settings }: GeneralSectionProps) {
  const { locale, t } = useKpiDesk();
  const styles = useSettingsStyles();
  const { draft, edit, touched, attempted, section } = useSettingsSave(settings, generalDraftOf, (d) => {
    const checked = checkGeneral(d);
    return checked.ok ? checked.values : null;
  });
  const checked = checkGeneral(draft);
  const errors = checked.ok ? {} : checked.errors;
  // Month names in the pane's language, from the platform (not a list of our own).
  const monthName = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
    return (month: number) => format.format(Date.UTC(2026, month - 1, 1));
  }, [locale]);

  const change = (field: GeneralField, value: string) => edit({ ...draft, [field]: value }, field);
  const validation = (field: GeneralField) => {
    const error = errors[field];
    const shown = error && (attempted || touched.has(field));
    return {
      validationMessage: shown ? messageOf(error, t(LABELS[field].label), locale) : undefined,
      validationState: shown ? ("error" as const) : ("none" as const),
    };
  };
  // One labelled field of the section: its label, hint and message around the input.
  const labelled = (name: GeneralField, input: ReactNode) => (
    <Field label={t(LABELS[name].label)} hint={t(LABELS[name].hint)} {...validation(name)}>
      {input}
    </Field>
  );
  const field = (name: Exclude<GeneralField, ChoiceName>, inputMode: "numeric" | "decimal") =>
    labelled(
      name,
      <Input inputMode={inputMode} value={draft[name]} onChange={(_, data) => change(name, data.value)} />,
    );
  const choice = (name: ChoiceName, choices: readonly Choice[]) =>
    labelled(
      name,
      <Select value={draft[name]} onChange={(_, data) => change(name, data.value)}>
        <Options choices={choices} />
      </Select>,
    );

  return (
    <SettingsSection titleKey="settings.general.title" savedText={t("settings.saved")} {...section}>
      <div className={styles.fields}>
        {choice(
          "fiscalYearStart",
          MONTHS.map((month) => ({ value: String(month), text: monthName(month) })),
        )}
        {field("anonymityMin", "numeric")}
        {field("trainingHours", "decimal")}
        {field("paceTolerance", "decimal")}
        {field("neglectDays", "numeric")}
        {choice(
          "moneyFormat",
          MONEY_FORMATS.map((format) => ({ value: format, text: t(`settings.money.${format}`) })),
        )}
      </div>
    </SettingsSection>
  );
}
