/**
 * The shipped sample workbooks (assets/, written by `npm run sample`) are what the current code writes: every table
 * with the schema's headers in the book's language, and the sample team's goals as the generator makes them. A
 * change to the schema or the sample that is not followed by `npm run sample` fails here.
 */
import ExcelJS from "exceljs";
import type { Locale } from "../../src/i18n";
import { generateSample, headersOf, sheetNameOf, TABLE_KEYS } from "../../src/model";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { EN_SAMPLE, ZH_SAMPLE } from "./harness";

jest.setTimeout(120_000);

describe.each([
  ["en-US", EN_SAMPLE],
  ["zh-CN", ZH_SAMPLE],
] as [Locale, string][])("the shipped sample (%s)", (locale, file) => {
  it("has every table, each with the schema's headers in the book's language", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    for (const key of TABLE_KEYS) {
      const sheet = book.getWorksheet(sheetNameOf(key, locale));
      expect([key, sheet === undefined]).toEqual([key, false]);
      const header = (sheet!.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? ""));
      expect([key, header]).toEqual([key, headersOf(key, locale)]);
    }
  });

  it("holds the sample team's goals as the generator writes them", async () => {
    const { Goals } = await (await XlsxWorkbook.load(file)).readTables(["Goals"]);
    expect(Goals).toEqual(generateSample({ locale }).Goals);
  });
});
