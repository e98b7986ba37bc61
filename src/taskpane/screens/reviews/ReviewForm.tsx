/**
 * One review: person, role and reviewer; the six dimensions rated 1–5 against anchor descriptions; Overall
 * computed live from the review weights; strengths, improvements and actions with prompts for constructive
 * (situation – behaviour – impact – suggestion) feedback; Save draft, Submit, Acknowledge; and a feedback e-mail.
 * Enter in a one-line field saves the draft (the non-final action); Submit is its own button.
 */
import {
  Badge,
  Button,
  Field,
  InfoLabel,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
  useId,
  type LabelProps,
} from "@fluentui/react-components";
import {
  ArrowLeftRegular,
  CheckmarkRegular,
  MailRegular,
  SaveRegular,
  SendRegular,
} from "@fluentui/react-icons";
import { memo, useCallback, useMemo, useRef, useState, type FormEvent } from "react";
import type { MessageKey } from "../../../i18n";
import {
  REVIEW_DIMENSIONS,
  enumLabel,
  type ManagerRow,
  type ReviewDimension,
  type ReviewRow,
} from "../../../model";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { NoticeBar } from "../../components/NoticeBar";
import { ReasonDialog } from "../../components/ReasonDialog";
import { reopenReview } from "../../../workbook/reviewReopen";
import { ChoicePicker } from "../../components/ChoicePicker";
import { Options, enumChoices, namedChoices } from "../../components/Options";
import { useAction } from "../../hooks/useAction";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { feedbackMail } from "../../../domain/reviews/mail";
import { findJudgements } from "../../../domain/reviews/judgement";
import { GoalResultsBlock } from "./GoalResultsBlock";
import { MailCopy } from "./MailCopy";
import { ScoreBlock } from "./ScoreBlock";
import { reviewRules } from "./reviews.styles";
import { layoutRules } from "../../components/layout.styles";
import {
  currentReview,
  peopleByName,
  reviewToSave,
  withPerson,
  withRole,
  writeReview,
  type SavedReview,
} from "../../../domain/reviews/reviewForm";
import {
  LEVELS,
  ROLES,
  acknowledged,
  anchorKey,
  dimensionKey,
  formOf,
  formatScore,
  liveOverall,
  managerIndex,
  validateReview,
  type Cycle,
  type FieldIssue,
  type ReviewField,
  type ReviewFormValues,
  type ReviewIntent,
  type ReviewSettings,
  type Role,
  STATUS_COLOR,
} from "../../../domain/reviews/cycles";

