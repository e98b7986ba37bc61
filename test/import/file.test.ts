import ExcelJS from "exceljs";
import { planImport } from "../../src/import";
import { serialOf } from "../../src/model";
import { readImportFile } from "../../src/import";
import { bookOf, teamBook } from "./helpers";

/** A Microsoft Forms "Open in Excel" download: a table on Sheet1, times as date cells. */
async function formsXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow([
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    "Which team are you in?",
    "How likely are you to recommend us? (0-10)",
  ]);
  // One anonymous answer from the East team, started at 09:mm on 2026-03-31 and completed two minutes later.
  const answer = (id: number, minute: number, score: number) => [
    id,
    new Date(Date.UTC(2026, 2, 31, 9, minute)),
    new Date(Date.UTC(2026, 2, 31, 9, minute + 2)),
    "anonymous",
    "",
    "East",
    score,
  ];
  ws.addRow(answer(1, 1, 9));
  ws.addRow(answer(2, 5, 3));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("import: XLSX exports", () => {
  it("reads a Forms download with date cells", async () => {
    const table = await readImportFile("pulse.xlsx", await formsXlsx());
    expect(table.headers[0]).toBe("ID");
    const preview = planImport(table, await bookOf(teamBook()));
    expect(preview.rounds).toEqual([
      expect.objectContaining({ date: serialOf(2026, 3, 31), team: "East", kind: "enps", added: 2 }),
    ]);
  });

  it("refuses a file that is not XLSX, CSV or text", async () => {
    await expect(readImportFile("x.pdf", new Uint8Array([1, 2]))).rejects.toThrow(
      /only \.csv, \.txt and \.xlsx/,
    );
    await expect(readImportFile("x.xlsx", new Uint8Array([1, 2]))).rejects.toThrow(/x\.xlsx/);
  });
});
