/**
 * Moving a person's rating in calibration: the calibrated result and computed rating shown (the shared score
 * block), a rating from the Ratings table and a required reason; Enter moves, Escape closes. The rows and the
 * Audit line are written by `moveRating` (src/workbook/calibrationMove.ts), the checks are `planMove`'s.
 */
import { Dialog, DialogSurface, Field, Input, Select, Text } from "@fluentui/react-components";
import type { RatingRow, ReviewRow } from "../../../model";
import {
  planMove,
  type CalibratedPerson,
  type CalibrationView,
  type MovePlan,
} from "../../../domain/reviews/calibration";
import { formatScore } from "../../../domain/reviews/cycles";
import { moveRating } from "../../../workbook/calibrationMove";
import { FormDialog } from "../../components/FormDialog";
import { useAction } from "../../hooks/useAction";
import { useForm, type FormCheck } from "../../hooks/useForm";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { ScoreBlock } from "./ScoreBlock";

/** Props of {@link MoveRatingDialog}. */
export type MoveRatingDialogProps = {
  /** The person whose rating moves, or null when the dialog is closed. */
  person: CalibratedPerson | null;
  /** The cycle (`cycleKey`). */
  cycleKey: string;
  view: CalibrationView;
  reviews: readonly ReviewRow[];
  ratings: readonly RatingRow[];
  onClose: () => void;
  /** Called once the move is written, with the person and the new rating. */
  onMoved: (person: CalibratedPerson, rating: string) => void;
};

/**
 * @param props - the person, the cycle and view, the rows, and the callbacks.
 * @returns the dialog.
 */
export function MoveRatingDialog(props: MoveRatingDialogProps) {
  return (
    <Dialog open={props.person !== null} onOpenChange={(_, d) => !d.open && props.onClose()}>
      {props.person !== null ? (
        <MoveSurface key={props.person.id} {...props} person={props.person} />
      ) : (
        <DialogSurface />
      )}
    </Dialog>
  );
}

type MoveDraft = { rating: string; reason: string };

function MoveSurface({
  person,
  cycleKey,
  view,
  reviews,
  ratings,
  onClose,
  onMoved,
}: MoveRatingDialogProps & { person: CalibratedPerson }) {
  const { t, locale, port, today } = useKpiDesk();
  const action = useAction(async (_progress, plan: MovePlan) => moveRating(port, plan, today));
  const check = (draft: MoveDraft): FormCheck<"rating" | "reason", MovePlan> => {
    const planned = planMove({ key: cycleKey, person: person.id, ...draft }, reviews, ratings, view);
    return planned.ok ? { ok: true, value: planned.plan } : { ok: false, errors: planned.errors };
  };
  const form = useForm({
    initial: (): MoveDraft => ({ rating: person.rating ?? "", reason: person.adjusted?.reason ?? "" }),
    check,
    order: ["rating", "reason"],
    onSubmit: async (plan: MovePlan) => {
      const done = await action.run(plan);
      if (done) onMoved(person, plan.move.rating);
    },
  });
  const labels = [...ratings].sort((a, b) => b.MinScore - a.MinScore).map((r) => r.Label.trim());
  return (
    <FormDialog
      frame="surface"
      form={form}
      title={t("reviews.move.title", { name: person.name })}
      submitLabel={t("reviews.move.save")}
      cancelLabel={t("reviews.cycle.cancel")}
      onCancel={onClose}
      error={action.error}
      onDismissError={action.reset}
    >
      <ScoreBlock
        title={t("reviews.move.computed")}
        value={t("reviews.move.computedValue", {
          result: formatScore(person.calibrated, locale),
          rating: person.computedRating ?? t("reviews.calib.noComputed"),
        })}
        empty=""
        notes={[
          person.adjusted !== null && t("reviews.calib.moved", { computed: person.computedRating ?? "—" }),
        ]}
      />
      <Text>{t("reviews.move.body", { name: person.name })}</Text>
      <Field label={t("reviews.move.rating")} required {...form.field("rating")}>
        <Select {...form.bind("rating")}>
          <option value="">{t("reviews.move.choose")}</option>
          {labels.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("reviews.move.reason")}
        hint={t("reviews.move.reasonHint")}
        required
        {...form.field("reason")}
      >
        <Input {...form.bind("reason")} />
      </Field>
    </FormDialog>
  );
}
