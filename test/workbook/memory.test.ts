import { ValidationError } from "../../src/core/errors";
import {
  generateSample,
  layoutOf,
  makeId,
  readTable,
  sheetNameOf,
  TABLE_KEYS,
  type TaskRow,
} from "../../src/model";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { runPortContract } from "./contract";
import { num, text } from "../fixtures/cells";

runPortContract("memory", async () => new MemoryWorkbook());

describe("MemoryWorkbook", () => {
  it("activates a sheet as Excel would show it, tells its listeners, and refuses a sheet that is not there", async () => {
    const port = new MemoryWorkbook({
      seed: { Curves: [{ Curve: "A", Point: 1, Value: 1 }] },
      locale: "en-US",
    });
    await port.writeSheet({
      name: "KPI Report 2026-Q3",
      blocks: [
        {
          row: 1,
          col: 0,
          cells: [[text("Ann"), num(0.9)]],
        },
      ],
    });
    const shown: unknown[] = [];
    const stop = port.onActivate((sheet) => shown.push(sheet));
    expect(port.activeSheet()).toBeNull();

    await port.activateSheet("kpi report 2026-q3");

    expect(port.activeSheet()).toBe("KPI Report 2026-Q3");
    expect(shown).toEqual([
      {
        name: "KPI Report 2026-Q3",
        values: [
          [null, null],
          ["Ann", 0.9],
        ],
      },
    ]);
    const missing = port.activateSheet("Deleted report");
    await expect(missing).rejects.toMatchObject({
      key: "workbook.err.sheetMissing",
      params: { sheet: "Deleted report" },
    });
    expect(port.activeSheet()).toBe("KPI Report 2026-Q3");
    stop();
    await port.activateSheet("KPI Report 2026-Q3");
    expect(shown).toHaveLength(1);
  });

  it("can be constructed from seed rows", async () => {
    const sample = generateSample({ locale: "en-US" });
    const port = new MemoryWorkbook({ seed: sample, locale: "en-US" });
    expect(await port.listTables()).toEqual(TABLE_KEYS);
    expect((await port.readTables(["Managers"])).Managers).toEqual(sample.Managers);
  });

  it("leaves its snapshot untouched by a refused write", async () => {
    const port = new MemoryWorkbook({ seed: { Curves: [{ Curve: "A", Point: 1, Value: 1 }] } });
    const before = port.snapshot();
    await expect(port.appendRows("Curves", [{ Curve: "A", Point: 2, Value: Number.NaN }])).rejects.toThrow(
      /Curves, row 1/,
    );
    expect(port.snapshot()).toEqual(before);
  });

  it("moves a table's change token on each change of that table only, never on a read or a refused write", async () => {
    const port = new MemoryWorkbook({ seed: generateSample({ locale: "en-US" }), locale: "en-US" });
    const tokens = () => port.tableVersions(["Tasks", "Curves", "Managers"]);
    const first = await tokens();
    await port.readTables(["Tasks", "Curves"]);
    expect(await tokens()).toEqual(first);

    const [task] = (await port.readTables(["Tasks"])).Tasks;
    await port.updateRows("Tasks", [{ ...task, Title: "Call back" }]);
    const updated = await tokens();
    expect(updated.Tasks).not.toBe(first.Tasks);
    expect({ ...updated, Tasks: first.Tasks }).toEqual(first);

    await expect(port.appendRows("Curves", [{ Curve: "A", Point: 2, Value: Number.NaN }])).rejects.toThrow();
    expect(await tokens()).toEqual(updated);
    await port.appendRows("Curves", [{ Curve: "A", Point: 2, Value: 1 }]);
    const appended = await tokens();
    expect(appended.Curves).not.toBe(updated.Curves);

    port.editCell("Tasks", task.TaskID, "Title", "Typed in Excel");
    const edited = await tokens();
    expect(edited.Tasks).not.toBe(appended.Tasks);
    await port.deleteRows("Tasks", [task.TaskID]);
    expect((await tokens()).Tasks).not.toBe(edited.Tasks);
    expect((await tokens()).Managers).toBe(first.Managers);

    // Another workbook's tokens never match this one's.
    const other = new MemoryWorkbook({ seed: generateSample({ locale: "en-US" }), locale: "en-US" });
    expect((await other.tableVersions(["Managers"])).Managers).not.toBe(first.Managers);
    await expect(new MemoryWorkbook().tableVersions(["Tasks"])).rejects.toThrow();
  });

  it("reads the rows appended since a token, and nothing once another change came between", async () => {
    const port = new MemoryWorkbook({ seed: { Curves: [{ Curve: "A", Point: 1, Value: 1 }] } });
    const token = async () => (await port.tableVersions(["Curves"])).Curves;
    const start = await token();
    expect(await port.readAppended("Curves", start)).toEqual([]);
    await port.appendRows("Curves", [{ Curve: "A", Point: 2, Value: 1.5 }]);
    const second = await token();
    await port.appendRowsTogether([{ key: "Curves", rows: [{ Curve: "A", Point: 3, Value: 2 }] }]);
    const all = (await port.readTables(["Curves"])).Curves;
    const since = await port.readAppended("Curves", start);
    expect(since).toEqual(all.slice(1));
    // The same row numbers as a whole read: rows 3 and 4 of the sheet.
    expect(layoutOf(since ?? [])?.rowNumbers).toEqual(layoutOf(all)?.rowNumbers.slice(1));
    expect(await port.readAppended("Curves", second)).toEqual(all.slice(2));
    // A refused append changes nothing; an id already in the table is refused without reading the table again.
    await expect(port.appendRows("Curves", [{ Curve: "A", Point: 2, Value: 9 }])).rejects.toThrow(/A.*2/);
    expect(await port.readAppended("Curves", second)).toEqual(all.slice(2));

    await port.updateRows("Curves", [{ Curve: "A", Point: 1, Value: 0.5 }]);
    expect(await port.readAppended("Curves", start)).toBeNull();
    const updated = await token();
    port.editCell("Curves", makeId("A", 2), "Value", 3);
    expect(await port.readAppended("Curves", updated)).toBeNull();
    expect(await port.readAppended("Curves", "memory0:1")).toBeNull();
    // After the edit, appends are checked against the ids as they are now.
    port.deleteRow("Curves", makeId("A", 3));
    await port.appendRows("Curves", [{ Curve: "A", Point: 3, Value: 4 }]);
    expect((await port.readTables(["Curves"])).Curves.map((c) => c.Point)).toEqual([1, 2, 3]);
  });

  it("checks an append against the ids a read of the same version kept, never against an older read's", async () => {
    const port = new MemoryWorkbook({
      seed: {
        Curves: [
          { Curve: "A", Point: 1, Value: 1 },
          { Curve: "B", Point: 1, Value: 2 },
        ],
      },
    });
    await port.readTables(["Curves"]);
    await expect(port.appendRows("Curves", [{ Curve: "B", Point: 1, Value: 9 }])).rejects.toThrow(/B.*1/);
    await port.appendRows("Curves", [{ Curve: "A", Point: 2, Value: 3 }]);
    await expect(port.appendRows("Curves", [{ Curve: "A", Point: 2, Value: 4 }])).rejects.toThrow(/A.*2/);

    // Read, then an id changed in the sheet: the ids of that read no longer hold.
    await port.readTables(["Curves"]);
    port.editCell("Curves", makeId("A", 1), "Point", 5);
    await port.appendRows("Curves", [{ Curve: "A", Point: 1, Value: 6 }]);
    await expect(port.appendRows("Curves", [{ Curve: "A", Point: 5, Value: 7 }])).rejects.toThrow(/A.*5/);
    expect((await port.readTables(["Curves"])).Curves.map((c) => `${c.Curve}${c.Point}`)).toEqual([
      "A5",
      "B1",
      "A2",
      "A1",
    ]);
  });

  it("checks a few rows appended by a scan of the rows held and many against every id, with the same verdicts", async () => {
    const curves = Array.from({ length: 40 }, (_, i) => ({ Curve: `C${i}`, Point: 1, Value: i }));
    const fresh = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ Curve: `N${from + i}`, Point: 1, Value: 1 }));
    for (const count of [1, 2, 16, 17, 30]) {
      const port = new MemoryWorkbook({ seed: { Curves: curves } });
      // A clash with the last row held, with a row of the same append, and none.
      await expect(port.appendRows("Curves", [...fresh(count - 1, 0), curves[39]])).rejects.toThrow(/C39.*1/);
      await expect(port.appendRows("Curves", [...fresh(count, 0), fresh(1, 0)[0]])).rejects.toThrow(/N0.*1/);
      await port.appendRows("Curves", fresh(count, 0));
      await expect(port.appendRows("Curves", fresh(1, count - 1))).rejects.toThrow(
        new RegExp(`N${count - 1}.*1`),
      );
      expect((await port.readTables(["Curves"])).Curves).toHaveLength(40 + count);
    }
  });

  it("fills a fresh table's blank row on the first append, and reads it whole after", async () => {
    const port = new MemoryWorkbook();
    await port.ensureTables(["Curves"], "en-US");
    const fresh = (await port.tableVersions(["Curves"])).Curves;
    await port.appendRows("Curves", [{ Curve: "A", Point: 1, Value: 1 }]);
    expect(await port.readAppended("Curves", fresh)).toBeNull();
    expect(port.sheetValues("Curves")?.length).toBe(2);
  });

  it("gives reads frozen rows: changing what was read cannot change the workbook", async () => {
    const port = new MemoryWorkbook({ seed: { Curves: [{ Curve: "A", Point: 1, Value: 1 }] } });
    const { Curves } = await port.readTables(["Curves"]);
    expect(() => {
      Curves[0].Value = 99;
    }).toThrow(TypeError);
    expect(() => Curves.push({ Curve: "B", Point: 1, Value: 2 })).toThrow(TypeError);
    const row = port.readRow("Curves", makeId("A", 1));
    expect(row).toEqual({ Curve: "A", Point: 1, Value: 1 });
    row!.Value = 99; // the seam's readRow gives a copy
    expect((await port.readTables(["Curves"])).Curves[0].Value).toBe(1);
  });

  it("holds a table read whole as its rows: read again unchanged, the same rows; cells laid out again exactly", async () => {
    const seed = generateSample({ locale: "en-US", managers: 3 });
    const port = new MemoryWorkbook({ seed, locale: "en-US" });
    const cellsBefore = TABLE_KEYS.map((key) => port.sheetValues(sheetNameOf(key, "en-US")));
    const first = await port.readTables(TABLE_KEYS);
    const again = await port.readTables(TABLE_KEYS);
    TABLE_KEYS.forEach((key, i) => {
      expect(again[key]).toBe(first[key]); // nothing coerced or validated again
      const [header, ...body] = cellsBefore[i]!;
      const place = { sheet: sheetNameOf(key, "en-US"), headerRow: 1 };
      expect(first[key]).toEqual(readTable(key, header, body, place));
      expect(layoutOf(first[key])).toEqual(layoutOf(readTable(key, header, body, place)));
    });
    // What a user sees in the sheets is what was written, whether the workbook holds cells or rows.
    expect(TABLE_KEYS.map((key) => port.sheetValues(sheetNameOf(key, "en-US")))).toEqual(cellsBefore);
    // An append to a table held as rows reads as on a workbook holding cells.
    const fresh = new MemoryWorkbook({ seed, locale: "en-US" });
    const interaction = { ...first.Interactions[0], InteractionID: "I-NEW" };
    const token = (await port.tableVersions(["Interactions"])).Interactions;
    await port.appendRows("Interactions", [interaction]);
    await fresh.appendRows("Interactions", [interaction]);
    const added = await port.readAppended("Interactions", token);
    expect(added).toEqual([interaction]);
    expect(layoutOf(added!)?.rowNumbers).toEqual([first.Interactions.length + 2]);
    const [mine, theirs] = [
      await port.readTables(["Interactions"]),
      await fresh.readTables(["Interactions"]),
    ];
    expect(mine.Interactions).toEqual(theirs.Interactions);
    expect(layoutOf(mine.Interactions)).toEqual(layoutOf(theirs.Interactions));
    await expect(port.appendRows("Interactions", [interaction])).rejects.toThrow(ValidationError);
    // A user's edit lays the cells out again and changes the one cell.
    const task = first.Tasks[0];
    port.editCell("Tasks", task.TaskID, "Title", "Call back");
    const tasks = (await port.readTables(["Tasks"])).Tasks;
    expect(tasks[0]).toEqual({ ...task, Title: "Call back" });
    expect(tasks.slice(1)).toEqual(first.Tasks.slice(1));
  });

  it("seeded with the sample as the preview seeds it (not validated again), holds what a validated seed holds", async () => {
    const seed = generateSample({ locale: "zh-CN", managers: 3 });
    const sample = new MemoryWorkbook({ seed, locale: "zh-CN", seedIsSample: true });
    const checked = new MemoryWorkbook({ seed, locale: "zh-CN" });
    expect(await sample.readTables(TABLE_KEYS)).toEqual(await checked.readTables(TABLE_KEYS));
    expect(sample.snapshot()).toEqual(checked.snapshot());
    // Any other seed is validated: a bad row refuses the whole workbook.
    expect(() => new MemoryWorkbook({ seed: { ...seed, Goals: [{ ...seed.Goals[0], Weight: 7 }] } })).toThrow(
      ValidationError,
    );
  });

  it("keeps the cells of a table whose rows would not lay them out again (text typed into a number cell)", async () => {
    const port = new MemoryWorkbook({
      seed: { Curves: [{ Curve: "A", Point: 1, Value: 1 }] },
      locale: "en-US",
    });
    const token = (await port.tableVersions(["Curves"])).Curves;
    port.editCell("Curves", makeId("A", 1), "Value", " 12 ");
    expect((await port.readTables(["Curves"])).Curves[0].Value).toBe(12);
    // The cell still holds the text as typed, as Excel's would.
    expect(port.sheetValues(sheetNameOf("Curves", "en-US"))?.[1]).toContain(" 12 ");
    expect((await port.tableVersions(["Curves"])).Curves).not.toBe(token);
  });
});

