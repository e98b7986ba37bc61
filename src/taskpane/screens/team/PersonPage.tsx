/**
 * A person's page, opened from the Team roster: score with its breakdown by KPI, goals with progress, pace and
 * projection, the work plan, customers and open deals, the latest review, development, one-on-ones, recognition,
 * and the pay statement of the period — bonus step by step, commission tier by tier with its deals, the distance to
 * the next tier, and a plain reason for every 0 or held payout (the statement's own texts). "Print statement"
 * writes that person's statement sheet. The picture comes from the team book (src/book `personPage`).
 */
import {
  Badge,
  Button,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular, PrintRegular } from "@fluentui/react-icons";
import { useMemo, type ReactNode } from "react";
import { compositeFormula, personPage, type PersonPage as Page, type Reason } from "../../../book";
import type { BonusReport, CommissionReport } from "../../../domain/incentives/types";
import { isTopOfLadder } from "../../../domain/people/ladder";
import { flagText, formatChange, formatDate, formatNumber, formatPercent, planName } from "../../../format";
import type { MessageKey, Translate } from "../../../i18n";
import { enumLabel } from "../../../model";
import { printStatement } from "../../../workbook/printStatement";
import { layoutRules } from "../../components/layout.styles";
import { NoticeBar } from "../../components/NoticeBar";
import { ErrorBar } from "../../components/ErrorBar";
import { useAction } from "../../hooks/useAction";
import { useBook } from "../../hooks/useBook";
import { useFigure, useMoney, useMoneyStyle } from "../../hooks/useMoney";
import { useKpiDesk } from "../../shell/KpiDeskContext";

