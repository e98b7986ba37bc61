import { ValidationError } from "../../src/core/errors";
import {
  columnPositions,
  layoutOf,
  readColumnCells,
  readTable,
  tableReader,
  type RawCell,
} from "../../src/model";
import type { TableKey } from "../../src/model";

/**
 * `readColumnCells` reads a column at a time, with a short path for plain numbers, dates, texts and allowed words;
 * whatever it returns (or throws) must be what a row-at-a-time read of those columns gives (`readTable` with
 * `columns`), for clean tables and for every kind of problem.
 */
function bothWays(
  key: TableKey,
  header: RawCell[],
  body: RawCell[][],
  columns: string[],
): { byColumn: unknown; byRow: unknown } {
  const place = { sheet: "S", headerRow: 3 };
  const positions = columnPositions(key, header, columns);
  const attempt = (read: () => readonly unknown[]) => {
    try {
      const rows = read();
      return { rows: rows.map((r) => ({ ...(r as object) })), layout: layoutOf(rows) };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return { error: error.message, issues: error.issues };
    }
  };
  return {
    byColumn: attempt(() =>
      readColumnCells(
        key,
        header,
        place,
        columns,
        positions.map((position) => ({ position, cells: body.map((row) => row[position] ?? null) })),
      ),
    ),
    byRow: attempt(() => readTable(key, header, body, place, columns)),
  };
}

const INTERACTIONS = [
  "Interaction ID",
  "Customer ID",
  "Manager ID",
  "Date",
  "Type",
  "Outcome",
  "Note",
  "Next step",
  "Next date",
];
const WANTED = ["InteractionID", "ManagerID", "Date", "Type"];

const row = (id: RawCell, person: RawCell, date: RawCell, type: RawCell): RawCell[] => [
  id,
  "C1",
  person,
  date,
  type,
  "ok",
  null,
  null,
  null,
];

describe("readColumnCells", () => {
  it("reads clean columns as a row at a time does: words matched, texts trimmed, blank rows skipped", () => {
    const body = [
      row("I1", "M001", 46023, "visit"),
      row(" I2 ", "M002", "2026-01-05", "Visit"),
      row(null, null, null, null),
      row("I3", "M001", 46030.5, "拜访"),
      row("I4", " M003", 46031, "call"),
      row("I5", "M001", new Date(Date.UTC(2026, 0, 9)), "meeting"),
    ];
    const { byColumn, byRow } = bothWays("Interactions", INTERACTIONS, body, WANTED);
    expect(byColumn).toEqual(byRow);
    const read = byColumn as { rows: Record<string, unknown>[]; layout: { rowNumbers: number[] } };
    expect(read.rows.map((r) => r.Type)).toEqual(["visit", "visit", "visit", "call", "meeting"]);
    expect(read.rows[1].InteractionID).toBe("I2");
    expect(read.layout.rowNumbers).toEqual([4, 5, 7, 8, 9]);
    expect(Object.keys(read.rows[0])).toEqual(WANTED);
  });

  it("skips a row of blank and spaces-only cells, as a row at a time does", () => {
    const body = [
      row("I1", "M001", 46023, "visit"),
      row("", " ", null, ""),
      row("I2", "M002", 46024, "call"),
    ];
    const { byColumn, byRow } = bothWays("Interactions", INTERACTIONS, body, WANTED);
    expect(byColumn).toEqual(byRow);
    expect((byColumn as { rows: unknown[] }).rows).toHaveLength(2);
  });

  it.each([
    ["a word not allowed", row("I1", "M001", 46023, "fax")],
    ["a date that is not one", row("I1", "M001", "soon", "visit")],
    ["an error's text in a date", row("I1", "M001", "#N/A", "visit")],
    ["a blank required cell", row("I1", "M001", null, "visit")],
    ["a number where a date is", row("I1", "M001", Number.NaN, "visit")],
  ])("gives the same problems as a row at a time for %s", (_what, bad) => {
    const body = [row("I0", "M001", 46023, "call"), bad, row("I2", "M002", 46024, "visit")];
    const { byColumn, byRow } = bothWays("Interactions", INTERACTIONS, body, WANTED);
    expect(byRow).toHaveProperty("issues");
    expect(byColumn).toEqual(byRow);
  });

  it("checks ranges and periods as a row at a time does", () => {
    const header = [
      "Deal ID",
      "Customer ID",
      "Manager ID",
      "Product",
      "Amount",
      "Stage",
      "Close date",
      "Credit",
    ];
    const deal = (amount: RawCell, credit: RawCell): RawCell[] => [
      "D1",
      "C1",
      "M001",
      "Loan",
      amount,
      "won",
      46023,
      credit,
    ];
    const columns = ["DealID", "ManagerID", "Amount", "Stage", "CloseDate", "Credit"];
    for (const body of [
      [deal(1000, 1), deal("2,000", "50%"), deal(null, null)],
      [deal(1000, 1.5)],
      [deal(-1, 0.5)],
    ]) {
      const { byColumn, byRow } = bothWays("Deals", header, body, columns);
      expect(byColumn).toEqual(byRow);
    }
    const goals = ["Goal ID", "Manager ID", "Period", "KPI", "Target", "Weight", "Status"];
    const goal = (period: RawCell, weight: RawCell): RawCell[] => [
      "G1",
      "M001",
      period,
      "REV",
      100,
      weight,
      "active",
    ];
    for (const body of [[goal("2026-q3", 0.5)], [goal("Q3 2026", 0.5)], [goal("2026-Q3", "150%")]]) {
      const { byColumn, byRow } = bothWays("Goals", goals, body, [
        "GoalID",
        "ManagerID",
        "Period",
        "KPI",
        "Target",
        "Weight",
        "Status",
      ]);
      expect(byColumn).toEqual(byRow);
    }
  });

  it("leaves a blank omittable field out of its row, as a row at a time does", () => {
    const header = ["Task ID", "Manager ID", "Title", "Source"];
    const body: RawCell[][] = [
      ["T1", "M001", "Call", "crm"],
      ["T2", "M001", "Visit", null],
    ];
    const { byColumn, byRow } = bothWays("Tasks", header, body, ["TaskID", "ManagerID", "Title", "Source"]);
    expect(byColumn).toEqual(byRow);
    expect(Object.keys((byColumn as { rows: object[] }).rows[1])).toEqual(["TaskID", "ManagerID", "Title"]);
  });

  it("reads a column the header lacks as blank, and a shorter column as blank below its cells", () => {
    const columns = ["CustomerID", "ManagerID", "Since"];
    const lacking = ["Customer ID", "Name", "Manager ID", "Segment", "Industry", "Status"];
    const at = columnPositions("Customers", lacking, columns);
    expect(
      readColumnCells("Customers", lacking, undefined, columns, [
        { position: at[0], cells: ["C1", "C2"] },
        { position: at[1], cells: ["M001", "M002"] },
      ]),
    ).toEqual([
      { CustomerID: "C1", ManagerID: "M001", Since: null },
      { CustomerID: "C2", ManagerID: "M002", Since: null },
    ]);
    const whole = ["Customer ID", "Name", "Manager ID", "Since"];
    const to = columnPositions("Customers", whole, columns);
    expect(
      readColumnCells("Customers", whole, undefined, columns, [
        { position: to[0], cells: ["C1", "C2", "C3"] },
        { position: to[1], cells: ["M001", "M002", "M003"] },
        { position: to[2], cells: [46000] },
      ]),
    ).toEqual([
      { CustomerID: "C1", ManagerID: "M001", Since: 46000 },
      { CustomerID: "C2", ManagerID: "M002", Since: null },
      { CustomerID: "C3", ManagerID: "M003", Since: null },
    ]);
    // A shorter required column: the rows below its cells lack a value it requires.
    expect(() =>
      readColumnCells("Customers", whole, undefined, columns, [
        { position: to[0], cells: ["C1", "C2"] },
        { position: to[1], cells: ["M001"] },
      ]),
    ).toThrow(/row 2, column “Manager ID”: a value is required/);
  });
});

