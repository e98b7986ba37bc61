/**
 * OfficeWorkbook over a counting fake of the Excel API: what each operation writes, that strings stay text, that
 * nothing is half-written, and what each operation costs in `context.sync()` calls — a constant that does not
 * grow from 10 to 2,000 rows, with every request under Excel on the web's 5 MB limit.
 */
import { KpiError, ValidationError } from "../../../src/core/errors";
import type { ManagerRow, TableRows } from "../../../src/model";
import type { SheetPlan } from "../../../src/model/sheetPlan";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { GENERATED_SHEET_MARKER, GENERATED_SHEET_PROTECTION } from "../../../src/workbook/marker";
import { FakeExcel } from "./fakeExcel";
import { fx, num, text } from "../../fixtures/cells";

function manager(i: number, overrides: Partial<ManagerRow> = {}): ManagerRow {
  return {
    ManagerID: `M${String(i).padStart(4, "0")}`,
    Name: `Manager ${i}`,
    Team: i % 2 ? "North" : "South",
    Branch: "Central",
    Level: "P3",
    Supervisor: "S001",
    Email: `m${i}@bank.example`,
    HireDate: 45000 + i,
    LeaveDate: null,
    Plan: "BONUS-A",
    TargetBonus: 10000 + i,
    Status: "active",
    ...overrides,
  } as ManagerRow;
}

const managers = (n: number, from = 1) => Array.from({ length: n }, (_, i) => manager(from + i));

/** A report-like plan with `n` people: title, a scorecard table with a live formula column, highlight, chart. */
function plan(n: number, name = "KPI Report 2026-Q3"): SheetPlan {
  return {
    name,
    blocks: [
      { row: 0, col: 0, cells: [[text(name)]], style: "title" },
      {
        row: 2,
        col: 0,
        header: true,
        tableName: "Scorecard_2026Q3",
        formats: ["general", "yuan", "percent", "general"],
        cells: [
          [text("Name"), text("Bonus"), text("Score"), text("Flag")],
          ...Array.from({ length: n }, (_, i) => [
            text(i === 0 ? "=not a formula" : `Person ${i}`),
            fx(`=KPI.BONUS(10000,C${i + 4},Curves!A2:B5)`, 9000),
            num(0.9 + i / 10000),
            text(i % 3 === 0 ? "off track" : "on track"),
          ]),
        ],
      },
    ],
    highlights: [{ row: 3, col: 3, rows: n, rules: [{ equals: "off track", tone: "bad" }] }],
    charts: [
      {
        kind: "column",
        title: "Score by person",
        row: 2,
        col: 0,
        rows: n + 1,
        cols: 1,
        anchorRow: 2,
        anchorCol: 6,
      },
    ],
    widths: [18, 12, 10, 12],
    freezeRows: 3,
  };
}

function setUp(options: { budget?: number; sheets?: string[] } = {}) {
  const excel = new FakeExcel(options.sheets);
  const port = new OfficeWorkbook({ run: excel.run, maxRequestBytes: options.budget });
  /** Runs `op` and returns how many syncs it cost. */
  const cost = async (op: () => Promise<unknown>) => {
    const before = excel.syncCount;
    await op();
    return excel.syncCount - before;
  };
  return { excel, port, cost };
}

describe("OfficeWorkbook.activateSheet", () => {
  it("makes a sheet the active one in two syncs, writing nothing, and names a sheet that is gone", async () => {
    const { excel, port, cost } = setUp({ sheets: ["Mine"] });
    await port.writeSheet(plan(3));
    await port.activateSheet("Mine");
    expect(excel.activeSheet?.name).toBe("Mine");

    expect(await cost(() => port.activateSheet("KPI Report 2026-Q3"))).toBe(2);
    expect(excel.activeSheet?.name).toBe("KPI Report 2026-Q3");

    const error = await port.activateSheet("Gone").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KpiError);
    expect(error).toMatchObject({ key: "workbook.err.sheetMissing", params: { sheet: "Gone" } });
    expect(excel.activeSheet?.name).toBe("KPI Report 2026-Q3");
  });
});

