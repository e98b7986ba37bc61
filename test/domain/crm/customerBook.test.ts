import { parsePeriod, serialFromYMD } from "../../../src/core";
import { generateSample, SAMPLE_AS_OF, type TableRows } from "../../../src/model";
import { buildPeriod } from "../../../src/domain/period";
import {
  actualChanges,
  actualsOf,
  customerEntries,
  customerPeriods,
  dealsOf,
  indexCustomerBook,
  isNeglected,
  kpiActuals,
  nextId,
  peopleOfTeam,
  searchCustomers,
  sortCustomers,
  teamCustomerEntries,
  teamsOf,
  ALL_TEAMS,
  NO_TEAM,
  type CustomerEntry,
  type CustomerTables,
} from "../../../src/domain/crm/customerBook";
import { goal, kpi, row, wonDeal } from "../../fixtures/rows";

const TODAY = serialFromYMD(2026, 8, 15);
const Q3 = parsePeriod("2026-Q3");

/** Ada (North) owns four customers; Bo (South) one; Cai has no team. */
function tables(extra: Partial<{ [K in keyof CustomerTables]: TableRows[K][] }> = {}): CustomerTables {
  return {
    Managers: [
      row("Managers", { ManagerID: "M1", Name: "Ada Lin", Team: "North" }),
      row("Managers", { ManagerID: "M2", Name: "Bo Chen", Team: "South" }),
      row("Managers", { ManagerID: "M3", Name: "Cai Wu", Team: null }),
      row("Managers", { ManagerID: "M1", Name: "Ada again (duplicate id)", Team: "North" }),
    ],
    KPIs: [
      kpi("VIS", "Visits", { Source: "interactions.visits" }),
      kpi("REV", "Revenue", { Source: "deals.amount" }),
      kpi("NPS", "Satisfaction"),
    ],
    Goals: [
      goal("G1", "M1", "VIS", 10, { Weight: 0.5 }),
      goal("G2", "M1", "REV", 1000, { Weight: 0.3 }),
      goal("G3", "M1", "NPS", 4, { Weight: 0.2 }),
      goal("G4", "M1", "VIS", 20, { Period: "2025-H2", Status: "done" }),
    ],
    Actuals: [],
    Customers: [
      row("Customers", {
        CustomerID: "C1",
        Name: "Acme",
        ManagerID: "M1",
        Segment: "Key",
        Since: TODAY - 400,
      }),
      row("Customers", { CustomerID: "C2", Name: "Birch", ManagerID: "M1", Since: TODAY - 400 }),
      row("Customers", { CustomerID: "C3", Name: "Cedar", ManagerID: "M1", Since: TODAY - 5 }),
      row("Customers", {
        CustomerID: "C4",
        Name: "Dune",
        ManagerID: "M1",
        Since: TODAY - 400,
        Status: "Dormant",
      }),
      row("Customers", { CustomerID: "C5", Name: "Elm", ManagerID: "M2", Since: null }),
    ],
    Interactions: [
      // Acme: last contact 31 days ago (neglected), and one planned after today (not a contact).
      row("Interactions", {
        InteractionID: "I1",
        CustomerID: "C1",
        ManagerID: "M1",
        Date: TODAY - 31,
        Type: "visit",
      }),
      row("Interactions", {
        InteractionID: "I2",
        CustomerID: "C1",
        ManagerID: "M1",
        Date: TODAY + 3,
        Type: "call",
      }),
      // Birch: two contacts on the same recent day; the later row wins and sets the next step.
      row("Interactions", {
        InteractionID: "I3",
        CustomerID: "C2",
        ManagerID: "M1",
        Date: TODAY - 2,
        Type: "call",
        NextStep: "old plan",
        NextDate: TODAY + 9,
      }),
      row("Interactions", {
        InteractionID: "I4",
        CustomerID: "C2",
        ManagerID: "M2",
        Date: TODAY - 2,
        Type: "visit",
        NextStep: "Send proposal",
        NextDate: TODAY - 1,
      }),
      row("Interactions", {
        InteractionID: "I5",
        CustomerID: "C2",
        ManagerID: "M1",
        Date: TODAY - 100,
        Type: "visit",
      }),
    ],
    Deals: [
      row("Deals", {
        DealID: "D1",
        CustomerID: "C2",
        ManagerID: "M1",
        Amount: 500,
        Stage: "proposal",
        Credit: 0.5,
      }),
      row("Deals", {
        DealID: "D1",
        CustomerID: "C2",
        ManagerID: "M2",
        Amount: 500,
        Stage: "proposal",
        Credit: 0.5,
      }),
      row("Deals", {
        DealID: "D2",
        CustomerID: "C2",
        ManagerID: "M1",
        Amount: 300,
        Stage: "lead",
        Credit: null,
      }),
      wonDeal("D3", "M1", 800, TODAY - 10, { CustomerID: "C2" }),
      row("Deals", {
        DealID: "D4",
        CustomerID: "C2",
        ManagerID: "M1",
        Amount: 900,
        Stage: "lost",
        CloseDate: TODAY - 20,
        Credit: 1,
      }),
    ],
    Curves: [],
    Settings: [],
    ...extra,
  } as CustomerTables;
}