const useStyles = makeStyles({
  scroller: reviewRules.scroller,
  form: reviewRules.column,
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  section: {
    margin: 0,
    padding: 0,
    border: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  legend: {
    padding: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalS,
  },
  small: layoutRules.muted,
  radios: { flexWrap: "wrap" },
  levels: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  mail: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** The feedback texts, in the order they stand (each has its label and its prompt in the catalogue). */
const FEEDBACK = ["strengths", "improvements", "actions"] as const;

/** Props of {@link ReviewForm}. */
export type ReviewFormProps = {
  /** The review to open, or null for a new one. */
  row: ReviewRow | null;
  /** Period and cycle of a new review (an existing one keeps its own). */
  period: string;
  cycle: Cycle;
  managers: readonly ManagerRow[];
  /** Every Reviews row (for new ids and to follow the saved row as the workbook refreshes). */
  reviews: readonly ReviewRow[];
  settings: ReviewSettings;
  onBack: () => void;
};

/**
 * @param props - the review (or null), its cycle, the data and settings, and the way back.
 * @returns the form.
 */
export function ReviewForm({ row, period, cycle, managers, reviews, settings, onBack }: ReviewFormProps) {
  const { t, locale, today, port } = useKpiDesk();
  const styles = useStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId("review-title");
  const [values, setValues] = useState<ReviewFormValues>(() => ({
    ...formOf(row),
    role: row?.Role ?? "self",
  }));
  // The row as last saved here, with the rows it was saved against: once the workbook's rows are read again
  // (a new array), their copy of the review is the truth; until then the saved row is.
  const [saved, setSavedState] = useState<SavedReview>({ row, against: reviews });
  const setSaved = (next: ReviewRow) => setSavedState({ row: next, against: reviews });
  const current = currentReview(saved, reviews);
  const [tried, setTried] = useState<ReviewIntent | null>(null);
  const [reviewerEdited, setReviewerEdited] = useState(row !== null);
  const [done, setDone] = useState<MessageKey | null>(null);
  // Submitting is confirmed first; a submitted review is reopened only with a reason.
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const people = useMemo(() => managerIndex(managers), [managers]);
  // By name, the team beside it (and matched by what is typed when there are many).
  const personChoices = useMemo(
    () =>
      namedChoices(
        peopleByName(people, locale).map((m) => ({
          id: m.ManagerID.trim(),
          name: m.Name,
          team: m.Team?.trim() || null,
        })),
      ),
    [people, locale],
  );

  const status = current?.Status ?? "draft";
  const readOnly = status !== "draft";
  const issues = tried === null ? {} : validateReview(values, tried);
  const hasIssues = Object.keys(issues).length > 0;
  const person = people.get(values.person.trim());
  const name = person?.Name ?? values.person;
  const reviewPeriod = current?.Period ?? period;
  const reviewCycle = current?.Cycle ?? cycle;
  const { overall, scored } = liveOverall(values.scores, settings.weights);

  // `read` is the row the form's values came from (opened or last saved here): see writeReview.
  const write = useAction((_progress, next: ReviewRow, read: ReviewRow | null) =>
    writeReview(port, next, read),
  );

  const change = (patch: Partial<ReviewFormValues>) => {
    setDone(null);
    setValues((v) => ({ ...v, ...patch }));
  };
  // Stable, so that choosing one level re-renders only that dimension (see DimensionField's memo).
  const setScore = useCallback((dimension: ReviewDimension, level: number) => {
    setDone(null);
    setValues((v) => ({ ...v, scores: { ...v.scores, [dimension]: level } }));
  }, []);
  const choosePerson = (id: string) => change(withPerson(values, id, people, reviewerEdited));
  const chooseRole = (role: Role) => change(withRole(values, role, people, reviewerEdited));

  const save = async (intent: ReviewIntent, confirmed = false) => {
    setTried(intent);
    setDone(null);
    const problems = validateReview(values, intent);
    const first = (Object.keys(problems) as ReviewField[])[0];
    if (first !== undefined) {
      // The first invalid field takes the focus, so a keyboard user lands on the problem.
      formRef.current
        ?.querySelector<HTMLElement>(`[data-field="${first}"] :is(input, select, textarea)`)
        ?.focus();
      return;
    }
    if (intent === "submit" && !confirmed) {
      setConfirming(true);
      return;
    }
    const next = reviewToSave({ values, current, reviews, period, cycle, intent, settings, today });
    const result = await write.run(next, current === null ? null : saved.row);
    if (result !== undefined) {
      setSaved(result);
      setTried(null);
      setDone(intent === "submit" ? "reviews.form.submitted" : "reviews.form.saved");
    }
  };

  const acknowledge = async () => {
    if (current === null) return;
    setDone(null);
    const result = await write.run(acknowledged(current), current);
    if (result !== undefined) {
      setSaved(result);
      setDone("reviews.form.acknowledged");
    }
  };

  const message = (issue: FieldIssue | undefined) =>
    issue ? t(issue.key, { ...issue.params, field: t(issue.field) }) : undefined;
  // A required field: its label, its message, and the mark the focus on the first problem finds it by.
  const required = (field: ReviewField, label: MessageKey) => ({
    "data-field": field,
    label: t(label),
    required: true,
    validationMessage: message(issues[field]),
  });

  // An error is the field's message; otherwise a judgement of the person gets a gentle nudge (never a block).
  const fieldMessage = (
    issue: FieldIssue | undefined,
    text: string,
  ): { validationMessage?: string; validationState?: "error" | "warning" } => {
    if (issue) return { validationMessage: message(issue), validationState: "error" };
    // A submitted review is read-only: a suggestion to rewrite it could not be followed.
    if (readOnly) return {};
    const found = findJudgements(text);
    if (found.length === 0) return {};
    const words = found.map((j) => `“${j.word}”`).join(locale === "zh-CN" ? "、" : ", ");
    const kinds = [...new Set(found.map((j) => j.kind))];
    return {
      validationState: "warning",
      validationMessage: [
        t("reviews.nudge.lead", { words }),
        ...kinds.map((kind) => t(`reviews.nudge.${kind}` as MessageKey)),
      ].join(" "),
    };
  };

  const email = person?.Email?.trim() ?? "";
  const mail =
    email !== "" && values.person.trim() !== ""
      ? feedbackMail(
          { email, name, period: reviewPeriod, cycle: reviewCycle, form: values, weights: settings.weights },
          locale,
          t,
        )
      : null;

  return (
    <div className={styles.scroller}>
      <form
        ref={formRef}
        className={styles.form}
        noValidate
        aria-labelledby={titleId}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          if (!readOnly) void save("draft");
        }}
      >
        <div className={styles.header}>
          <Button size="small" appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
            {t("reviews.form.back")}
          </Button>
          <h2 id={titleId} className={styles.title}>
            {current === null ? t("reviews.form.titleNew") : t("reviews.form.title", { name })}
          </h2>
          <div className={styles.meta}>
            <Text size={200}>
              {t("reviews.form.meta", { period: reviewPeriod, cycle: enumLabel(reviewCycle, locale) })}
            </Text>
            <Badge appearance="tint" color={STATUS_COLOR[status]}>
              {enumLabel(status, locale)}
            </Badge>
          </div>
        </div>

        {tried !== null && hasIssues && (
          <MessageBar intent="error">
            <MessageBarBody>{t("reviews.err.fixFields")}</MessageBarBody>
          </MessageBar>
        )}
        {write.status === "failed" && <ErrorBar error={write.error} onDismiss={write.reset} />}
        {done !== null && <NoticeBar>{t(done)}</NoticeBar>}
        {readOnly && status === "submitted" && (
          <Text className={styles.small}>{t("reviews.form.readOnly")}</Text>
        )}

        {current === null && (
          <Field {...required("person", "reviews.form.person")}>
            <ChoicePicker
              value={values.person}
              none={t("reviews.form.choosePerson")}
              choices={personChoices}
              onChange={choosePerson}
            />
          </Field>
        )}
        <Field {...required("role", "reviews.form.role")} hint={t("reviews.form.roleHint")}>
          <Select value={values.role} disabled={readOnly} onChange={(_, d) => chooseRole(d.value as Role)}>
            <Options choices={enumChoices(ROLES, locale)} />
          </Select>
        </Field>
        <Field {...required("reviewer", "reviews.form.reviewer")}>
          <Input
            value={values.reviewer}
            readOnly={readOnly}
            onChange={(_, d) => {
              setReviewerEdited(true);
              change({ reviewer: d.value });
            }}
          />
        </Field>

        {values.person.trim() !== "" && (
          <GoalResultsBlock person={values.person.trim()} name={name} period={reviewPeriod} />
        )}
        <ScoreBlock
          title={t("reviews.form.overall")}
          live="polite"
          value={
            overall === null
              ? null
              : t("reviews.form.overallValue", { overall: formatScore(overall, locale) })
          }
          empty={t("reviews.form.overallNone")}
          notes={[
            overall !== null &&
              scored < REVIEW_DIMENSIONS.length &&
              t("reviews.form.overallPartial", { count: scored }),
            t(settings.weightsFromSettings ? "reviews.form.weightsSettings" : "reviews.form.weightsEqual"),
          ]}
        />

        <fieldset className={styles.section}>
          <legend className={styles.legend}>{t("reviews.form.dimensions")}</legend>
          {REVIEW_DIMENSIONS.map((d) => (
            <DimensionField
              key={d}
              dimension={d}
              value={values.scores[d]}
              disabled={readOnly}
              issue={message(issues[d])}
              onChange={setScore}
            />
          ))}
        </fieldset>

        <fieldset className={styles.section}>
          <legend className={styles.legend}>{t("reviews.form.feedback")}</legend>
          {FEEDBACK.map((field) => (
            <Field
              key={field}
              data-field={field}
              label={t(`reviews.form.${field}`)}
              hint={t(`reviews.form.${field}Hint`)}
              {...fieldMessage(field === "actions" ? undefined : issues[field], values[field])}
            >
              <Textarea
                resize="vertical"
                rows={3}
                readOnly={readOnly}
                value={values[field]}
                onChange={(_, d) => change({ [field]: d.value })}
              />
            </Field>
          ))}
        </fieldset>

        <div className={styles.actions}>
          {!readOnly && (
            <>
              <Button type="submit" icon={<SaveRegular />} disabled={write.status === "running"}>
                {t("reviews.form.saveDraft")}
              </Button>
              <Button
                type="button"
                appearance="primary"
                icon={<SendRegular />}
                disabled={write.status === "running"}
                onClick={() => void save("submit")}
              >
                {t("reviews.form.submit")}
              </Button>
            </>
          )}
          {status === "submitted" && (
            <Button
              type="button"
              appearance="primary"
              icon={<CheckmarkRegular />}
              disabled={write.status === "running"}
              onClick={() => void acknowledge()}
            >
              {t("reviews.form.acknowledge", { name })}
            </Button>
          )}
          {status === "submitted" && current !== null && (
            <Button type="button" disabled={write.status === "running"} onClick={() => setReopening(true)}>
              {t("reviews.reopen")}
            </Button>
          )}
          {write.status === "running" && <Spinner size="tiny" label={t("reviews.form.saving")} />}
        </div>
        {status === "submitted" && <Text className={styles.small}>{t("reviews.form.acknowledgeHint")}</Text>}
        <ConfirmDialog
          open={confirming}
          title={t("reviews.confirm.title")}
          confirmLabel={t("reviews.confirm.ok")}
          cancelLabel={t("reviews.confirm.cancel")}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void save("submit", true);
          }}
        >
          {t("reviews.confirm.body", { name })}
        </ConfirmDialog>
        <ReasonDialog
          subject={reopening ? current : null}
          title={() => t("reviews.reopen.title", { name })}
          body={(review) => t("reviews.reopen.body", { reviewer: review.Reviewer ?? "—" })}
          reasonLabel={t("reviews.reopen.reason")}
          requiredKey="reviews.err.reopenReason"
          submitLabel={t("reviews.reopen")}
          cancelLabel={t("reviews.confirm.cancel")}
          write={(review, reason) => reopenReview(port, review, reason, today)}
          onClose={() => setReopening(false)}
          onDone={(row) => {
            setReopening(false);
            setSaved(row);
            setDone("reviews.reopened");
          }}
        />

        {values.person.trim() !== "" &&
          (mail === null ? (
            <Text className={styles.small}>{t("reviews.mail.noEmail", { name })}</Text>
          ) : mail.href !== null ? (
            <span className={styles.mail}>
              <MailRegular aria-hidden />
              <Link href={mail.href} target="_blank" rel="noopener">
                {t("reviews.mail.link")}
              </Link>
            </span>
          ) : (
            <MailCopy mail={mail} email={email} />
          ))}
      </form>
    </div>
  );
}

