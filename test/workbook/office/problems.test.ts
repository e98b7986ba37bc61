/**
 * The Office path names data problems as the file path does: `readTables` loads each table's address (sheet and
 * header row) and its body's merged areas in the SAME sync as the values — still one sync — and the rows carry
 * their Excel row numbers, so duplicates and merged cells are listed by sheet, Excel row and header.
 */
import { layoutOf, screenTables } from "../../../src/model";
import { dataProblemText } from "../../../src/format";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { FakeExcel } from "./fakeExcel";

const HEADER = ["Goal ID", "Manager ID", "Period", "KPI", "Target", "Weight", "Status"];

function setUp() {
  const excel = new FakeExcel(["Sheet1"]);
  const port = new OfficeWorkbook({ run: excel.run });
  // A user's Goals table at A1 of "Goals": G1, G2, G1 again, G3 (Excel rows 2–5).
  excel.addUserTable("Goals", "Goals", [
    HEADER,
    ["G1", "M1", "2026-Q1", "SALES", 100, 0.5, "active"],
    ["G2", "M1", "2026-Q1", "VISITS", 10, 0.5, "active"],
    ["G1", "M2", "2026-Q1", "SALES", 200, 1, "active"],
    ["G3", "M2", "2026-Q1", "VISITS", 5, 0.2, "draft"],
  ]);
  return { excel, port };
}

describe("OfficeWorkbook: data problems", () => {
  it("lists a duplicate id with both Excel rows, in one sync", async () => {
    const { excel, port } = setUp();
    const before = excel.syncCount;
    const { Goals } = await port.readTables(["Goals"]);
    expect(excel.syncCount - before).toBe(1);
    expect(layoutOf(Goals)).toMatchObject({
      sheet: "Goals",
      headerRow: 1,
      rowNumbers: [2, 3, 4, 5],
      merged: [],
    });
    const { tables, problems } = screenTables({ Goals });
    expect(problems.map((p) => dataProblemText(p, "en-US"))).toEqual([
      "Goals, row 4, column Goal ID: the id G1 (Goal ID) is already used on row 2; this later row is left out of every figure until one of the two is changed",
    ]);
    expect(tables.Goals.map((g) => g.GoalID)).toEqual(["G1", "G2", "G3"]);
  });

  it("reads merged areas in the same sync, empty where Excel empties them, and lists each one", async () => {
    const { excel, port } = setUp();
    // Merge Weight of rows 2–3 (F2:F3) and Status of rows 4–5 (G4:G5), as Excel's Merge Cells does.
    excel.mergeCells("Goals", 1, 5, 2, 1);
    excel.mergeCells("Goals", 3, 6, 2, 1);
    const before = excel.syncCount;
    const { Goals } = await port.readTables(["Goals"]);
    expect(excel.syncCount - before).toBe(1);
    expect(Goals.map((g) => [g.Weight, g.Status])).toEqual([
      [0.5, "active"],
      [null, "active"],
      [1, "active"],
      [0.2, null],
    ]);
    const { problems } = screenTables({ Goals });
    expect(problems.map((p) => [p.kind, p.row, p.kind === "mergedCells" ? p.range : "", p.header])).toEqual([
      ["mergedCells", 2, "F2:F3", "Weight"],
      ["duplicateId", 4, "", "Goal ID"],
      ["mergedCells", 4, "G4:G5", "Status"],
    ]);
  });
});