const byId = (entries: readonly CustomerEntry[], id: string) =>
  entries.find((c) => c.id === id) as CustomerEntry;

describe("isNeglected (the report's rule)", () => {
  test.each([
    ["contacted 29 days ago", { active: true, lastContact: TODAY - 29, since: TODAY - 400 }, false],
    ["contacted 30 days ago", { active: true, lastContact: TODAY - 30, since: TODAY - 400 }, true],
    ["never contacted, customer for 30 days", { active: true, lastContact: null, since: TODAY - 30 }, true],
    ["never contacted, customer for 5 days", { active: true, lastContact: null, since: TODAY - 5 }, false],
    ["never contacted, no Since", { active: true, lastContact: null, since: null }, true],
    ["customer from next month", { active: true, lastContact: null, since: TODAY + 20 }, false],
    ["closed customer", { active: false, lastContact: null, since: null }, false],
  ])("%s", (_, customer, expected) => {
    expect(isNeglected(customer, TODAY, 30)).toBe(expected);
  });
});

describe("customerEntries", () => {
  const book = indexCustomerBook(tables());
  const entries = customerEntries(book, "M1", Q3, TODAY);

  test("lists only the person's customers, in table order", () => {
    expect(entries.map((c) => c.id)).toEqual(["C1", "C2", "C3", "C4"]);
    expect(customerEntries(book, "M2", Q3, TODAY).map((c) => c.id)).toEqual(["C5"]);
  });

  test("last contact ignores interactions after today; days since and the neglect flag follow", () => {
    const acme = byId(entries, "C1");
    expect(acme).toMatchObject({
      lastContact: TODAY - 31,
      daysSince: 31,
      lastType: "visit",
      neglected: true,
      key: true,
    });
  });

  test("the latest interaction (by anyone; later row on the same day) gives the next step", () => {
    const birch = byId(entries, "C2");
    expect(birch).toMatchObject({
      lastContact: TODAY - 2,
      daysSince: 2,
      neglected: false,
      nextStep: "Send proposal",
      nextDate: TODAY - 1,
      nextOverdue: true,
    });
  });

  test("counts contacts in the period, and open deals credited to the person (amount × credit)", () => {
    const birch = byId(entries, "C2");
    // I3 and I4 are in Q3; I5 (100 days ago) is in Q2.
    expect(birch.contactsInPeriod).toBe(2);
    // D1 half of 500, D2 300 with blank credit = 100%; won and lost deals are not open.
    expect(birch).toMatchObject({ openDeals: 2, openAmount: 550 });
  });

  test("a new customer is not flagged yet; a dormant one never is", () => {
    expect(byId(entries, "C3")).toMatchObject({ lastContact: null, neglected: false, active: true });
    expect(byId(entries, "C4")).toMatchObject({ lastContact: null, neglected: false, active: false });
    expect(byId(customerEntries(book, "M2", Q3, TODAY), "C5").neglected).toBe(true);
  });

  test("Settings neglectDays moves the threshold", () => {
    const strict = indexCustomerBook(
      tables({ Settings: [row("Settings", { Key: "neglectDays", Value: "2" })] }),
    );
    expect(byId(customerEntries(strict, "M1", Q3, TODAY), "C2").neglected).toBe(true);
  });

  test("agrees with the report's neglected customers on the sample team", () => {
    const sample = generateSample({ locale: "en-US" });
    const report = buildPeriod({ tables: sample, period: "2026-Q2", asOf: SAMPLE_AS_OF, locale: "en-US" });
    const sampleBook = indexCustomerBook(sample);
    let flagged = 0;
    for (const person of report.people) {
      const mine = customerEntries(sampleBook, person.id, parsePeriod("2026-Q2"), SAMPLE_AS_OF)
        .filter((c) => c.neglected)
        .map((c) => c.id)
        .sort();
      expect(mine).toEqual(person.customers.neglected.map((c) => c.id).sort());
      flagged += mine.length;
    }
    expect(flagged).toBeGreaterThan(0);
  });
});

