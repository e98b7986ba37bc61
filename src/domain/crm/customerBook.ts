/**
 * The Customers screen's view of the workbook: a person's customers with last contact, open deals and next step,
 * the neglect flag, and the KPI actuals those tables feed. Pure: rows in, figures out.
 *
 * KPI actuals are not computed here: they come from the report's own derivation (`CrmIndex`, `GoalIndex` and
 * `scoreGoals` in src/domain/goals/scoring.ts), so the pane and the generated report can never disagree about a visit
 * count or a win rate. The neglect rule is the report's rule too (see src/domain/period/period.ts): a customer is
 * neglected when its last contact (by anyone, on or before today) is `neglectDays` or more days old, or — never
 * contacted — when it became a customer that long ago or has no Since date; closed customers are never flagged.
 */
import { dayOf, parsePeriod, periodOf, previousPeriod, withinDays, type Period } from "../../core";
import type { Locale } from "../../i18n";
import {
  DERIVED_SOURCES,
  type CustomerRow,
  type DealRow,
  type InteractionRow,
  type ManagerRow,
  type TableRows,
  type TablesOf,
} from "../../model";
import { CrmIndex, GoalIndex, scoreGoals, type GoalContext, type IndexesOf } from "../goals/scoring";
import {
  CRM_TABLES,
  CurveBook,
  extendGroups,
  GOAL_TABLES,
  IssueLog,
  readReportSettings,
  type ReportTables,
} from "../input";
import type { GoalReport } from "../goals/types";
import { ALL_TEAMS, NO_TEAM, teamChoices, type TeamChoices } from "../teams";
import { isClosedStatus } from "./status";

/** The tables the screen reads, in one round trip. */
export const CUSTOMER_TABLES = [...GOAL_TABLES, ...CRM_TABLES, "Curves", "Settings"] as const;

/** One of {@link CUSTOMER_TABLES}. */
export type CustomerTableKey = (typeof CUSTOMER_TABLES)[number];

/** The rows of {@link CUSTOMER_TABLES}. */
export type CustomerTables = TablesOf<typeof CUSTOMER_TABLES>;

/** The fewest digits of an interaction id written by the pane (`I0000001`). */
export const INTERACTION_ID_DIGITS = 7;

/** Deal stages that are still open (the pipeline). */
export const OPEN_STAGES: readonly DealRow["Stage"][] = ["lead", "qualified", "proposal"];

/** The team filter's values (one definition for every surface). */
export { ALL_TEAMS, NO_TEAM };

/** How the customer list is ordered. */
export type CustomerSort = "attention" | "name" | "nextDate";

/** Every sort order, in the order the screen offers them. */
export const CUSTOMER_SORTS: readonly CustomerSort[] = ["attention", "name", "nextDate"];

/** One account manager the screen can show. */
export interface PersonOption {
  id: string;
  name: string;
  team: string | null;
}

/** One customer as the list shows it. */
export interface CustomerEntry {
  id: string;
  name: string;
  segment: string | null;
  industry: string | null;
  status: string | null;
  since: number | null;
  /** Segment is one of Settings keySegments: the report flags these when neglected. */
  key: boolean;
  /** False when Status says the relationship has ended (closed, dormant, …): never flagged. */
  active: boolean;
  /** Date of the last interaction with the customer (by anyone) on or before today; null when never contacted. */
  lastContact: number | null;
  /** Type of that interaction. */
  lastType: InteractionRow["Type"] | null;
  /** Whole days from the last contact to today; null when never contacted. */
  daysSince: number | null;
  /** Flagged: no contact for `neglectDays` or more (see the module comment for the exact rule). */
  neglected: boolean;
  /** Interactions with the customer (by anyone) dated inside the chosen period. */
  contactsInPeriod: number;
  /** Open deals (lead, qualified, proposal) of the customer credited to the person. */
  openDeals: number;
  /** Σ Amount × Credit of those deals (blank Credit = 1, blank Amount = 0). */
  openAmount: number;
  /** Next step of the latest interaction, with its date. */
  nextStep: string | null;
  nextDate: number | null;
  /** The next date has passed. */
  nextOverdue: boolean;
}

