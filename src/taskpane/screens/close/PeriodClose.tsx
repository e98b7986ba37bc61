/**
 * Close period: per period (and team), draft the payouts from the report, approve the drafts, lock the approved
 * ones; each locked payout shows whether anything it was computed from changed since the lock — "unchanged", or
 * the list of changes from what to what — and can be unlocked with a reason. The period's audit log is below.
 * The steps and checks are in src/workbook/periodClose.ts, what the screen shows of them (cards, counts, texts) in
 * src/domain/close/closeView.ts; this screen reads, shows and calls them.
 *
 * Approvals are named and deliberate: the approver's name is asked once per workbook (Settings, `approver`) and
 * nothing can be approved, locked or unlocked without it; approving in bulk first shows how many payouts and the
 * total. The period's lock receipt is shown once anything is locked, and a tampered audit log is said at the top.
 */
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  useId,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular, WarningRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import { enumLabel } from "../../../model";
import { formatDate, formatPercent } from "../../../format";
import { useMoney } from "../../hooks/useMoney";
import { approverOf, saveApprover, type AuditChainCheck } from "../../../workbook/audit";
import {
  CLOSE_TABLES,
  approve,
  checkClose,
  draftPayouts,
  lock,
  unlock,
  type CloseCheck,
  type CloseTables,
  type LockCheck,
} from "../../../workbook/periodClose";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorBar } from "../../components/ErrorBar";
import { Filter, FilterBar, plainChoices } from "../../components/FilterBar";
import { ReasonDialog } from "../../components/ReasonDialog";
import { useAction } from "../../hooks/useAction";
import { useDerived } from "../../hooks/useBook";
import { useTeamChoices } from "../../hooks/useTeamChoices";
import { useTables } from "../../hooks/useTables";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { useCloseStyles } from "./close.styles";
import {
  ALL_TEAMS,
  approvalOf,
  auditLines,
  payoutNames,
  auditNote,
  chainProblemsText,
  changeText,
  curveNames,
  draftedOutcome,
  idsWithStatus,
  lastActor,
  lockedOutcome,
  closePeriods,
  orphanChecks,
  payable,
  periodPayouts,
  type CloseOutcome,
  type CurveNames,
  type PayoutCard,
} from "../../../domain/close/closeView";

const STATUS_COLOR = { draft: "informative", approved: "brand", locked: "success" } as const;

/** The workbook's locks checked (per payout, the audit chain, the chosen period's receipt), with what was checked. */
interface Verification extends CloseCheck {
  data: CloseTables;
  period: string;
}

/**
 * Checks the locks, the chain and the receipt of the rows read (SHA-256 is asynchronous): the last result stays on
 * screen until the next one is ready.
 */
function useVerification(data: CloseTables | null, period: string) {
  const [result, setResult] = useState<Verification | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (!data) return;
    let live = true;
    void (async () => {
      try {
        const checked = await checkClose(data, period);
        if (live) {
          setResult({ data, period, ...checked });
          setFailure(null);
        }
      } catch (error) {
        if (live) setFailure(error);
      }
    })();
    return () => {
      live = false;
    };
  }, [data, period]);
  return { result, failure };
}

/**
 * @returns the Close period screen.
 */
