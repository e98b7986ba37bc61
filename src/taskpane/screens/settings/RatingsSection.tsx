/**
 * The rating scale and distribution guide: one card per rating (label, minimum score, guide share, bonus
 * multiplier) — cards rather than a table, so that the grid reads at 320 px. Every problem shows on its cell,
 * naming the row, in core's words for the scale and the guide; the guide's running total shows as it is typed.
 */
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { MessageKey } from "../../../i18n";
import type { RatingRow } from "../../../model";
import { formatPercent } from "../../../format";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { saveRatings } from "../../../domain/settings/saveSettings";
import { SettingsSection } from "./SettingsSection";
import { useSettingsStyles } from "./settings.styles";
import {
  SHARE_TOLERANCE,
  blankRating,
  checkRatings,
  messageOf,
  ratingDraftsOf,
  type RatingColumn,
} from "../../../domain/settings/settingsForm";
import { useSectionSave } from "./useDraft";

/** Props of {@link RatingsSection}. */
export type RatingsSectionProps = {
  /** The Ratings table as read. */
  ratings: readonly RatingRow[];
};

const COLUMNS: { column: RatingColumn; label: MessageKey; inputMode: "text" | "decimal" }[] = [
  { column: "label", label: "settings.ratings.label", inputMode: "text" },
  { column: "minScore", label: "settings.ratings.minScore", inputMode: "decimal" },
  { column: "guideShare", label: "settings.ratings.guideShare", inputMode: "decimal" },
  { column: "bonusMultiplier", label: "settings.ratings.bonusMultiplier", inputMode: "decimal" },
];

/**
 * @param props - the Ratings rows.
 * @returns the section.
 */
export function RatingsSection({ ratings }: RatingsSectionProps) {
  const { port, locale, t } = useKpiDesk();
  const styles = useSettingsStyles();
  const initial = useMemo(() => ratingDraftsOf(ratings), [ratings]);
  const { draft, edit, touched, attempted, result, section } = useSectionSave(
    initial,
    (d) => checkRatings(d, locale).rows,
    (rows: RatingRow[], read) => saveRatings(port, rows, read),
  );
  const checked = useMemo(() => checkRatings(draft, locale), [draft, locale]);
  const gridIssues = checked.issues.filter((i) => i.row === null);
  const shareOff = Math.abs(checked.shareTotal - 1) > SHARE_TOLERANCE + 1e-12;

  const set = (index: number, column: RatingColumn, value: string) =>
    edit(
      draft.map((d, i) => (i === index ? { ...d, [column]: value } : d)),
      `${draft[index].key}.${column}`,
    );
  const cellName = (column: MessageKey, row: number) =>
    t("settings.ratings.cell", { column: t(column), row });

  return (
    <SettingsSection
      titleKey="settings.ratings.title"
      helpKey="settings.ratings.help"
      savedText={t("settings.ratings.saved", {
        added: result?.added ?? 0,
        changed: result?.changed ?? 0,
        removed: result?.removed ?? 0,
      })}
      {...section}
    >
      <ul className={styles.ratings} aria-label={t("settings.ratings.list")}>
        {draft.map((d, index) => {
          const row = index + 1;
          return (
            <li key={d.key} className={styles.rating}>
              <div className={styles.ratingHead}>
                <span>{t("settings.ratings.row", { row })}</span>
                <Button
                  type="button"
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={t("settings.ratings.remove", { row })}
                  title={t("settings.ratings.remove", { row })}
                  onClick={() => edit(draft.filter((_, i) => i !== index))}
                />
              </div>
              {COLUMNS.map(({ column, label, inputMode }) => {
                const issue = checked.issues.find((i) => i.row === row && i.column === column);
                const shown = issue && (attempted || touched.has(`${d.key}.${column}`));
                const name = cellName(label, row);
                return (
                  <Field
                    key={column}
                    className={styles.cell}
                    label={t(label)}
                    validationMessage={shown ? messageOf(issue.error, name, locale) : undefined}
                    validationState={shown ? "error" : "none"}
                  >
                    <Input
                      className={styles.cellInput}
                      size="small"
                      aria-label={name}
                      inputMode={inputMode}
                      value={d[column]}
                      onChange={(_, data) => set(index, column, data.value)}
                    />
                  </Field>
                );
              })}
            </li>
          );
        })}
      </ul>
      <Text className={shareOff ? styles.error : styles.total} aria-live="polite">
        {t("settings.ratings.total", { total: formatPercent(checked.shareTotal) })}
      </Text>
      {attempted &&
        gridIssues.map((issue) => (
          <Text key={issue.error.key} role="alert" className={styles.error}>
            {messageOf(issue.error, t("settings.ratings.list"), locale)}
          </Text>
        ))}
      <div className={styles.actions}>
        <Button type="button" icon={<AddRegular />} onClick={() => edit([...draft, blankRating(draft)])}>
          {t("settings.ratings.add")}
        </Button>
      </div>
    </SettingsSection>
  );
}
