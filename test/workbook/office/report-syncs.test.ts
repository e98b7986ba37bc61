/**
 * What generating the period report costs in Excel, measured on the counting fake of the Excel API: the whole
 * `generateReport` (read the tables, write the statements and report sheets through the Office adapter) on a
 * workbook set up with the sample team (`generateSample`), first on a new workbook, then re-run over the previous
 * report. Prints the sync counts and the largest request.
 *
 * report.md's budget: ≤ 6 `context.sync()` calls for any team size up to the payload chunking limit. The cost is
 * one read, one look at the workbook, then the writes: one request while the report fits one (a re-run takes
 * one more, to settle that the sheets being replaced are the add-in's before they are swapped), and the same
 * count whatever the team size up to that point. Beyond it — a 2,000-person report carries about 14.5 MB of
 * cells, formulas, formats and print set-up against Excel on the web's 5 MB per request — the extra syncs are
 * payload chunks only: every write request but the last is well filled, and the count is the fixed cost plus
 * the chunks the payload needs, never one per person or per row.
 */
import {
  SAMPLE_AS_OF,
  TABLE_KEYS,
  generateSample,
  headersOf,
  tableSpec,
  type TypedValue,
} from "../../../src/model";
import { generateReport } from "../../../src/workbook/generateReport";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { columnFormatCode, TEXT_FORMAT } from "../../../src/workbook/formats";
import { FakeExcel, type SyncRecord } from "./fakeExcel";

const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;
/** Syncs that are not payload: the read and the look at the workbook, plus one on a re-run. */
const FIXED = { fresh: 2, again: 3 };
/** A chunk is filled to at least this much before another is started (the adapter aims near 4.5 MB). */
const MIN_CHUNK = 2 * 1024 * 1024;
const writeBytes = (syncs: readonly SyncRecord[], fixed: number) =>
  syncs.slice(fixed).reduce((n, s) => n + s.bytes, 0);

/** A fake workbook holding the sample team's tables, and the Office adapter over it. */
async function workbook(people: number) {
  const excel = new FakeExcel();
  const port = new OfficeWorkbook({ run: excel.run });
  const sample = generateSample({ locale: "zh-CN", managers: people });
  // Typed straight into the fake (faster than ensureTables for 200,000 rows; the cost measured is the report's).
  for (const key of TABLE_KEYS) {
    const columns = tableSpec(key).columns;
    const rows = ((sample[key] ?? []) as unknown as Record<string, TypedValue | undefined>[]).map((row) =>
      columns.map((c) => row[c.key] ?? null),
    );
    // Text columns formatted as text first, as ensureTables does, so "2026-Q2" or "00123" stay text.
    excel.addUserSheet(key, []);
    const sheet = excel.sheet(key)!;
    columns.forEach((c, j) => {
      if (columnFormatCode(c.type) === TEXT_FORMAT)
        for (let i = 1; i <= rows.length; i++) sheet.ensure(i, j).numberFormat = TEXT_FORMAT;
    });
    excel.addUserTable(key, key, [headersOf(key, "zh-CN"), ...rows]);
  }
  return { excel, port };
}

/** Syncs of the input tables' print set-up after the report is written (OfficeWorkbook.printTables). */
const PRINT_SYNCS = 3;

/** Runs generateReport and returns the syncs of writing the report (not the input tables' print set-up). */
async function generate({ excel, port }: Awaited<ReturnType<typeof workbook>>): Promise<SyncRecord[]> {
  const before = excel.syncCount;
  const result = await generateReport(port, { period: "2026-Q2", asOf: SAMPLE_AS_OF });
  // A statements sheet holds as many whole statements as fit 1,000 page breaks (Excel keeps at most 1,026 per
  // sheet): one sheet for a few hundred people, further numbered sheets at 2,000.
  const people = result.people.length;
  expect(result.sheets.slice(0, REPORT_PARTS.length)).toEqual(REPORT_PARTS);
  const statements = result.sheets.slice(REPORT_PARTS.length);
  expect(statements).toEqual(
    statements.map((_, i) => (i === 0 ? "结算单 2026-Q2" : `结算单 2026-Q2（${i + 1}）`)),
  );
  if (people <= 400) expect(statements).toHaveLength(1);
  else expect(statements.length).toBeGreaterThan(1);
  // The last three syncs give the input tables their print set-up (tables, header rows, page layouts): small and
  // the same at any size; the rest is the report's.
  const syncs = excel.syncs.slice(before);
  const print = syncs.slice(-PRINT_SYNCS);
  expect(print.every((s) => s.bytes < 64 * 1024)).toBe(true);
  expect(excel.sheet("Managers")?.page).toMatchObject({ paperSize: "A4", titleRows: "$1:$1" });
  // The report's sheets count their pages; the statements none sheet-wide (each numbers its own in its headings).
  expect(excel.sheet(REPORT_PARTS[0])?.page).toMatchObject({
    leftFooter: "&A",
    rightFooter: "第 &P 页，共 &N 页",
  });
  for (const name of statements)
    expect(excel.sheet(name)?.page).toMatchObject({ leftFooter: "&A", rightFooter: "" });
  return syncs.slice(0, -PRINT_SYNCS);
}

