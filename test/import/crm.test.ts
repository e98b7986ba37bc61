import { readFileSync } from "node:fs";
import { applyImport, countsOf, planImport, readCsv, recognise, type ImportPreview } from "../../src/import";
import { ValidationError } from "../../src/core/errors";
import { serialOf } from "../../src/model";
import { bookOf, fixture, teamBook } from "./helpers";

const today = { date: serialOf(2026, 4, 2), by: "Lead" };

describe("import: 纷享销客 商机 into Deals", () => {
  it("previews adds with owners, stages, amounts and dates mapped, and skips what it cannot map", async () => {
    const port = teamBook();
    const preview = planImport(fixture("fxiaoke-deals.csv"), await bookOf(port));
    expect(preview.profile).toBe("fxiaoke.deals");
    expect(countsOf(preview)).toEqual({ add: 3, update: 0, unchanged: 0, skipped: 2, missing: 0 });
    const [won, talks, lead] = preview.add.map((a) => a.row) as Record<string, unknown>[];
    expect(won).toMatchObject({
      ManagerID: "M001",
      CustomerID: "C1",
      Amount: 1280000,
      Stage: "won",
      CloseDate: serialOf(2026, 3, 31),
      Credit: 1,
      Source: "fxiaoke.deals",
      SourceID: "华东纺织流动资金贷款 | 华东纺织有限公司",
    });
    expect(talks).toMatchObject({
      ManagerID: "M002",
      Amount: 350000,
      Stage: "proposal",
      CloseDate: serialOf(2026, 4, 30),
    });
    expect(lead).toMatchObject({ Amount: 80000, Stage: "lead", CloseDate: null, CustomerID: null });
    expect(preview.unknownOwners).toEqual(["王强"]);
    expect(preview.unmappedStages).toEqual(["待定阶段"]);
    expect(preview.skipped.map((s) => [s.line, s.key])).toEqual([
      [5, "import.skip.unknownOwner"],
      [6, "import.skip.unmappedStage"],
    ]);
  });

  it("is idempotent: the same file again adds and changes nothing", async () => {
    const port = teamBook();
    const first = planImport(fixture("fxiaoke-deals.csv"), await bookOf(port));
    await applyImport(port, first, today);
    const again = planImport(fixture("fxiaoke-deals.csv"), await bookOf(port));
    expect(countsOf(again)).toEqual({ add: 0, update: 0, unchanged: 3, skipped: 2, missing: 0 });
    const { Deals, Audit } = await port.readTables(["Deals", "Audit"]);
    expect(Deals).toHaveLength(3);
    expect(Audit).toHaveLength(1);
    expect(Audit[0]).toMatchObject({ Action: "import", Period: "2026-04", By: "Lead", PayoutID: null });
    expect(Audit[0].Reason).toBe("fxiaoke.deals · fxiaoke-deals.csv · +3 ~0 =0 −2");
  });

  it("updates a changed record field by field, and reports one deleted in the CRM without deleting it", async () => {
    const port = teamBook();
    await applyImport(port, planImport(fixture("fxiaoke-deals.csv"), await bookOf(port)), today);
    const changed = readCsv(
      "later.csv",
      new TextEncoder().encode(
        "商机名称,客户名称,商机金额,销售阶段,结单日期,负责人\n" +
          '华东纺织流动资金贷款,华东纺织有限公司,"¥1,280,000.00",赢单,2026-03-31,张伟\n' +
          "临港物流供应链融资,临港物流股份公司,￥40万,赢单,2026-04-10,李娜\n",
      ),
    );
    const preview = planImport(changed, await bookOf(port));
    expect(countsOf(preview)).toEqual({ add: 0, update: 1, unchanged: 1, skipped: 0, missing: 1 });
    expect(preview.update[0].changes).toEqual([
      { column: "Stage", from: "proposal", to: "won" },
      { column: "Amount", from: 350000, to: 400000 },
      { column: "CloseDate", from: serialOf(2026, 4, 30), to: serialOf(2026, 4, 10) },
    ]);
    expect(preview.missing.map((m) => m.label)).toEqual(["滨江食品结算账户 | 滨江食品厂"]);
    await applyImport(port, preview, today);
    const { Deals } = await port.readTables(["Deals"]);
    expect(Deals).toHaveLength(3);
    expect(Deals.find((d) => d.SourceID?.startsWith("临港"))).toMatchObject({ Stage: "won", Amount: 400000 });
  });

  it("keeps a split deal's people and credit when the CRM record changes", async () => {
    const port = teamBook();
    await applyImport(port, planImport(fixture("fxiaoke-deals.csv"), await bookOf(port)), today);
    const [deal] = (await port.readTables(["Deals"])).Deals;
    await port.updateRows("Deals", [{ ...deal, Credit: 0.6 }]);
    await port.appendRows("Deals", [{ ...deal, ManagerID: "M002", Credit: 0.4 }]);
    const text =
      "商机名称,客户名称,商机金额,销售阶段,结单日期,负责人\n华东纺织流动资金贷款,华东纺织有限公司,130万,赢单,2026-03-31,张伟\n";
    const preview = planImport(readCsv("x.csv", new TextEncoder().encode(text)), await bookOf(port));
    expect(preview.update.map((u) => u.changes)).toEqual([
      [{ column: "Amount", from: 1280000, to: 1300000 }],
      [{ column: "Amount", from: 1280000, to: 1300000 }],
    ]);
    await applyImport(port, preview, today);
    const credits = (await port.readTables(["Deals"])).Deals.filter((d) => d.DealID === deal.DealID).map(
      (d) => [d.ManagerID, d.Credit, d.Amount],
    );
    expect(credits).toEqual([
      ["M001", 0.6, 1300000],
      ["M002", 0.4, 1300000],
    ]);
  });

  it("applies all or nothing: one bad row and nothing is written", async () => {
    const port = teamBook();
    const preview = planImport(fixture("fxiaoke-deals.csv"), await bookOf(port));
    const bad: ImportPreview = {
      ...preview,
      add: [
        ...preview.add,
        { ...preview.add[0], line: 9, row: { ...preview.add[0].row, DealID: "X", Credit: 2 } as never },
      ],
    };
    await expect(applyImport(port, bad, today)).rejects.toThrow(ValidationError);
    await expect(applyImport(port, bad, today)).rejects.toThrow(/9/);
    const { Deals, Audit } = await port.readTables(["Deals", "Audit"]);
    expect(Deals).toHaveLength(0);
    expect(Audit).toHaveLength(0);
  });

  it("reads the GB18030 and UTF-8 exports to the same preview", async () => {
    const port = teamBook();
    const book = await bookOf(port);
    const gb = planImport(fixture("fxiaoke-deals.csv"), book);
    const utf = planImport(fixture("fxiaoke-deals-utf8bom.csv"), book);
    expect(utf.add.map((a) => a.row)).toEqual(gb.add.map((a) => a.row));
  });
});

