/**
 * The preview's stand-in for Excel switching to a sheet: when the pane shows a sheet ("Open" after a report is
 * written), the browser preview has no Excel grid behind the pane, so this dialog shows the sheet's cells instead.
 * Rendered by preview.tsx only (never in Excel's bundle), inside the pane's providers so it follows the language.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { layoutRules } from "../components/layout.styles";
import { useEffect, useState } from "react";
import type { CellValue } from "../../model";
import { DialogFrame, DialogPanel } from "../components/DialogFrame";
import { useKpiDesk } from "./KpiDeskContext";

/** A sheet to show: its name and cells from A1. */
export interface PreviewedSheet {
  name: string;
  values: CellValue[][];
}

/** Props of {@link SheetPreview}. */
export type SheetPreviewProps = {
  /** Registers a listener of the sheets the pane shows (the memory workbook's `onActivate`); returns its undo. */
  onShow: (listener: (sheet: PreviewedSheet) => void) => () => void;
};

/** How many rows the dialog lists: enough to recognise the sheet, few enough to open at once at 2,000 people. */
export const PREVIEW_ROWS = 60;

const useStyles = makeStyles({
  surface: { maxWidth: "min(960px, calc(100vw - 24px))" },
  note: layoutRules.soft,
  grid: { overflow: "auto", maxHeight: "60vh", marginTop: tokens.spacingVerticalS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "16em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
});

/**
 * @param props - where the shown sheets come from.
 * @returns the dialog while a sheet is shown, else nothing.
 */
export function SheetPreview({ onShow }: SheetPreviewProps) {
  const { locale, t } = useKpiDesk();
  const styles = useStyles();
  const [sheet, setSheet] = useState<PreviewedSheet | null>(null);
  useEffect(() => onShow(setSheet), [onShow]);
  if (!sheet) return null;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const text = (value: CellValue) =>
    value === null ? "" : typeof value === "number" ? number.format(value) : String(value);
  const rows = sheet.values.slice(0, PREVIEW_ROWS);
  const more = sheet.values.length - rows.length;
  const close = () => setSheet(null);
  return (
    <DialogFrame onClose={close} surfaceClassName={styles.surface}>
      <DialogPanel
        title={sheet.name}
        actions={
          <Button appearance="primary" onClick={close}>
            {t("tp.preview.back")}
          </Button>
        }
      >
        <Text className={styles.note}>{t("tp.preview.sheetNote")}</Text>
        <div className={styles.grid} tabIndex={0} role="region" aria-label={sheet.name}>
          <table className={styles.table}>
            <tbody>
              {rows.map((cells, r) => (
                <tr key={r}>
                  {cells.map((value, c) => (
                    <td key={c} className={styles.cell} title={text(value)}>
                      {text(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {more > 0 && <Text className={styles.note}>{t("tp.preview.more", { count: more })}</Text>}
      </DialogPanel>
    </DialogFrame>
  );
}
