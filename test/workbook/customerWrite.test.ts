import { ConflictError } from "../../src/core";
import { generateSample, type CustomerRow } from "../../src/model";
import { verifyAuditChain } from "../../src/workbook/audit";
import { saveCustomer } from "../../src/workbook/customerWrite";
import { MemoryWorkbook } from "../../src/workbook/memory";

const sample = () => generateSample({ locale: "en-US" });
const LOG = { date: 46157.5, period: "2026-Q2", reason: "New customer Birch Co of Ada" };

describe("saveCustomer", () => {
  test("a new customer lands with its Audit line (add), chained to the log", async () => {
    const seed = sample();
    const port = new MemoryWorkbook({ seed, locale: "en-US" });
    const owner = seed.Managers[0].ManagerID;
    const row: CustomerRow = {
      CustomerID: "C99999",
      Name: "Birch Co",
      ManagerID: owner,
      Segment: null,
      Industry: "Retail",
      Since: 46157,
      Status: null,
    };
    await saveCustomer(port, row, null, LOG);
    const { Customers, Audit } = await port.readTables(["Customers", "Audit"]);
    expect(Customers.at(-1)).toMatchObject(row);
    expect(Audit.at(-1)).toMatchObject({
      Date: 46157,
      Action: "add",
      Period: "2026-Q2",
      Subject: "C99999",
      Reason: "New customer Birch Co of Ada",
      PayoutID: null,
    });
    expect((await verifyAuditChain(Audit)).problems).toEqual([]);
  });

  test("a refused row writes neither the customer nor its line", async () => {
    const port = new MemoryWorkbook({ seed: sample(), locale: "en-US" });
    const before = await port.readTables(["Customers", "Audit"]);
    const bad = { CustomerID: "C99999", Name: null, ManagerID: "M001" } as unknown as CustomerRow;
    await expect(saveCustomer(port, bad, null, LOG)).rejects.toThrow();
    const after = await port.readTables(["Customers", "Audit"]);
    expect(after.Customers).toHaveLength(before.Customers.length);
    expect(after.Audit).toHaveLength(before.Audit.length);
  });

  test("an edit is written against the row as read, with an edit line; a change made meanwhile is refused", async () => {
    const seed = sample();
    const port = new MemoryWorkbook({ seed, locale: "en-US" });
    const read = (await port.readTables(["Customers"])).Customers[0];
    const edited = { ...read, Industry: "Logistics" };
    await saveCustomer(port, edited, read, { ...LOG, reason: "Industry: — → Logistics" });
    const { Customers, Audit } = await port.readTables(["Customers", "Audit"]);
    expect(Customers[0]).toEqual(edited);
    expect(Audit.at(-1)).toMatchObject({
      Action: "edit",
      Subject: read.CustomerID,
      Reason: "Industry: — → Logistics",
    });

    // A form still holding the old row changes the same cell otherwise: refused, and nothing is logged.
    await expect(saveCustomer(port, { ...read, Industry: "Energy" }, read, LOG)).rejects.toBeInstanceOf(
      ConflictError,
    );
    const after = await port.readTables(["Customers", "Audit"]);
    expect(after.Customers[0]).toEqual(edited);
    expect(after.Audit).toHaveLength(Audit.length);
  });

  test("an edit whose Audit line cannot be written is undone", async () => {
    const port = new MemoryWorkbook({ seed: sample(), locale: "en-US" });
    const read = (await port.readTables(["Customers"])).Customers[0];
    const edited = { ...read, Industry: "Logistics" };
    // A period the Audit table refuses: the line is not written, so the edit is not kept.
    await expect(saveCustomer(port, edited, read, { ...LOG, period: "not a period" })).rejects.toThrow();
    expect((await port.readTables(["Customers"])).Customers[0]).toEqual(read);
  });
});
