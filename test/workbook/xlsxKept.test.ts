/**
 * The `.xlsx` adapter with large sheets kept as XML (`lazySheetBytes`): the whole port contract with every sheet
 * kept (threshold 0), and what the fast path must not lose — values of every type, styles, shared strings,
 * generated sheets written beside kept ones, and a table write after a kept load.
 */
import JSZip from "jszip";
import { generateSample, TABLE_KEYS } from "../../src/model";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import {
  crc32,
  deflatedEntryOf,
  entryBytes,
  readZip,
  writeZip,
  entryText,
} from "../../src/workbook/xlsx/zip";
import { restyledPieces } from "../../src/workbook/xlsx/lazySheets";
import {
  cellXml,
  lastRowIn,
  readBoxValues,
  readSharedStrings,
  restyle,
  stylesUsedIn,
  XmlBytes,
} from "../../src/workbook/xlsx/sheetXml";
import { runPortContract } from "./contract";
import { fx, text } from "../fixtures/cells";

const KEEP_ALL = { lazySheetBytes: 0 };

// A hang guard, not a speed test: several whole-workbook loads per test on a shared 2-core machine.
jest.setTimeout(120_000);

runPortContract("xlsx, every sheet kept as XML", async () => XlsxWorkbook.create(), {
  reopen: async (port) => XlsxWorkbook.load(await port.toBuffer(), KEEP_ALL),
  formulaCells: (port, sheet) => port.formulaCells(sheet),
});

async function sampleFile(): Promise<Buffer> {
  const port = XlsxWorkbook.create({ locale: "zh-CN" });
  await port.ensureTables(TABLE_KEYS, "zh-CN", generateSample({ locale: "zh-CN" }));
  return port.toBuffer();
}

