/** What every People form's dialog shares, whichever record it writes. */
import { useKpiDesk } from "../../shell/KpiDeskContext";

/**
 * @returns the FormDialog props every People form shares: it renders inside its host's dialog surface, Cancel
 * closes that dialog, and a failed write is titled "Not saved".
 */
export function usePersonFormFrame() {
  const { t } = useKpiDesk();
  return { frame: "body", cancelLabel: t("people.cancel"), errorTitle: "people.notSaved" } as const;
}
