import { generateSample, SAMPLE_AS_OF, TABLE_KEYS } from "../../src/model";
import { ValidationError } from "../../src/core/errors";
import { BOOK_FILE_FORMAT, bookFileOf, MemoryWorkbook, memoryWorkbookOf } from "../../src/workbook/memory";

const LOCALE = "en-US";

/** A book file as the preview receives it: through JSON. */
function viaJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe("book files (a workbook as the values Excel hands the pane)", () => {
  it("hold every table as its header and rows of cells, blanks as empty text, dates as serials", () => {
    const seed = generateSample({ locale: LOCALE, asOf: SAMPLE_AS_OF });
    const file = bookFileOf(seed, LOCALE);
    expect(file.format).toBe(BOOK_FILE_FORMAT);
    expect(file.sheets.map((s) => s.table)).toEqual([...TABLE_KEYS]);
    const managers = file.sheets.find((s) => s.table === "Managers")!;
    expect(managers.name).toBe("Managers");
    expect(managers.values[0]).toContain("Hire date");
    expect(managers.values).toHaveLength(seed.Managers.length + 1);
    const cells = managers.values.slice(1).flat();
    expect(cells).not.toContain(null);
    expect(cells).toContain("");
    const hired = managers.values[0].indexOf("Hire date");
    expect(managers.values[1][hired]).toBe(seed.Managers[0].HireDate);
  });

  it("load into a memory workbook that reads the same rows as the workbook seeded with them", async () => {
    const seed = generateSample({ locale: LOCALE, asOf: SAMPLE_AS_OF });
    const loaded = memoryWorkbookOf(viaJson(bookFileOf(seed, LOCALE)));
    const seeded = new MemoryWorkbook({ seed, locale: LOCALE });
    expect(await loaded.listTables()).toEqual(await seeded.listTables());
    const read = await loaded.readTables(TABLE_KEYS);
    expect(read).toEqual(await seeded.readTables(TABLE_KEYS));
    expect(read.Interactions.length).toBe(seed.Interactions.length);
    // Loaded as cells: a second read gives the rows kept by the first, and an append is checked as any.
    expect((await loaded.readTables(["Goals"])).Goals).toBe(read.Goals);
    await expect(loaded.appendRows("Goals", [read.Goals[0]])).rejects.toBeInstanceOf(ValidationError);
  });

  it("keep a user's own sheet, and report a bad cell when the pane reads its table", async () => {
    const file = viaJson(bookFileOf(generateSample({ locale: LOCALE, asOf: SAMPLE_AS_OF }), LOCALE)) as {
      sheets: { name: string; table: string | null; values: unknown[][] }[];
    };
    file.sheets.push({ name: "My notes", table: null, values: [["keep", ""]] });
    const tasks = file.sheets.find((s) => s.table === "Tasks")!;
    tasks.values[3][tasks.values[0].indexOf("Due")] = "soon";
    const workbook = memoryWorkbookOf(file);
    expect(workbook.sheetValues("My notes")).toEqual([["keep", null]]);
    await expect(workbook.readTables(["Tasks"])).rejects.toMatchObject({
      issues: [
        expect.objectContaining({ table: "Tasks", row: 3, column: "Due", key: "model.issue.notDate" }),
      ],
    });
  });

  it("are refused with what is wrong when they are not book files", () => {
    expect(() => memoryWorkbookOf(null)).toThrow(/not a KPI Desk book file/);
    expect(() => memoryWorkbookOf({ sheets: [] })).toThrow(/not a KPI Desk book file/);
    expect(() => memoryWorkbookOf({ format: BOOK_FILE_FORMAT, sheets: [{ name: "A" }] })).toThrow(
      /sheet 1 needs a name and values/,
    );
    expect(() =>
      memoryWorkbookOf({ format: BOOK_FILE_FORMAT, sheets: [{ name: "A", table: "Nope", values: [["x"]] }] }),
    ).toThrow(/sheet A names no KPI Desk table \(Nope\)/);
    expect(() =>
      memoryWorkbookOf({ format: BOOK_FILE_FORMAT, sheets: [{ name: "A", table: "Goals", values: [] }] }),
    ).toThrow(/table Goals \(sheet A\) has no header row/);
  });
});