describe("XlsxWorkbook with sheets kept as XML", () => {
  it("reads every table exactly as the ordinary load does", async () => {
    const file = await sampleFile();
    const full = await XlsxWorkbook.load(file, { lazySheetBytes: Infinity });
    const kept = await XlsxWorkbook.load(file, KEEP_ALL);
    expect(await kept.readTables(TABLE_KEYS)).toEqual(await full.readTables(TABLE_KEYS));
  });

  it("writes a report beside kept sheets: tables, formats and strings of both survive a full reload", async () => {
    const file = await sampleFile();
    const kept = await XlsxWorkbook.load(file, KEEP_ALL);
    await kept.writeSheet({
      name: "R",
      blocks: [
        {
          row: 0,
          col: 0,
          formats: ["general", "percent"],
          cells: [[text("只在报告里的文字"), fx("=KPI.SCORE(80,100)/100", 0.8)]],
        },
      ],
    });
    const again = await XlsxWorkbook.load(await kept.toBuffer(), { lazySheetBytes: Infinity });
    const original = await XlsxWorkbook.load(file, { lazySheetBytes: Infinity });
    expect(await again.readTables(TABLE_KEYS)).toEqual(await original.readTables(TABLE_KEYS));
    const r = again.workbook.getWorksheet("R")!;
    expect([r.getCell("A1").value, r.getCell("B1").value, r.getCell("B1").numFmt]).toEqual([
      "只在报告里的文字",
      0.8,
      "0.0%",
    ]);
    expect(await again.listGeneratedSheets()).toEqual(["R"]);
    // Column and cell formats of a kept table sheet: the goals' due dates still show as dates.
    const goals = (name: XlsxWorkbook) => name.workbook.getWorksheet("目标")!.getCell("H2");
    expect(goals(again).numFmt).toBe(goals(original).numFmt);
    expect(goals(again).value).toEqual(goals(original).value);
    const parts = await JSZip.loadAsync(await kept.toBuffer());
    const sheets = Object.keys(parts.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    for (const f of sheets) expect(await parts.file(f)!.async("string")).not.toContain('r="1048576"');
  });

  it("loads the whole workbook before a table write, and keeps the write", async () => {
    const kept = await XlsxWorkbook.load(await sampleFile(), KEEP_ALL);
    await kept.appendRows("Curves", [{ Curve: "NEW", Point: 1, Value: 2 }]);
    const again = await XlsxWorkbook.load(await kept.toBuffer(), { lazySheetBytes: Infinity });
    const curves = (await again.readTables(["Curves"])).Curves;
    expect(curves.at(-1)).toEqual({ Curve: "NEW", Point: 1, Value: 2 });
    expect((await again.readTables(["Goals"])).Goals).toEqual(generateSample({ locale: "zh-CN" }).Goals);
  });
});

describe("sheet XML reader", () => {
  const context = { strings: ["共享", "a&b"], dates: [false, true] };
  it("reads each cell type as ExcelJS unwraps it", () => {
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>内联 &amp; x</t></is></c>' +
      '<c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" s="1"><v>46023</v></c></row>' +
      '<row r="3"><c r="B3" t="str"><f>A1&amp;"x"</f><v>共享x</v></c><c r="C3"><f>1+1</f><v>2</v></c>' +
      '<c r="F3"><v>9</v></c></row>';
    expect(readBoxValues(rows, { top: 1, left: 1, bottom: 3, right: 5 }, context)).toEqual([
      ["共享", "内联 & x", true, "#N/A", new Date(Date.UTC(2026, 0, 1))],
      [null, null, null, null, null],
      [null, "共享x", 2, null, null],
    ]);
  });

  it("reads numbers exactly as Number() does", () => {
    const texts = [
      "0.1",
      "-2.5",
      "123456.789",
      "1E-3",
      "12345678901234567",
      "0.30000000000000004",
      "7",
      "00012",
    ];
    const rows = `<row r="2">${texts.map((v, i) => `<c r="${"ABCDEFGH"[i]}2"><v>${v}</v></c>`).join("")}</row>`;
    expect(readBoxValues(rows, { top: 2, left: 1, bottom: 2, right: 8 }, context)).toEqual([
      texts.map(Number),
    ]);
  });

  it("reads cells without references, rich and empty inline text, escapes, and only the byte range given", () => {
    const rows =
      '<row><c><v>1</v></c><c t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve"> b</t></r></is></c></row>' +
      '<row spans="1:2"><c t="inlineStr"><is><t/></is></c><c t="inlineStr"><is><t>x_x000D_&lt;&#x4E2D;</t></is></c>' +
      '<c r="C2" t="n"><v>3</v></c></row>';
    const expected = [
      [1, "a b", null],
      ["", "x\r<中", 3],
    ];
    const box = { top: 1, left: 1, bottom: 2, right: 3 };
    expect(readBoxValues(rows, box, context)).toEqual(expected);
    const bytes = Buffer.from(
      `<row r="9"><c r="A9"><v>5</v></c></row><sheetData>${rows}</sheetData>`,
      "utf8",
    );
    const start = bytes.indexOf("<sheetData>") + 11;
    const end = bytes.indexOf("</sheetData>");
    expect(readBoxValues(bytes, box, context, { start, end })).toEqual(expected);
  });

  it("finds the styles and the last row of cell data in its bytes", () => {
    const rows = Buffer.from(
      '<row r="1" s="4" customFormat="1"><c r="A1" s="2"><v>1</v></c><c r="B1"/><c r="C1" s="2"/></row>' +
        '<row r="7"><c r="A7" t="inlineStr" s="11"><is><t>s="99" &lt;c s="98"</t></is></c></row>',
      "utf8",
    );
    expect(stylesUsedIn(rows)).toEqual([2, 4, 11]);
    expect(lastRowIn(rows)).toBe(7);
    expect(lastRowIn(Buffer.from("<row><c><v>1</v></c></row>"))).toBe(0);
  });

  it("finds exactly the styles of row and cell tags, whatever else says s=", () => {
    const rows = Buffer.from(
      // Attributes in other orders, single quotes, tabs and line breaks between attributes.
      `<row spans="1:3" r="1" s='5'><c t="n" s="3" r="A1"><v>1</v></c><c\ts="6"\nr="B1"/></row>` +
        // s= inside text, in another attribute's value, in other elements, a style that is no number.
        `<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> s="40" s='41'</t></is></c>` +
        `<c r="B2" x=' s="42"' s="7"><f>IF(A1,"s=""43""")</f><v>0</v></c>` +
        `<c r="C2" s=""/><c r="D2" s="x8"/><cell s="44"/><col s="45"/><rows s="46"/></row>` +
        // The same index first seen in text, then on a cell (counted once), and a text ending the data.
        `<row r="3"><c r="A3" t="inlineStr"><is><t>s="9"</t></is></c><c r="B3" s="9"/></row> s="47"`,
      "utf8",
    );
    expect(stylesUsedIn(rows)).toEqual([3, 5, 6, 7, 9]);
    expect(stylesUsedIn(new Uint8Array(rows))).toEqual([3, 5, 6, 7, 9]);
    expect(stylesUsedIn(rows.subarray(rows.indexOf('<row r="2"')))).toEqual([7, 9]);
    expect(stylesUsedIn(Buffer.from('s="1"<c s="2"/>'))).toEqual([2]);
    expect(stylesUsedIn(Buffer.alloc(0))).toEqual([]);
  });

  it("renumbers styles piece by piece, whole rows at a time, as it does the whole", () => {
    const text = Array.from(
      { length: 40 },
      (_, i) => `<row r="${i + 1}" s="${i % 3}"><c r="A${i + 1}" s="${(i + 1) % 3}"><v>${i}</v></c></row>`,
    ).join("");
    const bytes = Buffer.from(`<x>${text}</x>`, "utf8");
    const kept = { bytes, start: 3, end: bytes.length - 4 };
    const map = new Map([
      [0, 0],
      [1, 2],
      [2, 1],
    ]);
    const pieces = [...restyledPieces(kept, map, 100)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Buffer.concat(pieces).toString("utf8")).toBe(restyle(text, map));
    const same = [...restyledPieces(kept, new Map([[1, 1]]), 100)];
    expect(same).toHaveLength(1);
    expect(same[0].toString("utf8")).toBe(text);
  });

  it("writes cells into bytes exactly as cellXml's text encodes", () => {
    const values = [
      "中文 ✓",
      "a&b<c>",
      "tab\there\u0001",
      "",
      0,
      -1.25,
      1e21,
      true,
      false,
      null,
      "x".repeat(3_000_000),
    ];
    const out = new XmlBytes();
    let text = "";
    values.forEach((value, i) => {
      for (const style of [null, 3]) {
        out.cell("AB", i + 1, value, style);
        text += cellXml(`AB${i + 1}`, value, style);
      }
      out.text("</row>");
      text += "</row>";
    });
    const first = out.take();
    out.text("<row>");
    expect(first.equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(out.take().toString("utf8")).toBe("<row>");
  });

  it("joins rich-text runs and leaves phonetic guides out", () => {
    expect(
      readSharedStrings(
        '<sst><si><r><t>上</t></r><r><t xml:space="preserve"> 下</t></r><rPh><t>シ</t></rPh></si><si/></sst>',
      ),
    ).toEqual(["上 下", ""]);
  });

  it("reads an empty archive", () => {
    expect(readZip(writeZip([]))).toEqual([]);
  });
});

describe("kept sheets written back", () => {
  it("gives kept table sheets a print set-up with their cells passed through, and keeps the stubs' rows short", async () => {
    const file = await sampleFile();
    const kept = await XlsxWorkbook.load(file, KEEP_ALL);
    for (const sheet of kept.workbook.worksheets) {
      const tables = Object.values(
        (sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables,
      );
      const bottom = Math.max(0, ...tables.map((h) => Number(/(\d+)$/.exec(h.table.tableRef)![1])));
      // The stub's style cells sit in the row after the table, not in row 1,048,576.
      expect([sheet.name, sheet.rowCount <= bottom + 1]).toEqual([sheet.name, true]);
    }
    await kept.printTables("&P / &N");
    const written = await kept.toBuffer();
    const parts = await JSZip.loadAsync(written);
    const first = Object.keys(parts.files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))!;
    const xml = await parts.file(first)!.async("string");
    expect(xml).toMatch(/<pageSetup\b[^>]*paperSize="9"/);
    expect(xml).toContain("<oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter>");
    const full = await XlsxWorkbook.load(written, { lazySheetBytes: Infinity });
    const original = await XlsxWorkbook.load(file, { lazySheetBytes: Infinity });
    expect(await full.readTables(TABLE_KEYS)).toEqual(await original.readTables(TABLE_KEYS));
    const due = (port: XlsxWorkbook) => port.workbook.getWorksheet("目标")!.getCell("H2");
    expect([due(full).numFmt, due(full).value]).toEqual([due(original).numFmt, due(original).value]);
  });

  it("copies a kept sheet that did not change into the new file as it was, still compressed", async () => {
    const first = await XlsxWorkbook.load(await sampleFile(), KEEP_ALL);
    // The first save settles what ExcelJS adds around the cells. The sheets are then stored uncompressed, which
    // this adapter never writes itself: a sheet unpacked and packed again would come back deflated.
    const file = writeZip(
      readZip(await first.toBuffer()).map((e) =>
        e.name.startsWith("xl/worksheets/sheet") ? { ...e, method: 0, data: entryBytes(e) } : e,
      ),
    );
    const kept = await XlsxWorkbook.load(file, KEEP_ALL);
    const written = await kept.toBuffer();
    const sheetsOf = (bytes: Buffer) =>
      new Map(
        readZip(bytes)
          .filter((e) => e.name.startsWith("xl/worksheets/sheet"))
          .map((e) => [e.name, e]),
      );
    const before = sheetsOf(file);
    const after = sheetsOf(written);
    expect(after.size).toBe(before.size);
    for (const [name, entry] of after) {
      // The same stored bytes: the cells were neither unpacked nor packed again.
      expect([name, entry.method, entry.data.equals(before.get(name)!.data)]).toEqual([name, 0, true]);
    }
    // Every other part is packed (ExcelJS writes them unpacked for this adapter to pack with Node's zlib); only
    // jszip's empty folder entries stay stored.
    const parts = readZip(written).filter((e) => !e.name.startsWith("xl/worksheets/sheet") && e.size > 0);
    expect(parts.length).toBeGreaterThan(10);
    for (const e of parts) expect([e.name, e.method]).toEqual([e.name, 8]);
    const full = await XlsxWorkbook.load(written, { lazySheetBytes: Infinity });
    expect(await full.readTables(TABLE_KEYS)).toEqual(
      await (await XlsxWorkbook.load(file, { lazySheetBytes: Infinity })).readTables(TABLE_KEYS),
    );
  });
});

describe("zip", () => {
  it("packs content given in pieces into one entry any reader unpacks", async () => {
    const pieces = ["<a>", "x".repeat(70_000), "", "中文 ✓", "</a>"];
    const entry = deflatedEntryOf("p.xml", pieces);
    const whole = Buffer.from(pieces.join(""), "utf8");
    expect([entry.size, entry.crc]).toEqual([whole.length, crc32(whole)]);
    expect(entryText(entry)).toBe(pieces.join(""));
    const zip = await JSZip.loadAsync(writeZip([entry]));
    expect(await zip.file("p.xml")!.async("string")).toBe(pieces.join(""));
  });

  it("round-trips entries written by ExcelJS", async () => {
    const bytes = await XlsxWorkbook.create().toBuffer();
    const entries = readZip(bytes);
    const again = readZip(writeZip(entries));
    expect(again.map((e) => [e.name, entryText(e)])).toEqual(entries.map((e) => [e.name, entryText(e)]));
  });
});
