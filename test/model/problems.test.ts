/**
 * Data problems are found and shown, never absorbed: duplicate ids (single and composite) are listed with the
 * Excel rows of both and the later row is left out; merged cells in a table body read as Excel reads them (only
 * the top-left cell has a value) and are listed. Through the file adapter (ExcelJS) and the memory adapter, with
 * tables that do not start at A1 and blank rows in between, so row numbers are real Excel rows.
 */
import ExcelJS from "exceljs";
import { layoutOf, screenTables } from "../../src/model";
import { dataProblemText, flagText } from "../../src/format";
import { buildPeriod } from "../../src/domain/period";
import { REPORT_TABLES } from "../../src/domain/input";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { row } from "../report/fixture";
import { actual, goal, kpi } from "../fixtures/rows";

const GOAL_HEADER = ["Goal ID", "Manager ID", "Period", "KPI", "Target", "Weight", "Status"];

/** Goals at B3 of sheet "Q1 goals": G1, G2, a blank row, G1 again (Excel rows 4, 5, 6, 7). */
async function goalsFile(merge?: (sheet: ExcelJS.Worksheet) => void): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Q1 goals");
  sheet.addTable({
    name: "Goals",
    ref: "B3",
    headerRow: true,
    columns: GOAL_HEADER.map((name) => ({ name })),
    rows: [
      ["G1", "M1", "2026-Q1", "SALES", 100, 0.5, "active"],
      ["G2", "M1", "2026-Q1", "VISITS", 10, 0.5, "active"],
      [null, null, null, null, null, null, null],
      ["G1", "M2", "2026-Q1", "SALES", 200, 1, "active"],
    ],
  });
  merge?.(sheet);
  return XlsxWorkbook.load(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe("duplicate ids", () => {
  it("never counts a blank id (single, or every part of a composite one) as a duplicate", () => {
    const blank = row("Actuals", { ManagerID: "", Period: "", KPI: "", Value: 1, AsOf: null });
    const task = (id: string) => row("Tasks", { TaskID: id, ManagerID: "M1", Title: "Call", Status: "todo" });
    const screened = screenTables({
      Actuals: [blank, { ...blank }],
      Tasks: [task(""), task(""), task("T1")],
    });
    expect(screened.problems).toEqual([]);
    expect(screened.tables.Actuals).toHaveLength(2);
    expect(screened.tables.Tasks).toHaveLength(3);
    const partly = { ...blank, KPI: "NPS" };
    expect(screenTables({ Actuals: [partly, { ...partly }] }).problems).toHaveLength(1);
  });

  it("finds every duplicate whether the ids come in order, out of order or both (as a map of every id would)", () => {
    const task = (id: string) => row("Tasks", { TaskID: id, ManagerID: "M1", Title: "Call", Status: "todo" });
    const cases: string[][] = [
      ["T1", "T2", "T3", "T4"], // in order: no map needed, nothing found
      ["T3", "T1", "T2", "T4"], // out of order, no duplicate
      ["T1", "T2", "T3", "T2", "T5", "T1", "T1"], // in order, then duplicates of earlier ids
      ["T1", "T2", "T2", "T3"], // the same id twice in a row (not greater than the one before)
      ["T1", "", "T2", "", "T1"], // blank ids never count
      ["T9", "T8", "T9"],
    ];
    for (const ids of cases) {
      const { tables, problems } = screenTables({ Tasks: ids.map(task) });
      const firstOf = new Map<string, number>();
      const expected: [number, number][] = [];
      ids.forEach((id, i) => {
        if (id === "") return;
        const seen = firstOf.get(id);
        if (seen === undefined) firstOf.set(id, i);
        else expected.push([i + 2, seen + 2]);
      });
      expect([ids, problems.map((p) => [p.row, p.kind === "duplicateId" ? p.firstRow : null])]).toEqual([
        ids,
        expected,
      ]);
      const left = new Set(expected.map(([excelRow]) => excelRow - 2));
      expect(tables.Tasks.map((t) => t.TaskID)).toEqual(ids.filter((_, i) => !left.has(i)));
      expect(layoutOf(tables.Tasks)?.rowNumbers ?? ids.map((_, i) => i + 2)).toEqual(
        ids.flatMap((_, i) => (left.has(i) ? [] : [i + 2])),
      );
    }
  });

  it("lists the later row with both Excel rows and leaves it out (file adapter, table at B3, blank row)", async () => {
    const port = await goalsFile();
    const { Goals } = await port.readTables(["Goals"]);
    expect(layoutOf(Goals)).toMatchObject({ sheet: "Q1 goals", headerRow: 3, rowNumbers: [4, 5, 7] });
    const { tables, problems } = screenTables({ Goals });
    expect(problems).toEqual([
      {
        kind: "duplicateId",
        table: "Goals",
        sheet: "Q1 goals",
        row: 7,
        firstRow: 4,
        column: "GoalID",
        header: "Goal ID",
        columns: "Goal ID",
        id: "G1",
      },
    ]);
    expect(tables.Goals.map((g) => [g.GoalID, g.ManagerID])).toEqual([
      ["G1", "M1"],
      ["G2", "M1"],
    ]);
    // The kept rows keep their Excel rows, so later messages still name the right row.
    expect(layoutOf(tables.Goals)?.rowNumbers).toEqual([4, 5]);
    expect(dataProblemText(problems[0], "en-US")).toBe(
      "Q1 goals, row 7, column Goal ID: the id G1 (Goal ID) is already used on row 4; this later row is left out of every figure until one of the two is changed",
    );
  });

  it("lists every duplicate, not only the first, for composite ids too", async () => {
    const port = new MemoryWorkbook({ locale: "zh-CN" });
    await port.ensureTables(["Actuals", "Tasks"], "zh-CN");
    const actual = (value: number) =>
      row("Actuals", { ManagerID: "M1", Period: "2026-Q1", KPI: "NPS", Value: value, AsOf: 46112 });
    const task = (id: string) => row("Tasks", { TaskID: id, ManagerID: "M1", Title: "Call", Status: "todo" });
    await port.appendRows("Tasks", [task("T1"), task("T2")]);
    const read = await port.readTables(["Tasks"]);
    expect(layoutOf(read.Tasks)).toMatchObject({ sheet: "工作计划", headerRow: 1, rowNumbers: [2, 3] });
    expect(layoutOf(read.Tasks)?.headers.TaskID).toBe("任务编号");
    // The port refuses to append duplicates; rows built by hand are numbered as a table at A1.
    const screened = screenTables(
      {
        Actuals: [actual(5), actual(6), actual(7)],
        Tasks: [task("T1"), task("T2"), task("T2"), task("T1")],
      },
      "zh-CN",
    );
    expect(screened.problems.map((p) => [p.table, p.row, p.kind === "duplicateId" && p.firstRow])).toEqual([
      ["Actuals", 3, 2],
      ["Actuals", 4, 2],
      ["Tasks", 4, 3],
      ["Tasks", 5, 2],
    ]);
    expect(screened.tables.Actuals.map((a) => a.Value)).toEqual([5]);
    expect(screened.tables.Tasks.map((x) => x.TaskID)).toEqual(["T1", "T2"]);
    expect(screened.problems[0]).toMatchObject({
      column: null,
      header: null,
      columns: "客户经理编号 / 期间 / 指标代码 / 截至日期",
      id: "M1 / 2026-Q1 / NPS / 2026-03-31",
    });
  });

  it("scores a copied goal once in the report, and the report lists it", () => {
    const first = goal("G1", "ANN", "NPS", 10, { Period: "2026-Q1" });
    const tables = Object.fromEntries(REPORT_TABLES.map((k) => [k, []])) as unknown as Parameters<
      typeof buildPeriod
    >[0]["tables"];
    const t = tables as unknown as Record<string, unknown[]>;
    t.Managers = [row("Managers", { ManagerID: "ANN", Name: "Ann", Team: "North" })];
    t.KPIs = [kpi("NPS", "NPS")];
    t.Goals = [first, { ...first, Target: 5 }];
    t.Actuals = [actual("ANN", "2026-Q1", "NPS", 10, 46100)];
    const model = buildPeriod({ tables, period: "2026-Q1", asOf: 46112, locale: "en-US" });
    expect(model.people[0].goals.map((g) => [g.goalId, g.target])).toEqual([["G1", 10]]);
    expect(model.figures.goalsTotal).toBe(1);
    const data = model.flags.filter((f) => f.kind === "data").map((f) => flagText(f, "en-US"));
    expect(data).toEqual([
      "Goals, row 3, column Goal ID: the id G1 (Goal ID) is already used on row 2; this later row is left out of every figure until one of the two is changed",
    ]);
  });
});

describe("merged cells in a table body (file adapter)", () => {
  it("reads the merged-away cells as empty, as Excel does, and lists the merge", async () => {
    // Merge the Status of G1 and G2 (H4:H5): ExcelJS alone would report "active" on both rows.
    const port = await goalsFile((sheet) => sheet.mergeCells("H4:H5"));
    const { Goals } = await port.readTables(["Goals"]);
    expect(Goals.map((g) => g.Status)).toEqual(["active", null, "active"]);
    const { problems } = screenTables({ Goals });
    expect(problems[0]).toEqual({
      kind: "mergedCells",
      table: "Goals",
      sheet: "Q1 goals",
      row: 4,
      range: "H4:H5",
      column: "Status",
      header: "Status",
    });
    expect(dataProblemText(problems[0], "zh-CN")).toBe(
      "Q1 goals 第 4 行“Status”列：单元格 H4:H5 已合并：Excel 只读取左上角的单元格，其余视为空白，这些行因此丢失数值；请取消合并并逐行填写",
    );
    expect(problems.map((p) => p.kind)).toEqual(["mergedCells", "duplicateId"]);
  });

  it("lists a merge that spans several columns once, clipped to the body", async () => {
    const port = await goalsFile((sheet) => sheet.mergeCells("F5:G6"));
    const { Goals } = await port.readTables(["Goals"]);
    expect(Goals[1]).toMatchObject({ GoalID: "G2", Target: 10, Weight: null });
    expect(layoutOf(Goals)?.merged).toEqual([{ range: "F5:G6", row: 5, column: "Target", header: "Target" }]);
  });
});
