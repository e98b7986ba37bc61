/**
 * Print set-up read back from the written file's XML (what Excel and LibreOffice print from): page set-up, print
 * titles, row breaks and footer of the report, the statements and the input tables — after a second report run
 * and after a load → save round trip (ExcelJS drops row breaks it reads unless the adapter keeps them) — and the
 * scale the widest sheet prints at on A4 landscape, worked out from the column widths in the file.
 */
import path from "node:path";
import JSZip from "jszip";
import { serialFromYMD } from "../../../src/core";
import { t } from "../../../src/i18n";
import { generateSample, SAMPLE_AS_OF, tableSpec, TABLE_KEYS } from "../../../src/model";
import { PORTRAIT_COLUMNS } from "../../../src/model/sheetPlan";
import { buildPeriod } from "../../../src/domain/period";
import { planReport, REPORT_SHEETS } from "../../../src/report";
import { planStatements, STATEMENT_BREAKS_PER_SHEET } from "../../../src/report/plan";
import { generateReport } from "../../../src/workbook/generateReport";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

const SAMPLE = path.resolve(__dirname, "../../../assets/sample-team.xlsx");

/** What a sheet's XML says about printing. */
interface SheetPrint {
  orientation: string | null;
  paperSize: string | null;
  fitToPage: boolean;
  fitToWidth: string | null;
  fitToHeight: string | null;
  titles: string | null;
  breaks: number[];
  footer: string;
  /** Columns holding anything (from the sheet's dimension). */
  columns: number;
  /** The fit-to-width scale on A4 landscape (or portrait) from the column widths and margins. */
  scale: number;
}