describe("OfficeWorkbook: sync cost", () => {
  /** Sync counts of every port operation on a workbook with `n` managers. */
  async function costs(n: number) {
    const { excel, port, cost } = setUp();
    const result = {
      ensureTables: await cost(() =>
        port.ensureTables(["Managers", "Goals"], "en-US", { Managers: managers(n) }),
      ),
      listTables: await cost(() => port.listTables()),
      readTables: await cost(() => port.readTables(["Managers", "Goals"])),
      readColumns: await cost(() => port.readColumns("Managers", ["ManagerID", "Team"])),
      appendRows: await cost(() => port.appendRows("Managers", managers(n, n + 1))),
      updateRows: await cost(() =>
        port.updateRows(
          "Managers",
          managers(n).map((m) => ({ ...m, Team: "East" })),
        ),
      ),
      deleteRows: await cost(() =>
        port.deleteRows(
          "Managers",
          managers(n, n + 1).map((m) => m.ManagerID),
        ),
      ),
      // With the rows as read (every pane write): the merge uses the read the write already needs.
      updateRowsWithBase: await cost(() =>
        port.updateRows(
          "Managers",
          managers(n).map((m) => ({ ...m, Team: "East" })),
          managers(n).map((m) => ({ ...m, Team: "West" })),
        ),
      ),
      appendRowsAgain: await cost(() => port.appendRows("Managers", managers(n, n + 1))),
      deleteRowsWithBase: await cost(() =>
        port.deleteRows(
          "Managers",
          managers(n, n + 1).map((m) => m.ManagerID),
          managers(n, n + 1),
        ),
      ),
      writeSheetNew: await cost(() => port.writeSheet(plan(n))),
      writeSheetReplace: await cost(() => port.writeSheet(plan(n))),
      listGeneratedSheets: await cost(() => port.listGeneratedSheets()),
    };
    return { result, excel, port };
  }

  it("is a small constant per operation, the same for 10 and 2,000 rows", async () => {
    const small = await costs(10);
    const large = await costs(2000);
    const expected = {
      ensureTables: 2,
      listTables: 1,
      readTables: 1,
      readColumns: 2,
      appendRows: 2,
      updateRows: 2,
      deleteRows: 2,
      updateRowsWithBase: 2,
      appendRowsAgain: 2,
      deleteRowsWithBase: 2,
      writeSheetNew: 2,
      writeSheetReplace: 3,
      listGeneratedSheets: 2,
    };
    expect(small.result).toEqual(expected);
    expect(large.result).toEqual(expected);
    // The operations really did their work at 2,000 rows.
    const rows = (await large.port.readTables(["Managers"])).Managers;
    expect(rows).toHaveLength(2000);
    expect(rows.every((m) => m.Team === "East")).toBe(true);
    expect(await large.port.listGeneratedSheets()).toEqual(["KPI Report 2026-Q3"]);
    // Every request stayed under the 5 MB limit with room to spare.
    expect(Math.max(...large.excel.syncs.map((s) => s.bytes))).toBeLessThan(4_000_000);
  });

  it("suspends calculation and screen updating for every sync that writes a generated sheet", async () => {
    const { excel, port } = setUp();
    await port.ensureTables(["Managers"], "en-US");
    const before = excel.syncCount;
    await port.writeSheet(plan(50));
    const writes = excel.syncs.slice(before + 1);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((s) => s.calculationSuspended && s.screenUpdatingSuspended)).toBe(true);
  });

  it("splits only what exceeds the request budget, keeping every request within it", async () => {
    const { excel, port, cost } = setUp({ budget: 60_000 });
    await port.ensureTables(["Managers"], "en-US");
    const syncs = await cost(() => port.appendRows("Managers", managers(2000)));
    expect(syncs).toBeGreaterThan(3);
    const appended = excel.syncs.slice(-(syncs - 1));
    expect(Math.max(...appended.map((s) => s.bytes))).toBeLessThanOrEqual(60_000);
    const rows = (await port.readTables(["Managers"])).Managers;
    expect(rows.map((m) => m.ManagerID)).toEqual(managers(2000).map((m) => m.ManagerID));
    const reportSyncs = await cost(() => port.writeSheet(plan(2000)));
    expect(reportSyncs).toBeGreaterThan(3);
    expect(Math.max(...excel.syncs.slice(-reportSyncs).map((s) => s.bytes))).toBeLessThanOrEqual(60_000);
  });
});