/** One dimension: five levels as radio buttons, the chosen level's anchor below, all anchors behind the info. */
const DimensionField = memo(function DimensionField({
  dimension,
  value,
  disabled,
  issue,
  onChange,
}: {
  dimension: ReviewDimension;
  value: number | null;
  disabled: boolean;
  issue: string | undefined;
  onChange: (dimension: ReviewDimension, level: number) => void;
}) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  const label = t(dimensionKey(dimension));
  return (
    <Field
      data-field={dimension}
      label={{
        children: (_: unknown, labelProps: LabelProps) => (
          <InfoLabel
            {...labelProps}
            infoButton={{ "aria-label": t("reviews.form.levels", { dimension: label }) }}
            info={
              <ol className={styles.levels}>
                {LEVELS.map((level) => (
                  <li key={level}>{t(anchorKey(dimension, level))}</li>
                ))}
              </ol>
            }
          >
            {label}
          </InfoLabel>
        ),
      }}
      hint={
        value === null
          ? t("reviews.form.pickLevel")
          : t("reviews.form.levelText", { level: value, anchor: t(anchorKey(dimension, value)) })
      }
      validationMessage={issue}
    >
      <RadioGroup
        layout="horizontal"
        className={styles.radios}
        value={value === null ? "" : String(value)}
        disabled={disabled}
        onChange={(_, d) => onChange(dimension, Number(d.value))}
      >
        {LEVELS.map((level) => (
          <Radio key={level} value={String(level)} label={String(level)} />
        ))}
      </RadioGroup>
    </Field>
  );
});
