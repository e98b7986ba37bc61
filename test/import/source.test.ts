import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeText, readCsv } from "../../src/import";
import { FIXTURES } from "./helpers";

const bytes = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

describe("import: reading CSV in the encodings Excel writes", () => {
  it("reads UTF-8, UTF-8 with BOM and GB18030 to the same table", () => {
    const plain = readCsv("a.csv", bytes("fxiaoke-deals-utf8.csv"));
    const bom = readCsv("b.csv", bytes("fxiaoke-deals-utf8bom.csv"));
    const gb = readCsv("c.csv", bytes("fxiaoke-deals.csv"));
    expect(plain.headers[0]).toBe("商机名称");
    expect(bom.headers).toEqual(plain.headers);
    expect(gb.headers).toEqual(plain.headers);
    expect(gb.rows).toEqual(plain.rows);
    expect(gb.rows[0][2]).toBe("¥1,280,000.00");
  });

  it("names the encoding it used", () => {
    expect(decodeText(bytes("fxiaoke-deals.csv")).encoding).toBe("gb18030");
    expect(decodeText(bytes("fxiaoke-deals-utf8bom.csv")).encoding).toBe("utf-8");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).text).toBe("a");
  });

  it("keeps each row's line in the file, blank lines skipped", () => {
    const table = readCsv("x.csv", new TextEncoder().encode("\nA,B\n1,2\n\n3,4\n"));
    expect(table.headers).toEqual(["A", "B"]);
    expect(table.lines).toEqual([3, 5]);
  });

  it("reads quoted cells with commas and line breaks", () => {
    const table = readCsv("q.csv", new TextEncoder().encode('A,B\n"1,5","two\nlines"\n'));
    expect(table.rows[0]).toEqual(["1,5", "two\nlines"]);
  });
});