/** The report's own sheets: the report, its three details, the goals and the analysis. */
const REPORT_PARTS = ["", " 薪酬明细", " 工作明细", " 客户与发展", " 目标明细", " 分析"].map(
  (x) => `绩效报告 2026-Q2${x}`,
);

/**
 * The references of the report's formulas to other sheets: each names a sheet of the workbook (none a temporary
 * sheet, none turned to #REF! when the previous report's sheets were deleted at the swap).
 */
function crossSheetReferences(excel: FakeExcel): { names: Set<string>; broken: string[] } {
  const names = new Set<string>();
  const broken: string[] = [];
  for (const sheet of excel.sheets) {
    if (!sheet.name.startsWith("绩效报告")) continue;
    for (const [r, c] of sheet.positions(true)) {
      const formula = sheet.cell(r, c)!.formula!;
      if (formula.includes("#REF!")) broken.push(`${sheet.name}!${r},${c}: ${formula}`);
      for (const m of formula.matchAll(/'((?:[^']|'')+)'!/g)) names.add(m[1].replace(/''/g, "'"));
    }
  }
  return { names, broken };
}

const largest = (syncs: readonly SyncRecord[]) => Math.max(...syncs.map((s) => s.bytes));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const describeSyncs = (syncs: readonly SyncRecord[]) =>
  `${syncs.length} syncs [${syncs.map((s) => mb(s.bytes)).join(", ")}]`;

describe("Excel renderer: syncs of generating the period report", () => {
  it("costs the same for 10 and 400 people: 3 syncs on a new workbook, 4 when re-run", async () => {
    const counts: number[][] = [];
    for (const people of [10, 400]) {
      const book = await workbook(people);
      const fresh = await generate(book);
      const again = await generate(book);
      console.warn(`${people} people: new ${describeSyncs(fresh)}; re-run ${describeSyncs(again)}`);
      counts.push([fresh.length, again.length]);
      // One read, one look at the workbook, one write (and, re-run, one to swap after the ownership check).
      expect(fresh.slice(2).every((s) => s.calculationSuspended && s.screenUpdatingSuspended)).toBe(true);
      // In the report's own order, new or re-run (the batch is swapped in at the end, in order), the report active.
      expect(book.excel.sheets.filter((s) => s.name.includes("2026-Q2")).map((s) => s.name)).toEqual([
        ...REPORT_PARTS,
        "结算单 2026-Q2",
      ]);
      expect(book.excel.activeSheet?.name).toBe("绩效报告 2026-Q2");
      // Re-run over the previous report: the formulas still name the report's own sheets, as Excel renamed them
      // from the temporary ones, and none points at a deleted sheet.
      const refs = crossSheetReferences(book.excel);
      expect(refs.broken).toEqual([]);
      expect([...refs.names].sort()).toEqual(
        REPORT_PARTS.filter((n) => n !== "绩效报告 2026-Q2 客户与发展").sort(),
      );
    }
    expect(counts).toEqual([
      [3, 4],
      [3, 4],
    ]);
  }, 60_000);

  it("adds only payload chunks for 2,000 people, new or re-run, every request under 5 MB", async () => {
    const book = await workbook(2000);
    const fresh = await generate(book);
    const again = await generate(book);
    const all = [...fresh, ...again];
    console.warn(
      `2,000 people: new ${describeSyncs(fresh)}; re-run ${describeSyncs(again)}; largest request ` +
        `${mb(largest(all))}, ${mb(fresh.reduce((n, s) => n + s.bytes, 0))} per run`,
    );
    expect(fresh.length).toBeLessThanOrEqual(
      FIXED.fresh + Math.ceil(writeBytes(fresh, FIXED.fresh) / MIN_CHUNK),
    );
    expect(again.length).toBeLessThanOrEqual(
      FIXED.again + Math.ceil(writeBytes(again, FIXED.again) / MIN_CHUNK),
    );
    expect(largest(all)).toBeLessThan(EXCEL_WEB_LIMIT);
    for (const syncs of [fresh, again]) {
      // After the read and the look, every write request but the last is well filled: chunks, not per-row syncs.
      const writes = syncs.slice(2);
      for (const chunk of writes.slice(0, -1)) expect(chunk.bytes).toBeGreaterThan(2 * 1024 * 1024);
      expect(writes.every((s) => s.calculationSuspended && s.screenUpdatingSuspended)).toBe(true);
    }
    expect(book.excel.sheet("绩效报告 2026-Q2")).toBeDefined();
    expect(book.excel.sheet("结算单 2026-Q2")).toBeDefined();
    expect(book.excel.sheet("结算单 2026-Q2（2）")).toBeDefined();
    expect(book.excel.sheets.some((s) => s.name.startsWith("KPIDESK_TMP"))).toBe(false);
  }, 150_000);
});