describe("readTable", () => {
  /** A row at a time, as `readTable` read every table before its column-at-a-time path. */
  const byRow = (key: TableKey, header: RawCell[], body: RawCell[][]) => {
    const reader = tableReader(key, header, { sheet: "S", headerRow: 1 });
    body.forEach((cells, i) => reader.row(i, cells));
    return reader.finish();
  };
  const attempt = (read: () => readonly unknown[]) => {
    try {
      const rows = read();
      return {
        rows: rows.map((r) => ({ ...(r as object) })),
        keys: rows.map((r) => Object.keys(r as object)),
        layout: layoutOf(rows),
      };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return { error: error.message, issues: error.issues };
    }
  };
  const same = (key: TableKey, header: RawCell[], body: RawCell[][]) => {
    const fast = attempt(() =>
      readTable(
        key,
        header,
        body.map((r) => [...r]),
        { sheet: "S", headerRow: 1 },
      ),
    );
    expect(fast).toEqual(attempt(() => byRow(key, header, body)));
    return fast as { rows?: Record<string, unknown>[]; keys?: string[][]; issues?: unknown[] };
  };
  const TASKS = [
    "Task ID",
    "Manager ID",
    "Horizon",
    "Title",
    "Customer",
    "Due",
    "Status",
    "Done on",
    "Priority",
    "Goal ID",
    "Source",
    "Source ID",
    "My notes",
  ];
  const task = (
    id: RawCell,
    due: RawCell,
    status: RawCell,
    source: RawCell,
    mine: RawCell = null,
  ): RawCell[] => [
    id,
    "M001",
    "week",
    " Call ",
    null,
    due,
    status,
    null,
    "high",
    null,
    source,
    source === null ? null : "X1",
    mine,
  ];

  it("reads whole rows as a row at a time does: omittable fields left out when blank, a user's column kept out", () => {
    const read = same("Tasks", TASKS, [
      task("T1", 46023, "todo", null),
      task("T2", "2026-01-05", "Doing", "crm"),
      TASKS.map(() => null),
      TASKS.map(() => " "),
      task("T3", null, null, null, "mine"),
      task("T4", 46024, "done", "crm"),
    ]);
    expect(read.keys?.[0]).not.toContain("Source");
    expect(read.keys?.[1]).toContain("Source");
    expect(read.rows?.map((r) => r.Title)).toEqual(["Call", "Call", "Call", "Call"]);
  });

  it.each([
    ["a row with only a user's column filled (required cells blank)", task(null, null, null, null, "note")],
    ["a status not allowed", task("T9", 46023, "maybe", null)],
    ["a due date that is not one", task("T9", "someday", "todo", null)],
  ])("gives the same problems as a row at a time for %s", (_what, bad) => {
    const read = same("Tasks", TASKS, [task("T1", 46023, "todo", null), bad]);
    expect(read.issues).toBeDefined();
  });

  it("applies the Surveys scale rule as a row at a time does", () => {
    const header = ["Date", "Kind", "Team", "Question", "Score", "Comment"];
    expect(same("Surveys", header, [[46023, "wellbeing", "A", "Q", 4, null]]).rows).toHaveLength(1);
    expect(same("Surveys", header, [[46023, "wellbeing", "A", "Q", 9, null]]).issues).toBeDefined();
  });
});