describe("MemoryWorkbook: a user's edits (the preview's test seam)", () => {
  const task: TaskRow = {
    TaskID: "T1",
    ManagerID: "M001",
    Horizon: "day",
    Title: "Call Acme",
    Customer: null,
    Due: 46157,
    Status: "todo",
    DoneOn: null,
    Priority: null,
    GoalID: null,
  };
  const seeded = () =>
    new MemoryWorkbook({
      seed: { Tasks: [task, { ...task, TaskID: "T2" }] },
      locale: "en-US",
      changeDelayMs: 300,
    });

  afterEach(() => jest.useRealTimers());

  it("changes a cell and deletes a row as typed in Excel, and reads the row back", () => {
    const port = seeded();
    port.editCell("Tasks", "T1", "Title", "Call Acme about the renewal");
    expect(port.readRow("Tasks", "T1")).toMatchObject({ TaskID: "T1", Title: "Call Acme about the renewal" });
    port.deleteRow("Tasks", "T2");
    expect(port.readRow("Tasks", "T2")).toBeNull();
    expect(() => port.editCell("Tasks", "T9", "Title", "x")).toThrow("table Tasks has no row T9");
    expect(() => port.editCell("Tasks", "T1", "Colour", "x")).toThrow("table Tasks has no column Colour");
  });

  it("tells subscribers once per burst of edits, after the debounce, and not after unsubscribing", () => {
    jest.useFakeTimers();
    const port = seeded();
    const listener = jest.fn();
    const stop = port.subscribe(listener);
    port.editCell("Tasks", "T1", "Title", "A");
    port.editCell("Tasks", "T1", "Title", "B");
    port.deleteRow("Tasks", "T2");
    jest.advanceTimersByTime(299);
    expect(listener).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    port.editCell("Tasks", "T1", "Title", "C");
    jest.advanceTimersByTime(1000);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("does not report the port's own writes", async () => {
    jest.useFakeTimers();
    const port = seeded();
    const listener = jest.fn();
    port.subscribe(listener);
    await port.updateRows("Tasks", [{ ...task, Status: "done" }]);
    jest.advanceTimersByTime(1000);
    expect(listener).not.toHaveBeenCalled();
  });
});
