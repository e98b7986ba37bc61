import { generateSample, SAMPLE_AS_OF, TABLE_KEYS } from "../../src/model";
import { ValidationError } from "../../src/core/errors";
import {
  BOOK_FILE_FORMAT,
  BOOK_INDEX_FORMAT,
  bookFileOf,
  bookFilesOf,
  MemoryWorkbook,
  memoryWorkbookOf,
  memoryWorkbookOfIndex,
} from "../../src/workbook/memory";

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

  describe("split into an index and a file per sheet", () => {
    /** The index and files of the sample's book file with a user's sheet, and a fetch that counts what it fetches. */
    function split(byColumn = false) {
      const file = bookFileOf(generateSample({ locale: LOCALE, asOf: SAMPLE_AS_OF }), LOCALE);
      file.sheets.push({ name: "My notes", table: null, values: [["keep", ""]] });
      const { index, files } = bookFilesOf(
        file,
        (i) => `sheet-${i + 1}.json`,
        byColumn ? (i, c) => `sheet-${i + 1}-${c + 1}.json` : undefined,
      );
      const fetched: string[] = [];
      const failing = new Set<string>();
      const fetchSheet = async (href: string) => {
        fetched.push(href);
        if (failing.has(href)) throw new Error(`HTTP 503 ${href}`);
        const body = files.get(href);
        if (body === undefined) throw new Error(`no ${href}`);
        return JSON.parse(body) as unknown;
      };
      const hrefOf = (table: string | null) => index.sheets.find((s) => s.table === table)!.href;
      return { file, index: viaJson(index), fetchSheet, fetched, failing, hrefOf };
    }

    it("split by column too: a read of some columns fetches only theirs, and reads what the whole file gives", async () => {
      const { file, index, fetchSheet, fetched, hrefOf } = split(true);
      const workbook = await memoryWorkbookOfIndex(index, fetchSheet);
      const keys = ["InteractionID", "ManagerID", "Date", "Type"] as const;
      const rows = await workbook.readColumns("Interactions", keys);
      const sheet = TABLE_KEYS.indexOf("Interactions") + 1;
      // The header is in the index; of the table's eleven columns, these four are fetched.
      expect(fetched).toEqual([hrefOf(null), ...[1, 3, 4, 5].map((c) => `sheet-${sheet}-${c}.json`)]);
      const whole = memoryWorkbookOf(viaJson(file));
      expect(rows).toEqual(await whole.readColumns("Interactions", keys));
      expect(rows.length).toBeGreaterThan(100);
      // A whole read fetches the sheet's file, and reads what the whole file gives.
      expect((await workbook.readTables(["Interactions"])).Interactions).toEqual(
        (await whole.readTables(["Interactions"])).Interactions,
      );
      expect(fetched.at(-1)).toBe(hrefOf("Interactions"));
      await expect(
        memoryWorkbookOfIndex(
          {
            format: BOOK_INDEX_FORMAT,
            sheets: [{ name: "G", table: "Goals", href: "g", header: ["Goal ID"] }],
          },
          fetchSheet,
        ),
      ).rejects.toThrow(/sheet G needs its header row and one address per header cell/);
    });

    it("fetch a table's values only when the table is first read, and read the same rows as the whole file", async () => {
      const { file, index, fetchSheet, fetched, hrefOf } = split();
      const workbook = await memoryWorkbookOfIndex(index, fetchSheet);
      // A user's sheet is fetched with the index; no table yet.
      expect(fetched).toEqual([hrefOf(null)]);
      expect(workbook.sheetValues("My notes")).toEqual([["keep", null]]);
      expect(await workbook.listTables()).toEqual([...TABLE_KEYS]);
      const tokens = await workbook.tableVersions(["Goals", "Tasks"]);
      expect(fetched).toEqual([hrefOf(null)]);
      const { Goals } = await workbook.readTables(["Goals"]);
      expect(fetched).toEqual([hrefOf(null), hrefOf("Goals")]);
      // Loading a table's values is no change: its token stays, and a second read fetches nothing.
      expect(await workbook.tableVersions(["Goals", "Tasks"])).toEqual(tokens);
      expect((await workbook.readTables(["Goals"])).Goals).toBe(Goals);
      expect(fetched.filter((href) => href === hrefOf("Goals"))).toHaveLength(1);
      // Until its values are in, a table refuses the synchronous seams rather than show it empty.
      expect(() => workbook.readRow("Tasks", "T000001")).toThrow(/table Tasks is not loaded yet/);
      const whole = memoryWorkbookOf(viaJson(file));
      expect(await workbook.readTables(TABLE_KEYS)).toEqual(await whole.readTables(TABLE_KEYS));
      expect(workbook.snapshot()).toEqual(whole.snapshot());
    });

    it("fetch a table again after a failed fetch, and write to a table only once its values are in", async () => {
      const { file, index, fetchSheet, fetched, failing, hrefOf } = split();
      const workbook = await memoryWorkbookOfIndex(index, fetchSheet);
      failing.add(hrefOf("Tasks"));
      await expect(workbook.readTables(["Tasks"])).rejects.toThrow(/HTTP 503/);
      failing.clear();
      const { Tasks } = await workbook.readTables(["Tasks"]);
      expect(Tasks.length).toBeGreaterThan(10);
      // An append to a table not read yet fetches it first, and is checked against its rows (a taken id).
      const { Goals } = await memoryWorkbookOf(viaJson(file)).readTables(["Goals"]);
      await expect(workbook.appendRows("Goals", [Goals[0]])).rejects.toBeInstanceOf(ValidationError);
      expect(fetched).toContain(hrefOf("Goals"));
    });

    it("are refused with what is wrong when they are not book indexes", async () => {
      const fetchSheet = async () => [["x"]];
      await expect(
        memoryWorkbookOfIndex({ format: BOOK_FILE_FORMAT, sheets: [] }, fetchSheet),
      ).rejects.toThrow(/not a KPI Desk book index/);
      await expect(
        memoryWorkbookOfIndex({ format: BOOK_INDEX_FORMAT, sheets: [{ name: "A" }] }, fetchSheet),
      ).rejects.toThrow(/sheet 1 needs a name and the address of its values/);
      await expect(
        memoryWorkbookOfIndex(
          { format: BOOK_INDEX_FORMAT, sheets: [{ name: "A", table: "Nope", href: "a" }] },
          fetchSheet,
        ),
      ).rejects.toThrow(/sheet A names no KPI Desk table \(Nope\)/);
      const bad = await memoryWorkbookOfIndex(
        { format: BOOK_INDEX_FORMAT, sheets: [{ name: "G", table: "Goals", href: "g.json" }] },
        async () => ({ not: "rows" }),
      );
      await expect(bad.readTables(["Goals"])).rejects.toThrow(/sheet G \(g.json\) needs values/);
    });
  });
});
