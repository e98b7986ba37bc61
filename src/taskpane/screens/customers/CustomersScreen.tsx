/**
 * Customers: a person's customers with last contact, open deals and next step (those without contact for too long
 * flagged and sortable first), quick logging of an interaction and updating of a deal, and the KPI actuals these
 * tables feed, shown next to their goals for the chosen period. Filtered by team and period.
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogSurface,
  Select,
  Spinner,
  Text,
  useId,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { AddRegular, NoteAddRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { enumLabel, type DealRow, type InteractionRow } from "../../../model";
import { formatDate } from "../../../format";
import { ErrorBar } from "../../components/ErrorBar";
import { NoticeBar } from "../../components/NoticeBar";
import { Filter, FilterBar, TeamFilter, plainChoices } from "../../components/FilterBar";
import { WindowedList } from "../../components/WindowedList";
import { useAction } from "../../hooks/useAction";
import { useTables } from "../../hooks/useTables";
import { useDerived } from "../../hooks/useBook";
import { useKpiDesk } from "../../shell/KpiDeskContext";
import { CustomerCard } from "./CustomerCard";
import { CustomerDetail } from "./CustomerDetail";
import {
  ALL_TEAMS,
  CUSTOMER_SORTS,
  CUSTOMER_TABLES,
  actualChanges,
  actualsOf,
  customerEntries,
  customerPeriods,
  dealsOf,
  indexCustomerBook,
  kpiActuals,
  nextId,
  peopleOfTeam,
  sortCustomers,
  teamsOf,
  type CustomerSort,
} from "../../../domain/crm/customerBook";
import { dealName } from "../../../domain/crm/forms";
import { CUSTOMER_ROW_PX, useCustomerStyles } from "./customers.styles";
import { DealForm } from "./DealForm";
import { ImportButton } from "../import/ImportButton";
import { InteractionForm } from "./InteractionForm";
import { KpiPanel } from "./KpiPanel";
import { useFocusOn } from "../../shell/PaneNavigation";

/** Width of the numbers in new ids (as the sample and set-up write them). */
const INTERACTION_ID_DIGITS = 7;
const DEAL_ID_DIGITS = 6;

/** What the dialog shows; a form opened from a customer's page goes back there when cancelled. */
type DialogState =
  | { kind: "customer"; customer: string }
  | { kind: "log"; customer: string; back: boolean }
  | { kind: "deal"; customer: string; deal: DealRow | null; back: boolean };

/** Which person, period and goal actuals a baseline belongs to (changes are shown only against the same). */
interface Baseline {
  person: string;
  period: string;
  actuals: Map<string, number | null>;
}

/**
 * @returns the Customers screen.
 */
