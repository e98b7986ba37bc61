/**
 * Writes the shipped sample workbooks with the xlsx adapter: assets/sample-team.xlsx (English) and
 * assets/sample-team.zh-CN.xlsx (Chinese), each set up exactly as *Set up workbook* with the sample team does.
 * Run: `npx tsx scripts/make-sample.ts`. Deterministic: the same code writes the same rows.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "../src/i18n";
import { describeSetUp, setUpWorkbook } from "../src/workbook/setup";
import { XlsxWorkbook } from "../src/workbook/xlsx";

const targets: [Locale, string][] = [
  ["en-US", "sample-team.xlsx"],
  ["zh-CN", "sample-team.zh-CN.xlsx"],
];

async function main(): Promise<void> {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const [locale, file] of targets) {
    const port = XlsxWorkbook.create({ locale });
    // Fixed document dates: the sample is the same whenever it is rebuilt (its "today" is 2026-05-15 too).
    port.workbook.creator = "KPI Desk";
    port.workbook.created = port.workbook.modified = new Date(Date.UTC(2026, 4, 15));
    const result = await setUpWorkbook(port, { locale, withSample: true });
    const path = join(dir, file);
    await port.save(path);
    console.log(`${path}: ${describeSetUp(result, locale)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
