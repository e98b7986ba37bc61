/**
 * The six review dimensions' weights, each shown with its share of the total as it is typed; saved as the
 * `reviewWeights` setting (fractions of the total, in dimension order — the format `readSettings` reads).
 */
import { Field, Input, Text } from "@fluentui/react-components";
import { REVIEW_DIMENSIONS, columnSpec, headerOf, type ReviewDimension, type Settings } from "../../../model";
import { formatPercent } from "../../../format";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { SettingsSection } from "./SettingsSection";
import { useSettingsStyles } from "./settings.styles";
import { checkWeights, messageOf, weightsDraftOf } from "../../../domain/settings/settingsForm";
import { useSettingsSave } from "./useDraft";

/** Props of {@link WeightsSection}. */
export type WeightsSectionProps = { settings: Settings };

/**
 * @param props - the settings as read.
 * @returns the section.
 */
export function WeightsSection({ settings }: WeightsSectionProps) {
  const { locale, t } = useKpiDesk();
  const styles = useSettingsStyles();
  const { draft, edit, touched, attempted, section } = useSettingsSave(
    settings,
    weightsDraftOf,
    (d) => checkWeights(d).values,
  );
  const checked = checkWeights(draft);
  // The dimensions' names are the Reviews table's headers, in the pane's language.
  const label = (d: ReviewDimension) => {
    const spec = columnSpec("Reviews", d);
    return spec ? headerOf(spec, locale) : d;
  };

  const change = (d: ReviewDimension, value: string) => edit({ ...draft, [d]: value }, d);

  return (
    <SettingsSection
      titleKey="settings.weights.title"
      helpKey="settings.weights.help"
      savedText={t("settings.saved")}
      {...section}
    >
      <div className={styles.weights} role="group" aria-label={t("settings.weights.title")}>
        {REVIEW_DIMENSIONS.map((d) => {
          const error = checked.errors[d];
          const shown = error && (attempted || touched.has(d));
          return (
            <Field
              key={d}
              className={styles.cell}
              label={label(d)}
              hint={t("settings.weights.share", { share: formatPercent(checked.shares[d]) })}
              validationMessage={shown ? messageOf(error, label(d), locale) : undefined}
              validationState={shown ? "error" : "none"}
            >
              <Input
                className={styles.cellInput}
                inputMode="decimal"
                value={draft[d]}
                onChange={(_, data) => change(d, data.value)}
              />
            </Field>
          );
        })}
      </div>
      {checked.allZero && (attempted || touched.size > 0) && (
        <Text role="alert" className={styles.error}>
          {t("settings.weights.allZero")}
        </Text>
      )}
    </SettingsSection>
  );
}
