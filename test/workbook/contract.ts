/**
 * The WorkbookPort contract: one suite every adapter runs (memory, xlsx, and Office on a fake Excel). It covers
 * the port's operations and the data-safety rules of product.md: validation before any write, refused rows named
 * by row and column with nothing written, formula-looking text kept as text, headers read in either language and
 * any order, set-up on a partial workbook adding only what is missing, and a user's sheets never touched.
 *
 * Usage (in a `*.test.ts`): `runPortContract("memory", async () => new MemoryWorkbook())`.
 */
import { ConflictError, DuplicateIdError, KpiError, ValidationError } from "../../src/core/errors";
import {
  DEFAULT_RATINGS,
  generateSample,
  headersOf,
  layoutOf,
  makeId,
  TABLE_KEYS,
  type CellValue,
  type GoalRow,
  type TableKey,
} from "../../src/model";
import type { SheetPlan } from "../../src/model/sheetPlan";
import type { WorkbookPort } from "../../src/workbook/port";
import { setUpWorkbook } from "../../src/workbook/setup";
import { fx, text } from "../fixtures/cells";

type MaybePromise<T> = T | Promise<T>;

/** What the suite needs beyond the port: arranging a user's sheets and tables, and looking at sheets. */
export interface PortUnderTest extends WorkbookPort {
  /** Adds a user's own sheet with these values. */
  addUserSheet(name: string, values: CellValue[][]): MaybePromise<void>;
  /** Adds a schema table as a user made it: these headers (any language, order, extra columns) and cells. */
  addRawTable(key: TableKey, sheetName: string, header: CellValue[], body: CellValue[][]): MaybePromise<void>;
  /** A sheet's values from A1 (a table sheet: header row first), or undefined when it does not exist. */
  sheetValues(name: string): MaybePromise<CellValue[][] | undefined>;
}

/** Adapter-specific extras. */
export interface ContractOptions<P extends PortUnderTest> {
  /** Saves and reopens the workbook (file adapters): every read-back then goes through a real file. */
  reopen?: (port: P) => Promise<P>;
  /** A1 addresses of the cells of a sheet that hold formulas (adapters that store formulas). */
  formulaCells?: (port: P, sheet: string) => MaybePromise<string[]>;
}

const goal = (id: string, over: Partial<GoalRow> = {}): GoalRow => ({
  GoalID: id,
  ManagerID: "M001",
  Period: "2026-Q2",
  KPI: "VISITS",
  Description: "Visit key customers",
  Target: 30,
  Weight: 0.2,
  Due: 46203,
  Status: "active",
  ParentGoal: null,
  SetBy: "Robert Hughes",
  Note: null,
  ...over,
});