describe("the team-wide list", () => {
  const book = indexCustomerBook(tables());
  const everyone = teamCustomerEntries(book, book.people, Q3, TODAY);

  test("every customer of the people in scope, each with its owner, flagged as in each person's list", () => {
    expect(everyone.map((c) => [c.id, c.ownerName])).toEqual([
      ["C1", "Ada Lin"],
      ["C2", "Ada Lin"],
      ["C3", "Ada Lin"],
      ["C4", "Ada Lin"],
      ["C5", "Bo Chen"],
    ]);
    for (const c of everyone) {
      expect(c).toMatchObject(byId(customerEntries(book, c.owner, Q3, TODAY), c.id));
    }
    expect(everyone.filter((c) => c.neglected).map((c) => c.id)).toEqual(["C1", "C5"]);
    const south = teamCustomerEntries(book, peopleOfTeam(book.people, "South"), Q3, TODAY);
    expect(south.map((c) => c.id)).toEqual(["C5"]);
  });

  test("Settings neglectDays is the filter's threshold", () => {
    const strict = indexCustomerBook(
      tables({ Settings: [row("Settings", { Key: "neglectDays", Value: "2" })] }),
    );
    const flagged = teamCustomerEntries(strict, strict.people, Q3, TODAY).filter((c) => c.neglected);
    expect(flagged.map((c) => c.id)).toEqual(["C1", "C2", "C3", "C5"]);
  });

  test("search finds by name, owner or industry, every word, without regard to case", () => {
    const withIndustry = indexCustomerBook(
      tables({
        Customers: [
          row("Customers", { CustomerID: "C1", Name: "Acme", ManagerID: "M1", Industry: "Retail" }),
          row("Customers", { CustomerID: "C2", Name: "Birch", ManagerID: "M2", Industry: "制造业" }),
          row("Customers", { CustomerID: "C3", Name: "Retailers Co", ManagerID: "M2", Industry: null }),
        ],
      }),
    );
    const list = teamCustomerEntries(withIndustry, withIndustry.people, Q3, TODAY);
    const ids = (query: string) => searchCustomers(list, query).map((c) => c.id);
    expect(ids("")).toEqual(["C1", "C2", "C3"]);
    expect(ids("  ")).toEqual(["C1", "C2", "C3"]);
    expect(ids("acme")).toEqual(["C1"]);
    expect(ids("BO CHEN")).toEqual(["C2", "C3"]);
    expect(ids("制造")).toEqual(["C2"]);
    expect(ids("retail")).toEqual(["C1", "C3"]);
    expect(ids("retail bo")).toEqual(["C3"]);
    expect(ids("nobody")).toEqual([]);
  });
});

describe("sortCustomers", () => {
  const entries = customerEntries(indexCustomerBook(tables()), "M1", Q3, TODAY);
  test.each([
    ["attention", ["C1", "C3", "C2", "C4"]],
    ["name", ["C1", "C2", "C3", "C4"]],
    ["nextDate", ["C2", "C1", "C3", "C4"]],
  ] as const)("%s", (sort, ids) => {
    expect(sortCustomers(entries, sort, "en-US").map((c) => c.id)).toEqual(ids);
  });

  test("attention puts never-contacted before the longest silent, key customers first", () => {
    const mk = (id: string, daysSince: number | null, key = false): CustomerEntry =>
      ({ ...entries[0], id, name: id, key, neglected: true, active: true, daysSince }) as CustomerEntry;
    const sorted = sortCustomers(
      [mk("a", 40), mk("b", null), mk("c", 90), mk("d", 35, true)],
      "attention",
      "en-US",
    );
    expect(sorted.map((c) => c.id)).toEqual(["d", "b", "c", "a"]);
  });
});

