import { buildBook, completeBook, nextBook } from "../../src/book";
import { parsePeriod } from "../../src/core";
import { generateSample, readSettings, SAMPLE_AS_OF, type SampleRows } from "../../src/model";
import { CUSTOMER_TABLES, customerEntries, indexCustomerBook } from "../../src/domain/crm/customerBook";
import { GOALS_TABLES, GoalsBook } from "../../src/domain/goals/goalsBook";
import { buildPeriod, ROSTER_FIGURE_TABLES } from "../../src/domain/period";
import { TABLE_KEYS, type TableKey } from "../../src/model";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { WorkbookPort } from "../../src/workbook/port";

const PERIOD = "2026-Q2";

/** The sample team's rows, each table a fresh copy (as a new read from the workbook gives). */
function sample(): SampleRows {
  return generateSample({ locale: "en-US", asOf: SAMPLE_AS_OF });
}

describe("the team book", () => {
  it("indexes people, teams and person-keyed rows", () => {
    const rows = sample();
    const book = buildBook(rows, { locale: "en-US" });
    expect(book.version).toBe(0);
    expect(book.people.size).toBe(12);
    const first = rows.Managers[0];
    expect(book.people.get(first.ManagerID)).toBe(book.rows("Managers")[0]);
    expect(book.teams).toEqual([...new Set(rows.Managers.map((m) => m.Team!.trim()))].sort());
    const goals = book.byPerson("Goals").get(first.ManagerID) ?? [];
    expect(goals.length).toBe(rows.Goals.filter((g) => g.ManagerID === first.ManagerID).length);
    expect(goals.length).toBeGreaterThan(0);
    expect(book.byPerson("Goals")).toBe(book.byPerson("Goals"));
  });

  it("screens each table: later duplicate ids left out and listed as problems of that table", () => {
    const rows = sample();
    rows.Goals.push({ ...rows.Goals[0] });
    const book = buildBook(rows, { locale: "en-US" });
    expect(book.rows("Goals")).toHaveLength(rows.Goals.length - 1);
    expect(book.problemsOf(["Goals"])).toEqual([
      expect.objectContaining({ kind: "duplicateId", table: "Goals" }),
    ]);
    expect(book.problemsOf(["Tasks"])).toEqual([]);
    expect(book.problems).toHaveLength(1);
  });

  it("gives the report's own model for a period, computed once per version and shared", () => {
    const rows = sample();
    const book = buildBook(rows, { locale: "en-US" });
    const picture = book.period(PERIOD, SAMPLE_AS_OF);
    expect(book.period(PERIOD, SAMPLE_AS_OF)).toBe(picture);
    const report = buildPeriod({ tables: rows, period: PERIOD, asOf: SAMPLE_AS_OF, locale: "en-US" });
    expect(picture.people.map((p) => [p.id, p.composite, p.work.overdue])).toEqual(
      report.people.map((p) => [p.id, p.composite, p.work.overdue]),
    );
    expect(picture.figures).toEqual(report.figures);
  });

  it("gives the roster's figures before the period picture, equal to the picture's, for every period and scope", () => {
    const rows = sample();
    // A person with no goals, one who left before the period, and a duplicated Managers row.
    rows.Managers.push({ ...rows.Managers[0], ManagerID: "M999", Name: "Nobody Yet" });
    rows.Managers[1] = { ...rows.Managers[1], LeaveDate: 45000 };
    rows.Managers.push({ ...rows.Managers[2] });
    let scored = 0;
    let overdue = 0;
    for (const period of ["2026-Q2", "2026-Q1", "2026-05", "2026"]) {
      for (const scope of [null, rows.Managers[0].Team]) {
        const book = buildBook(rows, { locale: "en-US" });
        const first = book.rosterFigures(period, SAMPLE_AS_OF, scope);
        expect(book.hasPeriod(period, SAMPLE_AS_OF, scope)).toBe(false);
        const picture = book.period(period, SAMPLE_AS_OF, scope);
        expect(book.hasPeriod(period, SAMPLE_AS_OF, scope)).toBe(true);
        const expected = picture.people.map((p) => [p.id, p.composite, p.work.overdue]);
        scored += expected.filter(([, score]) => score !== null).length;
        overdue += expected.filter(([, , count]) => (count as number) > 0).length;
        expect([...first].map(([id, f]) => [id, f.composite, f.overdue])).toEqual(expected);
        // Once the picture is there, the roster reads it.
        expect(
          [...book.rosterFigures(period, SAMPLE_AS_OF, scope)].map(([id, f]) => [id, f.composite, f.overdue]),
        ).toEqual(expected);
      }
    }
    // The comparison is about figures: scores and overdue tasks were there to compare.
    expect(scored).toBeGreaterThan(10);
    expect(overdue).toBeGreaterThan(0);
  });

  it("gives the roster's figures from a book holding only the roster's tables, equal to the whole book's", () => {
    const rows = sample();
    const part = buildBook(Object.fromEntries(ROSTER_FIGURE_TABLES.map((key) => [key, rows[key]])), {
      locale: "en-US",
    });
    expect(part.has("Reviews")).toBe(false);
    const whole = buildBook(rows, { locale: "en-US" });
    const figures = (book: typeof part) => [...book.rosterFigures(PERIOD, SAMPLE_AS_OF)];
    expect(figures(part)).toEqual(figures(whole));
    expect(figures(part).filter(([, f]) => f.composite !== null).length).toBeGreaterThan(5);
    // The period picture needs the other tables too.
    expect(() => part.period(PERIOD, SAMPLE_AS_OF)).toThrow(/holds no \w+ table/);
  });

  describe("read in two parts (the pane's first book)", () => {
    /** A port that counts the tables it reads; without change tokens when `tokens` is false (as Office.js). */
    function counted(tokens: boolean): { port: WorkbookPort; reads: TableKey[][]; memory: MemoryWorkbook } {
      const memory = new MemoryWorkbook({ seed: sample(), locale: "en-US" });
      const reads: TableKey[][] = [];
      const port: WorkbookPort = {
        listTables: () => memory.listTables(),
        readTables: (keys) => {
          reads.push([...keys]);
          return memory.readTables(keys);
        },
        ...(tokens
          ? {
              tableVersions: (keys) => memory.tableVersions(keys),
              readAppended: (key, since) => memory.readAppended(key, since),
            }
          : {}),
      } as WorkbookPort;
      return { port, reads, memory };
    }

    it.each([
      ["with change tokens", true],
      ["without change tokens", false],
    ])(
      "%s: the first part holds the roster's tables, the whole book every table, each read once",
      async (_, tokens) => {
        const { port, reads, memory } = counted(tokens);
        const part = await nextBook(port, "en-US", null, ROSTER_FIGURE_TABLES);
        expect(part.keys.sort()).toEqual([...ROSTER_FIGURE_TABLES].sort());
        // The roster is shown from the first part before the rest is read.
        const figures = part.rosterFigures(PERIOD, SAMPLE_AS_OF);
        const whole = await completeBook(port, "en-US", part);
        expect(whole.keys.sort()).toEqual([...TABLE_KEYS].sort());
        const read = reads.flat();
        expect(read.sort()).toEqual([...TABLE_KEYS].sort());
        // The first part's rows and what was derived from them are carried over.
        expect(whole.rows("Interactions")).toBe(part.rows("Interactions"));
        expect(whole.rosterFigures(PERIOD, SAMPLE_AS_OF)).toBe(figures);
        // The same book as one read of every table.
        const once = buildBook(await memory.readTables(TABLE_KEYS), { locale: "en-US" });
        for (const key of TABLE_KEYS) expect([key, whole.rows(key)]).toEqual([key, once.rows(key)]);
        expect(whole.period(PERIOD, SAMPLE_AS_OF).figures).toEqual(once.period(PERIOD, SAMPLE_AS_OF).figures);
      },
    );

    it("with change tokens, a first-part table changed before the rest is read is read again", async () => {
      const { port, reads, memory } = counted(true);
      const part = await nextBook(port, "en-US", null, ROSTER_FIGURE_TABLES);
      const goal = part.rows("Goals")[0];
      memory.editCell("Goals", goal.GoalID, "Target", 123456);
      reads.length = 0;
      const whole = await completeBook(port, "en-US", part);
      expect(reads.flat()).toContain("Goals");
      expect(whole.rows("Goals")[0].Target).toBe(123456);
      expect(whole.rows("Tasks")).toBe(part.rows("Tasks"));
    });
  });

  it("holds one goal index and one CRM index per version, shared by the period picture and the screens' books", () => {
    const rows = sample();
    // An unusable deal row (won without an amount): the shared CRM index found it, the picture still lists it.
    rows.Deals[0] = { ...rows.Deals[0], Stage: "won", Amount: null, CloseDate: SAMPLE_AS_OF - 1 };
    const book = buildBook(rows, { locale: "en-US" });
    const fys = readSettings(rows.Settings).settings.fiscalYearStart;
    const shared = book.indexes(fys);
    expect(book.indexes(fys)).toEqual(shared);
    expect(book.indexes(fys).crm).toBe(shared.crm);
    const picture = book.period(PERIOD, SAMPLE_AS_OF);
    const own = buildPeriod({ tables: rows, period: PERIOD, asOf: SAMPLE_AS_OF, locale: "en-US" });
    expect(picture).toEqual(own);
    expect(picture.flags.some((f) => f.issue?.cause.key === "report.issue.dealNoAmount")).toBe(true);
    const tables = book.pick(CUSTOMER_TABLES);
    const customers = indexCustomerBook(tables, (y) => book.indexes(y));
    expect(customers.crm).toBe(shared.crm);
    expect(customers.goals).toBe(shared.goals);
    expect(
      customerEntries(customers, rows.Managers[0].ManagerID, parsePeriod(PERIOD, fys), SAMPLE_AS_OF),
    ).toEqual(
      customerEntries(
        indexCustomerBook(tables),
        rows.Managers[0].ManagerID,
        parsePeriod(PERIOD, fys),
        SAMPLE_AS_OF,
      ),
    );
    const goals = book.pick(GOALS_TABLES);
    const goalsBook = new GoalsBook(goals, (y) => book.indexes(y));
    const goal = rows.Goals[0];
    expect(goalsBook.lastComparable(goal.ManagerID, goal.KPI, PERIOD)).toEqual(
      new GoalsBook(goals).lastComparable(goal.ManagerID, goal.KPI, PERIOD),
    );
  });

  it("extends its CRM index by interactions only appended, and builds it again when deals change", () => {
    const rows = sample();
    const versions = Object.fromEntries(Object.keys(rows).map((key) => [key, "1"]));
    const first = buildBook(rows, { locale: "en-US", versions });
    const fys = readSettings(rows.Settings).settings.fiscalYearStart;
    const before = first.indexes(fys);
    const added = { ...rows.Interactions[0], InteractionID: "I9999999", Date: SAMPLE_AS_OF };
    const next = buildBook(
      {},
      {
        locale: "en-US",
        previous: first,
        versions: { ...versions, Interactions: "2" },
        appended: { Interactions: [added] },
      },
    );
    const after = next.indexes(fys);
    expect(after.goals).toBe(before.goals);
    expect(after.crm).not.toBe(before.crm);
    const window = { start: SAMPLE_AS_OF - 30, end: SAMPLE_AS_OF };
    const full = buildBook({ ...rows, Interactions: [...rows.Interactions, added] }, { locale: "en-US" });
    expect(after.crm.totals(added.ManagerID, window)).toEqual(
      full.indexes(fys).crm.totals(added.ManagerID, window),
    );
    const dealt = buildBook(
      { Deals: rows.Deals.slice(1) },
      { locale: "en-US", previous: next, versions: { ...versions, Interactions: "2", Deals: "2" } },
    );
    expect(dealt.indexes(fys).crm).not.toBe(after.crm);
    expect(dealt.indexes(fys).goals).toBe(before.goals);
  });

  it("serves every reader the same rows object for the same tables", () => {
    const book = buildBook(sample(), { locale: "en-US" });
    const a = book.pick(["Managers", "Goals"]);
    expect(book.pick(["Managers", "Goals"])).toBe(a);
    expect(a.Goals).toBe(book.rows("Goals"));
  });

  it("a next version with nothing changed keeps every table and every derived picture", () => {
    const first = buildBook(sample(), { locale: "en-US" });
    const picture = first.period(PERIOD, SAMPLE_AS_OF);
    const next = buildBook(sample(), { locale: "en-US", previous: first });
    expect(next.version).toBe(1);
    expect(next.changed.size).toBe(0);
    expect(next.rows("Goals")).toBe(first.rows("Goals"));
    expect(next.period(PERIOD, SAMPLE_AS_OF)).toBe(picture);
  });

  it("updates only what a changed table feeds, and equals a full rebuild", () => {
    const first = buildBook(sample(), { locale: "en-US" });
    const picture = first.period(PERIOD, SAMPLE_AS_OF);
    const people = first.people;
    const tasksByPerson = first.byPerson("Tasks");

    const rows = sample();
    const goal = rows.Goals[0];
    rows.Actuals.push({ ...rows.Actuals[0], ManagerID: goal.ManagerID });
    rows.Tasks.splice(0, 1);
    const next = buildBook(rows, { locale: "en-US", previous: first });

    expect([...next.changed].sort()).toEqual(["Actuals", "Tasks"]);
    expect(next.rows("Managers")).toBe(first.rows("Managers"));
    expect(next.people).toBe(people);
    expect(next.byPerson("Tasks")).not.toBe(tasksByPerson);
    expect(next.rows("Tasks")).toHaveLength(first.rows("Tasks").length - 1);
    expect(next.period(PERIOD, SAMPLE_AS_OF)).not.toBe(picture);

    const full = buildBook(rows, { locale: "en-US" });
    expect(next.period(PERIOD, SAMPLE_AS_OF)).toEqual(full.period(PERIOD, SAMPLE_AS_OF));
    expect(next.problems).toEqual(full.problems);
    for (const key of full.keys) expect(next.rows(key)).toEqual(full.rows(key));
  });

  it("a table no longer read counts as changed; another language starts afresh", () => {
    const rows = sample();
    const first = buildBook(rows, { locale: "en-US" });
    const rest: Partial<SampleRows> = { ...rows };
    delete rest.Payouts;
    const next = buildBook(rest, { locale: "en-US", previous: first });
    expect(next.has("Payouts")).toBe(false);
    expect([...next.changed]).toEqual(["Payouts"]);
    const chinese = buildBook(rows, { locale: "zh-CN", previous: next });
    expect(chinese.version).toBe(0);
    expect(chinese.changed.size).toBe(chinese.keys.length);
  });

  it("with the adapter's change tokens, carries over unread the tables whose token did not move", () => {
    const rows = sample();
    const versions = Object.fromEntries(Object.keys(rows).map((key) => [key, "1"]));
    const first = buildBook(rows, { locale: "en-US", versions });
    expect(first.versionOf("Tasks")).toBe("1");
    const picture = first.period(PERIOD, SAMPLE_AS_OF);

    const again = sample();
    again.Interactions.push({ ...again.Interactions[0], InteractionID: "I999999" });
    const next = buildBook(
      { Interactions: again.Interactions },
      { locale: "en-US", previous: first, versions: { ...versions, Interactions: "2" } },
    );
    expect([...next.changed]).toEqual(["Interactions"]);
    expect(next.keys).toEqual(first.keys);
    expect(next.rows("Tasks")).toBe(first.rows("Tasks"));
    expect(next.rows("Interactions")).toHaveLength(first.rows("Interactions").length + 1);
    expect(next.versionOf("Interactions")).toBe("2");
    expect(next.period(PERIOD, SAMPLE_AS_OF)).not.toBe(picture);
    expect(next.period(PERIOD, SAMPLE_AS_OF)).toEqual(
      buildBook(again, { locale: "en-US" }).period(PERIOD, SAMPLE_AS_OF),
    );

    // A table whose token moved but that was not read is not carried over.
    const partial = buildBook({}, { locale: "en-US", previous: next, versions: { ...versions, Tasks: "3" } });
    expect(partial.has("Tasks")).toBe(false);
    expect(partial.changed.has("Tasks")).toBe(true);
    // Without a token, a table is compared by its rows: one changed cell deep inside is seen.
    expect(buildBook(rows, { locale: "en-US" }).versionOf("Tasks")).toBeNull();
  });

  it("without tokens, sees one changed cell anywhere in a table and nothing when the rows are equal", () => {
    const first = buildBook(sample(), { locale: "en-US" });
    const rows = sample();
    const middle = Math.floor(rows.Interactions.length / 2);
    rows.Interactions[middle] = {
      ...rows.Interactions[middle],
      Outcome: `${rows.Interactions[middle].Outcome}.`,
    };
    rows.Deals[rows.Deals.length - 1] = { ...rows.Deals[rows.Deals.length - 1], Amount: 1.5 };
    const next = buildBook(rows, { locale: "en-US", previous: first });
    expect([...next.changed].sort()).toEqual(["Deals", "Interactions"]);
    expect(buildBook(sample(), { locale: "en-US", previous: next }).changed).toEqual(
      new Set(["Deals", "Interactions"]),
    );
  });

  it("says which table it lacks when asked for one it does not hold", () => {
    const rest: Partial<SampleRows> = sample();
    delete rest.Goals;
    expect(() => buildBook(rest, { locale: "en-US" }).rows("Goals")).toThrow(
      "the team book holds no Goals table",
    );
  });
});
