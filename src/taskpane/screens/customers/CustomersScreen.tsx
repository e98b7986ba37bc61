/**
 * Customers: a person's customers with last contact, open deals and next step (those without contact for too long
 * flagged and sortable first), quick logging of an interaction and updating of a deal, and the KPI actuals these
 * tables feed, shown next to their goals for the chosen period; or — "Everyone" — every customer of the team in
 * one windowed list, searched by name, owner or industry and filtered to those not contacted for Settings'
 * neglectDays. Customers are added and edited here (with their Audit line). Filtered by team and period.
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogSurface,
  SearchBox,
  Select,
  Spinner,
  Text,
  useId,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { AddRegular, NoteAddRegular, PersonAddRegular } from "@fluentui/react-icons";
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { enumLabel, type CustomerRow, type DealRow, type InteractionRow } from "../../../model";
import { formatDate } from "../../../format";
import { NoticeBar } from "../../components/NoticeBar";
import { Screen, ScreenTabs } from "../../components/Screen";
import { CountBar } from "../../components/CountBar";
import { FilterBar, PeriodFilter, PersonFilter, TeamFilter } from "../../components/FilterBar";
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
  extendCustomerBook,
  indexCustomerBook,
  kpiActuals,
  nextId,
  nextIdOf,
  peopleOfTeam,
  searchCustomers,
  sortCustomers,
  teamCustomerEntries,
  teamsOf,
  type CustomerEntry,
  type CustomerSort,
} from "../../../domain/crm/customerBook";
import { dealName } from "../../../domain/crm/forms";
import { customerChanges, customerNameIndex } from "../../../domain/crm/customerForm";
import { saveCustomer } from "../../../workbook/customerWrite";
import { CustomerForm } from "./CustomerForm";
import { CUSTOMER_ROW_PX, useCustomerStyles } from "./customers.styles";
import { DealForm } from "./DealForm";
import { ImportButton } from "../import/ImportButton";
import { InteractionForm } from "./InteractionForm";
import { KpiPanel } from "./KpiPanel";
import { useFocusOn } from "../../shell/PaneNavigation";

/** Width of the numbers in new ids (as the sample and set-up write them). */
const DEAL_ID_DIGITS = 6;
const CUSTOMER_ID_DIGITS = 5;

/** Which list the screen shows: one person's customers, or every customer of the team. */
type View = "person" | "team";

/**
 * What the dialog shows, for which owner's customer; a form opened from a customer's page goes back there when
 * cancelled. `edit` with a null customer adds one.
 */
type DialogState =
  | { kind: "customer"; customer: string; owner: string }
  | { kind: "log"; customer: string; owner: string; back: boolean }
  | { kind: "deal"; customer: string; owner: string; deal: DealRow | null; back: boolean }
  | { kind: "edit"; customer: string | null; owner: string; back: boolean };

/** Which person, period and goal actuals a baseline belongs to (changes are shown only against the same). */
interface Baseline {
  person: string;
  period: string;
  actuals: Map<string, number | null>;
}