describe("OfficeWorkbook: tables", () => {
  it("writes text that looks like a formula, a number, a date or a boolean as text", async () => {
    const { excel, port } = setUp();
    await port.ensureTables(["Managers"], "en-US");
    const tricky = manager(1, {
      Name: "=1+2",
      Team: "-5",
      Branch: "@home",
      Level: "+1",
      Supervisor: "2026-09",
      Status: "TRUE",
      Plan: "'quoted",
    });
    await port.appendRows("Managers", [tricky]);
    expect((await port.readTables(["Managers"])).Managers).toEqual([tricky]);
    const sheet = excel.sheet("Managers")!;
    expect(sheet.allCells().filter((c) => c.formula !== null)).toEqual([]);
  });

  it("fills a fresh table's blank row instead of leaving it above the new rows", async () => {
    const { excel, port } = setUp();
    await port.ensureTables(["Managers"], "en-US");
    await port.appendRows("Managers", managers(2));
    const values = excel.tableValues("Managers");
    expect(values).toHaveLength(3);
    expect(values[1][0]).toBe("M0001");
  });

  it("creates missing tables only, on new sheets, headers in the chosen language, with column formats", async () => {
    const { excel, port } = setUp({ sheets: ["Sheet1"] });
    excel.addUserSheet("客户经理", [["my own notes"]]);
    const first = await port.ensureTables(["Managers", "Goals"], "zh-CN", { Managers: managers(3) });
    expect(first).toEqual({ created: ["Managers", "Goals"], existing: [] });
    // The user's sheet of the same name is left alone; the table goes on a suffixed sheet.
    expect(excel.sheet("客户经理")!.cell(0, 0)?.value).toBe("my own notes");
    expect(excel.table("Managers")!.sheet.name).toBe("客户经理 (2)");
    expect(excel.tableValues("Managers")[0].slice(0, 2)).toEqual(["客户经理编号", "姓名"]);
    const sheet = excel.table("Managers")!.sheet;
    expect(sheet.cell(1, 0)?.numberFormat).toBe("@");
    expect(sheet.cell(1, 7)?.numberFormat).toBe("yyyy-mm-dd");
    expect(sheet.freezeRows).toBe(1);
    const again = await port.ensureTables(["Managers", "Goals", "Tasks"], "en-US");
    expect(again).toEqual({ created: ["Tasks"], existing: ["Managers", "Goals"] });
    expect((await port.readTables(["Managers"])).Managers).toHaveLength(3);
  });

  it("refuses an invalid seed before creating anything", async () => {
    const { excel, port } = setUp();
    const bad = manager(2, { Email: "not an address" });
    await expect(
      port.ensureTables(["Managers", "Goals"], "en-US", { Managers: [manager(1), bad] }),
    ).rejects.toThrow(ValidationError);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.tables).toEqual([]);
  });

  it("reads headers in either language and any order, and keeps a user's own column when updating", async () => {
    const { excel, port } = setUp();
    excel.addUserTable("Team", "Managers", [
      ["姓名", "My notes", "Manager ID", "团队"],
      ["张三", "=LEN(A2)", "M0001", "North"],
      ["李四", "keep me", "M0002", "South"],
    ]);
    const read = (await port.readTables(["Managers"])).Managers;
    expect(read.map((m) => [m.ManagerID, m.Name, m.Team])).toEqual([
      ["M0001", "张三", "North"],
      ["M0002", "李四", "South"],
    ]);
    await port.updateRows("Managers", [{ ...read[0], Team: null, Name: "张三丰" }]);
    const sheet = excel.sheet("Team")!;
    expect(sheet.cell(1, 1)?.formula).toBe("=LEN(A2)");
    expect(excel.tableValues("Managers")[1]).toEqual(["张三丰", "#NAME?", "M0001", ""]);
    await expect(port.appendRows("Managers", [manager(3, { Email: "x@y.cn" })])).rejects.toThrow(
      ValidationError,
    );
  });

  it("refuses an unknown id without writing, and deletes scattered rows", async () => {
    const { excel, port } = setUp();
    await port.ensureTables(["Managers"], "en-US", { Managers: managers(6) });
    const before = JSON.stringify(excel.tableValues("Managers"));
    const error = await port.updateRows("Managers", [manager(1), manager(99)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KpiError);
    expect((error as KpiError).key).toBe("workbook.err.idNotFound");
    expect(JSON.stringify(excel.tableValues("Managers"))).toBe(before);
    await expect(port.deleteRows("Managers", ["M0002", "M0404"])).rejects.toThrow(KpiError);
    expect(JSON.stringify(excel.tableValues("Managers"))).toBe(before);
    await port.deleteRows("Managers", ["M0002", "M0005", "M0003"]);
    expect((await port.readTables(["Managers"])).Managers.map((m) => m.ManagerID)).toEqual([
      "M0001",
      "M0004",
      "M0006",
    ]);
  });

  it("names a missing table", async () => {
    const { port } = setUp();
    await port.ensureTables(["Managers"], "en-US");
    const error = await port.readTables(["Managers", "Goals"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KpiError);
    expect((error as KpiError).key).toBe("workbook.err.tableMissing");
    expect((error as KpiError).params.table).toBe("Goals");
  });

  it("refuses duplicate ids against the table and within the batch", async () => {
    const { port } = setUp();
    await port.ensureTables(["Managers"], "en-US", { Managers: managers(2) });
    await expect(port.appendRows("Managers", [manager(2)])).rejects.toThrow(ValidationError);
    await expect(port.appendRows("Managers", [manager(3), manager(3)])).rejects.toThrow(ValidationError);
    expect((await port.readTables(["Managers"])).Managers).toHaveLength(2);
  });
});

describe("OfficeWorkbook: generated sheets", () => {
  it("renders values, live formulas, per-locale formats, styles, highlights, chart, widths and frozen rows", async () => {
    const { excel, port } = setUp();
    await port.writeSheet(plan(5));
    const sheet = excel.sheet("KPI Report 2026-Q3")!;
    expect(sheet.cell(0, 0)?.value).toBe("KPI Report 2026-Q3");
    expect(sheet.cell(3, 0)).toMatchObject({ value: "=not a formula", formula: null, numberFormat: "@" });
    expect(sheet.cell(3, 1)).toMatchObject({
      formula: "=KPI.BONUS(10000,C4,Curves!A2:B5)",
      numberFormat: "#,##0",
    });
    expect(sheet.cell(3, 2)).toMatchObject({ value: 0.9, numberFormat: "0.0%" });
    expect(sheet.styles).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 0, property: "font.size", value: 16 })]),
    );
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({ rule: { formula1: '="off track"', operator: "EqualTo" }, fill: "#FFC7CE" }),
    ]);
    expect(sheet.charts).toEqual([
      expect.objectContaining({ type: "ColumnClustered", title: "Score by person" }),
    ]);
    expect(sheet.charts[0].anchor).toMatchObject({ row: 2, col: 6 });
    expect(sheet.columnWidths.get(0)).toBeCloseTo((18 * 7 + 5) * 0.75);
    expect(sheet.freezeRows).toBe(3);
    expect(excel.table("Scorecard_2026Q3")?.sheet).toBe(sheet);
    expect(sheet.names.get(GENERATED_SHEET_MARKER)).toEqual(expect.objectContaining({ visible: false }));
    expect(excel.activeSheet).toBe(sheet);
    // Protected without a password, so Excel refuses an accidental edit; resizing, sorting, filtering allowed.
    expect(sheet.protection).toEqual(GENERATED_SHEET_PROTECTION);
  });

  it("formats money as 万 exact to the yuan or as whole yuan, as the plan chose", async () => {
    const moneyPlan: SheetPlan = {
      name: "T",
      blocks: [{ row: 0, col: 0, formats: ["wan", "yuan"], cells: [[num(123456), num(123456)]] }],
    };
    const excel = new FakeExcel();
    await new OfficeWorkbook({ run: excel.run }).writeSheet(moneyPlan);
    expect(excel.sheet("T")!.cell(0, 0)?.numberFormat).toBe('0"."0000"万"');
    expect(excel.sheet("T")!.cell(0, 1)?.numberFormat).toBe("#,##0");
  });

  it("replaces its own sheet, never a user's sheet of the same name", async () => {
    const { excel, port } = setUp();
    await port.writeSheet(plan(5));
    await port.writeSheet(plan(2));
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "KPI Report 2026-Q3"]);
    // The protected sheet is replaced whole, and the new one is protected in turn.
    expect(excel.sheet("KPI Report 2026-Q3")!.protection).toEqual(GENERATED_SHEET_PROTECTION);
    expect(excel.sheet("KPI Report 2026-Q3")!.cell(6, 0)).toBeUndefined();
    excel.addUserSheet("Budget", [["mine"]]);
    const error = await port.writeSheet({ ...plan(2), name: "budget" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KpiError);
    expect((error as KpiError).key).toBe("workbook.err.sheetNotOurs");
    expect(excel.sheet("Budget")!.cell(0, 0)?.value).toBe("mine");
    expect(await port.listGeneratedSheets()).toEqual(["KPI Report 2026-Q3"]);
  });

  it("gives a plan table a suffix when another sheet's table has its name, and reuses its own names", async () => {
    const { excel, port } = setUp();
    await port.writeSheet(plan(3));
    excel.addUserTable("Mine", "Scorecard_2026Q4", [["a"], ["b"]]);
    const clash = {
      ...plan(3),
      name: "Q4",
      blocks: plan(3).blocks.map((b) => (b.tableName ? { ...b, tableName: "Scorecard_2026Q4" } : b)),
    };
    await port.writeSheet(clash);
    expect(excel.table("Scorecard_2026Q4")?.sheet.name).toBe("Mine");
    expect(excel.table("Scorecard_2026Q4_2")?.sheet.name).toBe("Q4");
    // Re-running a report reuses its own table names.
    await port.writeSheet(plan(4));
    expect(excel.table("Scorecard_2026Q3")?.sheet.name).toBe("KPI Report 2026-Q3");
    expect(excel.table("Scorecard_2026Q3_2")).toBeUndefined();
  });

  it.each(["charts.add", "names.add"])(
    "leaves the previous report in place, and no half-built sheet, when %s fails",
    async (operation) => {
      const { excel, port } = setUp();
      await port.writeSheet(plan(3));
      excel.failWhen = (op) => op === operation;
      await expect(port.writeSheet(plan(5))).rejects.toMatchObject({ code: "GeneralException" });
      excel.failWhen = null;
      expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "KPI Report 2026-Q3"]);
      expect(await port.listGeneratedSheets()).toEqual(["KPI Report 2026-Q3"]);
      expect(excel.sheet("KPI Report 2026-Q3")!.cell(6, 0)).toBeUndefined();
      expect(excel.table("Scorecard_2026Q3")?.sheet.name).toBe("KPI Report 2026-Q3");
    },
  );

  it("refuses a sheet name Excel would refuse, before writing", async () => {
    const { excel, port } = setUp();
    for (const name of ["", "a/b", "x".repeat(32), "'quoted'"]) {
      const error = await port.writeSheet({ ...plan(1), name }).catch((e: unknown) => e);
      expect((error as KpiError).key).toBe("workbook.err.badSheetName");
    }
    expect(excel.syncCount).toBe(0);
  });

  it("recognises a generated sheet after the user renames it", async () => {
    const { excel, port } = setUp();
    await port.writeSheet(plan(1));
    excel.sheet("KPI Report 2026-Q3")!.name = "Q3 for the board";
    expect(await port.listGeneratedSheets()).toEqual(["Q3 for the board"]);
  });
});