/** The workbook's CRM rows indexed once per read, with the settings the screen needs. */
export interface CustomerBook {
  tables: CustomerTables;
  neglectDays: number;
  /** Settings keySegments, lower-cased. */
  keySegments: Set<string>;
  fiscalYearStart: number;
  people: PersonOption[];
  /** Customers by owner (ManagerID). */
  customersByOwner: Map<string, CustomerRow[]>;
  /** Interactions by CustomerID, latest first (Date descending, later table rows first on the same day). */
  interactionsByCustomer: Map<string, InteractionRow[]>;
  /** Deal rows by CustomerID, in table order. */
  dealsByCustomer: Map<string, DealRow[]>;
  /** The interaction ids in use (`I0000042`): the next one a logged interaction takes is `nextIdOf` it. */
  nextInteraction: IdFamily;
  /** Goals, actuals and CRM totals: the report's indexes. */
  goals: GoalIndex;
  crm: CrmIndex;
  curves: CurveBook;
  paceTolerance: number;
}

const trimmed = (value: string | null | undefined): string | null => {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
};

/**
 * The report's table set from the screen's tables: the tables the CRM and goal indexes do not read are empty.
 * @param tables - the screen's rows.
 * @returns tables shaped for src/report.
 */
function reportTables(tables: CustomerTables): ReportTables {
  return {
    ...tables,
    Tasks: [],
    Reviews: [],
    Plans: [],
    Ratings: [],
    Careers: [],
    Training: [],
    Meetings: [],
    Surveys: [],
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes the screen's tables once (a read of 75,000 interactions is indexed in tens of milliseconds; choosing a
 * person afterwards costs only that person's rows).
 * @param tables - the rows of {@link CUSTOMER_TABLES}.
 * @param indexes - the goal and CRM indexes of these rows when they are shared (the team book's); absent, they
 *   are built here.
 * @returns the book.
 * @example const book = indexCustomerBook(data); customerEntries(book, "M001", period, today)
 */
export function indexCustomerBook(tables: CustomerTables, indexes?: IndexesOf): CustomerBook {
  const log = new IssueLog();
  const settings = readReportSettings(tables.Settings, log);
  const report = reportTables(tables);
  const shared = indexes?.(settings.fiscalYearStart);

  const people: PersonOption[] = [];
  const seen = new Set<string>();
  for (const row of tables.Managers as readonly ManagerRow[]) {
    const id = trimmed(row.ManagerID);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    people.push({ id, name: trimmed(row.Name) ?? id, team: trimmed(row.Team) });
  }

  const customersByOwner = new Map<string, CustomerRow[]>();
  const customerSeen = new Set<string>();
  for (const row of tables.Customers) {
    const owner = trimmed(row.ManagerID);
    const id = trimmed(row.CustomerID);
    if (owner === null || id === null || customerSeen.has(id)) continue;
    customerSeen.add(id);
    pushTo(customersByOwner, owner, row);
  }

  const interactionsByCustomer = new Map<string, InteractionRow[]>();
  tables.Interactions.forEach((row) => {
    const id = trimmed(row.CustomerID);
    if (id !== null) pushTo(interactionsByCustomer, id, row);
  });
  // Latest first; the table order breaks ties (a later row was written later), hence the stable sort on a
  // reversed list.
  for (const list of interactionsByCustomer.values()) {
    list.reverse();
    list.sort((a, b) => b.Date - a.Date);
  }

  const dealsByCustomer = new Map<string, DealRow[]>();
  for (const row of tables.Deals) {
    const id = trimmed(row.CustomerID);
    if (id !== null) pushTo(dealsByCustomer, id, row);
  }

  return {
    tables,
    neglectDays: settings.neglectDays,
    keySegments: new Set(settings.keySegments.map((s) => s.trim().toLowerCase())),
    fiscalYearStart: settings.fiscalYearStart,
    people,
    customersByOwner,
    interactionsByCustomer,
    dealsByCustomer,
    nextInteraction: idFamily(
      tables.Interactions.map((row) => row.InteractionID),
      "I",
      INTERACTION_ID_DIGITS,
    ),
    goals: shared?.goals ?? new GoalIndex(report, settings.fiscalYearStart),
    crm: shared?.crm ?? new CrmIndex(report, log),
    curves: new CurveBook(tables.Curves, log),
    paceTolerance: settings.paceTolerance,
  };
}

/**
 * The book of the screen's tables after interactions were appended to them, from the book before: the new rows go
 * into their customer's history (in its order) and the CRM index; everything else is shared. Equal to
 * `indexCustomerBook(tables)` — what a save on the screen (logging an interaction) costs at 2,000 people is then
 * what it adds, not an index of every interaction again. `previous` is left as it was.
 * @param previous - the book of the tables before the append.
 * @param appended - the rows appended since, by table.
 * @param tables - the tables now (the previous rows followed by the appended ones).
 * @param indexes - the shared indexes of `tables`, when the book's were shared; absent, the CRM index is extended
 *   here.
 * @returns the new book, or null when other tables than Interactions grew (then index them anew).
 */
export function extendCustomerBook(
  previous: CustomerBook,
  appended: { readonly [K in CustomerTableKey]?: readonly TableRows[K][] },
  tables: CustomerTables,
  indexes?: IndexesOf,
): CustomerBook | null {
  const added = appended.Interactions;
  if (!added || Object.keys(appended).some((key) => key !== "Interactions")) return null;
  const interactionsByCustomer = extendGroups(
    previous.interactionsByCustomer,
    added,
    (row) => trimmed(row.CustomerID),
    (list, row) => {
      // Latest first, a later table row before the earlier ones of its day: before the first row not later.
      const at = list.findIndex((other) => other.Date <= row.Date);
      list.splice(at < 0 ? list.length : at, 0, row);
    },
  );
  return {
    ...previous,
    tables,
    interactionsByCustomer,
    crm: indexes?.(previous.fiscalYearStart).crm ?? previous.crm.withInteractions(added),
    nextInteraction: nextIdAfter(
      previous.nextInteraction,
      added.map((row) => row.InteractionID),
    ),
  };
}

/**
 * @param people - everyone.
 * @param locale - for sorting.
 * @returns the distinct teams, sorted, and whether someone has no team.
 */
export function teamsOf(people: readonly PersonOption[], locale: Locale): TeamChoices {
  return teamChoices(
    people.map((person) => person.team),
    locale,
  );
}

/**
 * @param people - everyone.
 * @param team - `ALL_TEAMS`, `NO_TEAM` or a team name.
 * @returns the people of that team, in table order.
 */
export function peopleOfTeam(people: readonly PersonOption[], team: string): PersonOption[] {
  if (team === ALL_TEAMS) return [...people];
  const wanted = team === NO_TEAM ? null : team;
  return people.filter((person) => person.team === wanted);
}

/**
 * Periods the screen offers: this quarter (the default, as in the report), last quarter, this month and this
 * year by the fiscal calendar, then every other period the person has goals in, latest first — so last year's
 * visits goal can still be checked.
 * @param book - the indexed workbook.
 * @param person - a ManagerID, or null.
 * @param today - today (Excel serial).
 * @returns the periods, without duplicates.
 */
export function customerPeriods(book: CustomerBook, person: string | null, today: number): Period[] {
  const quarter = periodOf("quarter", today, book.fiscalYearStart);
  const current = [
    quarter,
    previousPeriod(quarter),
    periodOf("month", today),
    periodOf("year", today, book.fiscalYearStart),
  ];
  const known = new Set(current.map((p) => p.text));
  const others: Period[] = [];
  for (const goal of person === null ? [] : book.tables.Goals) {
    if (trimmed(goal.ManagerID) !== person) continue;
    const period = book.goals.periodOf(goal.Period);
    if (period === null || known.has(period.text)) continue;
    known.add(period.text);
    others.push(period);
  }
  others.sort((a, b) => b.start - a.start || a.end - b.end);
  return [...current, ...others];
}

/**
 * @param status - a customer's Status cell.
 * @returns false when the Status says the relationship has ended or sleeps.
 */
export function isActiveStatus(status: string | null): boolean {
  return !isClosedStatus(status);
}

/**
 * The neglect rule (the report's): no contact for `neglectDays` or more.
 * @param customer - active, last contact and Since.
 * @param today - today (Excel serial).
 * @param neglectDays - Settings neglectDays.
 * @returns true when the customer should be flagged.
 * @example isNeglected({ active: true, lastContact: null, since: null }, 46250, 30) // true
 */
export function isNeglected(
  customer: { active: boolean; lastContact: number | null; since: number | null },
  today: number,
  neglectDays: number,
): boolean {
  if (!customer.active) return false;
  // Whole calendar days, as the report counts: a contact at 14:24 thirty days ago is thirty days ago.
  if (customer.since !== null && dayOf(customer.since) > today) return false;
  const last = customer.lastContact ?? customer.since;
  return last === null || today - dayOf(last) >= neglectDays;
}

/**
 * The person's customers with their contact, deal and next-step figures, in table order.
 * @param book - the indexed workbook.
 * @param person - a ManagerID.
 * @param period - the chosen period (contacts in period).
 * @param today - today (Excel serial): last contact and neglect are judged as of this day.
 * @returns one entry per customer owned by the person.
 */
export function customerEntries(
  book: CustomerBook,
  person: string,
  period: Period,
  today: number,
): CustomerEntry[] {
  return (book.customersByOwner.get(person) ?? []).map((row) => {
    const id = row.CustomerID.trim();
    const history = book.interactionsByCustomer.get(id) ?? [];
    // Interactions dated after today are plans, not contacts (as in the report).
    const last = history.find((i) => dayOf(i.Date) <= today) ?? null;
    let contactsInPeriod = 0;
    for (const i of history) if (withinDays(i.Date, period)) contactsInPeriod += 1;
    let openDeals = 0;
    let openAmount = 0;
    for (const deal of book.dealsByCustomer.get(id) ?? []) {
      if (trimmed(deal.ManagerID) !== person || !OPEN_STAGES.includes(deal.Stage)) continue;
      openDeals += 1;
      openAmount += (deal.Amount ?? 0) * (deal.Credit ?? 1);
    }
    const active = isActiveStatus(row.Status);
    const lastContact = last?.Date ?? null;
    const nextDate = last?.NextDate ?? null;
    return {
      id,
      name: trimmed(row.Name) ?? id,
      segment: trimmed(row.Segment),
      industry: trimmed(row.Industry),
      status: trimmed(row.Status),
      since: row.Since,
      key: book.keySegments.has((row.Segment ?? "").trim().toLowerCase()),
      active,
      lastContact,
      lastType: last?.Type ?? null,
      daysSince: lastContact === null ? null : Math.floor(today) - Math.floor(lastContact),
      neglected: isNeglected({ active, lastContact, since: row.Since }, today, book.neglectDays),
      contactsInPeriod,
      openDeals,
      openAmount,
      nextStep: trimmed(last?.NextStep),
      nextDate,
      nextOverdue: nextDate !== null && nextDate < today,
    };
  });
}

/** A customer of the team-wide list: the entry with its owner. */
export interface TeamCustomerEntry extends CustomerEntry {
  /** The owner's ManagerID. */
  owner: string;
  ownerName: string;
  /** Name, owner's name and industry in lower case: what a search is matched against. */
  haystack: string;
}

/**
 * Every customer of the people in scope (a team, or everyone), each with its owner: the team-wide list. The
 * figures are the one-person list's ({@link customerEntries}), so both lists flag the same customers.
 * @param book - the indexed workbook.
 * @param people - the people in scope.
 * @param period - the chosen period (contacts in period).
 * @param today - today (Excel serial).
 * @returns the customers, owner by owner in table order.
 */
export function teamCustomerEntries(
  book: CustomerBook,
  people: readonly PersonOption[],
  period: Period,
  today: number,
): TeamCustomerEntry[] {
  const out: TeamCustomerEntry[] = [];
  for (const person of people) {
    for (const entry of customerEntries(book, person.id, period, today)) {
      const haystack = [entry.name, person.name, entry.industry ?? ""].join("\n").toLowerCase();
      out.push({ ...entry, owner: person.id, ownerName: person.name, haystack });
    }
  }
  return out;
}

/**
 * The customers a search finds: every word of the query (split at spaces) appears in the customer's name, its
 * owner's name or its industry, without regard to case; a blank query finds all.
 * @param entries - the team-wide list.
 * @param query - what was typed.
 * @returns the entries found, in the same order.
 * @example searchCustomers(entries, "张 制造") // 张's customers in manufacturing, and customers named 张… in it
 */
export function searchCustomers<E extends { haystack: string }>(entries: readonly E[], query: string): E[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return [...entries];
  return entries.filter((e) => words.every((w) => e.haystack.includes(w)));
}

/**
 * Orders the list.
 * - attention: neglected first (key customers, then never contacted, then longest without contact), then the other active customers
 *   by days since contact, closed customers last;
 * - name: by name in the pane's language;
 * - nextDate: soonest next step first, customers without one last.
 * @param entries - the customers.
 * @param sort - the order.
 * @param locale - for comparing names.
 * @returns a new sorted array.
 */
export function sortCustomers<E extends CustomerEntry>(
  entries: readonly E[],
  sort: CustomerSort,
  locale: Locale,
): E[] {
  // One collator for the whole sort: localeCompare with a locale builds one per call (seconds at 60,000 customers).
  const collator = new Intl.Collator(locale);
  const byName = (a: CustomerEntry, b: CustomerEntry) => collator.compare(a.name, b.name);
  const group = (c: CustomerEntry) => (c.neglected ? 0 : c.active ? 1 : 2);
  const staleness = (c: CustomerEntry) => c.daysSince ?? Infinity;
  const compare: Record<CustomerSort, (a: CustomerEntry, b: CustomerEntry) => number> = {
    attention: (a, b) =>
      group(a) - group(b) ||
      Number(b.key && b.neglected) - Number(a.key && a.neglected) ||
      compareDesc(staleness(a), staleness(b)) ||
      byName(a, b),
    name: byName,
    nextDate: (a, b) => (a.nextDate ?? Infinity) - (b.nextDate ?? Infinity) || byName(a, b),
  };
  return [...entries].sort(compare[sort]);
}

/** Descending, with two infinities equal (plain subtraction gives NaN). */
function compareDesc(a: number, b: number): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/**
 * The person's goals of the period whose actual is derived from the CRM tables, scored exactly as the report
 * scores them (actual, attainment, score, pace).
 * @param book - the indexed workbook.
 * @param person - a ManagerID.
 * @param period - the period.
 * @param today - the "as of" date of pace.
 * @returns the goal reports, in Goals table order.
 */
export function kpiActuals(book: CustomerBook, person: string, period: Period, today: number): GoalReport[] {
  const ctx: GoalContext = {
    goals: book.goals,
    crm: book.crm,
    curves: book.curves,
    // Data problems belong to the report's flags; the panel shows what can be shown.
    log: new IssueLog(),
    period,
    asOf: today,
    paceTolerance: book.paceTolerance,
  };
  const totals = book.crm.totals(person, { start: period.start, end: period.end });
  return scoreGoals(person, ctx, totals).filter((goal) =>
    (DERIVED_SOURCES as readonly string[]).includes(goal.source),
  );
}

/**
 * How much each goal's actual moved since a baseline (taken just before a write).
 * @param baseline - goal id → actual before.
 * @param goals - the goals now.
 * @returns goal id → change, only for goals whose actual changed.
 */
export function actualChanges(
  baseline: ReadonlyMap<string, number | null>,
  goals: readonly GoalReport[],
): Map<string, number> {
  const changes = new Map<string, number>();
  for (const goal of goals) {
    if (!baseline.has(goal.goalId)) continue;
    const before = baseline.get(goal.goalId) ?? 0;
    const after = goal.actual ?? 0;
    if (Math.abs(after - before) > 1e-9) changes.set(goal.goalId, after - before);
  }
  return changes;
}

/**
 * @param goals - goals.
 * @returns goal id → actual, the baseline of {@link actualChanges}.
 */
export function actualsOf(goals: readonly GoalReport[]): Map<string, number | null> {
  return new Map(goals.map((goal) => [goal.goalId, goal.actual]));
}

/**
 * The person's deal rows of a customer: open ones first (by close date), then closed ones, latest first.
 * @param book - the indexed workbook.
 * @param person - a ManagerID.
 * @param customer - a CustomerID.
 * @returns the rows.
 */
export function dealsOf(book: CustomerBook, person: string, customer: string): DealRow[] {
  const rows = (book.dealsByCustomer.get(customer) ?? []).filter((d) => trimmed(d.ManagerID) === person);
  const open = (d: DealRow) => OPEN_STAGES.includes(d.Stage);
  return rows.sort(
    (a, b) =>
      Number(open(b)) - Number(open(a)) ||
      (open(a)
        ? (a.CloseDate ?? Infinity) - (b.CloseDate ?? Infinity)
        : (b.CloseDate ?? -Infinity) - (a.CloseDate ?? -Infinity)),
  );
}

/** What the next id of a family such as `I0000042` is made from: the highest number in use and the width. */
export interface IdFamily {
  prefix: string;
  /** The highest number after `prefix` among the ids (0 when none). */
  highest: number;
  /** The width in use: the most digits seen, at least the family's fewest. */
  digits: number;
}

/**
 * The numbered family of ids in use.
 * @param existing - the ids already in the table.
 * @param prefix - the family's letters.
 * @param width - the fewest digits.
 * @returns the family's highest number and width.
 */
export function idFamily(existing: Iterable<string>, prefix: string, width: number): IdFamily {
  return nextIdAfter({ prefix, highest: 0, digits: width }, existing);
}

/**
 * @param family - the family before rows were added.
 * @param added - the ids of the rows added.
 * @returns the family with them (`family` is left as it was).
 */
export function nextIdAfter(family: IdFamily, added: Iterable<string>): IdFamily {
  const pattern = new RegExp(`^${family.prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)$`);
  let { highest, digits } = family;
  for (const raw of added) {
    const match = pattern.exec(raw.trim());
    if (!match) continue;
    highest = Math.max(highest, Number(match[1]));
    digits = Math.max(digits, match[1].length);
  }
  return { prefix: family.prefix, highest, digits };
}

/**
 * @param family - a family of ids in use.
 * @returns its next free id: the highest number plus one, zero-padded to the width in use (no id of the family
 *   can hold that number: it would be higher than the highest).
 */
export function nextIdOf(family: IdFamily): string {
  return `${family.prefix}${String(family.highest + 1).padStart(family.digits, "0")}`;
}

/**
 * The next free id in a family such as `I0000042`: the highest number after `prefix` plus one, zero-padded to
 * the width in use (at least `width`). Ids written another way are left alone and never collide.
 * @param existing - the ids already in the table.
 * @param prefix - the family's letters.
 * @param width - the fewest digits.
 * @returns an id not in `existing`.
 * @example nextId(["I0000041", "I0000042"], "I", 7) // "I0000043"
 */
export function nextId(existing: Iterable<string>, prefix: string, width: number): string {
  return nextIdOf(idFamily(existing, prefix, width));
}

/**
 * @param book - the indexed workbook.
 * @param text - a period text.
 * @returns the period.
 * @throws KpiError when the text is not a period.
 */
export function periodFromText(book: CustomerBook, text: string): Period {
  return parsePeriod(text, book.fiscalYearStart);
}