export function PeriodClose() {
  const { port, t, locale, today } = useKpiDesk();
  const styles = useCloseStyles();
  const money = useMoney();
  const { data, error, loading, refresh } = useTables(CLOSE_TABLES);
  // The periods and teams are kept in the pane's team book: a visit back finds them built.
  const choices = useDerived(
    data,
    CLOSE_TABLES,
    `close:periods:${today}`,
    (rows) => closePeriods(rows, today),
    locale,
  );
  const { teams } = useTeamChoices(data, CLOSE_TABLES);
  const [chosen, setChosen] = useState<string | null>(null);
  const [team, setTeam] = useState(ALL_TEAMS);
  // The approver's name is kept in Settings; until it is, the field starts with the last name in the audit log.
  const stored = data ? approverOf(data.Settings) : "";
  const [editingName, setEditingName] = useState(false);
  const [typedBy, setBy] = useState<string | null>(null);
  const typed = typedBy ?? (stored || (data ? lastActor(data.Audit) : ""));
  const by = stored;
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<CloseOutcome | null>(null);
  const [unlocking, setUnlocking] = useState<PayoutCard | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  // The Unlock button that opened the dialog: the focus goes back to it when the dialog is dismissed.
  const opener = useRef<HTMLElement | null>(null);
  const listId = useId("close-payouts");
  const historyId = useId("close-history");
  const period = chosen ?? choices?.initial ?? "";
  const plans = data?.Plans;
  const curves = useMemo(() => (plans ? curveNames(plans, money) : undefined), [plans, money]);
  const { result: verification, failure: verifyFailure } = useVerification(data, period);
  const checks = useMemo(() => verification?.checks ?? [], [verification]);
  const current = verification?.data === data && verification?.period === period ? verification : null;

  const view = useMemo(
    () => (data && period ? periodPayouts(data, checks, period, team) : null),
    [data, checks, period, team],
  );
  const orphans = useMemo(
    () => (view ? orphanChecks(checks, view.cards, period) : []),
    [checks, view, period],
  );
  const history = useMemo(
    () => (data ? auditLines(data.Audit, period, t, locale, payoutNames(data)) : []),
    [data, period, t, locale],
  );

  const action = useAction(
    async (_progress, step: "draft" | "approve" | "lock" | "name"): Promise<CloseOutcome> => {
      if (step === "name") {
        await saveApprover(port, typed);
        setEditingName(false);
        setBy(null);
        refresh();
        return { text: t("close.approver.saved", { name: typed.trim() }) };
      }
      const actor = { date: today, by };
      const cards = view?.cards ?? [];
      if (step === "draft") return draftedOutcome(await draftPayouts(port, period), t, data?.Plans);
      if (step === "approve")
        return {
          text: t("close.approved", { count: await approve(port, idsWithStatus(cards, "draft"), actor) }),
        };
      return lockedOutcome(await lock(port, idsWithStatus(cards, "approved"), actor), period, t);
    },
  );
  const running = action.status === "running";
  const run = async (step: "draft" | "approve" | "lock" | "name") => {
    setOutcome(null);
    const result = await action.run(step);
    if (result) setOutcome(result);
  };

  if (!data && loading) return <Spinner className={styles.screen} label={t("tp.loading")} />;
  const counts = view?.counts ?? { draft: 0, approved: 0, locked: 0 };
  const named = by !== "";
  const approval = approvalOf(view?.cards ?? []);

  return (
    <section className={styles.screen} aria-label={t("close.screen")}>
      <h2 className={styles.heading}>{t("close.title")}</h2>
      <Text className={styles.muted}>{t("close.intro")}</Text>
      {error != null && <ErrorBar error={error} onRetry={refresh} />}
      <FilterBar>
        <Filter
          label={t("close.period")}
          value={period}
          choices={plainChoices(choices?.periods ?? [])}
          disabled={running}
          onChange={(value) => {
            setChosen(value);
            setOutcome(null);
            action.reset();
          }}
        />
        <Filter
          label={t("close.team")}
          value={team}
          choices={[{ value: ALL_TEAMS, text: t("close.team.all") }, ...plainChoices(teams)]}
          disabled={running}
          onChange={setTeam}
        />
      </FilterBar>
      {named && !editingName ? (
        <div className={styles.approver}>
          <Text>{t("close.approver.current", { name: by })}</Text>
          <Button size="small" appearance="subtle" disabled={running} onClick={() => setEditingName(true)}>
            {t("close.approver.change")}
          </Button>
        </div>
      ) : (
        <form
          className={styles.approverForm}
          onSubmit={(event) => {
            event.preventDefault();
            void run("name");
          }}
        >
          <Field label={t("close.approver")} hint={t("close.approver.ask")} className={styles.byField}>
            <Input className={styles.control} value={typed} onChange={(_, d) => setBy(d.value)} />
          </Field>
          <Button type="submit" disabled={running}>
            {t("close.approver.save")}
          </Button>
        </form>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running || period === ""} onClick={() => void run("draft")}>
          {t("close.draft")}
        </Button>
        <Button disabled={running || !named || counts.draft === 0} onClick={() => setConfirming(true)}>
          {t("close.approveAll", { count: counts.draft })}
        </Button>
        <Button disabled={running || !named || counts.approved === 0} onClick={() => void run("lock")}>
          {t("close.lockAll", { count: counts.approved })}
        </Button>
        <Button appearance="subtle" disabled={running || loading} onClick={refresh}>
          {t("close.verify.again")}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={t("close.running")} />}
      {outcome && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {outcome.title && <MessageBarTitle>{t(outcome.title)}</MessageBarTitle>}
            {outcome.text}
            {outcome.list && outcome.list.length > 0 && (
              <>
                <br />
                {t("close.notComputed", { count: outcome.list.length })}
                <ul className={styles.changes}>
                  {outcome.list.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {action.status === "failed" && (
        <ErrorBar error={action.error} titleKey="close.failed" onDismiss={action.reset} />
      )}
      {verifyFailure != null && <ErrorBar error={verifyFailure} onRetry={refresh} />}
      {current && <ChainState chain={current.chain} />}
      {current?.receipt && (
        <div className={styles.receipt} role="group" aria-label={t("close.receipt", { period })}>
          <Text weight="semibold">{t("close.receipt", { period })}</Text>
          <Text className={styles.receiptCode}>{current.receipt}</Text>
          <Text className={styles.muted}>{t("close.receipt.hint")}</Text>
        </div>
      )}

      <h3 className={styles.subheading} id={listId} ref={listHeading} tabIndex={-1}>
        {t("close.list", { period })}
      </h3>
      {view && view.cards.length === 0 && orphans.length === 0 ? (
        <Text>{t("close.empty")}</Text>
      ) : (
        <>
          <Text className={styles.muted}>{t("close.summary", counts)}</Text>
          <ul className={styles.list} aria-labelledby={listId}>
            {view?.cards.map((card) => (
              <PayoutItem
                key={card.id}
                card={card}
                curves={curves}
                onUnlock={(button) => {
                  opener.current = button;
                  setUnlocking(card);
                }}
              />
            ))}
            {orphans.map((check) => (
              <li key={check.payoutId} className={styles.card}>
                <Text className={styles.name}>{check.payoutId}</Text>
                <CheckResult check={check} name={check.payoutId} curves={curves} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 className={styles.subheading} id={historyId}>
        {t("close.history", { period })}
      </h3>
      {history.length === 0 ? (
        <Text className={styles.muted}>{t("close.history.empty")}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={historyId}>
          {history.map((line) => (
            <li key={line.key} className={styles.card}>
              <Text>{line.text}</Text>
              {auditNote(line, t) && <Text className={styles.muted}>{auditNote(line, t)}</Text>}
            </li>
          ))}
        </ul>
      )}

      <ConfirmDialog
        open={confirming}
        title={t("close.confirm.title", { count: approval.count })}
        confirmLabel={t("close.confirm.ok", { count: approval.count })}
        cancelLabel={t("close.cancel")}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void run("approve");
        }}
      >
        {t("close.confirm.body", {
          count: approval.count,
          period,
          team: team === ALL_TEAMS ? t("close.team.all") : team,
          name: by,
          amount: money(approval.amount),
        })}
      </ConfirmDialog>
      <ReasonDialog
        subject={unlocking}
        title={(card) => t("close.unlock.title", { name: payoutLabel(card) })}
        body={() => t("close.unlock.body")}
        reasonLabel={t("close.unlock.reason")}
        requiredKey="close.err.reasonRequired"
        submitLabel={t("close.unlock")}
        cancelLabel={t("close.cancel")}
        errorTitle="close.failed"
        write={(card, reason) => unlock(port, card.id, reason, { date: today, by }).then(() => card)}
        onClose={() => {
          setUnlocking(null);
          requestAnimationFrame(() => opener.current?.focus());
        }}
        onDone={(card) => {
          setUnlocking(null);
          setOutcome({ text: t("close.unlocked", { name: payoutLabel(card) }) });
          // The Unlock button is gone with the lock: the list's heading takes the focus.
          requestAnimationFrame(() => listHeading.current?.focus());
        }}
      />
    </section>
  );
}

/** One payout: who, plan, amount, status; for a locked one, when, its checksum, its check and Unlock. */
function PayoutItem({
  card,
  curves,
  onUnlock,
}: {
  card: PayoutCard;
  curves: CurveNames | undefined;
  onUnlock: (button: HTMLElement) => void;
}) {
  const { t, locale } = useKpiDesk();
  const money = useMoney();
  const styles = useCloseStyles();
  const details = [
    card.adjustment ? t("close.card.adjustment", { amount: money(card.adjustment) }) : null,
    card.attainment !== null ? t("close.card.attainment", { value: formatPercent(card.attainment) }) : null,
  ].filter((d): d is string => d !== null);
  return (
    <li className={styles.card}>
      <div className={styles.cardHead}>
        <Text className={styles.name}>{card.name}</Text>
        <Badge appearance="tint" color={STATUS_COLOR[card.status]}>
          {enumLabel(card.status, locale)}
        </Badge>
      </div>
      <Text>{t("close.card.amount", { plan: card.planName, amount: money(payable(card)) })}</Text>
      {details.length > 0 && <Text className={styles.muted}>{details.join(" · ")}</Text>}
      {card.status !== "locked" && card.check?.state === "unlockedOutside" && (
        <CheckResult check={card.check} name={payoutLabel(card)} curves={curves} />
      )}
      {card.status === "locked" && (
        <>
          <Text className={styles.muted}>
            {t("close.card.lockedOn", {
              date: card.lockedOn === null ? t("close.blank") : formatDate(card.lockedOn),
              checksum: card.checksum ?? t("close.blank"),
            })}
          </Text>
          {card.check && <CheckResult check={card.check} name={payoutLabel(card)} curves={curves} />}
          <Button
            size="small"
            className={styles.unlock}
            aria-label={t("close.unlock.named", { name: payoutLabel(card) })}
            onClick={(event) => onUnlock(event.currentTarget)}
          >
            {t("close.unlock")}
          </Button>
        </>
      )}
    </li>
  );
}

/** A payout in words: the person and the plan ("Abigail Smith · Corporate commission 2026"), never its id. */
const payoutLabel = (card: PayoutCard) => `${card.name} · ${card.planName}`;

/**
 * "Unchanged", the list of changes, or a damaged lock record; `name` is the payout in words, `curves` names a
 * curve's changed points by the plans using it.
 */
function CheckResult({
  check,
  name,
  curves,
}: {
  check: LockCheck;
  name: string;
  curves: CurveNames | undefined;
}) {
  const { t, locale } = useKpiDesk();
  const styles = useCloseStyles();
  if (check.state === "unchanged") {
    return (
      <div className={styles.check}>
        <CheckmarkCircleRegular className={styles.ok} aria-hidden />
        <Text>{t("close.verify.unchanged")}</Text>
      </div>
    );
  }
  if (check.state === "unlockedOutside") {
    return (
      <div className={styles.check} role="alert">
        <WarningRegular className={styles.warn} aria-hidden />
        <Text>{t("close.verify.unlockedOutside", { name })}</Text>
      </div>
    );
  }
  if (check.state === "damaged") {
    return (
      <div className={styles.check} role="alert">
        <WarningRegular className={styles.warn} aria-hidden />
        <Text>{t("close.verify.damaged")}</Text>
      </div>
    );
  }
  return (
    <div>
      <div className={styles.check}>
        <WarningRegular className={styles.warn} aria-hidden />
        <Text weight="semibold">{t("close.verify.changed", { count: check.changes.length })}</Text>
      </div>
      <ul className={styles.changes} aria-label={t("close.verify.changes", { name })}>
        {check.changes.map((change, i) => (
          <li key={i}>{changeText(change, t, locale, curves)}</li>
        ))}
      </ul>
    </div>
  );
}

/** A broken audit chain (what was done to which entry), or a note that an old workbook's log is not chained. */
function ChainState({ chain }: { chain: AuditChainCheck }) {
  const { t } = useKpiDesk();
  if (chain.state === "broken") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("close.chain.broken")}</MessageBarTitle>
          {chainProblemsText(chain, t)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (chain.state === "unchained" && chain.legacy > 0) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("close.chain.none")}</MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