describe("people, teams and periods", () => {
  const book = indexCustomerBook(tables());
  test("people are unique by ManagerID, filtered by team", () => {
    expect(book.people.map((p) => p.id)).toEqual(["M1", "M2", "M3"]);
    expect(teamsOf(book.people, "en-US")).toEqual({ teams: ["North", "South"], hasNoTeam: true });
    expect(peopleOfTeam(book.people, ALL_TEAMS).length).toBe(3);
    expect(peopleOfTeam(book.people, "South").map((p) => p.id)).toEqual(["M2"]);
    expect(peopleOfTeam(book.people, NO_TEAM).map((p) => p.id)).toEqual(["M3"]);
  });

  test("this quarter first, then last quarter, month, year, then the person's other goal periods", () => {
    expect(customerPeriods(book, "M1", TODAY).map((p) => p.text)).toEqual([
      "2026-Q3",
      "2026-Q2",
      "2026-08",
      "2026",
      "2025-H2",
    ]);
    expect(customerPeriods(book, "M2", TODAY).map((p) => p.text)).toEqual([
      "2026-Q3",
      "2026-Q2",
      "2026-08",
      "2026",
    ]);
  });
});

describe("kpiActuals", () => {
  test("derived goals only, with the report's actual, attainment and score", () => {
    const book = indexCustomerBook(tables());
    const goals = kpiActuals(book, "M1", Q3, TODAY);
    expect(goals.map((g) => g.goalId)).toEqual(["G1", "G2"]);
    // Visits by M1 in Q3 up to any date: I1 (visit). I4 is M2's visit, I2 is a call, I5 is in Q2.
    expect(goals[0]).toMatchObject({ actual: 1, target: 10, attainment: 0.1, actualSource: "crm" });
    // Revenue: won D3 800 × 100%.
    expect(goals[1]).toMatchObject({ actual: 800, attainment: 0.8 });
  });

  test("matches buildPeriod for every person of the sample team", () => {
    const sample = generateSample({ locale: "zh-CN" });
    const report = buildPeriod({ tables: sample, period: "2026-Q2", asOf: SAMPLE_AS_OF, locale: "zh-CN" });
    const book = indexCustomerBook(sample);
    for (const person of report.people) {
      const mine = kpiActuals(book, person.id, parsePeriod("2026-Q2"), SAMPLE_AS_OF);
      const theirs = person.goals.filter((g) => g.source !== "manual");
      expect(mine).toEqual(theirs);
    }
  });

  test("a logged visit moves the visits actual, and actualChanges reports by how much", () => {
    const before = kpiActuals(indexCustomerBook(tables()), "M1", Q3, TODAY);
    const more = tables();
    const after = kpiActuals(
      indexCustomerBook({
        ...more,
        Interactions: [
          ...more.Interactions,
          row("Interactions", {
            InteractionID: "I6",
            CustomerID: "C1",
            ManagerID: "M1",
            Date: TODAY,
            Type: "visit",
          }),
        ],
      }),
      "M1",
      Q3,
      TODAY,
    );
    expect(after[0].actual).toBe(2);
    expect([...actualChanges(actualsOf(before), after)]).toEqual([["G1", 1]]);
    expect(actualChanges(actualsOf(before), before).size).toBe(0);
  });
});

describe("dealsOf", () => {
  test("the person's rows of the customer: open by close date, then closed latest first", () => {
    const book = indexCustomerBook(tables());
    expect(dealsOf(book, "M1", "C2").map((d) => d.DealID)).toEqual(["D1", "D2", "D3", "D4"]);
    expect(dealsOf(book, "M2", "C2").map((d) => d.ManagerID)).toEqual(["M2"]);
  });
});

describe("nextId", () => {
  test.each([
    [[], "I", 7, "I0000001"],
    [["I0000041", "I0000007"], "I", 7, "I0000042"],
    [["D999999"], "D", 6, "D1000000"],
    [["I12", " I0000003 ", "X-99", "INT-2026-1"], "I", 7, "I0000013"],
    [["I0000001", "I01"], "I", 2, "I0000002"],
  ] as const)("%j → %s%s", (existing, prefix, width, expected) => {
    expect(nextId(existing, prefix, width)).toBe(expected);
  });
});
