/**
 * The shared WorkbookPort contract, run against OfficeWorkbook over the counting fake of the Excel API. The fake's
 * calculation engine knows KPI.SCORE (through core, as the loaded add-in would compute it), so a live formula in
 * a generated sheet shows the value Excel would show.
 */
import { score } from "../../../src/core/score";
import { headersOf, type CellValue, type TableKey } from "../../../src/model";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { runPortContract, type PortUnderTest } from "../contract";
import { FakeExcel } from "./fakeExcel";

/** OfficeWorkbook plus the arranging and inspecting the contract needs, done on the fake directly. */
class FakeOfficePort extends OfficeWorkbook implements PortUnderTest {
  constructor(readonly excel: FakeExcel) {
    super({ run: excel.run });
  }

  addUserSheet(name: string, values: CellValue[][]): void {
    this.excel.addUserSheet(name, values);
  }

  addRawTable(key: TableKey, sheetName: string, header: CellValue[], body: CellValue[][]): void {
    this.excel.addUserTable(sheetName, key, [header, ...body]);
  }

  sheetValues(name: string): CellValue[][] | undefined {
    return this.excel.usedValues(name);
  }
}

function makeExcel(): FakeExcel {
  const excel = new FakeExcel();
  excel.calculate = (formula) => {
    const call = /^=KPI\.SCORE\(([\d.]+),([\d.]+)\)$/.exec(formula);
    return call ? score(Number(call[1]), Number(call[2])) : "#NAME?";
  };
  return excel;
}

runPortContract("office (fake Excel)", async () => new FakeOfficePort(makeExcel()), {
  formulaCells: (port, sheet) => port.excel.formulaCells(sheet),
});

describe("the fake Excel behind the contract", () => {
  it("shows a table sheet's header in the language it was created in", async () => {
    const port = new FakeOfficePort(makeExcel());
    await port.ensureTables(["Goals"], "zh-CN");
    expect(port.sheetValues("目标")?.[0]).toEqual(headersOf("Goals", "zh-CN"));
  });

  it("turns text typed into a General cell into a formula or number, as Excel does", () => {
    const excel = makeExcel();
    excel.addUserSheet("S", [["=KPI.SCORE(80,100)", "-5", "2026-09", "'=kept"]]);
    expect(excel.usedValues("S")).toEqual([[80, -5, 46266, "=kept"]]);
    expect(excel.formulaCells("S")).toEqual(["A1"]);
  });
});