export function CustomersScreen() {
  const { t, locale, today, port } = useKpiDesk();
  const styles = useCustomerStyles();
  const restoreFocus = useRestoreFocusTarget();
  const ids = {
    sort: useId("customers-sort"),
  };
  const { data, error, loading, refresh } = useTables(CUSTOMER_TABLES);
  // The customer book's index lives in the pane's team book: built once per data version, found again next visit.
  const book = useDerived(
    data,
    CUSTOMER_TABLES,
    "customers:index",
    (rows) => {
      try {
        return { value: indexCustomerBook(rows), error: null as unknown };
      } catch (caught) {
        return { value: null, error: caught };
      }
    },
    locale,
  ) ?? { value: null, error: null as unknown };

  const [team, setTeam] = useState(ALL_TEAMS);
  // Opened from the Team cockpit on a person with customers not contacted: that person.
  const focus = useFocusOn("customers");
  const [chosenPerson, setPerson] = useState<string | null>(focus?.person ?? null);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const [sort, setSort] = useState<CustomerSort>("attention");
  const [onlyNeglected, setOnlyNeglected] = useState(focus !== null);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [baseline, setBaseline] = useState<Baseline | null>(null);
  // Where focus goes back to when a dialog closes: the button that opened it, or — when a write re-sorted the list
  // and that row is no longer rendered — the message saying what was written.
  const opener = useRef<HTMLElement | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const lastDialogBody = useRef<ReactNode>(null);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus === 0) return;
    const target = opener.current?.isConnected ? opener.current : noticeRef.current;
    target?.focus();
  }, [refocus]);

  const allPeople = useMemo(() => book.value?.people ?? [], [book.value]);
  const { teams, hasNoTeam } = useMemo(() => teamsOf(allPeople, locale), [allPeople, locale]);
  const people = useMemo(() => peopleOfTeam(allPeople, team), [allPeople, team]);
  const person = people.find((p) => p.id === chosenPerson) ?? people[0] ?? null;
  const periods = useMemo(
    () => (book.value ? customerPeriods(book.value, person?.id ?? null, today) : []),
    [book.value, person?.id, today],
  );
  const period = periods.find((p) => p.text === chosenPeriod) ?? periods[0] ?? null;

  const entries = useMemo(
    () => (book.value && person && period ? customerEntries(book.value, person.id, period, today) : []),
    [book.value, person, period, today],
  );
  const neglectedCount = entries.filter((c) => c.neglected).length;
  const shown = useMemo(
    () => sortCustomers(onlyNeglected ? entries.filter((c) => c.neglected) : entries, sort, locale),
    [entries, onlyNeglected, sort, locale],
  );
  const goals = useMemo(
    () => (book.value && person && period ? kpiActuals(book.value, person.id, period, today) : []),
    [book.value, person, period, today],
  );
  const changes = useMemo(
    () =>
      baseline && person && period && baseline.person === person.id && baseline.period === period.text
        ? actualChanges(baseline.actuals, goals)
        : new Map<string, number>(),
    [baseline, person, period, goals],
  );
  const choices = useMemo(
    () => sortCustomers(entries, "name", locale).map((c) => ({ id: c.id, name: c.name })),
    [entries, locale],
  );

  const log = useAction(async (_progress, row: InteractionRow) => {
    await port.appendRows("Interactions", [row]);
    return true;
  });
  // `read` is the deal as the form opened on it: the base that keeps an edit made in the sheet meanwhile.
  const saveDeal = useAction(async (_progress, row: DealRow, read: DealRow | null) => {
    if (read === null) await port.appendRows("Deals", [row]);
    else await port.updateRows("Deals", [row], [read]);
    return true;
  });

  const open = (next: DialogState) => {
    if (dialog === null && document.activeElement instanceof HTMLElement)
      opener.current = document.activeElement;
    log.reset();
    saveDeal.reset();
    setDialog(next);
  };
  const close = () => {
    setDialog(null);
    setRefocus((n) => n + 1);
  };
  const cancel = () => {
    if (dialog && dialog.kind !== "customer" && dialog.back)
      setDialog({ kind: "customer", customer: dialog.customer });
    else close();
  };
  // The baseline is taken just before a write, so the panel can show how the write moved each actual.
  const remember = () => {
    if (person && period) setBaseline({ person: person.id, period: period.text, actuals: actualsOf(goals) });
  };

  const failure = error ?? book.error;
  if (!data && loading) return <Spinner className={styles.notice} label={t("tp.loading")} />;
  const current = book.value;
  const customerOf = (id: string) => entries.find((c) => c.id === id) ?? null;

  let dialogBody = null;
  if (dialog && current && person) {
    if (dialog.kind === "customer") {
      const customer = customerOf(dialog.customer);
      if (customer) {
        dialogBody = (
          <CustomerDetail
            customer={customer}
            deals={dealsOf(current, person.id, customer.id)}
            history={current.interactionsByCustomer.get(customer.id) ?? []}
            onLog={() => open({ kind: "log", customer: customer.id, back: true })}
            onNewDeal={() => open({ kind: "deal", customer: customer.id, deal: null, back: true })}
            onUpdateDeal={(deal) => open({ kind: "deal", customer: customer.id, deal, back: true })}
            onClose={close}
          />
        );
      }
    } else if (dialog.kind === "log") {
      dialogBody = (
        <InteractionForm
          person={person.id}
          customers={choices}
          customer={dialog.customer}
          newId={() =>
            nextId(
              current.tables.Interactions.map((i) => i.InteractionID),
              "I",
              INTERACTION_ID_DIGITS,
            )
          }
          status={log.status}
          error={log.error}
          onCancel={cancel}
          onSubmit={async (row) => {
            remember();
            const done = (await log.run(row)) === true;
            if (done) {
              close();
              setNotice(
                t("customers.log.done", {
                  type: enumLabel(row.Type, locale),
                  customer: customerOf(row.CustomerID ?? "")?.name ?? row.CustomerID ?? "",
                  date: formatDate(row.Date),
                }),
              );
            }
            return done;
          }}
        />
      );
    } else {
      const deal = dialog.deal;
      const dealId =
        deal?.DealID ??
        nextId(
          current.tables.Deals.map((d) => d.DealID),
          "D",
          DEAL_ID_DIGITS,
        );
      // A split deal is one DealID on several people's rows: their shares and this one may not pass 100%.
      const otherCredit = current.tables.Deals.filter(
        (d) => d.DealID.trim() === dealId.trim() && d.ManagerID.trim() !== person.id,
      ).reduce((sum, d) => sum + (d.Credit ?? 1), 0);
      dialogBody = (
        <DealForm
          person={person.id}
          customers={choices}
          deal={deal}
          customer={dialog.customer}
          dealId={dealId}
          otherCredit={otherCredit}
          status={saveDeal.status}
          error={saveDeal.error}
          onCancel={cancel}
          onSubmit={async (row) => {
            remember();
            const done = (await saveDeal.run(row, deal)) === true;
            if (done) {
              close();
              setNotice(
                t(deal === null ? "customers.deal.added" : "customers.deal.saved", {
                  deal: dealName(row, choices.find((c) => c.id === row.CustomerID?.trim())?.name ?? ""),
                }),
              );
            }
            return done;
          }}
        />
      );
    }
  }

  // While the dialog animates out, it keeps showing what it showed rather than an empty box.
  if (dialogBody !== null) lastDialogBody.current = dialogBody;

  return (
    <section className={styles.screen} aria-label={t("customers.title")}>
      {failure != null && (
        <div className={styles.notice}>
          <ErrorBar error={failure} onRetry={refresh} />
        </div>
      )}
      <FilterBar onRefresh={refresh} loading={loading}>
        <TeamFilter
          label={t("customers.filter.team")}
          value={team}
          teams={{ teams, hasNoTeam }}
          onChange={setTeam}
        />
        <Filter
          label={t("customers.filter.person")}
          value={person?.id ?? ""}
          choices={people.map((p) => ({ value: p.id, text: p.name }))}
          onChange={setPerson}
        />
        <Filter
          label={t("customers.filter.period")}
          value={period?.text ?? ""}
          choices={plainChoices(periods.map((p) => p.text))}
          onChange={setPeriod}
        />
        <ImportButton kind="crm" />
      </FilterBar>

      {notice !== null && (
        <div className={styles.notice} ref={noticeRef} tabIndex={-1}>
          <NoticeBar layout="multiline" onDismiss={() => setNotice(null)}>
            {notice}
          </NoticeBar>
        </div>
      )}

      {person === null ? (
        <Text className={styles.notice}>
          {allPeople.length === 0 ? t("customers.noPeople") : t("customers.noPeopleInTeam")}
        </Text>
      ) : (
        <>
          {period && <KpiPanel person={person.name} period={period.text} goals={goals} changes={changes} />}
          <div className={styles.toolbar}>
            <Text size={200} aria-live="polite">
              {t("customers.count", { count: entries.length, neglected: neglectedCount })}
            </Text>
            <div className={styles.toolbarActions}>
              <Button
                size="small"
                appearance="primary"
                icon={<NoteAddRegular />}
                disabled={entries.length === 0}
                onClick={() => open({ kind: "log", customer: "", back: false })}
                {...restoreFocus}
              >
                {t("customers.log.open")}
              </Button>
              <Button
                size="small"
                icon={<AddRegular />}
                disabled={entries.length === 0}
                onClick={() => open({ kind: "deal", customer: "", deal: null, back: false })}
                {...restoreFocus}
              >
                {t("customers.deal.new")}
              </Button>
            </div>
          </div>
          <div className={styles.listOptions}>
            <label htmlFor={ids.sort} className={styles.muted}>
              {t("customers.sort.label")}
            </label>
            <Select
              id={ids.sort}
              size="small"
              value={sort}
              onChange={(_, d) => setSort(d.value as CustomerSort)}
            >
              {CUSTOMER_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`customers.sort.${s}` as const)}
                </option>
              ))}
            </Select>
            <Checkbox
              label={t("customers.filter.onlyNeglected")}
              checked={onlyNeglected}
              onChange={(_, d) => setOnlyNeglected(d.checked === true)}
            />
            {loading && <Spinner size="extra-tiny" aria-label={t("tp.loading")} />}
          </div>
          {entries.length === 0 ? (
            <Text className={styles.notice}>{t("customers.empty", { name: person.name })}</Text>
          ) : (
            <WindowedList
              items={shown}
              rowHeight={CUSTOMER_ROW_PX}
              itemKey={(c) => c.id}
              label={t("customers.list", { name: person.name })}
              className={styles.list}
              renderItem={(c) => (
                <CustomerCard
                  customer={c}
                  period={period?.text ?? ""}
                  onOpen={(x) => open({ kind: "customer", customer: x.id })}
                  onLog={(x) => open({ kind: "log", customer: x.id, back: false })}
                />
              )}
            />
          )}
        </>
      )}

      <Dialog
        open={dialogBody !== null}
        onOpenChange={(_, d) => {
          if (!d.open) close();
        }}
      >
        <DialogSurface className={styles.surface} aria-describedby={undefined}>
          {dialogBody ?? lastDialogBody.current}
        </DialogSurface>
      </Dialog>
    </section>
  );
}