// Keeps the typed-row helper honest against the schema (a column added to Managers must be added above).
const _typed: TableRows["Managers"] = manager(0);
void _typed;

describe("OfficeWorkbook: following the workbook (subscribe)", () => {
  afterEach(() => jest.useRealTimers());

  async function subscribed(sortEvents: boolean) {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook({
      run: excel.run,
      isSetSupported: (name, version) => sortEvents && name === "ExcelApi" && version === "1.10",
    });
    await port.ensureTables(["Managers"], "en-US", { Managers: managers(3) });
    excel.addUserTable("Budget", "Budget", [
      ["Item", "Amount"],
      ["Travel", 100],
    ]);
    const ids = new Map(excel.tables.map((t) => [t.name, t.id]));
    const listener = jest.fn();
    const before = excel.syncCount;
    const stop = port.subscribe(listener);
    // Registration is one Excel.run: let it finish.
    await new Promise((resolve) => setImmediate(resolve));
    return { excel, listener, stop, ids, cost: excel.syncCount - before };
  }

  it("registers in one sync, and calls the listener once per burst of changes to its own tables", async () => {
    const { excel, listener, ids, cost } = await subscribed(false);
    expect(cost).toBe(1);
    jest.useFakeTimers();
    await excel.emit("tables.onChanged", { tableId: ids.get("Managers"), changeType: "RangeEdited" });
    await excel.emit("tables.onChanged", { tableId: ids.get("Managers"), changeType: "RowDeleted" });
    jest.advanceTimersByTime(299);
    expect(listener).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
    // A user's own table is not KPI Desk's business.
    await excel.emit("tables.onChanged", { tableId: ids.get("Budget"), changeType: "RangeEdited" });
    jest.advanceTimersByTime(1000);
    expect(listener).toHaveBeenCalledTimes(1);
    // A table added (or deleted) may be one of ours.
    await excel.emit("tables.onAdded", { tableId: "{new}" });
    jest.advanceTimersByTime(300);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("listens to sorts only where ExcelApi 1.10 is supported", async () => {
    const without = await subscribed(false);
    expect(await without.excel.emit("worksheets.onRowSorted")).toBe(0);
    const withSort = await subscribed(true);
    jest.useFakeTimers();
    expect(await withSort.excel.emit("worksheets.onRowSorted")).toBe(1);
    jest.advanceTimersByTime(300);
    expect(withSort.listener).toHaveBeenCalledTimes(1);
  });

  it("stops: no more calls, and every handler is removed in one sync", async () => {
    const { excel, listener, stop, ids } = await subscribed(true);
    const before = excel.syncCount;
    stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(excel.syncCount - before).toBe(1);
    expect(await excel.emit("tables.onChanged", { tableId: ids.get("Managers") })).toBe(0);
    expect([...excel.handlers.values()].every((set) => set.size === 0)).toBe(true);
    expect(listener).not.toHaveBeenCalled();
  });
});