const useStyles = makeStyles({
  page: { ...layoutRules.screen },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  top: { ...layoutRules.bar },
  back: { paddingLeft: 0, minWidth: "auto" },
  heading: { ...layoutRules.heading, overflowWrap: "anywhere" },
  section: { ...layoutRules.section },
  subheading: layoutRules.subheading,
  muted: layoutRules.muted,
  list: { ...layoutRules.list, gap: tokens.spacingVerticalXS },
  line: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  text: { overflowWrap: "anywhere", minWidth: 0 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  right: { justifySelf: "end", textAlign: "end", whiteSpace: "nowrap" },
  wide: { gridColumn: "1 / -1" },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
  },
  panel: layoutRules.panel,
  reason: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link PersonPage}. */
export type PersonPageProps = {
  /** The ManagerID. */
  id: string;
  /** The period text the roster shows. */
  period: string;
  /** Back to the roster. */
  onBack: () => void;
};

/**
 * @param props - the person, the period and the way back.
 * @returns the page.
 */
export function PersonPage({ id, period, onBack }: PersonPageProps) {
  const { t, locale, today, port } = useKpiDesk();
  const moneyStyle = useMoneyStyle();
  const styles = useStyles();
  const { book, error: readError } = useBook();
  const view = useMemo(() => {
    if (!book) return { page: null as Page | null, error: null as unknown };
    try {
      return { page: personPage(book, id, period, today), error: null };
    } catch (caught) {
      return { page: null, error: caught };
    }
  }, [book, id, period, today]);
  const print = useAction(() => printStatement(port, { person: id, period, asOf: today, locale }));

  const backButton = (
    <Button className={styles.back} appearance="transparent" icon={<ArrowLeftRegular />} onClick={onBack}>
      {t("person.back")}
    </Button>
  );
  const page = view.page;
  if (!page) {
    return (
      <section className={styles.page}>
        <div className={styles.header}>{backButton}</div>
        {view.error != null || readError != null ? (
          <div className={styles.section}>
            <ErrorBar error={view.error ?? readError} />
          </div>
        ) : (
          <Spinner className={styles.section} label={t("tp.loading")} />
        )}
      </section>
    );
  }

  const meta = [page.team ?? t("tp.team.noTeam"), page.level, page.status]
    .filter((x) => x !== null)
    .join(" · ");
  return (
    <section className={styles.page} aria-label={t("person.page", { name: page.name })}>
      <div className={styles.header}>
        <div className={styles.top}>
          {backButton}
          {page.inPeriod && (
            <Button
              size="small"
              icon={print.status === "running" ? <Spinner size="extra-tiny" /> : <PrintRegular />}
              disabled={print.status === "running"}
              onClick={() => void print.run()}
            >
              {t("person.print")}
            </Button>
          )}
        </div>
        <h2 className={styles.heading}>{page.name}</h2>
        <Text className={styles.muted}>
          {meta} · {page.period}
        </Text>
      </div>
      {print.status === "done" && print.result && (
        <div className={styles.section}>
          <NoticeBar>{t("person.print.done", { sheet: print.result.sheet })}</NoticeBar>
        </div>
      )}
      {print.status === "failed" && (
        <div className={styles.section}>
          <ErrorBar error={print.error} titleKey="person.print.failed" onDismiss={print.reset} />
        </div>
      )}
      {!page.inPeriod ? (
        <Text className={styles.section}>
          {t("person.notInPeriod", { name: page.name, period: page.period })}
        </Text>
      ) : (
        <>
          <PaySection page={page} />
          <ScoreSection page={page} />
          <GoalsSection page={page} />
          {page.flags.length > 0 && (
            <Section title={t("person.flags.title")}>
              <ul className={styles.list}>
                {page.flags.map((flag, i) => (
                  <li key={i} className={styles.text}>
                    <Text size={200}>{flagText(flag, locale, moneyStyle)}</Text>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <TasksSection page={page} />
          <CustomersSection page={page} />
          <ReviewSection page={page} />
          <DevelopmentSection page={page} />
        </>
      )}
    </section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <h3 className={styles.subheading}>{title}</h3>
      {children}
    </section>
  );
}

/** A section's list, or the line saying it is empty. */
function Lines<T>({
  items,
  empty,
  children,
}: {
  items: readonly T[];
  empty: string;
  children: (item: T, index: number) => ReactNode;
}) {
  const styles = useStyles();
  if (items.length === 0) return <Text className={styles.muted}>{empty}</Text>;
  return <ul className={styles.list}>{items.map(children)}</ul>;
}

/** A reason with its nested cause, rendered. */
function reasonText(reason: Reason, t: Translate): string {
  return t(reason.key, {
    ...reason.params,
    cause: reason.cause ? t(reason.cause.key, reason.cause.params) : "",
  });
}

/** Why a plan's payout is 0 or held, as a note under its lines (nothing when it is paid as computed). */
function ReasonNote({ reason }: { reason: Reason | null }) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  if (!reason) return null;
  const text = reasonText(reason, t);
  return (
    <Text className={styles.reason} role="note">
      {reason.key.startsWith("report.zero.") ? t("report.stmt.zero", { reason: text }) : text}
    </Text>
  );
}

/** Money as Settings moneyFormat writes it (the report's and the statements' way), "—" for none. */
function useAmount(): (value: number | null) => string {
  const money = useMoney();
  return (value) => (value === null ? "—" : money(value));
}

/**
 * A change since last period: "+1.5" / "−1" with a true minus, and in words when there is none (±0 at one decimal).
 */
function changeText(change: number, prefix: "person.score" | "person.review", t: Translate): string {
  const text = formatChange(change, 1);
  return text === "±0" ? t(`${prefix}.same`) : t(`${prefix}.change`, { change: text });
}

function ScoreSection({ page }: { page: Page }) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  const score = (x: number) => formatNumber(x, 1);
  const formula = compositeFormula(page.parts);
  return (
    <Section title={t("person.score.title")}>
      {page.composite === null ? (
        <Text className={styles.muted}>{t("person.score.none")}</Text>
      ) : (
        <>
          <div className={styles.line}>
            <Text className={styles.strong}>
              {t("person.score.composite", { score: score(page.composite) })}
            </Text>
            {page.rating !== null && (
              <Badge appearance="tint" className={styles.right}>
                {t("person.score.rating", { rating: page.rating })}
              </Badge>
            )}
            <Text className={mergeClasses(styles.muted, styles.wide)}>
              {[
                page.basis === "projected" && page.projectedComposite !== null
                  ? t("person.score.projected", { score: score(page.projectedComposite) })
                  : null,
                page.previousComposite !== null
                  ? t("person.score.previous", { score: score(page.previousComposite) })
                  : null,
                page.change !== null ? changeText(page.change, "person.score", t) : null,
              ]
                .filter((x) => x !== null)
                .join(" · ")}
            </Text>
          </div>
          <ul className={styles.list}>
            {page.parts.map((part) => (
              <Line
                key={part.goalId}
                label={part.kpiName}
                value={t("person.score.part", {
                  weight: formatPercent(part.weight, 0),
                  score: score(part.score),
                  points: score(part.points),
                })}
              />
            ))}
            <li className={styles.line}>
              <span />
              <span className={mergeClasses(styles.right, styles.strong)}>
                {t("person.score.total", {
                  points: score(page.parts.reduce((s, p) => s + p.points, 0)),
                  weight: formatPercent(page.scoredWeight, 0),
                  score: score(page.composite),
                })}
              </span>
            </li>
          </ul>
          {formula && <Text className={styles.formula}>{t("person.score.formula", { formula })}</Text>}
        </>
      )}
    </Section>
  );
}

function GoalsSection({ page }: { page: Page }) {
  const { t, locale } = useKpiDesk();
  const figure = useFigure();
  const styles = useStyles();
  return (
    <Section title={t("person.goals.title")}>
      <Lines items={page.goals} empty={t("person.goals.none", { period: page.period })}>
        {(g) => (
          <li key={g.goalId} className={styles.line}>
            <span className={mergeClasses(styles.text, styles.strong)}>{g.kpiName}</span>
            <span className={styles.right}>
              {g.pace !== null && (
                <Badge
                  appearance="tint"
                  color={g.pace === 3 ? "danger" : g.pace === 2 ? "warning" : "success"}
                >
                  {t(`report.pace.${g.pace}` as MessageKey)}
                </Badge>
              )}
            </span>
            {g.description && (
              <Text className={mergeClasses(styles.muted, styles.wide)}>{g.description}</Text>
            )}
            <ProgressBar
              className={styles.wide}
              value={g.progress ?? 0}
              max={1}
              thickness="large"
              color={g.pace === 3 ? "error" : g.pace === 2 ? "warning" : "brand"}
              aria-label={t("person.goal.bar", { kpi: g.kpiName })}
            />
            <Text size={200} className={styles.text}>
              {g.actual === null || g.target === null
                ? t("person.goal.noActual")
                : t("person.goal.progress", {
                    actual: figure(g.actual, g.unit),
                    target: figure(g.target, g.unit),
                  })}
            </Text>
            <Text size={200} className={styles.right}>
              {g.attainment === null
                ? ""
                : t("person.goal.attainment", { value: formatPercent(g.attainment, 0) })}
            </Text>
            <Text className={mergeClasses(styles.muted, styles.wide)}>
              {[
                g.actualSource === "actuals"
                  ? t("person.source.actuals")
                  : g.actualSource === "crm"
                    ? t("person.source.crm", { source: enumLabel(g.source, locale) })
                    : t("person.source.none"),
                page.basis === "projected" && g.projectedAttainment !== null
                  ? t("person.goal.projected", { value: formatPercent(g.projectedAttainment, 0) })
                  : null,
              ]
                .filter((x) => x !== null)
                .join(" · ")}
            </Text>
          </li>
        )}
      </Lines>
    </Section>
  );
}

function TasksSection({ page }: { page: Page }) {
  const { t, locale } = useKpiDesk();
  return (
    <Section title={t("person.tasks.title")}>
      <Lines items={page.tasks} empty={t("person.tasks.none", { period: page.period })}>
        {(task) => (
          <Line
            key={task.id}
            label={task.title}
            value={
              task.overdue ? (
                <Badge appearance="tint" color="danger">
                  {t("person.task.overdue")}
                </Badge>
              ) : (
                <Text size={200}>{task.status === null ? "" : enumLabel(task.status, locale)}</Text>
              )
            }
            note={
              task.due === null
                ? t("person.task.noDue")
                : t("person.task.due", { date: formatDate(task.due) })
            }
          />
        )}
      </Lines>
    </Section>
  );
}

function CustomersSection({ page }: { page: Page }) {
  const { t, locale } = useKpiDesk();
  const money = useAmount();
  const styles = useStyles();
  return (
    <Section title={t("person.customers.title")}>
      {page.neglected.length === 0 ? (
        <Text className={styles.muted}>{t("person.neglected.none", { days: page.neglectDays })}</Text>
      ) : (
        <>
          <Text size={200} className={styles.strong}>
            {t("person.neglected", { days: page.neglectDays })}
          </Text>
          <ul className={styles.list}>
            {page.neglected.map((c) => (
              <Line
                key={c.id}
                label={
                  <>
                    {c.name}{" "}
                    {c.key && (
                      <Badge size="small" appearance="tint" color="warning">
                        {t("person.neglected.key")}
                      </Badge>
                    )}
                  </>
                }
                small
                value={
                  c.lastContact === null
                    ? t("person.neglected.never")
                    : t("person.neglected.last", { date: formatDate(c.lastContact) })
                }
              />
            ))}
          </ul>
        </>
      )}
      <Text size={200} className={styles.strong}>
        {t("person.deals.title")}
      </Text>
      <Lines items={page.deals} empty={t("person.deals.none")}>
        {(d) => (
          <Line
            key={d.id}
            label={
              [d.customer, d.product].filter((x) => x !== null).join(" · ") || enumLabel(d.stage, locale)
            }
            small
            value={money(d.amount)}
            note={[
              enumLabel(d.stage, locale),
              d.closeDate === null ? null : t("person.deal.close", { date: formatDate(d.closeDate) }),
            ]
              .filter((x) => x !== null)
              .join(" · ")}
          />
        )}
      </Lines>
    </Section>
  );
}

function ReviewSection({ page }: { page: Page }) {
  const { t } = useKpiDesk();
  const styles = useStyles();
  const r = page.review;
  return (
    <Section title={t("person.review.title")}>
      <div className={styles.line}>
        <Text>
          {r.overall === null ? "" : t("person.review.overall", { score: formatNumber(r.overall, 1) })}
        </Text>
        <Badge
          className={styles.right}
          appearance="tint"
          color={r.status === "missing" ? "danger" : "informative"}
        >
          {t(`report.review.${r.status}` as MessageKey)}
        </Badge>
      </div>
      {r.dimensions.some((d) => d.score !== null) && (
        <ul className={styles.list}>
          {r.dimensions.map((d) => (
            <Line
              key={d.dimension}
              label={t(`reviews.dim.${d.dimension}` as MessageKey)}
              small
              value={
                d.change === null
                  ? d.score === null
                    ? t("person.review.noScore")
                    : formatNumber(d.score, 1)
                  : // The change in the language's own brackets: "4 (+1 since last period)", "4（较上期 +1）".
                    t("person.review.dimension", {
                      score: d.score === null ? t("person.review.noScore") : formatNumber(d.score, 1),
                      change: changeText(d.change, "person.review", t),
                    })
              }
            />
          ))}
        </ul>
      )}
    </Section>
  );
}

function DevelopmentSection({ page }: { page: Page }) {
  const { t, locale } = useKpiDesk();
  const styles = useStyles();
  const c = page.career;
  return (
    <>
      <Section title={t("person.dev.title")}>
        <Text size={200}>
          {t("person.training", {
            hours: formatNumber(page.training.hours, 1),
            required: formatNumber(page.training.required, 1),
          })}
        </Text>
        <ProgressBar
          value={page.training.required > 0 ? Math.min(1, page.training.hours / page.training.required) : 1}
          max={1}
          aria-label={t("person.training", {
            hours: formatNumber(page.training.hours, 1),
            required: formatNumber(page.training.required, 1),
          })}
        />
        {c.level === null && c.nextLevel === null && c.readiness === null ? (
          <Text className={styles.muted}>{t("person.career.none")}</Text>
        ) : (
          <>
            {c.level !== null && <Text size={200}>{t("person.career.level", { level: c.level })}</Text>}
            {isTopOfLadder(c.level, c.nextLevel) ? (
              <Text size={200}>{t("person.career.top")}</Text>
            ) : (
              c.nextLevel !== null && (
                <Text size={200}>
                  {t("person.career.next", {
                    next: c.nextLevel,
                    readiness: c.readiness === null ? "—" : enumLabel(c.readiness, locale),
                  })}
                </Text>
              )
            )}
            {c.potential !== null && (
              <Text size={200}>
                {t("person.career.potential", { potential: formatNumber(c.potential, 1) })}
              </Text>
            )}
          </>
        )}
      </Section>
      <Section title={t("person.meetings.title")}>
        <Text size={200}>{t("person.openActions", { count: page.openActions })}</Text>
        <Lines items={page.meetings} empty={t("person.meetings.none")}>
          {(m, i) => (
            <Line
              key={i}
              label={m.topic}
              small
              value={formatDate(m.date)}
              note={m.actions && t("person.meeting.actions", { actions: m.actions })}
            />
          )}
        </Lines>
      </Section>
      <Section title={t("person.recognition.title")}>
        <Lines items={page.recognition} empty={t("person.recognition.none", { period: page.period })}>
          {(r, i) => <Line key={i} label={r.award} small value={formatDate(r.date)} note={r.reason} />}
        </Lines>
      </Section>
    </>
  );
}

function PaySection({ page }: { page: Page }) {
  const { t, locale } = useKpiDesk();
  const styles = useStyles();
  const status =
    page.payoutStatus === "none" ? t("person.pay.status.none") : enumLabel(page.payoutStatus, locale);
  return (
    <Section title={t("person.pay.title")}>
      {!page.bonus && !page.commission ? (
        <Text className={styles.muted}>{t("report.stmt.noPlan")}</Text>
      ) : (
        <>
          {page.bonus && <BonusLines bonus={page.bonus.report} reason={page.bonus.reason} page={page} />}
          {page.commission && (
            <CommissionLines commission={page.commission.report} reason={page.commission.reason} />
          )}
          <Text size={200} className={styles.muted}>
            {t("person.pay.status", { status })}
          </Text>
        </>
      )}
    </Section>
  );
}

/**
 * One line of a section: what (a KPI, a task, a step of a computation) at the start, its figure at the end, a note
 * under both across the width. `small` sets the figure in the small text of lists.
 */
function Line({
  label,
  value,
  note,
  small = false,
}: {
  label: ReactNode;
  value?: ReactNode;
  note?: ReactNode;
  small?: boolean;
}) {
  const styles = useStyles();
  return (
    <li className={styles.line}>
      <span className={styles.text}>{label}</span>
      {small ? (
        <Text size={200} className={styles.right}>
          {value}
        </Text>
      ) : (
        <span className={styles.right}>{value}</span>
      )}
      {note && <Text className={mergeClasses(styles.muted, styles.wide)}>{note}</Text>}
    </li>
  );
}

function BonusLines({ bonus: b, reason, page }: { bonus: BonusReport; reason: Reason | null; page: Page }) {
  const { t } = useKpiDesk();
  const money = useAmount();
  const styles = useStyles();
  const pct = (x: number | null) => (x === null ? "—" : formatPercent(x));
  const basisHow =
    b.basis === "score"
      ? t("report.stmt.basis.score", { score: page.composite === null ? "—" : formatNumber(page.composite) })
      : b.basis === "kpi"
        ? t("report.stmt.basis.kpi", { kpi: page.bonus?.basisKpiName ?? "—" })
        : t("report.stmt.basis.deals", {
            credited: b.attainment === null || b.quota === null ? "—" : money(b.attainment * b.quota),
            quota: money(b.quota),
          });
  const gateValue = b.gate
    ? t(b.held ? "report.held.gate" : b.gate.passed ? "report.gate.met" : "report.gate.notMet")
    : t("report.gate.met");
  return (
    <div className={styles.panel}>
      <Text className={styles.strong}>{t("person.pay.bonus", { name: planName(b) })}</Text>
      <ul className={styles.list}>
        <Line label={t("report.stmt.bonus.target")} value={money(b.targetBonus)} />
        <Line label={t("report.stmt.bonus.attainment")} value={pct(b.attainment)} note={basisHow} />
        <Line
          label={t("report.stmt.bonus.planCurve")}
          value={pct(b.curveValue)}
          note={t("report.stmt.bonus.curveHow")}
        />
        <Line
          label={t("report.stmt.bonus.gate")}
          value={gateValue}
          note={
            b.gate
              ? t("report.stmt.bonus.gateHow", {
                  kpi: b.gate.kpiName,
                  attainment: b.gate.attainment === null ? "—" : formatPercent(b.gate.attainment),
                  min: formatPercent(b.gate.min),
                })
              : t("report.stmt.bonus.noGate")
          }
        />
        <Line
          label={t("report.stmt.bonus.multiplier")}
          value={formatNumber(b.multiplier, 2)}
          note={
            b.rating === null
              ? t("report.stmt.bonus.noRating")
              : t("report.stmt.bonus.multiplierHow", { rating: b.rating })
          }
        />
        <Line
          label={t("report.stmt.bonus.proration")}
          value={formatPercent(b.proration)}
          note={t("report.stmt.bonus.prorationHow", {
            days: b.coveredDays,
            total: b.periodDays,
            from: formatDate(b.coveredFrom),
            to: formatDate(Math.max(b.coveredFrom, b.coveredTo)),
          })}
        />
        {b.cap !== null && <Line label={t("report.stmt.bonus.cap")} value={money(b.cap)} />}
        <Line
          label={t("report.stmt.bonus.amount")}
          value={b.held ? t("report.held") : money(b.amount)}
          note={
            b.basis !== "deals" && b.projected !== null && page.basis === "projected"
              ? t("person.pay.projected", { amount: money(b.projected) })
              : undefined
          }
        />
      </ul>
      <ReasonNote reason={reason} />
    </div>
  );
}

function CommissionLines({ commission: c, reason }: { commission: CommissionReport; reason: Reason | null }) {
  const { t } = useKpiDesk();
  const money = useAmount();
  const styles = useStyles();
  const tierLabel = (kind: string, tier: number | null) =>
    kind === "total"
      ? t("report.stmt.commission.total")
      : kind === "prior"
        ? t("report.stmt.commission.prior")
        : t("report.stmt.commission.tier", { n: tier ?? "" });
  return (
    <div className={styles.panel}>
      <Text className={styles.strong}>{t("person.pay.commission", { name: planName(c) })}</Text>
      <ul className={styles.list}>
        <Line
          label={t("report.stmt.commission.credited")}
          value={money(c.credited)}
          note={t("report.stmt.commission.creditedHow", { deals: c.deals })}
        />
        {c.lines
          .filter((line) => line.kind !== "total")
          .map((line, i) => (
            <Line
              key={i}
              label={tierLabel(line.kind, line.tier)}
              value={money(line.commission)}
              note={t("person.pay.tier", {
                tier: tierLabel(line.kind, line.tier),
                amount: money(line.amount),
                rate: line.rate === null ? "—" : formatPercent(line.rate, 2),
                commission: money(line.commission),
              })}
            />
          ))}
        {c.cap !== null && <Line label={t("report.stmt.commission.cap")} value={money(c.cap)} />}
        <Line label={t("report.stmt.commission.amount")} value={money(c.amount)} />
        {c.error === null && (
          <Line
            label={t("report.stmt.nextTier")}
            value={c.topTier ? t("report.stmt.topTier") : money(c.nextTier)}
            note={c.topTier ? undefined : t("report.stmt.nextTierHow")}
          />
        )}
      </ul>
      <ReasonNote reason={reason} />
      {c.dealLines.length > 0 && (
        <>
          <Text size={200} className={styles.strong}>
            {t("person.pay.deals")}
          </Text>
          <ul className={styles.list}>
            {c.dealLines.map((d) => {
              const deal = {
                customer: d.customerName ?? d.customer ?? "—",
                date: formatDate(d.closeDate),
                amount: money(d.amount),
              };
              const text =
                d.share === 1
                  ? t("person.pay.deal", deal)
                  : t("person.pay.dealShare", { ...deal, share: formatPercent(d.share, 0) });
              return (
                <Line key={d.deal} label={<Text size={200}>{text}</Text>} small value={money(d.credited)} />
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