const attr = (xml: string, tag: string, name: string): string | null => {
  const el = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0];
  return el ? (new RegExp(`\\b${name}="([^"]*)"`).exec(el)?.[1] ?? null) : null;
};

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Reads every sheet's print set-up from the file. */
async function printOf(bytes: Buffer): Promise<Map<string, SheetPrint>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: /name="([^"]*)"/.exec(m[0])![1].replace(/&amp;/g, "&"),
    rid: /r:id="([^"]*)"/.exec(m[0])![1],
  }));
  const titles = new Map<number, string>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    if (!/name="_xlnm\.Print_Titles"/.test(m[1])) continue;
    titles.set(Number(/localSheetId="(\d+)"/.exec(m[1])![1]), m[2].replace(/^.*!/, "").replace(/\$/g, ""));
  }
  const out = new Map<string, SheetPrint>();
  for (const [index, sheet] of sheets.entries()) {
    const target =
      new RegExp(`Id="${sheet.rid}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]*)"[^>]*Id="${sheet.rid}"`).exec(rels)![1];
    const xml = await zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`)!.async("string");
    const dimension = attr(xml, "dimension", "ref") ?? "A1";
    const last = /:?([A-Z]+)\d+$/.exec(dimension)![1];
    const columns = colNumber(last);
    const widths = new Map<number, number>();
    for (const m of xml.matchAll(/<col\b[^>]*>/g)) {
      const min = Number(/min="(\d+)"/.exec(m[0])![1]);
      const max = Number(/max="(\d+)"/.exec(m[0])![1]);
      const width = Number(/width="([\d.]+)"/.exec(m[0])?.[1] ?? 9);
      for (let c = min; c <= max; c++) widths.set(c, width);
    }
    // Excel's width unit: a width of w characters is w × 7 + 5 pixels of the default font at 96 dpi.
    let pixels = 0;
    for (let c = 1; c <= columns; c++) pixels += (widths.get(c) ?? 9) * 7 + 5;
    const orientation = attr(xml, "pageSetup", "orientation");
    const left = Number(attr(xml, "pageMargins", "left") ?? 0.7);
    const right = Number(attr(xml, "pageMargins", "right") ?? 0.7);
    const paper = orientation === "landscape" ? 297 / 25.4 : 210 / 25.4;
    const printable = (paper - left - right) * 96;
    out.set(sheet.name, {
      orientation,
      paperSize: attr(xml, "pageSetup", "paperSize"),
      fitToPage: attr(xml, "pageSetUpPr", "fitToPage") === "1",
      fitToWidth: attr(xml, "pageSetup", "fitToWidth"),
      fitToHeight: attr(xml, "pageSetup", "fitToHeight"),
      titles: titles.get(index) ?? null,
      breaks: [...xml.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1])),
      footer:
        /<oddFooter>([^<]*)<\/oddFooter>/
          .exec(xml)?.[1]
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&") ?? "",
      columns,
      scale: Math.min(1, printable / pixels),
    });
  }
  return out;
}

describe("print set-up in the written file: two report runs, then a round trip", () => {
  let first: { sheets: string[]; people: number };
  let second: { sheets: string[]; people: number };
  let written: Map<string, SheetPrint>;
  let reloaded: Map<string, SheetPrint>;
  let tablesBefore: unknown;
  let tablesAfter: unknown;

  beforeAll(async () => {
    const port = await XlsxWorkbook.load(SAMPLE);
    tablesBefore = await port.readTables([...TABLE_KEYS]);
    const q1 = await generateReport(port, { period: "2026-Q1", asOf: SAMPLE_AS_OF });
    const q2 = await generateReport(port, { period: "2026-Q2", asOf: serialFromYMD(2026, 5, 15) });
    first = { sheets: q1.sheets, people: q1.people.length };
    second = { sheets: q2.sheets, people: q2.people.length };
    tablesAfter = await port.readTables([...TABLE_KEYS]);
    const bytes = await port.toBuffer();
    written = await printOf(bytes);
    const again = await XlsxWorkbook.load(bytes);
    reloaded = await printOf(await again.toBuffer());
  }, 120_000);

  it("prints each report sheet A4 landscape, one page wide at a readable scale, under its own table's header", () => {
    for (const run of [first, second]) {
      const [report, pay, work, growth, goals, analysis] = run.sheets.slice(0, REPORT_SHEETS);
      // The scorecard's title and header over the report's pages; each detail and the goals under their own
      // title and header (rows 1–2 of their sheet); the analysis's short tables under none.
      const titles = [
        [report, "7:8"],
        [pay, "1:2"],
        [work, "1:2"],
        [growth, "1:2"],
        [goals, "1:2"],
        [analysis, null],
      ] as const;
      for (const [name, rows] of titles) {
        const p = written.get(name)!;
        expect({ name, ...p }).toMatchObject({
          name,
          orientation: "landscape",
          paperSize: "9",
          fitToPage: true,
          fitToWidth: "1",
          fitToHeight: "0",
          titles: rows,
          // In the report's font (a footer without one prints in LibreOffice's default serif).
          footer: '&L&"Arial,Regular"&A&R&"Arial,Regular"Page &P of &N',
        });
        // Never split by columns: every section is at most 12 columns, which print at over 60% of full size.
        expect(p.columns).toBeLessThanOrEqual(12);
        expect(p.scale).toBeGreaterThanOrEqual(0.6);
      }
      // One table per sheet needs no break; the analysis's charts start a page.
      expect(titles.map(([name]) => written.get(name)!.breaks.length)).toEqual([0, 0, 0, 0, 0, 1]);
    }
  });

  it.each([
    ["after a second report run", () => written],
    ["after a load → save round trip", () => reloaded],
  ])("keeps a page per person on both periods' statements %s", (_when, file) => {
    for (const [run, people] of [
      [first, first.people],
      [second, second.people],
    ] as const) {
      const p = file().get(run.sheets[REPORT_SHEETS])!;
      // A break before each person's statement but the first, and before each further page of a long one.
      expect(p.breaks.length).toBeGreaterThanOrEqual(people - 1);
      expect(p).toMatchObject({ orientation: "landscape", fitToWidth: "1", titles: "1:1" });
      // No sheet-wide page count ("Page 2 of 31" on a person's 3-page statement): the sheet's name alone.
      expect(p.footer).toBe('&L&"Arial,Regular"&A');
      expect(p.footer).not.toContain("&N");
      expect(p.scale).toBeGreaterThanOrEqual(0.6);
    }
    // The report's breaks survive too.
    expect(file().get(first.sheets[REPORT_SHEETS - 1])!.breaks).toHaveLength(1);
  });

  it("gives every input table A4, one page wide, its header row repeated and sheet page numbers, data untouched", () => {
    for (const key of TABLE_KEYS) {
      const p = written.get(key);
      if (!p) continue; // tables on a sheet of another name are covered by the ones that match
      const wide = tableSpec(key).columns.length > PORTRAIT_COLUMNS;
      expect({ key, ...p }).toMatchObject({
        key,
        orientation: wide ? "landscape" : "portrait",
        paperSize: "9",
        fitToPage: true,
        fitToWidth: "1",
        fitToHeight: "0",
        titles: "1:1",
        footer: "&L&A&RPage &P of &N",
      });
    }
    expect(
      [...written.keys()].filter((k) => (TABLE_KEYS as readonly string[]).includes(k)).length,
    ).toBeGreaterThan(8);
    expect(tablesAfter).toEqual(tablesBefore);
  });
});

describe.each(["en-US", "zh-CN"] as const)(
  "a statement longer than a page (%s), read back from the file",
  (locale) => {
    const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
    const model = buildPeriod({
      tables: generateSample({ locale }),
      period: "2026-Q2",
      asOf: SAMPLE_AS_OF,
      locale,
    });
    // The first person with a commission gets 90 credited deals: their statement runs over three pages.
    const long = model.people.find((p) => p.commission)!;
    const commission = { ...long.commission!, dealLines: Array(90).fill(long.commission!.dealLines[0]) };
    const people = model.people.map((p) => (p === long ? { ...p, commission } : p));
    let rows: string[];
    let breaks: number[];

    beforeAll(async () => {
      const port = XlsxWorkbook.create({ locale });
      const [plan] = planStatements({ ...model, people }, locale);
      await port.writeSheets([plan]);
      const bytes = await port.toBuffer();
      breaks = (await printOf(bytes)).get(plan.name)!.breaks;
      const values = (await XlsxWorkbook.load(bytes, { locale })).sheetValues(plan.name)!;
      rows = values.map((row) =>
        row
          .map((v) => (v === null ? "" : String(v)))
          .join("\t")
          .trim(),
      );
    }, 60_000);

    /** The rows of each printed page (a break before row `id`, 0-based, as the file records it). */
    const pages = () =>
      [0, ...breaks, rows.length].slice(0, -1).map((b, i, all) => rows.slice(b, all[i + 1] ?? rows.length));

    /** The person's heading rows, page by page: "Page 1 of n", then "continued — Page k of n". */
    const person = tr("report.stmt.person", { name: long.name, id: long.id, team: long.team ?? "" });
    const numbered = (n: number) =>
      Array.from({ length: n }, (_, k) =>
        tr(k === 0 ? "report.stmt.heading" : "report.stmt.continued", {
          person,
          period: "2026-Q2",
          page: k + 1,
          pages: n,
        }),
      );
    const own = () => pages().filter((page) => page.some((r) => r.startsWith(`${person} — `)));

    it("names the person, the period and the page within the statement at the top of each further page", () => {
      const firsts = pages().map((page) => page[0]);
      const n = own().length;
      expect(n).toBeGreaterThanOrEqual(3);
      const headings = own().map((page) => page.find((r) => r.startsWith(`${person} — `)));
      expect(headings).toEqual(numbered(n));
      // Each further page starts with its heading row.
      expect(firsts.filter((f) => numbered(n).slice(1).includes(f))).toEqual(numbered(n).slice(1));
      for (const f of firsts.slice(1)) {
        expect(
          people.some((p) =>
            f.startsWith(tr("report.stmt.person", { name: p.name, id: p.id, team: p.team ?? "" })),
          ),
        ).toBe(true);
      }
      // The deal lines go on under their header again.
      const dealHeader = new RegExp(`^${tr("report.col.deal")}\t`);
      expect(pages().filter((page) => page.some((r) => dealHeader.test(r))).length).toBeGreaterThanOrEqual(2);
    });

    it("never leaves a heading or a table header alone at the foot of a page that a statement goes on from", () => {
      const headings = [tr("report.stmt.deals"), tr("report.stmt.figures"), tr("report.stmt.words")];
      const all = pages();
      const continued = numbered(own().length).slice(1);
      const feet = all.filter((_, i) => continued.includes(all[i + 1]?.[0]));
      expect(feet.length).toBeGreaterThanOrEqual(2);
      for (const page of feet) {
        const filled = page.filter((r) => r !== "");
        for (const h of headings) expect(filled.slice(-2)).not.toContain(h);
        expect(filled[filled.length - 1]).not.toMatch(new RegExp(`^${tr("report.col.deal")}\t`));
      }
    });
  },
);

describe("statements of more than 1,000 people", () => {
  const sample = generateSample({ locale: "en-US" });
  const small = buildPeriod({ tables: sample, period: "2026-Q2", asOf: SAMPLE_AS_OF, locale: "en-US" });
  // 2,001 people: the sample's twelve, repeated under new ids (the layout only reads the model).
  const people = Array.from({ length: 2001 }, (_, i) => ({
    ...small.people[i % small.people.length],
    id: `P${String(i + 1).padStart(4, "0")}`,
  }));
  const statements = planReport({ ...small, people }, "en-US").slice(REPORT_SHEETS);

  it("fills each sheet up to 1,000 page breaks (Excel keeps 1,026), then goes on in the next", () => {
    expect(statements.length).toBeGreaterThan(2);
    expect(statements.map((s) => s.name)).toEqual(
      statements.map((_, i) => (i === 0 ? "Statements 2026-Q2" : `Statements 2026-Q2 (${i + 1})`)),
    );
    const breaks = statements.map((s) => s.print?.breaksBefore?.length ?? 0);
    for (const n of breaks) expect(n).toBeLessThanOrEqual(STATEMENT_BREAKS_PER_SHEET);
    // Full sheets: the next person's statement would have passed the limit.
    for (const n of breaks.slice(0, -1)) expect(n).toBeGreaterThan(STATEMENT_BREAKS_PER_SHEET - 10);
  });

  it("puts every person's statement in exactly one sheet, in order, each sheet with its title row", () => {
    const headings = statements.flatMap((s) =>
      s.blocks
        .flatMap((b) => b.cells.map((row) => row[0]))
        .filter((c) => c.kind === "text" && /^[^—]* · Employee no\. P\d{4} — Page 1 of \d+$/.test(c.value))
        .map((c) => (c.kind === "text" ? /Employee no\. (P\d{4})/.exec(c.value)![1] : "")),
    );
    expect(headings).toEqual(people.map((p) => p.id));
    const title = t("en-US", "report.stmt.title", { period: "2026-Q2" });
    for (const s of statements) {
      expect(s.blocks[0].cells[0][0]).toEqual({ kind: "text", value: title });
      expect(s.print?.titleRows).toEqual({ first: 0, last: 0 });
    }
  });
});
