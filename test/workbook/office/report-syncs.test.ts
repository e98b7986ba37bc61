/**
 * What writing the period report costs in Excel, measured on the counting fake of the Excel API: the report and
 * statements sheets planned from the sample team (`generateSample`) for 10 and for 2,000 people, written through
 * the Office adapter. Prints the sync counts and the largest request payload.
 *
 * report.md's budget: ≤ 6 `context.sync()` calls for any team size up to the payload chunking limit. A 10-person
 * report is within it; a 2,000-person report is far beyond it (about 15 MB of cells, formulas and formats against
 * Excel on the web's 5 MB per request), so there the extra syncs must be payload chunks and nothing else: every
 * request under 5 MB, and every chunk but the last of each sheet well filled.
 */
import { SAMPLE_AS_OF, generateSample } from "../../../src/model";
import type { SheetPlan } from "../../../src/model/sheetPlan";
import { buildReport, planReport } from "../../../src/report";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { FakeExcel, type SyncRecord } from "./fakeExcel";

const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;

function plans(people: number): SheetPlan[] {
  const tables = generateSample({ locale: "zh-CN", managers: people });
  const model = buildReport({ tables, period: "2026-Q2", asOf: SAMPLE_AS_OF, locale: "zh-CN" });
  expect(model.people).toHaveLength(people);
  return planReport(model, "zh-CN");
}

/** Writes the plans (statements first, as generateReport does) and returns each sheet's syncs. */
async function write(excel: FakeExcel, sheets: readonly SheetPlan[]): Promise<SyncRecord[][]> {
  const port = new OfficeWorkbook({ run: excel.run, locale: "zh-CN" });
  const perSheet: SyncRecord[][] = [];
  for (const plan of [...sheets].reverse()) {
    const before = excel.syncCount;
    await port.writeSheet(plan);
    perSheet.push(excel.syncs.slice(before));
  }
  return perSheet;
}

const largest = (syncs: readonly SyncRecord[]) => Math.max(...syncs.map((s) => s.bytes));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

describe("Excel renderer: syncs of the period report", () => {
  it("writes a 10-person report in at most 6 syncs, new or replacing the previous one", async () => {
    const excel = new FakeExcel();
    const sheets = plans(10);
    const fresh = (await write(excel, sheets)).flat();
    const again = (await write(excel, sheets)).flat();
    console.warn(
      `10 people: ${fresh.length} syncs new, ${again.length} replacing; largest request ${mb(largest([...fresh, ...again]))}`,
    );
    // Per sheet: one sync to look at the workbook (one more to check the old sheet is the add-in's), one to write.
    expect(fresh).toHaveLength(4);
    expect(again).toHaveLength(6);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "结算单 2026-Q2", "绩效报告 2026-Q2"]);
  });

  it("writes a 2,000-person report with extra syncs only for payload chunks, each under 5 MB", async () => {
    const excel = new FakeExcel();
    const perSheet = await write(excel, plans(2000));
    const all = perSheet.flat();
    console.warn(
      `2,000 people: ${all.length} syncs (${perSheet.map((s) => s.length).join(" + ")}), largest request ` +
        `${mb(largest(all))}, ${mb(all.reduce((n, s) => n + s.bytes, 0))} in all`,
    );
    expect(largest(all)).toBeLessThan(EXCEL_WEB_LIMIT);
    for (const syncs of perSheet) {
      // The first sync only looks; every write sync but the last carries at least half a megabyte.
      const writes = syncs.slice(1);
      expect(writes.length).toBeGreaterThanOrEqual(1);
      for (const chunk of writes.slice(0, -1)) expect(chunk.bytes).toBeGreaterThan(512 * 1024);
      expect(writes.every((s) => s.calculationSuspended && s.screenUpdatingSuspended)).toBe(true);
    }
    expect(excel.sheet("绩效报告 2026-Q2")).toBeDefined();
    expect(excel.sheet("结算单 2026-Q2")).toBeDefined();
  }, 120_000);
});