/** Blank cells compare equal whether an adapter reports them as null or "". */
function normalize(values: CellValue[][] | undefined): CellValue[][] | undefined {
  return values?.map((row) => row.map((v) => (v === "" ? null : v)));
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

/**
 * Registers the contract suite for one adapter.
 * @param name - the adapter's name (the describe block).
 * @param makePort - a fresh, empty workbook per test.
 * @param options - reopen and formula inspection, where the adapter has them.
 */
export function runPortContract<P extends PortUnderTest>(
  name: string,
  makePort: () => Promise<P>,
  options: ContractOptions<P> = {},
): void {
  const reopen = options.reopen ?? (async (port: P) => port);

  describe(`WorkbookPort contract: ${name}`, () => {
    it("creates every schema table once, and reports existing ones on a second run", async () => {
      const port = await makePort();
      const first = await port.ensureTables(TABLE_KEYS, "en-US");
      expect([...first.created].sort()).toEqual([...TABLE_KEYS].sort());
      expect(first.existing).toEqual([]);
      const second = await port.ensureTables(TABLE_KEYS, "en-US");
      expect(second.created).toEqual([]);
      expect([...second.existing].sort()).toEqual([...TABLE_KEYS].sort());
      const again = await reopen(port);
      expect([...(await again.listTables())].sort()).toEqual([...TABLE_KEYS].sort());
      const all = await again.readTables(TABLE_KEYS);
      for (const key of TABLE_KEYS) expect([key, all[key]]).toEqual([key, []]);
    });

    it("seeds the sample into new tables and reads it back unchanged (Chinese headers)", async () => {
      const port = await makePort();
      const sample = generateSample({ locale: "zh-CN" });
      await port.ensureTables(TABLE_KEYS, "zh-CN", sample);
      const again = await reopen(port);
      const read = await again.readTables(TABLE_KEYS);
      for (const key of TABLE_KEYS) expect([key, read[key]]).toEqual([key, sample[key]]);
      expect(normalize(await again.sheetValues("目标"))?.[0]).toEqual(headersOf("Goals", "zh-CN"));
    });

    it("appends, updates and deletes rows by id", async () => {
      const port = await makePort();
      await port.ensureTables(["Goals", "Curves"], "en-US");
      await port.appendRows("Goals", [goal("G1"), goal("G2"), goal("G3")]);
      await port.updateRows("Goals", [goal("G2", { Target: 45, Status: "done", Note: "raised" })]);
      await port.deleteRows("Goals", ["G1"]);
      await port.appendRows("Curves", [
        { Curve: "BON", Point: 0.8, Value: 0.5 },
        { Curve: "BON", Point: 1, Value: 1 },
      ]);
      await port.updateRows("Curves", [{ Curve: "BON", Point: 1, Value: 1.1 }]);
      await port.deleteRows("Curves", [makeId("BON", 0.8)]);
      const again = await reopen(port);
      const { Goals, Curves } = await again.readTables(["Goals", "Curves"]);
      expect(Goals).toEqual([goal("G2", { Target: 45, Status: "done", Note: "raised" }), goal("G3")]);
      expect(Curves).toEqual([{ Curve: "BON", Point: 1, Value: 1.1 }]);
    });

    describe("no lost updates: writes carry the rows as read", () => {
      /** A workbook with G1..G3, the rows as the pane read them, and a user's edit made in the sheet since. */
      async function edited(port: P) {
        await port.ensureTables(["Goals"], "en-US");
        await port.appendRows("Goals", [goal("G1"), goal("G2"), goal("G3")]);
        const read = (await port.readTables(["Goals"])).Goals;
        // The user edits the sheet (a blind overwrite is exactly what typing into the cells does).
        await port.updateRows("Goals", [
          goal("G1", { Description: "Visit the 10 largest customers", Target: 40 }),
        ]);
        return read;
      }

      it("keeps the sheet's edit in the columns the write did not change (three-way merge)", async () => {
        const port = await makePort();
        const read = await edited(port);
        await port.updateRows("Goals", [{ ...read[0], Status: "done", Note: "closed early" }], read);
        const { Goals } = await (await reopen(port)).readTables(["Goals"]);
        expect(Goals[0]).toEqual(
          goal("G1", {
            Description: "Visit the 10 largest customers",
            Target: 40,
            Status: "done",
            Note: "closed early",
          }),
        );
      });

      it("accepts a column both sides changed to the same value", async () => {
        const port = await makePort();
        const read = await edited(port);
        await port.updateRows("Goals", [{ ...read[0], Target: 40, Weight: 0.3 }], read);
        const { Goals } = await port.readTables(["Goals"]);
        expect(Goals[0]).toMatchObject({
          Target: 40,
          Weight: 0.3,
          Description: "Visit the 10 largest customers",
        });
      });

      it("refuses a column both sides changed differently, naming both values, and writes nothing", async () => {
        const port = await makePort();
        const read = await edited(port);
        const before = normalize(await port.sheetValues("Goals"));
        const error = await caught(
          port.updateRows(
            "Goals",
            [
              { ...read[1], Status: "done" },
              { ...read[0], Target: 35, Status: "done" },
            ],
            read,
          ),
        );
        expect(error).toBeInstanceOf(ConflictError);
        const conflict = error as ConflictError;
        expect(conflict.operation).toBe("update");
        expect(conflict.rows).toEqual([
          {
            table: "Goals",
            tableZh: "目标",
            id: "G1",
            kind: "changed",
            columns: [{ column: "Target", columnEn: "Target", columnZh: "目标值", sheet: "40", pane: "35" }],
          },
        ]);
        expect(conflict.localized("en-US")).toMatch(/1 row of Goals changed in the sheet.*nothing was saved/);
        expect(conflict.localized("zh-CN")).toMatch(/目标表中有 1 行/);
        // G2 had no conflict, but the write is refused whole: nothing half-written.
        expect(normalize(await port.sheetValues("Goals"))).toEqual(before);
      });

      it("refuses an update of a row whose id is on two rows of its sheet, naming the sheet, the id and the row's name", async () => {
        const port = await makePort();
        await port.addRawTable(
          "Managers",
          "Managers",
          ["ManagerID", "Name", "Team"],
          [
            ["M001", "Wang Fang", "North"],
            ["M001", "Li Lei", "South"],
          ],
        );
        const read = (await port.readTables(["Managers"])).Managers;
        const before = normalize(await port.sheetValues("Managers"));
        const error = await caught(port.updateRows("Managers", [{ ...read[0], Team: "East" }], [read[0]]));
        expect(error).toBeInstanceOf(DuplicateIdError);
        expect(error).not.toBeInstanceOf(ConflictError);
        const duplicate = error as DuplicateIdError;
        expect(duplicate.localized("en-US")).toBe(
          "The id “M001” (Wang Fang) is on 2 rows of the Managers sheet: this screen cannot tell which to save, so nothing was saved. Give each row its own id in the sheet, then save again.",
        );
        expect(duplicate.localized("zh-CN")).toBe(
          "“客户经理”工作表中有 2 行的编号都是“M001”（Wang Fang）：本界面无法确定保存哪一行，因此未保存。请在工作表中为每行设置不同的编号后再保存。",
        );
        expect(normalize(await port.sheetValues("Managers"))).toEqual(before);
      });

      it("without a name of its own, the row's person goes with the refusal (the pane names them from the book)", async () => {
        const port = await makePort();
        const cells = ["G1", "M001", "2026-Q2", "VISITS", 30, 0.2, "active"];
        await port.addRawTable(
          "Goals",
          "Goals",
          ["GoalID", "ManagerID", "Period", "KPI", "Target", "Weight", "Status"],
          [cells, [...cells]],
        );
        const read = (await port.readTables(["Goals"])).Goals;
        const before = normalize(await port.sheetValues("Goals"));
        const error = await caught(port.updateRows("Goals", [{ ...read[0], Status: "done" }], [read[0]]));
        expect(error).toBeInstanceOf(DuplicateIdError);
        expect((error as DuplicateIdError).refs).toEqual({ managerId: "M001" });
        expect((error as DuplicateIdError).localized("en-US")).toBe(
          "The id “G1” is on 2 rows of the Goals sheet: this screen cannot tell which to save, so nothing was saved. Give each row its own id in the sheet, then save again.",
        );
        expect((error as DuplicateIdError).localized("zh-CN")).toBe(
          "“目标”工作表中有 2 行的编号都是“G1”：本界面无法确定保存哪一行，因此未保存。请在工作表中为每行设置不同的编号后再保存。",
        );
        expect(normalize(await port.sheetValues("Goals"))).toEqual(before);
        // A blind write (the CLI's, set-up's) still writes every row of the id, as before.
        await port.updateRows("Goals", [{ ...read[0], Status: "done" }]);
        expect((await port.readTables(["Goals"])).Goals.map((g) => g.Status)).toEqual(["done", "done"]);
      });

      it("reports a row deleted in the sheet and does not re-create it", async () => {
        const port = await makePort();
        const read = await edited(port);
        await port.deleteRows("Goals", ["G2"]);
        const error = await caught(port.updateRows("Goals", [{ ...read[1], Status: "done" }], read));
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).rows).toEqual([
          { table: "Goals", tableZh: "目标", id: "G2", kind: "deleted", columns: [] },
        ]);
        const { Goals } = await (await reopen(port)).readTables(["Goals"]);
        expect(Goals.map((g) => g.GoalID)).toEqual(["G1", "G3"]);
      });

      it("refuses to delete a row changed since it was read, and skips one already deleted", async () => {
        const port = await makePort();
        const read = await edited(port);
        const error = await caught(port.deleteRows("Goals", ["G1", "G3"], read));
        expect(error).toBeInstanceOf(ConflictError);
        const conflict = error as ConflictError;
        expect(conflict.operation).toBe("delete");
        expect(conflict.rows[0]).toMatchObject({ id: "G1", kind: "changed" });
        expect(conflict.rows[0].columns.map((c) => [c.column, c.sheet, c.pane])).toEqual([
          ["Description", "Visit the 10 largest customers", "Visit key customers"],
          ["Target", "40", "30"],
        ]);
        expect((await port.readTables(["Goals"])).Goals).toHaveLength(3);
        await port.deleteRows("Goals", ["G3"]);
        await port.deleteRows("Goals", ["G2", "G3"], read);
        const { Goals } = await (await reopen(port)).readTables(["Goals"]);
        expect(Goals.map((g) => g.GoalID)).toEqual(["G1"]);
      });

      it("still refuses an unknown id that has no base row", async () => {
        const port = await makePort();
        const read = await edited(port);
        await expect(port.updateRows("Goals", [goal("G9")], read)).rejects.toThrow(/G9/);
      });
    });

    it("fills a fresh table's blank row instead of leaving it above the new rows", async () => {
      const port = await makePort();
      await port.ensureTables(["Goals"], "en-US");
      await port.appendRows("Goals", [goal("G1")]);
      const again = await reopen(port);
      expect(normalize(await again.sheetValues("Goals"))?.length).toBe(2);
    });

    it("refuses a batch with a bad row, naming row and column, and writes nothing", async () => {
      const port = await makePort();
      await port.ensureTables(["Goals"], "en-US");
      await port.appendRows("Goals", [goal("G1")]);
      const before = normalize(await port.sheetValues("Goals"));
      const error = await caught(port.appendRows("Goals", [goal("G2"), goal("G3", { Weight: 1.5 })]));
      expect(error).toBeInstanceOf(ValidationError);
      const issue = (error as ValidationError).issues[0];
      expect([issue.table, issue.row, issue.column, issue.key]).toEqual([
        "Goals",
        2,
        "Weight",
        "model.issue.aboveMax",
      ]);
      expect((error as ValidationError).message).toContain("row 2");
      expect((error as ValidationError).message).toContain("Weight");
      expect((error as ValidationError).localized("zh-CN")).toContain("第 2 行“权重”列");
      expect(normalize(await port.sheetValues("Goals"))).toEqual(before);
      expect((await (await reopen(port)).readTables(["Goals"])).Goals).toEqual([goal("G1")]);
    });

    it("appends to several tables together, or to none when one table refuses its rows", async () => {
      const port = await makePort();
      await port.ensureTables(["Surveys", "Audit", "Goals"], "en-US");
      const survey = (score: number) => ({
        Date: 46150,
        Kind: "enps" as const,
        Team: "A",
        Question: "Q",
        Score: score,
        Comment: null,
      });
      const audit = (action: string) => ({
        Date: 46150,
        Action: action as "import",
        PayoutID: null,
        Period: "2026-05",
        By: null,
        Reason: "forms · pulse.csv",
        Subject: null,
        Prev: null,
        Hash: null,
      });
      await port.appendRowsTogether([
        { key: "Surveys", rows: [survey(9), survey(10)] },
        { key: "Audit", rows: [audit("import")] },
      ]);
      // The second table refuses a row: the first table's rows are not written either.
      const refused = await caught(
        port.appendRowsTogether([
          { key: "Surveys", rows: [survey(7)] },
          { key: "Audit", rows: [audit("bogus")] },
        ]),
      );
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).issues[0]).toMatchObject({ table: "Audit", column: "Action" });
      // A table that is not there: nothing written to the one that is.
      const missing = await caught(
        port.appendRowsTogether([
          { key: "Surveys", rows: [survey(6)] },
          { key: "Settings", rows: [{ Key: "x", Value: "y" }] },
        ]),
      );
      expect((missing as KpiError).key).toBe("workbook.err.tableMissing");
      const again = await reopen(port);
      const { Surveys, Audit } = await again.readTables(["Surveys", "Audit"]);
      expect(Surveys.map((s) => s.Score)).toEqual([9, 10]);
      expect(Audit.map((a) => a.Action)).toEqual(["import"]);
    });

    it.each([
      ["a duplicate id", [goal("G1")], "model.issue.duplicateId", "GoalID"],
      ["a blank required value", [goal("G9", { ManagerID: "" })], "model.issue.required", "ManagerID"],
      [
        "a word outside the list",
        [goal("G9", { Status: "open" as GoalRow["Status"] })],
        "model.issue.notAllowed",
        "Status",
      ],
      ["a malformed period", [goal("G9", { Period: "Q3 2026" })], "model.issue.badPeriod", "Period"],
    ])("refuses %s", async (_label, rows, key, column) => {
      const port = await makePort();
      await port.ensureTables(["Goals"], "en-US");
      await port.appendRows("Goals", [goal("G1")]);
      const error = await caught(port.appendRows("Goals", rows));
      expect(error).toBeInstanceOf(ValidationError);
      expect([(error as ValidationError).issues[0].key, (error as ValidationError).issues[0].column]).toEqual(
        [key, column],
      );
      expect((await port.readTables(["Goals"])).Goals).toEqual([goal("G1")]);
    });

    it("refuses an update or delete of an unknown id and changes nothing", async () => {
      const port = await makePort();
      await port.ensureTables(["Goals", "Surveys"], "en-US");
      await port.appendRows("Goals", [goal("G1"), goal("G2")]);
      const update = await caught(port.updateRows("Goals", [goal("G1", { Target: 1 }), goal("NOPE")]));
      expect(update).toBeInstanceOf(KpiError);
      expect((update as KpiError).key).toBe("workbook.err.idNotFound");
      expect((update as KpiError).message).toContain("NOPE");
      const remove = await caught(port.deleteRows("Goals", ["G2", "NOPE"]));
      expect((remove as KpiError).key).toBe("workbook.err.idNotFound");
      expect((await port.readTables(["Goals"])).Goals).toEqual([goal("G1"), goal("G2")]);
      const survey = {
        Date: 46150,
        Kind: "enps" as const,
        Team: "A",
        Question: null,
        Score: 9,
        Comment: null,
      };
      await port.appendRows("Surveys", [survey]);
      expect(((await caught(port.updateRows("Surveys", [survey]))) as KpiError).key).toBe(
        "model.err.noIdentity",
      );
      expect(((await caught(port.deleteRows("Surveys", ["x"]))) as KpiError).key).toBe(
        "model.err.noIdentity",
      );
    });

    it("keeps text that looks like a formula as text", async () => {
      const port = await makePort();
      await port.ensureTables(["Goals"], "en-US");
      const tricky = goal("=G1", {
        Description: "=SUM(A1:A3)",
        SetBy: "+86 138 0000 0000",
        Note: "-5",
        ParentGoal: "@risk",
      });
      await port.appendRows("Goals", [tricky]);
      await port.updateRows("Goals", [{ ...tricky, Note: '=HYPERLINK("http://x")' }]);
      const again = await reopen(port);
      expect((await again.readTables(["Goals"])).Goals).toEqual([
        { ...tricky, Note: '=HYPERLINK("http://x")' },
      ]);
      if (options.formulaCells) expect(await options.formulaCells(again, "Goals")).toEqual([]);
    });

    it("reads headers in either language, in any order, with a user's extra column kept on writes", async () => {
      const port = await makePort();
      await port.addRawTable(
        "Curves",
        "My curves",
        ["数值", "My notes", " curve ", "POINT"],
        [
          [0.5, "keep me", "BON", 0.8],
          [1, null, "BON", 1],
        ],
      );
      expect((await port.readTables(["Curves"])).Curves).toEqual([
        { Curve: "BON", Point: 0.8, Value: 0.5 },
        { Curve: "BON", Point: 1, Value: 1 },
      ]);
      await port.appendRows("Curves", [{ Curve: "BON", Point: 1.2, Value: 1.5 }]);
      await port.updateRows("Curves", [{ Curve: "BON", Point: 0.8, Value: 0.6 }]);
      const again = await reopen(port);
      expect(normalize(await again.sheetValues("My curves"))).toEqual([
        ["数值", "My notes", " curve ", "POINT"],
        [0.6, "keep me", "BON", 0.8],
        [1, null, "BON", 1],
        [1.5, null, "BON", 1.2],
      ]);
    });

    it("reads some columns of a table: only those, their cells checked, a row blank in them skipped", async () => {
      const port = await makePort();
      await port.addRawTable(
        "Interactions",
        "My visits",
        [
          "互动编号",
          "My notes",
          "Customer ID",
          "manager id",
          "日期",
          "Type",
          "Outcome",
          "Note",
          "Next step",
          "Next date",
        ],
        [
          ["I1", "keep me", "C1", "M001", 46000, "visit", "Agreed", "Long note", "Call back", 46010],
          [null, "a note only", null, null, null, null, "free text", null, null, null],
          ["I3", null, "C2", "M002", 46001, "call", null, null, null, "soon"],
        ],
      );
      const keys = ["InteractionID", "ManagerID", "Date", "Type"] as const;
      const again = await reopen(port);
      const rows = await again.readColumns("Interactions", keys);
      expect(rows).toEqual([
        { InteractionID: "I1", ManagerID: "M001", Date: 46000, Type: "visit" },
        { InteractionID: "I3", ManagerID: "M002", Date: 46001, Type: "call" },
      ]);
      // Where each row stands in the sheet (header in row 1): the blank one skipped.
      expect(layoutOf(rows)?.rowNumbers).toEqual([2, 4]);
      // The cells of the other columns are the whole read's to check: it refuses the table.
      await expect(again.readTables(["Interactions"])).rejects.toBeInstanceOf(ValidationError);
      const bad = await caught(again.readColumns("Interactions", ["InteractionID", "NextDate"]));
      expect(bad).toBeInstanceOf(ValidationError);
      expect((bad as ValidationError).issues.map((i) => [i.row, i.column])).toEqual([[3, "NextDate"]]);
      expect(await caught(again.readColumns("Deals", ["DealID"]))).toBeInstanceOf(KpiError);
    });

    it("reads a table whose optional column was renamed, and refuses to drop a value for it", async () => {
      const port = await makePort();
      await port.addRawTable(
        "Surveys",
        "Pulse",
        ["Date", "Kind", "Team", "Score", "Remarks"],
        [[46150, "eNPS", "A", 9, "x"]],
      );
      expect((await port.readTables(["Surveys"])).Surveys).toEqual([
        { Date: 46150, Kind: "enps", Team: "A", Question: null, Score: 9, Comment: null },
      ]);
      const row = {
        Date: 46151,
        Kind: "enps" as const,
        Team: "A",
        Question: null,
        Score: 7,
        Comment: "lost?",
      };
      const error = await caught(port.appendRows("Surveys", [row]));
      expect((error as ValidationError).issues[0]).toMatchObject({
        row: 1,
        column: "Comment",
        key: "model.issue.notInTable",
      });
      await port.appendRows("Surveys", [{ ...row, Comment: null }]);
      expect((await port.readTables(["Surveys"])).Surveys).toHaveLength(2);
    });

    it("names a missing required column in both languages", async () => {
      const port = await makePort();
      await port.addRawTable("Deals", "Pipeline", ["DealID", "Manager ID", "Amount"], [["D1", "M001", 5]]);
      const error = await caught(port.readTables(["Deals"]));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).key).toBe("model.err.missingColumn");
      expect((error as ValidationError).message).toContain("Stage");
      expect((error as ValidationError).localized("zh-CN")).toContain("阶段");
    });

    it("names the row and column of a cell it cannot read", async () => {
      const port = await makePort();
      await port.addRawTable(
        "Curves",
        "Curves",
        ["Curve", "Point", "Value"],
        [
          ["BON", 1, 1],
          [null, null, null],
          ["BON", "lots", 2],
        ],
      );
      const error = await caught(port.readTables(["Curves"]));
      expect((error as ValidationError).issues[0]).toMatchObject({
        row: 3,
        column: "Point",
        key: "model.issue.notNumber",
      });
    });

    it("reports a missing table", async () => {
      const port = await makePort();
      const error = await caught(port.readTables(["Goals"]));
      expect((error as KpiError).key).toBe("workbook.err.tableMissing");
    });

    it("sets up a partial workbook: adds only what is missing, keeps data and a user's sheets", async () => {
      const port = await makePort();
      const manager = [
        "M001",
        "Ann Lee",
        "Corporate",
        "Riverside",
        "RM",
        "Bob",
        "ann@example.com",
        45000,
        null,
        null,
        50000,
        "Active",
      ];
      await port.addRawTable("Managers", "Team", headersOf("Managers", "en-US"), [manager]);
      await port.addUserSheet("Notes", [
        ["my notes", 1],
        ["=not a formula", null],
      ]);
      await port.addUserSheet("Goals", [["my own goals sheet"]]);
      const userNotes = normalize(await port.sheetValues("Notes"));
      const result = await setUpWorkbook(port, { locale: "en-US", withSample: true });
      expect(result.existing).toEqual(["Managers"]);
      expect(result.created).toHaveLength(TABLE_KEYS.length - 1);
      expect([result.sampleAdded, result.sampleSkipped]).toEqual([false, true]);
      const again = await reopen(port);
      expect(normalize(await again.sheetValues("Notes"))).toEqual(userNotes);
      expect(normalize(await again.sheetValues("Goals"))).toEqual([["my own goals sheet"]]);
      const tables = await again.readTables(["Managers", "Goals", "Ratings", "Settings"]);
      expect(tables.Managers).toHaveLength(1);
      expect(tables.Managers[0]).toMatchObject({ ManagerID: "M001", Name: "Ann Lee", HireDate: 45000 });
      expect(tables.Goals).toEqual([]);
      expect(tables.Ratings).toEqual(DEFAULT_RATINGS);
      expect(tables.Settings.find((s) => s.Key === "language")?.Value).toBe("en-US");
      expect([...(await again.listTables())].sort()).toEqual([...TABLE_KEYS].sort());
    });

    it("writes a generated sheet, replaces only its own, and never a user's sheet", async () => {
      const port = await makePort();
      await port.addUserSheet("Report", [["mine"]]);
      const plan = (title: string, name = "KPI Report 2026-Q2"): SheetPlan => ({
        name,
        blocks: [
          { row: 0, col: 0, style: "title", cells: [[text(title)]] },
          {
            row: 2,
            col: 0,
            header: true,
            formats: ["general", "decimal"],
            cells: [
              [text("Name"), text("Score")],
              [text("=Ann"), fx("=KPI.SCORE(80,100)", 80)],
            ],
          },
        ],
        freezeRows: 3,
      });
      const refused = await caught(port.writeSheet(plan("x", "Report")));
      expect((refused as KpiError).key).toBe("workbook.err.sheetNotOurs");
      expect(normalize(await port.sheetValues("Report"))).toEqual([["mine"]]);
      expect(((await caught(port.writeSheet(plan("x", "a/b")))) as KpiError).key).toBe(
        "workbook.err.badSheetName",
      );
      await port.writeSheet(plan("first"));
      await port.writeSheet(plan("second", "kpi report 2026-q2"));
      const again = await reopen(port);
      expect(await again.listGeneratedSheets()).toHaveLength(1);
      const values = normalize(await again.sheetValues("KPI Report 2026-Q2"));
      expect(values?.[0]?.[0]).toBe("second");
      expect(values?.[3]?.slice(0, 2)).toEqual(["=Ann", 80]);
      expect(normalize(await again.sheetValues("Report"))).toEqual([["mine"]]);
      await again.writeSheet(plan("third", "Statements 2026-Q2"));
      expect((await again.listGeneratedSheets()).sort()).toEqual(
        ["Statements 2026-Q2", "kpi report 2026-q2"].sort(),
      );
    });

    it("writes several generated sheets at once, and writes none when one name is refused", async () => {
      const port = await makePort();
      expect(port.writeSheets).toBeDefined();
      const writeSheets = (plans: SheetPlan[]) =>
        (port.writeSheets as (p: SheetPlan[]) => Promise<void>)(plans);
      const sheet = (name: string, value: string): SheetPlan => ({
        name,
        blocks: [{ row: 0, col: 0, cells: [[text(value)]] }],
      });
      await writeSheets([sheet("Statements", "s1"), sheet("Report", "r1")]);
      await port.addUserSheet("Mine", [["mine"]]);
      for (const refused of [
        [sheet("Statements", "s2"), sheet("Mine", "r2")],
        [sheet("Statements", "s2"), sheet("a/b", "r2")],
      ]) {
        const error = await caught(writeSheets(refused));
        expect(error).toBeInstanceOf(KpiError);
        expect(["workbook.err.sheetNotOurs", "workbook.err.badSheetName"]).toContain((error as KpiError).key);
      }
      expect(normalize(await port.sheetValues("Statements"))).toEqual([["s1"]]);
      expect((await port.listGeneratedSheets()).sort()).toEqual(["Report", "Statements"]);
      await writeSheets([sheet("Statements", "s3"), sheet("Report", "r3")]);
      expect((await port.listGeneratedSheets()).sort()).toEqual(["Report", "Statements"]);
      const again = await reopen(port);
      expect(normalize(await again.sheetValues("Statements"))).toEqual([["s3"]]);
      expect(normalize(await again.sheetValues("Report"))).toEqual([["r3"]]);
      expect(normalize(await again.sheetValues("Mine"))).toEqual([["mine"]]);
      // Every generated sheet is still recognised after a save and reload, so a re-run may replace each of them.
      expect((await again.listGeneratedSheets()).sort()).toEqual(["Report", "Statements"]);
      await (again.writeSheets as (p: SheetPlan[]) => Promise<void>)([
        sheet("Statements", "s4"),
        sheet("Report", "r4"),
      ]);
      expect(normalize(await again.sheetValues("Statements"))).toEqual([["s4"]]);
    });
  });
}