describe("import: Zoho CRM", () => {
  it("maps owners by name or e-mail and stages through the Stage map", async () => {
    const port = teamBook();
    const preview = planImport(fixture("zoho-deals.csv"), await bookOf(port));
    expect(preview.add.map((a) => a.row)).toEqual([
      expect.objectContaining({
        DealID: "ZOHO-zcrm_4876876000000624001",
        ManagerID: "M003",
        CustomerID: "C2",
        Stage: "won",
        Amount: 120000,
        CloseDate: serialOf(2026, 3, 31),
        Product: "Existing Business",
      }),
      expect.objectContaining({ ManagerID: "M003", Stage: "proposal", Amount: 45000 }),
    ]);
    expect(preview.unknownOwners).toEqual(["Dana Wu"]);
  });

  it("maps an owner through --map owners until Managers knows them", async () => {
    const port = teamBook();
    const preview = planImport(fixture("zoho-deals.csv"), await bookOf(port), {
      owners: { "Dana Wu": "M002" },
    });
    expect(preview.add).toHaveLength(3);
    expect(preview.unknownOwners).toEqual([]);
  });

  it("reads the Chinese UI labels", async () => {
    const port = teamBook();
    const preview = planImport(fixture("zoho-deals-zh.csv"), await bookOf(port));
    expect(preview.add[0].row).toMatchObject({
      ManagerID: "M001",
      Stage: "won",
      Amount: 500000,
      CloseDate: serialOf(2026, 3, 30),
    });
  });

  it("reads accounts, calls, meetings and tasks exported from Zoho's Chinese UI", async () => {
    const port = teamBook();
    const book = await bookOf(port);
    const accounts = planImport(fixture("zoho-accounts-zh.csv"), book);
    expect(accounts.add[0].row).toMatchObject({
      Name: "江南精密机械有限公司",
      ManagerID: "M001",
      Industry: "制造业",
      Since: serialOf(2025, 12, 1),
    });
    const calls = planImport(fixture("zoho-calls-zh.csv"), book);
    expect(calls.add[0].row).toMatchObject({
      Type: "call",
      ManagerID: "M001",
      CustomerID: "C1",
      Date: serialOf(2026, 3, 20),
      Outcome: "有意向",
      Note: "客户希望调整利率",
    });
    const meetings = planImport(fixture("zoho-meetings-zh.csv"), book);
    expect(meetings.add[0].row).toMatchObject({
      Type: "meeting",
      CustomerID: "C1",
      Date: serialOf(2026, 3, 22),
      Note: "季度经营回顾",
    });
    const tasks = planImport(fixture("zoho-tasks-zh.csv"), book);
    expect(tasks.add[0].row).toMatchObject({
      ManagerID: "M001",
      Title: "发送调整后的授信方案",
      Status: "todo",
      Priority: "high",
      Due: serialOf(2026, 4, 2),
      Customer: "华东纺织有限公司",
    });
  });

  it("imports accounts, calls, meetings and tasks into their tables", async () => {
    const port = teamBook();
    const book = await bookOf(port);
    const accounts = planImport(fixture("zoho-accounts.csv"), book);
    expect(accounts.table).toBe("Customers");
    // An account already typed by hand is not matched by name: it is added with its source, never guessed.
    expect(accounts.add[0].row).toMatchObject({
      Name: "Harbor Freight Ltd",
      ManagerID: "M003",
      Industry: "Logistics",
      Since: serialOf(2025, 12, 1),
    });
    const calls = planImport(fixture("zoho-calls.csv"), book);
    expect(calls.add[0].row).toMatchObject({
      Type: "call",
      CustomerID: "C2",
      Date: serialOf(2026, 3, 20),
      Outcome: "Interested",
      Note: "Asked for a revised rate",
    });
    const meetings = planImport(fixture("zoho-meetings.csv"), book);
    expect(meetings.add[0].row).toMatchObject({
      Type: "meeting",
      Date: serialOf(2026, 3, 22),
      Note: "Quarterly review",
    });
    const tasks = planImport(fixture("zoho-tasks.csv"), book);
    expect(tasks.add[0].row).toMatchObject({
      Title: "Send revised term sheet",
      Status: "todo",
      Priority: "high",
      Due: serialOf(2026, 4, 2),
      Customer: "Harbor Freight Ltd",
    });
    for (const p of [accounts, calls, meetings, tasks]) await applyImport(port, p, today);
    // Calls and meetings share Interactions; re-importing calls must not report the meeting as deleted.
    const again = planImport(fixture("zoho-calls.csv"), await bookOf(port));
    expect(countsOf(again)).toEqual({ add: 0, update: 0, unchanged: 1, skipped: 0, missing: 0 });
  });
});

