import { generateSample, TABLE_KEYS } from "../../src/model";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { runPortContract } from "./contract";

runPortContract("memory", async () => new MemoryWorkbook());

describe("MemoryWorkbook", () => {
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

  it("returns copies: changing what was read does not change the workbook", async () => {
    const port = new MemoryWorkbook({ seed: { Curves: [{ Curve: "A", Point: 1, Value: 1 }] } });
    const { Curves } = await port.readTables(["Curves"]);
    Curves[0].Value = 99;
    expect((await port.readTables(["Curves"])).Curves[0].Value).toBe(1);
  });
});