/** No customer names yet (the add/edit customer form is not open). */
const NO_NAMES: ReadonlyMap<string, { id: string; name: string }[]> = new Map();

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
  // The customer book's index lives in the pane's team book: built once per data version, found again next visit,
  // and after logging an interaction brought up to date with it rather than built again.
  const book = useDerived(
    data,
    CUSTOMER_TABLES,
    "customers:index",
    (rows, shared) => {
      try {
        // The goal and CRM indexes are the team book's own, shared with the roster's period picture.
        return { value: indexCustomerBook(rows, (fys) => shared.indexes(fys)), error: null as unknown };
      } catch (caught) {
        return { value: null, error: caught };
      }
    },
    locale,
    (previous, appended, rows, shared) => {
      const value =
        previous.value && extendCustomerBook(previous.value, appended, rows, (fys) => shared.indexes(fys));
      return value ? { value, error: null } : null;
    },
  ) ?? { value: null, error: null as unknown };

  const [view, setView] = useState<View>("person");
  const [team, setTeam] = useState(ALL_TEAMS);
  // Opened from the Team cockpit on a person with customers not contacted: that person.
  const focus = useFocusOn("customers");
  const [chosenPerson, setPerson] = useState<string | null>(focus?.person ?? null);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const [sort, setSort] = useState<CustomerSort>("attention");
  const [onlyNeglected, setOnlyNeglected] = useState(focus !== null);
  const [query, setQuery] = useState("");
  // The list follows the search a frame later, so typing stays quick with tens of thousands of customers.
  const search = useDeferredValue(query);
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
  const periodPerson = view === "person" ? (person?.id ?? null) : null;
  const periods = useMemo(
    () => (book.value ? customerPeriods(book.value, periodPerson, today) : []),
    [book.value, periodPerson, today],
  );
  const period = periods.find((p) => p.text === chosenPeriod) ?? periods[0] ?? null;
  const nameOf = useMemo(() => new Map(allPeople.map((p) => [p.id, p.name])), [allPeople]);

  const entries = useMemo(
    () => (book.value && person && period ? customerEntries(book.value, person.id, period, today) : []),
    [book.value, person, period, today],
  );
  const neglectedCount = entries.filter((c) => c.neglected).length;
  const shown = useMemo(
    () => sortCustomers(onlyNeglected ? entries.filter((c) => c.neglected) : entries, sort, locale),
    [entries, onlyNeglected, sort, locale],
  );

  // The team-wide list: computed only while it is shown.
  const teamEntries = useMemo(
    () =>
      view === "team" && book.value && period ? teamCustomerEntries(book.value, people, period, today) : [],
    [view, book.value, people, period, today],
  );
  const teamNeglected = useMemo(() => teamEntries.filter((c) => c.neglected), [teamEntries]);
  const teamShown = useMemo(
    () => sortCustomers(searchCustomers(onlyNeglected ? teamNeglected : teamEntries, search), sort, locale),
    [teamEntries, teamNeglected, onlyNeglected, search, sort, locale],
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

  // The customers of the owner a dialog is about (the chosen person's in the person view, anyone's in the team view).
  const dialogOwner = dialog?.owner ?? null;
  const ownerEntries = useMemo(
    () =>
      dialogOwner === null || !book.value || !period
        ? []
        : dialogOwner === person?.id
          ? entries
          : customerEntries(book.value, dialogOwner, period, today),
    [dialogOwner, book.value, period, person?.id, entries, today],
  );
  const choices = useMemo(
    () => sortCustomers(ownerEntries, "name", locale).map((c) => ({ id: c.id, name: c.name })),
    [ownerEntries, locale],
  );
  // The customers by name, for the customer form only: built when it first opens, then kept in the team book
  // (a later visit finds it; logging an interaction leaves the customers, and so this index, as they were).
  const customerNames =
    useDerived(
      dialog?.kind === "edit" ? data : null,
      CUSTOMER_TABLES,
      "customers:names",
      (rows) =>
        customerNameIndex(rows.Customers.map((c) => ({ id: c.CustomerID.trim(), name: c.Name ?? "" }))),
      locale,
      (previous, appended) => (appended.Customers ? null : previous),
    ) ?? NO_NAMES;
  const owners = useMemo(
    () => [...allPeople].sort((a, b) => a.name.localeCompare(b.name, locale)),
    [allPeople, locale],
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
  const saveCust = useAction(
    async (_progress, row: CustomerRow, read: CustomerRow | null, periodText: string, reason: string) => {
      await saveCustomer(port, row, read, { date: today, period: periodText, reason });
      return true;
    },
  );

  const open = (next: DialogState) => {
    if (dialog === null && document.activeElement instanceof HTMLElement)
      opener.current = document.activeElement;
    log.reset();
    saveDeal.reset();
    saveCust.reset();
    setDialog(next);
  };
  const close = () => {
    setDialog(null);
    setRefocus((n) => n + 1);
  };
  const cancel = () => {
    if (dialog && dialog.kind !== "customer" && dialog.back && dialog.customer !== null)
      setDialog({ kind: "customer", customer: dialog.customer, owner: dialog.owner });
    else close();
  };
  // The baseline is taken just before a write, so the panel can show how the write moved each actual.
  const remember = () => {
    if (person && period) setBaseline({ person: person.id, period: period.text, actuals: actualsOf(goals) });
  };

  const failure = error ?? book.error;
  const current = book.value;
  const customerOf = (id: string) => ownerEntries.find((c) => c.id === id) ?? null;
  const ownerName = (id: string) => nameOf.get(id) ?? id;

  let dialogBody = null;
  if (dialog && current && period) {
    const owner = dialog.owner;
    if (dialog.kind === "customer") {
      const customer = customerOf(dialog.customer);
      if (customer) {
        dialogBody = (
          <CustomerDetail
            customer={customer}
            owner={view === "team" ? ownerName(owner) : undefined}
            deals={dealsOf(current, owner, customer.id)}
            history={current.interactionsByCustomer.get(customer.id) ?? []}
            onLog={() => open({ kind: "log", customer: customer.id, owner, back: true })}
            onNewDeal={() => open({ kind: "deal", customer: customer.id, owner, deal: null, back: true })}
            onUpdateDeal={(deal) => open({ kind: "deal", customer: customer.id, owner, deal, back: true })}
            onEdit={() => open({ kind: "edit", customer: customer.id, owner, back: true })}
            onClose={close}
          />
        );
      }
    } else if (dialog.kind === "edit") {
      const read =
        dialog.customer === null
          ? null
          : (current.tables.Customers.find((c) => c.CustomerID.trim() === dialog.customer) ?? null);
      const id =
        read?.CustomerID.trim() ??
        nextId(
          current.tables.Customers.map((c) => c.CustomerID),
          "C",
          CUSTOMER_ID_DIGITS,
        );
      if (dialog.customer === null || read !== null) {
        dialogBody = (
          <CustomerForm
            customer={read}
            owner={owner}
            people={owners}
            names={customerNames}
            id={id}
            write={saveCust}
            onCancel={cancel}
            onSubmit={async (row) => {
              const reason =
                read === null
                  ? t("customers.add.audit", { name: row.Name, owner: ownerName(row.ManagerID) })
                  : customerChanges(read, row, locale, (m) => `${ownerName(m)} (${m})`);
              const done = (await saveCust.run(row, read, period.text, reason)) === true;
              if (done) {
                close();
                // The person view follows a new customer to its owner's list.
                if (read === null && view === "person") {
                  if (!people.some((p) => p.id === row.ManagerID)) setTeam(ALL_TEAMS);
                  setPerson(row.ManagerID);
                }
                setNotice(
                  read === null
                    ? t("customers.add.done", { name: row.Name, owner: ownerName(row.ManagerID) })
                    : t("customers.edit.done", { name: row.Name }),
                );
              }
              return done;
            }}
          />
        );
      }
    } else if (dialog.kind === "log") {
      dialogBody = (
        <InteractionForm
          person={owner}
          customers={choices}
          customer={dialog.customer}
          newId={() => nextIdOf(current.nextInteraction)}
          write={log}
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
        (d) => d.DealID.trim() === dealId.trim() && d.ManagerID.trim() !== owner,
      ).reduce((sum, d) => sum + (d.Credit ?? 1), 0);
      dialogBody = (
        <DealForm
          person={owner}
          customers={choices}
          deal={deal}
          customer={dialog.customer}
          dealId={dealId}
          otherCredit={otherCredit}
          write={saveDeal}
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

  const neglectLabel = t("customers.filter.neglected", { days: current?.neglectDays ?? 30 });
  const sortSelect = (
    <>
      <label htmlFor={ids.sort} className={styles.muted}>
        {t("customers.sort.label")}
      </label>
      <Select id={ids.sort} size="small" value={sort} onChange={(_, d) => setSort(d.value as CustomerSort)}>
        {CUSTOMER_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`customers.sort.${s}` as const)}
          </option>
        ))}
      </Select>
      <Checkbox
        label={neglectLabel}
        checked={onlyNeglected}
        onChange={(_, d) => setOnlyNeglected(d.checked === true)}
      />
      {loading && <Spinner size="extra-tiny" aria-label={t("tp.loading")} />}
    </>
  );
  const addButton = (owner: string) => (
    <Button
      size="small"
      icon={<PersonAddRegular />}
      disabled={allPeople.length === 0}
      onClick={() => open({ kind: "edit", customer: null, owner, back: false })}
      {...restoreFocus}
    >
      {t("customers.add.open")}
    </Button>
  );
  /** The windowed list of a person's or a team's customers. */
  const customerList = <C extends CustomerEntry>(
    items: readonly C[],
    label: string,
    render: (c: C) => ReactNode,
  ) => (
    <WindowedList
      items={items}
      rowHeight={CUSTOMER_ROW_PX}
      label={label}
      className={styles.list}
      renderItem={render}
    />
  );
  const card = (c: CustomerEntry, owner: string, showOwner: boolean) => (
    <CustomerCard
      customer={c}
      period={period?.text ?? ""}
      owner={showOwner ? ownerName(owner) : undefined}
      onOpen={(x) => open({ kind: "customer", customer: x.id, owner })}
      onLog={(x) => open({ kind: "log", customer: x.id, owner, back: false })}
    />
  );

  return (
    <Screen label={t("customers.title")} loading={!data && loading} error={failure} onRetry={refresh}>
      <FilterBar onRefresh={refresh} loading={loading}>
        <TeamFilter value={team} teams={{ teams, hasNoTeam }} onChange={setTeam} />
        {view === "person" && (
          <PersonFilter
            label={t("customers.filter.person")}
            value={person?.id ?? ""}
            people={people}
            onChange={setPerson}
          />
        )}
        <PeriodFilter value={period?.text ?? ""} periods={periods.map((p) => p.text)} onChange={setPeriod} />
        <ImportButton kind="crm" />
      </FilterBar>
      <ScreenTabs
        label={t("customers.view.label")}
        value={view}
        tabs={[
          { value: "person", text: t("customers.view.person") },
          { value: "team", text: t("customers.view.team") },
        ]}
        onChange={setView}
      />

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
      ) : view === "team" ? (
        <>
          <CountBar
            className={styles.toolbar}
            count={t("customers.team.count", {
              shown: teamShown.length,
              count: teamEntries.length,
              neglected: teamNeglected.length,
            })}
          >
            <div className={styles.toolbarActions}>{addButton(people.length === 1 ? person.id : "")}</div>
          </CountBar>
          <div className={styles.listOptions}>
            <SearchBox
              className={styles.search}
              size="small"
              aria-label={t("customers.search.label")}
              placeholder={t("customers.search.label")}
              value={query}
              onChange={(_, d) => setQuery(d.value)}
            />
            {sortSelect}
          </div>
          {teamShown.length === 0 ? (
            <Text className={styles.notice}>
              {teamEntries.length === 0 ? t("customers.team.none") : t("customers.team.noMatch")}
            </Text>
          ) : (
            customerList(teamShown, t("customers.team.list"), (c) => card(c, c.owner, true))
          )}
        </>
      ) : (
        <>
          {period && <KpiPanel person={person.name} period={period.text} goals={goals} changes={changes} />}
          <CountBar
            className={styles.toolbar}
            count={t("customers.count", { count: entries.length, neglected: neglectedCount })}
          >
            <div className={styles.toolbarActions}>
              <Button
                size="small"
                appearance="primary"
                icon={<NoteAddRegular />}
                disabled={entries.length === 0}
                onClick={() => open({ kind: "log", customer: "", owner: person.id, back: false })}
                {...restoreFocus}
              >
                {t("customers.log.open")}
              </Button>
              <Button
                size="small"
                icon={<AddRegular />}
                disabled={entries.length === 0}
                onClick={() =>
                  open({ kind: "deal", customer: "", owner: person.id, deal: null, back: false })
                }
                {...restoreFocus}
              >
                {t("customers.deal.new")}
              </Button>
              {addButton(person.id)}
            </div>
          </CountBar>
          <div className={styles.listOptions}>{sortSelect}</div>
          {entries.length === 0 ? (
            <Text className={styles.notice}>{t("customers.empty", { name: person.name })}</Text>
          ) : (
            customerList(shown, t("customers.list", { name: person.name }), (c) => card(c, person.id, false))
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
    </Screen>
  );
}