describe("import: 纷享销客 customers, follow-ups and visits", () => {
  it("maps 跟进方式 to contact types and skips one it does not know", async () => {
    const port = teamBook();
    const preview = planImport(fixture("fxiaoke-followups.csv"), await bookOf(port));
    expect(preview.add.map((a) => (a.row as { Type: string }).Type)).toEqual(["visit", "call", "message"]);
    expect(preview.skipped).toEqual([
      expect.objectContaining({ line: 5, key: "import.skip.unknownType", params: { value: "飞鸽传书" } }),
    ]);
  });

  it("imports visits (签到) as visits, never the check-in address", async () => {
    const port = teamBook();
    const preview = planImport(fixture("fxiaoke-visits.csv"), await bookOf(port));
    expect(preview.add).toHaveLength(2);
    expect(JSON.stringify(preview.add)).not.toContain("上海市");
  });

  it("imports customers with their own record id", async () => {
    const port = teamBook();
    const preview = planImport(fixture("fxiaoke-customers.csv"), await bookOf(port));
    expect(preview.add.map((a) => a.row)).toEqual([
      expect.objectContaining({
        CustomerID: "FX-KH0001",
        SourceID: "KH0001",
        Segment: "重要客户",
        Industry: "纺织",
      }),
      expect.objectContaining({ CustomerID: "FX-KH0002", ManagerID: "M002" }),
    ]);
  });
});

describe("import: a saved column map", () => {
  it("reads a sheet no source writes", async () => {
    const port = teamBook();
    const { parseImportMap } = await import("../../src/import");
    const map = parseImportMap(
      JSON.parse(readFileSync(__dirname + "/fixtures/own-sheet.map.json", "utf8")),
      "own-sheet.map.json",
    );
    const table = fixture("own-sheet.csv");
    expect(() => recognise(table)).toThrow();
    const preview = planImport(table, await bookOf(port), { maps: [map] });
    expect(preview.profile).toBe("own-sheet");
    expect(preview.add[0].row).toMatchObject({
      DealID: "OWNSHEET-OWN-1",
      ManagerID: "M001",
      Stage: "won",
      Amount: 25000,
    });
  });

  it("names what is wrong with a map", async () => {
    const { parseImportMap } = await import("../../src/import");
    expect(() => parseImportMap({ name: "x", table: "Deals", columns: { name: "A" } }, "m.json")).toThrow(
      /needs columns for: owner, stage/,
    );
    expect(() => parseImportMap({ name: "x", table: "Goals", columns: {} }, "m.json")).toThrow(
      /"table" must be one of/,
    );
    expect(() => parseImportMap({ name: "x", table: "Deals", columns: { colour: "A" } }, "m.json")).toThrow(
      /unknown field "colour"/,
    );
  });
});

describe("import: Source columns are omittable", () => {
  it("an edit that does not know them (a pane form) keeps the imported row's source", async () => {
    const port = teamBook();
    await applyImport(port, planImport(fixture("zoho-deals.csv"), await bookOf(port)), today);
    const [deal] = (await port.readTables(["Deals"])).Deals;
    const edited: Partial<typeof deal> = { ...deal, Amount: 1 };
    delete edited.Source;
    delete edited.SourceID;
    await port.updateRows("Deals", [edited as typeof deal]);
    const [after] = (await port.readTables(["Deals"])).Deals;
    expect(after).toMatchObject({ Amount: 1, Source: "zoho.deals", SourceID: "zcrm_4876876000000624001" });
  });
});
