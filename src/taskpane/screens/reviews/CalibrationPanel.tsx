/**
 * The calibration view of a cycle: raters and their leniency, each person's scores by rater before and after
 * KPI.CALIBRATE (mean or z, starting from Settings calibration), the calibrated result and rating, outliers
 * marked, and the rating distribution against the guide. Stacked cards, so it reads at 320 px.
 */
import { Badge, Button, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowSwapRegular, WarningRegular } from "@fluentui/react-icons";
import { useMemo, useState, type ReactNode } from "react";
import type { Locale } from "../../../i18n";
import { enumLabel, type ManagerRow, type RatingRow, type ReviewRow } from "../../../model";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { buildCalibration, type CalibratedPerson } from "../../../domain/reviews/calibration";
import { formatScore, type ReviewSettings } from "../../../domain/reviews/cycles";
import { NoticeBar } from "../../components/NoticeBar";
import { RadioField } from "../../components/RadioField";
import { layoutRules } from "../../components/layout.styles";
import { MoveRatingDialog } from "./MoveRatingDialog";
import { reviewRules } from "./reviews.styles";

const useStyles = makeStyles({
  scroller: reviewRules.scroller,
  body: reviewRules.column,
  heading: layoutRules.subheading,
  small: layoutRules.muted,
  list: layoutRules.list,
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  scores: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  flagged: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  icon: { verticalAlign: "middle", marginInlineEnd: tokens.spacingHorizontalXXS },
  moved: { color: tokens.colorBrandForeground1, overflowWrap: "anywhere" },
});

/** Props of {@link CalibrationPanel}. */
export type CalibrationPanelProps = {
  reviews: readonly ReviewRow[];
  managers: readonly ManagerRow[];
  ratings: readonly RatingRow[];
  /** The cycle (`cycleKey`). */
  cycleKey: string;
  /** The team filter. */
  team: string;
  settings: ReviewSettings;
};

/**
 * @param props - the rows, the cycle, the team filter and the settings.
 * @returns the calibration view.
 */
export function CalibrationPanel({
  reviews,
  managers,
  ratings,
  cycleKey,
  team,
  settings,
}: CalibrationPanelProps) {
  const { t, locale } = useKpiDesk();
  const styles = useStyles();
  const [method, setMethod] = useState<"mean" | "z">(settings.calibration);
  const [moving, setMoving] = useState<CalibratedPerson | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const view = useMemo(
    () =>
      buildCalibration(
        {
          reviews,
          managers,
          ratings,
          key: cycleKey,
          team,
          weights: settings.weights,
          method,
          tolerance: settings.distributionTolerance,
        },
        locale,
      ),
    [reviews, managers, ratings, cycleKey, team, settings, method, locale],
  );
  const score = (value: number) => formatScore(value, locale);
  const signed = (value: number) => signedText(value, score);

  return (
    <div className={styles.scroller}>
      <div className={styles.body}>
        <RadioField
          label={t("reviews.calib.method")}
          hint={t("reviews.calib.methodHint")}
          layout="horizontal"
          value={method}
          choices={[
            { value: "mean", text: t("reviews.calib.mean") },
            { value: "z", text: t("reviews.calib.z") },
          ]}
          onChange={setMethod}
        />

        {moved !== null && (
          <NoticeBar layout="multiline" onDismiss={() => setMoved(null)}>
            {moved}
          </NoticeBar>
        )}
        {view.count === 0 || view.mean === null ? (
          <Text>{t("reviews.calib.empty")}</Text>
        ) : (
          <>
            <Text aria-live="polite">
              {t("reviews.calib.summary", {
                count: view.count,
                raters: view.raters.length,
                mean: score(view.mean),
              })}
            </Text>
            <Text className={styles.small}>{t("reviews.calib.outlierHint")}</Text>
            {view.bandsMissing && <Text className={styles.small}>{t("reviews.calib.noBands")}</Text>}

            <Section title={t("reviews.calib.raters")}>
              <ul className={styles.list}>
                {view.raters.map((r) => (
                  <ItemLine key={r.name.toLowerCase()}>
                    <span>
                      {t("reviews.calib.rater", { rater: r.name, count: r.count, mean: score(r.mean) })}
                    </span>
                    {r.lean !== null && (
                      <WarningBadge>
                        {t(r.lean === "lenient" ? "reviews.calib.lenient" : "reviews.calib.severe", {
                          gap: signed(r.gap),
                        })}
                      </WarningBadge>
                    )}
                    {r.single && (
                      <Badge appearance="outline" color="informative">
                        {t("reviews.calib.single")}
                      </Badge>
                    )}
                  </ItemLine>
                ))}
              </ul>
            </Section>

            <Section title={t("reviews.calib.people")}>
              <ul className={styles.list} aria-label={t("reviews.calib.people")}>
                {view.people.map((p) => (
                  <PersonItem
                    key={p.id}
                    person={p}
                    locale={locale}
                    canMove={ratings.length > 0}
                    onMove={() => {
                      setMoved(null);
                      setMoving(p);
                    }}
                  />
                ))}
              </ul>
            </Section>

            <Section title={t("reviews.calib.distribution")}>
              {view.distribution === null ? (
                <Text className={styles.small}>{t("reviews.calib.noGuide")}</Text>
              ) : (
                <ul className={styles.list} aria-label={t("reviews.calib.distribution")}>
                  {view.distribution.map((d) => (
                    <ItemLine key={d.isOther ? "\u0000other" : d.label}>
                      <span>
                        {d.isOther
                          ? t("reviews.calib.distOther", {
                              count: d.count,
                              actual: percent(d.actual, locale),
                            })
                          : t("reviews.calib.distRow", {
                              label: d.label,
                              count: d.count,
                              actual: percent(d.actual, locale),
                              target: percent(d.target ?? 0, locale),
                            })}
                      </span>
                      {d.within === true && (
                        <Badge appearance="tint" color="success">
                          {t("reviews.calib.within")}
                        </Badge>
                      )}
                      {d.within === false && (
                        <WarningBadge>
                          {t("reviews.calib.off", {
                            gap: signedText(d.gap ?? 0, (x) => percent(x, locale)),
                          })}
                        </WarningBadge>
                      )}
                    </ItemLine>
                  ))}
                </ul>
              )}
            </Section>
          </>
        )}
        <MoveRatingDialog
          person={moving}
          cycleKey={cycleKey}
          view={view}
          reviews={reviews}
          ratings={ratings}
          onClose={() => setMoving(null)}
          onMoved={(person, rating) => {
            setMoving(null);
            setMoved(t("reviews.move.done", { name: person.name, rating }));
          }}
        />
      </div>
    </div>
  );
}

