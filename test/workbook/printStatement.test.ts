import { t } from "../../src/i18n";
import { SAMPLE_AS_OF } from "../../src/model";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { printStatement, statementSheetName } from "../../src/workbook/printStatement";
import { setUpWorkbook } from "../../src/workbook/setup";

async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook();
  await setUpWorkbook(port, { locale: "en-US", withSample: true, sample: { asOf: SAMPLE_AS_OF } });
  return port;
}

describe("printStatement", () => {
  it("writes one person's statement sheet, with the held bonus's reason, and replaces it when printed again", async () => {
    const port = await sampleWorkbook();
    const managers = (await port.readTables(["Managers"])).Managers;
    const held = managers.find((m) => m.ManagerID === "M005")!;
    const options = { person: "M005", period: "2026-Q2", asOf: SAMPLE_AS_OF, locale: "en-US" } as const;
    const { sheet } = await printStatement(port, options);
    expect(sheet).toBe(statementSheetName(held.Name, "2026-Q2", "en-US"));
    expect(await port.listGeneratedSheets()).toEqual([sheet]);
    const text = (port.sheetValues(sheet) ?? []).flat().map(String).join("\n");
    expect(text).toContain(held.Name);
    expect(text).not.toContain(managers.find((m) => m.ManagerID === "M001")!.Name);
    expect(text).toContain(t("en-US", "report.held"));
    await printStatement(port, options);
    expect(await port.listGeneratedSheets()).toEqual([sheet]);
  });

  it("refuses someone not on the team in the period, naming them, before writing", async () => {
    const port = await sampleWorkbook();
    const name = (await port.readTables(["Managers"])).Managers[0].Name;
    await expect(
      printStatement(port, { person: "M001", period: "2020-Q1", asOf: SAMPLE_AS_OF, locale: "en-US" }),
    ).rejects.toMatchObject({ key: "person.err.notInPeriod", params: { name, period: "2020-Q1" } });
    expect(await port.listGeneratedSheets()).toEqual([]);
  });
});

describe("statementSheetName", () => {
  it.each([
    ["Abigail Smith", "en-US", "Statement Abigail Smith 2026-Q2"],
    ["王小明", "zh-CN", "结算单 王小明 2026-Q2"],
    ["A/B [x]: y?", "en-US", "Statement A B x y 2026-Q2"],
  ] as const)("%s in %s", (name, locale, expected) =>
    expect(statementSheetName(name, "2026-Q2", locale)).toBe(expected),
  );

  it("shortens a long name to Excel's 31 characters and keeps the period", () => {
    const name = statementSheetName("Maximilian Alexander Christopher Montgomery", "2026-Q2", "en-US");
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith("2026-Q2")).toBe(true);
    expect(name).toContain("…");
  });
});