/** A part of the view under its heading (raters, people, distribution), named by it for screen readers. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId("calib-section");
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        {title}
      </h3>
      {children}
    </section>
  );
}

/** A list entry that is one line: a text and its badges (a rater, a rating's share of the distribution). */
function ItemLine({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <span className={styles.line}>{children}</span>
    </li>
  );
}

/** A mark that wants a look: a lenient or severe rater, an outlier, a rating off its guide. */
function WarningBadge({ children }: { children: ReactNode }) {
  return (
    <Badge appearance="tint" color="warning" icon={<WarningRegular />}>
      {children}
    </Badge>
  );
}

/** One person: name, result, rating and outlier mark, then each rater's score before and after calibration. */
function PersonItem({
  person,
  locale,
  canMove,
  onMove,
}: {
  person: CalibratedPerson;
  locale: Locale;
  canMove: boolean;
  onMove: () => void;
}) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  const score = (value: number) => formatScore(value, locale);
  return (
    <li className={styles.item}>
      <span className={styles.line}>
        <span className={styles.name}>{person.name}</span>
        {person.rating !== null ? (
          <Badge appearance="filled" color="brand">
            {t("reviews.calib.rating", { rating: person.rating })}
          </Badge>
        ) : (
          <Badge appearance="outline" color="subtle">
            {t("reviews.calib.noRating")}
          </Badge>
        )}
        {person.outlier && <WarningBadge>{t("reviews.calib.outlier")}</WarningBadge>}
        {canMove && (
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowSwapRegular />}
            aria-label={t("reviews.move.action", { name: person.name })}
            onClick={onMove}
          >
            {t("reviews.move.short")}
          </Button>
        )}
      </span>
      {person.adjusted !== null && (
        <Text size={200} className={styles.moved}>
          {t("reviews.calib.moved", { computed: person.computedRating ?? t("reviews.calib.noComputed") })}
          {person.adjusted.reason !== "" &&
            ` · ${t("reviews.calib.movedReason", { reason: person.adjusted.reason })}`}
        </Text>
      )}
      <Text size={200}>
        {t("reviews.calib.result", {
          calibrated: score(person.calibrated),
          points: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(person.points),
          raw: score(person.raw),
        })}
      </Text>
      <ul className={styles.scores}>
        {person.scores.map((s) => (
          <li key={s.id} className={s.outlier ? styles.flagged : undefined}>
            {s.outlier && <WarningRegular className={styles.icon} aria-label={t("reviews.calib.outlier")} />}
            {t("reviews.calib.scoreLine", {
              rater: s.rater,
              role: enumLabel(s.role, locale),
              raw: score(s.raw),
              calibrated: score(s.calibrated),
            })}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** A signed gap as `formatChange` (src/format) writes one (+1.2, −1.2, ±0), its figure in the given format. */
function signedText(value: number, figure: (value: number) => string): string {
  const text = figure(Math.abs(value));
  if (/^0([.,]0*)?%?$/.test(text)) return "±0";
  return `${value > 0 ? "+" : "\u2212"}${text}`;
}

function percent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
}
